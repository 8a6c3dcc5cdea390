"""A page with a heading, a few buttons and filters, and one table of records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quietcase.ui.widgets.columns import ColumnFit
from quietcase.ui.widgets.flow import FlowLayout
from quietcase.ui.widgets.models import ID_ROLE, RecordFilterProxy, RecordTableModel
from quietcase.ui.widgets.plain import PlainLabel


class TablePage(QWidget):
    """Subclasses give the model, the words, and (optionally) more filters."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(
        self,
        model: RecordTableModel[Any],
        heading: str,
        explanation: str,
        add_label: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.heading = PlainLabel(heading, self)
        self.heading.setObjectName("heading")
        self.explanation = PlainLabel(explanation, self)
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)

        self.add_button = QPushButton(add_label, self)
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Open"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.filter_text = QLineEdit(self)
        self.filter_text.setPlaceholderText(self.tr("Filter this list"))
        self.filter_text.setAccessibleName(self.tr("Filter this list"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setMinimumWidth(200)
        self.filter_text.setMaximumWidth(280)
        self.shown = PlainLabel(self)
        self.shown.setObjectName("hint")

        self.toolbar = FlowLayout()  # wraps, like the filters, at 200 % text
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.toolbar.addWidget(button)
        self.toolbar.addWidget(self.shown)
        self.filters = FlowLayout()  # wraps instead of squeezing the filters when text is large
        self.filters.addWidget(self.filter_text)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(heading)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()
        self.columns = ColumnFit(self.table)
        self.table.installEventFilter(self)  # rows follow her text size, also while open
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.table.activated.connect(lambda _i: self._edit())

        self.empty = PlainLabel(empty_text, self)
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(self.toolbar)
        layout.addLayout(self.filters)
        self.banner_slot = QVBoxLayout()
        layout.addLayout(self.banner_slot)
        layout.addLayout(self.stack, 1)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self._delete)
        self.filter_text.textChanged.connect(lambda _t: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_state)
        self.proxy.modelReset.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self._update_state()

    # -- for subclasses ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FontChange:
            self._fit_rows()  # rows follow her text size, also while open
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        self.table.ensurePolished()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)

    def text_metrics(self) -> QFontMetrics:
        """The table's font as it will be shown (the style sheet's text size, which Settings
        and the computer's own text size set), for columns that must fit a date whole."""
        self.table.ensurePolished()
        return self.table.fontMetrics()

    def accepts(self, record: Any, text: str) -> bool:
        """Whether a record passes the page's filters (`text` is the filter box)."""
        return True

    def filters_active(self) -> bool:
        return bool(self.filter_text.text().strip())

    def apply_filter(self) -> None:
        if self.filters_active():
            text = self.filter_text.text()
            self.proxy.set_predicate(lambda record: self.accepts(record, text))
        else:
            self.proxy.set_predicate(None)
        self._update_state()

    # -- selection -----------------------------------------------------------------------

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.record(rows[0].row()) if rows else None

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def set_rows(self, rows: list[Any]) -> None:
        """New rows from the vault; the selected record stays selected."""
        keep = self._selected_id()
        self.model.set_rows(rows)
        if keep is not None:
            self.select_record(keep)
        self.columns.fit()  # a date column measures the dates it now holds

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        value = self.model.data(source, ID_ROLE)
        return None if value is None else int(value)

    def _edit(self) -> None:
        record = self.selected()
        if record is not None:
            self.edit_requested.emit(record)

    def _delete(self) -> None:
        record = self.selected()
        if record is not None:
            self.delete_requested.emit(record)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _update_state(self) -> None:
        total = self.model.rowCount()
        self.stack.setCurrentWidget(self.empty if total == 0 else self.table)
        showing = self.proxy.rowCount()
        self.shown.setText(
            self.tr("Showing {shown} of {total}").format(shown=f"{showing:,}", total=f"{total:,}")
            if showing != total
            else ""
        )
        self._update_buttons()
