"""The shorter sections of the case summary: contacts by role, requests and reports with
their reference numbers, deadlines, and the appendix on how to verify the files.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
)

from quietcase.app.documents.summary import layout
from quietcase.app.documents.summary.data import Section
from quietcase.app.documents.summary.layout import text
from quietcase.app.documents.summary.text import APPENDIX
from quietcase.app.documents.summary.timeline import WithTimeline
from quietcase.app.documents.summary.transcript import WithTranscript
from quietcase.storage.records import Contact, ContactRole


class AllSections(WithTimeline, WithTranscript):
    """Every section of the summary (the evidence register is app/report_evidence.py)."""

    # -- contacts, requests, deadlines -----------------------------------------------------

    def contacts(self) -> list[Flowable]:
        words, styles = self.words, self.styles
        story: list[Flowable] = [
            CondPageBreak(60 * mm),
            self.heading(Section.CONTACTS),
            Paragraph(text(words("contacts_intro")), styles.body),
        ]
        for role in ContactRole:
            people = [c for c in self.data.contacts if c.role is role]
            if not people:
                continue
            rows = [self.contact_row(c) for c in people]
            head = [words(k) for k in ("col_name", "col_organisation", "col_reach", "col_handles")]
            story += self.table_heading(words("role_" + role.value), styles.h3)
            story.append(self.table(head, rows, [34, 40, 46, 30]))
            if self.data.options.private_notes:
                for c in people:
                    story += self.notes(f"C-{c.id}", c.note)
        return story

    def contact_row(self, contact: Contact) -> list[Any]:
        reach = "<br/>".join(text(v) for v in (contact.phone, contact.email) if v)
        return [
            self.cell(
                f"{text(contact.name)}<br/><font color='{layout.MUTED.hexval()}'>"
                f"C-{contact.id}</font>"
            ),
            self.cell(text(contact.organisation)),
            self.cell(reach),
            self.cell(text(", ".join(contact.handles))),
        ]

    def notes(self, label: str, note: str) -> list[Flowable]:
        if not note.strip():
            return []
        return self.fields(f"{label} · {self.words('private_note')}", [note])

    def requests(self) -> list[Flowable]:
        words, styles = self.words, self.styles
        names = self.data.contact_names()
        rows = []
        for r in self.data.requests:
            what = f"<b>{text(words('kind_' + r.kind.value))}</b> · R-{r.id}"
            if r.subject:
                what += "<br/>" + text(r.subject)
            to = names[r.contact_id].name if r.contact_id in names else ""
            days = "<br/>".join(d.isoformat() if d else "—" for d in (r.sent_on, r.follow_up_on))
            rows.append(
                [
                    self.cell(what),
                    self.cell(text(to)),
                    self.cell(days),
                    self.cell(text(r.reference)),
                    self.cell(text(words("status_" + r.status.value))),
                    self.cell(self.incident_links(r.incident_ids)),
                ]
            )
        keys = ("col_request", "col_to", "col_sent", "col_reference", "col_status", "col_incidents")
        story: list[Flowable] = [
            CondPageBreak(60 * mm),
            self.heading(Section.REQUESTS),
            Paragraph(text(words("requests_intro")), styles.body),
            self.table([words(k) for k in keys], rows, [46, 27, 21, 33, 23, 20]),
        ]
        if self.data.options.private_notes:
            story.append(Spacer(1, 6))
            for r in self.data.requests:
                story += self.notes(f"R-{r.id}", r.note)
        return story

    def deadlines(self) -> list[Flowable]:
        words, data = self.words, self.data
        rows = []
        for d in data.deadlines:
            state = "done" if d.done else "overdue" if d.id in data.overdue else "open"
            rows.append(
                [
                    self.cell(text(d.due.text())),
                    self.cell(text(d.title)),
                    self.cell(self.incident_links([d.incident_id] if d.incident_id else [])),
                    self.cell(text(words("state_" + state)), bold=state == "overdue"),
                ]
            )
        head = [words(k) for k in ("col_due", "col_what", "col_incidents", "col_state")]
        story: list[Flowable] = [
            CondPageBreak(50 * mm),
            self.heading(Section.DEADLINES),
            self.table(head, rows, [30, 90, 18, 16]),
        ]
        if data.options.private_notes:
            story.append(Spacer(1, 6))
            for d in data.deadlines:
                story += self.notes(f"D-{d.id}", d.note)
        return story

    # -- appendix --------------------------------------------------------------------------

    def appendix(self) -> list[Flowable]:
        styles = self.styles
        story: list[Flowable] = [PageBreak(), self.heading(Section.APPENDIX)]
        for title, paragraphs in APPENDIX[self.words.language]:
            story.append(Paragraph(text(title), styles.h2))
            story += [Paragraph(self.commands(p), styles.body) for p in paragraphs]
        return story

    def commands(self, paragraph: str) -> str:
        """`{cmd:sha256sum FILE}` -> the command in monospace."""
        parts = re.split(r"\{cmd:([^}]*)\}", paragraph)
        return "".join(
            text(part) if n % 2 == 0 else self.command(part) for n, part in enumerate(parts)
        )

    def command(self, command: str) -> str:
        """ASCII runs in monospace; Korean placeholders (파일) in the text font, which has them."""
        mono = self.styles.fonts.mono
        return "".join(
            f'<font name="{mono}" size="8.6">{text(run)}</font>' if run.isascii() else text(run)
            for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", command)
        )
