"""A small list of evidence pictures, blurred as the gallery blurs them, with type-to-filter.

Used where she works with a few items at a time: the incident editor's Evidence tab, the
quick record form and the picker for linking evidence she already has. Each entry has a key
(an evidence id, or a name for something not saved yet); pictures come from the owner, which
fetches them on the worker when `wanted` asks. As in the gallery, a picture stays blurred
until she chooses to look (or Settings show all), and is forgotten when the list is cleared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QMargins, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from quietcase.app.evidence.media_type import IMAGE
from quietcase.ui.evidence.model import icon_size, kind_card
from quietcase.ui.style import theme
from quietcase.ui.widgets.models import every_word
from quietcase.ui.widgets.plain import plain_tooltip

KEY = Qt.ItemDataRole.UserRole + 1
WORDS = Qt.ItemDataRole.UserRole + 2  # what type-to-filter looks in
PICTURE = Qt.ItemDataRole.UserRole + 3  # whether the item has a picture to blur
KIND = Qt.ItemDataRole.UserRole + 4  # the kind of file, for a card without a picture


class Thumbnails(QListWidget):
    """Pictures (blurred until revealed) with their names under them."""

    wanted = Signal(list, bool)  # keys whose picture is needed; sharp?

    def __init__(self, parent: QWidget | None = None, scale: float = 0.75) -> None:
        super().__init__(parent)
        self.reveal_all = False
        self._blurred: dict[str, QIcon] = {}
        self._sharp: dict[str, QIcon] = {}
        self._revealed: set[str] = set()
        self._want: dict[bool, set[str]] = {False: set(), True: set()}
        self._cards: dict[str, QIcon] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._ask)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        size = icon_size(scale)
        self.setIconSize(size)
        line = int(self.fontMetrics().height() * 1.6)
        self.setGridSize(size.grownBy(QMargins(6, 6, 6, 6 + line)))
        self.setMinimumHeight(self.gridSize().height() + 2 * self.frameWidth() + 12)

    # -- entries -------------------------------------------------------------------------

    def add(
        self, key: str, name: str, words: Sequence[str] = (), *, picture: bool, kind: str = ""
    ) -> None:
        """One entry; `words` are what filtering looks in besides the name; the full name
        is its tooltip, since a long one is cut under the picture."""
        item = QListWidgetItem(name, self)
        item.setData(KEY, key)
        item.setData(WORDS, "\n".join([name, *words]))
        item.setData(PICTURE, picture)
        item.setData(KIND, kind)
        item.setToolTip(plain_tooltip(name))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self._paint(item)

    def keys(self) -> list[str]:
        return [str(self.item(row).data(KEY)) for row in range(self.count())]

    def chosen_keys(self) -> list[str]:
        return [str(item.data(KEY)) for item in self.selectedItems() if not item.isHidden()]

    def choose(self, keys: Iterable[str]) -> None:
        """Select exactly these entries."""
        wanted = set(keys)
        self.clearSelection()
        for row in range(self.count()):
            item = self.item(row)
            item.setSelected(str(item.data(KEY)) in wanted)

    def remove(self, keys: Iterable[str]) -> None:
        gone = set(keys)
        for row in reversed(range(self.count())):
            key = str(self.item(row).data(KEY))
            if key in gone:
                self.takeItem(row)
                self._forget(key)

    def filter(self, needle: str) -> int:
        """Hide what does not match `needle` (every word, anywhere); returns how many show."""
        shown = 0
        for row in range(self.count()):
            item = self.item(row)
            match = every_word(needle, str(item.data(WORDS)))
            item.setHidden(not match)
            shown += match
        return shown

    def clear(self) -> None:
        """No picture and no revealed choice stays in memory."""
        super().clear()
        self._blurred.clear()
        self._sharp.clear()
        self._revealed.clear()
        for wanted in self._want.values():
            wanted.clear()

    # -- pictures ------------------------------------------------------------------------

    def is_blurred(self, key: str) -> bool:
        item = self._item(key)
        return item is not None and bool(item.data(PICTURE)) and not self._shows(key)

    def _shows(self, key: str) -> bool:
        return self.reveal_all or key in self._revealed

    def reveal(self, keys: Iterable[str]) -> None:
        self._revealed |= set(keys)
        self._repaint()

    def blur_all(self) -> None:
        self._revealed.clear()
        self._sharp.clear()
        self._repaint()

    def set_picture(self, key: str, image: QImage, *, sharp: bool) -> None:
        if image.isNull() or (sharp and not self._shows(key)):
            return
        (self._sharp if sharp else self._blurred)[key] = QIcon(QPixmap.fromImage(image))
        item = self._item(key)
        if item is not None:
            self._paint(item)

    def _paint(self, item: QListWidgetItem) -> None:
        key = str(item.data(KEY))
        if not item.data(PICTURE):
            item.setIcon(self._card(str(item.data(KIND) or "")))
            return
        sharp = self._shows(key)
        icon = self._sharp.get(key) if sharp else None
        if icon is None and sharp:
            self._need(key, sharp=True)
        if icon is None:
            icon = self._blurred.get(key)
        if icon is None:
            self._need(key, sharp=False)
            icon = self._card(IMAGE)
        item.setIcon(icon)

    def _repaint(self) -> None:
        for row in range(self.count()):
            self._paint(self.item(row))

    def _need(self, key: str, *, sharp: bool) -> None:
        self._want[sharp].add(key)
        self._timer.start()

    def _ask(self) -> None:
        for sharp in (False, True):
            keys = sorted(self._want[sharp])
            self._want[sharp].clear()
            if keys:
                self.wanted.emit(keys, sharp)

    def _card(self, kind: str) -> QIcon:
        key = f"{theme().name} {kind}"  # made again in the other theme
        if key not in self._cards:
            self._cards[key] = QIcon(kind_card(kind or "other", 160))
        return self._cards[key]

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if str(self.item(row).data(KEY)) == key:
                return self.item(row)
        return None

    def _forget(self, key: str) -> None:
        self._blurred.pop(key, None)
        self._sharp.pop(key, None)
        self._revealed.discard(key)

    def sizeHint(self) -> QSize:
        return QSize(480, self.gridSize().height() * 2)
