"""Reading a KakaoTalk text export line by line, in one pass, without merging or dropping.

Every line of the file ends up in exactly one place: the header (the chat's name, the day it
was saved), a day line, or a message, whose source lines (first and last) and lines as
written are kept beside the text understood from them. A message is everything from its
first line to the line before the next message or day line; blank lines inside it stay,
blank lines after it (before the next day) are not part of it. Lines that belong nowhere
(before the first message) become "not understood" entries, kept as written.

Where the split is a guess it is marked (`SPLIT_GUESS`), the lines kept as written:
- a line inside a message that reads like a message header is taken as one (KakaoTalk
  writes no marker to tell them apart), and marked when its time runs backwards, its day is
  not the day line's, or it lies after the day the export was saved;
- a day line that does not move the day forward cannot be KakaoTalk's (it writes one only
  when the day changes): it stays inside the message, which is marked;
- Windows exports write system lines (someone joined or left) without a time: a line
  reading like one is taken as one, and marked when it directly follows a message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from quietcase.app.chats.kakaotalk import formats
from quietcase.app.chats.kakaotalk.formats import Line
from quietcase.app.chats.kakaotalk.media import NOT_INCLUDED, found_media, media_of
from quietcase.app.chats.kakaotalk.model import (
    CUT_LENGTH,
    MAYBE_CUT_AT_500,
    MEDIA_BY_TIME,
    NO_TIME,
    NOT_UNDERSTOOD,
    SPLIT_GUESS,
    TIME_AMBIGUOUS,
    KakaoChat,
    ReadNotes,
    message_key,
)
from quietcase.app.chats.kakaotalk.times import in_zone
from quietcase.storage.records import ChatMedia, ChatMessage

ME = "me"  # the sender id of her own messages
SELF_NAMES = frozenset({"회원님", "나", "you", "You", "YOU"})
# How Windows writes someone joining or leaving (compared with the line's end: a regular
# expression searched through a crafted line of repeats would take quadratic time).
_PC_SYSTEM_ENDS = (
    "님이 들어왔습니다.",
    "님이 나갔습니다.",
    "님을 초대했습니다.",
    "님을 초대하였습니다.",
    "님을 내보냈습니다.",
    "님이 입장하셨습니다.",
    "님이 퇴장하셨습니다.",
    "joined this chatroom.",
    "left this chatroom.",
    "has left.",
    "has joined.",
)


def _pc_system(line: str) -> bool:
    text = line.rstrip()
    if text.endswith(_PC_SYSTEM_ENDS):
        return True
    return text.endswith(".") and " invited " in text


_KINDS = {"message": "message", "service": "service", "unparsed": "unsupported"}


@dataclass
class Draft:
    first: int
    kind: str  # message, service, unparsed
    local: str
    sender: str
    lines: list[str]
    raw: list[str]
    flags: set[str] = field(default_factory=set)


@dataclass
class ReadOptions:
    """Her choices that shape the records: the time zone of the export and her name."""

    time_zone: str = "UTC"
    me: str = ""


class Reader:
    """Turns the lines of one export into records (see the module)."""

    def __init__(
        self,
        chat: KakaoChat,
        options: ReadOptions,
        notes: ReadNotes,
        files: Mapping[str, str] | None = None,
        by_time: Mapping[int, list[str]] | None = None,
    ) -> None:
        self.chat = chat
        self.by_time: Mapping[int, list[str]] = by_time or {}
        self.options = options
        self.notes = notes
        self.files: Mapping[str, str] = files or {}
        self.mine = SELF_NAMES | ({options.me} if options.me else set())
        self._seen: dict[tuple[str, str, str, str], int] = {}
        self._last_time = ""  # of the last timed message: where untimed ones are keyed
        self.phone = chat.variant in formats.PHONES

    def previous_time(self, draft: Draft | None) -> str:
        """The time of the message before the next one (the open draft's, else the last)."""
        return draft.local if draft is not None and draft.local else self._last_time

    def record(self, draft: Draft, last: int) -> ChatMessage:
        """The message a draft became (its trailing blank lines are not part of it)."""
        lines, raw = draft.lines, draft.raw
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()
            raw.pop()
            last -= 1
        text = "\n".join(lines)
        flags = draft.flags
        if draft.kind == "unparsed":
            flags.add(NOT_UNDERSTOOD)
            self.notes.not_understood += len(raw)
        if self.phone and draft.kind == "message" and len(text) == CUT_LENGTH:
            flags.add(MAYBE_CUT_AT_500)
            self.notes.maybe_cut += 1
        if SPLIT_GUESS in flags:
            self.notes.split_guesses += 1
        local = draft.local
        zone = self.options.time_zone
        sent, offset, unsure = in_zone(local, zone)
        if unsure:
            flags.add(TIME_AMBIGUOUS)
        if not local:
            flags.add(NO_TIME)
        keyed_at = local or self._last_time
        if local:
            self._last_time = local
        identity = (draft.kind, keyed_at, draft.sender, text)
        occurrence = self._seen.get(identity, 0)
        self._seen[identity] = occurrence + 1
        media = media_of(text, self.files) if draft.kind == "message" else ()
        if media and draft.first in self.by_time:
            media = self._matched(media, self.by_time[draft.first], flags)
        self.chat.message_count += 1
        return ChatMessage(
            chat_id=0,
            message_id=message_key(draft.kind, keyed_at, draft.sender, text, occurrence),
            kind=_KINDS[draft.kind],
            sent_at=sent,
            local_time=local,
            utc_offset=offset,
            sender=draft.sender,
            sender_id=ME if draft.sender in self.mine else "",
            text=text,
            media=media,
            line_first=draft.first,
            line_last=last,
            as_written="\n".join(raw),
            flags=tuple(sorted(flags)),
            time_zone=zone if local else "",
        )

    def _matched(
        self, media: tuple[ChatMedia, ...], names: list[str], flags: set[str]
    ) -> tuple[ChatMedia, ...]:
        """A placeholder's entries with the files matched to it by time (`matching`)."""
        waiting = list(names)
        out: list[ChatMedia] = []
        for entry in media:
            if waiting and entry.missing == NOT_INCLUDED and entry.kind in ("photo", "video"):
                out.append(found_media(entry.kind, self.files[waiting.pop(0)]))
                flags.add(MEDIA_BY_TIME)
                self.notes.media_by_time += 1
            else:
                out.append(entry)
        return tuple(out)


def read_text(
    lines: list[str],
    chat: KakaoChat,
    options: ReadOptions,
    notes: ReadNotes,
    files: Mapping[str, str] | None = None,
    first_line: int = 1,
    by_time: Mapping[int, list[str]] | None = None,
) -> Iterator[ChatMessage]:
    """The messages of a text export's `lines` (line `first_line` is lines[0]); `chat`
    gets its name and saved date from the header, and its message count; `by_time`: the
    files matched to placeholders by time (`matching`), by the message's first line."""
    reader = Reader(chat, options, notes, files, by_time)
    grammar = formats.grammar_for(chat.variant)
    windows = chat.variant in (formats.WINDOWS_KO, formats.WINDOWS_EN)
    draft: Draft | None = None
    draft_last = 0
    day = ""
    body = read_header(lines, chat)
    saved_day = _saved_day(chat.saved_at)
    for index in range(body, len(lines)):
        raw = lines[index]
        number = index + first_line
        line = raw.lstrip("\ufeff") if index == 0 else raw
        found = grammar.read(line, day)
        if found is not None and found.kind == "day":
            if draft is not None and day and found.day <= day:
                # not KakaoTalk's: it writes a day line only when the day changes
                draft.flags.add(SPLIT_GUESS)
                draft.lines.append(line)
                draft.raw.append(raw)
                draft_last = number
                continue
            if draft is not None:
                yield reader.record(draft, draft_last)
                draft = None
            day = found.day
            continue
        if found is not None:
            started = _start(found, line, raw, number, windows)
            guess = _doubtful(found, day, saved_day, reader.previous_time(draft))
            if draft is not None:
                if guess:
                    draft.flags.add(SPLIT_GUESS)
                yield reader.record(draft, draft_last)
            if guess:
                started.flags.add(SPLIT_GUESS)
            if found.day and found.day > day:
                day = found.day
            draft, draft_last = started, number
            continue
        if windows and line.strip() and _pc_system(line):
            after_message = draft is not None and draft.kind == "message"
            if draft is not None:
                if after_message:
                    draft.flags.add(SPLIT_GUESS)
                yield reader.record(draft, draft_last)
            draft = Draft(number, "service", "", "", [line], [raw])
            if after_message:
                draft.flags.add(SPLIT_GUESS)
            draft_last = number
            continue
        if draft is None or draft.kind == "service" and windows:
            if not line.strip():
                continue
            if draft is not None:
                yield reader.record(draft, draft_last)
            draft = Draft(number, "unparsed", "", "", [line], [raw])
            draft_last = number
            continue
        draft.lines.append(line)
        draft.raw.append(raw)
        draft_last = number
    if draft is not None:
        yield reader.record(draft, draft_last)


def _start(found: Line, line: str, raw: str, number: int, windows: bool) -> Draft:
    if windows:
        return Draft(number, "message", found.time, found.sender, [found.rest], [raw])
    rest = found.rest
    sender, separator, text = rest.partition(" : ")
    if not separator and rest.endswith(" :"):
        sender, separator, text = rest[:-2], " :", ""
    if separator and sender.strip():
        return Draft(number, "message", found.time, sender, [text], [raw])
    return Draft(number, "service", found.time, "", [rest], [raw])


def _doubtful(found: Line, day: str, saved_day: str, previous: str) -> bool:
    """A message header whose place in time does not fit (see the module)."""
    if found.time and previous and found.time < previous:
        return True
    if day and found.day and found.day < day:
        return True
    return bool(saved_day and found.day and found.day > saved_day)


def read_header(lines: list[str], chat: KakaoChat) -> int:
    """The chat's name and saved date from the lines before its first day or message line
    (blank lines and an iOS file name line are part of the header too); the index of the
    first line after the header."""
    grammar = formats.grammar_for(chat.variant)
    for index, raw in enumerate(lines):
        line = raw.lstrip("\ufeff") if index == 0 else raw
        if grammar.read(line, "") is not None:
            return index
        if not line.strip() or _header_line(line, chat):
            continue
        return index
    return len(lines)


def _header_line(line: str, chat: KakaoChat) -> bool:
    """Whether `line` is a header line (the first of each kind names the chat, its date)."""
    text = line.strip()
    if not text:
        return False
    m = formats.HEADER_KO.match(text)
    if m:
        chat.name = chat.name or m.group(1)
        return True
    m = formats.HEADER_EN.match(text)
    if m:
        chat.name = chat.name or m.group(1) or m.group(2) or ""
        return True
    m = formats.SAVED.match(text)
    if m:
        chat.saved_at = chat.saved_at or m.group(1).strip()
        return True
    return bool(formats.IOS_FILE_NAME.match(text))


_SAVED_DAY = (
    re.compile(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일"),
    re.compile(r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\."),
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
)


_SAVED_DAY_EN = re.compile(r"([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})")


def _saved_day(saved: str) -> str:
    if not saved:
        return ""
    m = _SAVED_DAY_EN.search(saved)  # Date Saved : November 3, 2020, 1:08 PM
    if m:
        return formats.english_day(*m.groups())
    for pattern in _SAVED_DAY:
        m = pattern.search(saved)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""
