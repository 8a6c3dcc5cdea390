"""Reading Telegram Desktop's `result.json`, one message at a time.

A file that is not JSON (a 2 GB video renamed, random bytes) is refused from its size and
first bytes before anything is parsed. The rest is read as text once, and walked with the
standard library's decoder one message at a time (`JSONDecoder.raw_decode`), so memory holds
the text and a batch of messages, not every message as Python objects.

Two faults of some Telegram versions are repaired, and said so: control characters written as
`\\xNN` (not JSON; read as the character), and custom emoji whose `document_id` was written
without quotes (read as text). Anything else that is not JSON is refused, naming the line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from quietcase.app.chats.telegram.json_message import message_record, note_folder
from quietcase.app.chats.telegram.model import Notice, ParsedChat, ReadNotes, plain
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

MAX_JSON_BYTES = 1 << 30  # 1 GiB: about two million messages

TOO_LARGE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is {size} MB, more than Quietcase reads from one export ({limit} MB). Please "
    "export the chat again in parts (Telegram Desktop can export a range of dates).",
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is not a Telegram JSON export: it does not start like JSON text. Nothing was imported.",
)
BAD_JSON = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} cannot be read: it stops being valid JSON at line {line} ({problem}). Nothing "
    "was imported. If you edited the file, please export it again from Telegram Desktop.",
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} cannot be read: it is nested far deeper than any Telegram export. Nothing was "
    "imported.",
)
NO_CHATS = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is JSON, but not a Telegram Desktop chat export (it has no chats or messages).",
)
REPAIRED_CONTROL = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{count} control character(s) written as \\xNN (a fault of some Telegram versions) were "
    "read as the characters they stand for.",
)
REPAIRED_EMOJI = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{count} custom emoji id(s) written without quotes (a fault of some Telegram versions) "
    "were read as text.",
)
REPAIRED_UTF8 = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Some bytes were not valid UTF-8 text and were read as the replacement character.",
)

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_CONTROL = re.compile(r"(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})")
_EMOJI_ID_KEY = '"document_id": '
_BOM = b"\xef\xbb\xbf"
_DECODER = json.JSONDecoder()


def read_text(path: Path, notes: ReadNotes) -> str:
    """The file as text, checked and repaired; raises `UserError` for what is not JSON."""
    with open(path, "rb") as handle:
        head = handle.read(64)
        if not head.removeprefix(_BOM).lstrip(b" \t\r\n").startswith(b"{"):
            raise UserError(NOT_JSON, name=path.name)
        size = _size(handle)
        if size > MAX_JSON_BYTES:
            raise UserError(
                TOO_LARGE, name=path.name, size=f"{size // 1_000_000:,}", limit=f"{1 << 10:,}"
            )
        data = handle.read()
    try:
        text = data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError:
        text = data.removeprefix(_BOM).decode("utf-8", "replace")
        notes.repairs.append(Notice(REPAIRED_UTF8))
    del data
    return repaired(text, notes)


def _size(handle: Any) -> int:
    handle.seek(0, 2)
    size = int(handle.tell())
    handle.seek(0)
    return size


def repaired(text: str, notes: ReadNotes) -> str:
    """Repair the two known faults of Telegram's writer; each repair is noted."""
    if "\\x" in text:
        text, count = _CONTROL.subn(r"\1\\u00\2", text)
        if count:
            notes.repairs.append(Notice(REPAIRED_CONTROL, (("count", f"{count:,}"),)))
    if _EMOJI_ID_KEY in text:
        text, count = _quote_emoji_ids(text)
        if count:
            notes.repairs.append(Notice(REPAIRED_EMOJI, (("count", f"{count:,}"),)))
    return text


def _quote_emoji_ids(text: str) -> tuple[str, int]:
    """Telegram writes a custom emoji's id unquoted on a line of its own (`"document_id":
    5368324170671202286,` or a bare word): quoted, line by line, so the JSON reads. One
    pass over the lines (a pattern for it looked back and forth on long lines: a line of
    16,000 spaces took 1.4 s)."""
    lines = text.split("\n")
    count = 0
    for index, line in enumerate(lines):
        body = line.removesuffix("\r")
        start = len(body) - len(body.lstrip(" \t"))
        if not body.startswith(_EMOJI_ID_KEY, start):
            continue
        value = body[start + len(_EMOJI_ID_KEY) :]
        if value.startswith('"') or "\r" in value:
            continue
        value = value.rstrip(" \t")
        comma = "," if value.endswith(",") else ""
        value = value.removesuffix(",").strip()
        quoted = json.dumps(value, ensure_ascii=False)
        lines[index] = f"{body[: start + len(_EMOJI_ID_KEY)]}{quoted}{comma}{line[len(body) :]}"
        count += 1
    return ("\n".join(lines), count) if count else (text, 0)


Event = tuple[ParsedChat, dict[str, Any] | None]

FIRST_CHAT_BYTES = 64 * 1024  # a single chat's name, type and id come before its messages


def first_chat(path: Path) -> ParsedChat | None:
    """The chat of a single-chat export, from the start of its file alone (as `walk` would
    give it first), so that its files can be stored while the rest is still being read.
    None when the start does not show one chat (a whole account, an unusual order, not
    JSON): the caller then waits for the whole reading, which says what is wrong."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(FIRST_CHAT_BYTES)
    except OSError:
        return None
    notes = ReadNotes()
    text = repaired(head.removeprefix(_BOM).decode("utf-8", "ignore"), notes)
    try:
        for chat, _ in walk(text, path.name, notes):
            return None if notes.whole_account else chat
    except UserError:  # the start alone cannot be read further
        return None
    return None


def same_chat(one: ParsedChat, other: ParsedChat) -> bool:
    """Whether two readings name the same chat."""
    return (one.name, one.chat_type, one.telegram_id, one.folder, one.left) == (
        other.name,
        other.chat_type,
        other.telegram_id,
        other.folder,
        other.left,
    )


def walk(
    text: str, name: str, notes: ReadNotes, at: Callable[[int], None] | None = None
) -> Iterator[Event]:
    """Every chat of the export and its messages, in file order: `(chat, None)` when a chat
    starts, then `(chat, message)` for each of its messages; `at(position)` is called every
    thousand messages. Raises `UserError` when the text is not JSON (naming the line) or not
    a Telegram export."""
    reader = _Reader(text, name, at)
    try:
        yield from _export(reader, notes)
    except json.JSONDecodeError as exc:
        problem = exc.msg
        raise UserError(BAD_JSON, name=name, line=f"{exc.lineno:,}", problem=problem) from None
    except RecursionError:
        raise UserError(TOO_DEEP, name=name) from None


class _Reader:
    """Positions in the text, for walking the outer levels of the export by hand."""

    def __init__(self, text: str, name: str, report: Callable[[int], None] | None) -> None:
        self.text = text
        self.name = name
        self.at = 0
        self.report = report

    def skip_space(self) -> None:
        m = _WHITESPACE.match(self.text, self.at)
        self.at = m.end() if m else self.at

    def peek(self) -> str:
        self.skip_space()
        return self.text[self.at : self.at + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            expecting = {"{": "'{'", "[": "'['", ":": "':' delimiter"}.get(char, repr(char))
            raise json.JSONDecodeError(f"Expecting {expecting}", self.text, self.at)
        self.at += 1

    def value(self) -> Any:
        self.skip_space()
        found, self.at = _DECODER.raw_decode(self.text, self.at)
        return found

    def keys(self) -> Iterator[str]:
        """The keys of an object, positioned at each value (the caller reads or skips it)."""
        self.expect("{")
        if self.peek() == "}":
            self.at += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise json.JSONDecodeError("Expecting property name", self.text, self.at)
            self.expect(":")
            yield key
            if self.peek() == ",":
                self.at += 1
                continue
            self.expect("}")
            return

    def items(self) -> Iterator[int]:
        """Each element of an array (the caller reads or skips it); yields its index."""
        self.expect("[")
        if self.peek() == "]":
            self.at += 1
            return
        index = 0
        while True:
            yield index
            index += 1
            if self.peek() == ",":
                self.at += 1
                continue
            self.expect("]")
            return


def _export(reader: _Reader, notes: ReadNotes) -> Iterator[Event]:
    if reader.peek() != "{":
        raise UserError(NOT_JSON, name=reader.name)
    found_chats = False
    single = ParsedChat(name="")
    for key in reader.keys():
        if key in ("chats", "left_chats"):
            found_chats = notes.whole_account = True
            for chat_key in reader.keys():
                if chat_key != "list" or reader.peek() != "[":
                    reader.value()
                    continue
                for _ in reader.items():
                    yield from _chat(reader, notes, left=key == "left_chats")
        elif key == "messages" and reader.peek() == "[":
            found_chats = True
            yield from _messages(reader, single, notes)
        elif key in ("name", "type", "id"):
            _chat_field(single, key, reader.value())
        elif key == "personal_information":
            info = reader.value()
            if isinstance(info, dict) and info.get("user_id") is not None:
                notes.owner_id = f"user{info['user_id']}"
        else:
            reader.value()  # contacts, sessions, other_data...: not part of any chat
    reader.skip_space()
    if reader.at != len(reader.text):
        raise json.JSONDecodeError("Extra data", reader.text, reader.at)
    if not found_chats:
        raise UserError(NO_CHATS, name=reader.name)


def _chat_field(chat: ParsedChat, key: str, value: Any) -> None:
    if key == "name":
        chat.name = plain(str(value)) if value is not None else ""
    elif key == "type":
        chat.chat_type = str(value or "")
    elif key == "id" and isinstance(value, int) and not isinstance(value, bool):
        chat.telegram_id = value


def _chat(reader: _Reader, notes: ReadNotes, *, left: bool) -> Iterator[Event]:
    chat = ParsedChat(name="", left=left)
    deferred: int | None = None
    if reader.peek() != "{":
        reader.value()
        notes.skipped_entries += 1
        return
    for key in reader.keys():
        if key == "messages" and reader.peek() == "[":
            if chat.name or chat.telegram_id is not None:
                yield from _messages(reader, chat, notes)
            else:  # not Telegram's order: come back once the chat's name is known
                deferred = reader.at
                for _ in reader.items():
                    reader.value()
        elif key in ("name", "type", "id"):
            _chat_field(chat, key, reader.value())
        else:
            reader.value()
    if deferred is not None:
        resume = reader.at
        reader.at = deferred
        yield from _messages(reader, chat, notes)
        reader.at = resume


def _messages(reader: _Reader, chat: ParsedChat, notes: ReadNotes) -> Iterator[Event]:
    if not chat.name:
        chat.name = "Saved Messages" if chat.chat_type == "saved_messages" else ""
    yield chat, None
    for index in reader.items():
        raw = reader.value()
        if reader.report is not None and index % 1000 == 999:
            reader.report(reader.at)
        if isinstance(raw, dict):
            chat.message_count += 1
            yield chat, raw
        else:
            notes.skipped_entries += 1


__all__ = [
    "first_chat",
    "message_record",
    "note_folder",
    "read_text",
    "repaired",
    "same_chat",
    "walk",
]
