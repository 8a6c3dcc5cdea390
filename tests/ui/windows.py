"""Helpers for window tests: a clock for the idle watch, and a window as `ui.main` builds one
(with an inline worker, so the tests stay deterministic)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import Settings, SettingsStore
from quietcase.ui.main_window import MainWindow
from quietcase.ui.privacy.idle import IdleWatch
from quietcase.ui.session import Session
from quietcase.ui.workers import InlineWorker


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_window(
    qtbot: QtBot,
    store: SettingsStore,
    clock: FixedClock,
    fake_time: FakeTime,
    settings: Settings | None = None,
) -> MainWindow:
    session = Session(InlineWorker(), clock)
    window = MainWindow(session, settings or store.load(), store, IdleWatch(now=fake_time))
    qtbot.addWidget(window)
    window.show()
    return window
