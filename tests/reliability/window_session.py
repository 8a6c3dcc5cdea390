"""A whole window session, used twice (not collected on its own: no `test_` file name):

- by `test_no_plaintext.py` / `test_no_network.py`, run by pytest in a child process whose
  HOME, XDG directories and TMPDIR are fresh and whose `sitecustomize` refuses the network
  (QUIETCASE_SESSION_VAULT and QUIETCASE_SESSION_SOURCES say where);
- in-process by `test_no_network.py`, through `drive_window`.

Create the case file through the welcome flow, record two incidents in Korean and English with
the markers, import the files, search, view a picture and the note, lock.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import SettingsStore
from quietcase.ui.journal.incident import IncidentDialog
from quietcase.ui.main_window import MainWindow
from tests.reliability.reliability_session import MARKER_EN, MARKER_KO
from tests.shared import NOW, PASS
from tests.ui.evidence.helpers import import_files
from tests.ui.windows import FakeTime, make_window


def drive_window(window: MainWindow, vault: Path, sources: list[Path]) -> dict[str, int]:
    """The session; returns what was seen, for the caller to check."""
    start = window.start
    start.welcome.create_button.click()
    page = start.create_page
    page.path.setText(str(vault))
    page.passphrase.setText(PASS)
    page.again.setText(PASS)
    page.create_button.click()
    assert window.session.is_open, page.error.text()
    view = window.case_view

    for title, description in ((f"텔레그램 {MARKER_KO}", MARKER_EN), (MARKER_EN, MARKER_KO)):
        view.timeline.add_button.click()
        dialog = view.editors.open["incident:new"]
        assert isinstance(dialog, IncidentDialog)
        dialog.title.setText(title)
        dialog.when.set_text("2024-03")
        dialog.description.setPlainText(description)
        dialog.tags.setText("deepfake, 합성")
        dialog.save_button.click()
    assert view.timeline.model.rowCount() == 2

    import_files(window, sources, source="https://t.me/example_room/204")
    evidence = view.evidence
    assert evidence.model.rowCount() == len(sources)

    seen = {}
    for query in (MARKER_EN, "딥페이크", "텔레"):
        view.search_box.setText(query)
        seen[query] = view.search_page.model.rowCount()
        assert seen[query] >= 2, query
    view.search_box.setText("")

    actions = view.evidence_actions
    for entry in evidence.model.rows():
        name = entry.evidence.filename
        if name.endswith((".jpg", ".txt")):
            evidence.select_ids([entry.evidence.id])
            actions.open_viewer()
            viewer = actions.viewers[-1]
            if not viewer.reveal_button.isHidden():
                viewer.reveal_button.click()
            seen[name] = 1
            viewer.close()
    view.lock_button.click()
    assert not window.session.is_open
    return seen


def test_window_session(qtbot: QtBot) -> None:
    vault = Path(os.environ["QUIETCASE_SESSION_VAULT"])
    sources = [Path(s) for s in json.loads(os.environ["QUIETCASE_SESSION_SOURCES"])]
    store = SettingsStore()  # the real place: under the fresh XDG_CONFIG_HOME
    window = make_window(qtbot, store, FixedClock(NOW), FakeTime())
    seen = drive_window(window, vault, sources)
    window.close()
    print(json.dumps(seen, ensure_ascii=False))
