"""Lock always locks: whatever a long job is doing (a Telegram import reading a large export
in its child process, storing files, indexing), the case file is closed and its lock released
within a second, nothing of the half-done import stays, and her passphrase opens it again."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quietcase.app.case import Case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import CancelToken, Progress
from quietcase.ui.session import Session
from quietcase.ui.widgets.long_job import JobBar
from quietcase.ui.workers import ThreadWorker
from tests.app.chats.telegram.test_large import big_export
from tests.app.chats.telegram.test_parsing import children
from tests.shared import PASS

LOCKED_WITHIN = 1.0  # seconds, from Lock to the case file free for the next unlock


def _released(path: Path, clock: FixedClock) -> bool:
    try:
        open_case(path, PASS, clock, read_only=True).close()
    except UserError:
        return False
    return True


@pytest.fixture
def session(qtbot: QtBot, vault_path: Path, clock: FixedClock) -> Session:
    worker = ThreadWorker()
    session = Session(worker, clock)
    with qtbot.waitSignal(session.opened, timeout=30_000):
        session.open(vault_path, PASS, lambda error: pytest.fail(str(error)))
    return session


def test_lock_during_a_large_import_locks_within_a_second(
    qtbot: QtBot, session: Session, vault_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    export = big_export(tmp_path / "big", 120_000, media_every=20_000)
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = JobBar(parent)
    moved: list[float] = []
    ended: list[str] = []

    def job(case: Case, progress: Any, cancel: CancelToken) -> Any:
        def report(p: Progress) -> None:
            moved.append(p.fraction)
            progress(p)

        return case.import_telegram(export, None, report, cancel)

    assert bar.run(
        session,
        "importing",
        job,
        lambda _r: ended.append("done"),
        lambda _e: ended.append("failed"),
        lambda: ended.append("cancelled"),
    )
    qtbot.waitUntil(lambda: any(0.05 < f < 0.5 for f in moved), timeout=60_000)
    assert children(), "the export is read by a child process"
    started = time.monotonic()
    session.lock()
    bar.forget()
    while not _released(vault_path, clock):
        assert time.monotonic() - started < 10, "the case file stayed busy after Lock"
        qtbot.wait(20)
    took = time.monotonic() - started
    print(f"locked {took:.3f} s after Lock, during an import")
    assert took < LOCKED_WITHIN
    assert not ended  # the window never hears of the job again
    qtbot.waitUntil(lambda: children() == [], timeout=5_000)
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        assert case.chats.chats() == []  # nothing of the half-done import
    with qtbot.waitSignal(session.opened, timeout=30_000):
        session.open(vault_path, PASS, lambda error: pytest.fail(str(error)))
    session.lock()
    session.worker.shutdown()
