"""The timeline: everything that happened, in time order, with filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from quietcase.app.core import validation
from quietcase.app.core.errors import UserError
from quietcase.app.journal.timeline import TimelineEntry, TimelineFilter, platforms, tags
from quietcase.storage.dates import When
from quietcase.ui import text
from quietcase.ui.journal.models import timeline_model
from quietcase.ui.widgets.fitted_line import DATE_SAMPLE, FittedLine
from quietcase.ui.widgets.models import contains
from quietcase.ui.widgets.plain import PlainLabel
from quietcase.ui.widgets.table_page import TablePage


class TimelinePage(TablePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.show_notes = False  # Settings: private notes in the titles' tooltips
        super().__init__(
            timeline_model(show_notes=lambda: self.show_notes),
            self.tr("Timeline"),
            self.tr(
                "Everything that happened, in time order. Dates you only roughly remember are "
                "shown as you wrote them."
            ),
            self.tr("Record what happened"),
            self.tr(
                "Nothing is recorded yet.\n\nWhen you feel ready, press “Record what happened”. "
                "A title is enough to start; you can add the rest later."
            ),
            parent,
        )
        self.model.setParent(self)
        self.platform = self._combo(self.tr("Any platform"))
        self.tag = self._combo(self.tr("Any tag"))
        self.contact = self._combo(self.tr("Anyone"))
        # A screen reader on Windows or macOS hears what each choice is for, not only "Any…".
        self.platform.setAccessibleName(self.tr("Platform"))
        self.tag.setAccessibleName(self.tr("Tag"))
        self.contact.setAccessibleName(self.tr("Person involved"))
        self.start = self._date(self.tr("From"), self.tr("Happened from (date)"))
        self.end = self._date(self.tr("Until"), self.tr("Happened until (date)"))
        self.clear_button = QPushButton(self.tr("Show all"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.date_problem = PlainLabel(self)
        self.date_problem.setObjectName("problem")
        for widget in (self.platform, self.tag, self.contact, self.start, self.end):
            self.filters.addWidget(widget)
        self.filters.addWidget(self.clear_button)
        self.filters.addWidget(self.date_problem)
        self.quick_button = QPushButton(self.tr("Quick record…"), self)
        self.quick_button.setToolTip(
            self.tr("What happened in one line, with screenshots (Ctrl+N)")
        )
        self.toolbar.insertWidget(1, self.quick_button)
        self.drop_hint = PlainLabel(self.tr("Drop screenshots on an incident to add them."), self)
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        self.drop_hint.hide()
        self.banner_slot.addWidget(self.drop_hint)
        self.columns.set_widths(
            {0: 180, 2: 170, 3: 130, 4: 90, 5: 90},  # "What happened" takes the most
            stretch=1,
            secondary=(5, 4, 3, 2),
            measured={0: self._when_width},
        )

    def _when_width(self, metrics: QFontMetrics) -> int:
        """As wide as a day with its time, or as the dates she only roughly remembers that the
        timeline holds ("between 23 Apr and 3 May 2026"), up to a span within a year: "What
        happened" keeps the room."""
        usual = text.date_column_width(metrics, with_time=True)
        most = text.date_column_width(metrics, with_time=True, span=True)
        return min(most, max(usual, self.columns.longest(0, metrics)))

    def _combo(self, anything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(anything, None)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return combo

    def _date(self, placeholder: str, name: str) -> QLineEdit:
        line = FittedLine(DATE_SAMPLE, self)
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(name)
        line.setToolTip(self.tr("A year, a month or a day: 2024, 2024-03, 2024-03-15"))
        line.textChanged.connect(lambda _t: self.apply_filter())
        return line

    # -- data ----------------------------------------------------------------------------

    def set_entries(
        self, entries: list[TimelineEntry], contacts: Sequence[tuple[int, str]]
    ) -> None:
        self._fill(self.platform, [(p, text.platform_text(p)) for p in platforms(entries)])
        self._fill(self.tag, [(t, t) for t in tags(entries)])
        self._fill(self.contact, list(contacts))
        self.set_rows(entries)
        # Said until the first evidence arrives: that files can be dropped on an incident.
        self.drop_hint.setVisible(bool(entries) and not any(e.evidence for e in entries))

    def show_drop_at(self, at: QPoint | None) -> None:
        """While files are dragged over the list: the incident they would land on is
        highlighted (nothing is highlighted off the rows, where they go to no incident)."""
        row = self.table.indexAt(at).row() if at is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        elif at is not None:
            self.table.clearSelection()

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
        """On lock: no record text left in the model or the filter lists."""
        self.model.clear()
        self.drop_hint.hide()
        for combo in (self.platform, self.tag, self.contact):
            self._fill(combo, [])
        self.clear_filters()

    def clear_filters(self) -> None:
        for combo in (self.platform, self.tag, self.contact):
            combo.setCurrentIndex(0)
        for line in (self.start, self.end, self.filter_text):
            line.clear()
        self.apply_filter()

    # -- filtering -----------------------------------------------------------------------

    def current_filter(self) -> TimelineFilter:
        self.date_problem.clear()
        return TimelineFilter(
            platform=self.platform.currentData() or "",
            tag=self.tag.currentData() or "",
            contact_id=self.contact.currentData(),
            start=self._when(self.start),
            end=self._when(self.end),
        )

    def _when(self, line: QLineEdit) -> When | None:
        try:
            return validation.when(line.text())
        except UserError:
            self.date_problem.setText(self.tr("That date cannot be read yet."))
            return None

    def filters_active(self) -> bool:
        return self.current_filter().active or super().filters_active()

    def apply_filter(self) -> None:
        chosen = self.current_filter()
        needle = self.filter_text.text()
        if chosen.active or needle.strip():
            self.proxy.set_predicate(lambda e: chosen.matches(e) and self.accepts(e, needle))
        else:
            self.proxy.set_predicate(None)
        self._update_state()

    def accepts(self, record: Any, needle: str) -> bool:
        i = record.incident
        platform = text.platform_text(i.platform)  # "텔레" finds Telegram in a Korean window
        return contains(
            needle, i.title, i.place, i.platform, platform, i.description, *i.tags, *i.handles
        )
