"""Safety around the evidence: locking, quick hide, the clipboard, traces, who opened it."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QPixmap, QPixmapCache
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import SettingsStore
from quietcase.app.unlock.attempts import AttemptLog
from quietcase.ui.privacy.idle import IdleWatch
from quietcase.ui.prompts import Prompts
from tests.shared import PASS
from tests.ui.evidence.helpers import (
    WindowAt,
    add_incident,
    files_under,
    import_files,
    nothing_written,
    opened,
    real,
)
from tests.ui.windows import FakeTime


def test_auto_lock_after_idle_clears_every_model(
    window_at: WindowAt, vault_path: Path, fake_time: FakeTime
) -> None:
    window = opened(window_at, vault_path)
    add_incident(window)
    import_files(window, real("gps_DSCN0010.jpg"))
    view = window.case_view
    view.evidence.select_ids([view.evidence.model.record_at(0).id])
    view.evidence.reveal_button.click()
    assert window.settings.auto_lock_minutes == 5  # the default
    fake_time.now += 4 * 60
    window.idle.check()
    assert window.session.is_open
    fake_time.now += 61
    window.idle.check()
    assert not window.session.is_open
    for model in (view.timeline.model, view.evidence.model, view.contacts.model):
        assert model.rowCount() == 0
    assert view.evidence.model._blurred == {} and view.evidence.model._sharp == {}
    assert not view.evidence.model.is_revealed(1)
    assert view.evidence.details.title.text() == ""
    assert view.evidence.incident.count() == 1 and view.evidence.tag.count() == 1


def test_the_computer_sleeping_locks(qtbot: QtBot) -> None:
    wall = [1000.0]
    watch = IdleWatch(now=lambda: 0.0, wall=lambda: wall[0])
    fired: list[bool] = []
    watch.idle.connect(lambda: fired.append(True))
    watch.set_minutes(5)
    watch.start()
    wall[0] += 5
    watch.check()
    assert not fired
    wall[0] += 3600  # the timer could not run for an hour: the laptop slept
    watch.check()
    assert fired == [True]


def test_quick_hide_with_shift_three_times_locks_and_minimises(
    window_at: WindowAt, vault_path: Path
) -> None:
    window = opened(window_at, vault_path)
    assert window.hide_button.isVisible()
    QTest.keyClick(window.case_view.search_box, Qt.Key.Key_Shift)
    QTest.keyClick(window.case_view.search_box, Qt.Key.Key_Shift)
    assert window.session.is_open
    QTest.keyClick(window.case_view.search_box, Qt.Key.Key_Shift)
    assert not window.session.is_open
    assert window.stack.currentWidget() is window.start
    assert window.hide_button.isVisible()  # also on the unlock screen
    assert window.isMinimized() or QGuiApplication.platformName() == "offscreen"


def test_shift_with_other_keys_between_does_not_hide(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    box = window.case_view.search_box
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Shift, Qt.Key.Key_A, Qt.Key.Key_Shift):
        QTest.keyClick(box, key)
    assert window.session.is_open


def test_f12_when_chosen_and_the_hide_button(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    window.case_view.settings_page.hide_key.setCurrentIndex(1)
    assert window.settings.hide_key == "f12"
    QTest.keyClick(window.case_view.search_box, Qt.Key.Key_F12)
    assert not window.session.is_open
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    window.hide_button.click()
    assert not window.session.is_open


def test_discreet_title(window_at: WindowAt, vault_path: Path, store: SettingsStore) -> None:
    window = opened(window_at, vault_path)
    assert window.windowTitle() == "Quietcase"
    page = window.case_view.settings_page
    page.title.setText("Notes")
    page.title.editingFinished.emit()
    assert window.windowTitle() == "Notes"
    assert store.load().discreet_title == "Notes"
    window.quick_hide()  # the lock screen says neither the case file's name nor its folder
    unlock = window.start.unlock
    shown = [w.text() for w in unlock.findChildren(QLabel) if w.isVisibleTo(window)]
    assert unlock.title.text() == "Notes" and unlock.passphrase.isVisibleTo(window)
    for words in shown:
        assert vault_path.name not in words and str(vault_path.parent) not in words
        assert "case" not in words.casefold()
    page.title.setText("")
    page.title.editingFinished.emit()
    window.lock()
    unlock.passphrase.setText(PASS)
    unlock.unlock_button.click()
    window.lock()  # not discreet: her file's name, to know which one she unlocks
    assert unlock.file_name.text() == vault_path.name and unlock.file_name.isVisibleTo(window)


def test_copied_hash_is_secret_and_cleared_after_the_delay(
    window_at: WindowAt, vault_path: Path, fake_time: FakeTime
) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg"))
    view = window.case_view
    view.clipboard.now = fake_time
    item = view.evidence.model.record_at(0).evidence
    view.evidence.select_ids([item.id])
    view.evidence.details.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == item.sha256
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint").data()) == b"secret"
    fake_time.now += 29
    view.clipboard.check()
    assert clipboard.text() == item.sha256
    fake_time.now += 2
    view.clipboard.check()
    assert clipboard.text() == ""

    view.evidence.details.copy_button.click()
    window.lock()  # and on lock
    assert clipboard.text() == ""


def test_her_own_later_copy_is_left_alone(
    window_at: WindowAt, vault_path: Path, fake_time: FakeTime
) -> None:
    window = opened(window_at, vault_path)
    view = window.case_view
    view.clipboard.now = fake_time
    view.clipboard.copy("0" * 64)
    QGuiApplication.clipboard().setText("her own words")
    fake_time.now += 60
    view.clipboard.check()
    assert QGuiApplication.clipboard().text() == "her own words"


def test_qt_image_cache_is_cleared_on_lock(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    QPixmapCache.insert("quietcase-test", QPixmap(8, 8))
    window.lock()
    assert QPixmapCache.find("quietcase-test") is None


def test_who_opened_it_reports_an_earlier_wrong_passphrase(
    window_at: WindowAt, vault_path: Path, store: SettingsStore, clock: FixedClock
) -> None:
    window = opened(window_at, vault_path)
    window.lock()
    # Someone tries a wrong passphrase (in another window, before she comes back).
    other = window_at(vault_path)
    other.start.unlock.passphrase.setText("guess")
    other.start.unlock.unlock_button.click()
    assert not other.session.is_open
    other.close()
    log = (store.folder / "unlock-attempts.json").read_text()
    assert vault_path.name not in log and "guess" not in log  # times and counts only

    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    words = window.case_view.problem.text()
    assert "Last opened here" in words
    assert "a wrong passphrase was tried 1 time" in words
    window.lock()
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert "wrong passphrase" not in window.case_view.problem.text()  # told once
    assert AttemptLog(store.folder).opened(vault_path, clock.now()).failed == 0


def test_her_own_typo_raises_no_alarm_and_stays_in_the_history(
    window_at: WindowAt, vault_path: Path, store: SettingsStore
) -> None:
    window = window_at(vault_path)
    unlock = window.start.unlock
    unlock.passphrase.setText("typo")
    unlock.unlock_button.click()
    assert not window.session.is_open
    unlock.passphrase.setText(PASS)
    unlock.unlock_button.click()
    assert window.session.is_open
    assert "wrong passphrase" not in window.case_view.problem.text()  # her own, just now
    settings = window.case_view.settings_page
    assert "wrong passphrase typed" in settings.history.text()
    assert settings.history.text().count("unlocked") == 1
    window.lock()
    assert settings.history.isHidden()


def test_wrong_tries_before_the_first_unlock_here_are_worded_for_it(
    window_at: WindowAt, vault_path: Path, store: SettingsStore
) -> None:
    other = window_at(vault_path)  # someone, before she ever opened it on this computer
    other.start.unlock.passphrase.setText("guess")
    other.start.unlock.unlock_button.click()
    other.close()
    window = opened(window_at, vault_path)
    words = window.case_view.problem.text()
    assert words.startswith("Before this unlock, a wrong passphrase was typed")
    assert "Since then" not in words and window.case_view.problem.close_button.isVisible()
    window.case_view.problem.close_button.click()
    assert window.case_view.problem.isHidden()


def test_drop_on_the_window_and_on_an_incident(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    incident = add_incident(window)
    window._dropped(real("Canon_40D.jpg"), None)
    dialog = window.case_view.evidence_actions.intake_dialogs[-1]
    assert dialog.incidents.checked_ids() == []
    dialog.add_button.click()
    timeline = window.case_view.timeline
    at = timeline.table.visualRect(timeline.proxy.index(0, 1)).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(real("Nikon_D70.jpg")[0]))])
    enter = QDragEnterEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(timeline.table.viewport(), enter)  # a drop comes after its enter
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(timeline.table.viewport(), drop)
    assert drop.isAccepted()
    dialog = window.case_view.evidence_actions.intake_dialogs[-1]
    assert dialog.incidents.checked_ids() == [incident]
    dialog.add_button.click()
    assert window.case_view.evidence.model.rowCount() == 2
    assert timeline.model.index(0, 4).data() == "1"


def test_choosing_files_and_locking_leave_no_trace(
    window_at: WindowAt,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """Qt's own file dialog (never the system's) and its folder history removed again."""
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    chosen = evidence / "photo.jpg"
    chosen.write_bytes(real("Canon_40D.jpg")[0].read_bytes())
    window = opened(window_at, vault_path)
    Prompts.test_mode = False

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, pick)
            return
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(str(chosen))
        dialog.accept()

    try:
        with nothing_written(home, vault_path.parent, evidence):
            QTimer.singleShot(20, pick)
            window.case_view.evidence_actions.choose_files()
            dialog = window.case_view.evidence_actions.intake_dialogs[-1]
            dialog.add_button.click()
            # The list refreshes when the intake's worker is done (later on a busy machine).
            qtbot.waitUntil(lambda: window.case_view.evidence.model.rowCount() == 1)
            window.lock()
    finally:
        Prompts.test_mode = True
        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path.home() / ".config")
        )
    assert not [p for p in files_under(home) if "recently-used" in p or "QtProject" in p]


class _MemoryKeyring(KeyringBackend):
    """A stand-in for a real system keychain (priority > 0, not a plaintext backend)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def test_quick_unlock_only_with_a_real_keychain(window_at: WindowAt, vault_path: Path) -> None:
    before = keyring.get_keyring()
    if isinstance(before, _MemoryKeyring):  # keyring picked the test class by itself
        before = fail.Keyring()
    memory = _MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        window = opened(window_at, vault_path)
        page = window.case_view.settings_page
        assert page.quick_unlock.isEnabled()
        page.quick_unlock.setChecked(True)
        window.lock()
        assert window.start.unlock.quick_button.isHidden()  # nothing remembered yet
        window.start.unlock.passphrase.setText(PASS)
        window.start.unlock.unlock_button.click()
        assert list(memory.kept.values()) == [PASS]
        assert vault_path.name not in str(memory.kept)
        window.lock()
        window.show_unlock(vault_path)
        assert not window.start.unlock.quick_button.isHidden()
        assert memory.reads == 0  # offered without reading the keychain
        window.start.unlock.quick_button.click()
        assert memory.reads == 1  # read when she asked for it
        assert window.session.is_open
        page.quick_unlock.setChecked(False)
        assert memory.kept == {}
        assert window.settings.quick_unlock_entries == []
    finally:
        keyring.set_keyring(before)
    keyring.set_keyring(fail.Keyring())  # no keychain at all (as on this machine)
    try:
        nothing = window_at(vault_path)
        assert not nothing.case_view.settings_page.quick_unlock.isEnabled()
        nothing.close()
    finally:
        keyring.set_keyring(before)
