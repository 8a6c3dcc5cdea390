"""Her choices for a case summary: what goes in, the cover, language, pictures, a password."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.documents.summary.data import Cover, ReportOptions, Section, Thumbnails
from quietcase.storage.records import Incident
from quietcase.ui import text
from quietcase.ui.journal.fields import DateEdit
from quietcase.ui.widgets.plain import PlainLabel, plain_tooltip

NO_DATES = QT_TRANSLATE_NOOP(
    "Quietcase", "Please give the first day, the last day, or both, of the period to include."
)
NO_INCIDENTS = QT_TRANSLATE_NOOP("Quietcase", "Please tick at least one incident to include.")
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP(
    "Quietcase", "The two passwords are not the same. Please type the password again."
)


def _subheading(words: str, parent: QWidget) -> QLabel:
    label = PlainLabel(words, parent)
    label.setObjectName("subheading")
    return label


def _hint(words: str, parent: QWidget) -> QLabel:
    label = PlainLabel(words, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class ReportOptionsForm(QWidget):
    changed = Signal()  # anything she chose that changes the document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)

        layout.addWidget(_subheading(self.tr("What goes in"), self))
        self.whole = QRadioButton(self.tr("The whole case"), self)
        self.dates = QRadioButton(self.tr("Only a period of time"), self)
        self.chosen = QRadioButton(self.tr("Only the incidents I choose"), self)
        self.scope = QButtonGroup(self)
        for button in (self.whole, self.dates, self.chosen):
            self.scope.addButton(button)
        self.whole.setChecked(True)
        self.date_from = DateEdit("when", self.tr("From, e.g. 2024-03"), self)
        self.date_to = DateEdit("when", self.tr("Until, e.g. 2024-06"), self)
        self.date_from.line.setAccessibleName(self.tr("Period from (date)"))
        self.date_to.line.setAccessibleName(self.tr("Period until (date)"))
        self.date_from.setAccessibleName(self.tr("Period from (date)"))  # the box around it
        self.date_to.setAccessibleName(self.tr("Period until (date)"))
        period = QHBoxLayout()
        period.setContentsMargins(24, 0, 0, 0)
        period.addWidget(self.date_from)
        period.addWidget(self.date_to)
        self.period = QWidget(self)
        self.period.setLayout(period)
        self.incidents = QListWidget(self)
        self.incidents.setAccessibleName(self.tr("Incidents to include"))
        # as tall as its rows: the page's one scroll bar scrolls them (no list scrolling
        # inside a scrolling page)
        self.incidents.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.incidents.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.incidents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.incidents.setTextElideMode(Qt.TextElideMode.ElideRight)
        for edit in (self.date_from, self.date_to):  # no "leave empty" hint for a period
            edit.line.textChanged.connect(lambda t, e=edit: e.hint.clear() if not t else None)
            edit.hint.clear()
        for widget in (self.whole, self.dates, self.period, self.chosen, self.incidents):
            layout.addWidget(widget)

        layout.addSpacing(6)
        layout.addWidget(_subheading(self.tr("Sections"), self))
        names = {
            Section.SUMMARY: self.tr("Summary in your words"),
            Section.TIMELINE: self.tr("Timeline of incidents"),
            Section.EVIDENCE: self.tr("Evidence register"),
            Section.CONTACTS: self.tr("Contacts"),
            Section.REQUESTS: self.tr("Requests"),
            Section.DEADLINES: self.tr("Deadlines"),
            Section.APPENDIX: self.tr("How to check the files"),
            Section.MESSAGES: self.tr("Chat messages you chose (%n)", "", 0),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.sections: dict[Section, QCheckBox] = {}
        for n, (section, words) in enumerate(names.items()):
            box = QCheckBox(words, self)
            box.setChecked(True)
            self.sections[section] = box
            grid.addWidget(box, n // 2, n % 2)
        layout.addLayout(grid)
        self.set_message_count(0)
        self.private_notes = QCheckBox(self.tr("Include my private notes"), self)
        layout.addWidget(self.private_notes)

        layout.addSpacing(6)
        layout.addWidget(_subheading(self.tr("Cover"), self))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Images shared without my consent"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Your name, or a name you choose"))
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(
            self.tr("A few sentences about what happened, in your own words (optional).")
        )
        self.summary.setFixedHeight(76)
        self.summary.setTabChangesFocus(True)
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        if QLocale().language() == QLocale.Language.Korean:
            self.language.setCurrentIndex(1)
        self.thumbnails = QComboBox(self)
        self.thumbnails.addItem(self.tr("Blurred"), Thumbnails.BLURRED.value)
        self.thumbnails.addItem(self.tr("Not shown"), Thumbnails.NONE.value)
        self.thumbnails.addItem(self.tr("Shown as they are"), Thumbnails.FULL.value)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Name on it"), self.name)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Pictures"), self.thumbnails)
        layout.addLayout(form)

        layout.addSpacing(6)
        layout.addWidget(_subheading(self.tr("Password (optional)"), self))
        layout.addWidget(
            _hint(
                self.tr(
                    "With a password, the saved PDF is encrypted (AES-256): nobody can open it "
                    "without the password. Tell it to the person you give it to in another way, "
                    "not in the same email."
                ),
                self,
            )
        )
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password for the PDF"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setPlaceholderText(self.tr("Type it again"))
        self.again.setAccessibleName(self.tr("Password for the PDF, again"))
        passwords = QHBoxLayout()
        passwords.addWidget(self.password)
        passwords.addWidget(self.again)
        layout.addLayout(passwords)
        layout.addStretch(1)

        self.scope.buttonToggled.connect(lambda _b, _on: self._scope_changed())
        for line in (self.title, self.name):
            line.textChanged.connect(self.changed)
        self.summary.textChanged.connect(self.changed)
        self.date_from.changed.connect(self.changed)
        self.date_to.changed.connect(self.changed)
        self.incidents.itemChanged.connect(lambda _item: self.changed.emit())
        for box in [*self.sections.values(), self.private_notes]:
            box.toggled.connect(lambda _on: self.changed.emit())
        for combo in (self.language, self.thumbnails):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._scope_changed()

    def _scope_changed(self) -> None:
        self.period.setEnabled(self.dates.isChecked())
        self.incidents.setEnabled(self.chosen.isChecked())
        self.changed.emit()

    def set_incidents(self, incidents: list[Incident]) -> None:
        """The incidents she can choose from (keeping what she had ticked)."""
        ticked = set(self.chosen_ids())
        self.incidents.blockSignals(True)
        self.incidents.clear()
        for incident in incidents:
            item = QListWidgetItem(
                f"{text.when_text(incident.when, short=True)} · {incident.title}", self.incidents
            )
            item.setData(Qt.ItemDataRole.UserRole, incident.id)
            item.setToolTip(plain_tooltip(item.text()))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if incident.id in ticked else Qt.CheckState.Unchecked
            )
        self.incidents.blockSignals(False)

    def set_message_count(self, count: int) -> None:
        """How many chat messages she chose for the summary (`ChatMessages.for_report`): the
        box says so, and is there to untick only when she chose some."""
        box = self.sections[Section.MESSAGES]
        box.setText(self.tr("Chat messages you chose (%n)", "", count))
        box.setEnabled(count > 0)
        box.setToolTip(
            "" if count else self.tr("Choose messages in a chat's view to put them in the summary.")
        )

    def chosen_ids(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.incidents.item(i) for i in range(self.incidents.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_cover(self, cover: Cover) -> None:
        for widget in (self.title, self.name, self.summary):
            widget.blockSignals(True)
        self.title.setText(cover.title)
        self.name.setText(cover.name)
        self.summary.setPlainText(cover.summary)
        for widget in (self.title, self.name, self.summary):
            widget.blockSignals(False)

    def cover(self) -> Cover:
        return Cover(self.title.text(), self.name.text(), self.summary.toPlainText())

    def options(self, *, with_password: bool = True) -> ReportOptions:
        """Her choices as `ReportOptions`; raises `UserError` (a kind message) if a date is
        unreadable, no incident is ticked, or the two passwords differ."""
        date_from = date_to = None
        ids: tuple[int, ...] = ()
        if self.dates.isChecked():
            date_from, date_to = self.date_from.when(), self.date_to.when()
            if date_from is None and date_to is None:
                raise UserError(NO_DATES)
        elif self.chosen.isChecked():
            ids = tuple(self.chosen_ids())
            if not ids:
                raise UserError(NO_INCIDENTS)
        password = ""
        if with_password and (self.password.text() or self.again.text()):
            if self.password.text() != self.again.text():
                raise UserError(PASSWORDS_DIFFER)
            password = self.password.text()
        return ReportOptions(
            language=str(self.language.currentData()),
            cover=self.cover(),
            incident_ids=ids,
            date_from=date_from,
            date_to=date_to,
            sections=frozenset(s for s, box in self.sections.items() if box.isChecked()),
            thumbnails=Thumbnails(str(self.thumbnails.currentData())),
            private_notes=self.private_notes.isChecked(),
            password=password,
        )

    def clear(self) -> None:
        """On lock: forget everything she typed or ticked."""
        self.set_cover(Cover())
        self.incidents.clear()
        self.password.clear()
        self.again.clear()
        self.date_from.set_text("")
        self.date_to.set_text("")
        self.private_notes.setChecked(False)
        self.whole.setChecked(True)
