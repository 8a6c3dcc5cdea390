"""One serial worker for everything that touches the vault.

All vault work (opening, key derivation, saving, queries) runs on a single background thread,
so there is exactly one sqlcipher3 connection, used by one thread, and the window never
freezes. A job is a plain function; its result (or a `UserError` she can read) comes back to
the UI thread by a queued signal, and only the UI thread touches widgets and models.

`invalidate()` drops the results of jobs submitted before it: after she locks, a query that
was still running can never put her records back into a model.

Tests use `InlineWorker`, which runs each job at once on the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from quietcase.app.core.errors import UserError, explain

T = TypeVar("T")
Done = Callable[[Any], object]  # what `done` returns is ignored
Failed = Callable[[UserError], None]


def _run(job: Callable[[], Any]) -> tuple[Any, UserError | None]:
    try:
        return job(), None
    except UserError as exc:
        return None, exc
    except Exception as exc:  # never a traceback for her; the message says nothing changed
        return None, explain(exc)


class Worker(QObject):
    """The interface pages and dialogs use; see `ThreadWorker` and `InlineWorker`."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        job: Callable[[], T],
        done: Callable[[T], object] | None = None,
        failed: Failed | None = None,
    ) -> None:
        raise NotImplementedError

    def invalidate(self) -> None:
        """Results of jobs submitted until now will be dropped, not delivered."""
        self._generation += 1

    def shutdown(self) -> None:
        """Finish the queued jobs (a lock's close among them), then stop."""

    def _started(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

    def _deliver(
        self, generation: int, done: Done | None, failed: Failed | None, result: Any, error: Any
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if generation != self._generation:
            return
        if error is not None:
            if failed is not None:
                failed(error)
        elif done is not None:
            done(result)


class ThreadWorker(Worker):
    """Runs jobs one after another on one background thread."""

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quietcase-vault")
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        job: Callable[[], T],
        done: Callable[[T], object] | None = None,
        failed: Failed | None = None,
    ) -> None:
        generation = self._generation
        self._started()

        def work() -> None:
            result, error = _run(job)
            self._finished.emit((generation, done, failed, result, error))

        self._pool.submit(work)

    @Slot(object)
    def _on_finished(self, payload: tuple[Any, ...]) -> None:
        self._deliver(*payload)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


class InlineWorker(Worker):
    """Runs each job at once, on the calling thread (for tests: deterministic)."""

    def submit(
        self,
        job: Callable[[], T],
        done: Callable[[T], object] | None = None,
        failed: Failed | None = None,
    ) -> None:
        generation = self._generation
        self._started()
        result, error = _run(job)
        self._deliver(generation, done, failed, result, error)
