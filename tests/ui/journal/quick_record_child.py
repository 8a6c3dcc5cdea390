"""A Quietcase window in its own process, for the crash test of the quick record form
(tests/ui/journal/test_quick_record.py): it unlocks, presses Ctrl+N, pastes a picture, types
a title, says "kept" once the draft is in the case file, and waits to be killed.

    python tests/ui/journal/quick_record_child.py CASE_FILE CONFIG_FOLDER PICTURE TITLE
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import Settings, SettingsStore
from quietcase.ui.main_window import MainWindow
from quietcase.ui.privacy.idle import IdleWatch
from quietcase.ui.session import Session
from quietcase.ui.workers import InlineWorker
from tests.shared import NOW, PASS


def main(case_file: str, config: str, picture: str, title: str) -> None:
    app = QApplication([])
    settings = Settings()
    settings.remember(Path(case_file))
    session = Session(InlineWorker(), FixedClock(NOW))
    window = MainWindow(session, settings, SettingsStore(Path(config)), IdleWatch())
    window.show()
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert session.is_open
    clipboard = app.clipboard()
    assert clipboard is not None
    clipboard.setImage(QImage(picture))
    window.activateWindow()
    while not window.isActiveWindow():
        app.processEvents()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.case_view.editors.open["incident:quick"]
    QTest.keyClick(dialog.title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert len(dialog.evidence.new_items()) == 1  # type: ignore[attr-defined]
    QTest.keyClicks(dialog.title, title)  # type: ignore[attr-defined]
    end = time.monotonic() + 3  # the draft is kept a moment after the last key
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    print("kept", flush=True)
    while True:  # until SIGKILL: no chance to save, to lock or to clean up
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(*sys.argv[1:5])
