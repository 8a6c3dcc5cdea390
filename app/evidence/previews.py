"""Previews of PDFs and videos: the first page, a frame near the start.

Pillow can read neither, and `app` runs no Qt, so the window draws the picture (QtPdf, and
QtMultimedia from memory) and hands it here as PNG bytes; the thumbnail and its blurred copy
are then made exactly as for a photo (`imaging.inspect_image`) and stored beside the item in
the same place as a photo's (`evidence_image`). The window does this after each intake and,
for items added before (or by the command line), in a background catch-up.

A preview is derived data: it is not part of any record's state (storage/record_states.py),
so storing one changes no record, adds no custody event and leaves `verify` as it was. An
item whose preview could not be made gets a row saying so, so that it is not tried again;
a "video" found to hold sound only is noted so, and the evidence page calls it sound.
"""

from __future__ import annotations

from quietcase.app.case import Case
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.transactions import reading, writing
from quietcase.app.evidence.media_type import PDF, VIDEO, VIDEO_TYPES, media_kind
from quietcase.storage.evidence import EvidenceItems
from quietcase.storage.records import ImageInfo

PREVIEWED = (PDF, VIDEO)
_TYPES = ("application/pdf", *sorted(VIDEO_TYPES))  # with "video/...": what media_kind calls so
# The catch-up reads the whole file into memory to draw it, one item at a time, on the
# window's one worker: larger files get no preview rather than hold up the window.
READ_LIMIT = 64 * 1024 * 1024
NO_PREVIEW = QT_TRANSLATE_NOOP(
    "Quietcase", "no preview: the file could not be drawn (the file itself is kept unchanged)"
)
# A "video" with no picture in it: an `.m4a` added before its kind was read from its tracks
# (typed video/mp4 then). Its record keeps the type it was given; the window shows it as sound.
SOUND_ONLY = QT_TRANSLATE_NOOP("Quietcase", "no preview: sound only, there is no picture in it")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Quietcase", "too large to preview: the file itself is kept unchanged"
)


def wanting(case: Case) -> list[tuple[int, str]]:
    """(id, kind) of the PDFs and videos that have no preview yet and were never tried,
    newest first; none in a case file opened read-only."""
    if case.vault.read_only:
        return []
    items = EvidenceItems(case.vault)
    found = reading(case.vault, lambda: items.without_preview(("video/",), _TYPES))
    return [(i, media_kind(t)) for i, t in found if media_kind(t) in PREVIEWED]


def sound_only(case: Case) -> set[int]:
    """The items typed as video that were found to hold sound only (see `SOUND_ONLY`)."""
    return reading(case.vault, lambda: EvidenceItems(case.vault).with_problem(SOUND_ONLY))


def original_for_preview(case: Case, evidence_id: int) -> bytes | None:
    """The item's bytes to draw its preview from; None when above `READ_LIMIT`."""
    item = case.evidence.item(evidence_id)
    if item.size > READ_LIMIT:
        return None
    return b"".join(case.evidence.chunks(evidence_id))


def keep(
    case: Case,
    evidence_id: int,
    picture: bytes | None,
    size: tuple[int, int] | None = None,
    problem: str = NO_PREVIEW,
) -> bool:
    """Store the preview drawn by the window (PNG or JPEG bytes), or, with `picture` None,
    that none could be made (`problem`). `size` is the video's own size in pixels. Nothing
    is stored for an item gone meanwhile, or that has a preview already; True if stored."""
    if case.vault.read_only:
        return False
    from quietcase.app.evidence import imaging  # Pillow: only when a preview is stored

    facts = imaging.inspect_image(picture) if picture else None
    width, height = size if size else (None, None)
    if facts is None or facts.thumbnail is None:
        info = ImageInfo(width, height, problem=(facts.problem if facts else "") or problem)
    else:  # no dhash: a poster frame or a page is not a photo to compare photos with
        info = ImageInfo(width, height, thumbnail=facts.thumbnail, blurred=facts.blurred)
    items = EvidenceItems(case.vault)
    with writing(case.vault):
        if not items.without_preview_one(evidence_id):
            return False
        items.save_image(evidence_id, info)
    return True
