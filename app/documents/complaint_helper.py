"""The complaint helper for counsel (고소장 작성 참고자료): not a complaint and not legal advice
(its first page says so), but what a lawyer takes into one, laid out as Korean practice
expects (../shared/design/KOREAN-PRACTICE.md):

1. 범죄일람표 / table of acts: one row per incident in time order: 순번, 일시 (as she knows it),
   장소 (platform, room, addresses), what was done, the offender's IDs, the exhibits.
2. 증거자료 세부 목록 / list of evidence: 증 제1호증 … with branches 증 제3호증의 1, 의 2 for the
   files of one chat export; 증거, 작성자·출처, 수집일, 입증취지, 제출 유무; then each exhibit's
   SHA-256 and intake time. Numbers are stable (app/exhibits.py): kept when the PDF is saved.
3. 피고소인 (contacts with the role suspect, and the IDs recorded with the incidents) and
   참고인 (witnesses, with the incidents each can speak to).
4. When she chose chat messages for the report (Telegram or KakaoTalk), an appendix with
   their transcript, as the case summary prints it (`summary.transcript`): each message's
   time, sender, text, media with its exhibit, and for a text export its lines as written.

Same look as the case summary; built in memory, written carefully, one custody event.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from quietcase.app.case import Case
from quietcase.app.core.progress import CancelToken, ProgressCallback, ignore_progress
from quietcase.app.documents import acts, exhibits
from quietcase.app.documents.pdf import Rendered, Saved, build_pdf, save_rendered
from quietcase.app.documents.safe_export import Notice, check_target, destination_notices
from quietcase.app.documents.summary import layout
from quietcase.app.documents.summary.choices import Section
from quietcase.app.documents.summary.data import ReportData, ReportOptions, collect
from quietcase.app.documents.summary.fonts import choose_fonts, needs_korean
from quietcase.app.documents.summary.layout import Block, Heading, Styles, TocLine, text
from quietcase.app.documents.summary.pdf import id_ranges
from quietcase.app.documents.summary.sections import Sections
from quietcase.app.documents.summary.transcript import WithTranscript
from quietcase.app.documents.text import DocWords
from quietcase.storage.exhibits import Exhibit
from quietcase.storage.records import Contact, ContactRole, Evidence, Incident

SECTIONS = ("ch_acts", "ch_evidence", "ch_people")
TRANSCRIPT = "ch_transcript"  # the appendix, when she chose messages for the report


@dataclass(frozen=True)
class ComplaintOptions:
    language: str = "en"
    password: str = ""  # empty: not encrypted
    time_zone: str = ""  # empty: the case's zone, else the computer's
    # the incidents of the table of acts, for this document only; None: her kept choice
    # (app/documents/acts.py)
    acts: tuple[int, ...] | None = None


@dataclass(frozen=True)
class ComplaintHelper:
    """A rendered helper and the exhibit numbers it printed (kept when it is saved)."""

    rendered: Rendered
    exhibits: dict[int, Exhibit]


def complaint_notices(out: Path, options: ComplaintOptions) -> list[Notice]:
    return destination_notices(Path(out), encrypted=bool(options.password))


def render_complaint_helper(
    case: Case,
    options: ComplaintOptions,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> ComplaintHelper:
    """Build the PDF in memory; nothing is written (numbers not kept yet are only planned)."""
    words = DocWords(options.language)
    everyone = tuple(c.id for c in case.journal.contacts())
    data = collect(
        case,
        ReportOptions(language=words.language, contact_ids=everyone, time_zone=options.time_zone),
    )
    words.zone = data.zone
    numbers = exhibits.numbers(case, data.evidence, data.incidents)
    fonts = choose_fonts(words.korean or needs_korean(data.texts()))
    chosen = acts.acts(case, data.incidents, options.acts)
    helper = _Helper(data, words, Styles(fonts), numbers, chosen)
    story = helper.cover() + helper.acts() + helper.evidence() + helper.people()
    if data.messages:
        story += [PageBreak(), *helper.transcript()]
    pdf, pages = build_pdf(
        story,
        words=words,
        fonts=fonts,
        header=words("ch_meta_title"),
        meta_title=words("ch_meta_title"),
        made_at=data.made_at,
        items=3,
        progress=progress,
        cancel=cancel,
        password=options.password,
    )
    locked = ", encrypted (AES-256)" if options.password else ""
    suspects = sum(1 for c in data.contacts if c.role is ContactRole.SUSPECT)
    detail = (
        f"complaint helper PDF ({words.language}{locked}): {pages} pages, "
        f"{len(chosen)} acts ({id_ranges([i.id for i in chosen], 'I-')}) of "
        f"{len(data.incidents)} incidents, {len(data.evidence)} exhibits "
        f"({id_ranges([e.id for e in data.evidence])}), {suspects} suspects, "
        f"{len(data.messages)} chat messages in the appendix; "
        f"custody head printed {data.custody_head}"
    )
    return ComplaintHelper(Rendered(pdf, pages, detail, bool(options.password)), numbers)


def export_complaint_helper(
    case: Case,
    options: ComplaintOptions,
    out: Path,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Saved:
    """Write the helper to `out` (a new file), keep its exhibit numbers and record the export
    in one transaction; on Cancel or any error nothing is left and nothing is kept."""
    out = Path(out)
    check_target(out)
    notices = complaint_notices(out, options)
    helper = render_complaint_helper(case, options, progress, cancel)
    return save_rendered(
        case,
        helper.rendered,
        out,
        notices,
        cancel,
        before_place=lambda: exhibits.keep(case, helper.exhibits),
    )


class _Helper(WithTranscript, Sections):
    def __init__(
        self,
        data: ReportData,
        words: DocWords,
        styles: Styles,
        numbers: dict[int, Exhibit],
        chosen: list[Incident],
    ) -> None:
        super().__init__(data, words, styles)
        self.exhibit_numbers = numbers
        self.chosen = chosen
        self.known = set()
        self.parts = SECTIONS + ((TRANSCRIPT,) if data.messages else ())

    def title(self, key: str) -> str:
        if key == TRANSCRIPT:
            return self.words(key)
        return f"{SECTIONS.index(key) + 1}. {self.words(key)}"

    def heading(self, section: Section, *, closed: bool = False) -> Heading:
        """The transcript's heading (the only summary section this helper prints)."""
        return self.h1(TRANSCRIPT)

    def exhibit_label(self, evidence_id: int) -> str:
        """A message's file by the exhibit number this helper prints."""
        exhibit = self.exhibit_numbers.get(evidence_id)
        if exhibit is None:
            return f"E-{evidence_id}"
        label = exhibits.label(exhibit, self.words.korean)
        return self.words("exhibit", id=evidence_id, label=label)

    def h1(self, key: str) -> Heading:
        title = self.title(key)
        return Heading(text(title), self.styles.h1, key, title, 0)

    def muted(self, value: str) -> str:
        return f"<font color='{layout.MUTED.hexval()}'>{text(value)}</font>"

    # -- first page ----------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        words, styles, data = self.words, self.styles, self.data
        story: list[Flowable] = [
            Spacer(1, 14 * mm),
            Paragraph(text(words("ch_kicker")), styles.kicker),
            Spacer(1, 4),
            Paragraph(text(words("ch_title")), styles.cover_title),
        ]
        if data.cover.name.strip():
            story.append(self.field(words("prepared_by"), text(data.cover.name.strip())))
        story.append(
            self.field(words("report_date"), text(words.long_date(words.local(data.made_at))))
        )
        story.append(self.field(words("times"), text(words.zone_legend(data.made_at))))
        story += [Spacer(1, 7 * mm), self.warning(), Spacer(1, 5 * mm)]
        story.append(Paragraph(text(words("ch_numbering")), styles.muted))
        story += [Spacer(1, 5 * mm), self.custody_box(), Spacer(1, 8 * mm)]
        title = words("contents")
        story.append(Heading(text(title), styles.h2, "ch-contents", title, 0))
        story += [TocLine(self.title(k), k, styles.toc[0]) for k in self.parts]
        story.append(PageBreak())
        return story

    def warning(self) -> Table:
        words, styles = self.words, self.styles
        content = [
            Paragraph(text(words("ch_not_advice_head")), styles.h3),
            Paragraph(text(words("ch_not_advice")), styles.cell),
        ]
        box = Table([[content]], colWidths=[layout.FRAME_WIDTH], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, layout.ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return box

    # -- 1. table of acts ------------------------------------------------------------------------

    def cite(self, items: list[Evidence]) -> str:
        found = [self.exhibit_numbers[e.id] for e in items if e.id in self.exhibit_numbers]
        return exhibits.cite(found, self.words.korean)

    def acts(self) -> list[Flowable]:
        words, styles, data = self.words, self.styles, self.data
        story: list[Flowable] = [
            self.h1("ch_acts"),
            Paragraph(
                text(words("ch_acts_intro", n=len(self.chosen), total=len(data.incidents))),
                styles.body,
            ),
        ]
        if not self.chosen:
            return story + [Paragraph(text(words("ch_no_acts")), styles.body), PageBreak()]
        evidence_of: dict[int, list[Evidence]] = {}
        for item in data.evidence:
            for incident_id in item.incident_ids:
                evidence_of.setdefault(incident_id, []).append(item)
        rows = [
            self.act_row(n, incident, evidence_of.get(incident.id, []))
            for n, incident in enumerate(self.chosen, 1)
        ]
        keys = ("col_no", "ch_col_when", "ch_col_place", "ch_col_act", "ch_col_offender")
        head = [words(k) for k in keys] + [words("ch_col_exhibits")]
        table = self.table(head, rows, [9, 19, 36, 48, 32, 26])
        table.qc_item = True
        return story + [table, PageBreak()]

    def act_row(self, n: int, incident: Incident, items: list[Evidence]) -> list[Any]:
        words = self.words
        place: list[Flowable] = [self.cell(text(words.platform(incident.platform)))]
        if incident.place:
            place.append(self.whole(incident.place))
        place += [self.url(link.url) for link in incident.links]
        act = f"<b>{text(incident.title)}</b>"
        if incident.description:
            act += "<br/>" + text(incident.description)
        return [
            self.cell(f"{n}<br/>{self.muted(f'I-{incident.id}')}"),
            self.cell(text(words.when(incident.when))),
            place,
            self.cell(act),
            [self.whole(h) for h in incident.handles] or self.cell(""),
            self.cell(text(self.cite(items))),
        ]

    # -- 2. evidence -----------------------------------------------------------------------------

    def ordered(self) -> list[tuple[Exhibit, Evidence]]:
        items = {e.id: e for e in self.data.evidence}
        pairs = [(self.exhibit_numbers[i], items[i]) for i in items if i in self.exhibit_numbers]
        return sorted(pairs, key=lambda p: (p[0].number, p[0].branch))

    def evidence(self) -> list[Flowable]:
        words, styles = self.words, self.styles
        pairs = self.ordered()
        story: list[Flowable] = [
            self.h1("ch_evidence"),
            Paragraph(text(words("ch_evidence_intro", n=len(pairs))), styles.body),
        ]
        if not pairs:
            return story + [Paragraph(text(words("ch_no_evidence")), styles.body), PageBreak()]
        rows = [self.evidence_row(exhibit, item) for exhibit, item in pairs]
        keys = ("ch_col_exhibit", "ch_col_item", "ch_col_author", "ch_col_collected")
        head = [words(k) for k in keys] + [words("ch_col_purpose"), words("ch_col_submitted")]
        table = self.table(head, rows, [22, 34, 40, 18, 38, 18])
        table.qc_item = True
        story.append(table)
        hashes = [
            [
                self.cell(f"{text(exhibits.label(exhibit, words.korean))}"),
                Paragraph(item.sha256, styles.cell_mono),
                self.cell(text(words.timestamp(item.added_at))),
            ]
            for exhibit, item in pairs
        ]
        head = [words("ch_col_exhibit"), "SHA-256", words("ch_col_intake")]
        story += self.table_heading(words("ch_hashes"), styles.h2)
        story.append(Paragraph(text(words("ch_hashes_intro")), styles.muted))
        story.append(self.table(head, hashes, [30, 104, 36]))
        story.append(PageBreak())
        return story

    def evidence_row(self, exhibit: Exhibit, item: Evidence) -> list[Any]:
        words = self.words
        number = f"{text(exhibits.label(exhibit, words.korean))}<br/>{self.muted(f'E-{item.id}')}"
        kind = f"{item.media_type} · {words.size(item.size)}"
        name = f"{text(item.filename)}<br/>{self.muted(kind)}"
        source = self.source_cell(text(item.captured_by), item.source_url)
        submitted = (
            words(f"ch_submitted_{exhibit.submitted}") if exhibit.submitted else words("none")
        )
        return [
            self.cell(number),
            self.cell(name),
            source,
            self.cell(text(words.when(item.captured) if item.captured else "")),
            self.cell(text(item.shows)),
            self.cell(text(submitted)),
        ]

    # -- 3. people -------------------------------------------------------------------------------

    def incidents_of(self, contact: Contact) -> list[Incident]:
        return [i for i in self.data.incidents if contact.id in i.contact_ids]

    def people(self) -> list[Flowable]:
        words, styles = self.words, self.styles
        story: list[Flowable] = [self.h1("ch_people")]
        story.append(Paragraph(text(words("ch_accused")), styles.h2))
        suspects = [c for c in self.data.contacts if c.role is ContactRole.SUSPECT]
        if not suspects:
            story.append(Paragraph(text(words("ch_no_suspect")), styles.body))
        for contact in suspects:
            block = Block(self.suspect(contact))
            block.qc_item = True
            story.append(block)
        story += self.handles()
        story.append(Paragraph(text(words("ch_witnesses")), styles.h2))
        witnesses = [c for c in self.data.contacts if c.role is ContactRole.WITNESS]
        if not witnesses:
            return story + [Paragraph(text(words("ch_no_witness")), styles.body)]
        rows = [
            [
                self.cell(f"{text(c.name)}<br/>{self.muted(f'C-{c.id}')}"),
                self.cell("<br/>".join(text(v) for v in (c.phone, c.email, c.organisation) if v)),
                self.cell("<br/>".join(text(f"I-{i.id} {i.title}") for i in self.incidents_of(c))),
            ]
            for c in witnesses
        ]
        head = [words("col_name"), words("ch_col_reach"), words("ch_col_speaks")]
        story.append(self.table(head, rows, [40, 45, 85]))
        return story

    def suspect(self, contact: Contact) -> list[Flowable]:
        words, styles = self.words, self.styles
        unknown = self.muted(words("ch_unknown"))
        incidents = ", ".join(f"I-{i.id}" for i in self.incidents_of(contact))
        values = [
            ("ch_ids", ", ".join(contact.handles)),
            ("ch_phone", contact.phone),
            ("ch_email", contact.email),
            ("ch_organisation", contact.organisation),
            ("ch_in_incidents", incidents),
        ]
        out: list[Flowable] = [
            Paragraph(
                f"{self.mixed(contact.name)}&nbsp;&nbsp;{self.muted(f'C-{contact.id}')}", styles.h3
            )
        ]
        out += [self.field(words(k), text(v) if v else unknown) for k, v in values]
        return out

    def handles(self) -> list[Flowable]:
        words = self.words
        seen: dict[str, list[int]] = {}
        for incident in self.data.incidents:
            for handle in incident.handles:
                seen.setdefault(handle, []).append(incident.id)
        if not seen:
            return []
        rows = [
            [self.cell(text(h)), self.cell(text(", ".join(f"I-{i}" for i in ids)))]
            for h, ids in seen.items()
        ]
        story = self.table_heading(words("ch_handles_title"), self.styles.h3)
        story.append(self.table([words("ch_col_handle"), words("ch_col_seen")], rows, [60, 110]))
        return story
