"""The timeline section of the case summary: a list of incidents (like a 범죄일람표), then
each incident in full: when, where, what happened, links with their status, offender
accounts, the people involved, its evidence and the requests made about it.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    PageBreak,
    Paragraph,
)

from quietcase.app.documents.summary import layout
from quietcase.app.documents.summary.data import Section
from quietcase.app.documents.summary.layout import Block, Heading, link, text
from quietcase.app.documents.summary.sections import Sections, incident_key, shorten
from quietcase.storage.records import Incident, Link, Request


class WithTimeline(Sections):
    # -- timeline --------------------------------------------------------------------------

    def timeline(self) -> list[Flowable]:
        data, words, styles = self.data, self.words, self.styles
        story: list[Flowable] = [
            PageBreak(),
            self.heading(Section.TIMELINE, closed=True),
            Paragraph(text(words("timeline_intro", n=len(data.incidents))), styles.body),
            *self.table_heading(words("list_of_incidents"), styles.h2),
        ]
        evidence_of = self.evidence_by_incident()
        rows = [
            [
                self.cell(link(f"I-{i.id}", incident_key(i.id), self.known)),
                self.cell(text(words.when(i.when))),
                self.cell(text(words.platform(i.platform))),
                self.cell(text(shorten(i.title))),
                # plain: the row's number links to the incident, whose evidence links on
                self.cell(self.evidence_links(evidence_of.get(i.id, []), linked=False)),
            ]
            for i in data.incidents
        ]
        head = [words(k) for k in ("col_no", "col_date", "col_platform", "col_incident")]
        story.append(self.table([*head, words("col_evidence")], rows, [13, 30, 22, 80, 25]))
        details: list[Flowable] = [Paragraph(text(words("details_of_incidents")), styles.h2)]
        for incident in data.incidents:
            details += self.incident(incident, evidence_of.get(incident.id, []))
            block = Block(details)  # a heading never ends a page alone
            block.qc_item = True
            story.append(block)
            details = []
        return story

    def evidence_by_incident(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for item in self.data.evidence:
            for incident_id in item.incident_ids:
                out.setdefault(incident_id, []).append(item.id)
        return out

    def incident(self, incident: Incident, evidence_ids: list[int]) -> list[Flowable]:
        words, styles = self.words, self.styles
        key = incident_key(incident.id)
        heading = Heading(
            f"I-{incident.id}&nbsp;&nbsp;{self.mixed(incident.title)}",
            styles.h3,
            key,
            shorten(f"I-{incident.id} {incident.title}", 90),
            1,
        )
        meta = [words.when(incident.when), words.platform(incident.platform), incident.place]
        out: list[Flowable] = [
            heading,
            Paragraph(self.mixed(" · ".join(m for m in meta if m)), styles.meta),
        ]
        out += self.fields(
            words("description"), [incident.description] if incident.description else []
        )
        for n, item in enumerate(incident.links):
            out += self.link(item, words("links") if n == 0 else "")
        if incident.handles:
            out.append(self.field(words("handles"), text(", ".join(incident.handles))))
        people = self.people(incident.contact_ids)
        if people:
            out.append(self.field(words("people"), text(people)))
        if evidence_ids:
            out.append(self.field(words("linked_evidence"), self.evidence_links(evidence_ids)))
        requests = [r for r in self.data.requests if incident.id in r.incident_ids]
        for n, request in enumerate(requests):
            label = words("linked_requests") if n == 0 else ""
            out.append(self.field(label, text(self.request_short(request))))
        if incident.tags:
            out.append(self.field(words("tags"), text(", ".join(incident.tags))))
        if self.data.options.private_notes and incident.note:
            out += self.fields(words("private_note"), [incident.note])
        return out

    def link(self, item: Link, label: str) -> list[Flowable]:
        """The address whole (wrapped only at / ? &), its details muted below."""
        words = self.words
        details = []
        if item.post_title:
            details.append(words("link_title", v=item.post_title))
        if item.uploader:
            details.append(words("link_uploader", v=item.uploader))
        if item.found_on:
            details.append(words("link_found", v=item.found_on.isoformat()))
        status = words(item.status.value)
        if item.checked_on:
            status += f" ({words('link_checked', v=item.checked_on.isoformat())})"
        details.append(status)
        muted = f'<font color="{layout.MUTED.hexval()}">{self.mixed("; ".join(details))}</font>'
        return [
            layout.Url(item.url, self.styles.field, bullet=label),
            Paragraph(muted, self.styles.field_more),
        ]

    def people(self, contact_ids: Iterable[int]) -> str:
        names = self.data.contact_names()
        return ", ".join(
            f"{names[c].name} ({self.words('one_' + names[c].role.value)})"
            for c in contact_ids
            if c in names
        )

    def request_short(self, request: Request) -> str:
        words = self.words
        parts = [f"R-{request.id}", words("kind_" + request.kind.value)]
        parts.append(words("status_" + request.status.value))
        if request.reference:
            parts.append(request.reference)
        return " · ".join(parts)
