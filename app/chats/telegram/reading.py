"""Reading an export's messages on a second thread while the calling thread stores its files.

Turning messages into rows is Python (it holds the GIL); storing the files is mostly
SQLite/SQLCipher, SHA-256 and reads (which release it). On two cores the two overlap. The
parse itself, of a large export, runs in a child process (`app.chats.telegram.parsing`).
There is still ONE connection: every statement of the reader thread runs under `lock`, and
the calling thread holds the same lock for each whole file it stores (its savepoint
included), so the connection is never used by two threads at once and a file's savepoint
never holds a message row. The lock is handed over in turn (`Turns`): with a plain lock
the calling thread took it back between files every time, the reader's batches waited for
the last file, and so did the child whose pipe they filled. The reader's Python for a batch
(unpickling, its rows) runs under the lock too: beside a file being stored it made each of
the file's returns from SQLite wait for the GIL (files took half as long again). Progress
is reported from the calling thread only.

The files need the incident they belong to. A single-chat export names its chat before its
messages, so that chat's incident is decided (made, when new, without a date yet; the days
its messages span are set at the end) as soon as the chat is known, and the files start
then. A whole-account export's files wait for all its chats (their folders and incidents).
"""

from __future__ import annotations

import threading
from datetime import datetime

from quietcase.app.chats.telegram.batches import MessageBatch
from quietcase.app.chats.telegram.chats import ChatIntake
from quietcase.app.chats.telegram.choices import ImportOptions, check_choices, wanted
from quietcase.app.chats.telegram.files import ExportFolder
from quietcase.app.chats.telegram.handles import Handles
from quietcase.app.chats.telegram.intake import incident_for
from quietcase.app.chats.telegram.model import ParsedChat, ReadNotes
from quietcase.app.chats.telegram.parsing import MessageStream
from quietcase.app.chats.telegram.stores import Stores
from quietcase.app.chats.telegram.ticker import Ticker

WAIT = 0.1  # seconds between progress reports and Cancel checks while the calling thread waits


class Turns:
    """A lock handed over in the order it was asked for (`threading.Lock` is not: the
    thread that lets go takes it again at once if it asks, and the calling thread, going
    from one file to the next, always asks at once). A turn given up while waiting for it
    (Ctrl+C in the calling thread) is skipped, so nobody waits for it for ever."""

    def __init__(self) -> None:
        self._turns = threading.Condition(threading.Lock())
        self._asked = 0
        self._serving = 0
        self._given_up: set[int] = set()

    def __enter__(self) -> Turns:
        with self._turns:
            mine = self._asked
            self._asked += 1
            try:
                while mine != self._serving:
                    self._turns.wait()
            except BaseException:
                if mine == self._serving:
                    self._pass_on()
                else:
                    self._given_up.add(mine)
                raise
        return self

    def __exit__(self, *exc: object) -> None:
        with self._turns:
            self._pass_on()

    def _pass_on(self) -> None:
        self._serving += 1
        while self._serving in self._given_up:
            self._given_up.remove(self._serving)
            self._serving += 1
        self._turns.notify_all()


class MessageReader:
    """The messages of an export, parsed and stored on a second thread (see the module)."""

    def __init__(
        self,
        stores: Stores,
        export: ExportFolder,
        options: ImportOptions,
        notes: ReadNotes,
        tick: Ticker,
        now: datetime,
        export_id: int,
    ) -> None:
        self.stores = stores
        self.export = export
        self.options = options
        self.notes = notes
        self.tick = tick
        self.now = now
        self.export_id = export_id
        self.lock = Turns()  # whoever holds it may use the connection
        self.chosen: list[ChatIntake] = []
        self.seen: list[ParsedChat] = []
        self.handles: Handles | None = None
        self.created: dict[int, bool] = {}  # chat row id -> its incident was made by us
        self.early: set[int] = set()  # chats whose incident was decided before their end
        self.ready = threading.Event()  # the files' incidents are known
        self.done = threading.Event()
        self.error: BaseException | None = None
        self.stream = MessageStream(export, notes, self._parsed, self.lock)
        tick.parse_total = self.stream.total  # progress is right before the first report
        self._thread = threading.Thread(target=self._run, name="quietcase-telegram", daemon=True)

    # -- the calling thread --------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def wait(self, event: threading.Event) -> None:
        """Wait for the reader (reporting progress, honouring Cancel); its error is raised
        here."""
        while not event.wait(WAIT):
            self.tick.report()
            self.tick.check()
            if self.error is not None:
                break
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        """Stop the reader (at its next batch; a child reading the export at once) and wait
        until it has let go of the vault."""
        self.tick.halted = True
        self.stream.stop()
        self._thread.join()
        self.tick.halted = False

    # -- the reader thread ---------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._read()
        except BaseException as exc:  # handed to the calling thread
            self.error = exc
        finally:
            self.ready.set()
            self.done.set()

    def _read(self) -> None:
        stores, options, notes, export = self.stores, self.options, self.notes, self.export
        messages = self.stream
        current: ChatIntake | None = None
        for chat, message in messages:
            if message is None:  # a new chat begins
                self.seen.append(chat)
                if current is not None:
                    current.flush()
                    current = None
                if not wanted(chat, options, export.whole_account or notes.whole_account):
                    continue
                self.handles = self.handles or Handles(notes.owner_id)
                with self.lock:
                    current = ChatIntake(
                        stores.log, chat, export.root, self.export_id, self.now, self.handles
                    )
                current.lock = self.lock
                self.chosen.append(current)
                self._start_files(current)
            elif current is not None and current.parsed is chat:
                if isinstance(message, MessageBatch):
                    current.add_batch(message, self.tick.check)
                else:
                    current.add(message, self.tick.check)
                if not self.ready.is_set():
                    self._start_files(current)
        self.tick.check()  # a stream stopped by Cancel ends quietly: nothing more to write
        check_choices(options, self.seen)
        for intake in self.chosen:
            intake.finish()
        single = len(self.chosen) == 1
        for intake in self.chosen:
            if intake.chat.id not in self.created:
                self._decide(intake, single)

    def _start_files(self, intake: ChatIntake) -> None:
        """A single chat whose record is settled: its incident now, and the files may start."""
        if self.export.whole_account or self.notes.whole_account or intake.by_name:
            return
        self._decide(intake, True)
        self.early.add(intake.chat.id)
        self.ready.set()

    def _decide(self, intake: ChatIntake, single: bool) -> None:
        with self.lock:
            incident_id, created = incident_for(
                self.stores.journal, intake, self.options, self.export.name, single
            )
            intake.attach(incident_id)
        self.created[intake.chat.id] = created

    def _parsed(self, done: int, total: int) -> None:
        self.tick.parse_total = total
        self.tick.parsed(done)
