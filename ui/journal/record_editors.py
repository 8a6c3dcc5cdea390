"""Editors for contacts, deadlines and requests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core import validation
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.kinds import RecordKind
from quietcase.app.journal.drafts import Draft
from quietcase.storage.records import (
    Contact,
    ContactRole,
    Deadline,
    Request,
    RequestKind,
    RequestStatus,
)
from quietcase.ui import text
from quietcase.ui.journal.editor import RecordDialog
from quietcase.ui.journal.fields import ChecklistEdit, DateEdit, LinesEdit
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import plain_tooltip

SENT_FIELD = QT_TRANSLATE_NOOP("Quietcase", "day it was sent")
FOLLOW_UP_FIELD = QT_TRANSLATE_NOOP("Quietcase", "follow-up day")


def _enum_combo(parent: QWidget, values: Sequence[str], labels: dict[str, str]) -> QComboBox:
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(text.label(labels, value), value)
    return combo


def _record_combo(parent: QWidget, none: str, choices: Sequence[tuple[int, str]]) -> QComboBox:
    """A choice of one record she can type to find (any part of its label), each label
    whole in its tooltip."""
    combo = QComboBox(parent)
    combo.addItem(none, 0)
    for record_id, label in choices:
        combo.addItem(label, record_id)
        combo.setItemData(combo.count() - 1, plain_tooltip(label), Qt.ItemDataRole.ToolTipRole)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    finder = combo.completer()
    if finder is not None:
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def _note(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    note = QPlainTextEdit(parent)
    note.setPlaceholderText(placeholder)
    note.setTabChangesFocus(True)
    return note


class ContactDialog(RecordDialog):
    kind = RecordKind.CONTACT

    def __init__(
        self, session: Session, contact: Contact | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, contact.id if contact else 0, parent)
        self.original = contact
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add a contact"))
        self.resize(560, 520)
        self.name = QLineEdit(self)
        self.role = _enum_combo(self, [r.value for r in ContactRole], text.ROLES)
        self.organisation = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.handles = LinesEdit(self.tr("One per line, e.g. @shadow_demo"), self)
        self.note = _note(self, self.tr("Anything worth remembering about them"))
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow(self.tr("Or&ganisation"), self.organisation)  # N&ote has O
        self.form.addRow(self.tr("&Phone"), self.phone)
        self.form.addRow(self.tr("&Email"), self.email)
        self.form.addRow(self.tr("&Handles or IDs"), self.handles)
        self.form.addRow(self.tr("N&ote"), self.note)
        self.body.addLayout(self.form)
        if contact is not None:
            self.load_fields(
                {
                    "name": contact.name,
                    "role": contact.role.value,
                    "organisation": contact.organisation,
                    "phone": contact.phone,
                    "email": contact.email,
                    "handles": list(contact.handles),
                    "note": contact.note,
                }
            )
        self.mark_clean()

    def fields(self) -> Draft:
        return {
            "name": self.name.text(),
            "role": str(self.role.currentData()),
            "organisation": self.organisation.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "handles": list(self.handles.values()),
            "note": self.note.toPlainText(),
        }

    def load_fields(self, fields: Draft) -> None:
        self.name.setText(str(fields.get("name", "")))
        _select(self.role, str(fields.get("role", "other")))
        self.organisation.setText(str(fields.get("organisation", "")))
        self.phone.setText(str(fields.get("phone", "")))
        self.email.setText(str(fields.get("email", "")))
        self.handles.set_values([str(h) for h in fields.get("handles", [])])
        self.note.setPlainText(str(fields.get("note", "")))

    def field_widgets(self) -> dict[str, QWidget]:
        return {validation.NAME: self.name}

    def build(self) -> Contact:
        f = self.fields()
        return Contact(
            id=self.original.id if self.original else 0,
            name=f["name"],
            role=ContactRole(f["role"]),
            organisation=f["organisation"],
            phone=f["phone"],
            email=f["email"],
            handles=tuple(f["handles"]),
            note=f["note"],
        )

    @staticmethod
    def write(case: Case, record: Any) -> Contact:
        if record.id:
            return case.journal.update_contact(record)
        return case.journal.add_contact(record)


class DeadlineDialog(RecordDialog):
    kind = RecordKind.DEADLINE

    def __init__(
        self,
        session: Session,
        deadline: Deadline | None,
        incidents: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, deadline.id if deadline else 0, parent)
        self.original = deadline
        self.setWindowTitle(self.tr("Edit deadline") if deadline else self.tr("Add a deadline"))
        self.resize(560, 440)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("What must happen by then"))
        self.due = DateEdit("due", "2026-12-01 · 2026-12-01 14:00", self)
        self.incident = _record_combo(self, self.tr("(not linked)"), incidents)
        self.done_box = QCheckBox(self.tr("This is done"), self)
        self.note = _note(self, self.tr("Anything to prepare or remember"))
        self.form.addRow(self.tr("&What"), self.title)
        self.form.addRow(self.tr("&Due"), self.due)
        self.form.addRow(self.tr("&Incident"), self.incident)
        self.form.addRow("", self.done_box)
        self.form.addRow(self.tr("N&ote"), self.note)
        self.body.addLayout(self.form)
        if deadline is not None:
            self.load_fields(
                {
                    "title": deadline.title,
                    "due": deadline.due.text(),
                    "incident": deadline.incident_id or 0,
                    "done": deadline.done,
                    "note": deadline.note,
                }
            )
        self.mark_clean()

    def fields(self) -> Draft:
        return {
            "title": self.title.text(),
            "due": self.due.text(),
            "incident": int(self.incident.currentData() or 0),
            "done": self.done_box.isChecked(),
            "note": self.note.toPlainText(),
        }

    def load_fields(self, fields: Draft) -> None:
        self.title.setText(str(fields.get("title", "")))
        self.due.set_text(str(fields.get("due", "")))
        _select(self.incident, int(fields.get("incident", 0) or 0))
        self.done_box.setChecked(bool(fields.get("done", False)))
        self.note.setPlainText(str(fields.get("note", "")))

    def checks(self) -> list[tuple[QWidget, Callable[[], object]]]:
        return [(self.due, self.due.due)]

    def field_widgets(self) -> dict[str, QWidget]:
        return {validation.TITLE: self.title}

    def build(self) -> Deadline:
        f = self.fields()
        return Deadline(
            id=self.original.id if self.original else 0,
            title=f["title"],
            due=self.due.due(),
            incident_id=f["incident"] or None,
            done=f["done"],
            note=f["note"],
        )

    @staticmethod
    def write(case: Case, record: Any) -> Deadline:
        if record.id:
            return case.journal.update_deadline(record)
        return case.journal.add_deadline(record)


class RequestDialog(RecordDialog):
    kind = RecordKind.REQUEST

    def __init__(
        self,
        session: Session,
        request: Request | None,
        contacts: Sequence[tuple[int, str]],
        incidents: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, request.id if request else 0, parent)
        self.original = request
        self.setWindowTitle(self.tr("Edit request") if request else self.tr("Add a request"))
        self.resize(620, 640)
        self.request_kind = _enum_combo(self, [k.value for k in RequestKind], text.REQUEST_KINDS)
        self.subject = QLineEdit(self)
        self.contact = _record_combo(self, self.tr("(nobody chosen)"), contacts)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Their reference or case number"))
        self.status = _enum_combo(self, [s.value for s in RequestStatus], text.REQUEST_STATUSES)
        self.sent = DateEdit("day", "2026-11-20", self)
        self.follow_up = DateEdit("day", "2026-12-04", self)
        self.incidents = ChecklistEdit(self)
        self.incidents.set_choices(incidents, request.incident_ids if request else ())
        self.incidents.setMinimumHeight(100)
        self.note = _note(self, self.tr("What was asked, what they answered"))
        self.form.addRow(self.tr("&Kind"), self.request_kind)
        self.form.addRow(self.tr("&Subject"), self.subject)
        self.form.addRow(self.tr("Sent &to"), self.contact)
        self.form.addRow(self.tr("&Reference"), self.reference)
        self.form.addRow(self.tr("St&atus"), self.status)
        self.form.addRow(self.tr("Sent o&n"), self.sent)
        self.form.addRow(self.tr("&Follow up on"), self.follow_up)
        self.form.addRow(self.tr("About"), self.incidents)
        self.form.addRow(self.tr("N&ote"), self.note)
        self.body.addLayout(self.form)
        if request is not None:
            self.load_fields(
                {
                    "kind": request.kind.value,
                    "subject": request.subject,
                    "contact": request.contact_id or 0,
                    "reference": request.reference,
                    "status": request.status.value,
                    "sent": request.sent_on.isoformat() if request.sent_on else "",
                    "follow_up": request.follow_up_on.isoformat() if request.follow_up_on else "",
                    "incidents": list(request.incident_ids),
                    "note": request.note,
                }
            )
        self.mark_clean()

    def fields(self) -> Draft:
        return {
            "kind": str(self.request_kind.currentData()),
            "subject": self.subject.text(),
            "contact": int(self.contact.currentData() or 0),
            "reference": self.reference.text(),
            "status": str(self.status.currentData()),
            "sent": self.sent.text(),
            "follow_up": self.follow_up.text(),
            "incidents": self.incidents.checked_ids(),
            "note": self.note.toPlainText(),
        }

    def load_fields(self, fields: Draft) -> None:
        _select(self.request_kind, str(fields.get("kind", "takedown")))
        self.subject.setText(str(fields.get("subject", "")))
        _select(self.contact, int(fields.get("contact", 0) or 0))
        self.reference.setText(str(fields.get("reference", "")))
        _select(self.status, str(fields.get("status", "draft")))
        self.sent.set_text(str(fields.get("sent", "")))
        self.follow_up.set_text(str(fields.get("follow_up", "")))
        self.incidents.set_checked([int(i) for i in fields.get("incidents", [])])
        self.note.setPlainText(str(fields.get("note", "")))

    def checks(self) -> list[tuple[QWidget, Callable[[], object]]]:
        return [
            (self.sent, lambda: self.sent.day(SENT_FIELD)),
            (self.follow_up, lambda: self.follow_up.day(FOLLOW_UP_FIELD)),
        ]

    def build(self) -> Request:
        f = self.fields()
        return Request(
            id=self.original.id if self.original else 0,
            kind=RequestKind(f["kind"]),
            subject=f["subject"],
            contact_id=f["contact"] or None,
            reference=f["reference"],
            status=RequestStatus(f["status"]),
            sent_on=self.sent.day(SENT_FIELD),
            follow_up_on=self.follow_up.day(FOLLOW_UP_FIELD),
            incident_ids=tuple(f["incidents"]),
            note=f["note"],
        )

    @staticmethod
    def write(case: Case, record: Any) -> Request:
        if record.id:
            return case.journal.update_request(record)
        return case.journal.add_request(record)
