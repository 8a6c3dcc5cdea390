"""The timeline says that screenshots can be dropped on an incident, and shows where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication

from quietcase.storage.records import Incident
from quietcase.ui.main_window import MainWindow
from tests.shared import NEEDS_REAL_IMAGES, PASS, REAL_IMAGES

WindowAt = Callable[..., MainWindow]


@NEEDS_REAL_IMAGES
def test_drop_hint_until_the_first_evidence_and_the_row_under_the_drag(
    window_at: WindowAt, vault_path: Path
) -> None:
    window = window_at(vault_path)
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    timeline = window.case_view.timeline
    assert timeline.drop_hint.isHidden()  # nothing recorded yet: nothing to drop on
    for title in ("first", "second"):
        window.session.run(lambda c, t=title: c.journal.add_incident(Incident(title=t)))
    window.case_view.reload()
    assert not timeline.drop_hint.isHidden()
    assert "Drop screenshots on an incident" in timeline.drop_hint.text()

    table = timeline.table
    table.clearSelection()
    at = table.visualRect(timeline.proxy.index(1, 1)).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(REAL_IMAGES / "Canon_40D.jpg"))])
    enter = QDragEnterEvent(  # entering, then moving: the row under it is marked
        QPointF(at),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(table.viewport(), enter)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]

    window.case_view.evidence_actions.add_paths([REAL_IMAGES / "Canon_40D.jpg"], 1)
    window.case_view.evidence_actions.intake_dialogs[-1].add_button.click()
    assert timeline.drop_hint.isHidden()  # said until the first evidence arrives
