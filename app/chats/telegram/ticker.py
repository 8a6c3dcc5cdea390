"""Progress and Cancel over a whole Telegram import."""

from __future__ import annotations

from quietcase.app.core.progress import Cancelled, CancelToken, Progress, ProgressCallback


class Ticker:
    """Progress over the whole import (parsing and the files side by side, then the search
    index), and Cancel checks. `parsed` may be called from the reader thread: it only notes
    how far it is; `report` (calling thread) passes it on."""

    def __init__(self, progress: ProgressCallback, cancel: CancelToken | None) -> None:
        self.progress = progress
        self.cancel = cancel
        self.halted = False  # the calling thread stopped the reader
        self.parse_total = 0
        self.parse_done = 0
        self.files_total = 0
        self.files_done = 0
        self.files_count = 0
        self.files_stored = 0

    @property
    def total(self) -> int:
        # The search index at the end weighs as much as the parse (about the same time).
        return 2 * self.parse_total + self.files_total

    def check(self) -> None:
        if self.halted:
            raise Cancelled()
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def parsed(self, done: int) -> None:
        self.check()
        self.parse_done = min(done, self.parse_total)

    def files(self, done: int, items: int) -> None:
        self.files_done, self.files_stored = done, items
        self.report()

    def report(self) -> None:
        done = self.parse_done + self.files_done
        self.progress(Progress(done, self.total, self.files_stored, self.files_count))

    def indexing(self) -> None:
        """The files are in; the messages go into the search index (Cancel still undoes)."""
        self.check()
        self.parse_done, self.files_done = self.parse_total, self.files_total
        self.report()

    def finished(self) -> None:
        self.progress(Progress(self.total, self.total, self.files_count, self.files_count))
