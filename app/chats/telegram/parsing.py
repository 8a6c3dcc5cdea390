"""An export's chats and messages as records, read here or in a child process.

`read_messages` is the reading itself: `(chat, None)` when a chat starts, then
`(chat, message)` for each of its messages. `MessageStream` gives the same stream; for a
large export it reads in a child process, so that the parse (pure Python: it holds the GIL)
runs on another core while this process stores the files (SQLCipher, SHA-256: GIL released,
but every return to Python waits for the GIL). Measured with tests/bench/bench_telegram.py
(see docs/decisions.md).

The child reads only what this process would have read (the export's result.json or its
HTML pages) and writes nothing: records come back through a pipe (its standard output), in
batches. It is a new interpreter running only this module (`python -m
quietcase.app.chats.telegram.parsing`): never a fork of a process holding the vault, and, unlike
`multiprocessing`'s "spawn", it does not import the caller's main module (the window's, with
Qt) again. If the import stops (Cancel, an error), the child is killed.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO

from quietcase.app.chats.telegram import html as telegram_html
from quietcase.app.chats.telegram import json as telegram_json
from quietcase.app.chats.telegram.batches import MediaFiles, MessageBatch, fields, prepare
from quietcase.app.chats.telegram.chats import BATCH
from quietcase.app.chats.telegram.files import ExportFolder, chat_pages
from quietcase.app.chats.telegram.handles import Handles
from quietcase.app.chats.telegram.model import ParsedChat, ReadNotes
from quietcase.app.core.errors import UserError
from quietcase.app.evidence.intake import CHANGED_WHILE_READING
from quietcase.storage.records import ChatMessage

Event = tuple[ParsedChat, ChatMessage | None]
# What `MessageStream` gives: a large export's messages come as batches made ready.
StreamEvent = tuple[ParsedChat, ChatMessage | MessageBatch | None]
Parsed = Callable[[int, int], None]  # (bytes read so far, of bytes in all)

CHILD_NICENESS = 10  # the child reads at a lower priority than the import (see `main`)
IN_CHILD_FROM = 8 << 20  # bytes to read: smaller exports are read on a thread (no start-up)
_LENGTH = struct.Struct("<Q")  # each event crosses the pipe as its length, then its pickle


def read_messages(export: ExportFolder, notes: ReadNotes, parsed: Parsed) -> Iterator[Event]:
    """The export's chats and messages, in file order (see the module)."""
    if export.format == "json":
        return _json(export, notes, parsed)
    return _html(export, parsed)


def _json(export: ExportFolder, notes: ReadNotes, parsed: Parsed) -> Iterator[Event]:
    text = telegram_json.read_text(export.main, notes)
    total = export.main.stat().st_size
    scale = total / max(1, len(text))
    parsed(0, total)

    def at(position: int) -> None:
        parsed(int(position * scale), total)

    for chat, raw in telegram_json.walk(text, export.main.name, notes, at):
        if raw is None:
            yield chat, None
            continue
        record = telegram_json.message_record(raw, chat)
        if record is None:
            notes.skipped_entries += 1
            continue
        yield chat, record
    parsed(total, total)


def _html(export: ExportFolder, parsed: Parsed) -> Iterator[Event]:
    chats = chat_pages(export)
    total = sum(p.stat().st_size for _, pages in chats for p in pages)
    parsed(0, total)
    done = 0
    for folder, pages in chats:
        name, _ = telegram_html.read_page(pages[0])
        chat = ParsedChat(name=name or folder or export.name, folder=folder)
        yield chat, None
        for page in pages:
            for record in telegram_html.messages([(page, folder)], chat.name):
                chat.message_count += 1
                yield chat, record
            done += page.stat().st_size
            parsed(done, total)


def bytes_to_read(export: ExportFolder) -> int:
    if export.format == "json":
        return export.main.stat().st_size
    return sum(p.stat().st_size for _, pages in chat_pages(export) for p in pages)


class MessageStream:
    """The events of `read_messages`, read here or by a child process (see the module);
    `notes` and the chats are complete once the stream has ended. `stop` (from any thread)
    kills the child at once: the stream then simply ends. `guard` is held while what the
    child sent is turned into records. A single-chat JSON export's chat comes first at once,
    read from the start of its file while the child starts up (`telegram_json.first_chat`)."""

    def __init__(
        self,
        export: ExportFolder,
        notes: ReadNotes,
        parsed: Parsed,
        guard: AbstractContextManager[object] | None = None,
    ) -> None:
        self.guard = guard or nullcontext()
        self.export = export
        self.notes = notes
        self.parsed = parsed
        self.total = bytes_to_read(export)  # known before the reader says anything
        self.in_child = self.total >= IN_CHILD_FROM
        self._process: subprocess.Popen[bytes] | None = None
        self._stopped = False

    def __iter__(self) -> Iterator[StreamEvent]:
        if not self.in_child:
            return read_messages(self.export, self.notes, self.parsed)
        return self._from_child()

    def stop(self) -> None:
        self._stopped = True
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    def _from_child(self) -> Iterator[StreamEvent]:
        root = str(Path(__file__).resolve().parents[1])  # where `app` is
        env = dict(
            os.environ,
            PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p),
        )
        try:
            process = subprocess.Popen(
                [sys.executable or "python3", "-m", "quietcase.app.chats.telegram.parsing"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # her export's text never reaches a terminal or log
                env=env,
                # Below the import's own threads: the files, stored meanwhile, go first (the
                # reader has time to spare), and so does the window. Windows: no console.
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)
                | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0),
            )
        except (OSError, ValueError):  # no interpreter to start (an embedded Python): read here
            yield from read_messages(self.export, self.notes, self.parsed)
            return
        self._process = process
        assert process.stdin is not None and process.stdout is not None
        try:
            if self._stopped:
                return
            with process.stdin:
                pickle.dump(self.export, process.stdin)
            first = (
                telegram_json.first_chat(self.export.main) if self.export.format == "json" else None
            )
            if first is not None:
                yield first, None
            yield from self._events(process.stdout, first)
        finally:
            self.stop()
            process.wait()
            process.stdout.close()

    def _events(self, pipe: IO[bytes], first: ParsedChat | None) -> Iterator[StreamEvent]:
        chats: list[ParsedChat] = []
        current: ParsedChat | None = None
        notes = self.notes
        while True:
            try:
                data = _frame(pipe)
                # Unpickled under `guard` (the connection's lock): this thread's Python then
                # never runs beside a file being stored, whose every return from SQLite would
                # wait for the GIL (each file took half as long again).
                with self.guard:
                    message = pickle.loads(data)
            except (EOFError, pickle.UnpicklingError, OSError):
                if self._stopped:
                    return
                code = self._process.wait() if self._process else None
                raise RuntimeError(f"the export reader stopped (exit code {code})") from None
            if self._stopped:  # what was already on its way is not wanted any more
                return
            kind = message[0]
            if kind == "parsed":
                self.parsed(message[1], message[2])
            elif kind == "messages" and current is not None:
                yield current, MessageBatch(message[1], message[2])
            elif kind == "chat":
                current = message[1]
                notes.whole_account, notes.owner_id = message[2], message[3]
                if first is not None and not chats:  # already given: the same chat
                    if not telegram_json.same_chat(first, current):
                        raise UserError(CHANGED_WHILE_READING, name=self.export.main.name)
                    chats.append(first)
                    current = first
                    continue
                chats.append(current)
                yield current, None
            elif kind == "end":
                for mine, final in zip(chats, message[1], strict=True):
                    vars(mine).update(vars(final))  # counts and folders found after its start
                vars(notes).update(vars(message[2]))
                return
            elif kind == "refused":
                raise UserError(message[1], message[2], **message[3])
            else:
                raise RuntimeError(f"the export reader failed: {message[1]}")


def _frame(pipe: IO[bytes]) -> bytes:
    """One event's bytes as the child sent them (their length first); `EOFError` when the
    child has gone."""
    head = pipe.read(_LENGTH.size)
    size = _LENGTH.unpack(head)[0] if len(head) == _LENGTH.size else -1
    data = pipe.read(size) if size > 0 else b""
    if len(data) != size:
        raise EOFError
    return data


# -- the child process ---------------------------------------------------------------------


def _child(send: Callable[[object], None], export: ExportFolder) -> None:
    """Runs in the child: reads the export and sends what it finds (see `_events`), each
    batch of messages made ready (`app.chats.telegram.batches`)."""
    notes = ReadNotes()
    chats: list[ParsedChat] = []
    batch: list[ChatMessage] = []
    files = MediaFiles(export.root)
    after = ""

    def send_batch() -> None:
        nonlocal after, batch
        if batch:
            ready = prepare(batch, files, after, Handles(notes.owner_id))
            after = ready.last_sort
            send(("messages", [fields(m) for m in batch], ready))
            batch = []

    try:
        for chat, message in read_messages(
            export, notes, lambda done, total: send(("parsed", done, total))
        ):
            if message is not None:
                batch.append(message)
                if len(batch) >= BATCH:
                    send_batch()
                continue
            send_batch()
            after = ""
            chats.append(chat)
            send(("chat", chat, notes.whole_account, notes.owner_id))
        send_batch()
        send(("end", chats, notes))
    except UserError as exc:
        send(("refused", exc.template, exc.exit_code, exc.params))
    except Exception as exc:  # a fault of ours: named, for the import's own message
        send(("failed", f"{type(exc).__name__}: {exc}"))


def main() -> None:
    """The child: the export to read comes on standard input, the events go out on
    standard output."""
    out = sys.stdout.buffer
    export = pickle.load(sys.stdin.buffer)
    if hasattr(os, "nice"):  # POSIX (Windows: the priority class it was started with)
        os.nice(CHILD_NICENESS)

    def send(event: object) -> None:
        data = pickle.dumps(event, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_LENGTH.pack(len(data)) + data)
        out.flush()

    try:
        _child(send, export)
    except BrokenPipeError:  # the import stopped: nobody is listening
        pass


if __name__ == "__main__":
    main()
