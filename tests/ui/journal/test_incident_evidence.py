"""The incident editor's Evidence tab, and forms that keep still and lead her to the fault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quietcase.app.core.kinds import RecordKind
from quietcase.storage.dates import Moment, When
from quietcase.storage.records import Incident
from quietcase.ui.journal.editors import incident_label
from quietcase.ui.journal.fields import ChecklistEdit
from quietcase.ui.journal.incident import IncidentDialog
from quietcase.ui.main_window import MainWindow
from tests.shared import NEEDS_REAL_IMAGES, PASS, REAL_IMAGES

WindowAt = Callable[..., MainWindow]
pytestmark = NEEDS_REAL_IMAGES


def new_incident(window_at: WindowAt, vault_path: Path) -> tuple[MainWindow, IncidentDialog]:
    window = window_at(vault_path)
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    window.case_view.timeline.add_button.click()
    dialog = window.case_view.editors.open["incident:new"]
    assert isinstance(dialog, IncidentDialog)
    return window, dialog


def drop(widget: object, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    for kind in (QDragEnterEvent, QDropEvent):  # a drop comes after its enter
        event = kind(
            QPointF(20, 20),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)  # type: ignore[arg-type]
        assert event.isAccepted()


def test_pasted_and_dropped_files_are_saved_with_a_new_incident(
    window_at: WindowAt, vault_path: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    window, dialog = new_incident(window_at, vault_path)
    tab = dialog.evidence
    assert not tab.empty.isHidden()  # not a blank white box: it says what to do
    dialog.title.setText("Shared in the group")
    QGuiApplication.clipboard().setImage(QImage(str(REAL_IMAGES / "Canon_40D.jpg")))
    qtbot.keyClick(dialog.place, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.place.text() == ""
    assert dialog.tabs.currentWidget() is tab  # she sees where it went
    dialog.tabs.setCurrentIndex(0)
    drop(dialog, [REAL_IMAGES / "Nikon_D70.jpg", REAL_IMAGES / "gps_DSCN0010.jpg"])
    assert dialog.tabs.currentWidget() is tab
    assert len(tab.new_items()) == 3
    assert all(tab.pictures.is_blurred(k) for k in tab.pictures.keys())
    # The questions, once for the dropped batch (chosen as it came in)...
    assert len(tab.pictures.chosen_keys()) == 2
    tab.captured_by.setText("my friend")
    tab.captured_by.textEdited.emit("my friend")
    # ... and for one item on its own.
    tab.pictures.clearSelection()
    tab.pictures.item(2).setSelected(True)
    assert tab.captured_by.text() == "my friend"
    tab.shows.setText("where it was posted")
    tab.shows.textEdited.emit("where it was posted")
    # Show one picture unblurred, as in the gallery.
    tab.show_button.click()
    assert not tab.pictures.is_blurred(tab.pictures.keys()[2])
    dialog.save_button.click()

    assert "incident:new" not in window.case_view.editors.open
    gallery = window.case_view.evidence.model
    items = sorted((gallery.record_at(r).evidence for r in range(gallery.rowCount())), key=str)
    incident = window.case_view.timeline.model.record_at(0).incident
    assert len(items) == 3 and all(e.incident_ids == (incident.id,) for e in items)
    by_name = {e.filename: e for e in items}
    assert by_name["gps_DSCN0010.jpg"].shows == "where it was posted"
    assert by_name["Nikon_D70.jpg"].shows == ""
    assert by_name["Nikon_D70.jpg"].captured_by == "my friend"
    assert window.case_view.timeline.model.index(0, 4).data() == "3"


def test_save_leads_to_the_field_and_the_words_go_once_it_is_right(
    window_at: WindowAt, vault_path: Path, qtbot: QtBot
) -> None:
    _, dialog = new_incident(window_at, vault_path)
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(2)  # People, tags and note
    save_at = dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft())
    dialog.save_button.click()
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is dialog.title
    assert dialog.error.text() == "Please fill in the title."
    QApplication.processEvents()
    assert dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()) == save_at
    dialog.title.setText("x")
    assert dialog.error.isHidden()

    dialog.when.set_text("zzz qqq")
    dialog.tabs.setCurrentIndex(1)
    dialog.save_button.click()
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is dialog.when.line
    assert "zzz qqq" in dialog.error.text()
    dialog.when.set_text("2024-03")
    assert dialog.error.isHidden()
    assert dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()) == save_at


def test_pickers_find_an_incident_by_date_title_platform_or_tag(qtbot: QtBot) -> None:
    incidents = [
        Incident(id=n, title=f"incident {n}", when=When(Moment(2024, n + 4)), platform="X")
        for n in range(1, 8)
    ]
    incidents.append(
        Incident(
            id=9,
            title="텔레그램 방에 영상이 올라왔어요 " * 4,
            when=When(Moment(2024, 3)),
            platform="Telegram",
            tags=("deepfake",),
        )
    )
    checklist = ChecklistEdit()
    qtbot.addWidget(checklist)
    checklist.set_choices([(i.id, incident_label(i)) for i in incidents], [])
    assert not checklist.finder.isHidden()  # many choices: she can type to find

    def shown() -> list[int]:
        return [
            int(checklist.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(checklist.count())
            if not checklist.item(r).isHidden()
        ]

    for needle in ("telegram", "DEEPFAKE", "around march", "영상 telegram"):
        checklist.finder.setText(needle)
        assert shown() == [9], needle
    checklist.finder.setText("")
    assert len(shown()) == 8
    long_one = checklist.item(7)
    assert long_one.toolTip() and "텔레그램 방에" in long_one.toolTip()  # never cut unseen


def test_a_file_gone_before_save_is_said_and_the_rest_is_kept(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window, dialog = new_incident(window_at, vault_path)
    gone = tmp_path / "moved-away.png"
    dialog.title.setText("Saved anyway")
    dialog.evidence.add_paths([gone, REAL_IMAGES / "Canon_40D.jpg"])
    dialog.save_button.click()
    assert "incident:new" not in window.case_view.editors.open
    assert window.case_view.evidence.model.rowCount() == 1
    assert str(gone) in window.case_view.problem.text()


def test_the_other_editors_lead_to_their_fields_too(window_at: WindowAt, vault_path: Path) -> None:
    window, dialog = new_incident(window_at, vault_path)
    dialog.reject()
    editors = window.case_view.editors
    deadline = editors.edit(RecordKind.DEADLINE, None)
    deadline.title.setText("Appeal")  # type: ignore[attr-defined]
    deadline.due.set_text("someday soon")  # type: ignore[attr-defined]
    deadline.save_button.click()
    assert deadline.focusWidget() is deadline.due.line  # type: ignore[attr-defined]
    assert not deadline.error.isHidden()
    deadline.due.set_text("2026-12-01")  # type: ignore[attr-defined]
    assert deadline.error.isHidden()
    contact = editors.edit(RecordKind.CONTACT, None)
    contact.save_button.click()  # no name: the case file refuses, and says which field
    assert contact.error.text() == "Please fill in the name."
    assert contact.focusWidget() is contact.name  # type: ignore[attr-defined]
    contact.name.setText("Support centre")  # type: ignore[attr-defined]
    assert contact.error.isHidden()
