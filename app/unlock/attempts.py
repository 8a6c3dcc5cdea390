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
from datetime import datetime
from pathlib import Path
from typing import Any

from quietcase.app.core.private import read_private, write_private

FILE_NAME = "unlock-attempts.json"
MAX_KEPT = 50  # failed attempts remembered per case file (the count keeps going)


@dataclass(frozen=True)
class SinceLastTime:
    """What she is told after unlocking."""

    last_opened: datetime | None
    failed: int  # wrong passphrases since then
    failed_at: tuple[datetime, ...]  # the most recent ones, oldest first


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
        self._save(data)

    def opened(self, vault: Path, at: datetime) -> SinceLastTime:
        """Note a successful unlock; returns what happened since the one before."""
        data = self._load()
        entry = data.get(_key(vault), {})
        since = SinceLastTime(
            _time(entry.get("last_opened")),
            _int(entry.get("failed")),
            tuple(t for t in map(_time, entry.get("failed_at", [])) if t is not None),
        )
        data[_key(vault)] = {"last_opened": at.isoformat(timespec="seconds")}
        self._save(data)
        return since

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


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
