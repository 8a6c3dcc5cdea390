"""Search results, grouped by kind, as she types."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.kinds import RecordKind
from quietcase.app.search import KINDS, Hit, SearchResults
from quietcase.storage.dates import When
from quietcase.ui import text
from quietcase.ui.widgets.plain import PlainLabel, plain_tooltip

KIND_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11


def _when(hit: Hit) -> str:
    if not hit.when:
        return ""
    try:
        return text.when_text(When.parse(hit.when), short=True)
    except ValueError:
        return hit.when


def _facet(hit: Hit) -> str:
    if hit.kind == RecordKind.CONTACT:
        return text.label(text.ROLES, hit.facet)
    if hit.kind == RecordKind.REQUEST:
        return text.label(text.REQUEST_STATUSES, hit.facet)
    if hit.kind == RecordKind.DEADLINE:
        return text.tr(QT_TRANSLATE_NOOP("Quietcase", "Done")) if hit.facet == "done" else ""
    if hit.kind == RecordKind.INCIDENT:
        return text.platform_text(hit.facet)
    return hit.facet


class SearchPage(QWidget):
    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel(self.tr("Search"), self)
        self.heading.setObjectName("heading")
        self.summary = PlainLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(False)
        self.tree.setHeaderHidden(True)
        self.tree.activated.connect(self._open)
        self.tree.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.clear()

    def clear(self) -> None:
        self.model.clear()
        self.model.setColumnCount(3)
        self.summary.setText(self.tr("Type a word or part of a word. Every word must match."))

    def set_results(self, results: SearchResults) -> None:
        self.model.clear()
        self.model.setColumnCount(3)
        if not results.total:
            self.summary.setText(
                self.tr("Nothing found for “{query}”. Try fewer or shorter words.").format(
                    query=results.query.strip()
                )
            )
            return
        many = any(results.more_than_counted(k) for k in results.groups)
        self.summary.setText(
            self.tr("Found in many records. Add a word to narrow it down.")
            if many
            else self.tr(
                "Found in %Ln records. Press Enter or double-click to open one.", "", results.total
            )
        )
        bold = QFont()
        bold.setBold(True)
        for kind in KINDS:
            hits = results.groups.get(kind)
            if not hits:
                continue
            total = results.totals.get(kind, len(hits))
            counted = f"{total - 1:,}+" if results.more_than_counted(kind) else f"{total:,}"
            label = text.tr(text.KINDS[kind]) + f"  ({counted})"
            if total > len(hits):
                label += "  " + self.tr("showing the first %Ln", "", len(hits))
            group = QStandardItem(label)
            group.setFont(bold)
            group.setSelectable(False)
            group.setEditable(False)
            self.model.appendRow([group, QStandardItem(""), QStandardItem("")])
            for hit in hits:
                self.model.appendRow(self._row(hit))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 240)
        first = self.model.index(1, 0)
        self.tree.setCurrentIndex(first)

    def _row(self, hit: Hit) -> list[QStandardItem]:
        words = worded_snippet(hit)
        title = QStandardItem("    " + (hit.title or hit.ref))
        title.setToolTip(plain_tooltip(words))
        detail = QStandardItem(" · ".join(x for x in (_when(hit), _facet(hit)) if x))
        snippet = QStandardItem(words)
        snippet.setToolTip(plain_tooltip(words))
        row = [title, detail, snippet]
        for item in row:
            item.setEditable(False)
            item.setData(hit.kind, KIND_ROLE)
            item.setData(hit.record_id, ID_ROLE)
        return row

    def _open(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        record_id = index.data(ID_ROLE)
        if kind and record_id:
            self.open_record.emit(str(kind), int(record_id))

    def open_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self._open(index)


# The stored codes an index row begins with (a contact's role; a request's kind and status),
# in the order they come: shown as the window's words, never as codes.
_LEADING_CODES = {
    RecordKind.CONTACT: (text.ROLES,),
    RecordKind.REQUEST: (text.REQUEST_KINDS, text.REQUEST_STATUSES),
}


def worded_snippet(hit: Hit) -> str:
    """The hit's snippet with the codes it starts with in her language ("suspect …" is
    "Suspect …", "takedown done" is "Takedown · Done")."""
    words = hit.snippet.split(" ")
    tables = _LEADING_CODES.get(hit.kind, ())
    shown: list[str] = []
    for table in tables:
        if not words or words[0] not in table:
            break
        shown.append(text.label(table, words.pop(0)))
    if not shown:
        return hit.snippet
    rest = " ".join(words).strip()
    return " · ".join(shown) + (f"  {rest}" if rest else "")
