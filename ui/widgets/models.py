"""Table models over records from `app`, and the filter proxy in front of them.

A model holds a list of plain records (never touches the vault) and a list of `Column`s that
say how each cell reads, sorts and looks. Sorting is done here in Python with one key per row
(`sort`), which is much faster for 10,000 rows than the proxy comparing cells through Qt;
the proxy only filters, with a predicate over the record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from quietcase.ui.style import theme
from quietcase.ui.widgets.plain import plain_tooltip

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

NO_INDEX = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title (marked with QT_TRANSLATE_NOOP("Columns", ...)), the text of a
    cell, and the key it sorts by (defaults to the text, ignoring case). A `tooltip` gives
    plain words: the model escapes them (`plain_tooltip`)."""

    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


def column_alignment(column: Column[Any]) -> Qt.AlignmentFlag:
    """Where a column's cells and its heading sit: numbers right, words left."""
    side = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Look:
    """How an urgent row stands out (an overdue deadline): colours named by their role in
    `ui.style` (light or dark, whichever the window shows when the row is painted)."""

    foreground: str
    background: str
    bold: bool = True


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records of one kind; `set_rows` replaces them all, `clear` empties (on lock)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        record_id: Callable[[R], int],
        parent: QObject | None = None,
        look: Callable[[R], Look | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._record_id = record_id
        self._look = look
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- what views ask ------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:  # her words, never read as markup
            if column.tooltip is not None:
                return plain_tooltip(column.tooltip(record)) or None
            shown = column.text(record)
            return plain_tooltip(shown) if shown.strip() else None  # it may be cut
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return self._record_id(record)
        if role == SORT_ROLE:
            return str(self._key(column)(record))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column_alignment(column))
        look = self._look(record) if self._look else None
        if look is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme().colour(look.foreground))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(theme().colour(look.background))
            if role == Qt.ItemDataRole.FontRole and look.bold:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # the title as its tooltip too: a narrow column cuts it
            return QCoreApplication.translate("Columns", self._columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:  # the heading where its cells are
            return int(column_alignment(self._columns[section]))
        return None

    # -- changing the rows ---------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows.sort(key=self._key(self._columns[self._sort[0]]), reverse=self._reverse)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])
        self._sort = None

    def rows(self) -> list[R]:
        return list(self._rows)

    def record_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        """The row showing a record, or -1."""
        for row, record in enumerate(self._rows):
            if self._record_id(record) == record_id:
                return row
        return -1

    # -- sorting -------------------------------------------------------------------------

    @property
    def _reverse(self) -> bool:
        return self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder

    def _key(self, column: Column[R]) -> Callable[[R], Any]:
        if column.sort_key is not None:
            return column.sort_key
        return lambda record: column.text(record).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        key = self._key(self._columns[column])
        keys = [key(record) for record in self._rows]
        order_of = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=self._reverse)
        new_row = {old: new for new, old in enumerate(order_of)}
        self._rows = [self._rows[i] for i in order_of]
        before = self.persistentIndexList()
        after = [self.index(new_row[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


class RecordFilterProxy(QSortFilterProxyModel):
    """Shows the rows whose record passes a predicate (none: every row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accepts: Callable[[Any], bool] | None = None

    def set_predicate(self, accepts: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._accepts = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accepts is None:
            return True
        source = self.sourceModel()
        if not isinstance(source, RecordTableModel):
            return True
        return self._accepts(source.record_at(source_row))

    def record(self, proxy_row: int) -> Any:
        return self.data(self.index(proxy_row, 0), RECORD_ROLE)


def every_word(needle: str, *haystack: str) -> bool:
    """Type-to-filter in pickers: every word she typed is somewhere in the text (any case,
    any order), so "3월 telegram" finds an incident of March on Telegram."""
    text = "\n".join(haystack).casefold()
    return all(word in text for word in needle.casefold().split())


def contains(needle: str, *haystack: str) -> bool:
    """Case-insensitive "any of these contains the text" for the pages' filter boxes."""
    folded = needle.casefold().strip()
    return not folded or any(folded in h.casefold() for h in haystack)
