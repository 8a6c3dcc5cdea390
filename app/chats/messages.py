"""Reading imported chats: the messages of a chat, by sender, between dates.

For the window's chat view and for `quietcase-cli list VAULT messages`. Times: a message
whose export gave an exact time is compared in UTC; one whose export gave only the local time
(HTML exports, JSON exports before 2022) is compared by that local time as written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from quietcase.app.chats import people
from quietcase.app.core.clock import Clock, SystemClock
from quietcase.app.core.errors import RECORD_MISSING, UserError
from quietcase.app.core.kinds import RecordKind, format_id, kind_label
from quietcase.app.core.transactions import reading, writing
from quietcase.storage.chats.messages import ChatLog
from quietcase.storage.chats.report_messages import ReportMessages
from quietcase.storage.chats.telegram_exports import TelegramExports
from quietcase.storage.errors import RecordMissing
from quietcase.storage.records import Chat, ChatMessage, Contact, ContactRole
from quietcase.storage.vault import Vault

When = date | datetime | str | None


@dataclass(frozen=True)
class Sender:
    """Someone who wrote in the chosen chats: their id (empty in HTML exports), the name
    their latest message showed, and how many messages they wrote."""

    sender_id: str
    name: str
    messages: int


class ChatMessages:
    """Queries over the imported chats of one open vault; the one write is the choice of
    messages for the case summary (`set_for_report`)."""

    def __init__(self, vault: Vault, clock: Clock | None = None) -> None:
        self.vault = vault
        self.clock: Clock = clock or SystemClock()
        self._log = ChatLog(vault)
        self._chosen = ReportMessages(vault)

    def name_sender(self, chat_id: int, sender: str, contact_id: int) -> Contact:
        """She says which contact wrote as `sender` in a chat (see `app.chats.people`)."""
        return people.name_sender(self.vault, self.clock, chat_id, sender, contact_id)

    def name_sender_as_new(self, chat_id: int, sender: str, role: ContactRole) -> Contact:
        """She says the sender is a person not in her case yet (see `app.chats.people`)."""
        return people.name_sender_as_new(self.vault, self.clock, chat_id, sender, role)

    def chats(self) -> list[Chat]:
        """Every imported chat, by name."""
        return reading(self.vault, self._log.chats)

    def find_chats(self, selector: str) -> list[Chat]:
        """Chats named `selector` (ignoring case), or with that Telegram id."""
        wanted = unicodedata.normalize("NFC", selector).strip().casefold()
        return [
            c for c in self.chats() if c.name.casefold() == wanted or str(c.telegram_id) == wanted
        ]

    def messages(
        self,
        *,
        chat_ids: Sequence[int] = (),
        senders: Sequence[str] = (),
        since: When = None,
        until: When = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ChatMessage]:
        """Messages in time order. `senders`: sender ids ("user123") or names; `since` and
        `until`: a day (`until` includes that whole day) or a time (aware: compared in UTC)."""
        return reading(
            self.vault,
            lambda: self._log.messages(
                chat_ids=chat_ids,
                senders=senders,
                since=_bound(since, end=False),
                until=_bound(until, end=True),
                limit=limit,
                offset=offset,
            ),
        )

    def count(
        self,
        *,
        chat_ids: Sequence[int] = (),
        senders: Sequence[str] = (),
        since: When = None,
        until: When = None,
    ) -> int:
        return reading(
            self.vault,
            lambda: self._log.count(
                chat_ids=chat_ids,
                senders=senders,
                since=_bound(since, end=False),
                until=_bound(until, end=True),
            ),
        )

    def message(self, record_id: int) -> ChatMessage:
        """One message by its record id (M-12 -> 12)."""
        found = reading(self.vault, lambda: self._log.messages(ids=[record_id]))
        if not found:
            raise RecordMissing(RecordKind.MESSAGE, record_id)
        return found[0]

    def selected(self, record_ids: Sequence[int]) -> list[ChatMessage]:
        """The messages she picked (M-ids), in time order (for a transcript excerpt)."""
        if not record_ids:
            return []
        return reading(self.vault, lambda: self._log.messages(ids=record_ids))

    def for_report(self) -> list[int]:
        """Record ids (M-ids) of the messages chosen for the case summary, in time order."""
        return reading(self.vault, self._chosen.chosen)

    def count_for_report(self) -> int:
        """How many messages are chosen for the case summary."""
        return reading(self.vault, self._chosen.count)

    def set_for_report(self, record_ids: Sequence[int], chosen: bool) -> None:
        """Choose (`chosen`) or unchoose these messages for the case summary, all in one
        transaction. An id that is no message of this case file changes nothing and raises
        `UserError` naming it; choosing a chosen one again, or unchoosing one that is not
        chosen, is fine."""
        wanted = list(dict.fromkeys(int(i) for i in record_ids))
        if not wanted:
            return
        with writing(self.vault):
            known = self._chosen.existing(wanted)
            unknown = [i for i in wanted if i not in known]
            if unknown:
                raise UserError(
                    RECORD_MISSING,
                    kind=kind_label(RecordKind.MESSAGE),
                    record_id=", ".join(format_id(RecordKind.MESSAGE, i) for i in unknown),
                )
            if chosen:
                self._chosen.choose(wanted, self.clock.now())
            else:
                self._chosen.unchoose(wanted)

    def senders(self, chat_ids: Sequence[int] = ()) -> list[Sender]:
        """Who wrote in the chats, most messages first (for a filter)."""
        rows = reading(self.vault, lambda: self._log.senders(chat_ids))
        return [Sender(*row) for row in rows]

    def export_files(self, export_id: int) -> list[tuple[str, int]]:
        """(path inside the export, evidence id) of every file of one import."""
        return reading(self.vault, lambda: TelegramExports(self.vault).export_files(export_id))


def _bound(value: When, *, end: bool) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, date):
        return (value + timedelta(days=1 if end else 0)).isoformat()
    return value


def at_text(message: ChatMessage) -> str:
    """The time to show: exact UTC ("2025-11-03T12:19:06+00:00") or local as written."""
    if message.sent_at is not None:
        return message.sent_at.isoformat()
    return message.local_time


def as_dict(message: ChatMessage) -> dict[str, Any]:
    """A message as plain data (`--json`, exports): ids with their letters. A message of a
    text export (KakaoTalk) also says where it is in the file, how it was written there,
    what the reader was unsure of, and the time zone its time was read in."""
    data = _fields(message)
    if message.line_first:
        data["source_lines"] = [message.line_first, message.line_last]
        data["as_written"] = message.as_written
        data["flags"] = list(message.flags)
        data["time_zone"] = message.time_zone or None
        # its UTC time follows from the zone she chose: not a time the export gave
        data["time_exact"] = False
    return data


def _fields(message: ChatMessage) -> dict[str, Any]:
    return {
        "id": format_id(RecordKind.MESSAGE, message.id),
        "record_type": RecordKind.MESSAGE,
        "chat": message.chat_name,
        "message_id": message.message_id,
        "at": at_text(message) or None,
        "time_exact": message.sent_at is not None,
        "local_time": message.local_time or None,
        "utc_offset": message.utc_offset or None,
        "from": message.sender,
        "from_id": message.sender_id,
        "kind": message.kind,
        "action": message.action or None,
        "text": message.text,
        "urls": list(message.links),
        "mentions": list(message.mentions),
        "reply_to": message.reply_to,
        "forwarded_from": message.forwarded_from or None,
        "via_bot": message.via_bot or None,
        "edited": (
            message.edited_at.isoformat() if message.edited_at else message.edited_local or None
        ),
        "evidence_ids": [format_id(RecordKind.EVIDENCE, e) for e in message.evidence_ids],
        "media": [
            {
                "kind": m.kind,
                "path": m.path,
                "evidence_id": None
                if m.evidence_id is None
                else format_id(RecordKind.EVIDENCE, m.evidence_id),
                "missing": m.missing or None,
                "file_name": m.file_name or None,
            }
            for m in message.media
        ],
    }
