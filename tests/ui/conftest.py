"""Window fixtures for every UI test (and, through their own conftest, the reliability tests):
an inline worker (deterministic), settings in tmp_path, prepared answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import Settings, SettingsStore
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.ui.windows import FakeTime, make_window


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
