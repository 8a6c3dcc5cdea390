"""A KakaoTalk export through the window: chosen from the Chats page's import menu, the
time zone and her name asked, imported with progress; the chat is shown with its app's name,
its messages with their source lines and marks; Cancel leaves the case as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quietcase.app.chats.kakaotalk import parsing
from quietcase.storage.records import Contact, ContactRole, Incident
from quietcase.ui.chats.model import MESSAGE_ROLE
from quietcase.ui.chats.who import NEW_PERSON
from quietcase.ui.chats.words import source_words
from quietcase.ui.prompts import Prompts
from quietcase.ui.widgets.plain import PlainLabel
from tests.i18n.korean_window import speaking
from tests.ui.evidence.helpers import WindowAt, opened

CORPUS = Path(__file__).parents[2] / "app" / "chats" / "kakaotalk" / "corpus"


@pytest.fixture(autouse=True)
def _read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "IN_CHILD", False)


def test_import_through_the_window(window_at: WindowAt, vault_path: Path, tmp_path: Path) -> None:
    window = opened(window_at, vault_path)
    chats = window.case_view.chats
    source = tmp_path / "KakaoTalk_Chat.txt"
    shutil.copyfile(CORPUS / "android_ko.txt", source)
    actions = [a.text() for a in chats.page.import_button.menu().actions()]
    assert any("KakaoTalk" in a for a in actions) and any("folder" in a for a in actions)
    Prompts.set_next_answer([str(source)])
    chats.kakaotalk.choose(folder=False)
    dialog = chats.kakaotalk.dialogs[0]
    assert "KakaoTalk_Chat.txt" in dialog.what.text()
    dialog.zone.setCurrentIndex(dialog.zone.findData("Asia/Seoul"))
    dialog.import_button.click()
    page = chats.page
    assert page.chat.count() == 1 and page.chat.itemText(0) == "박서준 (KakaoTalk)"
    assert "Asia/Seoul" in page.notice_words.text()
    assert page.model.rowCount() == 14
    page.model.index(0, 0).data(MESSAGE_ROLE)  # asks for the first page (on the worker)
    page.model.fetch_now()
    messages = [page.model.index(r, 0).data(MESSAGE_ROLE) for r in range(14)]
    multi = next(m for m in messages if m.text.startswith("첫째 줄"))
    words = source_words(multi)
    assert words[0].startswith("Lines 14 to 16 of the export, as written: 2020년 1월 1일 오후 1:15")
    guessed = [m for m in messages if "split_guess" in m.flags]
    assert len(guessed) == 2 and any("guess" in w for w in source_words(guessed[0]))


def test_cancel_in_the_dialog_imports_nothing(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    chats = window.case_view.chats
    Prompts.set_next_answer([str(CORPUS / "windows_en.txt")])
    chats.kakaotalk.choose(folder=False)
    chats.kakaotalk.dialogs[0].reject()
    assert chats.page.chat.count() == 0


def test_who_is_this_attaches_a_sender_to_a_person(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    chats = window.case_view.chats
    added: list[Contact] = []
    suspect = Contact(name="박서준 (동창)", role=ContactRole.SUSPECT)
    window.session.run(lambda case: case.journal.add_contact(suspect), added.append)
    known = added[0]
    Prompts.set_next_answer([str(CORPUS / "android_ko.txt")])
    chats.kakaotalk.choose(folder=False)
    dialog = chats.kakaotalk.dialogs[0]
    dialog.zone.setCurrentIndex(dialog.zone.findData("Asia/Seoul"))
    dialog.import_button.click()
    page = chats.page
    assert not page.who_button.isEnabled()  # everyone: nobody to name
    page.senders.setCurrentIndex(page.senders.findData("me"))
    assert not page.who_button.isEnabled()  # her own messages are hers
    page.senders.setCurrentIndex(page.senders.findData("박서준"))
    assert page.who_button.isEnabled()
    page.who_button.click()
    who = chats.naming.dialogs[0]
    assert "박서준" in who.windowTitle() + who.findChildren(PlainLabel)[0].text()
    assert who.person.currentData() == known.id  # an existing person first when there is one
    who.ok_button.click()
    assert "C-1" in page.notice_words.text()
    assert page.senders.currentData() == "박서준"  # still the one chosen, and its messages
    assert page.model.rowCount() == 8
    found: list[tuple[Contact, Incident]] = []
    window.session.run(
        lambda case: (case.journal.contact(known.id), case.journal.incidents()[0]), found.append
    )
    person, incident = found[0]
    assert person.handles == ("KakaoTalk: 박서준",) and known.id in incident.contact_ids
    page.senders.setCurrentIndex(page.senders.findData("김민지"))
    page.who_button.click()
    who = chats.naming.dialogs[0]
    assert who.person.currentData() == NEW_PERSON  # nobody of that name: a new person first
    who.ok_button.click()
    everyone: list[list[Contact]] = []
    window.session.run(lambda case: case.journal.contacts(), everyone.append)
    made = [c for c in everyone[0] if c.name == "김민지"]
    assert len(made) == 1 and made[0].role is ContactRole.SUSPECT
    assert made[0].handles == ("KakaoTalk: 김민지",)


def test_the_incident_it_makes_reads_korean_in_a_korean_window(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "KakaoTalk_Chat.txt"
    shutil.copyfile(CORPUS / "android_ko.txt", source)
    with speaking("ko"):
        window = opened(window_at, vault_path)
        chats = window.case_view.chats
        Prompts.set_next_answer([str(source)])
        chats.kakaotalk.choose(folder=False)
        dialog = chats.kakaotalk.dialogs[0]
        dialog.zone.setCurrentIndex(dialog.zone.findData("Asia/Seoul"))
        dialog.import_button.click()
        window.case_view.reload()
        (entry,) = window.case_view.timeline.model.rows()
    assert entry.incident.title == "카카오톡: 박서준"
    assert entry.incident.description.startswith(
        "카카오톡 내보내기(KakaoTalk_Chat.txt)에서 가져온 메시지."
    )
