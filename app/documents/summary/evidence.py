"""The evidence register of the case summary: a list of exhibits (번호, 증거명, 작성자·출처,
수집일, 입증취지), then every item in full with its SHA-256 on one unbroken line and, if she
chose, a thumbnail (blurred by default; sharp only when asked; none at all if she prefers).

Thumbnails come from the previews stored in the vault at intake and are drawn straight from
memory, one at a time, as the page is laid out: nothing is written anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from quietcase.app.documents import exhibits
from quietcase.app.documents.summary import layout
from quietcase.app.documents.summary.data import ReportData, Section, Thumbnails
from quietcase.app.documents.summary.layout import Block, Heading, link, text
from quietcase.app.documents.summary.sections import Sections, evidence_key, shorten
from quietcase.storage.records import Evidence

ThumbnailLoader = Callable[[int], bytes | None]
THUMB = 27 * mm


class Thumbnail(Flowable):  # type: ignore[misc]
    """A stored preview, read from the vault only when its page is drawn."""

    def __init__(self, evidence_id: int, load: ThumbnailLoader, no_preview: str, font: str) -> None:
        super().__init__()
        self.evidence_id, self.load, self.no_preview, self.font = (
            evidence_id,
            load,
            no_preview,
            font,
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return THUMB, THUMB

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(layout.RULE)
        canv.setLineWidth(0.4)
        image = _reader(self.load(self.evidence_id))
        if image is not None:
            width, height = image.getSize()
            scale = min(THUMB / width, THUMB / height)
            w, h = width * scale, height * scale
            canv.drawImage(image, (THUMB - w) / 2, (THUMB - h) / 2, w, h)
            canv.rect((THUMB - w) / 2, (THUMB - h) / 2, w, h)
        else:
            canv.setFillColor(layout.SHADE)
            canv.rect(0, 0, THUMB, THUMB, fill=1)
            canv.setFillColor(layout.MUTED)
            canv.setFont(self.font, 7)
            canv.drawCentredString(THUMB / 2, THUMB / 2 - 2, self.no_preview)
        canv.restoreState()


def _reader(data: bytes | None) -> ImageReader | None:
    """The stored JPEG preview, or None when there is none or it cannot be read."""
    if not data:
        return None
    try:
        image = ImageReader(BytesIO(data))
        width, height = image.getSize()
    except Exception:  # a damaged preview must not stop the report
        return None
    return image if width and height else None


def evidence_register(s: Sections, load: ThumbnailLoader) -> list[Flowable]:
    words, styles, data = s.words, s.styles, s.data
    story: list[Flowable] = [
        PageBreak(),
        s.heading(Section.EVIDENCE, closed=True),
        Paragraph(text(words("evidence_intro", n=len(data.evidence))), styles.body),
    ]
    if data.options.thumbnails is Thumbnails.BLURRED:
        story.append(Paragraph(text(words("blurred_note")), styles.muted))
    story += s.table_heading(words("list_of_evidence"), styles.h2)
    rows = []
    for item in data.evidence:
        exhibit = data.exhibits.get(item.id)
        number = f"E-{item.id}"
        if exhibit is not None:
            label = exhibits.label(exhibit, words.korean)
            number = label.removeprefix("증 ") if words.korean else label.removeprefix("Exhibit ")
        origin = telegram_origin(s, data, item.id)
        source = " · ".join(v for v in (origin, item.captured_by) if v)
        name = text(item.filename)
        name += f"<br/><font color='{layout.MUTED.hexval()}'>E-{item.id}</font>"
        rows.append(
            [
                s.cell(link(number, evidence_key(item.id), s.known)),
                s.cell(name),
                s.source_cell(text(shorten(source, 120)), item.source_url),
                s.cell(text(words.when(item.captured) if item.captured else "")),
                s.cell(text(shorten(item.shows))),
            ]
        )
    keys = ("col_exhibit", "col_file", "col_source", "col_captured", "col_shows")
    widths: list[float] = [19, 36, 50, 20, 46] if words.korean else [14, 36, 50, 22, 46]
    story.append(s.table([words(k) for k in keys], rows, widths))
    details: list[Flowable] = [Paragraph(text(words("details_of_evidence")), styles.h2)]
    for item in data.evidence:
        details += card(s, item, load)
        block = Block(details)  # a heading never ends a page alone
        block.qc_item = True
        story.append(block)
        details = []
    return story


def telegram_origin(s: Sections, data: ReportData, evidence_id: int) -> str:
    """ "Telegram export “Room” (folder): photos/photo_1.jpg" for a file of an export (or
    "KakaoTalk export ...")."""
    origin = data.origins.get(evidence_id)
    if origin is None:
        return ""
    folder, path, chats = origin
    names = ", ".join(f"“{c}”" for c in chats)
    app = data.origin_apps.get(evidence_id, "telegram")
    out = s.words(f"{app}_origin" if app == "kakaotalk" else "telegram_origin", chats=names)
    out = out.strip()
    return out + (f" ({folder})" if folder else "") + (f": {path}" if path else "")


def card(s: Sections, item: Evidence, load: ThumbnailLoader) -> list[Flowable]:
    """One item in full: heading, the short facts beside the thumbnail, then long text."""
    words, styles, data = s.words, s.styles, s.data
    label = s.exhibit_label(item.id)
    heading = Heading(
        f"{text(label)}&nbsp;&nbsp;{s.mixed(item.filename)}",
        styles.h3,
        evidence_key(item.id),
        shorten(f"{label} {item.filename}", 90),
        1,
    )
    facts: list[Flowable] = [
        s.field(words("sha256"), item.sha256, styles.field_mono),
        s.field(words("type_size"), text(f"{item.media_type} · {words.size(item.size)}")),
        s.field(words("added_at"), text(words.timestamp(item.added_at, seconds=True))),
    ]
    if item.file_modified_at is not None:
        modified = words.timestamp(item.file_modified_at, seconds=True)
        facts.append(s.field(words("file_modified"), text(modified)))
    if item.captured is not None:
        facts.append(s.field(words("captured"), text(words.when(item.captured))))
    if item.captured_by:
        facts.append(s.field(words("captured_by"), text(item.captured_by)))
    if item.source_url:
        facts.append(layout.Url(item.source_url, styles.field, bullet=words("source_url")))
    origin = telegram_origin(s, data, item.id)
    if origin:
        facts.append(s.field(words("origin"), text(origin)))
    if item.incident_ids:
        # Plain ids: the incident list links to every incident already, and each link costs
        # a PDF annotation (5,000 items would add 5,000 more).
        ids = ", ".join(f"I-{i}" for i in item.incident_ids)
        facts.append(s.field(words("linked_incidents"), text(ids)))
    if item.tags:
        facts.append(s.field(words("tags"), text(", ".join(item.tags))))
    out: list[Flowable] = [heading]
    if data.options.thumbnails is Thumbnails.NONE or not item.media_type.startswith("image/"):
        out += facts
    else:
        thumb = Thumbnail(item.id, load, words("no_preview"), styles.fonts.regular)
        table = Table(
            [[facts, thumb]],
            colWidths=[layout.FRAME_WIDTH - THUMB - 6, THUMB + 6],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 6),
                ]
            )
        )
        out.append(table)
    if item.shows:
        out += s.fields(words("shows"), [item.shows])
    if item.description:
        out += s.fields(words("about"), [item.description])
    return out
