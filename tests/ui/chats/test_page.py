"""The Chats page: a Telegram export imported through the window (progress, Cancel), read like
the chat, filtered, opened from the search, and messages chosen for the report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quietcase.app.case import open_case
from quietcase.app.chats.messages import ChatMessage, ChatMessages
from quietcase.app.chats.telegram import parsing as telegram_parsing
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.chats.view import ChatFilter, message_ids
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.kinds import RecordKind
from quietcase.app.search import SearchResults, search
from quietcase.ui.chats.delegate import time_text
from quietcase.ui.chats.model import MESSAGE_ROLE, REPLIED_ROLE
from quietcase.ui.chats.telegram.choices import ImportDialog
from quietcase.ui.chats.words import reply_words
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.app.chats.telegram.test_large import big_export
from tests.app.chats.telegram.writer import T0, ChatSpec, Msg, room, write_json, write_media
from tests.i18n.korean_window import speaking
from tests.shared import PASS

WindowAt = Callable[..., MainWindow]
TABLES = ("evidence", "blob", "custody_event", "incident", "chat", "chat_message", "chat_media")


def opened(window_at: WindowAt, vault_path: Path) -> MainWindow:
    window = window_at(vault_path)
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert window.session.is_open
    return window


def export(folder: Path) -> Path:
    chat = room()
    write_json(folder, [chat])
    write_media(folder, [chat])
    return folder


def counts(window: MainWindow) -> dict[str, int]:
    found: dict[str, int] = {}

    def job(case: object) -> None:
        for table in TABLES:
            found[table] = case.vault.query_one(f"SELECT count(*) FROM {table}")[0]  # type: ignore[attr-defined]

    window.session.run(job)
    return found


def dialog_of(window: MainWindow) -> ImportDialog:
    dialogs = window.case_view.chats.importer.dialogs
    assert len(dialogs) == 1
    return dialogs[0]


def import_through_window(window: MainWindow, folder: Path) -> list[float]:
    """Choose the folder (as from the button's menu), then Import in the dialog."""
    chats = window.case_view.chats
    moved: list[float] = []
    chats.page.job_bar._relay.moved.connect(moved.append)
    Prompts.set_next_answer([str(folder)])
    chats.importer.choose(folder=True)
    dialog = dialog_of(window)
    assert "딥페이크 공유방" in dialog.what.text()
    dialog.import_button.click()
    return moved


@pytest.fixture(params=["on a thread", "in a child process"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Exports are read in a child process (on a thread where none can start): both, here."""
    if request.param == "on a thread":
        monkeypatch.setattr(telegram_parsing, "IN_CHILD", False)
    return str(request.param)


def test_import_through_the_window_shows_the_chat(
    window_at: WindowAt,
    vault_path: Path,
    tmp_path: Path,
    qtmodeltester: ModelTester,
    reading: str,
) -> None:
    window = opened(window_at, vault_path)
    view = window.case_view
    moved = import_through_window(window, export(tmp_path / "export"))
    page = view.chats.page
    assert view.pages.currentWidget() is page
    assert moved and moved[-1] == 1.0  # progress went to the end
    assert page.job_bar.isHidden()
    words = page.notice_words.text()
    assert "“딥페이크 공유방”: 12 messages; 4 pictures and files kept, 2 not included" in words
    assert "not included in the export" in words and not page.notice.isHidden()
    # The chat is shown: every message, in time order, with sender and text.
    assert page.chat.currentText() == "딥페이크 공유방 (Telegram)"
    assert page.model.rowCount() == 12
    first = page.model.index(1, 0)
    assert first.data(MESSAGE_ROLE) is None  # read a page at a time, on the worker
    page.model.fetch_now()
    message = first.data(MESSAGE_ROLE)
    assert message.sender == "그림자" and message.text.startswith("딥페이크 영상 올립니다")
    assert time_text(message)
    reply = page.model.index(3, 0)
    assert reply.data(MESSAGE_ROLE).sender == "Иван"
    assert reply_words(reply.data(REPLIED_ROLE)).startswith("In reply to 그림자: 딥페이크 영상")
    qtmodeltester.check(page.model)
    # The incident was made, and the evidence page has the export's files.
    assert any("Telegram" in label for _id, label in view._incident_choices())
    assert view.evidence.model.rowCount() >= 5
    window.grab()  # paints every visible row without error
    # The same export again adds nothing, and says so.
    import_through_window(window, tmp_path / "export")
    assert "0 new messages (12 were already in your case)" in page.notice_words.text()
    assert "were not stored twice" in page.notice_words.text()


def test_cancel_leaves_the_case_as_it_was(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, reading: str
) -> None:
    window = opened(window_at, vault_path)
    folder = export(tmp_path / "export")
    (folder / "video_files" / "big.bin").write_bytes(b"x" * 3_000_000)
    before = counts(window)
    bar = window.case_view.chats.page.job_bar
    bar._relay.moved.connect(lambda f: f > 0.3 and bar.cancel_button.click())
    import_through_window(window, folder)
    assert counts(window) == before
    page = window.case_view.chats.page
    assert "Nothing was added to your case" in page.notice_words.text()
    assert page.chat.count() == 0 and page.model.rowCount() == 0


def test_filters_by_sender_and_dates(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(window_at, vault_path)
    import_through_window(window, export(tmp_path / "export"))
    page = window.case_view.chats.page
    assert page.senders.count() > 3
    page.senders.setCurrentIndex(page.senders.findData("user5550002"))  # Иван
    assert page.model.rowCount() == 2
    page.model.message(0)
    page.model.fetch_now()
    assert {page.model.message(r).sender for r in range(2)} == {"Иван"}  # type: ignore[union-attr]
    page.clear_filters()
    assert page.model.rowCount() == 12
    page.since.setText("2025-11-04")
    assert page.model.rowCount() == 0
    assert page.views.currentWidget() is page.empty
    page.since.setText("2025-11-03")
    page.until.setText("2025-11-03")
    assert page.model.rowCount() == 12
    page.since.setText("2025-13")
    assert page.date_problem.text()


def test_a_search_hit_opens_the_message(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    import_through_window(window, export(tmp_path / "export"))
    view = window.case_view
    view.show_page("timeline")
    page = view.chats.page
    page.senders.setCurrentIndex(page.senders.findData("user5550002"))
    found: list[int] = []
    window.session.run(
        lambda case: [m.id for m in ChatMessages(case.vault).messages() if m.text == "via a bot"],
        found.extend,
    )
    view._open_found("message", found[0])
    assert view.pages.currentWidget() is page
    assert page.senders.currentIndex() == 0  # the filter was cleared to show it
    chosen = page.chosen_messages()
    assert [m.id for m in chosen] == found
    assert page.view.currentIndex().row() == 10


def test_messages_chosen_for_the_report_stay_chosen_after_lock(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    import_through_window(window, export(tmp_path / "export"))
    page = window.case_view.chats.page
    page.model.message(0)
    page.model.fetch_now()
    page.select_row(2)
    page.view.selectionModel().select(
        page.model.index(4, 0), page.view.selectionModel().SelectionFlag.Select
    )
    chosen = [m.id for m in page.chosen_messages()]
    assert len(chosen) == 2 and page.add_button.isEnabled()
    page.add_button.click()
    assert page.model.for_report == set(chosen)
    assert "2 chosen for the report" in page.shown.text()
    assert page.remove_button.isEnabled() and not page.add_button.isEnabled()
    window.lock()
    assert page.model.rowCount() == 0 and not page.model.for_report
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert page.model.for_report == set(chosen)
    page.model.message(0)
    page.model.fetch_now()
    page.select_row(2)
    page.remove_button.click()
    assert len(page.model.for_report) == 1


def test_a_whole_account_export_lets_her_choose_chats(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    other = ChatSpec("가족방", "private_group", 99, [Msg(1, T0, "엄마", "user1", "밥 먹었니?")])
    chats = [room("chats/chat_001"), replace(other, folder="chats/chat_002")]
    folder = tmp_path / "account"
    write_json(folder, chats, whole_account=True)
    write_media(folder, chats)
    importer = window.case_view.chats.importer
    Prompts.set_next_answer([str(folder / "result.json")])
    importer.choose(folder=False)
    dialog = dialog_of(window)
    assert dialog.chats.count() == 2 and not dialog.import_button.isEnabled()
    dialog.chats.set_checked([0])  # only the room; her family's chat stays out
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    page = window.case_view.chats.page
    names = [page.chat.itemText(i) for i in range(page.chat.count())]
    assert names == ["딥페이크 공유방 (Telegram)"]
    assert page.model.rowCount() == 12


def test_what_is_not_an_export_is_said_kindly(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    (tmp_path / "holiday").mkdir()
    (tmp_path / "holiday" / "notes.txt").write_text("nothing here")
    Prompts.set_next_answer([str(tmp_path / "holiday")])
    window.case_view.chats.importer.choose(folder=True)
    page = window.case_view.chats.page
    assert not window.case_view.chats.importer.dialogs
    assert "could not be imported" in page.notice_words.text()
    assert page.job_bar.isHidden()


def test_a_long_chat_is_read_a_page_at_a_time(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    with open_case(vault_path, PASS, clock) as case:
        folder = big_export(tmp_path / "big", 20_000, media_every=5000)
        TelegramImport(case.vault, clock).import_export(folder, ImportOptions())
        # The rows are the messages ChatMessages lists, in the same order, filters too.
        store, chat = ChatMessages(case.vault), ChatMessages(case.vault).chats()[0]
        for chosen, kwargs in (
            (ChatFilter(chat.id), {}),
            (ChatFilter(chat.id, ("user1003",)), {"senders": ["user1003"]}),
            (ChatFilter(chat.id, (), date(2025, 11, 4), date(2025, 11, 4)), {}),
        ):
            if chosen.since:
                kwargs = {"since": chosen.since, "until": chosen.until}
            assert message_ids(case, chosen) == [
                m.id for m in store.messages(chat_ids=[chat.id], **kwargs)
            ]  # type: ignore[arg-type]
    window = opened(window_at, vault_path)
    page = window.case_view.chats.page
    window.case_view.show_page("chats")
    window.resize(1100, 760)
    asked: list[int] = []
    fetch = page.model.fetch
    assert fetch is not None
    page.model.fetch = lambda generation, offset: (asked.append(offset), fetch(generation, offset))  # type: ignore[func-returns-value]
    assert page.model.rowCount() == 20_000
    page.view.grab()  # paints what is in view
    page.model.fetch_now()
    page.view.scrollToBottom()
    page.view.grab()  # paints what is in view
    page.model.fetch_now()
    page.view.verticalScrollBar().setValue(10_000)
    page.view.grab()  # paints what is in view
    page.model.fetch_now()
    assert 1 <= len(asked) <= 6, asked  # a few pages, not 100
    assert len(page.model._pages) <= len(asked)
    last = page.model.message(19_999)
    assert last is not None and last.message_id == 20_000
    window.grab()


def test_pictures_are_blurred_until_she_reveals_them(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    import_through_window(window, export(tmp_path / "export"))
    page = window.case_view.chats.page
    page.model.message(0)
    page.model.fetch_now()
    photo = page.model.message(2)
    assert photo is not None and photo.evidence_ids
    evidence_id = photo.evidence_ids[0]
    page.view.grab()  # painting asks for the blurred preview only
    page.pictures.fetch_now()
    assert not page.pictures.is_revealed(evidence_id)
    assert page.pictures._store[True] == {}
    page.select_row(2)
    assert page.reveal_button.isEnabled()
    page.reveal_button.click()
    assert page.pictures.is_revealed(evidence_id) and not page.reveal_button.isEnabled()
    page.view.grab()
    page.pictures.fetch_now()
    page.blur_button.click()
    assert not page.pictures.is_revealed(evidence_id) and page.pictures._store[True] == {}
    page.reveal_button.click()
    window.lock()
    assert not page.pictures.is_revealed(evidence_id)
    assert page.pictures._store[False] == {} and page.pictures._store[True] == {}


def test_a_message_shows_one_time_in_the_case_zone_everywhere(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")  # the computer's zone differs from the case's
    window = opened(window_at, vault_path)
    import_through_window(window, export(tmp_path / "export"))
    settings = window.case_view.settings_page
    settings.zone.setCurrentIndex(settings.zone.findData("Asia/Seoul"))
    settings.zone.activated.emit(settings.zone.currentIndex())
    found: list[ChatMessage] = []
    window.session.run(
        lambda case: [m for m in ChatMessages(case.vault).messages() if m.message_id == 3],
        found.extend,
    )
    assert found[0].sent_at is not None and found[0].sent_at.hour == 12  # stored in UTC
    assert "21:25" in time_text(found[0])  # the Chats page
    results: list[SearchResults] = []
    window.session.run(lambda case: search(case.vault, "dealer_kim"), results.append)
    assert [h.when for h in results[0].groups[RecordKind.MESSAGE]] == ["2025-11-03 21:25"]
    window.lock()
    assert "13:25" in time_text(found[0])  # no case open: the computer's zone


def test_save_a_copy_from_a_chats_viewer(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A picture opened from a message (double-click) can be saved from its viewer, under its
    own name, and the notice says so on the Chats page, where she is."""
    monkeypatch.setattr(telegram_parsing, "IN_CHILD", False)
    window = opened(window_at, vault_path)
    folder = export(tmp_path / "export")
    import_through_window(window, folder)
    page = window.case_view.chats.page
    for r in range(page.model.rowCount()):
        page.model.index(r, 0).data(MESSAGE_ROLE)  # asks for its page
    page.model.fetch_now()
    row = next(
        r
        for r in range(page.model.rowCount())
        if (m := page.model.index(r, 0).data(MESSAGE_ROLE)) is not None and m.evidence_ids
    )
    actions = window.case_view.chats.actions
    actions.open_media(page.model.index(row, 0))
    viewer = actions.viewers[-1]
    original = next(p for p in folder.rglob("*") if p.name == viewer.name.text())
    out = tmp_path / "saved" / "copy.bin"
    out.parent.mkdir()
    Prompts.set_next_answer(str(out))
    viewer.save_button.click()
    assert out.read_bytes() == original.read_bytes()
    assert (
        "A copy was saved as" in page.notice_words.text() and str(out) in page.notice_words.text()
    )
    viewer.close()


def test_a_korean_window_writes_the_new_incident_in_korean(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(telegram_parsing, "IN_CHILD", False)
    folder = export(tmp_path / "export")
    with speaking("ko"):
        window = opened(window_at, vault_path)
        Prompts.set_next_answer([str(folder)])
        window.case_view.chats.importer.choose(folder=True)
        dialog = dialog_of(window)
        assert "텔레그램: " in dialog.new_incident.toolTip()  # as it will be called
        dialog.import_button.click()
        window.case_view.reload()
        (entry,) = window.case_view.timeline.model.rows()
        files = window.case_view.evidence.model.rows()
    assert entry.incident.title == "텔레그램: 딥페이크 공유방"
    assert entry.incident.description.startswith(
        "텔레그램 데스크톱 내보내기(export)에서 가져온 메시지."
    )
    assert files and all(f.evidence.description.startswith("텔레그램 내보내기") for f in files)
