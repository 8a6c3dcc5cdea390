"""Quick record: what happened in one line, when, and the screenshots; everything else later.

Opened from anywhere with Ctrl+N, from the timeline, and from a picture pasted on the
Evidence page. It saves an ordinary incident (the full editor opens it later), with the
pictures as its evidence, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLineEdit, QWidget

from quietcase.app.core import validation
from quietcase.app.evidence.recording import Adding
from quietcase.app.journal.drafts import Draft
from quietcase.storage.records import Incident
from quietcase.ui.journal.fields import WHEN_EXAMPLES, DateEdit
from quietcase.ui.journal.incident_evidence import IncidentEvidence
from quietcase.ui.journal.recording import Recording, RecordingEditor
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import PlainLabel

QUICK = "quick"  # its draft is "incident:quick", apart from the full editor's "incident:new"


class QuickRecordDialog(RecordingEditor):
    def __init__(
        self, session: Session, parent: QWidget | None = None, adding: Sequence[Adding] = ()
    ) -> None:
        super().__init__(session, 0, parent)
        self.setWindowTitle(self.tr("Quick record"))
        self.resize(680, 640)
        hint = PlainLabel(
            self.tr(
                "What happened, in one line, and the screenshots. Everything else can be "
                "filled in later from the timeline."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("In a few words, what happened"))
        self.title.setAccessibleName(self.tr("What happened"))
        self.when = DateEdit("when", WHEN_EXAMPLES, self)
        self.when.line.setAccessibleName(self.tr("When"))
        self.form.addRow(self.tr("&What happened"), self.title)
        self.form.addRow(self.tr("W&hen"), self.when)
        self.evidence = IncidentEvidence(session, (), (), self, can_link=False, margin=0)
        self.body.addWidget(hint)
        self.body.addLayout(self.form)
        self.body.addWidget(self.evidence, 1)
        self.attach(self.evidence)
        self.mark_clean()
        if adding:
            self.evidence.add(adding)
        self.title.setFocus()

    @property
    def draft_key(self) -> str:
        return f"{self.kind}:{QUICK}"

    def fields(self) -> Draft:
        return {"title": self.title.text(), "when": self.when.text(), **self.evidence.values()}

    def load_fields(self, fields: Draft) -> None:
        self.title.setText(str(fields.get("title", "")))
        self.when.set_text(str(fields.get("when", "")))
        self.evidence.set_values(fields)

    def checks(self) -> list[tuple[QWidget, Callable[[], object]]]:
        return [(self.title, self.check_title), (self.when, self.when.when)]

    def field_widgets(self) -> dict[str, QWidget]:
        return {validation.TITLE: self.title}

    def build(self) -> Recording:
        return self.recording(Incident(title=self.title.text(), when=self.when.when()))
