"""The list of web addresses where material was seen, inside the incident editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.core import validation
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.storage.records import Link, LinkStatus
from quietcase.ui import text
from quietcase.ui.widgets.plain import PlainLabel

URL, TITLE, UPLOADER, FOUND, STATUS, CHECKED = range(6)
STATUSES = [s.value for s in LinkStatus]
FOUND_FIELD = QT_TRANSLATE_NOOP("Quietcase", "day the link was found")
CHECKED_FIELD = QT_TRANSLATE_NOOP("Quietcase", "day the link was last checked")


class LinksEdit(QWidget):
    """A table of links: address, post title, uploader, found on, status, last checked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Where it was seen"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Web address"),
                self.tr("Post title"),
                self.tr("Uploader"),
                self.tr("Found on"),
                self.tr("Status"),
                self.tr("Last checked"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(URL, QHeaderView.ResizeMode.Stretch)
        for column in (TITLE, UPLOADER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 120)
        for column in (FOUND, CHECKED, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

        explain = PlainLabel(
            self.tr(
                "Where the material was seen. Dates as 2024-03-15. A support centre needs "
                "the exact address to ask for it to be taken down."
            ),
            self,
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a link"), self)
        self.remove_button = QPushButton(self.tr("Remove the selected link"), self)
        self.add_button.clicked.connect(lambda: self.add_row(Link(url="")))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, link: Link) -> None:
        self.add_values(
            [
                link.url,
                link.post_title,
                link.uploader,
                link.found_on.isoformat() if link.found_on else "",
                link.status.value,
                link.checked_on.isoformat() if link.checked_on else "",
            ]
        )

    def add_values(self, values: Sequence[str]) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in (URL, TITLE, UPLOADER, FOUND, CHECKED):
            self.table.setItem(row, column, QTableWidgetItem(values[column]))
        combo = QComboBox(self.table)
        for status in STATUSES:
            combo.addItem(text.label(text.LINK_STATUSES, status), status)
        combo.setCurrentIndex(max(0, combo.findData(values[STATUS])))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, STATUS, combo)
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, URL)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def values(self) -> list[list[str]]:
        """Each row as six strings (the status as its stored value): for drafts."""
        out = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(6):
                if column == STATUS:
                    combo = self.table.cellWidget(row, STATUS)
                    cells.append(str(combo.currentData()) if isinstance(combo, QComboBox) else "")
                else:
                    item = self.table.item(row, column)
                    cells.append(item.text() if item else "")
            out.append(cells)
        return out

    def set_values(self, rows: Sequence[Sequence[str]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            padded = [*values, *([""] * 6)][:6]
            self.add_values([str(v) for v in padded])

    def links(self) -> tuple[Link, ...]:
        """The links as records; rows without an address are left out. Raises `UserError`
        for a date that cannot be read (the address is checked when saving)."""
        out = []
        for cells in self.values():
            if not cells[URL].strip():
                continue
            out.append(
                Link(
                    url=cells[URL].strip(),
                    post_title=cells[TITLE],
                    uploader=cells[UPLOADER],
                    found_on=validation.day(cells[FOUND], FOUND_FIELD),
                    status=LinkStatus(cells[STATUS] or "unknown"),
                    checked_on=validation.day(cells[CHECKED], CHECKED_FIELD),
                )
            )
        return tuple(out)
