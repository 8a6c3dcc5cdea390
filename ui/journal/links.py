"""Links: every web address she recorded, across all incidents, and whether each post is still
online.

One table (platform, address, post title, uploader, incident, status, last checked), filtered
by status, platform or words; links not checked for more than 30 days, or never, are quietly
highlighted and sort first by "Last checked". She selects one or several links and records
what she found ("Still online", "Removed", "Not known"): one transaction, and each is marked
checked today. Addresses are never opened from here (Quietcase does not go online); "Copy
address" puts them on the clipboard, marked secret and cleared soon after.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.documents.deletion_list import STALE_DAYS
from quietcase.app.journal.links import LinkRow, all_links, set_links_status
from quietcase.storage.records import LinkStatus
from quietcase.ui import text
from quietcase.ui.privacy.clipboard import SensitiveClipboard
from quietcase.ui.session import Session
from quietcase.ui.widgets.flow import FlowLayout
from quietcase.ui.widgets.models import Column, Look, RecordTableModel, contains
from quietcase.ui.widgets.plain import PlainLabel
from quietcase.ui.widgets.table_page import TablePage

STALE_LOOK = Look(foreground="soon_text", background="soon_back", bold=False)
POSITIONS = 10_000  # a row's id: incident id * POSITIONS + the link's position


def row_id(row: LinkRow) -> int:
    return row.incident.id * POSITIONS + row.position


class _MiddleElided(QStyledItemDelegate):
    """Addresses cut in the middle: the end (a post's number) tells links apart."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class _Today:
    """The day the rows were loaded (the case's clock), for "how long ago"."""

    def __init__(self) -> None:
        self.day = date.today()

    def days_since(self, row: LinkRow) -> int | None:
        checked = row.link.checked_on
        return None if checked is None else (self.day - checked).days

    def stale(self, row: LinkRow) -> bool:
        days = self.days_since(row)
        return days is None or days > STALE_DAYS

    def checked_text(self, row: LinkRow) -> str:
        days = self.days_since(row)
        if days is None:
            return text.tr(QT_TRANSLATE_NOOP("Quietcase", "Never"))
        return text.days_text(-days)

    def checked_tip(self, row: LinkRow) -> str:
        """The day itself, and a gentle word when it was long ago."""
        day = text.day_text(row.link.checked_on)
        if not self.stale(row):
            return day
        hint = text.tr(
            QT_TRANSLATE_NOOP(
                "Quietcase", "Not checked for more than 30 days: it may be worth looking again."
            )
        )
        return f"{day}\n{hint}" if day else hint


def links_model(today: _Today) -> RecordTableModel[LinkRow]:
    columns: list[Column[LinkRow]] = [
        Column(QT_TRANSLATE_NOOP("Columns", "Platform"), lambda r: text.platform_text(r.platform)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Address"),
            lambda r: r.link.url,
            tooltip=lambda r: "\n".join(x for x in (r.link.url, r.link.keywords) if x),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Post title"), lambda r: r.link.post_title),
        Column(QT_TRANSLATE_NOOP("Columns", "Uploader"), lambda r: r.link.uploader),
        Column(QT_TRANSLATE_NOOP("Columns", "Incident"), lambda r: r.incident.title),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: text.label(text.LINK_STATUSES, r.link.status.value),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Last checked"),
            today.checked_text,
            lambda r: (r.link.checked_on is not None, str(r.link.checked_on or ""), row_id(r)),
            tooltip=today.checked_tip,
        ),
    ]
    return RecordTableModel(columns, row_id, look=lambda r: STALE_LOOK if today.stale(r) else None)


class LinksPage(TablePage):
    changed = Signal()  # statuses were saved: other pages may show them

    def __init__(
        self, session: Session, clipboard: SensitiveClipboard, parent: QWidget | None = None
    ) -> None:
        self.today = _Today()
        super().__init__(
            links_model(self.today),
            self.tr("Links"),
            self.tr(
                "Every web address you recorded with your incidents. After you look at a "
                "post, mark what you found; highlighted links were last checked more than 30 "
                "days ago, or never."
            ),
            "",  # nothing is added here: links are added in their incident's editor
            self.tr(
                "No links yet. When you record what happened, add the addresses where you "
                "saw it; they are listed here."
            ),
            parent,
        )
        self.session = session
        self.clipboard = clipboard
        self.model.setParent(self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setItemDelegateForColumn(1, _MiddleElided(self.table))
        for button in (self.add_button, self.delete_button):
            button.hide()  # links are added and removed in their incident's editor
        self.edit_button.setText(self.tr("Open the incident"))
        self.mark_label = PlainLabel(self.tr("Mark as:"), self)
        self.online_button = QPushButton(self.tr("Still online"), self)
        self.removed_button = QPushButton(self.tr("Removed"), self)
        self.unknown_button = QPushButton(self.tr("Not known"), self)
        self.copy_button = QPushButton(self.tr("Copy address"), self)
        # A row of its own that wraps: at 200 % text the buttons read whole ("till onlir" did).
        self.marks = FlowLayout()
        for widget in (
            self.mark_label,
            self.online_button,
            self.removed_button,
            self.unknown_button,
            self.copy_button,
        ):
            self.marks.addWidget(widget)
        page_layout = self.layout()
        assert isinstance(page_layout, QVBoxLayout)
        under_open = page_layout.indexOf(self.explanation) + 2
        page_layout.insertLayout(under_open, self.marks)
        for status, button in self._status_buttons().items():
            button.setToolTip(self.tr("Record this for the chosen links, checked today."))
            button.clicked.connect(lambda _c=False, s=status: self.mark(s))
        self.copy_button.clicked.connect(self.copy_addresses)

        self.status = QComboBox(self)
        self.status.addItem(self.tr("Any status"), None)
        for status in LinkStatus:
            self.status.addItem(text.label(text.LINK_STATUSES, status.value), status.value)
        self.status.setAccessibleName(self.tr("Status"))
        self.platform = QComboBox(self)
        self.platform.addItem(self.tr("Every platform"), None)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.stale_only = QCheckBox(self.tr("Only those to check again"), self)
        self.filter_text.setAccessibleName(self.tr("Filter this list"))
        for combo in (self.status, self.platform):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.stale_only.toggled.connect(lambda _on: self.apply_filter())
        self.filters.addWidget(self.status)
        self.filters.addWidget(self.platform)
        self.filters.addWidget(self.stale_only)
        self.note = PlainLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()
        self.banner_slot.addWidget(self.note)
        wide = self.text_metrics().horizontalAdvance("0") * 14
        self.columns.set_widths(
            {0: 100, 1: 230, 2: 150, 3: 120, 5: 100, 6: max(110, wide)},
            stretch=4,
            secondary=(3, 2, 6, 0),
        )
        session.opened.connect(self._opened)
        session.locked.connect(self.clear)

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()  # each time: an incident's links may have been edited meanwhile

    def _opened(self) -> None:
        if self.isVisible():
            self.load()

    def refresh(self) -> None:
        """After a record was saved elsewhere: load again if she is looking."""
        if self.isVisible():
            self.load()

    def load(self) -> None:
        self.session.run(_load, self._loaded, self._failed)

    def _loaded(self, loaded: tuple[date, list[LinkRow]]) -> None:
        self.today.day, rows = loaded
        kept = self.platform.currentData()
        self.platform.blockSignals(True)
        self.platform.clear()
        self.platform.addItem(self.tr("Every platform"), None)
        for name in sorted({r.platform for r in rows if r.platform}, key=str.casefold):
            self.platform.addItem(text.platform_text(name), name)
        self.platform.setCurrentIndex(max(self.platform.findData(kept), 0) if kept else 0)
        self.platform.blockSignals(False)
        chosen = self.chosen_ids()
        self.set_rows(rows)
        self.apply_filter()
        self.select_ids(chosen)

    # -- filters ---------------------------------------------------------------------------

    def filters_active(self) -> bool:
        return (
            self.status.currentData() is not None
            or self.platform.currentData() is not None
            or self.stale_only.isChecked()
            or super().filters_active()
        )

    def accepts(self, record: LinkRow, needle: str) -> bool:
        status = self.status.currentData()
        if status is not None and record.link.status.value != status:
            return False
        platform = self.platform.currentData()
        if platform is not None and record.platform != platform:
            return False
        if self.stale_only.isChecked() and not self.today.stale(record):
            return False
        link = record.link
        return contains(
            needle,
            record.platform,
            text.platform_text(record.platform),
            link.url,
            link.post_title,
            link.uploader,
            link.keywords,
            record.incident.title,
        )

    # -- selection -------------------------------------------------------------------------

    def chosen(self) -> list[LinkRow]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.proxy.record(i.row()) for i in rows]

    def chosen_ids(self) -> list[int]:
        return [row_id(r) for r in self.chosen()]

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for record_id in ids:
            row = self.model.row_of(record_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                self.table.selectRow(index.row())
        self.table.setSelectionMode(mode)

    def _status_buttons(self) -> dict[LinkStatus, QPushButton]:
        return {
            LinkStatus.ONLINE: self.online_button,
            LinkStatus.REMOVED: self.removed_button,
            LinkStatus.UNKNOWN: self.unknown_button,
        }

    def _update_buttons(self) -> None:
        chosen = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(False)
        if hasattr(self, "copy_button"):  # (TablePage asks before they are made)
            for button in (*self._status_buttons().values(), self.copy_button):
                button.setEnabled(chosen > 0)

    # -- what she does ---------------------------------------------------------------------

    def mark(self, status: LinkStatus) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        refs = [(r.incident.id, r.position) for r in chosen]
        words = text.label(text.LINK_STATUSES, status.value)

        def job(case: Case) -> tuple[int, tuple[date, list[LinkRow]]]:
            count = set_links_status(case, refs, status)
            return count, _load(case)

        def done(result: tuple[int, tuple[date, list[LinkRow]]]) -> None:
            count, loaded = result
            self._loaded(loaded)
            self._say(
                self.tr("%n link(s) marked “{status}”, checked today.", "", count).format(
                    status=words
                )
            )
            self.changed.emit()

        self.session.run(job, done, self._failed)

    def copy_addresses(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        self.clipboard.copy("\n".join(r.link.url for r in chosen))
        self._say(
            self.tr(
                "%n address(es) copied. They will be cleared from the clipboard soon.",
                "",
                len(chosen),
            )
        )

    def _failed(self, error: UserError) -> None:
        self._say(text.error_text(error), problem=True)

    def _say(self, words: str, *, problem: bool = False) -> None:
        text.say(self.note, words, problem=problem, hide_empty=True)

    def clear(self) -> None:
        """On lock: no rows, no filters, no message."""
        self.model.clear()
        self.filter_text.clear()
        self.status.setCurrentIndex(0)
        self.stale_only.setChecked(False)
        self.platform.clear()
        self.platform.addItem(self.tr("Every platform"), None)
        self._say("")


def _load(case: Case) -> tuple[date, list[LinkRow]]:
    return case.clock.now().astimezone().date(), all_links(case)
