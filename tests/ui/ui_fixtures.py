"""Window fixtures, imported by the UI test modules: an inline worker (deterministic),
settings in tmp_path, prepared answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.settings import Settings, SettingsStore
from ui.idle import IdleWatch
from ui.main_window import MainWindow
from ui.prompts import Prompts
from ui.session import Session
from ui.workers import InlineWorker


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _prompts() -> Iterator[None]:
    Prompts.test_mode = True
    Prompts.reset()
    yield
    Prompts.reset()


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config")


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


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


@pytest.fixture
def window_at(
    qtbot: QtBot, store: SettingsStore, clock: FixedClock, fake_time: FakeTime
) -> Iterator[object]:
    """`window_at(path)`: a window whose last case file is `path` (it opens at Unlock)."""
    made: list[MainWindow] = []

    def build(path: Path | None = None) -> MainWindow:
        settings = Settings()
        if path is not None:
            settings.remember(path)
        window = make_window(qtbot, store, clock, fake_time, settings)
        made.append(window)
        return window

    yield build
    for window in made:
        window.close()
