"""Bare `사진` / `Photo` placeholders matched to the hashed media files of an export, by time.

In the Android export with all messages, a photo the phone had is written as its file's
hashed name (`media.media_of` links those). A bare `사진` (or `사진 3장`, `동영상`, `Photo`...)
says a photo was sent without naming a file; the export may still hold files that no
message names. Which file belongs to which placeholder can only be told by time, so they
are matched only where it cannot be two ways, and every such link is marked
(`MEDIA_BY_TIME`), never presented as written in the export:

- per kind (photos, videos), as many unnamed files as placeholder slots (`사진 3장` is three);
- the files in the order of their times (a ZIP member's time as stored, a file's time of
  last change in the zone she chose), no two at the same time, the slots in file order;
- each file's time at or after its placeholder's minute, and before the next placeholder
  message of that kind was sent.

If any of this fails for a kind, none of its files is linked: they stay evidence of the
import, and the placeholders stay "not in the export".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from quietcase.app.chats.kakaotalk.media import HASHED, NOT_INCLUDED, kind_of_name

KINDS = ("photo", "video")
_HASH_IN_TEXT = re.compile(r"[0-9a-f]{64}(?:\.[A-Za-z0-9]{1,8})?")


@dataclass(frozen=True)
class Slot:
    """One placeholder's photo or video: its message (first line) and local time."""

    line_first: int
    kind: str
    local: str  # "YYYY-MM-DDTHH:MM:SS" as written, "" when the message had no time


def unnamed_files(lines: Iterable[str], files: Mapping[str, str]) -> set[str]:
    """The export's hashed photo and video files that no line of the text names."""
    hashed = {n for n in files if HASHED.match(n) and kind_of_name(n) in KINDS}
    if not hashed:
        return set()
    for line in lines:
        if len(line) >= 64:
            hashed.difference_update(_HASH_IN_TEXT.findall(line))
            if not hashed:
                break
    return hashed


def could_match(unnamed: Iterable[str], times: Mapping[str, str]) -> bool:
    """Whether any kind's unnamed files all have times of their own, none the same (else
    nothing can be matched, and the text need not be read twice)."""
    names = list(unnamed)
    for kind in KINDS:
        stamps = [times.get(n, "") for n in names if kind_of_name(n) == kind]
        if stamps and all(stamps) and len(set(stamps)) == len(stamps):
            return True
    return False


def match(
    slots: Sequence[Slot], unnamed: Iterable[str], times: Mapping[str, str]
) -> dict[int, list[str]]:
    """Message first line -> the file names its placeholders get (see the module)."""
    found: dict[int, list[str]] = {}
    names = list(unnamed)
    for kind in KINDS:
        wanted = [s for s in slots if s.kind == kind]
        files = [n for n in names if kind_of_name(n) == kind]
        if not wanted or len(files) != len(wanted):
            continue
        if any(not times.get(n) or not s.local for n, s in zip(files, wanted, strict=True)):
            continue
        files.sort(key=lambda n: (times[n], n))
        stamps = [times[n] for n in files]
        if len(set(stamps)) != len(stamps):
            continue  # two at the same time: their order cannot be told
        if not _fits(wanted, stamps):
            continue
        for slot, name in zip(wanted, files, strict=True):
            found.setdefault(slot.line_first, []).append(name)
    return found


def _fits(slots: Sequence[Slot], stamps: Sequence[str]) -> bool:
    """Each file at or after its placeholder's minute, before the next placeholder message."""
    for index, (slot, stamp) in enumerate(zip(slots, stamps, strict=True)):
        if stamp[:16] < slot.local[:16]:
            return False
        later = [s.local for s in slots[index + 1 :] if s.line_first != slot.line_first]
        if later and stamp[:16] >= later[0][:16]:
            return False
    return True


def slots_of(line_first: int, local: str, media_kinds: Sequence[tuple[str, str]]) -> list[Slot]:
    """The slots of one message from its media entries (kind, missing)."""
    return [
        Slot(line_first, kind, local)
        for kind, missing in media_kinds
        if missing == NOT_INCLUDED and kind in KINDS
    ]
