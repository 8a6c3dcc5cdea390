"""A gentle warning 30 seconds before auto-lock, said to a screen reader, with "Stay
unlocked"; what she was typing is kept whether she stays or the case locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.shared import PASS
from tests.ui.evidence.helpers import WindowAt, opened
from tests.ui.keys import accessible_name
from tests.ui.windows import FakeTime


def test_the_warning_comes_30_seconds_before_and_stay_unlocked_keeps_the_case_open(
    window_at: WindowAt, vault_path: Path, fake_time: FakeTime
) -> None:
    window = opened(window_at, vault_path)
    warning = window.lock_warning
    editor = window.case_view.editors.edit("incident", None)
    editor.title.setText("what I was typing")
    assert window.settings.auto_lock_minutes == 5
    fake_time.now += 4 * 60 + 25  # 35 seconds left: nothing yet
    window.idle.check()
    assert not warning.isVisible()
    fake_time.now += 6  # 29 seconds left
    window.idle.check()
    QApplication.processEvents()  # the bar lays its new widget out
    assert warning.isVisible()
    assert warning.words.text().startswith("Quietcase locks in 29 second")  # (s) untranslated
    assert warning.words.text().endswith("What you typed is kept.")
    assert accessible_name(warning.words) == warning.words.text()  # said as an alert
    assert warning.stay_button.isVisible() and accessible_name(warning.stay_button)
    warning.stay_button.click()
    QApplication.processEvents()
    assert not warning.isVisible()
    fake_time.now += 4 * 60 + 29
    window.idle.check()
    assert window.session.is_open
    assert editor.title.text() == "what I was typing"


def test_a_key_ends_the_warning_and_locking_keeps_what_she_typed(
    window_at: WindowAt, vault_path: Path, fake_time: FakeTime
) -> None:
    window = opened(window_at, vault_path)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(window.idle)  # as ui.main does
    try:
        editor = window.case_view.editors.edit("incident", None)
        editor.title.setText("what I was typing")
        fake_time.now += 4 * 60 + 31
        window.idle.check()
        QApplication.processEvents()
        assert window.lock_warning.isVisible()
        QTest.keyClick(editor.title, Qt.Key.Key_Shift)
        QApplication.processEvents()
        assert not window.lock_warning.isVisible()
        fake_time.now += 4 * 60 + 31
        window.idle.check()
        QApplication.processEvents()
        assert window.lock_warning.isVisible() and window.session.is_open
        fake_time.now += 30
        window.idle.check()
        assert not window.session.is_open
        assert not window.lock_warning.isVisible()
    finally:
        app.removeEventFilter(window.idle)
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert window.session.is_open
    reopened = [w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "title")]
    assert any(w.title.text() == "what I was typing" for w in reopened)
