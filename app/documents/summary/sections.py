"""The case summary's sections as reportlab flowables: the shared pieces (fields, tables,
cross-references), the cover, the contents and her summary. The timeline is in
app/report_timeline.py, the evidence register in app/report_evidence.py, the other sections in
app/report_lists.py. Every piece of her text goes through `layout.text` (escaped).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from quietcase.app.documents import exhibits
from quietcase.app.documents.summary import layout
from quietcase.app.documents.summary.data import ReportData, Section
from quietcase.app.documents.summary.fonts import with_fallback
from quietcase.app.documents.summary.layout import Heading, Styles, TocLine, link, text
from quietcase.app.documents.summary.text import Words, human_size

SECTION_ORDER = [
    Section.SUMMARY,
    Section.TIMELINE,
    Section.MESSAGES,
    Section.EVIDENCE,
    Section.CONTACTS,
    Section.REQUESTS,
    Section.DEADLINES,
    Section.APPENDIX,
]
OVERVIEW_CHARS = 180  # long text in overview tables is cut; the details below are complete


def section_key(section: Section) -> str:
    return f"sec-{section.value}"


def incident_key(incident_id: int) -> str:
    return f"inc-{incident_id}"


def evidence_key(evidence_id: int) -> str:
    return f"ev-{evidence_id}"


def shorten(value: str, limit: int = OVERVIEW_CHARS) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class Sections:
    """Builds the flowables of one report; `known` holds the link targets it contains."""

    def __init__(self, data: ReportData, words: Words, styles: Styles) -> None:
        self.data, self.words, self.styles = data, words, styles
        self.known: set[str] = set()
        self.included = [s for s in SECTION_ORDER if self.has(s)]
        if Section.TIMELINE in self.included:
            self.known |= {incident_key(i.id) for i in data.incidents}
        if Section.EVIDENCE in self.included:
            self.known |= {evidence_key(e.id) for e in data.evidence}

    def has(self, section: Section) -> bool:
        data = self.data
        if section not in data.options.sections:
            return False
        return {
            Section.SUMMARY: bool(data.cover.summary.strip()),
            Section.TIMELINE: bool(data.incidents),
            Section.EVIDENCE: bool(data.evidence),
            Section.CONTACTS: bool(data.contacts),
            Section.REQUESTS: bool(data.requests),
            Section.DEADLINES: bool(data.deadlines),
            Section.MESSAGES: bool(data.messages),
            Section.APPENDIX: True,
        }[section]

    # -- shared pieces ---------------------------------------------------------------------

    def heading(self, section: Section, *, closed: bool = False) -> Heading:
        title = self.section_title(section)
        return Heading(text(title), self.styles.h1, section_key(section), title, 0, closed=closed)

    def section_title(self, section: Section) -> str:
        number = self.included.index(section) + 1
        title = self.words(section.value)
        return title if section is Section.APPENDIX else f"{number}. {title}"

    def field(self, label: str, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """`label   value` with the label in the left column (splits across pages). The label
        is the paragraph's bullet: plain text, not markup to parse."""
        markup = with_fallback(markup, self.styles.fonts.regular)
        return Paragraph(markup, style or self.styles.field, bulletText=label)

    def fields(self, label: str, values: Iterable[str]) -> list[Flowable]:
        """One labelled field per line of her text, so long text flows across pages."""
        out: list[Flowable] = []
        for value in values:
            for line in value.split("\n") or [""]:
                if out:
                    markup = with_fallback(text(line), self.styles.fonts.regular)
                    out.append(Paragraph(markup or "&nbsp;", self.styles.field_more))
                else:
                    out.append(self.field(label, text(line)))
        return out

    def table(self, head: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        """A register-style table: shaded header repeated on every page, rules between rows."""
        scale = layout.FRAME_WIDTH / sum(widths)
        cells = [[Paragraph(text(h), self.styles.cell_head) for h in head], *rows]
        table = Table(
            cells, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT", splitInRow=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), layout.SHADE),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, layout.RULE),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, layout.RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def table_heading(self, title: str, style: ParagraphStyle) -> list[Flowable]:
        """A heading over a table: on a new page unless a few rows fit under it (keeping it
        together with the whole table would leave pages half empty)."""
        return [
            CondPageBreak(32 * mm),
            Paragraph(
                text(title), ParagraphStyle(style.name + "Table", parent=style, keepWithNext=0)
            ),
        ]

    def mixed(self, value: str) -> str:
        """Her text escaped, each letter the main font lacks in a spare font (or □)."""
        return with_fallback(text(value), self.styles.fonts.regular)

    def cell(self, value: str, *, bold: bool = False) -> Paragraph:
        value = with_fallback(value, self.styles.fonts.regular)
        return Paragraph(value, self.styles.cell_bold if bold else self.styles.cell)

    def url(self, url: str) -> Flowable:
        """A web address in a table cell: whole, wrapped only at `/`, `?`, `&`."""
        return layout.Url(url, self.styles.cell)

    def whole(self, value: str) -> Flowable:
        """Her text in a cell; an address or account name (one word: `t.me/room_1`,
        `@re_uploader_demo`) is never cut inside, like a web address."""
        if value and not any(c.isspace() for c in value):
            return self.url(value)
        return self.cell(text(value))

    def source_cell(self, markup: str, url: str) -> Flowable:
        """A cell of text (who captured it, where from) followed by a whole web address."""
        if not url:
            return self.cell(markup)
        lead = with_fallback(markup, self.styles.fonts.regular) if markup else ""
        return layout.Url(url, self.styles.cell, lead=lead)

    def exhibit_label(self, evidence_id: int) -> str:
        """`Exhibit 3-1 (E-7)` / `증 제3호증의 1 (E-7)`: the exhibit number, the item's id beside
        it (`E-7` alone for an item without one)."""
        exhibit = self.data.exhibits.get(evidence_id)
        if exhibit is None:
            return f"E-{evidence_id}"
        label = exhibits.label(exhibit, self.words.korean)
        return self.words("exhibit", id=evidence_id, label=label)

    def evidence_links(self, ids: Iterable[int], *, linked: bool = True) -> str:
        """Exhibits by their numbers, three or more in a row as a run, each linked to its
        first item: `증 제1호증 내지 제16호증, 제18호증의 1, 2` (the usual way to cite several) /
        `Ex. 1 to 16, 18-1, 18-2`."""
        korean = self.words.korean
        found = {i: e for i, e in self.data.exhibits.items() if i in self.data.exhibit}
        keyed = sorted(((found[i].number, found[i].branch), i) for i in ids if i in found)
        runs: list[list[tuple[tuple[int, int], int]]] = []
        for key, evidence_id in keyed:
            if runs and not key[1] and not runs[-1][-1][0][1] and key[0] == runs[-1][-1][0][0] + 1:
                runs[-1].append((key, evidence_id))
            else:
                runs.append([(key, evidence_id)])
        runs = [part for run in runs for part in ([run] if len(run) > 2 else [[x] for x in run])]
        parts = []
        previous = 0
        for run in runs:
            ((first, branch), first_id), ((last, _), _) = run[0], run[-1]
            if korean and branch:
                label = f"제{first}호증의 {branch}" if first != previous else str(branch)
            elif korean:
                label = f"제{first}호증" if first == last else f"제{first}호증 내지 제{last}호증"
            elif branch:
                label = f"{first}-{branch}"
            else:
                label = str(first) if first == last else f"{first} to {last}"
            previous = first if branch else 0
            parts.append(link(label, evidence_key(first_id), self.known) if linked else text(label))
        joined = ", ".join(parts)
        if not joined:
            return joined
        return f"증 {joined}" if korean else f"Ex. {joined}"

    def incident_links(self, ids: Iterable[int]) -> str:
        return ", ".join(link(f"I-{i}", incident_key(i), self.known) for i in ids)

    # -- cover and contents ----------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        data, words, styles = self.data, self.words, self.styles
        title = data.cover.title.strip() or words("default_title")
        facts: list[tuple[str, str]] = []
        if data.cover.name.strip():
            facts.append((words("prepared_by"), text(data.cover.name.strip())))
        facts.append((words("report_date"), text(words.long_date(words.local(data.made_at)))))
        facts.append((words("scope"), text(self.scope())))
        facts.append((words("times"), text(words.zone_legend(data.made_at))))
        story: list[Flowable] = [
            Spacer(1, 28 * mm),
            Paragraph(text(words("kicker")), styles.kicker),
            Spacer(1, 4),
            Paragraph(self.mixed(title), styles.cover_title),
        ]
        story += [self.field(label, value) for label, value in facts]
        story += [Spacer(1, 10 * mm), self.numbers(), Spacer(1, 10 * mm)]
        story.append(self.custody_box())
        if data.options.private_notes:
            story += [
                Spacer(1, 6 * mm),
                Paragraph(text(words("private_included")), styles.body),
            ]
        story += [Spacer(1, 14 * mm), Paragraph(text(words("made_with")), styles.muted)]
        story.append(PageBreak())
        return story

    def scope(self) -> str:
        words, options = self.words, self.data.options
        if options.incident_ids:
            return words("scope_incidents", ids=", ".join(f"I-{i}" for i in options.incident_ids))
        start, end = options.date_from, options.date_to
        if start is not None and end is not None:
            return words("scope_range", start=start.text(), end=end.text())
        if start is not None:
            return words("scope_from", start=start.text())
        if end is not None:
            return words("scope_to", end=end.text())
        return words("scope_all")

    def numbers(self) -> Table:
        data, words = self.data, self.words
        size = human_size(sum(e.size for e in data.evidence))
        if len(data.evidence) == data.evidence_total:
            evidence = words("n_evidence_value", n=len(data.evidence), size=size)
        else:
            evidence = words(
                "n_evidence_of", n=len(data.evidence), total=data.evidence_total, size=size
            )
        rows = [
            (words("n_incidents"), words("count", n=len(data.incidents))),
            (words("n_evidence"), evidence),
            (words("n_contacts"), words("count_people", n=len(data.contacts))),
            (words("n_requests"), words("count", n=len(data.requests))),
            (words("n_deadlines"), words("count", n=len(data.deadlines))),
        ]
        cells = [[self.cell(text(a)), self.cell(text(b), bold=True)] for a, b in rows]
        table = Table(
            [[Paragraph(text(words("in_numbers")), self.styles.cell_head), ""], *cells],
            colWidths=[layout.LABEL_WIDTH + 20, 90 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, layout.RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def custody_box(self) -> Table:
        data, words, styles = self.data, self.words, self.styles
        event = words("custody_event", seq=data.custody_seq, at=words.timestamp(data.custody_at))
        content = [
            Paragraph(text(words("custody_head")), styles.cell_head),
            Spacer(1, 3),
            Paragraph(data.custody_head, styles.mono),
            Paragraph(text(event), styles.cell),
            Spacer(1, 3),
            Paragraph(text(words("custody_check")), styles.cell),
        ]
        box = Table([[content]], colWidths=[layout.FRAME_WIDTH], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), layout.SHADE),
                    ("BOX", (0, 0), (-1, -1), 0.5, layout.RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return box

    def contents(self) -> list[Flowable]:
        title = self.words("contents")
        story: list[Flowable] = [
            Heading(text(title), self.styles.h1, "sec-contents", title, 0),
            Spacer(1, 4),
        ]
        story += [
            TocLine(self.section_title(s), section_key(s), self.styles.toc[0])
            for s in self.included
        ]
        story.append(Spacer(1, 10 * mm))
        return story

    # -- summary ---------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        paragraphs = re.split(r"\n\s*\n", self.data.cover.summary.strip())
        story: list[Flowable] = [self.heading(Section.SUMMARY)]
        story += [
            Paragraph(self.mixed(p.strip()), self.styles.body) for p in paragraphs if p.strip()
        ]
        return story
