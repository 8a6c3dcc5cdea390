"""The whole story through the window: create, unlock, record, edit, find, lock, unlock."""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.documents import acts
from quietcase.app.evidence.custody import EDIT
from quietcase.app.settings import SettingsStore
from quietcase.storage.records import Incident
from quietcase.ui.journal.incident import IncidentDialog
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.shared import NOW, PASS

SECRET_WORDS = ("딥페이크", "shadow_demo", "example_room", "Telegram")

WindowAt = Callable[..., MainWindow]


def unlock(window: MainWindow, passphrase: str = PASS) -> None:
    page = window.start.unlock
    page.passphrase.setText(passphrase)
    page.unlock_button.click()


def add_incident(window: MainWindow) -> IncidentDialog:
    window.case_view.timeline.add_button.click()
    dialog = window.case_view.editors.open["incident:new"]
    assert isinstance(dialog, IncidentDialog)
    dialog.title.setText("텔레그램 방에 딥페이크 영상이 올라왔어요")
    dialog.when.set_text("2024-03")
    dialog.platform.setCurrentText("telegram")
    dialog.place.setText("t.me/example_room")
    dialog.links.add_values(
        ["https://t.me/example_room/204", "새내기", "@shadow_demo", "2024-03-15", "online", ""]
    )
    dialog.handles.set_values(["@shadow_demo"])
    dialog.tags.setText("deepfake, 합성")
    dialog.description.setPlainText("A friend sent me the link.")
    dialog.save_button.click()
    return dialog


def all_text(widget: QWidget) -> str:
    """Every string any model or text widget under `widget` still holds."""
    found: list[str] = []
    for model in widget.findChildren(QAbstractItemModel):
        found += _model_text(model, QModelIndex())
    for line in widget.findChildren(QLineEdit):
        found.append(line.text())
    for label in widget.findChildren(QLabel):
        found.append(label.text() + label.toolTip())
    for edit in widget.findChildren(QPlainTextEdit):
        found.append(edit.toPlainText())
    for combo in widget.findChildren(QComboBox):
        found += [combo.itemText(i) for i in range(combo.count())]
    return "\n".join(found)


def _model_text(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
    out = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value:
                    out.append(str(value))
            out += _model_text(model, index)
    return out


# -- first start ------------------------------------------------------------------------------


def test_first_start_creates_a_case_through_the_welcome_flow(
    window_at: WindowAt, tmp_path: Path, store: SettingsStore, clock: FixedClock
) -> None:
    window = window_at()
    assert window.start.currentWidget() is window.start.welcome
    message = window.start.welcome.message.text()
    assert "encrypted file" in message and "nobody can recover" in message
    assert message.count(". ") + 1 == 3  # three sentences

    window.start.welcome.create_button.click()
    page = window.start.create_page
    assert page.path.text().endswith("Quietcase/case.quietcase")
    target = tmp_path / "new folder" / "case.quietcase"
    page.path.setText(str(target))
    page.passphrase.setText("blue river quiet morning")
    assert "strong" in page.strength.text()
    page.again.setText("blue river quiet mornin")
    page.create_button.click()
    assert "not the same" in page.error.text()
    assert not target.exists()

    page.again.setText("blue river quiet morning")
    page.create_button.click()
    assert window.stack.currentWidget() is window.case_view
    assert target.exists()
    assert page.passphrase.text() == "" and page.again.text() == ""
    assert store.load().recent_vaults == [str(target)]
    assert "0 incidents" in window.case_view.status.text().replace("\u00a0", " ")
    assert "Last backup: never" in window.case_view.status.text().replace("\u00a0", " ")

    window.lock()
    with open_case(target, "blue river quiet morning", clock) as case:
        assert case.journal.is_empty()


@pytest.mark.parametrize("easy", ["password가", "사랑해요사랑해요", "Password1234!", "tkfkdgo"])
def test_an_easy_passphrase_is_asked_about_and_cancel_creates_nothing(
    window_at: WindowAt, tmp_path: Path, easy: str
) -> None:
    window = window_at()
    window.start.welcome.create_button.click()
    page = window.start.create_page
    target = tmp_path / "case.quietcase"
    page.path.setText(str(target))
    page.passphrase.setText(easy)
    assert "easy to guess" in page.strength.text() and "is strong" not in page.strength.text()
    page.again.setText(easy)
    Prompts.set_next_answer("no")
    page.create_button.click()
    assert Prompts.asked == ["This is easy to guess. Use it anyway?"]
    assert not target.exists() and not list(tmp_path.glob("case*"))
    assert window.start.currentWidget() is page and page.passphrase.text() == easy
    Prompts.set_next_answer("yes")  # her choice: she can always go on
    page.create_button.click()
    assert target.exists() and window.stack.currentWidget() is window.case_view


def test_opening_an_existing_file_and_forgetting_the_list(
    window_at: WindowAt, vault_path: Path, store: SettingsStore
) -> None:
    window = window_at()
    Prompts.set_next_answer(str(vault_path))
    window.start.welcome.open_button.click()
    assert window.start.currentWidget() is window.start.unlock
    assert window.start.unlock.file_name.text() == vault_path.name
    unlock(window)
    assert window.session.is_open
    window.lock()
    settings = window.settings
    assert settings.recent_vaults == [str(vault_path)]
    window.start.welcome.set_recent(settings.recent_vaults)
    window.start.welcome.forget_button.click()
    assert store.load().recent_vaults == []


# -- the main story ---------------------------------------------------------------------------


def test_record_edit_find_lock_and_unlock(window_at: WindowAt, vault_path: Path) -> None:
    window = window_at(vault_path)
    assert window.start.currentWidget() is window.start.unlock

    unlock(window, "not the passphrase")
    page = window.start.unlock
    assert "does not open" in page.error.text()
    assert page.passphrase.isEnabled() and page.unlock_button.isEnabled()
    assert not window.session.is_open
    unlock(window)
    assert window.stack.currentWidget() is window.case_view
    assert page.passphrase.text() == ""

    # Record something through the editor.
    dialog = add_incident(window)
    assert "incident:new" not in window.case_view.editors.open
    assert dialog.error.isHidden()
    timeline = window.case_view.timeline
    assert timeline.model.rowCount() == 1
    entry = timeline.model.record_at(0)
    assert entry.incident.platform == "Telegram"
    assert entry.incident.links[0].uploader == "@shadow_demo"
    assert timeline.model.index(0, 0).data() == "around Mar 2024"
    assert "1 incident" in window.case_view.status.text().replace("\u00a0", " ")

    # Edit it.
    timeline.table.selectRow(0)
    timeline.edit_button.click()
    editor = window.case_view.editors.open[f"incident:{entry.incident.id}"]
    assert isinstance(editor, IncidentDialog)
    assert editor.links.values()[0][0] == "https://t.me/example_room/204"
    editor.title.setText("딥페이크 영상 재유포")
    editor.when.set_text("2024-03-15 14:30")
    editor.save_button.click()
    assert timeline.model.record_at(0).incident.title == "딥페이크 영상 재유포"
    assert timeline.model.index(0, 0).data() == "15 Mar 2024, 14:30"

    # Find it, in Korean (a trigram and a two-syllable word) and in English.
    view = window.case_view
    for query in ("딥페이크", "재유", "shadow", "EXAMPLE_ROOM friend"):
        view.search_box.setText(query)
        assert view.pages.currentWidget() is view.search_page
        assert view.search_page.model.rowCount() == 2, query  # the group and the hit
        assert "딥페이크 영상 재유포" in view.search_page.model.index(1, 0).data()
    view.search_box.setText("nothing like this")
    assert "Nothing found" in view.search_page.summary.text()
    view.search_box.setText("딥페이크")
    view.search_box.returnPressed.emit()  # opens the first hit
    assert f"incident:{entry.incident.id}" in view.editors.open
    view.editors.open[f"incident:{entry.incident.id}"].reject()

    # Lock: nothing she wrote is left anywhere in the window.
    view.lock_button.click()
    assert not window.session.is_open
    assert window.start.currentWidget() is window.start.unlock
    leftover = all_text(window)
    for word in (*SECRET_WORDS, "재유포", "around March"):
        assert word not in leftover, word

    # Unlock again: everything is back.
    unlock(window)
    assert timeline.model.rowCount() == 1
    assert timeline.model.record_at(0).incident.title == "딥페이크 영상 재유포"


def test_filters_on_the_timeline(window_at: WindowAt, vault_path: Path) -> None:
    window = window_at(vault_path)
    unlock(window)
    add_incident(window)
    timeline = window.case_view.timeline
    timeline.platform.setCurrentIndex(timeline.platform.findData("Telegram"))
    assert timeline.proxy.rowCount() == 1
    timeline.start.setText("2024-04")
    assert timeline.proxy.rowCount() == 0
    assert "Showing 0 of 1" in timeline.shown.text()
    timeline.start.setText("2024-03-20")  # "around March" overlaps it
    assert timeline.proxy.rowCount() == 1
    timeline.tag.setCurrentIndex(timeline.tag.findData("합성"))
    assert timeline.proxy.rowCount() == 1
    timeline.filter_text.setText("no such words")
    assert timeline.proxy.rowCount() == 0
    timeline.clear_button.click()
    assert timeline.proxy.rowCount() == 1


def test_delete_asks_and_can_be_undone_after_a_lock(window_at: WindowAt, vault_path: Path) -> None:
    window = window_at(vault_path)
    unlock(window)
    add_incident(window)
    timeline = window.case_view.timeline
    timeline.table.selectRow(0)

    Prompts.set_next_answer("no")
    timeline.delete_button.click()
    assert timeline.model.rowCount() == 1
    assert "will be able to" not in Prompts.asked[-1]
    assert "Undo" in Prompts.asked[-1]

    Prompts.set_next_answer("yes")
    timeline.delete_button.click()
    assert timeline.model.rowCount() == 0
    assert not window.case_view.undo_bar.isHidden()
    assert "딥페이크" in window.case_view.undo_words.text()

    window.lock()
    assert "딥페이크" not in all_text(window)
    unlock(window)
    assert window.case_view.undo_words.text() == "A record was deleted."
    window.case_view.undo_button.click()
    assert timeline.model.rowCount() == 1
    assert window.case_view.undo_bar.isHidden()


def test_an_editor_asks_before_dropping_changes(window_at: WindowAt, vault_path: Path) -> None:
    window = window_at(vault_path)
    unlock(window)
    window.case_view.timeline.add_button.click()
    dialog = window.case_view.editors.open["incident:new"]
    dialog.reject()  # nothing typed: closes without asking
    assert "incident:new" not in window.case_view.editors.open

    window.case_view.timeline.add_button.click()
    dialog = window.case_view.editors.open["incident:new"]
    assert isinstance(dialog, IncidentDialog)
    dialog.title.setText("Half written")
    Prompts.set_next_answer("stay")
    dialog.close()
    assert dialog.isVisible()
    Prompts.set_next_answer("save")
    dialog.close()
    assert window.case_view.timeline.model.rowCount() == 1

    window.case_view.timeline.add_button.click()
    dialog = window.case_view.editors.open["incident:new"]
    assert isinstance(dialog, IncidentDialog)
    dialog.title.setText("Not wanted")
    Prompts.set_next_answer("discard")
    dialog.reject()
    assert window.case_view.timeline.model.rowCount() == 1


def test_a_save_that_fails_keeps_everything_typed(window_at: WindowAt, vault_path: Path) -> None:
    window = window_at(vault_path)
    unlock(window)
    window.case_view.timeline.add_button.click()
    dialog = window.case_view.editors.open["incident:new"]
    assert isinstance(dialog, IncidentDialog)
    dialog.title.setText("With a bad link")
    dialog.links.add_values(["not a web address", "", "", "", "unknown", ""])
    dialog.save_button.click()
    assert "does not look like a web address" in dialog.error.text()
    assert dialog.isVisible() and dialog.title.text() == "With a bad link"
    dialog.when.set_text("2024-02-30")
    assert "not a day in the calendar" in dialog.when.hint.text()
    dialog.save_button.click()
    assert "not a day in the calendar" in dialog.error.text()
    assert window.case_view.timeline.model.rowCount() == 0


def test_auto_lock_keeps_an_open_editor_as_a_draft(
    window_at: WindowAt, vault_path: Path, fake_time: object, clock: FixedClock
) -> None:
    window = window_at(vault_path)
    unlock(window)
    window.case_view.timeline.add_button.click()
    dialog = window.case_view.editors.open["incident:new"]
    assert isinstance(dialog, IncidentDialog)
    dialog.title.setText("반쯤 쓴 기록")
    dialog.links.add_values(["https://t.me/x/1", "", "", "", "online", ""])

    fake_time.now += 4 * 60  # type: ignore[attr-defined]
    window.idle.check()
    assert window.session.is_open
    fake_time.now += 2 * 60  # type: ignore[attr-defined]
    window.idle.check()
    assert not window.session.is_open
    assert not window.case_view.editors.open
    assert "반쯤" not in all_text(window)

    with open_case(vault_path, PASS, clock) as case:
        kept = case.drafts.all()
    assert kept["incident:new"]["title"] == "반쯤 쓴 기록"

    unlock(window)
    restored = window.case_view.editors.open["incident:new"]
    assert isinstance(restored, IncidentDialog)
    assert restored.title.text() == "반쯤 쓴 기록"
    assert restored.links.values()[0][0] == "https://t.me/x/1"
    assert restored.restored_note.isVisibleTo(restored)
    restored.save_button.click()
    assert window.case_view.timeline.model.rowCount() == 1
    window.lock()
    with open_case(vault_path, PASS, clock) as case:
        assert case.drafts.all() == {}


@pytest.mark.parametrize("keys", ["Ctrl+L", "F12"])
def test_lock_shortcuts(window_at: WindowAt, vault_path: Path, qtbot: QtBot, keys: str) -> None:
    window = window_at(vault_path)
    unlock(window)
    window.activateWindow()
    if keys == "F12":
        window.quick_hide()
        assert window.isMinimized() or not window.session.is_open
    else:
        window.lock()
    assert not window.session.is_open


def test_unlock_says_when_it_reads_every_page_first(window_at: WindowAt, vault_path: Path) -> None:
    """A file copied here (no seal of a clean close) is checked whole before any write, and
    the unlock screen says why it takes longer; once closed cleanly, it is not again."""
    with open_case(vault_path, PASS, FixedClock(NOW), read_only=True):
        pass  # a look changes nothing: still unsealed
    window = window_at(vault_path)
    unlock(window)
    assert window.session.is_open
    assert "Checking every page" in window.start.unlock.busy.words.text()
    window.session.run(lambda case: case.journal.add_incident(Incident(title="sealed")))
    window.lock()
    unlock(window)
    assert window.session.is_open
    assert "Checking every page" not in window.start.unlock.busy.words.text()


def test_unlock_refuses_a_pipe_at_once(window_at: WindowAt, tmp_path: Path) -> None:
    """The window's unlock goes through the same `open_case`: a FIFO where the case file was
    is refused at once, kindly, and the window never waits on it. (Should it ever wait, the
    watchdog opens the pipe's other end, so the test fails instead of hanging.)"""
    fifo = tmp_path / "case.quietcase"
    os.mkfifo(fifo)
    window = window_at(fifo)
    assert window.start.currentWidget() is window.start.unlock

    def let_go() -> None:
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass

    watchdog = threading.Timer(10, let_go)
    watchdog.start()
    try:
        start = time.perf_counter()
        unlock(window)
        elapsed = time.perf_counter() - start
    finally:
        watchdog.cancel()
    assert "special system item (a pipe or a device)" in window.start.unlock.error.text()
    assert elapsed < 2.0
    assert not window.session.is_open


def test_unlock_says_plainly_when_the_file_is_an_older_copy(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whole older copy put back: it opens, and one calm sentence says what it may be."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    with open_case(vault_path, PASS, FixedClock(NOW)) as case:
        case.vault.set_meta("vault_id", str(uuid.uuid4()))
    older = tmp_path / "older.quietcase"
    shutil.copyfile(vault_path, older)
    later = FixedClock(NOW + timedelta(days=2))
    with open_case(vault_path, PASS, later) as case:
        case.together(lambda: case.custody.record(EDIT, detail="a change"))
    shutil.copyfile(older, vault_path)

    window = window_at(vault_path)
    unlock(window)
    assert window.session.is_open
    shown = window.case_view.problem.text()
    assert "This case file is older than the one you used on" in shown
    assert "it may be an old copy or a backup that was put back" in shown
    window.lock()
    unlock(window)  # only looked at: said again
    assert "older than the one you used" in window.case_view.problem.text()
    window.session.run(lambda case: case.journal.add_incident(Incident(title="going on")))
    window.session.run(lambda case: case.together(lambda: case.custody.record(EDIT)))
    window.lock()
    unlock(window)  # she went on with it: it is the newest now
    assert "older than the one you used" not in window.case_view.problem.text()


def test_the_incident_editor_marks_an_act(window_at: WindowAt, vault_path: Path) -> None:
    """The editor shows whether an incident is in the table of acts (by default: it has a
    link) and keeps her choice, as the complaint helper's card does."""
    window = window_at(vault_path)
    unlock(window)
    add_incident(window)
    timeline = window.case_view.timeline
    entry = timeline.model.record_at(0)
    timeline.table.selectRow(0)
    timeline.edit_button.click()
    editor = window.case_view.editors.open[f"incident:{entry.incident.id}"]
    assert isinstance(editor, IncidentDialog)
    assert editor.act.isChecked() and not editor.has_changes()  # a link: an act
    editor.act.click()  # she says it is not one
    assert editor.has_changes()
    editor.save_button.click()
    found: list[dict[int, bool]] = []
    window.session.run(acts.marks, found.append)
    assert found == [{entry.incident.id: False}]
