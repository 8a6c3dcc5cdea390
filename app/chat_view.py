"""What the window's chat view needs beyond `ChatMessages`: a page of messages together with
the messages they reply to, and where one message stands in its chat (to open a search hit).

Read-only; every function runs inside one read transaction on the worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.case import Case
from app.telegram_messages import ChatMessages
from app.transactions import reading
from storage.chat_messages import sort_key
from storage.records import ChatMessage

PAGE_SIZE = 200


@dataclass(frozen=True)
class ChatFilter:
    """One chat, and optionally its senders (ids or names) and a span of days."""

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


def count(case: Case, chosen: ChatFilter) -> int:
    return ChatMessages(case.vault).count(
        chat_ids=[chosen.chat_id], senders=chosen.senders, since=chosen.since, until=chosen.until
    )


def page(case: Case, chosen: ChatFilter, offset: int, limit: int = PAGE_SIZE) -> Page:
    """One page of messages in time order, with the messages they reply to."""
    store = ChatMessages(case.vault)

    def read() -> Page:
        found = store.messages(
            chat_ids=[chosen.chat_id],
            senders=chosen.senders,
            since=chosen.since,
            until=chosen.until,
            limit=limit,
            offset=offset,
        )
        wanted = sorted({m.reply_to for m in found if m.reply_to is not None})
        return Page(offset, found, replied_to(case, chosen.chat_id, wanted))

    return reading(case.vault, read)


def replied_to(case: Case, chat_id: int, message_ids: Sequence[int]) -> dict[int, ChatMessage]:
    """Messages of one chat by their Telegram message ids (those the export held)."""
    if not message_ids:
        return {}
    marks = ",".join("?" * len(message_ids))
    rows = case.vault.query(
        f"SELECT id FROM chat_message WHERE chat_id = ? AND message_id IN ({marks})",
        (chat_id, *(int(i) for i in message_ids)),
    )
    found = ChatMessages(case.vault).selected([int(r[0]) for r in rows])
    return {m.message_id: m for m in found}


def locate(case: Case, record_id: int) -> tuple[int, int]:
    """(chat id, position in the whole chat, unfiltered) of one message (an M-id)."""
    store = ChatMessages(case.vault)

    def read() -> tuple[int, int]:
        message = store.message(record_id)
        key = sort_key(message)
        before = store.count(chat_ids=[message.chat_id], until=key)
        same_time = store.messages(chat_ids=[message.chat_id], since=key, limit=1000)
        ties = [m.id for m in same_time if sort_key(m) == key]
        return message.chat_id, before + (ties.index(record_id) if record_id in ties else 0)

    return reading(case.vault, read)
