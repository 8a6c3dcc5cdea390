"""The Backup page and restoring on real vaults: back up, list, check, damage, restore, remind."""

from __future__ import annotations

from pathlib import Path

from quietcase.app.backup.history import CheckState, known_backups
from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import SettingsStore
from quietcase.ui.backup.page import BackupPage
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.shared import PASS
from tests.ui.evidence.helpers import WindowAt, import_files, opened, real

STRONG = "granite orbit velvet lantern"


def backup_page(window: MainWindow) -> BackupPage:
    window.case_view.show_page("backup")
    return window.case_view.backup


def back_up(page: BackupPage, folder: Path, passphrase: str = PASS) -> None:
    page.passphrase.setText(passphrase)
    if page.folder is None:
        Prompts.set_next_answer([str(folder)])
    page.backup_button.click()


def test_back_up_now_lists_it_checked_and_remembers_the_folder(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    window = opened(window_at, vault_path)
    page = backup_page(window)
    assert "asked the first time" in page.where.text()
    back_up(page, usb)
    made = list(usb.glob("*.quietcase"))
    assert len(made) == 1 and "written and checked" in page.note.text()
    assert page.list.topLevelItemCount() == 1
    assert page.list.topLevelItem(0).text(2).startswith("Good")
    assert page.passphrase.text() == "" and page.where.text() == str(usb)
    assert "Last backup: never" not in window.case_view.status.text().replace("\u00a0", " ")

    clock.advance(seconds=5)
    back_up(page, usb)  # the second time: no folder question
    assert len(list(usb.glob("*.quietcase"))) == 2 and page.list.topLevelItemCount() == 2
    window.lock()
    assert page.list.topLevelItemCount() == 0 and page.where.text() != str(usb)
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        assert [b.state for b in known_backups(case)] == [CheckState.GOOD, CheckState.GOOD]


def test_a_wrong_passphrase_makes_no_backup(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    page = backup_page(window)
    back_up(page, tmp_path, "not mine")
    assert "not the passphrase of this case file" in page.note.text()
    assert list(tmp_path.glob("*backup*")) == [] and page.list.topLevelItemCount() == 0
    page.passphrase.clear()
    page.backup_button.click()
    assert "type your passphrase" in page.note.text()


def test_its_own_passphrase(window_at: WindowAt, vault_path: Path, tmp_path: Path) -> None:
    window = opened(window_at, vault_path)
    page = backup_page(window)
    page.separate.setChecked(True)
    page.own.setText(STRONG)
    page.own_again.setText(STRONG)
    Prompts.set_next_answer([str(tmp_path)])
    page.backup_button.click()
    assert page.list.topLevelItemCount() == 1
    assert Prompts.asked == ["Choose a folder for your backups"]  # a strong one: no question
    page.separate.setChecked(True)
    page.own.setText(STRONG)
    page.own_again.setText(STRONG)
    page.check_selected.click()
    assert "This backup is good" in page.note.text()


def test_an_easy_own_passphrase_is_asked_about_first(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    """ "This is easy to guess. Use it anyway?" Cancel writes nothing; yes goes on."""
    usb = tmp_path / "usb"
    usb.mkdir()
    window = opened(window_at, vault_path)
    page = backup_page(window)
    for answer in ("no", "yes"):
        page.separate.setChecked(True)
        page.own.setText("사랑해요사랑해요")
        page.own_again.setText("사랑해요사랑해요")
        Prompts.set_next_answer(answer)
        if answer == "yes":
            Prompts.set_next_answer([str(usb)])
        page.backup_button.click()
        assert Prompts.asked[0] == "This is easy to guess. Use it anyway?"
        written = list(usb.glob("*.quietcase"))
        assert len(written) == (answer == "yes")
        Prompts.reset()
    assert page.list.topLevelItemCount() == 1


def test_check_a_damaged_backup_says_so_kindly(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg"))
    page = backup_page(window)
    back_up(page, tmp_path)
    backup = next(tmp_path.glob("*.quietcase"))
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    page.passphrase.setText(PASS)
    Prompts.set_next_answer(str(backup))
    page.check_button.click()
    note = page.note.text()
    assert "This backup is damaged" in note and "not affected" in note
    assert "Traceback" not in note
    assert page.list.topLevelItem(0).text(2).startswith("Damaged")

    backup.unlink()
    page.passphrase.setText(PASS)
    page.check_selected.click()
    assert "not found" in page.note.text()
    assert page.list.topLevelItem(0).text(2).startswith("Not found")


def test_cancel_leaves_no_backup(window_at: WindowAt, vault_path: Path, tmp_path: Path) -> None:
    big = tmp_path / "recording.mp4"
    big.write_bytes(bytes(range(256)) * (4 * 1024 * 1024 // 256))  # 4 MiB: many page steps
    window = opened(window_at, vault_path)
    import_files(window, [big])
    usb = tmp_path / "usb"
    usb.mkdir()
    page = backup_page(window)
    page.job._relay.moved.connect(lambda _f: page.job.cancel_button.click())
    back_up(page, usb)
    assert "Stopped" in page.note.text() and page.job.isHidden()
    assert list(usb.iterdir()) == []
    assert page.list.topLevelItemCount() == 0


def test_reminder_with_evidence_and_no_backup_goes_after_a_backup(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    window = opened(window_at, vault_path)
    reminder = window.case_view.backup.reminder
    assert reminder.isHidden()  # nothing to lose yet
    import_files(window, real("Canon_40D.jpg"))
    assert reminder.isVisible() and "no backup yet" in reminder.text()
    reminder.click()
    assert window.case_view.pages.currentWidget() is window.case_view.backup
    back_up(window.case_view.backup, tmp_path)
    assert reminder.isHidden()

    clock.advance(days=20)
    window.case_view.reload()
    assert reminder.isVisible() and "20 day" in reminder.text()
    page = window.case_view.backup
    page.remind.setCurrentIndex(page.remind.findData(30))
    assert reminder.isHidden() and window.settings.backup_reminder_days == 30


def test_the_reminder_is_one_line_she_can_close_for_a_few_days(
    window_at: WindowAt, vault_path: Path, clock: FixedClock, store: SettingsStore
) -> None:
    window = opened(window_at, vault_path)
    window.resize(1280, 800)
    window.show()
    import_files(window, real("Canon_40D.jpg"))
    reminder = window.case_view.backup.reminder
    assert reminder.isVisible() and reminder.action.isVisible()
    line = reminder.words.fontMetrics().height()
    assert reminder.height() < 3 * line  # one line, not a paragraph
    assert reminder.close_button.isVisible() and "3 day" in reminder.close_button.toolTip()
    reminder.close_button.click()
    assert reminder.isHidden() and store.load().backup_snoozed_until == "2026-11-28"
    window.case_view.reload()
    assert reminder.isHidden()  # still snoozed
    clock.advance(days=3)
    window.case_view.reload()
    assert reminder.isVisible()  # asked again after three days
    window.resize(700, 800)  # too narrow for the sentence: cut, with the whole in "More"
    assert reminder.more.isVisible() and reminder.words.text().endswith("…")
    reminder.more.click()
    assert reminder.words.text() == reminder.text() and reminder.more.text() == "Less"


def test_restore_from_the_welcome_screen_opens_a_new_case_file(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg"))
    usb = tmp_path / "usb"
    usb.mkdir()
    back_up(backup_page(window), usb)
    backup = next(usb.glob("*.quietcase"))
    window.lock()

    fresh = window_at()  # a new computer: no case file known
    assert fresh.start.currentWidget() is fresh.start.welcome
    fresh.start.welcome.backup_button.click()
    page = fresh.restore.page
    assert fresh.start.currentWidget() is page
    Prompts.set_next_answer(str(backup))
    page.backup_button.click()
    restored = tmp_path / "new-laptop" / "case"
    restored.parent.mkdir()
    page.path.setText(str(restored))
    page.passphrase.setText("wrong")
    page.restore_button.click()
    assert page.error.isVisible() and not restored.with_suffix(".quietcase").exists()
    page.passphrase.setText(PASS)
    page.restore_button.click()
    assert fresh.session.is_open
    assert fresh.session.path == restored.with_suffix(".quietcase")
    assert fresh.stack.currentWidget() is fresh.case_view
    assert fresh.case_view.evidence.model.rowCount() == 1
    assert backup.exists()


def test_an_easy_new_passphrase_for_a_restored_case_is_asked_about_first(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    back_up(backup_page(window), usb)
    window.lock()
    fresh = window_at()
    fresh.start.welcome.backup_button.click()
    page = fresh.restore.page
    Prompts.set_next_answer(str(next(usb.glob("*.quietcase"))))
    page.backup_button.click()
    restored = tmp_path / "restored.quietcase"
    page.path.setText(str(restored))
    page.passphrase.setText(PASS)
    page.new_box.setChecked(True)
    page.new.setText("Password1234!")
    page.again.setText("Password1234!")
    Prompts.reset()
    Prompts.set_next_answer("no")
    page.restore_button.click()
    assert Prompts.asked == ["This is easy to guess. Use it anyway?"]
    assert not restored.exists() and not fresh.session.is_open
    Prompts.set_next_answer("yes")
    page.restore_button.click()
    assert fresh.session.is_open and restored.exists()


def test_restore_from_the_backup_page_locks_first(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    page = backup_page(window)
    Prompts.set_next_answer("no")
    page.restore_button.click()
    assert window.session.is_open
    Prompts.set_next_answer("yes")
    page.restore_button.click()
    assert not window.session.is_open
    assert window.start.currentWidget() is window.restore.page
