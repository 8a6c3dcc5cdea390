"""The four documents of the Reports page's second tab, as cards: a title, one plain line on
who it is for, the few choices it needs, and its buttons (`ui.documents.documents` does the
saving)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.storage.dates import When
from quietcase.storage.records import LinkStatus
from quietcase.ui import text
from quietcase.ui.widgets.plain import PlainLabel

# (incidents with links, platforms, every incident with whether it is an act)
Choices = tuple[
    list[tuple[int, When | None, str]], list[str], list[tuple[int, When | None, str, bool]]
]


class DocumentCards(QWidget):
    act_chosen = Signal(int, bool)  # an incident marked (or unmarked) as an act

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self._deletion_card(), 0, 0)
        grid.addWidget(self._complaint_card(), 0, 1)
        grid.addWidget(self._calendar_card(), 1, 0)
        grid.addWidget(self._tables_card(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addLayout(grid)
        layout.addStretch(1)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.deletion_pdf_button,
            self.deletion_csv_button,
            self.complaint_button,
            self.calendar_button,
            self.tables_button,
        )

    def _card(self, title: str, who: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(self)
        card.setObjectName("document")
        heading = PlainLabel(title, card)
        heading.setObjectName("subheading")
        heading.setWordWrap(True)
        about = PlainLabel(who, card)
        about.setObjectName("hint")
        about.setWordWrap(True)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(about)
        return card, layout

    @staticmethod
    def _buttons(layout: QVBoxLayout, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(row)

    def _deletion_card(self) -> QFrame:
        card, layout = self._card(
            self.tr("Deletion-support list"),
            self.tr(
                "For the Digital Sex Crime Victim Support Center (first call 1366, the "
                "centre's own line 02-735-8994), the Korea Communications Standards Commission "
                "or a platform's report form: the links not removed yet, grouped by platform, "
                "with the evidence that shows each post."
            ),
        )
        self.incident = QComboBox(card)
        self.platform = QComboBox(card)
        self.status = QComboBox(card)
        self.status.addItem(self.tr("Any status"), None)
        for status in LinkStatus:
            self.status.addItem(text.label(text.LINK_STATUSES, status.value), status.value)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Incident"), self.incident)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Status"), self.status)
        layout.addLayout(form)
        self.all_links = QCheckBox(self.tr("Also the links already removed"), card)
        self.all_links.setToolTip(
            self.tr(
                "Without it, the list holds only the links the centre can still act on: "
                "those online or not known."
            )
        )
        layout.addWidget(self.all_links)
        self.deletion_pdf_button = QPushButton(self.tr("Save as PDF…"), card)
        self.deletion_pdf_button.setObjectName("primary")
        self.deletion_csv_button = QPushButton(self.tr("Save as CSV…"), card)
        self._buttons(layout, self.deletion_pdf_button, self.deletion_csv_button)
        return card

    def _complaint_card(self) -> QFrame:
        card, layout = self._card(
            self.tr("Complaint helper for your lawyer"),
            self.tr(
                "For your lawyer, to prepare a criminal complaint: a table of what was "
                "done (범죄일람표), your evidence numbered 증 제1호증, 제2호증 and so on, and "
                "the people involved. It is not a complaint and not legal advice."
            ),
        )
        kept = PlainLabel(
            self.tr(
                "The evidence numbers are kept once saved, so your lawyer's references stay "
                "the same when you make it again."
            ),
            card,
        )
        kept.setObjectName("hint")
        kept.setWordWrap(True)
        layout.addWidget(kept)
        acts = PlainLabel(
            self.tr(
                "Acts of an offender, for the table (범죄일람표). Untick what someone told you "
                "or what happened afterwards; your choice is kept."
            ),
            card,
        )
        acts.setWordWrap(True)
        layout.addWidget(acts)
        self.acts = QListWidget(card)
        self.acts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.acts.setMinimumHeight(150)
        self.acts.itemChanged.connect(self._act_changed)
        layout.addWidget(self.acts)
        self.fill_choices(([], [], []))
        self.complaint_button = QPushButton(self.tr("Save as PDF…"), card)
        self.complaint_button.setObjectName("primary")
        self._buttons(layout, self.complaint_button)
        return card

    def _calendar_card(self) -> QFrame:
        card, layout = self._card(
            self.tr("Calendar of your dates"),
            self.tr(
                "For your phone's calendar: your deadlines and the days to follow up on "
                "requests, each with a reminder the day before."
            ),
        )
        self.discreet = QCheckBox(self.tr("Discreet: call every event “Appointment”"), card)
        self.discreet.setToolTip(
            self.tr("For a calendar that others may see: no titles and no details.")
        )
        layout.addWidget(self.discreet)
        self.calendar_button = QPushButton(self.tr("Save calendar file…"), card)
        self.calendar_button.setObjectName("primary")
        self._buttons(layout, self.calendar_button)
        return card

    def _tables_card(self) -> QFrame:
        card, layout = self._card(
            self.tr("Tables for a spreadsheet"),
            self.tr(
                "For you or a helper who works in Excel or a similar program: incidents, "
                "links, evidence, contacts, requests and deadlines as six CSV files."
            ),
        )
        self.tables_button = QPushButton(self.tr("Save tables in a folder…"), card)
        self.tables_button.setObjectName("primary")
        self._buttons(layout, self.tables_button)
        return card

    # -- choices ---------------------------------------------------------------------------

    def _act_changed(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        self.act_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)), checked)

    def fill_acts(self, rows: list[tuple[int, When | None, str, bool]]) -> None:
        self.acts.blockSignals(True)
        self.acts.clear()
        for incident_id, when, title, is_act in rows:
            shown = " · ".join(
                x for x in (f"I-{incident_id}", text.when_text(when, short=True), title) if x
            )
            item = QListWidgetItem(shown)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if is_act else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, incident_id)
            self.acts.addItem(item)
        self.acts.blockSignals(False)

    def fill_choices(self, choices: Choices) -> None:
        self.fill_acts(choices[2])
        incidents = [
            (i, " · ".join(x for x in (text.when_text(when, short=True), title) if x))
            for i, when, title in choices[0]
        ]
        platforms = [(p, text.platform_text(p)) for p in choices[1]]
        for combo, anything, values in (
            (self.incident, self.tr("Every incident"), incidents),
            (self.platform, self.tr("Every platform"), platforms),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for value, shown in values:
                combo.addItem(shown, value)
            at = combo.findData(kept) if kept is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    def clear(self) -> None:
        """On lock: no incidents or platforms, the first choice everywhere."""
        self.fill_choices(([], [], []))
        self.status.setCurrentIndex(0)
        self.all_links.setChecked(False)
        self.discreet.setChecked(False)
