"""One chat of a Telegram import: finding its record, adding only new messages, in batches.

A chat is recognised again by its Telegram id (JSON exports). HTML exports have no ids, so
a chat of the same name is taken to be the same chat, unless the messages they share (same
message ids) say otherwise: then it is kept apart, so two rooms that happen to share a name
are never mixed up.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from quietcase.app.chats.telegram.batches import MediaFiles, MessageBatch, with_ids
from quietcase.app.chats.telegram.handles import Handles
from quietcase.app.chats.telegram.model import ParsedChat
from quietcase.storage.chats.messages import ChatLog
from quietcase.storage.records import Chat, ChatMedia, ChatMessage

BATCH = 2000


@dataclass
class ChatResult:
    """What one chat's import added."""

    chat_id: int
    name: str
    telegram_id: int | None = None
    incident_id: int | None = None
    incident_created: bool = False
    messages_added: int = 0
    messages_known: int = 0
    messages_changed: int = 0  # known, but the newer export shows different text (kept)
    media_stored: int = 0
    media_missing: dict[str, int] = field(default_factory=dict)
    first_local: str = ""
    last_local: str = ""


class ChatIntake:
    """Adds one chat's messages to the vault, a batch at a time (inside the caller's
    transaction); media paths are checked against the export folder as they come. A batch
    is prepared without the vault; `lock` is held only while it is written (the files may be
    stored from another thread meanwhile, see `app.chats.telegram.reading`)."""

    lock: AbstractContextManager[object]

    def __init__(
        self,
        log: ChatLog,
        parsed: ParsedChat,
        root: Path,
        export_id: int,
        now: datetime,
        handles: Handles,
    ) -> None:
        self.log = log
        self.parsed = parsed
        self.root = root
        self.export_id = export_id
        self.now = now
        self.handles = handles
        self.chat, self._by_name, created = self._find_or_create()
        self.known: dict[int, str] = {} if created else log.known_texts(self.chat.id)
        self.without_file = set() if created else log.media_without_file(self.chat.id)
        self.batch: list[ChatMessage] = []
        self.result = ChatResult(self.chat.id, self.chat.name, self.chat.telegram_id)
        self.files = MediaFiles(root)
        self._last_sort = ""
        self.lock = nullcontext()

    @property
    def by_name(self) -> bool:
        """Found by name only, and not yet confirmed by its messages (see `flush`)."""
        return self._by_name

    def _find_or_create(self) -> tuple[Chat, bool, bool]:
        """The chat's record, whether it was found by name only, whether it is new."""
        parsed = self.parsed
        name = parsed.name or (f"Chat {parsed.telegram_id}" if parsed.telegram_id else "Chat")
        if parsed.telegram_id is not None:
            found = self.log.chat_by_telegram_id(parsed.telegram_id)
            if found is not None:
                updated = replace(found, name=name, chat_type=parsed.chat_type or found.chat_type)
                self.log.update_chat(updated, self.now)
                return updated, False, False
        same_name = [
            c
            for c in self.log.chats_named(name)
            if parsed.telegram_id is None or c.telegram_id is None
        ]
        if len(same_name) == 1:
            found = replace(
                same_name[0],
                telegram_id=parsed.telegram_id or same_name[0].telegram_id,
                chat_type=parsed.chat_type or same_name[0].chat_type,
            )
            return found, True, False
        return self._new(name), False, True

    def _new(self, name: str) -> Chat:
        chat = Chat(name=name, chat_type=self.parsed.chat_type, telegram_id=self.parsed.telegram_id)
        return replace(chat, id=self.log.add_chat(chat, self.now))

    def add_batch(self, batch: MessageBatch, cancel: Callable[[], None]) -> None:
        """Messages made ready by the export's reader: written as they are when all are new
        to her case (and to each other), else one by one as `add` does."""
        cancel()
        self.flush()
        ids = batch.ids()
        if self._by_name or len(set(ids)) != len(ids) or not self.known.keys().isdisjoint(ids):
            self.batch = list(batch.messages)
            self.flush()
            return
        # Its Python too under the lock: beside a file being stored, it made each of the
        # file's returns from SQLite wait for the GIL (see app.chats.telegram.reading).
        with self.lock:
            ready = batch.prepared
            self.known.update(zip(ids, batch.texts(), strict=True))
            for local in (ready.first_local, ready.last_local):
                self._span(local)
            self.handles.merge(ready.handles)
            self._last_sort = ready.last_sort
            chat_id, export_id = self.chat.id, self.export_id
            self.log.write_messages(
                with_ids(ready.rows, chat_id, export_id), with_ids(ready.media, chat_id, export_id)
            )
        self.result.messages_added += len(ids)

    def add(self, message: ChatMessage, cancel: Callable[[], None]) -> None:
        self.batch.append(message)
        if len(self.batch) >= BATCH:
            cancel()
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        if self._by_name:
            with self.lock:
                self._confirm_same_chat(batch)
        new: list[ChatMessage] = []
        files: list[list[str]] = []
        refill: list[tuple[int, int, int, ChatMedia, str, int]] = []
        known_texts, see = self.known, self.handles.see
        resolve = self.files.resolve
        for message in batch:
            self._span(message.local_time)
            known = known_texts.get(message.message_id)
            if known is None:
                known_texts[message.message_id] = message.text
                made, where = self.files.message(message)
                new.append(made)
                files.append(where)
                see(message)
                continue
            self.result.messages_known += 1
            if known != message.text:
                self.result.messages_changed += 1
            for position, item in enumerate(message.media):
                file, _ = resolve(item)
                if file and (message.message_id, position) in self.without_file:
                    refill.append(
                        (self.chat.id, message.message_id, position, item, file, self.export_id)
                    )
        rows, media_rows, self._last_sort = self.log.message_rows(
            self.chat.id, new, files, self.export_id, self._last_sort
        )
        with self.lock:
            self.log.write_messages(rows, media_rows)
            self.log.set_media(refill)
        self.result.messages_added += len(new)

    def _confirm_same_chat(self, batch: list[ChatMessage]) -> None:
        """A chat found by name only: if the messages both have mostly differ, it is
        another chat with the same name; give this one its own record."""
        self._by_name = False
        shared = [m for m in batch if m.message_id in self.known]
        differ = sum(1 for m in shared if self.known[m.message_id] != m.text)
        if shared and differ * 2 > len(shared):
            self.chat = self._new(self.chat.name)
            self.known, self.without_file = {}, set()
        else:
            self.log.update_chat(self.chat, self.now)
        self.result = replace(self.result, chat_id=self.chat.id, telegram_id=self.chat.telegram_id)

    def _span(self, local: str) -> None:
        result = self.result
        if local and (not result.first_local or local < result.first_local):
            result.first_local = local
        if local > result.last_local:
            result.last_local = local

    def finish(self) -> ChatResult:
        """Write what is left of the batch; the result is complete but for the incident."""
        self.flush()
        if self._by_name:  # nothing came to compare: it is the chat of that name
            with self.lock:
                self._confirm_same_chat([])
        return self.result

    def attach(self, incident_id: int | None) -> None:
        """Remember the incident of the chat (later imports of it use the same one)."""
        if incident_id is not None and incident_id != self.chat.incident_id:
            self.chat = replace(self.chat, incident_id=incident_id)
            self.log.update_chat(self.chat, self.now)
        self.result.incident_id = self.chat.incident_id
