"""The backups this case knows of: where they were written, when, and how their last check went.

Kept inside the case file (encrypted, like everything else), never in the plain settings
file: where her backups are is her business. The folder she last backed up to is remembered
the same way, so "Back up now" needs no question the second time.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from quietcase.app.case import Case, VerifyReport
from quietcase.app.core.errors import explain
from quietcase.app.core.transactions import reading, writing

KNOWN_KEY = "backup.known"
FOLDER_KEY = "backup.folder"
MAX_KNOWN = 50


class CheckState(StrEnum):
    GOOD = "good"  # opened, every page and every evidence hash checked
    DAMAGED = "damaged"
    MISSING = "missing"  # not found where it was written (a USB stick not plugged in)
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class KnownBackup:
    path: str
    made_at: str  # ISO 8601
    state: CheckState = CheckState.UNCHECKED
    checked_at: str = ""  # ISO 8601; "" when never checked
    detail: str = ""  # what was damaged (English, from the check), or ""

    @property
    def made(self) -> datetime | None:
        return _parse(self.made_at)

    @property
    def checked(self) -> datetime | None:
        return _parse(self.checked_at)


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def known_backups(case: Case) -> list[KnownBackup]:
    """Newest first."""
    raw = reading(case.vault, lambda: case.vault.meta(KNOWN_KEY))
    return _decode(raw)


def _decode(raw: str | None) -> list[KnownBackup]:
    try:
        rows = json.loads(raw) if raw else []
    except ValueError:
        return []
    found = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict) or not isinstance(row.get("path"), str):
            continue
        try:
            state = CheckState(row.get("state", CheckState.UNCHECKED))
        except ValueError:
            state = CheckState.UNCHECKED
        found.append(
            KnownBackup(
                row["path"],
                str(row.get("made_at", "")),
                state,
                str(row.get("checked_at", "")),
                str(row.get("detail", "")),
            )
        )
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _store(case: Case, backups: list[KnownBackup]) -> None:
    rows = [asdict(b) for b in backups[:MAX_KNOWN]]
    with writing(case.vault):
        case.vault.set_meta(KNOWN_KEY, json.dumps(rows, ensure_ascii=False))


def remember_backup(case: Case, path: Path, made_at: datetime) -> list[KnownBackup]:
    """A backup just written (and checked by `make_backup`); its folder becomes the default."""
    stamp = made_at.isoformat()
    known = [b for b in known_backups(case) if b.path != str(path)]
    known.insert(0, KnownBackup(str(path), stamp, CheckState.GOOD, stamp))
    _store(case, known)
    set_backup_folder(case, path.parent)
    return known_backups(case)


def note_check(
    case: Case, path: Path, report: VerifyReport | None, at: datetime
) -> list[KnownBackup]:
    """Record how checking `path` went (`report` None: the file was not found)."""
    if report is None:
        state, detail, made = CheckState.MISSING, "", ""
    elif report.ok:
        state, detail, made = CheckState.GOOD, "", report.backup_made_at or ""
    else:
        state, detail, made = CheckState.DAMAGED, report.problems[0], ""
    known = known_backups(case)
    for i, b in enumerate(known):
        if b.path == str(path):
            known[i] = replace(b, state=state, checked_at=at.isoformat(), detail=detail)
            break
    else:
        if report is not None:  # a backup she checked that this case did not know of yet
            known.append(
                KnownBackup(str(path), made or at.isoformat(), state, at.isoformat(), detail)
            )
    _store(case, known)
    return known_backups(case)


def forget_backup(case: Case, path: str) -> list[KnownBackup]:
    """Take a backup off the list (the file itself is left alone)."""
    _store(case, [b for b in known_backups(case) if b.path != path])
    return known_backups(case)


def backup_folder(case: Case) -> Path | None:
    raw = reading(case.vault, lambda: case.vault.meta(FOLDER_KEY))
    return Path(raw) if raw else None


def set_backup_folder(case: Case, folder: Path) -> None:
    with writing(case.vault):
        case.vault.set_meta(FOLDER_KEY, str(folder))


def passphrase_opens(case: Case, passphrase: str) -> bool:
    """Whether `passphrase` is the case file's own (so a backup made with it opens with the
    passphrase she already knows). A second, read-only connection reads page 1 and nothing
    else; the open case is not disturbed."""
    try:
        return case.vault.key_matches(passphrase)
    except Exception as exc:
        raise explain(exc, case.vault.path) from exc
