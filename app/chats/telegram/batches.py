"""A batch of an export's messages, and the same batch made ready to be written.

The child process that reads a large export (`app.chats.telegram.parsing`) also makes each batch
ready as if all its messages were new: the rows `ChatLog.write_messages` takes (chat and
export ids still 0), where each media file is inside the export folder, the span of local
times and the handles seen. The import then only writes it, unless some of its messages are
already in her case (`ChatIntake.add_batch`); the Python work of a batch is off this
process's GIL, which the files being stored meanwhile need. The messages themselves cross as
their fields and become records only if the batch is not written as it is.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from typing import Any

from quietcase.app.chats.telegram.files import inside, relative_name
from quietcase.app.chats.telegram.handles import Handles
from quietcase.storage.chats.messages import ChatLog
from quietcase.storage.records import ChatMedia, ChatMessage


class MediaFiles:
    """Where the media of messages are inside the export folder (each path checked once)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._resolved: dict[str, tuple[str, str]] = {}

    def resolve(self, media: ChatMedia) -> tuple[str, str]:
        """(file inside the export, "") for a file that is there; ("", why) otherwise."""
        if not media.path:
            return "", ""
        found = self._resolved.get(media.path)
        if found is None:
            path = inside(self.root, media.path)
            if path is None:
                found = ("", "refused")
            elif path.is_file():
                found = (relative_name(self.root, path), "")
            else:
                found = ("", "absent")
            self._resolved[media.path] = found
        return found

    def message(self, message: ChatMessage) -> tuple[ChatMessage, list[str]]:
        """The message with why each missing file is missing, and each file's place."""
        if not message.media:
            return message, []
        resolved = [self.resolve(m) for m in message.media]
        media = tuple(
            replace(m, missing=missing) if missing else m
            for m, (_, missing) in zip(message.media, resolved, strict=True)
        )
        files = [file for file, _ in resolved]
        return (replace(message, media=media) if media != message.media else message), files


@dataclass(frozen=True)
class Prepared:
    """A batch ready to be written as new messages (see the module)."""

    rows: list[tuple[Any, ...]]
    media: list[tuple[Any, ...]]
    last_sort: str
    first_local: str
    last_local: str
    handles: Handles


_FIELDS = tuple(f.name for f in dataclasses.fields(ChatMessage))
_MESSAGE_ID = _FIELDS.index("message_id")
_TEXT = _FIELDS.index("text")
_VALUES = attrgetter(*_FIELDS)


def fields(message: ChatMessage) -> tuple[Any, ...]:
    """A record as the tuple of its fields, in their order (what crosses the pipe:
    unpickling 100,000 dataclass instances took 0.29 s of the import's GIL, tuples 0.04 s)."""
    values: tuple[Any, ...] = _VALUES(message)
    return values


def record(values: tuple[Any, ...]) -> ChatMessage:
    """A record from its fields, as the reader made it (its own `__init__` and checks ran
    in the child; setting the frozen fields directly is twice as fast)."""
    made: ChatMessage = object.__new__(ChatMessage)
    vars(made).update(zip(_FIELDS, values, strict=True))
    return made


@dataclass(frozen=True)
class MessageBatch:
    """Consecutive messages of one chat, made ready by the child that read them: their
    fields, and the batch `prepared` as new messages. The records (`messages`) are made
    only when asked for; a batch of new messages is written without them (100,000 records
    cost 0.15 s of the import's GIL while its files were being stored)."""

    values: list[tuple[Any, ...]]
    prepared: Prepared

    @cached_property
    def messages(self) -> list[ChatMessage]:
        return [record(v) for v in self.values]

    def ids(self) -> list[int]:
        return [v[_MESSAGE_ID] for v in self.values]

    def texts(self) -> list[str]:
        return [v[_TEXT] for v in self.values]


def prepare(
    messages: list[ChatMessage], files: MediaFiles, after: str, handles: Handles
) -> Prepared:
    """`messages` made ready as new ones; `after` is the order key of the message before
    them, `handles` an empty `Handles` that sees them."""
    ready: list[ChatMessage] = []
    places: list[list[str]] = []
    locals_ = [m.local_time for m in messages if m.local_time]
    for message in messages:
        made, where = files.message(message)
        ready.append(made)
        places.append(where)
        handles.see(message)
    rows, media, last_sort = ChatLog.message_rows(0, ready, places, 0, after)
    return Prepared(
        rows,
        media,
        last_sort,
        min(locals_, default=""),
        max(locals_, default=""),
        handles,
    )


def with_ids(rows: list[tuple[Any, ...]], chat_id: int, export_id: int) -> list[tuple[Any, ...]]:
    """Prepared rows with the chat's and the export's ids in place of 0 (first and last)."""
    return [(chat_id, *row[1:-1], export_id) for row in rows]
