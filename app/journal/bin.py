"""Deleting with a way back: a deleted record can be brought back until Quietcase closes.

Before a record is deleted, a snapshot of it and its links is kept inside the encrypted vault
(in `meta`, never in memory or on disk outside the vault), so undo still works after she
locks and unlocks. When the window closes, the snapshots are forgotten for good; any left by
a crash are forgotten the next time the case file is opened.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from quietcase.app.core.errors import EXIT_FAILED, EXIT_USAGE, UserError, explain
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.ids import NO_SUCH_LINK
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.app.core.transactions import reading, writing
from quietcase.app.journal.records import Journal
from quietcase.storage import bin as storage_bin
from quietcase.storage.errors import RecordMissing
from quietcase.storage.meta import meta_with_prefix, remove_meta
from quietcase.storage.records import Link, LinkStatus

PREFIX = "undo:"
NOT_DELETED = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{record_id} was not deleted, or can no longer be brought back: deletions become final "
    "when Quietcase's window closes the case file.",
)
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


def waiting(journal: Journal) -> list[Deleted]:
    """The deletions that can still be undone, oldest first (from the snapshots kept in the
    case file: a deletion made by the command line, or before a lock, is among them)."""
    found = []
    kept = reading(journal.vault, lambda: meta_with_prefix(journal.vault, PREFIX))
    for key, raw in sorted(kept.items()):
        _, _, kind, record_id = (key.rstrip("+").split(":") + ["", "", "", ""])[:4]
        if kind not in _TITLE_COLUMN or not record_id.isdigit():
            continue
        snap = json.loads(raw)
        title = str(snap.get("row", {}).get(_TITLE_COLUMN[RecordKind(kind)]) or "")
        found.append(Deleted(key, RecordKind(kind), int(record_id), title))
    return found


def last_deleted(journal: Journal, kind: RecordKind, record_id: int) -> Deleted:
    """The latest deletion of this record that can still be undone."""
    for deleted in reversed(waiting(journal)):
        if deleted.kind == kind and deleted.record_id == record_id:
            return deleted
    raise UserError(NOT_DELETED, EXIT_FAILED, record_id=format_id(kind, record_id))


@dataclass(frozen=True)
class RemovedLink:
    """A link taken off its incident that can still be put back."""

    key: str
    incident_id: int
    position: int  # counting from 1, where it was
    url: str


def remove_link(journal: Journal, incident_id: int, position: int) -> RemovedLink:
    """Take one link off its incident (as the editor's "Remove the selected link" and Save),
    keeping a way back, in one transaction."""
    vault = journal.vault
    with writing(vault):
        incident = journal.incident(incident_id)
        if not 1 <= position <= len(incident.links):
            raise UserError(NO_SUCH_LINK, EXIT_USAGE, incident=str(incident_id), n=str(position))
        link = incident.links[position - 1]
        existing = meta_with_prefix(vault, PREFIX)
        key = f"{PREFIX}{len(existing) + 1:06d}:link:{incident_id}"
        while key in existing:
            key += "+"
        vault.set_meta(key, json.dumps({"position": position, "link": _link_row(link)}))
        kept = incident.links[: position - 1] + incident.links[position:]
        journal.update_incident(replace(incident, links=kept))
    return RemovedLink(key, incident_id, position, link.url)


def last_removed_link(journal: Journal, incident_id: int, position: int) -> RemovedLink:
    """The latest removal of the link at `position` of the incident that can be undone."""
    kept = reading(journal.vault, lambda: meta_with_prefix(journal.vault, PREFIX))
    for key in sorted(kept, reverse=True):
        parts = key.rstrip("+").split(":")
        if parts[2:] != ["link", str(incident_id)]:
            continue
        snap = json.loads(kept[key])
        if snap["position"] == position:
            return RemovedLink(key, incident_id, position, str(snap["link"]["url"]))
    raise UserError(NOT_DELETED, EXIT_FAILED, record_id=f"I-{incident_id}/{position}")


def put_back_link(journal: Journal, removed: RemovedLink) -> int:
    """Put a removed link back where it was (or last, if the incident has fewer links now);
    returns its position."""
    vault = journal.vault
    with writing(vault):
        raw = vault.meta(removed.key)
        if raw is None:
            raise UserError(
                NOT_DELETED, EXIT_FAILED, record_id=f"I-{removed.incident_id}/{removed.position}"
            )
        snap = json.loads(raw)
        incident = journal.incident(removed.incident_id)
        at = min(int(snap["position"]), len(incident.links) + 1)
        links = (*incident.links[: at - 1], _link_from(snap["link"]), *incident.links[at - 1 :])
        journal.update_incident(replace(incident, links=links))
        remove_meta(vault, removed.key)
    return at


def _link_row(link: Link) -> dict[str, str | None]:
    return {
        "url": link.url,
        "post_title": link.post_title,
        "uploader": link.uploader,
        "keywords": link.keywords,
        "found_on": None if link.found_on is None else link.found_on.isoformat(),
        "status": link.status.value,
        "checked_on": None if link.checked_on is None else link.checked_on.isoformat(),
    }


def _link_from(row: dict[str, str | None]) -> Link:
    def day(value: str | None) -> date | None:
        return None if value is None else date.fromisoformat(value)

    return Link(
        url=str(row["url"]),
        post_title=str(row.get("post_title") or ""),
        uploader=str(row.get("uploader") or ""),
        keywords=str(row.get("keywords") or ""),
        found_on=day(row.get("found_on")),
        status=LinkStatus(row.get("status") or LinkStatus.UNKNOWN.value),
        checked_on=day(row.get("checked_on")),
    )


def forget_all(journal: Journal) -> None:
    """Make every deletion final (when the window closes, or left over from a crash)."""
    vault = journal.vault
    try:
        with vault.atomic():
            for key in meta_with_prefix(vault, PREFIX):
                remove_meta(vault, key)
    except Exception as exc:
        raise explain(exc, vault.path) from exc
