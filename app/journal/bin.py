"""Deleting with a way back: a deleted record can be brought back until Quietcase closes.

Before a record is deleted, a snapshot of it and its links is kept inside the encrypted vault
(in `meta`, never in memory or on disk outside the vault), so undo still works after she
locks and unlocks. When the window closes, the snapshots are forgotten for good; any left by
a crash are forgotten the next time the case file is opened.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from quietcase.app.core.errors import UserError, explain
from quietcase.app.core.kinds import RecordKind
from quietcase.app.journal.records import Journal
from quietcase.storage import bin as storage_bin
from quietcase.storage.errors import RecordMissing
from quietcase.storage.meta import meta_with_prefix, remove_meta

PREFIX = "undo:"
_TITLE_COLUMN = {
    RecordKind.INCIDENT: "title",
    RecordKind.CONTACT: "name",
    RecordKind.DEADLINE: "title",
    RecordKind.REQUEST: "subject",
}


@dataclass(frozen=True)
class Deleted:
    """A deletion that can still be undone."""

    key: str
    kind: RecordKind
    record_id: int
    title: str


def delete(journal: Journal, kind: RecordKind, record_id: int) -> Deleted:
    """Delete one record (incident, contact, deadline or request), keeping a way back."""
    vault = journal.vault
    try:
        with vault.atomic():
            snap = storage_bin.snapshot(vault, kind, record_id)
            if snap is None:
                raise RecordMissing(kind, record_id)
            existing = meta_with_prefix(vault, PREFIX)
            key = f"{PREFIX}{len(existing) + 1:06d}:{kind}:{record_id}"
            while key in existing:
                key += "+"
            vault.set_meta(key, json.dumps(snap, ensure_ascii=False))
            journal.delete(kind, record_id)
    except UserError:
        raise
    except Exception as exc:
        raise explain(exc, vault.path) from exc
    title = str(snap["row"].get(_TITLE_COLUMN[kind]) or "")
    return Deleted(key, kind, record_id, title)


def undo(journal: Journal, deleted: Deleted) -> int:
    """Bring a deleted record back; returns its id (the old one unless it was taken)."""
    vault = journal.vault
    try:
        with vault.atomic():
            raw = vault.meta(deleted.key)
            if raw is None:
                raise RecordMissing(deleted.kind, deleted.record_id)
            new_id = storage_bin.restore(vault, json.loads(raw))
            remove_meta(vault, deleted.key)
    except UserError:
        raise
    except Exception as exc:
        raise explain(exc, vault.path) from exc
    return new_id


def forget_all(journal: Journal) -> None:
    """Make every deletion final (when the window closes, or left over from a crash)."""
    vault = journal.vault
    try:
        with vault.atomic():
            for key in meta_with_prefix(vault, PREFIX):
                remove_meta(vault, key)
    except Exception as exc:
        raise explain(exc, vault.path) from exc
