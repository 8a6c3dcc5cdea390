"""200 % text on a 1280×800 screen, in English and Korean: every page fits without
overlapping or squeezing its controls (a page too tall or too wide scrolls), Lock and Hide
stay on screen, and the window's minimum size fits the screen (so it does at
QT_SCALE_FACTOR=2 on a 2560×1600 screen too, whose 1280×800 logical pixels show 100 % text)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import Settings
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from quietcase.ui.style import style_sheet
from tests.i18n.korean_window import demo_case, speaking, window
from tests.shared import NOW, PASS
from tests.ui import scaled_window

SCREEN = QRect(0, 0, 1280, 800)
pytestmark = pytest.mark.slow  # every page, twice, at 200 %: about a minute each


@pytest.fixture(params=["en", "ko"])
def large(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    vault_path: Path,
    clock: FixedClock,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    with speaking(request.param):
        app.setStyleSheet(style_sheet(app.font().pointSizeF(), 200))
        demo_case(vault_path, PASS, clock, NOW.date())
        settings = Settings()
        settings.text_size = 200
        settings.remember(vault_path)
        made = window(clock, tmp_path / "config", settings)
        qtbot.addWidget(made)
        made.resize(SCREEN.size())
        made.show()
        made.start.unlock.passphrase.setText(PASS)
        made.start.unlock.unlock_button.click()
        try:
            yield made
        finally:
            made.close()
            app.setStyleSheet(before)
            Prompts.reset()


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def _problems(page: QWidget) -> list[str]:
    """Controls of `page` drawn over a sibling, or narrower than their words."""
    found = []
    shown = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and isinstance(w, QAbstractButton | QLabel | QLineEdit | QComboBox)
    ]
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            if a.parentWidget() is b.parentWidget() and a.geometry().intersects(b.geometry()):
                found.append(f"{_name(a)} over {_name(b)}")
        if isinstance(a, QAbstractButton) and a.width() < a.sizeHint().width() - 2:
            found.append(f"{_name(a)} cut ({a.width()} < {a.sizeHint().width()})")
        if (
            isinstance(a, QLabel)
            and not a.wordWrap()
            and a.text()
            and a.width() < a.sizeHint().width() - 2
            and a.objectName() != "hint"  # the case file's name beside Lock may be elided
        ):
            found.append(f"{_name(a)} cut ({a.width()} < {a.sizeHint().width()})")
    return found


def _name(widget: QWidget) -> str:
    words = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({words[:24] or widget.objectName()})"


def test_every_page_fits_at_200_percent(large: MainWindow) -> None:
    view = large.case_view
    for row, name in enumerate(view.page_names):
        view.nav.setCurrentRow(row)
        _settle()
        assert large.size().width() <= SCREEN.width() and large.size().height() <= SCREEN.height()
        assert _inside(view.lock_button, large), name
        assert _inside(large.hide_button, large), name
        assert _problems(view.pages.currentWidget()) == [], name


def test_the_smallest_window_fits_the_screen_with_lock_and_hide(large: MainWindow) -> None:
    minimum = large.minimumSize()
    assert minimum.width() <= SCREEN.width() and minimum.height() <= SCREEN.height() - 40
    large.resize(minimum)
    _settle()
    view = large.case_view
    for name in ("timeline", "links", "backup", "reports"):
        view.show_page(name)
        _settle()
        assert _inside(view.lock_button, large) and _inside(large.hide_button, large), name


def test_rows_follow_the_text_size_while_open(large: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    table = large.case_view.contacts.table
    tall = table.verticalHeader().defaultSectionSize()
    assert tall >= table.fontMetrics().height() + 10
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), 100))
    _settle()
    usual = table.verticalHeader().defaultSectionSize()
    assert usual < tall * 0.7
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), 200))
    _settle()
    assert table.verticalHeader().defaultSectionSize() == tall


@pytest.mark.parametrize("language", ["en", "ko"])
def test_at_qt_scale_factor_2_on_a_2560_by_1600_screen(tmp_path: Path, language: str) -> None:
    """Qt doubles every pixel: the screen is 1280×800 logical pixels. At 200 % text there too,
    every page's minimum fits the screen and Lock and Hide stay in the smallest window."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(scaled_window.SCREEN), encoding="utf-8")
    env = dict(os.environ)
    env.update(QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    done = subprocess.run(
        [sys.executable, scaled_window.__file__, language, "200"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screen"] == [0, 0, 1280, 800] and seen["ratio"] == 2.0
    width, height = seen["largest_minimum"]
    assert width <= 1280 and height <= 800 - 40  # a taskbar's room
    assert seen["lock_and_hide_inside"]
