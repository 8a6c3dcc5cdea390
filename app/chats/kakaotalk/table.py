"""Reading the CSV that KakaoTalk for macOS writes: `Date,User,Message`, one row per
message, text quoted when it holds commas, quotes or line breaks; system rows may have no
user, some rows no date (kept, without a time of their own, in their place)."""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from quietcase.app.chats.kakaotalk.model import NOT_UNDERSTOOD, KakaoChat, ReadNotes
from quietcase.app.chats.kakaotalk.reader import Draft, Reader, ReadOptions
from quietcase.storage.records import ChatMessage

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$")


def read_csv(
    lines: list[str],
    chat: KakaoChat,
    options: ReadOptions,
    notes: ReadNotes,
    files: Mapping[str, str] | None = None,
) -> Iterator[ChatMessage]:
    """The messages of a macOS export's `lines` (line 1 is the header row)."""
    reader = Reader(chat, options, notes, files)
    source = iter(line + "\n" for line in lines)
    rows = csv.reader(source, strict=False)
    # A message may be longer than the csv module's default field limit (128 KiB); the
    # reader is bounded by its process's limits instead.
    limit = csv.field_size_limit(sys.maxsize)
    try:
        yield from _rows(rows, lines, reader, notes)
    finally:
        csv.field_size_limit(limit)


def _rows(rows: Any, lines: list[str], reader: Reader, notes: ReadNotes) -> Iterator[ChatMessage]:
    consumed = 0
    for row in rows:
        first, consumed = consumed + 1, rows.line_num
        raw = lines[first - 1 : consumed]
        if first == 1:
            continue  # Date,User,Message
        if not row:
            continue  # a blank line between rows
        if len(row) != 3:
            draft = Draft(first, "unparsed", "", "", ["\n".join(raw)], list(raw))
            draft.flags.add(NOT_UNDERSTOOD)
            yield reader.record(draft, consumed)
            continue
        when, user, text = row
        local = _local(when.strip())
        kind = "message" if user else "service"
        draft = Draft(first, kind, local, user, [text], list(raw))
        if when.strip() and not local:
            draft.flags.add(NOT_UNDERSTOOD)
            notes.not_understood += 1
        yield reader.record(draft, consumed)


def _local(when: str) -> str:
    m = _DATE.match(when)
    if not m:
        return ""
    y, mo, d, h, mi, sec = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31 and int(h) < 24 and int(mi) < 60):
        return ""
    return f"{y}-{mo}-{d}T{h}:{mi}:{sec or '00'}"
