"""The look of the case summary: page frame, styles, header and footer, headings that are
PDF bookmarks and link targets, and a table of contents with page numbers.

Built in a single pass. Numbers not known until the end ("of 12", each section's page in the
table of contents) are PDF form XObjects referenced where they are shown and defined once they
are known (the total in `save`, a section's page when its heading is drawn), so a long report
is laid out once rather than two or three times.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph  # type: ignore[import-untyped]

from quietcase.app.documents.summary import fonts as report_fonts
from quietcase.app.documents.summary.fonts import ReportFonts
from quietcase.app.documents.summary.text import Words

PAGE = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 24 * mm, 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
LABEL_WIDTH = 33 * mm  # the label column of "label  value" blocks

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#b8bec6")
SHADE = colors.HexColor("#eef1f4")
LINK = colors.HexColor("#1f4e8c")

rl_config.useA85 = 0  # binary streams: JPEG previews embedded as they are, a quarter smaller


def text(value: object) -> str:
    """Her text, safe inside reportlab's paragraph markup; line breaks kept."""
    return escape(str(value)).replace("\r\n", "\n").replace("\n", "<br/>")


URL_BREAK_AFTER = "/"
URL_BREAK_BEFORE = "?&"
URL_SMALLEST = 5.6  # points: a piece too long for its column is printed smaller, not cut


def url_pieces(url: str) -> list[str]:
    """The pieces a web address may be wrapped between: after `/` (never inside `//`),
    before `?` and `&`. Joined, they are the address exactly."""
    pieces: list[str] = []
    start = 0
    for n, char in enumerate(url):
        after = char in URL_BREAK_AFTER and url[n + 1 : n + 2] not in ("/", "")
        before = char in URL_BREAK_BEFORE and n > start
        if before:
            pieces.append(url[start:n])
            start = n
        if after:
            pieces.append(url[start : n + 1])
            start = n + 1
    if start < len(url):
        pieces.append(url[start:])
    return pieces


def url_lines(url: str, width: float, font: str, size: float) -> list[str]:
    """The address in lines no wider than `width`, broken only between `url_pieces`; a
    piece wider than a whole line gets a line of its own (the caller prints it smaller)."""
    lines: list[str] = []
    line = ""
    for piece in url_pieces(url):
        if line and stringWidth(line + piece, font, size) > width:
            lines.append(line)
            line = ""
        line += piece
    if line or not lines:
        lines.append(line)
    return lines


class Url(Paragraph):  # type: ignore[misc]
    """A web address as one paragraph that wraps only at `/`, `?` and `&` with nothing
    inserted, so the text copied from the PDF is the exact address. When one piece is wider
    than the column the whole address is printed smaller, down to `URL_SMALLEST`; only below
    that is a piece cut. `lead` is markup on the lines above the address (who captured it),
    so a cell holds one paragraph, not a list (a list costs reportlab much more)."""

    def __init__(
        self, url: str, style: ParagraphStyle, bullet: str | None = None, lead: str = ""
    ) -> None:
        self.url, self.url_style, self.bullet = url, style, bullet
        self.lead = lead + "<br/>" if lead else ""
        self.laid_for: float | None = None  # the width the lines were last made for
        self.one_line = True  # as __init__ made it: the whole address on one line
        super().__init__(self.lead + escape(url), style, bulletText=bullet)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width != self.laid_for:  # tables ask several times for the same width
            self.laid_for = available_width
            self._lay_out(available_width)
        width_used, height = super().wrap(available_width, available_height)
        return width_used, height

    def _lay_out(self, available_width: float) -> None:
        style = self.url_style
        indent = style.leftIndent + style.rightIndent
        width = max(available_width - indent - 0.5, 1.0)
        font, size = style.fontName, float(style.fontSize)
        if stringWidth(self.url, font, size) <= width:  # the common case: it fits
            if not self.one_line:
                self.one_line = True
                markup = self.lead + escape(self.url)
                Paragraph.__init__(self, markup, style, bulletText=self.bullet)
            return
        while True:
            lines = url_lines(self.url, width, font, size)
            widest = max(stringWidth(line, font, size) for line in lines)
            if widest <= width or size <= URL_SMALLEST:
                break
            size = max(size - 0.4, URL_SMALLEST)
        if widest > width:  # the last resort: cut the pieces that still do not fit
            lines = [part for line in lines for part in _cut_to(line, width, font, size)]
        if size != style.fontSize:
            leading = style.leading * size / style.fontSize
            style = ParagraphStyle(style.name + "Url", parent=style, fontSize=size, leading=leading)
        markup = self.lead + "<br/>".join(escape(line) for line in lines)
        self.one_line = False
        Paragraph.__init__(self, markup, style, bulletText=self.bullet)


def _cut_to(line: str, width: float, font: str, size: float) -> list[str]:
    out: list[str] = []
    part = ""
    for char in line:
        if part and stringWidth(part + char, font, size) > width:
            out.append(part)
            part = ""
        part += char
    return [*out, part]


class Styles:
    """Paragraph styles for one report (font and language)."""

    def __init__(self, fonts: ReportFonts) -> None:
        self.fonts = fonts
        regular, bold = fonts.regular, fonts.bold

        def style(name: str, **kw: Any) -> ParagraphStyle:
            base: dict[str, Any] = {
                "fontName": regular,
                "fontSize": 9.5,
                "leading": 13.5,
                "textColor": INK,
                "alignment": TA_LEFT,
                "splitLongWords": 1,
                "allowWidows": 0,
                "allowOrphans": 0,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = style("body", spaceAfter=5)
        self.muted = style("muted", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=4)
        self.cell = style("cell", fontSize=8.2, leading=10.6)
        self.cell_bold = style("cellBold", fontName=bold, fontSize=8.2, leading=10.6)
        self.cell_head = style("cellHead", fontName=bold, fontSize=7.8, leading=10, textColor=MUTED)
        self.cell_mono = style("cellMono", fontName=fonts.mono, fontSize=7.2, leading=10)
        self.field = style(
            "field",
            fontSize=8.6,
            leading=11.8,
            leftIndent=LABEL_WIDTH,
            bulletIndent=0,
            bulletFontName=regular,
            bulletFontSize=7.8,
            bulletColor=MUTED,
            spaceAfter=1.5,
        )
        self.field_more = style("fieldMore", parent=self.field, spaceBefore=0)
        self.field_mono = style("fieldMono", parent=self.field, fontName=fonts.mono, fontSize=7.3)
        self.mono = style("mono", fontName=fonts.mono, fontSize=7.6, leading=11)
        self.h1 = style(
            "h1",
            fontName=bold,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=8,
            keepWithNext=1,
        )
        self.h2 = style(
            "h2",
            fontName=bold,
            fontSize=11.2,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h3 = style(
            "h3",
            fontName=bold,
            fontSize=9.8,
            leading=13,
            spaceBefore=9,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.meta = style(
            "meta", fontSize=8.2, leading=11, textColor=MUTED, spaceAfter=3, keepWithNext=1
        )
        self.kicker = style("kicker", fontName=bold, fontSize=9, leading=12, textColor=MUTED)
        self.cover_title = style(
            "coverTitle", fontName=bold, fontSize=22, leading=28, textColor=ACCENT, spaceAfter=14
        )
        self.toc = [
            style("toc0", fontName=bold, fontSize=10, leading=15),
            style("toc1", fontSize=9, leading=13),
        ]


@dataclass
class PageDecor:
    """What every page shows: the case title and report date above, page x of y below."""

    words: Words
    fonts: ReportFonts
    case_title: str
    report_date: str
    made_at: datetime


class ReportCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds each finished page back until the end, so every page can say
    "of 12" and the contents can give each section's page in the same text line a PDF reader
    extracts. Bookmark targets are placed then too, when each page gets its real number."""

    def __init__(self, filename: Any, *, decor: PageDecor, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self.decor = decor
        self.showOutline()  # open with the bookmarks pane
        stamp = self._doc._timeStamp  # the report's date comes from the injected clock
        stamp.t = decor.made_at.timestamp()
        stamp.lt = time.gmtime(stamp.t)
        stamp.YMDhms = tuple(stamp.lt)[:6]
        stamp.dhh = stamp.dmm = 0
        stamp.tzname = "UTC"
        self.held: list[dict[str, Any]] = []
        self.pending: list[Callable[[ReportCanvas], None]] = []  # for the current page
        self.section_pages: dict[str, int] = {}

    def later(self, action: Callable[[ReportCanvas], None]) -> None:
        """Do this on the current page once the page count is known."""
        self.pending.append(action)

    def mark(self, key: str, relative_x: float, relative_y: float) -> None:
        """A link target (and bookmark destination) here, on this page."""
        left, top = self.absolutePosition(relative_x, relative_y)
        self.section_pages.setdefault(key, self.getPageNumber())

        def place(canv: ReportCanvas) -> None:
            canv.bookmarkPage(key, fit="XYZ", left=left, top=top)

        self.later(place)

    def showPage(self) -> None:
        self.held.append(dict(self.__dict__))
        self._startPage()
        self.pending = []

    def save(self) -> None:
        total = len(self.held)
        for state in self.held:
            self.__dict__.update(state)
            for action in self.pending:
                action(self)
            draw_page(self, total)
            super().showPage()
        self.held = []
        super().save()


def draw_page(canv: ReportCanvas, total: int) -> None:
    """Header and footer of every page."""
    decor, fonts = canv.decor, canv.decor.fonts
    width, height = PAGE
    top = height - MARGIN_TOP + 9 * mm
    canv.saveState()
    canv.setFont(fonts.regular, 7.8)
    canv.setFillColor(MUTED)
    title = decor.case_title
    room = FRAME_WIDTH - stringWidth(decor.report_date, fonts.regular, 7.8) - 12
    while title and report_fonts.width(title, fonts.regular, 7.8) > room:
        title = title[:-2] + "…"
    report_fonts.draw(canv, MARGIN_X, top, title, fonts.regular, 7.8)
    canv.drawRightString(width - MARGIN_X, top, decor.report_date)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN_X, top - 3.5, width - MARGIN_X, top - 3.5)
    bottom = MARGIN_BOTTOM - 10 * mm
    canv.line(MARGIN_X, bottom + 9, width - MARGIN_X, bottom + 9)
    canv.drawString(
        MARGIN_X, bottom, decor.words("page_of", page=canv.getPageNumber(), total=total)
    )
    canv.setFont(fonts.bold, 7.8)
    canv.drawRightString(width - MARGIN_X, bottom, decor.words("confidential"))
    canv.restoreState()


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """One frame per page; after each flowable, report progress and honour Cancel."""

    def __init__(self, out: Any, after: Callable[[Flowable], None], **kw: Any) -> None:
        super().__init__(
            out,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            invariant=1,  # no wall-clock time or random ids: the clock's time is set instead
            author="",
            subject="",
            keywords="",
            creator="Quietcase",
            producer="Quietcase",
            **kw,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._after = after

    def afterFlowable(self, flowable: Flowable) -> None:
        self._after(flowable)


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that is a bookmark in the PDF's outline and a link target (the table of
    contents gives its page)."""

    def __init__(
        self,
        markup: str,
        style: ParagraphStyle,
        key: str,
        outline: str,
        level: int,
        *,
        closed: bool = False,
    ) -> None:
        super().__init__(markup, style)
        self.key, self.outline, self.level, self.closed = key, outline, level, closed

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        if isinstance(canv, ReportCanvas):
            canv.mark(self.key, 0, self.height + 6)
        canv.addOutlineEntry(self.outline, self.key, self.level, closed=self.closed or None)


class Block(Flowable):  # type: ignore[misc]
    """Flowables kept together on one page, laid out once (reportlab's KeepTogether lays
    everything out twice). Split into its parts only when taller than a whole page."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content
        self._laid: list[tuple[Flowable, float]] = []
        self._size = (-1.0, 0.0)

    def getSpaceBefore(self) -> float:
        return float(self.content[0].getSpaceBefore()) if self.content else 0.0

    def getSpaceAfter(self) -> float:
        return float(self.content[-1].getSpaceAfter()) if self.content else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._size[0] == available_width:
            return self._size
        laid, y, after = [], 0.0, 0.0
        for n, flowable in enumerate(self.content):
            if n:
                y += max(after, flowable.getSpaceBefore())
            _, height = flowable.wrapOn(self.canv, available_width, 1e9)
            laid.append((flowable, y + height))
            y += height
            after = flowable.getSpaceAfter()
        self._laid, self._size = laid, (available_width, y)
        return self._size

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is not None and not frame._atTop and self._size[1] <= frame._aH:
            return []  # it fits on the next page: go there whole
        return list(self.content)

    def draw(self) -> None:
        height = self._size[1]
        for flowable, bottom in self._laid:
            flowable.drawOn(self.canv, 0, height - bottom)


class TocLine(Flowable):  # type: ignore[misc]
    """One line of the table of contents: title, dotted leader, page number; all clickable."""

    def __init__(self, title: str, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.title, self.key, self.style = title, key, style

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.style.leading + 2

    def draw(self) -> None:
        canv, style = self.canv, self.style
        y = 4
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(INK)
        report_fonts.draw(canv, 0, y, self.title, style.fontName, style.fontSize)
        start = report_fonts.width(self.title, style.fontName, style.fontSize) + 6
        end = self.width - 24
        if end > start:  # a dotted leader, drawn (not text, so copied text stays clean)
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.8)
            canv.setLineCap(1)
            canv.setDash(0.1, 3)
            canv.line(start, y + 0.5, end, y + 0.5)
            canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)
        if isinstance(canv, ReportCanvas):
            x, y = canv.absolutePosition(self.width, y)
            key, font, size = self.key, style.fontName, style.fontSize

            def number(later: ReportCanvas) -> None:
                later.saveState()
                later.setFont(font, size)
                later.setFillColor(INK)
                later.drawRightString(x, y, str(later.section_pages.get(key, "")))
                later.restoreState()

            canv.later(number)


def link(label: str, key: str, known: set[str]) -> str:
    """Markup for a cross-reference: a link when its target is in this report."""
    if key in known:
        return f'<a href="#{key}" color="{LINK.hexval()}">{text(label)}</a>'
    return text(label)
