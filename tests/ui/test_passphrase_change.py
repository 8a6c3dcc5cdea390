"""Settings → "Change the passphrase…" in the real window: a mistake is said in the dialog and
changes nothing; a change is said on the Settings page, and the next unlock needs the new one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.ui.main_window import MainWindow
from tests.shared import NOW, PASS

WindowAt = Callable[..., MainWindow]
NEW = "seven quiet harbour lamps at dawn"


def _unlock(window: MainWindow, passphrase: str) -> None:
    window.start.unlock.passphrase.setText(passphrase)
    window.start.unlock.unlock_button.click()


def test_change_the_passphrase_from_settings(window_at: WindowAt, vault_path: Path) -> None:
    window = window_at(vault_path)
    settings = window.case_view.settings_page
    assert not settings.change_passphrase.isEnabled()  # no case open yet
    _unlock(window, PASS)
    assert window.session.is_open and settings.change_passphrase.isEnabled()
    window.case_view.show_page("settings")
    settings.change_passphrase.click()
    dialog = window.case_view.passphrase_change.dialog
    assert dialog is not None and dialog.isVisible()

    # Not the one in use: said in the dialog, which keeps what she typed; nothing changed.
    dialog.current.setText("a guess")
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    assert "same" in dialog.strength.text()
    dialog.change_button.click()
    assert "not the passphrase this case file opens with now" in dialog.error.text()
    assert dialog.isVisible() and dialog.new.text() == NEW and dialog.change_button.isEnabled()

    dialog.current.setText(PASS)
    dialog.change_button.click()
    assert window.case_view.passphrase_change.dialog is None
    assert "Your passphrase was changed" in settings.passphrase_note.text()
    assert not settings.passphrase_note.isHidden()
    assert dialog.current.text() == "" and dialog.new.text() == ""  # not kept in the fields

    window.lock()
    assert settings.passphrase_note.isHidden() and not settings.change_passphrase.isEnabled()
    _unlock(window, PASS)
    assert not window.session.is_open
    _unlock(window, NEW)
    assert window.session.is_open
    window.lock()
    with open_case(vault_path, NEW, FixedClock(NOW), read_only=True) as case:
        assert case.vault.is_open


def test_a_lock_closes_the_dialog_and_forgets_what_was_typed(
    window_at: WindowAt, vault_path: Path
) -> None:
    window = window_at(vault_path)
    _unlock(window, PASS)
    dialog = window.case_view.passphrase_change.ask()
    dialog.current.setText(PASS)
    dialog.new.setText(NEW)
    window.lock()
    assert window.case_view.passphrase_change.dialog is None
    assert not dialog.isVisible() and dialog.current.text() == "" and dialog.new.text() == ""
    _unlock(window, PASS)
    assert window.session.is_open  # unchanged
