"""A KakaoTalk export's messages as records, read in a bounded child process.

`read_export` is the reading itself: the bytes decoded (`decoding`), the variant told from
the lines (`formats.detect`), then the text reader (`reader`) or the CSV reader (`table`).
As for Telegram (`app/chats/telegram/parsing.py`, whose `Child` starts and bounds the
process), what she imports may have been made by the person who hurts her, so the parse
runs in an isolated child (`python -I -m quietcase.app.chats.kakaotalk.parsing`) with memory
and time limits, killed at once on Cancel or Lock; the records come back through its
standard output in batches. Where no interpreter can be started, it is read here.
"""

from __future__ import annotations

import os
import pickle
import queue
import sys
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import IO, Any

from quietcase.app.chats.kakaotalk import decoding, formats, matching
from quietcase.app.chats.kakaotalk.files import (
    KakaoExport,
    main_size,
    media_names,
    media_times,
    read_main,
)
from quietcase.app.chats.kakaotalk.model import (
    ENCODING_USED,
    NOT_A_KAKAOTALK_EXPORT,
    KakaoChat,
    ReadNotes,
)
from quietcase.app.chats.kakaotalk.reader import ReadOptions, read_header, read_text
from quietcase.app.chats.kakaotalk.table import read_csv
from quietcase.app.chats.telegram.batches import fields, record
from quietcase.app.chats.telegram.model import Notice
from quietcase.app.chats.telegram.parsing import TOO_LARGE_TO_READ, Child, limits_for
from quietcase.app.core.child import frame, limit_child, read_frame
from quietcase.app.core.errors import UserError
from quietcase.storage.records import ChatMessage

BATCH = 2000
IN_CHILD = True  # False reads on this thread (tests: the child runs the installed code)


@dataclass
class Reading:
    """What was read: the chat, then (once the messages are used up) the notes."""

    chat: KakaoChat
    messages: Iterator[ChatMessage]
    notes: ReadNotes


def read_export(export: KakaoExport, options: ReadOptions) -> Reading:
    """The export's chat and its messages, in file order (`UserError` when it is not one)."""
    data, name = read_main(export)
    text, encoding = decoding.decode(data, name)
    del data
    lines, newline = decoding.split_lines(text)
    del text
    variant = formats.detect(lines)
    if not variant:
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=name)
    notes = ReadNotes()
    if encoding != decoding.UTF8:
        notes.repairs.append(Notice(ENCODING_USED, (("name", name), ("encoding", encoding))))
    chat = KakaoChat(name="", variant=variant, encoding=encoding, newline=newline)
    chat.line_count = len(lines)
    files = media_names(export)
    if variant == formats.MACOS_CSV:
        messages = read_csv(lines, chat, options, notes, files)
    else:
        read_header(lines, chat)  # the name is known before the first message
        by_time = _matched_by_time(export, lines, variant, options, files)
        messages = read_text(lines, chat, options, notes, files, by_time=by_time)
    if not chat.name:  # a Mac's CSV, or a header cut off: the file's name
        chat.name = name.rsplit(".", 1)[0]
    return Reading(chat, _finishing(messages, notes), notes)


def _matched_by_time(
    export: KakaoExport,
    lines: list[str],
    variant: str,
    options: ReadOptions,
    files: dict[str, str],
) -> dict[int, list[str]]:
    """Bare placeholders matched to the files no message names (`matching`): a first pass
    over the lines, only when the export has such files."""
    unnamed = matching.unnamed_files(lines, files)
    if not unnamed:
        return {}
    times = media_times(export, unnamed, options.time_zone)
    if not matching.could_match(unnamed, times):
        return {}
    slots: list[matching.Slot] = []
    for message in read_text(lines, KakaoChat("", variant), options, ReadNotes(), files):
        kinds = [(m.kind, m.missing) for m in message.media]
        slots += matching.slots_of(message.line_first, message.local_time, kinds)
    if not slots:
        return {}
    return matching.match(slots, unnamed, times)


def _finishing(messages: Iterator[ChatMessage], notes: ReadNotes) -> Iterator[ChatMessage]:
    yield from messages
    notes.finish()


Events = Generator[tuple[str, Any], None, None]


def stream(
    export: KakaoExport,
    options: ReadOptions,
    child: Child,
    parsed: Callable[[int, int], None],
) -> Events:
    """("chat", KakaoChat) when the reading has begun, ("messages", [ChatMessage, ...]) in
    batches, then ("end", (KakaoChat, ReadNotes)): read by a child (`child`, which `stop`
    kills from any thread), or here when `IN_CHILD` is off or no child can be started."""
    total = main_size(export)  # bytes: what the child may use
    if IN_CHILD:
        try:
            pipe = child.start(("read", (export, options)), limits_for(total))
        except OSError:
            pipe = None
        if pipe is not None:
            try:
                yield from _from_child(pipe, child, export, parsed)
            finally:
                child.finish()
            return
    yield from _here(export, options, parsed)


def _here(export: KakaoExport, options: ReadOptions, parsed: Callable[[int, int], None]) -> Events:
    reading = read_export(export, options)
    yield "chat", reading.chat
    batch: list[ChatMessage] = []
    for message in reading.messages:
        batch.append(message)
        if len(batch) >= BATCH:
            yield "messages", batch
            parsed(message.line_last, reading.chat.line_count)
            batch = []
    if batch:
        yield "messages", batch
    yield "end", (reading.chat, reading.notes)


def _from_child(
    pipe: IO[bytes], child: Child, export: KakaoExport, parsed: Callable[[int, int], None]
) -> Events:
    while True:
        try:
            event = pickle.loads(read_frame(pipe))
        except (EOFError, pickle.UnpicklingError, OSError):
            if child.stopped:
                return
            raise child.gone(export.name) from None
        if child.stopped:
            return
        kind = event[0]
        if kind == "messages":
            yield "messages", [record(v) for v in event[1]]
            parsed(event[2], event[3])
        elif kind in ("chat", "end"):
            yield kind, event[1]
            if kind == "end":
                return
        elif kind == "refused":
            raise UserError(event[1], event[2], **event[3])
        elif kind == "too large":
            raise UserError(TOO_LARGE_TO_READ, name=export.name)
        else:
            raise RuntimeError(f"the KakaoTalk reader failed: {event[1]}")


# -- the child process ---------------------------------------------------------------------


def _child(send: Callable[[object], None], export: KakaoExport, options: ReadOptions) -> None:
    reading = read_export(export, options)
    send(("chat", reading.chat))
    batch: list[tuple[Any, ...]] = []
    last = 0
    for message in reading.messages:
        batch.append(fields(message))
        last = message.line_last
        if len(batch) >= BATCH:
            send(("messages", batch, last, reading.chat.line_count))
            batch = []
    if batch:
        send(("messages", batch, last, reading.chat.line_count))
    send(("end", (reading.chat, reading.notes)))


def main() -> None:
    """The child: its limits and what to read come on standard input, the events go out
    on standard output. They are written by a thread of their own, so the reading goes on
    while the import stores the export's files and reads nothing from the pipe: the child
    holds what it has read (bounded by its limits), and the import finds every message
    ready once its files are in."""
    out = sys.stdout.buffer
    limits, (_, (export, options)) = pickle.load(sys.stdin.buffer)
    limit_child(limits)
    waiting: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def write() -> None:
        try:
            while (data := waiting.get()) is not None:
                out.write(data)
                out.flush()
        except BrokenPipeError:  # the import stopped: nobody is listening
            os._exit(0)

    writer = threading.Thread(target=write, name="quietcase-kakaotalk-send", daemon=True)
    writer.start()

    def send(event: object) -> None:
        data = pickle.dumps(event, protocol=pickle.HIGHEST_PROTOCOL)
        waiting.put(frame(data))

    try:
        _child(send, export, options)
    except UserError as exc:
        send(("refused", exc.template, exc.exit_code, exc.params))
    except MemoryError:
        send(("too large",))
    except Exception as exc:  # a fault of ours: named, for the import's own message
        send(("failed", f"{type(exc).__name__}: {exc}"))
    waiting.put(None)
    writer.join()


if __name__ == "__main__":
    main()
