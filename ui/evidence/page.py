"""The evidence page: a gallery and a list of the same items, filters, and the details.

Pictures are blurred until she reveals them (one, a selection, or all in Settings), and one
click blurs everything again. The work behind the buttons lives in `ui.evidence.actions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.core.errors import UserError
from quietcase.app.evidence.media_type import MEDIA_KINDS
from quietcase.app.evidence.view import EvidenceEntry, EvidenceFilter
from quietcase.ui import text
from quietcase.ui.evidence.details import DetailsPanel
from quietcase.ui.evidence.gallery import Gallery
from quietcase.ui.evidence.intake import ImportBar
from quietcase.ui.evidence.model import EvidenceModel, icon_size, kind_word
from quietcase.ui.widgets.columns import ColumnFit
from quietcase.ui.widgets.fitted_line import DATE_SAMPLE, FittedLine
from quietcase.ui.widgets.flow import FlowLayout
from quietcase.ui.widgets.models import RecordFilterProxy
from quietcase.ui.widgets.plain import PlainLabel
from quietcase.ui.widgets.wrapping_bar import WrappingBar


class _LowSplitter(QSplitter):
    """Asks for no more height than its minimum (one row of pictures); it grows into the
    room the page has."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


class EvidencePage(QWidget):
    chosen = Signal(object)  # the ids of the chosen items (list[int])

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EvidenceModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.in_bin = False

        heading = PlainLabel(self.tr("Evidence"), self)
        heading.setObjectName("heading")
        self.explanation = PlainLabel(
            self.tr(
                "Screenshots, photos, chat exports and other files, kept byte for byte inside "
                "your encrypted case file. Pictures stay blurred until you choose to look. "
                "Drop files here, or paste a screenshot with Ctrl+V."
            ),
            self,
        )
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add evidence…"), self)
        self.add_button.setObjectName("primary")
        self.paste_button = QPushButton(self.tr("Paste screenshot"), self)
        self.paste_button.setToolTip(self.tr("Adds a picture you copied (Ctrl+V)"))
        self.reveal_button = QPushButton(self.tr("Show chosen pictures"), self)
        self.blur_button = QPushButton(self.tr("Blur all again"), self)
        self.gallery_button = QPushButton(self.tr("Gallery"), self)
        self.list_button = QPushButton(self.tr("List"), self)
        self.bin_button = QPushButton(self.tr("Bin"), self)
        self.bin_button.setToolTip(self.tr("Items you moved to the bin"))
        self.restore_button = QPushButton(self.tr("Take out of the bin"), self)
        self.empty_bin_button = QPushButton(self.tr("Empty the bin…"), self)
        self.view_group = QButtonGroup(self)
        for button in (self.gallery_button, self.list_button, self.bin_button):
            button.setCheckable(True)
        self.view_group.addButton(self.gallery_button)
        self.view_group.addButton(self.list_button)
        self.gallery_button.setChecked(True)
        self.shown = PlainLabel(self)
        self.shown.setObjectName("hint")
        toolbar = FlowLayout()  # wraps instead of clipping words when text is large
        for widget in (
            self.add_button,
            self.paste_button,
            self.reveal_button,
            self.blur_button,
            self.gallery_button,
            self.list_button,
            self.bin_button,
            self.shown,
        ):
            toolbar.addWidget(widget)

        self.incident = self._combo(self.tr("Any incident"), self.tr("Incident"))
        self.kind = self._combo(self.tr("Any kind"), self.tr("Kind of file"))
        for kind in MEDIA_KINDS:
            self.kind.addItem(kind_word(kind), kind)
        self.tag = self._combo(self.tr("Any tag"), self.tr("Tag"))
        self.added_from = self._date(self.tr("Added from"))
        self.added_until = self._date(self.tr("Added until"))
        self.filter_text = FittedLine(parent=self)
        self.filter_text.setPlaceholderText(self.tr("Filter by name or notes"))
        self.filter_text.setAccessibleName(self.tr("Filter by name or notes"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(lambda _t: self.apply_filter())
        self.clear_button = QPushButton(self.tr("Show all"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.date_problem = PlainLabel(self)
        self.date_problem.setObjectName("problem")
        filters = FlowLayout()
        for control in (
            self.filter_text,
            self.incident,
            self.kind,
            self.tag,
            self.added_from,
            self.added_until,
            self.clear_button,
            self.date_problem,
        ):
            filters.addWidget(control)
        self.bin_bar = QHBoxLayout()
        self.bin_words = PlainLabel(
            self.tr(
                "Items in the bin are not shown elsewhere and can be taken out again. "
                "Emptying the bin removes them for good."
            ),
            self,
        )
        self.bin_words.setObjectName("hint")
        self.bin_words.setWordWrap(True)
        self.bin_bar.addWidget(self.bin_words, 1)
        self.bin_bar.addWidget(self.restore_button)
        self.bin_bar.addWidget(self.empty_bin_button)

        self.gallery = Gallery(self)
        self.gallery.setAccessibleName(self.tr("Evidence gallery"))
        self.gallery.setLayoutMode(QListView.LayoutMode.Batched)
        self.gallery.setBatchSize(500)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.gallery.setModel(self.proxy)
        self.set_scale(1.0)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Evidence list"))
        self.table.setModel(self.proxy)
        self.table.setSelectionModel(self.gallery.selectionModel())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setIconSize(icon_size(0.25))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        # The name takes the room; the date added stays whole; tags, incidents, size, kind,
        # the capture date and last the exhibit number fold away, in that order, when the
        # list is narrow (200 % text; all of it is in the details beside it).
        self.columns = ColumnFit(self.table)
        self.columns.set_widths(
            {1: 110, 2: 90, 3: 85, 4: 150, 5: 150, 6: 180, 7: 140},
            stretch=0,
            secondary=(7, 6, 3, 2, 5, 1),
            measured={
                4: lambda m: text.date_column_width(m, with_time=True),
                5: lambda m: text.date_column_width(m, with_time=True, span=True),
            },
        )
        self.empty = PlainLabel(self)  # its words depend on the bin: see _update_state
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views = QStackedWidget(self)
        for view in (self.gallery, self.table, self.empty):
            self.views.addWidget(view)
        self.details = DetailsPanel(self)
        self.splitter = _LowSplitter(self)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 380])
        # The gallery and details take the height that is left, down to one row of pictures:
        # the page asks no more (so it fits the window at large text, without a page scroll
        # around the details' own scroll bar).
        self.splitter.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.gallery.fitted.connect(self.splitter.setMinimumHeight)
        self.splitter.setMinimumHeight(self.gallery.gridSize().height() + 16)

        self.notice = WrappingBar(self)
        self.notice.setObjectName("problembar")
        self.notice.setToolTip(self.tr("Click to close this message"))
        self.notice.clicked.connect(self.notice.hide)
        self.notice.hide()
        self.originals_button = QPushButton(self.tr("Delete the originals from their folder…"))
        self.originals_button.setToolTip(
            self.tr("Only after checking that the copy in your case file is exact")
        )
        self.originals_button.hide()
        self.import_bar = ImportBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addLayout(self.bin_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.originals_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.import_bar)

        self.gallery_button.clicked.connect(lambda: self._show_view(self.gallery))
        self.list_button.clicked.connect(lambda: self._show_view(self.table))
        self.blur_button.clicked.connect(self.model.blur_all)
        self.gallery.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        for signal in (self.model.modelReset, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_state)
        self._set_bin_mode(False)
        self._update_state()

    # -- building ------------------------------------------------------------------------

    def _combo(self, anything: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(anything, None)
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return combo

    def _date(self, placeholder: str) -> QLineEdit:
        line = FittedLine(DATE_SAMPLE, self)
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(placeholder)
        line.setToolTip(self.tr("A year, a month or a day: 2024, 2024-03, 2024-03-15"))
        line.textChanged.connect(lambda _t: self.apply_filter())
        return line

    def set_scale(self, scale: float) -> None:
        self.gallery.set_icon(icon_size(scale))

    # -- data ----------------------------------------------------------------------------

    def set_entries(
        self, entries: list[EvidenceEntry], incidents: Sequence[tuple[int, str]]
    ) -> None:
        self._fill(self.incident, incidents)
        tags: dict[str, str] = {}
        for entry in entries:
            for tag in entry.evidence.tags:
                tags.setdefault(tag.casefold(), tag)
        self._fill(self.tag, [(t, t) for t in sorted(tags.values(), key=str.casefold)])
        keep = self.chosen_ids()
        self.model.set_rows(entries)
        self.select_ids(keep)
        self.apply_filter()

    def _fill(self, combo: QComboBox, choices: Sequence[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def clear(self) -> None:
        """On lock: no name, picture or choice left in the page."""
        self.model.clear()
        self._fill(self.incident, [])
        self._fill(self.tag, [])
        self.clear_filters()
        self.details.show_details(None)
        self.notice.hide()
        self.notice.setText("")
        self.originals_button.hide()
        self.import_bar.finish()
        self._set_bin_mode(False)

    # -- filtering -----------------------------------------------------------------------

    def current_filter(self) -> EvidenceFilter:
        self.date_problem.clear()
        return EvidenceFilter(
            incident_id=self.incident.currentData(),
            kind=self.kind.currentData() or "",
            tag=self.tag.currentData() or "",
            added_from=self._day(self.added_from, last=False),
            added_until=self._day(self.added_until, last=True),
            text=self.filter_text.text(),
        )

    def _day(self, line: QLineEdit, *, last: bool) -> date | None:
        try:
            return text.filter_day(line.text(), last=last)
        except UserError:
            self.date_problem.setText(self.tr("That date cannot be read yet."))
            return None

    def apply_filter(self) -> None:
        chosen = self.current_filter()
        self.proxy.set_predicate(chosen.matches if chosen.active else None)
        self._update_state()

    def clear_filters(self) -> None:
        for combo in (self.incident, self.kind, self.tag):
            combo.setCurrentIndex(0)
        for line in (self.added_from, self.added_until, self.filter_text):
            line.clear()
        self.apply_filter()

    # -- views and selection -------------------------------------------------------------

    def _show_view(self, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        self._update_state()

    def _set_bin_mode(self, on: bool) -> None:
        self.in_bin = on
        self.bin_button.setChecked(on)
        for i in range(self.bin_bar.count()):
            item = self.bin_bar.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(on)
        for widget in (self.add_button, self.paste_button):
            widget.setEnabled(not on)

    def chosen_ids(self) -> list[int]:
        return sorted(e.id for e in self.chosen_entries())

    def chosen_entries(self) -> list[EvidenceEntry]:
        rows = sorted({i.row() for i in self.gallery.selectionModel().selectedIndexes()})
        return [self.proxy.record(row) for row in rows]

    def select_ids(self, ids: Sequence[int]) -> None:
        selection = self.gallery.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for evidence_id in ids:
            row = self.model.row_of(evidence_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, flags)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.gallery.scrollTo(index)

    def _chosen(self) -> None:
        self._update_buttons()
        self.chosen.emit(self.chosen_ids())

    def _update_buttons(self) -> None:
        entries = self.chosen_entries()
        self.reveal_button.setEnabled(
            any(e.has_preview and not self.model.is_revealed(e.id) for e in entries)
        )
        self.restore_button.setEnabled(bool(entries))
        self.empty_bin_button.setEnabled(self.in_bin and self.model.rowCount() > 0)

    def _update_state(self) -> None:
        total, showing = self.model.rowCount(), self.proxy.rowCount()
        wanted = self.table if self.list_button.isChecked() else self.gallery
        self.views.setCurrentWidget(wanted if total else self.empty)
        self.empty.setText(
            self.tr("The bin is empty.")
            if self.in_bin
            else self.tr(
                "No evidence yet.\n\nWhen you are ready, press “Add evidence…” or drop files "
                "here. They are copied into your case file; your originals stay where they are."
            )
        )
        self.shown.setText(
            self.tr("Showing {shown} of {total}").format(shown=f"{showing:,}", total=f"{total:,}")
            if showing != total
            else ""
        )
        self._update_buttons()

    def show_notice(self, words: str) -> None:
        self.notice.setText(words)
        self.notice.setVisible(bool(words))
