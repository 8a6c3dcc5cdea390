"""The deletion-support list (삭제지원 요청 목록): every link she recorded, grouped by platform,
for a support centre, the standards commission or a platform's report form; as PDF (the case
summary's look) or CSV.

For each link: the address, the post's title, the uploader's ID or nickname, keywords, when it
was found, its status and when it was last checked, and the evidence items that show the post
(those whose source address is the link's), with their SHA-256 at the end. Links are chosen
by incident, platform and status (for example only those still online). Pictures are never
printed. Also the links as rows for `list VAULT links` and the window's links view, and the
use case that records a link's status after she checked it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer  # type: ignore[import-untyped]

from quietcase.app.case import Case
from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.progress import CancelToken, ProgressCallback, ignore_progress
from quietcase.app.documents import exhibits
from quietcase.app.documents.csv_export import NOT_ENCRYPTED_CSV, csv_bytes
from quietcase.app.documents.pdf import Rendered, Saved, build_pdf, save_rendered
from quietcase.app.documents.safe_export import Notice, check_target, destination_notices
from quietcase.app.documents.summary import layout
from quietcase.app.documents.summary.data import ReportOptions, collect
from quietcase.app.documents.summary.fonts import choose_fonts, needs_korean
from quietcase.app.documents.summary.layout import Styles, text
from quietcase.app.documents.summary.pdf import id_ranges
from quietcase.app.documents.summary.sections import Sections
from quietcase.app.documents.text import DocWords
from quietcase.app.journal.links import LinkRow, all_links, by_platform, platform_names
from quietcase.storage.exhibits import Exhibit
from quietcase.storage.records import Evidence, LinkStatus, RequestKind, RequestStatus

STALE_DAYS = 30  # a status older than this is shown as checked long ago

WRONG_KIND = QT_TRANSLATE_NOOP(
    "Quietcase", "The deletion list is saved as a PDF or a CSV file: please name it .pdf or .csv."
)


@dataclass(frozen=True)
class DeletionChoice:
    """Which links go into the list, and in which language; empty means all."""

    incident_ids: tuple[int, ...] = ()
    platform: str = ""
    status: LinkStatus | None = None
    language: str = "en"
    password: str = ""  # PDF only; empty: not encrypted
    time_zone: str = ""  # empty: the case's zone, else the computer's
    # False: only the links not removed yet (what a centre can still act on); a status
    # asked for is always listed
    all_links: bool = False


def choose(case: Case, choice: DeletionChoice) -> list[LinkRow]:
    """The links the choice selects (a missing incident id is an error she sees)."""
    for incident_id in choice.incident_ids:
        case.journal.incident(incident_id)
    wanted = set(choice.incident_ids)
    platform = choice.platform.strip().casefold()
    rows = []
    for row in all_links(case):
        if wanted and row.incident.id not in wanted:
            continue
        if choice.status is not None and row.link.status is not choice.status:
            continue
        if choice.status is None and not choice.all_links:
            if row.link.status is LinkStatus.REMOVED:
                continue
        if platform and platform not in platform_names(row):
            continue
        rows.append(row)
    return rows


# -- the PDF ---------------------------------------------------------------------------------


def _words_needed(rows: list[LinkRow]) -> list[str]:
    out = []
    for row in rows:
        link = row.link
        out += [row.platform, link.url, link.post_title, link.uploader, link.keywords]
        out += [e.filename for e in (*row.evidence, *row.same_incident)]
    return out


def render_deletion_pdf(
    case: Case,
    choice: DeletionChoice,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Rendered:
    """The list as a PDF, in memory."""
    rows = choose(case, choice)
    words = DocWords(choice.language)
    data = collect(
        case, ReportOptions(language=words.language, contact_ids=(), time_zone=choice.time_zone)
    )
    words.zone = data.zone
    fonts = choose_fonts(words.korean or needs_korean(_words_needed(rows) + [data.cover.name]))
    styles = Styles(fonts)
    s = Sections(data, words, styles)
    today = words.local(data.made_at).date()
    groups = by_platform(rows)
    story = _front(s, choice, rows, groups)
    number = 0
    for platform, members in groups:
        name = words.platform(platform) or words("dl_unknown_platform")
        key = "dl_platform_heading_one" if len(members) == 1 else "dl_platform_heading"
        story += s.table_heading(words(key, platform=name, n=len(members)), styles.h2)
        table_rows = []
        for row in members:
            number += 1
            table_rows.append(_row(s, number, row, today))
        keys = ("col_no", "dl_col_post", "dl_col_uploader", "dl_col_keywords", "dl_col_found")
        head = [words(k) for k in keys] + [words("dl_col_status"), words("dl_col_evidence")]
        table = s.table(head, table_rows, [9, 44, 26, 23, 21, 25, 19])
        table.qc_item = True
        story.append(table)
    story += _evidence_table(s, rows)
    pdf, pages = build_pdf(
        story,
        words=words,
        fonts=fonts,
        header=words("dl_meta_title"),
        meta_title=words("dl_meta_title"),
        made_at=data.made_at,
        items=len(groups),
        progress=progress,
        cancel=cancel,
        password=choice.password,
    )
    locked = ", encrypted (AES-256)" if choice.password else ""
    detail = (
        f"deletion list PDF ({words.language}{locked}): {pages} pages, {len(rows)} links "
        f"({_choice_text(choice)})"
    )
    return Rendered(pdf, pages, detail, bool(choice.password))


def _choice_text(choice: DeletionChoice) -> str:
    parts = []
    if choice.incident_ids:
        parts.append("incidents " + id_ranges(choice.incident_ids, "I-"))
    if choice.platform:
        parts.append(f"platform {choice.platform}")
    if choice.status is not None:
        parts.append(f"status {choice.status.value}")
    return ", ".join(parts) or "all links"


def _front(
    s: Sections,
    choice: DeletionChoice,
    rows: list[LinkRow],
    groups: list[tuple[str, list[LinkRow]]],
) -> list[Flowable]:
    words, styles, data = s.words, s.styles, s.data
    chosen = []
    if choice.incident_ids:
        chosen.append(words("dl_incidents", v=", ".join(f"I-{i}" for i in choice.incident_ids)))
    if choice.platform:
        chosen.append(words("dl_platform", v=choice.platform))
    if choice.status is not None:
        chosen.append(words("dl_status", v=words(choice.status.value)))
    if choice.status is None and not choice.all_links:
        chosen.append(words("dl_not_removed"))
    online = sum(1 for r in rows if r.link.status is LinkStatus.ONLINE)
    story: list[Flowable] = [
        Paragraph(text(words("dl_kicker")), styles.kicker),
        Spacer(1, 3),
        Paragraph(text(words("dl_title")), styles.cover_title),
    ]
    if data.cover.name.strip():
        story.append(s.field(words("dl_applicant"), text(data.cover.name.strip())))
    references = [
        words("dl_reference", v=r.reference, kind=words("kind_" + r.kind.value), id=r.id)
        for r in data.requests
        if r.reference.strip()
        and r.status is not RequestStatus.DRAFT
        and r.kind in (RequestKind.SUPPORT_CENTRE, RequestKind.POLICE_REPORT)
    ]
    reference_fields = (
        [s.field(words("dl_references"), text("\n".join(references)))] if references else []
    )
    story += [
        s.field(words("report_date"), text(words.long_date(words.local(data.made_at)))),
        s.field(words("times"), text(words.zone_legend(data.made_at))),
        *reference_fields,
        s.field(words("dl_for"), text(words("dl_for_value"))),
        s.field(words("dl_choice"), text(", ".join(chosen) or words("dl_all"))),
        s.field(
            words("dl_counts_label"),
            text(words("dl_counts", n=len(rows), p=len(groups), online=online)),
        ),
        Spacer(1, 6),
        Paragraph(text(words("dl_intro")), styles.body),
        Paragraph(text(words("dl_files")), styles.muted),
        s.field(words("dl_contact_label"), text(words("dl_contact"))),
    ]
    if rows and not any(keywords(r) for r in rows):
        story.append(Paragraph(text(words("dl_no_keywords")), styles.muted))
    if not rows:
        story.append(Paragraph(text(words("dl_none")), styles.body))
    return story


def _row(s: Sections, number: int, row: LinkRow, today: date) -> list[Any]:
    words, link = s.words, row.link
    muted = layout.MUTED.hexval()
    title = words("dl_title_of", v=link.post_title) if link.post_title else words("dl_no_title")
    post = [s.url(link.url), s.cell(f"<font color='{muted}'>{text(title)}</font>")]
    status = f"<b>{text(words(link.status.value))}</b>"
    if link.checked_on is None:
        status += f"<br/><font color='{muted}'>{text(words('dl_not_checked'))}</font>"
    else:
        status += "<br/>" + text(words("dl_checked", v=link.checked_on.isoformat()))
        days = (today - link.checked_on).days
        if days > STALE_DAYS:
            status += f"<br/><font color='{muted}'>{text(words('dl_stale', days=days))}</font>"
    if row.evidence:
        evidence = s.evidence_links([e.id for e in row.evidence], linked=False)
        evidence += f"<br/><font color='{muted}'>{text(_ids(row.evidence))}</font>"
    elif row.same_incident:
        ids = s.evidence_links([e.id for e in row.same_incident], linked=False)
        ids += f" ({_ids(row.same_incident)})"
        evidence = f"<font color='{muted}'>{text(words('dl_same_incident', ids=ids))}</font>"
    else:
        evidence = ""
    evidence += ("<br/>" if evidence else "") + f"<font color='{muted}'>I-{row.incident.id}</font>"
    return [
        s.cell(str(number)),
        post,
        s.whole(link.uploader),
        s.cell(text(keywords(row))),
        s.cell(text(link.found_on.isoformat() if link.found_on else "")),
        s.cell(status),
        s.cell(evidence),
    ]


def _evidence_table(s: Sections, rows: list[LinkRow]) -> list[Flowable]:
    words, styles = s.words, s.styles
    items: dict[int, Evidence] = {}
    for row in rows:
        for item in (*row.evidence, *row.same_incident):
            items[item.id] = item
    if not items:
        return []

    def order(item: Evidence) -> tuple[int, int, int]:
        return exhibits.sort_key(s.data.exhibits.get(item.id), item.id)

    table_rows = [
        [
            s.cell(text(s.exhibit_label(item.id)).replace(" (", "<br/>(", 1)),
            s.cell(text(item.filename)),
            Paragraph(item.sha256, styles.cell_mono),
            s.cell(text(words.timestamp(item.added_at))),
        ]
        for item in sorted(items.values(), key=order)
    ]
    head = [words(k) for k in ("dl_col_id", "dl_col_file", "dl_col_sha", "dl_col_added")]
    table = s.table(head, table_rows, [22, 30, 94, 24])
    table.qc_item = True
    return [
        *s.table_heading(words("dl_evidence_title"), styles.h2),
        Paragraph(text(words("dl_evidence_intro")), styles.muted),
        table,
    ]


def keywords(row: LinkRow) -> str:
    """The link's keywords, else the incident's (her words to find the post by)."""
    return row.link.keywords.strip() or ", ".join(row.incident.tags)


def _ids(items: tuple[Evidence, ...] | list[Evidence]) -> str:
    return ", ".join(f"E-{e.id}" for e in items)


# -- CSV and saving ----------------------------------------------------------------------------


def deletion_csv(
    rows: list[LinkRow], language: str = "en", numbers: dict[int, Exhibit] | None = None
) -> bytes:
    """The list as CSV for a spreadsheet (UTF-8 with BOM, formulas neutralised); `numbers`
    gives the evidence's exhibit numbers (as in every other document)."""
    words = DocWords(language)
    numbers = numbers or {}

    def named(item: Evidence) -> str:
        exhibit = numbers.get(item.id)
        if exhibit is None:
            return f"E-{item.id}"
        return f"{exhibits.label(exhibit, words.korean)} (E-{item.id})"

    keys = (
        "col_no",
        "col_platform",
        "dl_csv_url",
        "dl_csv_title",
        "dl_col_uploader",
        "dl_col_keywords",
        "dl_col_found",
        "dl_col_status",
        "dl_csv_checked",
        "dl_col_incident",
        "dl_col_evidence",
        "dl_col_sha",
    )
    head = [words(k) for k in keys]
    body = []
    number = 0
    for _, members in by_platform(rows):
        for row in members:
            number += 1
            link = row.link
            shown = row.evidence or row.same_incident
            body.append(
                [
                    str(number),
                    words.platform(row.platform),
                    link.url,
                    link.post_title,
                    link.uploader,
                    keywords(row),
                    link.found_on.isoformat() if link.found_on else "",
                    words(link.status.value),
                    link.checked_on.isoformat() if link.checked_on else "",
                    f"I-{row.incident.id}",
                    "; ".join(named(e) for e in shown),
                    " ".join(e.sha256 for e in shown),
                ]
            )
    return csv_bytes(head, body)


def deletion_notices(out: Path, choice: DeletionChoice) -> list[Notice]:
    """What to tell her before writing the list to `out`."""
    out = Path(out)
    if _is_csv(out):
        return [Notice(NOT_ENCRYPTED_CSV), *destination_notices(out, encrypted=True)]
    return destination_notices(out, encrypted=bool(choice.password))


def _is_csv(out: Path) -> bool:
    suffix = Path(out).suffix.lower()
    if suffix not in (".csv", ".pdf"):
        raise UserError(WRONG_KIND, EXIT_USAGE)
    return suffix == ".csv"


def export_deletion_list(
    case: Case,
    choice: DeletionChoice,
    out: Path,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Saved:
    """Write the list to `out` (.pdf or .csv; a new file) and record the export."""
    out = Path(out)
    as_csv = _is_csv(out)
    check_target(out)
    notices = deletion_notices(out, choice)
    if as_csv:
        rows = choose(case, choice)
        rendered = Rendered(
            deletion_csv(
                rows,
                choice.language,
                exhibits.numbers(case, case.evidence.items(), case.journal.incidents()),
            ),
            0,
            f"deletion list CSV ({DocWords(choice.language).language}): {len(rows)} links "
            f"({_choice_text(choice)})",
        )
    else:
        rendered = render_deletion_pdf(case, choice, progress, cancel)
    return save_rendered(case, rendered, out, notices, cancel)
