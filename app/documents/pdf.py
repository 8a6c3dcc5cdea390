"""What the deletion-support list and the complaint helper share with the case summary: the
same page, header, footer and styles (app/report_layout.py), built in memory, then written
out carefully (app/safe_export.py) with one custody event in the transaction that renames the
file into place. Also used for the CSV and calendar files (`save_bytes`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from io import BytesIO
from pathlib import Path

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from quietcase.app.case import Case
from quietcase.app.core.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from quietcase.app.core.transactions import writing
from quietcase.app.documents.safe_export import Notice, new_file
from quietcase.app.documents.summary.fonts import ReportFonts
from quietcase.app.documents.summary.layout import PageDecor, ReportCanvas, ReportDoc
from quietcase.app.documents.summary.pdf import encrypt
from quietcase.app.documents.summary.text import Words
from quietcase.app.evidence import custody


@dataclass(frozen=True)
class Rendered:
    """A finished document in memory; `detail` describes it for the custody log."""

    data: bytes
    pages: int
    detail: str
    encrypted: bool = False

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Saved:
    """What was written; `notices` are the warnings she was (or should be) shown."""

    path: Path
    size: int
    sha256: str
    pages: int = 0
    encrypted: bool = False
    notices: list[Notice] = field(default_factory=list)


def build_pdf(
    story: list[Flowable],
    *,
    words: Words,
    fonts: ReportFonts,
    header: str,
    meta_title: str,
    made_at: datetime,
    items: int,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    password: str = "",
) -> tuple[bytes, int]:
    """Lay `story` out on the case summary's pages; flowables marked `qc_item` count as
    progress. Returns the PDF (encrypted with AES-256 when a password is given) and its pages."""
    decor = PageDecor(words, fonts, header, words.long_date(words.local(made_at)), made_at)
    done = [0]

    def after(flowable: Flowable) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if getattr(flowable, "qc_item", False):
            done[0] += 1
            progress(Progress(0, 0, min(done[0], items), items))

    out = BytesIO()
    doc = ReportDoc(
        out,
        after,
        title=meta_title,
        lang="ko-KR" if words.korean else "en",
        initialFontName=fonts.regular,
    )
    doc.build(story, canvasmaker=partial(ReportCanvas, decor=decor))
    pdf = out.getvalue()
    if password:
        pdf = encrypt(pdf, password)
    progress(Progress(0, 0, items, items))
    return pdf, int(doc.page)


def save_rendered(
    case: Case,
    rendered: Rendered,
    out: Path,
    notices: list[Notice],
    cancel: CancelToken | None = None,
    before_place: Callable[[], object] | None = None,
) -> Saved:
    """Write `rendered` to the new file `out` and record one custody `export` event; on
    Cancel or any error nothing is left at `out` and the case is unchanged. `before_place`
    runs inside the same transaction (the complaint helper keeps its new exhibit numbers)."""
    out = Path(out)
    with new_file(out) as file:
        view = memoryview(rendered.data)
        for start in range(0, len(view), 1 << 20):
            if cancel is not None:
                cancel.raise_if_cancelled()
            file.handle.write(view[start : start + (1 << 20)])
        with writing(case.vault):
            if before_place is not None:
                before_place()
            case.custody.record(
                custody.EXPORT,
                None,
                f"{rendered.detail}; saved as {out.name}; sha256 {rendered.sha256}",
            )
            file.place()
    return Saved(
        path=out,
        size=len(rendered.data),
        sha256=rendered.sha256,
        pages=rendered.pages,
        encrypted=rendered.encrypted,
        notices=notices,
    )
