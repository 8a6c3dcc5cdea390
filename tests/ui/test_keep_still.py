"""Forms that keep still: words come and go in room kept for them, so the button she is
about to click stays where it is (issue 22: Create moved from y 541 to 567 to 582)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quietcase.ui.main_window import MainWindow

WindowAt = Callable[..., MainWindow]


def top_of(widget: QWidget) -> int:
    QApplication.processEvents()
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def test_the_create_button_stays_put_while_she_types(
    window_at: WindowAt, tmp_path: Path, qtbot: QtBot
) -> None:
    window = window_at()
    window.resize(1280, 800)
    window.start.welcome.create_button.click()
    page = window.start.create_page
    page.path.setText(str(tmp_path / "case.quietcase"))
    qtbot.waitExposed(window)
    where = top_of(page.create_button)
    for first, second in [
        ("a", ""),
        ("blue river", ""),
        ("blue river quiet morning", "blue"),
        ("blue river quiet morning", "blue river quiet morning plus"),
        ("blue river quiet morning", "blue river quiet morning"),
    ]:
        page.passphrase.setText(first)
        page.again.setText(second)
        assert top_of(page.create_button) == where, (first, second)
    page.show_error("The two passphrases are not the same. Please type them again.")
    assert top_of(page.create_button) == where
    page.set_busy(True)
    assert top_of(page.create_button) == where
    page.set_busy(False)
    page.show_error("")
    assert top_of(page.create_button) == where
