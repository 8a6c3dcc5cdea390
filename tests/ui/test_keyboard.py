"""Keys only, in English and Korean: every page and dialog of the window is walked with Tab
as a keyboard user walks it. Nothing traps the focus (tables let Tab leave), every shown
control is reached, in the order the screen shows them, and every one has a name a screen
reader can say (the count was 31 of 198 before issue 27; now 0)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quietcase.app.chats.telegram import parsing
from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import Settings
from quietcase.ui.chats.kakaotalk.dialog import KakaoDialog
from quietcase.ui.journal.incident import IncidentDialog
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.i18n.korean_window import demo_case, speaking, window
from tests.shared import NOW, PASS
from tests.ui.chats.test_page import dialog_of, export
from tests.ui.evidence.helpers import import_files, real
from tests.ui.keys import Walk, accessible_name, walk, where


@pytest.fixture(params=["en", "ko"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    with speaking(request.param):
        yield request.param
    Prompts.reset()


@pytest.fixture
def shown(
    language: str, qtbot: QtBot, vault_path: Path, clock: FixedClock, tmp_path: Path
) -> Iterator[MainWindow]:
    """The demo case's window at 1280×800, at the unlock screen."""
    demo_case(vault_path, PASS, clock, NOW.date())
    settings = Settings()
    settings.remember(vault_path)
    made = window(clock, tmp_path / "config", settings)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    yield made
    made.close()


def _unlocked(made: MainWindow) -> MainWindow:
    made.start.unlock.passphrase.setText(PASS)
    made.start.unlock.unlock_button.click()
    assert made.session.is_open
    return made


def _settled(widget: QWidget) -> None:
    app = QApplication.instance()
    assert app is not None
    widget.show()
    for _ in range(3):
        app.processEvents()


def _fine(found: Walk, where_: str) -> None:
    assert found.trapped == [], f"{where_}: Tab stays in {found.trapped}"
    assert found.unreached == [], f"{where_}: Tab never reaches {found.unreached}"
    assert found.out_of_order == [], f"{where_}: not in screen order: {found.out_of_order}"
    assert found.unnamed == [], f"{where_}: no name for a screen reader: {found.unnamed}"
    assert len(found.cycle) >= 2


def test_start_screens_by_keys(shown: MainWindow) -> None:
    _fine(walk(shown), "unlock")
    unlock = shown.start.unlock
    unlock.passphrase.setText("typed")
    order = walk(shown).cycle
    assert order.index(unlock.unlock_button) < order.index(unlock.show_box)  # as on screen
    shown.show_create()
    _fine(walk(shown), "create")
    shown.settings.forget_recent()
    shown.show_start()
    _fine(walk(shown), "welcome")


def test_every_page_by_keys(shown: MainWindow) -> None:
    view = _unlocked(shown).case_view
    for row, name in enumerate(view.page_names):
        view.nav.setCurrentRow(row)
        _settled(shown)
        _fine(walk(shown), name)
    view.search_box.setText("Telegram")
    _settled(shown)
    _fine(walk(shown), "search")


def test_every_editor_and_its_tabs_by_keys(shown: MainWindow) -> None:
    view = _unlocked(shown).case_view
    for kind in ("incident", "contact", "deadline", "request"):
        dialog = view.editors.edit(kind, None)
        try:
            _settled(dialog)
            _fine(walk(dialog), kind)
            tabs = getattr(dialog, "tabs", None)
            for index in range(1, tabs.count() if tabs is not None else 0):
                tabs.setCurrentIndex(index)
                _settled(dialog)
                _fine(walk(dialog), f"{kind}, tab {index}")
        finally:
            dialog.close_for_lock()


def test_evidence_dialogs_by_keys(shown: MainWindow) -> None:
    view = _unlocked(shown).case_view
    intake = view.evidence_actions.add_paths(real("Nikon_D70.jpg"))
    _settled(intake)
    _fine(walk(intake), "add evidence")
    intake.close()
    import_files(shown, real("Canon_40D.jpg"))
    view.show_page("evidence")
    page = view.evidence
    page.select_ids([page.model.record_at(0).id])
    view.evidence_actions.open_viewer()
    viewer = view.evidence_actions.viewers[-1]
    _settled(viewer)
    _fine(walk(viewer), "viewer")
    assert accessible_name(viewer.image_view) in {"The picture, blurred", "사진, 흐리게 가림"}
    viewer.reveal_button.click()
    assert accessible_name(viewer.image_view) in {"The picture, shown sharp", "사진, 선명하게 보임"}
    viewer.close()
    notes = view.editors.edit("evidence", page.model.record_at(0).evidence)
    _settled(notes)
    _fine(walk(notes), "evidence notes")
    notes.close_for_lock()


def test_chat_import_dialogs_by_keys(
    shown: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsing, "IN_CHILD", False)
    view = _unlocked(shown).case_view
    kakao = KakaoDialog(tmp_path / "KakaoTalk_Chat.txt", shown)
    _settled(kakao)
    _fine(walk(kakao), "KakaoTalk import")
    kakao.close()
    folder = tmp_path / "export"
    folder.mkdir()
    Prompts.set_next_answer([str(export(folder))])
    view.chats.importer.choose(folder=True)
    telegram = dialog_of(shown)
    _settled(telegram)
    _fine(walk(telegram), "Telegram import")
    telegram.close()


def test_tab_leaves_a_table_and_the_arrows_move_within(shown: MainWindow) -> None:
    view = _unlocked(shown).case_view
    timeline = view.timeline
    table = timeline.table
    assert not table.tabKeyNavigation()
    assert all(not v.tabKeyNavigation() for v in shown.findChildren(QAbstractItemView))
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1 and shown.focusWidget() is table
    QTest.keyClick(table, Qt.Key.Key_Tab)
    after = shown.focusWidget()
    assert after is not table and after is not None
    QTest.keyClick(after, Qt.Key.Key_Backtab)
    assert shown.focusWidget() is table
    QTest.keyClick(table, Qt.Key.Key_Backtab)
    assert shown.focusWidget() not in (table, None)


def test_each_access_key_lands_on_its_field(shown: MainWindow, qtbot: QtBot) -> None:
    view = _unlocked(shown).case_view
    for kind in ("incident", "contact", "deadline", "request"):
        dialog = view.editors.edit(kind, None)
        try:
            _settled(dialog)
            dialog.activateWindow()
            qtbot.waitActive(dialog)
            for label in dialog.findChildren(QLabel):
                buddy = label.buddy()
                words = label.text()
                if buddy is None or not buddy.isVisible() or "&" not in words:
                    continue
                key = words[words.index("&") + 1]
                QTest.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
                focused = dialog.focusWidget()
                assert focused is not None
                assert focused is buddy or buddy.isAncestorOf(focused), (
                    f"{kind}: Alt+{key} ({words}) went to {where(focused)}"
                )
                assert focused.focusPolicy() & Qt.FocusPolicy.TabFocus, where(focused)
        finally:
            dialog.close_for_lock()


def test_tab_leaves_a_cell_being_edited_and_its_table(shown: MainWindow, qtbot: QtBot) -> None:
    """In the incident editor's "Where it was seen" table, by keys only: add a link, type its
    address in the cell's editor, and Tab leaves the editor and the table (the address kept);
    Shift+Tab comes back to the table."""
    view = _unlocked(shown).case_view
    dialog = view.editors.edit("incident", None)
    assert isinstance(dialog, IncidentDialog)
    links = dialog.links
    try:
        _settled(dialog)
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        first = dialog.focusWidget()
        assert first is not None
        QTest.keyClick(first, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert dialog.tabs.currentWidget() is links  # Ctrl+Tab: the next tab
        for _ in range(12):  # Tab to "Add a link"
            focused = dialog.focusWidget()
            assert focused is not None
            if focused is links.add_button:
                break
            QTest.keyClick(focused, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is links.add_button
        QTest.keyClick(links.add_button, Qt.Key.Key_Space)
        assert links.table.rowCount() == 1
        table = links.table
        for _ in range(6):  # Shift+Tab back to the table
            focused = dialog.focusWidget()
            assert focused is not None
            if focused is table:
                break
            QTest.keyClick(focused, Qt.Key.Key_Backtab)
        assert dialog.focusWidget() is table
        QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(table, Qt.Key.Key_F2)
        editor = dialog.focusWidget()
        assert editor is not None and editor is not table and table.isAncestorOf(editor)
        QTest.keyClicks(editor, "https://example.org/post/1")
        QTest.keyClick(editor, Qt.Key.Key_Tab)
        after = dialog.focusWidget()
        assert after is not None
        assert after is not table and not table.isAncestorOf(after), where(after)
        assert table.state() != QAbstractItemView.State.EditingState
        assert links.values()[0][0] == "https://example.org/post/1"  # what she typed is kept
        QTest.keyClick(after, Qt.Key.Key_Backtab)
        assert dialog.focusWidget() is table
    finally:
        dialog.close_for_lock()
