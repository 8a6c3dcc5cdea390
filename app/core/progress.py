"""Progress reports and cancel tokens, shared by the CLI and the window's worker."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """How far a long job is: bytes and items done of the totals."""

    bytes_done: int
    bytes_total: int
    items_done: int
    items_total: int

    @property
    def fraction(self) -> float:
        if self.bytes_total:
            return min(1.0, self.bytes_done / self.bytes_total)
        return 1.0 if self.items_total == 0 else self.items_done / self.items_total


ProgressCallback = Callable[[Progress], None]


def ignore_progress(progress: Progress) -> None:
    """The default callback: nobody is watching."""


class Cancelled(Exception):
    """The person pressed Cancel; the work in progress was undone."""


class CancelToken:
    """Set from any thread (the Cancel button); checked by the job between chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def when_cancelled(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from the cancelling thread) at once on Cancel, e.g. to kill a
        child process; at once here if already cancelled."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
