"""What the vault holds, as plain dataclasses: no SQL here, no Qt.

A record with `id == 0` has not been saved yet. Timestamps are timezone-aware (UTC) and come
from the injected clock in `app`; dates she types are `datetime.date` or `dates.When`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from quietcase.storage.dates import Moment, When


class ContactRole(StrEnum):
    LAWYER = "lawyer"
    POLICE = "police"
    SUPPORT_CENTRE = "support_centre"
    PLATFORM = "platform"
    ACTIVIST = "activist"
    WITNESS = "witness"
    SUSPECT = "suspect"
    OTHER = "other"


class LinkStatus(StrEnum):
    ONLINE = "online"
    REMOVED = "removed"
    UNKNOWN = "unknown"


class RequestKind(StrEnum):
    TAKEDOWN = "takedown"
    POLICE_REPORT = "police_report"
    SUPPORT_CENTRE = "support_centre"
    OTHER = "other"


class RequestStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    DONE = "done"
    REFUSED = "refused"


@dataclass(frozen=True)
class Link:
    """A web address where material was seen: what a support centre needs to request deletion."""

    url: str
    post_title: str = ""
    uploader: str = ""
    found_on: date | None = None
    status: LinkStatus = LinkStatus.UNKNOWN
    checked_on: date | None = None
    keywords: str = ""  # words to search for it by (a support centre asks for them)


@dataclass(frozen=True)
class Incident:
    """Something that happened to her: when, where, who, and the links where it was seen."""

    title: str
    when: When | None = None
    platform: str = ""
    place: str = ""
    links: tuple[Link, ...] = ()
    handles: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    description: str = ""
    note: str = ""
    contact_ids: tuple[int, ...] = ()
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Contact:
    """A person or organisation in her case: lawyer, police, support centre, suspect..."""

    name: str
    role: ContactRole = ContactRole.OTHER
    organisation: str = ""
    phone: str = ""
    email: str = ""
    handles: tuple[str, ...] = ()
    note: str = ""
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Deadline:
    """A date she must not miss; `due` is a day, or a day and time."""

    title: str
    due: Moment
    incident_id: int | None = None
    done: bool = False
    note: str = ""
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Request:
    """Something she asked of someone else: a takedown, a police report, a centre's help."""

    kind: RequestKind
    subject: str = ""
    sent_on: date | None = None
    contact_id: int | None = None
    reference: str = ""
    status: RequestStatus = RequestStatus.DRAFT
    follow_up_on: date | None = None
    incident_ids: tuple[int, ...] = ()
    note: str = ""
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class CaseCounts:
    """How much the vault holds, for a status line."""

    incidents: int = 0
    contacts: int = 0
    deadlines: int = 0
    requests: int = 0
    evidence: int = 0
    custody_events: int = 0


@dataclass(frozen=True)
class Evidence:
    """A file she collected, kept byte for byte. `sha256` is its identity in every export."""

    filename: str
    size: int
    media_type: str
    sha256: str
    added_at: datetime
    file_modified_at: datetime | None = None
    source_url: str = ""
    captured: When | None = None
    captured_by: str = ""
    description: str = ""
    shows: str = ""  # what this helps prove (입증취지)
    tags: tuple[str, ...] = ()
    incident_ids: tuple[int, ...] = ()
    binned_at: datetime | None = None
    id: int = 0
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ImageInfo:
    """What was derived from an image at intake (the original is never re-encoded)."""

    width: int | None = None
    height: int | None = None
    exif: dict[str, str] = field(default_factory=dict)
    has_gps: bool = False
    dhash: str | None = None
    thumbnail: bytes | None = None
    blurred: bytes | None = None
    problem: str = ""


@dataclass(frozen=True)
class CustodyEvent:
    """One entry of the hash-chained custody log; never changed or removed."""

    seq: int
    at: datetime
    action: str
    evidence_id: int | None
    detail: str
    prev_hash: str
    hash: str
    states: str | None = None  # SHA-256 of the record states it recorded (step 7), if any


@dataclass(frozen=True)
class ChatMedia:
    """A photo or file of a chat message. `path` is where the export says it is (inside the
    export folder); `evidence_id` is the evidence item holding its bytes; `missing` says why
    there is none: "not_included" or "too_large" (the export's settings left it out),
    "unavailable", "absent" (named but not in the folder), "refused" (pointed outside the
    export folder, so it was not read)."""

    kind: str
    path: str = ""
    evidence_id: int | None = None
    missing: str = ""
    file_name: str = ""
    mime_type: str = ""


@dataclass(frozen=True)
class Chat:
    """A chat, group or channel that messages were imported from; `app` is the program it
    was exported from ("telegram", "kakaotalk")."""

    name: str
    chat_type: str = ""
    telegram_id: int | None = None
    username: str = ""
    incident_id: int | None = None
    id: int = 0
    app: str = "telegram"


@dataclass(frozen=True)
class ChatMessage:
    """One message of an imported chat, as the export recorded it.

    `sent_at` is exact (UTC) when the export gave the time as a Unix timestamp; otherwise it is
    None and `local_time` holds the time as written, in the local time of the computer that
    made the export (`utc_offset` is the offset the export printed beside it, if any)."""

    chat_id: int
    message_id: int
    kind: str = "message"  # message, service, unsupported
    sent_at: datetime | None = None
    local_time: str = ""
    utc_offset: str = ""
    sender: str = ""
    sender_id: str = ""
    text: str = ""
    links: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    reply_to: int | None = None
    forwarded_from: str = ""
    via_bot: str = ""
    edited_at: datetime | None = None
    edited_local: str = ""
    action: str = ""  # service messages: create_group, invite_members, pin_message, ...
    media: tuple[ChatMedia, ...] = ()
    chat_name: str = ""
    export_id: int | None = None
    id: int = 0
    # Exports that are plain text (KakaoTalk): where the message is in the export file
    # (line numbers, the first line is 1; 0 when the export has no lines), the lines as
    # written there, what the reader is unsure of (`flags`: "split_guess", "maybe_cut",
    # "not_understood", "no_time", "time_ambiguous"), and the time zone she chose, in which
    # `local_time` was turned into `sent_at`.
    line_first: int = 0
    line_last: int = 0
    as_written: str = ""
    flags: tuple[str, ...] = ()
    time_zone: str = ""

    @property
    def evidence_ids(self) -> tuple[int, ...]:
        return tuple(m.evidence_id for m in self.media if m.evidence_id is not None)
