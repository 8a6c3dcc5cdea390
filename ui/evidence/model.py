"""The evidence table (gallery and list share it) and the previews it paints, blurred first.

Previews are fetched lazily: a view asks for the picture of a row only when it paints that
row, the model notes which ones it lacks and asks for all of them at once on the worker a
moment later (`fetch`). Until she reveals an item, only its blurred preview is ever read;
the sharp one is read when she asks to see it, and every revealed choice is forgotten on lock.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QIcon, QImage, QPainter, QPixmap

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.documents import exhibits
from quietcase.app.evidence.media_type import AUDIO, IMAGE, OTHER, PDF, TEXT, VIDEO
from quietcase.app.evidence.view import EvidenceEntry
from quietcase.ui import text
from quietcase.ui.style import theme
from quietcase.ui.widgets.models import Column, Index, RecordTableModel

KIND_WORDS = {
    IMAGE: QT_TRANSLATE_NOOP("Quietcase", "Image"),
    PDF: QT_TRANSLATE_NOOP("Quietcase", "PDF"),
    TEXT: QT_TRANSLATE_NOOP("Quietcase", "Text"),
    VIDEO: QT_TRANSLATE_NOOP("Quietcase", "Video"),
    AUDIO: QT_TRANSLATE_NOOP("Quietcase", "Sound"),
    OTHER: QT_TRANSLATE_NOOP("Quietcase", "Other file"),
}
CARD_COLOURS = {  # roles of `ui.style`'s colours, light or dark
    IMAGE: "card_image",
    PDF: "card_pdf",
    TEXT: "card_text",
    VIDEO: "card_video",
    AUDIO: "card_audio",
    OTHER: "card_other",
}
PREVIEW_SIZE = 256
KEEP_PREVIEWS = 400  # decoded previews kept in memory (a few screens); older ones are re-read
BLURRED_ROLE = Qt.ItemDataRole.UserRole + 20  # True while the row shows a blurred preview


def size_text(size: int) -> str:
    """ "512 bytes", "34.5 KB", "1.2 GB" (decimal units, as file managers show them)."""
    if size < 1000:
        return text.tr(QT_TRANSLATE_NOOP("Quietcase", "{n} bytes")).format(n=size)
    for unit, factor in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if size < factor * 1000 or unit == "GB":
            return text.tr(QT_TRANSLATE_NOOP("Quietcase", "{n} {unit}")).format(
                n=f"{size / factor:.1f}", unit=unit
            )
    return str(size)  # pragma: no cover


def kind_word(kind: str) -> str:
    return text.tr(KIND_WORDS.get(kind, KIND_WORDS[OTHER]))


def _added(entry: EvidenceEntry) -> str:
    return text.timestamp_text(entry.evidence.added_at, short=True)  # as "Captured" beside it


def _exhibit(entry: EvidenceEntry) -> str:
    """증 제3호증의 1 / Exhibit 3-1, as every document names the item."""
    if entry.exhibit is None:
        return ""
    return exhibits.label(entry.exhibit, text.korean())


COLUMNS: list[Column[EvidenceEntry]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Name"),
        lambda e: e.evidence.filename,
        tooltip=lambda e: f"E-{e.id} · {e.evidence.filename}",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Exhibit"),
        _exhibit,
        lambda e: exhibits.sort_key(e.exhibit, e.id),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda e: kind_word(e.kind)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Size"),
        lambda e: size_text(e.evidence.size),
        lambda e: e.evidence.size,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Added"),
        _added,
        lambda e: (e.evidence.added_at, e.id),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Captured"),
        lambda e: text.when_text(e.evidence.captured, short=True) if e.evidence.captured else "",
        lambda e: e.evidence.captured.earliest() if e.evidence.captured else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Incidents"), lambda e: ", ".join(e.incident_titles)),
    Column(QT_TRANSLATE_NOOP("Columns", "Tags"), lambda e: ", ".join(e.evidence.tags)),
]


def kind_card(kind: str, size: int = PREVIEW_SIZE) -> QPixmap:
    """A calm card with the kind's word, for items without a picture (in the colours the
    window shows now)."""
    shown = theme()
    pixmap = QPixmap(size, size * 3 // 4)
    pixmap.fill(shown.colour(CARD_COLOURS.get(kind, CARD_COLOURS[OTHER])))
    painter = QPainter(pixmap)
    font = QFont()
    font.setPixelSize(size // 8)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(shown.colour("column_text"))
    painter.drawText(
        QRect(0, 0, pixmap.width(), pixmap.height()), Qt.AlignmentFlag.AlignCenter, kind_word(kind)
    )
    painter.end()
    return pixmap


class EvidenceModel(RecordTableModel[EvidenceEntry]):
    """Evidence rows; column 0 carries the preview (blurred unless revealed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda e: e.id, parent)
        self._blurred: OrderedDict[int, QIcon] = OrderedDict()
        self._sharp: OrderedDict[int, QIcon] = OrderedDict()
        self._revealed: set[int] = set()
        self.reveal_all = False
        self._want: dict[bool, set[int]] = {False: set(), True: set()}
        self._cards: dict[str, QIcon] = {}
        self.fetch: Callable[[list[int], bool], None] | None = None  # (ids, sharp) -> worker
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fetch_now)
        self._rows_by_id: dict[int, int] | None = None  # built when first needed
        for signal in (self.modelReset, self.layoutChanged):
            signal.connect(self._forget_rows)

    def _forget_rows(self) -> None:
        self._rows_by_id = None

    def row_of(self, evidence_id: int) -> int:
        if self._rows_by_id is None:
            self._rows_by_id = {entry.id: row for row, entry in enumerate(self._rows)}
        return self._rows_by_id.get(evidence_id, -1)

    # -- what views ask ------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.column() == 0 and role in (Qt.ItemDataRole.DecorationRole, BLURRED_ROLE):
            entry = self.record_at(index.row())
            if role == BLURRED_ROLE:
                return entry.has_preview and not self.is_revealed(entry.id)
            return self._picture(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            entry = self.record_at(index.row())
            state = ""
            if entry.has_preview:
                state = (
                    text.tr(QT_TRANSLATE_NOOP("Quietcase", "shown"))
                    if self.is_revealed(entry.id)
                    else text.tr(QT_TRANSLATE_NOOP("Quietcase", "blurred"))
                )
            return ", ".join(
                x for x in (entry.evidence.filename, kind_word(entry.kind), state) if x
            )
        return super().data(index, role)

    def _picture(self, entry: EvidenceEntry) -> QIcon:
        if not entry.has_preview:
            return self._card(entry.kind)
        if self.is_revealed(entry.id):
            sharp = self._sharp.get(entry.id)
            if sharp is not None:
                self._sharp.move_to_end(entry.id)
                return sharp
            self._ask(entry.id, sharp=True)
        blurred = self._blurred.get(entry.id)
        if blurred is not None:
            self._blurred.move_to_end(entry.id)
            return blurred
        self._ask(entry.id, sharp=False)
        return self._card(IMAGE)

    def _card(self, kind: str) -> QIcon:
        key = f"{theme().name} {kind}"  # made again in the other theme
        if key not in self._cards:
            self._cards[key] = QIcon(kind_card(kind))
        return self._cards[key]

    # -- previews ------------------------------------------------------------------------

    def is_revealed(self, evidence_id: int) -> bool:
        return self.reveal_all or evidence_id in self._revealed

    def _ask(self, evidence_id: int, *, sharp: bool) -> None:
        self._want[sharp].add(evidence_id)
        if not self._timer.isActive():
            self._timer.start()

    def fetch_now(self) -> None:
        """Ask the worker for every preview a view wanted since the last time."""
        self._timer.stop()
        for sharp in (False, True):
            wanted = sorted(self._want[sharp])
            self._want[sharp].clear()
            if wanted and self.fetch is not None:
                self.fetch(wanted, sharp)

    def add_previews(self, found: dict[int, QImage], *, sharp: bool) -> None:
        """Previews from the worker, already decoded there (in memory) as `QImage`s."""
        store = self._sharp if sharp else self._blurred
        for evidence_id, image in found.items():
            if sharp and not self.is_revealed(evidence_id):
                continue  # blurred again before it arrived
            if not image.isNull():
                store[evidence_id] = QIcon(QPixmap.fromImage(image))
        while len(store) > KEEP_PREVIEWS:
            store.popitem(last=False)  # memory stays flat however many items she has
        self._repaint(found)

    def reveal(self, ids: Iterable[int]) -> None:
        chosen = set(ids)
        self._revealed |= chosen
        self._repaint(chosen)

    def blur_all(self) -> None:
        """One click: everything blurred again (the sharp previews leave memory)."""
        self._revealed.clear()
        self.reveal_all = False
        self._sharp.clear()
        self._want[True].clear()
        self._repaint_all()

    def set_reveal_all(self, on: bool) -> None:
        self.reveal_all = on
        if not on:
            for evidence_id in [i for i in self._sharp if i not in self._revealed]:
                del self._sharp[evidence_id]
        self._repaint_all()

    def forget_previews(self) -> None:
        """On lock: no picture and no revealed choice stays in memory."""
        self._blurred.clear()
        self._sharp.clear()
        self._revealed.clear()
        for wanted in self._want.values():
            wanted.clear()
        self._timer.stop()

    def _repaint(self, ids: Iterable[int]) -> None:
        rows = [row for row in map(self.row_of, ids) if row >= 0]
        if rows:  # one signal for the span: views repaint what is visible of it
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), 0), [Qt.ItemDataRole.DecorationRole]
            )

    def _repaint_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.DecorationRole],
            )

    def clear(self) -> None:
        self.forget_previews()
        super().clear()


def icon_size(scale: float = 1.0) -> QSize:
    side = round(160 * scale)
    return QSize(side, side * 3 // 4)


def decode_previews(found: dict[int, bytes]) -> dict[int, QImage]:
    """JPEG/PNG previews to images; runs on the worker thread (QImage is safe there, QPixmap
    is not), so scrolling never waits for decoding."""
    return {evidence_id: QImage.fromData(data) for evidence_id, data in found.items()}
