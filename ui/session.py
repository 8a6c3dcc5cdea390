"""The case file that is open (or none), reached only through the serial worker.

The `Case` object is created on the worker thread and only ever used there: the window holds
a reference but calls nothing on it directly. Locking forgets the reference at once on the
UI thread, drops the results of earlier jobs, and closes the vault on the worker thread after
whatever was already queued (a save, a draft) has finished.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from quietcase.app.case import Case, create_case, open_case
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import CancelToken
from quietcase.app.journal import bin as case_bin
from quietcase.app.search import SearchResults
from quietcase.app.unlock.seen import OlderCopy
from quietcase.ui.workers import Failed, Worker

T = TypeVar("T")


class Session(QObject):
    opened = Signal()
    locked = Signal()
    checking_file = Signal()  # from the worker: this unlock reads every page first

    def __init__(self, worker: Worker, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.clock = clock
        self._case: Case | None = None
        self.path: Path | None = None
        self._opened_before: set[Path] = set()
        self._long_jobs: set[CancelToken] = set()  # running now, with a Cancel button
        self.older_copy: OlderCopy | None = None  # what open_case noticed about this file

    @property
    def is_open(self) -> bool:
        return self._case is not None

    def create(self, path: Path, passphrase: str, failed: Failed) -> None:
        """Create a new case file and open it (key derivation runs on the worker)."""
        clock = self.clock

        def job() -> Case:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)  # Documents/Quietcase at first
            except OSError:
                pass  # create_case explains what is wrong with the folder
            return create_case(path, passphrase, clock)

        self.worker.submit(job, self._adopt, failed)

    def open(self, path: Path, passphrase: str, failed: Failed) -> None:
        clock = self.clock
        first_time = path.resolve() not in self._opened_before

        def job() -> Case:
            case = open_case(path, passphrase, clock, checking=self.checking_file.emit)
            if first_time:  # undo snapshots left by a crash; later unlocks keep today's
                try:
                    case_bin.forget_all(case.journal)
                except UserError:
                    pass
            return case

        self.worker.submit(job, self._adopt, failed)

    def _adopt(self, case: Case) -> None:
        self._case = case
        self.path = case.path
        self.older_copy = case.older_copy
        self._opened_before.add(case.path.resolve())
        self.opened.emit()

    def run(
        self,
        job: Callable[[Case], T],
        done: Callable[[T], object] | None = None,  # what it returns is ignored
        failed: Failed | None = None,
    ) -> bool:
        """Run `job(case)` on the worker; False (and nothing runs) when the case is locked."""
        case = self._case
        if case is None:
            return False
        self.worker.submit(lambda: job(case), done, failed)
        return True

    def search(self, query: str, done: Callable[[SearchResults], None], failed: Failed) -> bool:
        """Search as she types (an in-memory copy of the index, kept on the worker)."""

        return self.run(lambda case: case.live_search.search(query), done, failed)

    def prepare_search(self) -> None:
        """Load the search copy in the background, before she types."""
        self.run(lambda case: case.live_search.prepare())

    def long_job_started(self, token: CancelToken) -> None:
        """A job with a Cancel button runs (import, export, backup): Lock cancels it."""
        self._long_jobs.add(token)

    def long_job_ended(self, token: CancelToken) -> None:
        self._long_jobs.discard(token)

    def lock(self, last: Callable[[Case], Any] | None = None, *, final: bool = False) -> None:
        """Close the case: `last(case)` runs first on the worker (saving drafts); with
        `final` (the window is closing) deletions can no longer be undone.

        Lock always locks, at once: a long job still running is cancelled (its child
        process killed, the statement running now stopped; it is undone, as Cancel undoes
        it), so the close behind it comes within a second. A short job (a save) finishes
        first: what she saved is kept."""
        case, self._case = self._case, None
        if case is None:
            return
        self.worker.invalidate()
        running, self._long_jobs = self._long_jobs, set()
        for token in running:
            token.cancel()
        if running:
            case.interrupt()

        def close() -> None:
            try:
                if last is not None:
                    last(case)
                if final:
                    case_bin.forget_all(case.journal)
            finally:
                case.close()

        self.worker.submit(close)
        self.locked.emit()
