"""Sender ids and @mentions seen across the chats of one import: handles she may want to note
for an offender (suggestions only; nothing is added to her case without her choosing it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quietcase.storage.records import ChatMessage

SUGGESTED_HANDLES = 20


@dataclass(frozen=True)
class HandleSuggestion:
    """A sender id (or, in HTML exports, a sender's name) or an @mention: a handle she may
    want to note for an offender. Nothing is added to her case without her choosing it."""

    handle: str
    name: str
    count: int
    kind: str  # "sender" (count: messages written) or "mention" (count: times mentioned)


class Handles:
    """Counts sender ids and @mentions across the chats of one import."""

    def __init__(self, owner_id: str = "") -> None:
        self.owner_id = owner_id
        self.senders: Counter[str] = Counter()
        self.names: dict[str, str] = {}
        self.mentions: Counter[str] = Counter()

    def see(self, message: ChatMessage) -> None:
        if message.kind == "message":
            handle = message.sender_id or message.sender
            if handle and handle != self.owner_id:
                self.senders[handle] += 1
                if message.sender:
                    self.names[handle] = message.sender
        for mention in message.mentions:
            self.mentions[mention] += 1

    def merge(self, other: Handles) -> None:
        """Add what another `Handles` saw (a batch made ready by the export's reader)."""
        self.senders.update(other.senders)
        self.names.update(other.names)
        self.mentions.update(other.mentions)

    def suggestions(self) -> list[HandleSuggestion]:
        return [
            HandleSuggestion(h, self.names.get(h, ""), n, "sender")
            for h, n in self.senders.most_common(SUGGESTED_HANDLES)
        ] + [
            HandleSuggestion(h, "", n, "mention")
            for h, n in self.mentions.most_common(SUGGESTED_HANDLES)
        ]
