"""Evidence as the window shows it: the list with incident titles, filters, previews, bytes.

Everything here runs on the window's serial worker (it reads the vault) and returns plain
data. Image previews come in two kinds: the blurred one, which is what the window shows
first, and the sharp one, read only when she asks to see it. The original bytes for the
viewer are read into memory, never written to a file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.transactions import reading
from quietcase.app.documents import exhibits
from quietcase.app.evidence.media_type import AUDIO, VIDEO, media_kind
from quietcase.app.evidence.previews import sound_only
from quietcase.storage.evidence import EvidenceItems
from quietcase.storage.exhibits import Exhibit, Exhibits
from quietcase.storage.records import Evidence, ImageInfo, Incident

VIEW_LIMIT = 256 * 1024 * 1024  # the viewer holds the whole file in memory; above this: a card
TEXT_LIMIT = 8 * 1024 * 1024  # text beyond this is cut in the viewer (the original stays whole)

TOO_LARGE_TO_VIEW = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is too large to show inside Quietcase. You can save a copy to look at it with "
    "another program.",
)


@dataclass(frozen=True)
class EvidenceEntry:
    """One item with what the gallery and the list show beside it."""

    evidence: Evidence
    kind: str
    incident_titles: tuple[str, ...] = ()
    has_preview: bool = False  # an image with stored thumbnails
    has_gps: bool = False
    # the exhibit number every document gives it (kept, or the one the next will give);
    # None in the bin
    exhibit: Exhibit | None = None

    @property
    def id(self) -> int:
        return self.evidence.id


@dataclass(frozen=True)
class EvidenceFilter:
    """What to show; empty fields mean "any". `added_from`/`added_until` are days (local)."""

    incident_id: int | None = None
    kind: str = ""
    tag: str = ""
    added_from: date | None = None
    added_until: date | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(
            self.incident_id is not None
            or self.kind
            or self.tag
            or self.added_from
            or self.added_until
            or self.text.strip()
        )

    def matches(self, entry: EvidenceEntry) -> bool:
        item = entry.evidence
        if self.incident_id is not None and self.incident_id not in item.incident_ids:
            return False
        if self.kind and entry.kind != self.kind:
            return False
        if self.tag and self.tag.casefold() not in (t.casefold() for t in item.tags):
            return False
        day = _local_day(item.added_at)
        if self.added_from is not None and day < self.added_from:
            return False
        if self.added_until is not None and day > self.added_until:
            return False
        needle = self.text.casefold().strip()
        if needle:
            haystack = (
                item.filename,
                item.description,
                item.shows,
                item.source_url,
                item.captured_by,
                f"E-{item.id}",
                item.sha256,
                *item.tags,
                *entry.incident_titles,
            )
            if not any(needle in h.casefold() for h in haystack):
                return False
        return True


def _local_day(at: datetime) -> date:
    return at.astimezone().date()


def evidence_entries(case: Case, *, binned: bool = False) -> list[EvidenceEntry]:
    """Every item (or those in the bin), in the order added, with incident titles."""
    items = case.evidence.items(binned=binned)
    incidents = case.journal.incidents()
    titles = {i.id: i.title for i in incidents}
    previews = reading(case.vault, lambda: _image_flags(case))
    sound = sound_only(case)
    numbers = {} if binned else exhibits.numbers(case, items, incidents)
    return [
        EvidenceEntry(
            e,
            _kind(e, sound),
            tuple(titles[i] for i in e.incident_ids if i in titles),
            *previews.get(e.id, (False, False)),
            exhibit=numbers.get(e.id),
        )
        for e in items
    ]


def _kind(item: Evidence, sound: set[int]) -> str:
    """The page's kind of file: a "video" found to hold sound only is sound (previews.py)."""
    kind = media_kind(item.media_type)
    return AUDIO if kind == VIDEO and item.id in sound else kind


def _image_flags(case: Case) -> dict[int, tuple[bool, bool]]:
    return EvidenceItems(case.vault).image_flags()


def tags(entries: Iterable[EvidenceEntry]) -> list[str]:
    """Every tag used on evidence, for the filter."""
    seen: dict[str, str] = {}
    for entry in entries:
        for tag in entry.evidence.tags:
            seen.setdefault(tag.casefold(), tag)
    return sorted(seen.values(), key=str.casefold)


def previews(case: Case, ids: Sequence[int], *, sharp: bool = False) -> dict[int, bytes]:
    """Stored previews of these items (blurred unless `sharp`); items without one are left
    out. One query for the lot, so the gallery can ask for a screenful at a time."""
    return reading(case.vault, lambda: EvidenceItems(case.vault).previews(ids, sharp=sharp))


@dataclass(frozen=True)
class Details:
    """What the details panel shows about one item beyond its record."""

    entry: EvidenceEntry
    image: ImageInfo | None


def details(case: Case, evidence_id: int) -> Details:
    item = case.evidence.item(evidence_id)
    titles = {i.id: i.title for i in case.journal.incidents()}
    image = case.evidence.image(evidence_id)
    entry = EvidenceEntry(
        item,
        _kind(item, sound_only(case)),
        tuple(titles[i] for i in item.incident_ids if i in titles),
        image is not None and image.blurred is not None,
        image is not None and image.has_gps,
        exhibit=None if item.binned_at is not None else _exhibit(case, item),
    )
    return Details(entry, image)


def _exhibit(case: Case, item: Evidence) -> Exhibit | None:
    """The item's exhibit: the kept one, else the one the next document will give it."""
    kept = reading(case.vault, Exhibits(case.vault).all).get(item.id)
    if kept is not None:
        return kept
    planned = exhibits.numbers(case, case.evidence.items(), case.journal.incidents())
    return planned.get(item.id)


def original_bytes(case: Case, evidence_id: int, limit: int = VIEW_LIMIT) -> bytes:
    """The original bytes in memory, for the viewer (never a temporary file).

    Raises `UserError` when the item is larger than `limit`."""
    item = case.evidence.item(evidence_id)
    if item.size > limit:
        raise UserError(TOO_LARGE_TO_VIEW, name=item.filename)
    return b"".join(case.evidence.chunks(evidence_id))


def text_for_viewing(data: bytes, limit: int = TEXT_LIMIT) -> tuple[str, bool]:
    """Text to show as plain text (HTML and JSON too, never rendered); True when cut."""
    cut = len(data) > limit
    return data[:limit].decode("utf-8", errors="replace"), cut


def save_incident(
    case: Case, incident: Incident, wanted: Sequence[int], offered: Sequence[int]
) -> Incident:
    """The incident editor's Save: the incident (new or changed) and, of the `offered`
    evidence items, exactly the `wanted` ones linked to it, as one transaction."""

    def save() -> Incident:
        if incident.id:
            saved = case.journal.update_incident(incident)
        else:
            saved = case.journal.add_incident(incident)
        link_to_incident(case, saved.id, wanted, offered)
        return saved

    return case.together(save)


def link_to_incident(
    case: Case, incident_id: int, wanted: Sequence[int], offered: Sequence[int]
) -> None:
    """From the incident editor: of the `offered` items, link exactly the `wanted` ones to the
    incident (each change is a custody event). Call inside the editor's transaction."""
    chosen = set(wanted)
    for evidence_id in offered:
        item = case.evidence.item(evidence_id)
        linked = incident_id in item.incident_ids
        if (evidence_id in chosen) == linked or item.binned_at is not None:
            continue
        ids = (
            (*item.incident_ids, incident_id)
            if not linked
            else tuple(i for i in item.incident_ids if i != incident_id)
        )
        case.evidence.update(replace(item, incident_ids=ids))


@dataclass(frozen=True)
class OriginalsRemoved:
    removed: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()  # not removed: changed since, unreadable, or not matching


def remove_originals(case: Case, originals: Sequence[tuple[str, int]]) -> OriginalsRemoved:
    """After an import, delete the original files (path, evidence id) she chose to remove, but
    only when the copy inside the vault, read back now, and the file on disk both still match
    the SHA-256 recorded at intake. Anything that does not match is left where it is."""
    removed: list[str] = []
    kept: list[str] = []
    for source, evidence_id in originals:
        path = Path(source)
        try:
            item = case.evidence.item(evidence_id)
            inside = hashlib.sha256()
            for chunk in case.evidence.chunks(evidence_id):
                inside.update(chunk)
            outside = hashlib.sha256()
            with path.open("rb") as handle:
                while block := handle.read(1024 * 1024):
                    outside.update(block)
            if inside.hexdigest() == outside.hexdigest() == item.sha256:
                path.unlink()
                removed.append(source)
            else:
                kept.append(source)
        except (OSError, UserError):
            kept.append(source)
    return OriginalsRemoved(tuple(removed), tuple(kept))
