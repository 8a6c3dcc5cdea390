"""Who opened it: when a case file was last opened here, and wrong passphrases tried since.

Wrong passphrases happen before anything is unlocked, so they cannot be written into the
encrypted case file; they are kept in a small JSON file beside the settings, holding only
times and counts. Each case file is named there by a SHA-256 of its full path, never by its
name, so the file says nothing about what she keeps or where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from quietcase.app.core.private import read_private, write_private

FILE_NAME = "unlock-attempts.json"
MAX_KEPT = 50  # failed attempts remembered per case file (the count keeps going)
OWN_TYPO = timedelta(minutes=1)  # a wrong try of this sitting this close to her unlock
OPENED, WRONG = "opened", "wrong"


@dataclass(frozen=True)
class SinceLastTime:
    """What she is told after unlocking."""

    last_opened: datetime | None  # None: never opened on this computer before
    failed: int  # wrong passphrases since then (not counting her own typos just now)
    failed_at: tuple[datetime, ...]  # the most recent ones, oldest first


@dataclass(frozen=True)
class Happening:
    """One line of the history on this computer: an unlock, or a wrong passphrase."""

    at: datetime
    what: str  # OPENED or WRONG


def _key(vault: Path) -> str:
    return hashlib.sha256(str(vault.expanduser().resolve()).encode("utf-8")).hexdigest()


class AttemptLog:
    """Reads and writes `unlock-attempts.json` in `folder`; never raises on a bad file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    def failed(self, vault: Path, at: datetime) -> None:
        """Note one wrong passphrase for this case file."""
        data = self._load()
        entry = data.setdefault(_key(vault), {})
        times = [t for t in entry.get("failed_at", []) if isinstance(t, str)]
        entry["failed_at"] = [*times, at.isoformat(timespec="seconds")][-MAX_KEPT:]
        entry["failed"] = _int(entry.get("failed")) + 1
        _note(entry, at, WRONG)
        self._save(data)

    def opened(self, vault: Path, at: datetime, own: tuple[datetime, ...] = ()) -> SinceLastTime:
        """Note a successful unlock; returns what happened since the one before. `own`: the
        wrong tries of this sitting (this window, before this unlock): those less than a
        minute before it were her own typos, and are not told as someone else's (they stay
        in the history)."""
        data = self._load()
        entry = data.get(_key(vault), {})
        failed_at = tuple(t for t in map(_time, entry.get("failed_at", [])) if t is not None)
        typos = {t.isoformat(timespec="seconds") for t in own if timedelta(0) <= at - t <= OWN_TYPO}
        kept = tuple(t for t in failed_at if t.isoformat(timespec="seconds") not in typos)
        failed = max(0, _int(entry.get("failed")) - (len(failed_at) - len(kept)))
        since = SinceLastTime(_time(entry.get("last_opened")), failed, kept)
        history = entry.get("history", [])
        data[_key(vault)] = {"last_opened": at.isoformat(timespec="seconds"), "history": history}
        _note(data[_key(vault)], at, OPENED)
        self._save(data)
        return since

    def history(self, vault: Path) -> list[Happening]:
        """Unlocks and wrong passphrases on this computer, newest first (times only)."""
        entry = self._load().get(_key(vault), {})
        found = []
        for row in entry.get("history", []):
            if isinstance(row, list) and len(row) == 2 and row[1] in (OPENED, WRONG):
                at = _time(row[0])
                if at is not None:
                    found.append(Happening(at, row[1]))
        return found[::-1]

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            raw = json.loads(read_private(self.path))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, dict)}

    def _save(self, data: dict[str, dict[str, Any]]) -> None:
        try:
            write_private(self.path, json.dumps(data, indent=1))  # 0600, in a 0700 folder
        except OSError:
            pass  # not worth troubling her: the next unlock simply knows less


def _note(entry: dict[str, Any], at: datetime, what: str) -> None:
    rows = entry.get("history")
    rows = [r for r in rows if isinstance(r, list)] if isinstance(rows, list) else []
    entry["history"] = [*rows, [at.isoformat(timespec="seconds"), what]][-MAX_KEPT:]


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
