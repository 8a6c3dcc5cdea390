"""An export's chats and messages as records, read in a child process.

`read_messages` is the reading itself: `(chat, None)` when a chat starts, then
`(chat, message)` for each of its messages. `MessageStream` gives the same stream, read by a
child process; `list_chats` lists an export's chats the same way. Everything she imports may
have been made by the person who hurts her, so the parse of an outside format never runs in
the window's process (nor the command line's): a crafted export can at worst make the child
slow or large, and the child is bounded (`app/core/child.py`: isolated start, memory and
time limits, no core dumps) and killed at once on Cancel or Lock. The child also reads on
another core while this process stores the files (SQLCipher, SHA-256). Measured with
tests/bench/bench_telegram.py (see docs/measurements.md).

The child reads only what this process would have read (the export's result.json or its
HTML pages) and writes nothing: records come back through a pipe (its standard output), in
batches. It is a new interpreter running only this module (`python -I -m
quietcase.app.chats.telegram.parsing`): never a fork of a process holding the vault, and,
unlike `multiprocessing`'s "spawn", it does not import the caller's main module (the
window's, with Qt) again. Where no interpreter can be started (an embedded Python), the
export is read on a thread of this process instead.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, Any

from quietcase.app.chats.telegram import html as telegram_html
from quietcase.app.chats.telegram import json as telegram_json
from quietcase.app.chats.telegram.batches import MediaFiles, MessageBatch, fields, prepare
from quietcase.app.chats.telegram.chats import BATCH
from quietcase.app.chats.telegram.files import ExportFolder, chat_pages, missing_pages
from quietcase.app.chats.telegram.handles import Handles
from quietcase.app.chats.telegram.model import (
    PAGES_MISSING,
    ExportListing,
    Notice,
    ParsedChat,
    ReadNotes,
    page_ranges,
)
from quietcase.app.core.child import Limits, frame, limit_child, read_frame, start_child
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.progress import CancelToken
from quietcase.app.evidence.intake import CHANGED_WHILE_READING
from quietcase.storage.records import ChatMessage

TOO_SLOW_TO_READ = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Quietcase stopped reading {name}: it took far longer than an export of its size should, "
    "so it may not be a real Telegram export. Nothing was changed.",
)
TOO_LARGE_TO_READ = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Quietcase stopped reading {name}: reading it needed far more memory than an export of "
    "its size should, so it may not be a real Telegram export. Nothing was changed.",
)
# How a child stopped by its CPU time limit ends (SIGXCPU).
_CPU_LIMIT = (-24,)

Event = tuple[ParsedChat, ChatMessage | None]
# What `MessageStream` gives: a large export's messages come as batches made ready.
StreamEvent = tuple[ParsedChat, ChatMessage | MessageBatch | None]
Parsed = Callable[[int, int], None]  # (bytes read so far, of bytes in all)

# What the child may use: generous for a real export (the JSON is read whole, as text and
# as objects), never the whole machine; a crafted export is stopped instead.
MEMORY_BASE = 1 << 30
MEMORY_PER_BYTE = 24
CPU_BASE = 120  # seconds, plus CPU_PER_MB per MB to read
CPU_PER_MB = 2
IN_CHILD = True  # False reads on a thread of this process (tests compare the two ways)


def read_messages(export: ExportFolder, notes: ReadNotes, parsed: Parsed) -> Iterator[Event]:
    """The export's chats and messages, in file order (see the module)."""
    if export.format == "json":
        return _json(export, notes, parsed)
    return _html(export, notes, parsed)


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


def note_missing_pages(chats: list[tuple[str, list[Path]]], notes: ReadNotes) -> None:
    """An HTML export with pages missing before its last one: said, with their names."""
    for _, pages in chats:
        missing = missing_pages(pages)
        if missing:
            notes.repairs.append(
                Notice(PAGES_MISSING, (("pages", page_ranges(missing)), ("count", str(len(pages)))))
            )


def _html(export: ExportFolder, notes: ReadNotes, parsed: Parsed) -> Iterator[Event]:
    chats = chat_pages(export)
    note_missing_pages(chats, notes)
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
        self.in_child = IN_CHILD
        self.child = Child()

    def __iter__(self) -> Iterator[StreamEvent]:
        if not self.in_child:
            return read_messages(self.export, self.notes, self.parsed)
        return self._from_child()

    def stop(self) -> None:
        self.child.stop()

    @property
    def _stopped(self) -> bool:
        return self.child.stopped

    def _from_child(self) -> Iterator[StreamEvent]:
        try:
            pipe = self.child.start(("read", self.export), limits_for(self.total))
        except OSError:  # no interpreter to start (an embedded Python): read here
            yield from read_messages(self.export, self.notes, self.parsed)
            return
        try:
            first = (
                telegram_json.first_chat(self.export.main) if self.export.format == "json" else None
            )
            if first is not None:
                yield first, None
            yield from self._events(pipe, first)
        finally:
            self.child.finish()

    def _events(self, pipe: IO[bytes], first: ParsedChat | None) -> Iterator[StreamEvent]:
        chats: list[ParsedChat] = []
        current: ParsedChat | None = None
        notes = self.notes
        while True:
            try:
                data = read_frame(pipe)
                # Unpickled under `guard` (the connection's lock): this thread's Python then
                # never runs beside a file being stored, whose every return from SQLite would
                # wait for the GIL (each file took half as long again).
                with self.guard:
                    message = pickle.loads(data)
            except (EOFError, pickle.UnpicklingError, OSError):
                if self._stopped:
                    return
                raise self.child.gone(self.export.name) from None
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
            elif kind == "too large":
                raise UserError(TOO_LARGE_TO_READ, name=self.export.name)
            else:
                raise RuntimeError(f"the export reader failed: {message[1]}")


def limits_for(size: int) -> Limits:
    """What a child reading `size` bytes of an export may use."""
    cpu = CPU_BASE + CPU_PER_MB * (size >> 20)
    return Limits(memory=MEMORY_BASE + MEMORY_PER_BYTE * size, cpu_seconds=cpu, seconds=2.0 * cpu)


class Child:
    """One child reading for this process: started with `start`, stopped (killed) by `stop`
    from any thread, by `finish` when its reader is done, or when its time is up."""

    def __init__(self, module: str = __name__) -> None:
        self.module = module  # the reader to start (KakaoTalk's has its own)
        self.stopped = False
        self.timed_out = False
        self._process: subprocess.Popen[bytes] | None = None
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def start(self, request: tuple[str, object], limits: Limits) -> IO[bytes]:
        """Start the child with `request`; its events come on the returned pipe. `OSError`
        when no child can be started."""
        process = start_child(self.module)
        with self._lock:
            self._process = process
            stopped = self.stopped
        if stopped:
            process.kill()
        assert process.stdin is not None and process.stdout is not None
        try:
            with process.stdin:
                pickle.dump((limits, request), process.stdin)
        except OSError:
            pass  # it is gone already: its pipe says so
        self._timer = threading.Timer(limits.seconds, self._time_up)
        self._timer.daemon = True
        self._timer.start()
        return process.stdout

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    def finish(self) -> None:
        """The reader is done with it: killed if still there, waited for, its pipe closed."""
        self.stop()
        if self._timer is not None:
            self._timer.cancel()
        process = self._process
        if process is not None:
            process.wait()
            if process.stdout is not None:
                process.stdout.close()

    def gone(self, name: str) -> Exception:
        """What to raise when the child went without saying why."""
        process = self._process
        code = process.wait() if process is not None else None
        if self.timed_out or code in _CPU_LIMIT:
            return UserError(TOO_SLOW_TO_READ, name=name)
        return RuntimeError(f"the export reader stopped (exit code {code})")

    def _time_up(self) -> None:
        self.timed_out = True
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()


def list_chats(export: ExportFolder, cancel: CancelToken | None = None) -> ExportListing:
    """The chats of an export (names, types, ids, message counts), read by a child: Cancel
    kills it at once. Raises `UserError` for what is not a readable export, `Cancelled`."""
    child = Child()
    if cancel is not None:
        cancel.when_cancelled(child.stop)
    try:
        try:
            pipe = child.start(("list", export), limits_for(bytes_to_read(export)))
        except OSError:  # no interpreter to start (an embedded Python): read here
            return listing(export, cancel)
        try:
            reply = pickle.loads(read_frame(pipe))
        except (EOFError, pickle.UnpicklingError, OSError):
            if cancel is not None:
                cancel.raise_if_cancelled()
            raise child.gone(export.name) from None
    finally:
        child.finish()
    if cancel is not None:
        cancel.raise_if_cancelled()
    return _answer(reply, export.name)


def _answer(reply: tuple[Any, ...], name: str) -> ExportListing:
    kind = reply[0]
    if kind == "listing" and isinstance(reply[1], ExportListing):
        return reply[1]
    if kind == "refused":
        raise UserError(reply[1], reply[2], **reply[3])
    if kind == "too large":
        raise UserError(TOO_LARGE_TO_READ, name=name)
    raise RuntimeError(f"the export reader failed: {reply[1]}")


def listing(export: ExportFolder, cancel: CancelToken | None = None) -> ExportListing:
    """What `list_chats` reads (in the child)."""
    notes = ReadNotes()
    chats: list[ParsedChat] = []
    if export.format == "json":
        text = telegram_json.read_text(export.main, notes)
        for chat, raw in telegram_json.walk(text, export.main.name, notes):
            if raw is None:
                chats.append(chat)
                if cancel is not None:
                    cancel.raise_if_cancelled()
            else:
                telegram_json.note_folder(raw, chat)
    else:
        pages_of = chat_pages(export)
        note_missing_pages(pages_of, notes)
        for folder, pages in pages_of:
            name, _ = telegram_html.read_page(pages[0])
            chat = ParsedChat(name=name or folder or export.name, folder=folder)
            chat.message_count = telegram_html.count_messages(pages)
            chats.append(chat)
    return ExportListing(
        export.root,
        export.format,
        export.whole_account or notes.whole_account,
        tuple(chats),
        tuple(notes.repairs),
    )


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


def main() -> None:
    """The child: its limits and what to read come on standard input, the events go out on
    standard output."""
    out = sys.stdout.buffer
    limits, (what, export) = pickle.load(sys.stdin.buffer)
    limit_child(limits)

    def send(event: object) -> None:
        data = pickle.dumps(event, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(frame(data))
        out.flush()

    try:
        try:
            if what == "list":
                send(("listing", listing(export)))
            else:
                _child(send, export)
        except BrokenPipeError:
            raise
        except UserError as exc:
            send(("refused", exc.template, exc.exit_code, exc.params))
        except MemoryError:
            send(("too large",))
        except Exception as exc:  # a fault of ours: named, for the import's own message
            send(("failed", f"{type(exc).__name__}: {exc}"))
    except BrokenPipeError:  # the import stopped: nobody is listening
        pass


if __name__ == "__main__":
    main()
