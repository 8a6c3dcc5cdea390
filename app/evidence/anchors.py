"""Outside anchors: a custody head printed on a summary or written into a bundle, checked
against the case file as it is today.

Whoever holds an earlier printout or bundle holds its custody event number and head hash.
The history printed then is still the beginning of today's history exactly when today's
event of that number has that hash and the chain up to it is unbroken: every event after it
was added since, and the records whose state they recorded are the ones changed since. A
history rewritten before that point (even by someone with the passphrase) no longer holds
that hash there, which no one can arrange without breaking SHA-256.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.evidence.custody import Custody
from quietcase.app.evidence.history import STATES_SINCE, changed_since
from quietcase.storage.vault import Vault

_HEAD = re.compile(r"[0-9a-f]{64}")
_MANIFEST_LIMIT = 64 << 20  # a bundle's manifest.json is far smaller; a bigger one is refused

NOT_A_HEAD = QT_TRANSLATE_NOOP(
    "Quietcase",
    "“{text}” is not a custody head: it is 64 letters and digits (0-9, a-f), as printed on a "
    "summary or in a bundle's README. You can also give the bundle itself.",
)
NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is not a Quietcase bundle (or its manifest.json) that names a custody head.",
)


@dataclass(frozen=True)
class Anchor:
    """A head hash, and the event number printed with it (None when only the hash is known)."""

    head: str
    counter: int | None = None
    source: str = ""  # where it came from, for the message


@dataclass
class AnchorCheck:
    """Whether the anchor's history is still the beginning of today's, and what came after."""

    anchor: Anchor
    found: bool
    counter: int = 0  # the anchor's event number in today's history (when found)
    events_since: int = 0
    changed: list[str] = field(default_factory=list)  # records changed since (labels)
    complete: bool = True  # False: the anchor is older than the records' states in the log


def parse_anchor(text: str) -> Anchor:
    """An anchor as she (or her lawyer) types it: a head hash, "N:HASH", or "event N: HASH"
    as `verify` prints it; or the path of a bundle (.zip), its folder, or its manifest.json."""
    candidate = Path(text)
    if text.strip() and candidate.exists():
        return anchor_from_bundle(candidate)
    lowered = text.strip().lower()
    found = _HEAD.search(lowered)
    if found is None:
        raise UserError(NOT_A_HEAD, text=text[:80])
    number = re.search(r"(\d+)\s*:", lowered[: found.start()])
    return Anchor(found.group(0), int(number.group(1)) if number else None, "")


def anchor_from_bundle(path: Path) -> Anchor:
    """The custody event number and head written into a bundle's manifest.json."""
    try:
        if path.is_dir():
            manifests = sorted(path.glob("manifest.json")) or sorted(path.glob("*/manifest.json"))
            if not manifests:
                raise ValueError("no manifest.json")
            raw = _read_bounded(manifests[0])
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == "manifest.json"]
                info = archive.getinfo(min(names, key=len)) if names else None
                if info is None or info.file_size > _MANIFEST_LIMIT:
                    raise ValueError("no manifest.json")
                raw = archive.read(info)
        else:
            raw = _read_bounded(path)
        document = json.loads(raw.decode("utf-8"))
        head = str(document["custody_head"]).lower()
        counter = int(document["custody_event"])
        if not _HEAD.fullmatch(head) or counter < 0:
            raise ValueError("not a head")
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise UserError(NOT_A_BUNDLE, name=path.name) from exc
    return Anchor(head, counter, path.name)


def _read_bounded(path: Path) -> bytes:
    with open(path, "rb") as handle:
        raw = handle.read(_MANIFEST_LIMIT + 1)
    if len(raw) > _MANIFEST_LIMIT:
        raise ValueError("too large")
    return raw


def check_anchor(vault: Vault, custody: Custody, anchor: Anchor) -> AnchorCheck:
    """Find the anchor in today's history (see the module)."""
    chain = custody.check()
    found_at = None
    total = 0
    for event in custody.events():
        total = event.seq
        if event.hash == anchor.head and anchor.counter in (None, event.seq):
            found_at = event.seq
    if found_at is None or (chain.broken_at is not None and chain.broken_at <= found_at):
        return AnchorCheck(anchor, found=False)
    since = vault.meta(STATES_SINCE)
    return AnchorCheck(
        anchor,
        found=True,
        counter=found_at,
        events_since=total - found_at,
        changed=changed_since(vault, found_at),
        complete=since is not None and int(since) <= found_at + 1,
    )
