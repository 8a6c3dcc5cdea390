"""What the window's chat view needs beyond `ChatMessages`: a page of messages together with
the messages they reply to, and where one message stands in its chat (to open a search hit).

Read-only; every function runs inside one read transaction on the worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from quietcase.app.case import Case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.core.transactions import reading
from quietcase.storage.chats.messages import ChatLog
from quietcase.storage.records import ChatMessage

PAGE_SIZE = 200


@dataclass(frozen=True)
class ChatFilter:
    """One chat, and optionally its senders (their ids, or names where the export gave no
    id, exactly as `ChatMessages.senders` lists them) and a span of days."""

    chat_id: int
    senders: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None  # that whole day included


@dataclass
class Page:
    """Messages `offset`.. of a filtered chat, and (by Telegram message id) the messages of
    the same chat that they reply to."""

    offset: int
    messages: list[ChatMessage]
    replied: dict[int, ChatMessage] = field(default_factory=dict)


def message_ids(case: Case, chosen: ChatFilter) -> list[int]:
    """The record ids of the chosen messages in time order (the order `ChatMessages` lists
    them in). One query; a page is then read by its ids, so the last page of 100,000
    messages comes as fast as the first (an OFFSET sorted the whole chat again each time)."""
    log = ChatLog(case.vault)
    since = chosen.since.isoformat() if chosen.since is not None else None
    until = (chosen.until + timedelta(days=1)).isoformat() if chosen.until is not None else None
    return reading(
        case.vault, lambda: log.ids_in_order(chosen.chat_id, chosen.senders, since, until)
    )


def page(case: Case, chat_id: int, offset: int, ids: Sequence[int]) -> Page:
    """The messages `ids` (row `offset` on), with the messages they reply to."""

    def read() -> Page:
        found = ChatMessages(case.vault).selected(ids)
        wanted = sorted({m.reply_to for m in found if m.reply_to is not None})
        return Page(offset, found, replied_to(case, chat_id, wanted))

    return reading(case.vault, read)


def replied_to(case: Case, chat_id: int, message_ids: Sequence[int]) -> dict[int, ChatMessage]:
    """Messages of one chat by their Telegram message ids (those the export held)."""
    if not message_ids:
        return {}
    ids = ChatLog(case.vault).ids_of_messages(chat_id, message_ids)
    found = ChatMessages(case.vault).selected(ids)
    return {m.message_id: m for m in found}


def locate(case: Case, record_id: int) -> tuple[int, int]:
    """(chat id, row in the whole chat, unfiltered) of one message (an M-id)."""
    message = ChatMessages(case.vault).message(record_id)
    ids = message_ids(case, ChatFilter(message.chat_id))
    return message.chat_id, ids.index(record_id) if record_id in ids else 0
