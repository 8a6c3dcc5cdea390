"""The case summary for counsel, the police or a support centre, as a PDF.

`render_report` builds it in memory (for the window's preview and for printing: no temporary
file); `export_report` writes it to a file she chose, carefully (app/safe_export.py), and
records the export in the custody log. Both take a progress callback and a `CancelToken`, so
the window's worker can show progress and stop; a cancelled export leaves nothing behind.

Sections, wording and look: app/report_data.py (what goes in), app/report_sections.py and
app/report_evidence.py (the sections), app/report_layout.py (page, styles, contents),
app/report_text.py (English and Korean), app/report_fonts.py (a Korean font, embedded).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import partial
from io import BytesIO
from pathlib import Path

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from quietcase.app.case import Case
from quietcase.app.core.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from quietcase.app.core.transactions import writing
from quietcase.app.documents import exhibits
from quietcase.app.documents.safe_export import Notice, check_target, destination_notices, new_file
from quietcase.app.documents.summary.data import (
    ReportData,
    ReportOptions,
    Section,
    Thumbnails,
    collect,
)
from quietcase.app.documents.summary.evidence import evidence_register
from quietcase.app.documents.summary.fonts import choose_fonts, needs_korean
from quietcase.app.documents.summary.layout import PageDecor, ReportCanvas, ReportDoc, Styles
from quietcase.app.documents.summary.lists import AllSections
from quietcase.app.documents.summary.text import Words
from quietcase.app.evidence import custody
from quietcase.storage.exhibits import Exhibit

PASSWORD_ALGORITHM = "AES-256"  # PDF 2.0 standard security handler, V=5 R=6


@dataclass(frozen=True)
class RenderedReport:
    """A finished summary in memory."""

    pdf: bytes
    pages: int
    incidents: int
    evidence_ids: tuple[int, ...]
    custody_head: str
    encrypted: bool
    # the exhibit numbers it was made with (kept and planned), kept when it leaves the program
    exhibits: dict[int, Exhibit] = field(default_factory=dict)
    messages: int = 0

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


@dataclass(frozen=True)
class ExportResult:
    """What was written; `notices` are the warnings she was (or should be) shown."""

    path: Path
    pages: int
    size: int
    sha256: str
    encrypted: bool
    custody_head: str
    notices: list[Notice] = field(default_factory=list)


def check_report(case: Case, options: ReportOptions) -> None:
    """Raise `UserError` now if the summary cannot be made as asked (a missing record id, no
    font for Korean), before she chooses a file or waits for anything."""
    data = collect(case, options)
    choose_fonts(Words(options.language).korean or needs_korean(data.texts()))


def export_notices(out: Path, options: ReportOptions) -> list[Notice]:
    """What to tell her before writing the PDF to `out` (not encrypted, cloud, shared)."""
    return destination_notices(Path(out), encrypted=bool(options.password))


def render_report(
    case: Case,
    options: ReportOptions,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> RenderedReport:
    """Build the summary in memory (nothing is written anywhere)."""
    data = collect(case, options)
    words = Words(options.language, data.zone)
    fonts = choose_fonts(words.korean or needs_korean(data.texts()))
    styles = Styles(fonts)
    sections = AllSections(data, words, styles)
    story = _story(case, sections)
    title = data.cover.title.strip() or words("default_title")
    decor = PageDecor(
        words,
        fonts,
        title,
        words.long_date(words.local(data.made_at)),
        data.made_at,
    )
    total = len(data.incidents) + len(data.evidence)
    done = [0]

    def after(flowable: Flowable) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if getattr(flowable, "qc_item", False):
            done[0] += 1
            progress(Progress(0, 0, done[0], total))

    out = BytesIO()
    doc = ReportDoc(
        out,
        after,
        title=words("meta_title"),
        lang="ko-KR" if words.korean else "en",
        initialFontName=fonts.regular,  # no stray reference to a font that is not embedded
    )
    doc.build(story, canvasmaker=partial(ReportCanvas, decor=decor))
    pdf = out.getvalue()
    if options.password:
        pdf = encrypt(pdf, options.password)
    progress(Progress(0, 0, total, total))
    return RenderedReport(
        pdf=pdf,
        pages=doc.page,
        incidents=len(data.incidents),
        evidence_ids=tuple(e.id for e in data.evidence),
        custody_head=data.custody_head,
        encrypted=bool(options.password),
        exhibits=data.exhibits,
        messages=len(data.messages) if Section.MESSAGES in sections.included else 0,
    )


def export_report(
    case: Case,
    options: ReportOptions,
    out: Path,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write the summary to `out` (a new file; never overwrites) and record the export in
    the custody log. On Cancel or any error, nothing is left at `out`."""
    out = Path(out)
    check_target(out)
    notices = export_notices(out, options)
    report = render_report(case, options, progress, cancel)
    with new_file(out) as file:
        view = memoryview(report.pdf)
        for start in range(0, len(view), 1 << 20):
            if cancel is not None:
                cancel.raise_if_cancelled()
            file.handle.write(view[start : start + (1 << 20)])
        with writing(case.vault):
            record_export(case, report, f"saved as {out.name}")
            file.place()
    return ExportResult(
        path=out,
        pages=report.pages,
        size=len(report.pdf),
        sha256=report.sha256,
        encrypted=report.encrypted,
        custody_head=report.custody_head,
        notices=notices,
    )


def record_export(case: Case, report: RenderedReport, how: str) -> None:
    """One custody event for a summary that left the program (saved, printed, bundled), and
    the exhibit numbers it printed kept (every item of the case that had none gets the one
    the summary planned, as the complaint helper would). Call inside the transaction that
    completes the export."""
    kept = keep_exhibits(case, report)
    locked = "encrypted (AES-256), " if report.encrypted else ""
    numbered = f"; {kept} exhibit numbers given" if kept else ""
    chosen = f", {report.messages} chat messages" if report.messages else ""
    case.custody.record(
        custody.EXPORT,
        None,
        f"case summary PDF {how}: {report.pages} pages, {report.incidents} incidents, "
        f"{len(report.evidence_ids)} evidence items ({id_ranges(report.evidence_ids)}){chosen}; "
        f"{locked}sha256 {report.sha256}; custody head printed {report.custody_head}{numbered}",
    )


def keep_exhibits(case: Case, report: RenderedReport) -> int:
    """Keep the exhibit numbers `report` planned (inside the caller's transaction); how many
    were new. A number another document took meanwhile makes the export fail (UNIQUE), so a
    printed number is never given to two items."""
    return exhibits.keep(case, report.exhibits)


def note_printed(case: Case, report: RenderedReport) -> None:
    """Record that she printed the summary (the window calls this after the print dialog)."""
    with writing(case.vault):
        record_export(case, report, "printed")


def encrypt(pdf: bytes, password: str) -> bytes:
    """The same PDF, encrypted with AES-256 (never the 40-bit RC4 default); the password
    opens it, and printing and copying stay allowed for whoever opens it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm=PASSWORD_ALGORITHM)
    writer.add_metadata({"/Producer": "Quietcase", "/Creator": "Quietcase"})
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def id_ranges(ids: tuple[int, ...] | list[int], prefix: str = "E-") -> str:
    """(1, 2, 3, 5) -> "E-1 to E-3, E-5" (never a dash: ids hold one); "none" for no ids."""
    if not ids:
        return "none"
    ordered = sorted(set(ids))
    runs: list[tuple[int, int]] = []
    for n in ordered:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return ", ".join(f"{prefix}{a}" if a == b else f"{prefix}{a} to {prefix}{b}" for a, b in runs)


def _story(case: Case, sections: AllSections) -> list[Flowable]:
    data: ReportData = sections.data
    story = sections.cover() + sections.contents()
    if Section.SUMMARY in sections.included:
        story += sections.summary()
    if Section.TIMELINE in sections.included:
        story += sections.timeline()
    if Section.MESSAGES in sections.included:
        story += sections.transcript()
    if Section.EVIDENCE in sections.included:
        story += evidence_register(sections, _thumbnails(case, data.options.thumbnails))
    if Section.CONTACTS in sections.included:
        story += sections.contacts()
    if Section.REQUESTS in sections.included:
        story += sections.requests()
    if Section.DEADLINES in sections.included:
        story += sections.deadlines()
    if Section.APPENDIX in sections.included:
        story += sections.appendix()
    return story


def _thumbnails(case: Case, choice: Thumbnails) -> partial[bytes | None]:
    return partial(_thumbnail, case, choice)


def _thumbnail(case: Case, choice: Thumbnails, evidence_id: int) -> bytes | None:
    if choice is Thumbnails.NONE:
        return None
    info = case.evidence.image(evidence_id)
    if info is None:
        return None
    return info.thumbnail if choice is Thumbnails.FULL else info.blurred
