"""Long work with a progress bar and a Cancel button: exports, bundles, backups, checks.

The job runs on the serial worker with a `CancelToken`; its progress comes back to the window
through a queued signal (only the UI thread touches widgets). Cancel sets the token; the job
stops at its next check and removes what it had started, and the window says so calmly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken, Progress
from quietcase.ui import text
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import PlainLabel
from quietcase.ui.workers import Worker


class _CancelledResult:
    """What a job that was cancelled hands back instead of a result."""


CANCELLED = _CancelledResult()


class _Relay(QObject):
    """Carries progress from the worker thread to the UI thread."""

    moved = Signal(float)


class JobBar(QWidget):
    """Words, a progress bar and Cancel; hidden while nothing runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = PlainLabel(self)
        self.words.setObjectName("hint")
        self.words.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setMinimumWidth(160)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words, 2)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._token: CancelToken | None = None
        self._session: Session | None = None
        self._relay = _Relay(self)
        self._relay.moved.connect(lambda f: self.bar.setValue(int(f * 1000)))
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    @property
    def running(self) -> bool:
        return self._token is not None

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.words.setText(self.tr("Stopping…"))
            self.cancel_button.setEnabled(False)

    def run(
        self,
        session: Session,
        words: str,
        job: Callable[[Case, Callable[[Progress], None], CancelToken], Any],
        done: Callable[[Any], object],
        failed: Callable[[UserError], None],
        cancelled: Callable[[], None],
    ) -> bool:
        """Run `job(case, progress, cancel)` on the worker; exactly one of `done`, `failed`
        or `cancelled` is called after. False if the case is locked (nothing runs)."""

        def submit(work: Callable[..., Any], finished: Any, went_wrong: Any) -> bool:
            return session.run(work, finished, went_wrong)

        return self._start(submit, words, job, done, failed, cancelled, session)

    def run_on(
        self,
        worker: Worker,
        words: str,
        job: Callable[[Callable[[Progress], None], CancelToken], Any],
        done: Callable[[Any], object],
        failed: Callable[[UserError], None],
        cancelled: Callable[[], None],
    ) -> bool:
        """The same for work that needs no open case (restoring from a backup)."""

        def submit(work: Callable[..., Any], finished: Any, went_wrong: Any) -> bool:
            worker.submit(lambda: work(None), finished, went_wrong)
            return True

        return self._start(submit, words, lambda _case, p, c: job(p, c), done, failed, cancelled)

    def _start(
        self,
        submit: Callable[[Callable[..., Any], Any, Any], bool],
        words: str,
        job: Callable[[Any, Callable[[Progress], None], CancelToken], Any],
        done: Callable[[Any], object],
        failed: Callable[[UserError], None],
        cancelled: Callable[[], None],
        session: Session | None = None,
    ) -> bool:
        if self._token is not None:
            return False
        token = self._token = CancelToken()
        self._session = session
        if session is not None:
            session.long_job_started(token)  # Lock cancels it
        relay = self._relay

        def work(case: Case | None) -> Any:
            try:
                return job(case, lambda p: relay.moved.emit(p.fraction), token)
            except Cancelled:
                return CANCELLED
            except UserError:
                if token.cancelled:
                    return CANCELLED  # the error came from stopping half-way
                raise

        def finished(result: Any) -> None:
            self._stop()
            if result is CANCELLED:
                cancelled()
            else:
                done(result)

        def went_wrong(error: UserError) -> None:
            self._stop()
            failed(error)

        self.words.setText(words)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()
        if not submit(work, finished, went_wrong):
            self._stop()
            return False
        return True

    def _stop(self) -> None:
        if self._session is not None and self._token is not None:
            self._session.long_job_ended(self._token)
        self._token, self._session = None, None
        self.hide()

    def forget(self) -> None:
        """On lock: the worker drops the result; stop the job and hide."""
        if self._token is not None:
            self._token.cancel()
        self._stop()


class PageJobs:
    """What a page does around its long jobs (Backup, Reports, Other documents): clear its
    note, run the job on the bar, and say what happened; the buttons follow at every step.
    A page gives `job`, `session`, `_say`, `_set_buttons` and `_stopped_words` (its own
    sentence for Cancel, translated in its own context)."""

    job: JobBar
    session: Session

    def _say(self, words: str, *, problem: bool = False) -> None:
        raise NotImplementedError

    def _set_buttons(self) -> None:
        raise NotImplementedError

    def _stopped_words(self) -> str:
        raise NotImplementedError

    def _run(self, words: str, job: Callable[..., Any], done: Callable[[Any], object]) -> None:
        self._say("")

        def finished(result: Any) -> None:
            done(result)
            self._set_buttons()

        self.job.run(self.session, words, job, finished, self._failed, self._cancelled)
        self._set_buttons()

    def _cancelled(self) -> None:
        self._say(self._stopped_words())
        self._set_buttons()

    def _failed(self, error: UserError) -> None:
        self._say(text.error_text(error), problem=True)
        self._set_buttons()
