"""Quick record: Ctrl+N, paste a screenshot, type a title, Save. The incident and its picture
are one transaction, the picture is blurred in the editor and the gallery, and a crash before
Save loses neither the words nor the picture."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.kinds import RecordKind
from quietcase.app.evidence.custody import RECORDS
from quietcase.ui.evidence.model import BLURRED_ROLE
from quietcase.ui.evidence.thumbnails import Thumbnails
from quietcase.ui.journal.incident import IncidentDialog
from quietcase.ui.journal.quick_record import QuickRecordDialog
from quietcase.ui.main_window import MainWindow
from tests.shared import NEEDS_REAL_IMAGES, PASS, REAL_IMAGES

WindowAt = Callable[..., MainWindow]
PHOTO = REAL_IMAGES / "Canon_40D.jpg"
pytestmark = NEEDS_REAL_IMAGES


def unlock(window: MainWindow) -> None:
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert window.session.is_open


def copy_screenshot() -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(QImage(str(PHOTO)))


def records_commits(window: MainWindow) -> int:
    """Commits that changed records (each writes one "records" event to the history)."""
    found: list[int] = []
    window.session.run(
        lambda case: sum(1 for e in case.custody.events() if e.action == RECORDS), found.append
    )
    return found[0]


@contextmanager
def open_case_later(window: MainWindow) -> Iterator[dict[str, object]]:
    found: list[dict[str, object]] = []
    window.session.run(lambda case: case.drafts.all(), found.append)
    yield found[0]


def quick_form(window: MainWindow) -> QuickRecordDialog:
    dialog = window.case_view.editors.open["incident:quick"]
    assert isinstance(dialog, QuickRecordDialog)
    return dialog


def test_ctrl_n_paste_title_save(
    window_at: WindowAt, vault_path: Path, qtbot: QtBot, clock: FixedClock
) -> None:
    window = window_at(vault_path)
    unlock(window)
    copy_screenshot()  # as after PrtSc: the picture is on the clipboard
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 1
    dialog = quick_form(window)
    qtbot.keyClick(dialog.title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # 2
    assert dialog.title.text() == ""  # a picture on the clipboard is evidence, not text
    [key] = dialog.evidence.pictures.keys()
    assert dialog.evidence.pictures.is_blurred(key)
    qtbot.keyClicks(dialog.title, "They posted my photo")  # 3
    before = records_commits(window)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Save

    assert "incident:quick" not in window.case_view.editors.open
    assert records_commits(window) == before + 1  # the incident and its picture: one commit
    timeline = window.case_view.timeline
    assert timeline.model.rowCount() == 1
    incident = timeline.model.record_at(0).incident
    assert incident.title == "They posted my photo"
    gallery = window.case_view.evidence.model
    assert gallery.rowCount() == 1
    item = gallery.record_at(0)
    assert item.evidence.incident_ids == (incident.id,)
    assert item.evidence.filename.startswith("Pasted screenshot")
    assert gallery.index(0, 0).data(BLURRED_ROLE) is True
    editor = window.case_view.editors.edit(RecordKind.INCIDENT, incident)
    assert isinstance(editor, IncidentDialog)
    assert editor.evidence.pictures.keys() == [str(item.id)]
    assert editor.evidence.pictures.is_blurred(str(item.id))
    editor.reject()
    with open_case_later(window) as drafts:
        assert drafts == {}


def test_a_crash_before_save_keeps_the_words_and_the_picture(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    child = Path(__file__).with_name("quick_record_child.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [
            sys.executable,
            str(child),
            str(vault_path),
            str(tmp_path / "child-config"),
            str(PHOTO),
            "Posted in the room",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "kept", process.stderr.read() if process.stderr else ""
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    window = window_at(vault_path)
    unlock(window)
    dialog = quick_form(window)
    assert dialog.title.text() == "Posted in the room"
    assert dialog.restored_note.isVisibleTo(dialog)
    [picture] = dialog.evidence.new_items()
    assert picture.data is not None and QImage.fromData(picture.data).width() > 0
    assert dialog.evidence.pictures.is_blurred(dialog.evidence.pictures.keys()[0])
    dialog.save_button.click()
    gallery = window.case_view.evidence.model
    assert gallery.rowCount() == 1
    assert gallery.record_at(0).evidence.incident_ids == (
        window.case_view.timeline.model.record_at(0).incident.id,
    )
    window.lock()
    with open_case(vault_path, PASS, clock) as case:
        assert case.drafts.all() == {}


def test_the_evidence_pages_paste_shows_the_picture_and_offers_a_quick_record(
    window_at: WindowAt, vault_path: Path
) -> None:
    window = window_at(vault_path)
    unlock(window)
    copy_screenshot()
    actions = window.case_view.evidence_actions
    asking = actions.paste()
    assert asking is not None
    [preview] = asking.findChildren(Thumbnails)
    assert preview.keys() == ["new:1"] and preview.is_blurred("new:1")  # a preview, blurred
    assert not asking.record_button.isHidden()
    asking.record_button.click()
    dialog = quick_form(window)
    assert len(dialog.evidence.new_items()) == 1
    dialog.title.setText("From the Evidence page")
    dialog.save_button.click()
    assert window.case_view.evidence.model.rowCount() == 1
    assert window.case_view.timeline.model.rowCount() == 1
