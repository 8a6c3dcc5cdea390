"""Records as plain dictionaries (snake_case, ids with their letter): for `--json` and exports."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.storage.records import (
    Contact,
    CustodyEvent,
    Deadline,
    Evidence,
    ImageInfo,
    Incident,
    Request,
)

if TYPE_CHECKING:
    from quietcase.app.evidence.anchors import AnchorCheck

Record = Incident | Contact | Deadline | Request


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _ts(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _ref(kind: RecordKind, number: int | None) -> str | None:
    return None if number is None else format_id(kind, number)


def incident(record: Incident) -> dict[str, Any]:
    when = record.when
    return {
        "id": format_id(RecordKind.INCIDENT, record.id),
        "record_type": RecordKind.INCIDENT,
        "title": record.title,
        "when": None if when is None else when.text(),
        "when_start": None if when is None else when.earliest(),
        "when_end": None if when is None else when.latest(),
        "platform": record.platform,
        "place": record.place,
        "links": [
            {
                "url": link.url,
                "post_title": link.post_title,
                "uploader": link.uploader,
                "found_on": _day(link.found_on),
                "status": link.status.value,
                "checked_on": _day(link.checked_on),
                "keywords": link.keywords,
            }
            for link in record.links
        ],
        "handles": list(record.handles),
        "tags": list(record.tags),
        "description": record.description,
        "note": record.note,
        "contact_ids": [format_id(RecordKind.CONTACT, c) for c in record.contact_ids],
        "created_at": _ts(record.created_at),
        "updated_at": _ts(record.updated_at),
    }


def contact(record: Contact) -> dict[str, Any]:
    return {
        "id": format_id(RecordKind.CONTACT, record.id),
        "record_type": RecordKind.CONTACT,
        "name": record.name,
        "role": record.role.value,
        "organisation": record.organisation,
        "phone": record.phone,
        "email": record.email,
        "handles": list(record.handles),
        "note": record.note,
        "created_at": _ts(record.created_at),
        "updated_at": _ts(record.updated_at),
    }


def deadline(record: Deadline, *, overdue: bool | None = None) -> dict[str, Any]:
    out = {
        "id": format_id(RecordKind.DEADLINE, record.id),
        "record_type": RecordKind.DEADLINE,
        "title": record.title,
        "due": record.due.text(),
        "incident_id": _ref(RecordKind.INCIDENT, record.incident_id),
        "done": record.done,
        "note": record.note,
        "created_at": _ts(record.created_at),
        "updated_at": _ts(record.updated_at),
    }
    if overdue is not None:
        out["overdue"] = overdue
    return out


def request(record: Request) -> dict[str, Any]:
    return {
        "id": format_id(RecordKind.REQUEST, record.id),
        "record_type": RecordKind.REQUEST,
        "kind": record.kind.value,
        "subject": record.subject,
        "sent_on": _day(record.sent_on),
        "contact_id": _ref(RecordKind.CONTACT, record.contact_id),
        "reference": record.reference,
        "status": record.status.value,
        "follow_up_on": _day(record.follow_up_on),
        "incident_ids": [format_id(RecordKind.INCIDENT, i) for i in record.incident_ids],
        "note": record.note,
        "created_at": _ts(record.created_at),
        "updated_at": _ts(record.updated_at),
    }


def evidence(record: Evidence, image: ImageInfo | None = None) -> dict[str, Any]:
    captured = record.captured
    out: dict[str, Any] = {
        "id": format_id(RecordKind.EVIDENCE, record.id),
        "record_type": RecordKind.EVIDENCE,
        "filename": record.filename,
        "size": record.size,
        "media_type": record.media_type,
        "sha256": record.sha256,
        "added_at": _ts(record.added_at),
        "file_modified_at": _ts(record.file_modified_at),
        "source_url": record.source_url,
        "captured_at": None if captured is None else captured.text(),
        "captured_by": record.captured_by,
        "description": record.description,
        "shows": record.shows,
        "tags": list(record.tags),
        "incident_ids": [format_id(RecordKind.INCIDENT, i) for i in record.incident_ids],
        "in_bin": record.binned_at is not None,
        "updated_at": _ts(record.updated_at),
    }
    if image is not None:
        out["image"] = {
            "width": image.width,
            "height": image.height,
            "exif": image.exif,
            "has_gps": image.has_gps,
            "dhash": image.dhash,
            "preview": image.thumbnail is not None,
            "problem": image.problem,
        }
    return out


def custody_event(event: CustodyEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": _ts(event.at),
        "action": event.action,
        "evidence_id": _ref(RecordKind.EVIDENCE, event.evidence_id),
        "detail": event.detail,
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }


def anchor_check(check: AnchorCheck) -> dict[str, Any]:
    """`verify --against`: whether the history behind a head printed earlier is still the
    beginning of today's, and what changed since."""
    return {
        "head": check.anchor.head,
        "counter": check.counter if check.found else check.anchor.counter,
        "found": check.found,
        "events_since": check.events_since,
        "changed": check.changed,
        "complete": check.complete,
    }
