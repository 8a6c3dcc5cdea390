"""The newest state of each case file seen on this computer, to notice an older copy.

Copying an older copy of the whole case file over the current one (or putting an old backup
back in its place) leaves a file that is sound in itself: only something outside it can tell
that it went back in time. Quietcase keeps, per case file (named by a SHA-256 of its
`vault_id`), the custody counter and head it last saw and when: no content. The file is
`seen-states.json` beside the settings, 0600 in a 0700 folder.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from quietcase.app.core.private import read_private, write_private

FILE_NAME = "seen-states.json"
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class OlderCopy:
    """The case file opened is older than one seen here before."""

    counter: int  # the file's custody counter now
    seen_counter: int  # the newest counter seen here
    seen_at: datetime  # when that newer state was last seen


def _key(vault_id: str) -> str:
    return hashlib.sha256(vault_id.encode("utf-8")).hexdigest()


class SeenStates:
    """Reads and writes `seen-states.json` in `folder`; never raises on a bad file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    def older(self, vault_id: str, counter: int, head: str) -> OlderCopy | None:
        """An `OlderCopy` when a newer state of this case file was seen here: a higher counter,
        or the same counter with another head (a different history)."""
        entry = self._load().get(_key(vault_id))
        if entry is None:
            return None
        seen_counter, seen_head, seen_at = entry
        if counter > seen_counter or (counter == seen_counter and head == seen_head):
            return None
        return OlderCopy(counter, seen_counter, seen_at)

    def was_sealed(self, vault_id: str) -> bool:
        """Whether this case file had its keyed seal when last seen here."""
        entry = self._raw().get(_key(vault_id))
        return isinstance(entry, dict) and entry.get("sealed") is True

    def remember(
        self, vault_id: str, counter: int, head: str, at: datetime, *, sealed: bool = True
    ) -> None:
        """Note (counter, head) as the newest state of this case file, seen at `at`."""
        data = self._raw()
        data[_key(vault_id)] = {
            "counter": counter,
            "head": head,
            "seen_at": at.isoformat(timespec="seconds"),
            "sealed": sealed,
        }
        try:
            write_private(self.path, json.dumps(data, indent=1))  # 0600, in a 0700 folder
        except OSError:
            pass  # the next open simply knows less

    def _raw(self) -> dict[str, Any]:
        try:
            raw = json.loads(read_private(self.path))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def _load(self) -> dict[str, tuple[int, str, datetime]]:
        states = {}
        for key, value in self._raw().items():
            if not isinstance(value, dict):
                continue
            counter, head = value.get("counter"), value.get("head")
            try:
                at = datetime.fromisoformat(str(value.get("seen_at")))
            except ValueError:
                continue
            if (
                isinstance(counter, int)
                and not isinstance(counter, bool)
                and isinstance(head, str)
                and _HEX64.fullmatch(head)
            ):
                states[key] = (counter, head, at)
        return states
