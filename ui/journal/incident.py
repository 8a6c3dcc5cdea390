"""The incident editor: every field of an incident, in three calm tabs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core import validation
from quietcase.app.core.validation import PLATFORM_SUGGESTIONS
from quietcase.app.documents import acts
from quietcase.app.evidence.view import EvidenceEntry
from quietcase.app.journal.drafts import Draft
from quietcase.storage.records import Incident
from quietcase.ui.journal.fields import (
    WHEN_EXAMPLES,
    ChecklistEdit,
    DateEdit,
    LinesEdit,
    TagsEdit,
)
from quietcase.ui.journal.incident_evidence import IncidentEvidence
from quietcase.ui.journal.incident_links import LinksEdit
from quietcase.ui.journal.recording import Recording, RecordingEditor
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import PlainLabel


class IncidentDialog(RecordingEditor):
    def __init__(
        self,
        session: Session,
        incident: Incident | None,
        contacts: Sequence[tuple[int, str]],
        platforms: Sequence[str],
        tags: Sequence[str],
        parent: QWidget | None = None,
        evidence: Sequence[EvidenceEntry] = (),
    ) -> None:
        super().__init__(session, incident.id if incident else 0, parent)
        self.original = incident
        self.setWindowTitle(
            self.tr("Edit what happened") if incident else self.tr("Record what happened")
        )
        self.resize(900, 620)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.windowTitle())  # its tabs are named by their words
        self.body.addWidget(self.tabs)

        # -- What happened
        first = QWidget(self.tabs)
        form = QFormLayout(first)
        form.setContentsMargins(12, 12, 12, 12)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit(first)
        self.title.setPlaceholderText(self.tr("In a few words, what happened"))
        self.when = DateEdit("when", WHEN_EXAMPLES, first)
        self.platform = QComboBox(first)
        self.platform.setEditable(True)
        known = list(dict.fromkeys([*platforms, *PLATFORM_SUGGESTIONS]))
        self.platform.addItems(["", *known])
        self.place = QLineEdit(first)
        self.place.setPlaceholderText(self.tr("Room, channel, account or place"))
        self.description = QPlainTextEdit(first)
        self.description.setPlaceholderText(self.tr("What you saw or what happened, in your words"))
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("P&lace"), self.place)
        form.addRow(self.tr("&Description"), self.description)
        # Her choice for the complaint helper's table of acts; None until she makes one
        # (then the default holds: an act when it names a suspect or has a link).
        self.act_choice: bool | None = None
        self.act = QCheckBox(self.tr("An act of an offender (listed in the 범죄일람표)"), first)
        self.act.setToolTip(
            self.tr(
                "Untick it for what someone told you or what happened afterwards. Unless you "
                "choose, an incident with a link or a suspect counts as an act."
            )
        )
        # Half-ticked until her choice or the case says more: "as the default decides".
        self.act.setTristate(True)
        self.act.setCheckState(Qt.CheckState.PartiallyChecked)
        self.act.clicked.connect(self._act_clicked)
        form.addRow("", self.act)
        self.tabs.addTab(first, self.tr("What happened"))

        # -- Links
        self.links = LinksEdit(self.tabs)
        self.tabs.addTab(self.links, self.tr("Where it was seen"))

        # -- People, tags and a private note
        third = QWidget(self.tabs)
        people = QFormLayout(third)
        people.setContentsMargins(12, 12, 12, 12)
        people.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contacts = ChecklistEdit(third)
        self.contacts.set_choices(contacts, incident.contact_ids if incident else ())
        self.contacts.setMinimumHeight(110)
        self.handles = LinesEdit(self.tr("One per line, e.g. @shadow_demo"), third)
        self.tags = TagsEdit(tags, third)
        self.note = QPlainTextEdit(third)
        self.note.setPlaceholderText(self.tr("Only for you; not exported unless you ask"))
        self.note.setTabChangesFocus(True)
        no_contacts = PlainLabel(self.tr("No contacts yet. You can add them on the Contacts page."))
        no_contacts.setObjectName("hint")
        people.addRow(self.tr("People involved"), self.contacts if contacts else no_contacts)
        if not contacts:
            self.contacts.hide()
        people.addRow(self.tr("&Handles or IDs"), self.handles)
        people.addRow(self.tr("T&ags"), self.tags)
        people.addRow(self.tr("Private &note"), self.note)
        self.tabs.addTab(third, self.tr("People, tags and note"))

        # -- Evidence: her screenshots and files, blurred; added ones kept until Save
        mine = incident.id if incident else -1
        self.evidence = IncidentEvidence(
            session, evidence, [e.id for e in evidence if mine in e.evidence.incident_ids]
        )
        self.evidence_tab = self.evidence
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        self.attach(self.evidence)

        if incident is not None:
            self.load_fields(_fields_of(incident))
            number = incident.id
            session.run(lambda case: acts_of(case, number), self._act_loaded)
        self.mark_clean()
        self.title.setFocus()

    def _act_clicked(self, checked: bool) -> None:
        self.act.setTristate(False)
        self.act_choice = self.act.checkState() == Qt.CheckState.Checked

    def _act_loaded(self, found: tuple[bool, bool | None]) -> None:
        """Her kept choice (or the default) once read; not a change of hers."""
        shown, chosen = found
        if self.act_choice is None:  # a draft or a click came first: it wins
            self.act.setTristate(False)
            self.act.setChecked(shown)
            self.act_choice = chosen
        baseline = getattr(self, "_baseline", None)
        if isinstance(baseline, dict):
            baseline["act"] = chosen

    def fields(self) -> Draft:
        return {
            "title": self.title.text(),
            "when": self.when.text(),
            "platform": self.platform.currentText(),
            "place": self.place.text(),
            "description": self.description.toPlainText(),
            "links": self.links.values(),
            "contacts": self.contacts.checked_ids(),
            "handles": list(self.handles.values()),
            "tags": list(self.tags.values()),
            "note": self.note.toPlainText(),
            **self.evidence.values(),
            "act": self.act_choice,
        }

    def load_fields(self, fields: Draft) -> None:
        self.title.setText(str(fields.get("title", "")))
        self.when.set_text(str(fields.get("when", "")))
        self.platform.setCurrentText(str(fields.get("platform", "")))
        self.place.setText(str(fields.get("place", "")))
        self.description.setPlainText(str(fields.get("description", "")))
        self.links.set_values(list(fields.get("links", [])))
        self.contacts.set_checked([int(i) for i in fields.get("contacts", [])])
        self.handles.set_values([str(h) for h in fields.get("handles", [])])
        self.tags.set_values([str(t) for t in fields.get("tags", [])])
        self.note.setPlainText(str(fields.get("note", "")))
        self.evidence.set_values(fields)
        act = fields.get("act")
        if isinstance(act, bool):
            self.act_choice = act
            self.act.setTristate(False)
            self.act.setChecked(act)

    def checks(self) -> list[tuple[QWidget, Callable[[], object]]]:
        return [
            (self.title, self.check_title),
            (self.when, self.when.when),
            (self.links, self.links.links),
        ]

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            validation.TITLE: self.title,
            validation.DESCRIPTION: self.description,
            validation.NOTE: self.note,
        }

    def build(self) -> Recording:
        base = self.original or Incident(title="")
        incident = Incident(
            id=base.id,
            title=self.title.text(),
            when=self.when.when(),
            platform=self.platform.currentText(),
            place=self.place.text(),
            links=self.links.links(),
            handles=self.handles.values(),
            tags=self.tags.values(),
            description=self.description.toPlainText(),
            note=self.note.toPlainText(),
            contact_ids=tuple(self.contacts.checked_ids()),
        )
        return self.recording(incident, self.act_choice)


def acts_of(case: Case, incident_id: int) -> tuple[bool, bool | None]:
    """Whether the incident is an act (her choice, else the default), and her choice."""
    marks = acts.marks(case, [case.journal.incident(incident_id)])
    return marks[incident_id], acts.choices(case).get(incident_id)


def _fields_of(incident: Incident) -> Draft:
    return {
        "title": incident.title,
        "when": incident.when.text() if incident.when else "",
        "platform": incident.platform,
        "place": incident.place,
        "description": incident.description,
        "links": [
            [
                link.url,
                link.post_title,
                link.uploader,
                link.found_on.isoformat() if link.found_on else "",
                link.status.value,
                link.checked_on.isoformat() if link.checked_on else "",
            ]
            for link in incident.links
        ],
        "contacts": list(incident.contact_ids),
        "handles": list(incident.handles),
        "tags": list(incident.tags),
        "note": incident.note,
    }
