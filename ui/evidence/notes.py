"""Her notes about one evidence item, and the incidents it belongs to.

The bytes, the name and the SHA-256 never change; everything here can. Each save is one
custody event (what changed, and the links), written by `KeptEvidence.update`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from quietcase.app.case import Case
from quietcase.app.core.kinds import RecordKind
from quietcase.app.journal.drafts import Draft
from quietcase.storage.records import Evidence
from quietcase.ui.journal.editor import RecordDialog
from quietcase.ui.journal.fields import WHEN_EXAMPLES, ChecklistEdit, DateEdit, TagsEdit
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import PlainLabel


class EvidenceDialog(RecordDialog):
    kind = RecordKind.EVIDENCE

    def __init__(
        self,
        session: Session,
        item: Evidence,
        incidents: Sequence[tuple[int, str]],
        tags: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, item.id, parent)
        self.original = item
        self.setWindowTitle(self.tr("Notes about E-{n}").format(n=item.id))
        self.resize(640, 620)
        name = PlainLabel(item.filename, self)
        name.setObjectName("hint")
        self.source = QLineEdit(self)
        self.source.setPlaceholderText("https://")
        self.captured = DateEdit("when", WHEN_EXAMPLES, self)
        self.captured_by = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.shows = QPlainTextEdit(self)
        self.shows.setTabChangesFocus(True)
        self.shows.setPlaceholderText(self.tr("What this helps to show, in your words"))
        self.tags = TagsEdit(tags, self)
        self.incidents = ChecklistEdit(self)
        self.incidents.set_choices(incidents, item.incident_ids)
        self.incidents.setMinimumHeight(110)
        form = self.form
        form.addRow(self.tr("File"), name)
        form.addRow(self.tr("&Source address"), self.source)
        form.addRow(self.tr("&Captured"), self.captured)
        form.addRow(self.tr("Captured &by"), self.captured_by)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&What it shows"), self.shows)
        form.addRow(self.tr("T&ags"), self.tags)
        form.addRow(self.tr("&Incidents"), self.incidents)
        self.body.addLayout(form)
        self.load_fields(_fields_of(item))
        self.mark_clean()
        self.source.setFocus()

    def fields(self) -> Draft:
        return {
            "source_url": self.source.text(),
            "captured": self.captured.text(),
            "captured_by": self.captured_by.text(),
            "description": self.description.toPlainText(),
            "shows": self.shows.toPlainText(),
            "tags": list(self.tags.values()),
            "incidents": self.incidents.checked_ids(),
        }

    def load_fields(self, fields: Draft) -> None:
        self.source.setText(str(fields.get("source_url", "")))
        self.captured.set_text(str(fields.get("captured", "")))
        self.captured_by.setText(str(fields.get("captured_by", "")))
        self.description.setPlainText(str(fields.get("description", "")))
        self.shows.setPlainText(str(fields.get("shows", "")))
        self.tags.set_values([str(t) for t in fields.get("tags", [])])
        self.incidents.set_checked([int(i) for i in fields.get("incidents", [])])

    def checks(self) -> list[tuple[QWidget, Callable[[], object]]]:
        return [(self.captured, self.captured.when)]

    def build(self) -> Evidence:
        return replace(
            self.original,
            source_url=self.source.text(),
            captured=self.captured.when(),
            captured_by=self.captured_by.text(),
            description=self.description.toPlainText(),
            shows=self.shows.toPlainText(),
            tags=self.tags.values(),
            incident_ids=tuple(self.incidents.checked_ids()),
        )

    @staticmethod
    def write(case: Case, record: Any) -> Evidence:
        return case.evidence.update(record)


def _fields_of(item: Evidence) -> Draft:
    return {
        "source_url": item.source_url,
        "captured": item.captured.text() if item.captured else "",
        "captured_by": item.captured_by,
        "description": item.description,
        "shows": item.shows,
        "tags": list(item.tags),
        "incidents": list(item.incident_ids),
    }
