"""Importing KakaoTalk exports into a real vault: the raw export (and every media file) is
hash-verified evidence first, the messages a view of it with their lines, the time zone
she chose recorded; re-imports add only what is new; Cancel leaves the case as it was."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.chats.kakaotalk import parsing
from quietcase.app.chats.kakaotalk.importing import KAKAOTALK_IMPORT, KakaoOptions
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken, Progress
from quietcase.app.search import search
from quietcase.storage.records import Contact, ContactRole
from tests.app.chats.kakaotalk.generate import android_ko, hashed_name

CORPUS = Path(__file__).parent / "corpus"
TABLES = ("evidence", "custody_event", "incident", "chat", "chat_message", "chat_media")


@pytest.fixture(autouse=True)
def _read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read in this process: a child runs the installed Quietcase (test_child.py runs one)."""
    monkeypatch.setattr(parsing, "IN_CHILD", False)


def counts(case: Case) -> dict[str, int]:
    return {t: case.vault.query_one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}


def seoul(me: str = "") -> KakaoOptions:
    return KakaoOptions(time_zone="Asia/Seoul", me=me)


def test_a_text_export_becomes_evidence_and_messages(tmp_path: Path, case: Case) -> None:
    source = tmp_path / "KakaoTalk_20201103.txt"
    shutil.copyfile(CORPUS / "android_ko.txt", source)
    result = case.import_kakaotalk(source, seoul())
    assert (result.variant, result.encoding, result.time_zone) == (
        "android-ko",
        "UTF-8",
        "Asia/Seoul",
    )
    assert result.messages_added == 14 and result.files_added == 1
    item = case.evidence.item(result.main_evidence_id or 0)
    assert item.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    messages = case.chats.messages()
    assert len(messages) == 14
    chat = case.chats.chats()[0]
    assert (chat.name, chat.app) == ("박서준", "kakaotalk")
    midnight = next(m for m in messages if m.local_time == "2020-01-01T00:00:00")
    assert midnight.time_zone == "Asia/Seoul" and midnight.utc_offset == "+09:00"
    multi = next(m for m in messages if m.text.startswith("첫째 줄\n"))
    assert (multi.line_first, multi.line_last) == (14, 16)
    assert multi.as_written.startswith("2020년 1월 1일 오후 1:15, 박서준 : 첫째 줄\n\n")
    assert sum(1 for m in messages if "split_guess" in m.flags) == 2
    # the zone is recorded with the import, and in the custody log
    row = case.vault.query_one(
        "SELECT app, time_zone, encoding, format FROM telegram_export WHERE id = ?",
        (result.export_id,),
    )
    assert tuple(row) == ("kakaotalk", "Asia/Seoul", "UTF-8", "android-ko")
    events = case.vault.query(
        "SELECT detail FROM custody_event WHERE action = ?", (KAKAOTALK_IMPORT,)
    )
    assert len(events) == 1 and "Asia/Seoul" in events[0][0] and "android-ko" in events[0][0]
    incident = case.journal.incident(result.incident_id or 0)
    assert incident.title == "KakaoTalk: 박서준" and incident.when is not None
    assert str(incident.when).startswith("2019-12-31")


def test_search_finds_korean_inside_words(tmp_path: Path, case: Case) -> None:
    case.import_kakaotalk(CORPUS / "android_ko.txt", seoul())
    found = search(case.vault, "복 많이")
    assert found.totals.get("message", 0) >= 1
    inside = search(case.vault, "먹었어")  # 점심 먹었어? : inside a word, twice
    assert inside.totals.get("message", 0) == 2


def test_reimport_adds_only_what_is_new(tmp_path: Path, case: Case) -> None:
    first = tmp_path / "first.txt"
    lines = (CORPUS / "android_ko.txt").read_text(encoding="utf-8").split("\n")
    first.write_text("\n".join(lines[:13]) + "\n", encoding="utf-8")
    one = case.import_kakaotalk(first, seoul())
    two = case.import_kakaotalk(CORPUS / "android_ko.txt", seoul())
    assert one.messages_added == 6
    assert (two.messages_added, two.messages_known) == (8, 6)
    assert two.chat_id == one.chat_id and two.incident_id == one.incident_id
    again = case.import_kakaotalk(CORPUS / "android_ko.txt", seoul())
    assert (again.messages_added, again.messages_known, again.files_known) == (0, 14, 1)
    assert len(case.chats.messages()) == 14  # the same text at the same minute: still twice


def test_her_name_is_recognised(case: Case) -> None:
    case.import_kakaotalk(CORPUS / "windows_ko.txt", KakaoOptions("Asia/Seoul", me="김민지"))
    mine = [m for m in case.chats.messages() if m.sender_id == "me"]
    assert {m.sender for m in mine} == {"김민지"}


def test_every_variant_imports(tmp_path: Path, case: Case) -> None:
    expected = {
        "android_ko.txt": 14,
        "android_ko_24h.txt": 6,
        "android_en.txt": 5,
        "ios_ko.txt": 5,
        "ios_ko_24h.txt": 4,
        "ios_en.txt": 3,
        "windows_ko.txt": 7,
        "windows_en.txt": 4,
        "macos.csv": 4,
    }
    for name, count in expected.items():
        result = case.import_kakaotalk(CORPUS / name, seoul())
        assert result.messages_added == count, name
    assert len(case.chats.chats()) == 9
    assert len(case.chats.messages()) == sum(expected.values())


def test_cp949_is_named_in_the_import(tmp_path: Path, case: Case) -> None:
    old = tmp_path / "old.txt"
    text = (CORPUS / "windows_ko.txt").read_text(encoding="utf-8")
    old.write_bytes(text.replace("\n", "\r\n").encode("cp949"))
    result = case.import_kakaotalk(old, seoul())
    assert result.encoding == "CP949 (EUC-KR)" and result.newline == "CRLF"
    assert any("CP949" in r.text() for r in result.repairs)


def test_all_messages_folder_media_are_evidence_and_linked(tmp_path: Path, case: Case) -> None:
    folder = tmp_path / "Kakao"
    folder.mkdir()
    photo = hashed_name(1)
    android_ko(folder / "KakaoTalkChats.txt", 40, {4: photo, 8: hashed_name(2)})
    (folder / photo).write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    (folder / hashed_name(3, ".mp4")).write_bytes(b"a video nobody named")
    result = case.import_kakaotalk(folder, seoul())
    assert result.files_added == 3 and result.messages_added == 40
    assert result.media_stored == 1 and result.media_missing == {"absent": 1}
    linked = next(m for m in case.chats.messages() if m.text == photo)
    item = case.evidence.item(linked.media[0].evidence_id or 0)
    assert item.sha256 == hashlib.sha256((folder / photo).read_bytes()).hexdigest()


def test_an_all_messages_zip_is_kept_whole(tmp_path: Path, case: Case) -> None:
    text = tmp_path / "KakaoTalkChats.txt"
    photo = hashed_name(5)
    android_ko(text, 25, {3: photo})
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.write(text, "KakaoTalkChats.txt")
        zipped.writestr(photo, b"photo bytes")
    result = case.import_kakaotalk(archive, seoul())
    # one evidence item, the ZIP byte for byte: never unpacked (docs/decisions.md)
    assert (result.files_added, result.messages_added) == (1, 25)
    item = case.evidence.item(result.main_evidence_id or 0)
    assert item.sha256 == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert result.media_missing == {"in_archive": 1} and result.media_stored == 0
    named = next(m for m in case.chats.messages() if m.text == photo)
    assert (named.media[0].path, named.media[0].missing) == (photo, "in_archive")


def test_cancel_leaves_the_case_as_it_was(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "big.txt"
    android_ko(path, 6000)
    before = counts(case)
    token = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if len(seen) == 3:
            token.cancel()

    with pytest.raises(Cancelled):
        case.import_kakaotalk(path, seoul(), progress, token)
    assert counts(case) == before
    assert seen and seen[-1].bytes_total > 0


def test_an_unknown_zone_is_refused_before_anything(case: Case) -> None:
    before = counts(case)
    with pytest.raises(UserError, match="time zone"):
        case.import_kakaotalk(CORPUS / "android_ko.txt", KakaoOptions("Mars/Olympus"))
    assert counts(case) == before


def test_what_is_not_an_export_changes_nothing(tmp_path: Path, case: Case) -> None:
    before = counts(case)
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\nmilk\n")
    with pytest.raises(UserError, match="not a KakaoTalk"):
        case.import_kakaotalk(notes, seoul())
    assert counts(case) == before


def test_she_says_who_wrote_under_a_name(case: Case) -> None:
    result = case.import_kakaotalk(CORPUS / "android_ko.txt", seoul())
    contact = case.journal.add_contact(Contact(name="박서준 (동창)", role=ContactRole.SUSPECT))
    named = case.chats.name_sender(result.chat_id, "박서준", contact.id)
    assert named.handles == ("KakaoTalk: 박서준",)
    incident = case.journal.incident(result.incident_id or 0)
    assert incident.handles == ("KakaoTalk: 박서준",) and incident.contact_ids == (contact.id,)
    again = case.chats.name_sender(result.chat_id, "박서준", contact.id)
    assert again.handles == ("KakaoTalk: 박서준",)  # said twice, kept once
    before = counts(case)
    with pytest.raises(UserError, match="Nobody wrote as"):
        case.chats.name_sender(result.chat_id, "김철수", contact.id)
    assert counts(case) == before


def test_a_sender_becomes_a_new_person_in_one_step(case: Case) -> None:
    result = case.import_kakaotalk(CORPUS / "android_ko.txt", seoul())
    made = case.chats.name_sender_as_new(result.chat_id, "박서준", ContactRole.SUSPECT)
    assert (made.name, made.role, made.handles) == (
        "박서준",
        ContactRole.SUSPECT,
        ("KakaoTalk: 박서준",),
    )
    assert case.journal.incident(result.incident_id or 0).contact_ids == (made.id,)
    before = counts(case), len(case.journal.contacts())
    with pytest.raises(UserError, match="Nobody wrote as"):
        case.chats.name_sender_as_new(result.chat_id, "김철수", ContactRole.SUSPECT)
    assert (counts(case), len(case.journal.contacts())) == before  # no contact left behind


def test_messages_of_the_same_minute_keep_the_order_of_the_export(
    tmp_path: Path, case: Case
) -> None:
    lines = ["박서준 님과 카카오톡 대화", "", "2024년 1월 2일 화요일"]
    texts = [f"메시지 {n:02d}" for n in range(30)]
    lines += [f"2024년 1월 2일 오후 3:00, 박서준 : {t}" for t in texts]
    source = tmp_path / "burst.txt"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    case.import_kakaotalk(source, seoul())
    assert [m.text for m in case.chats.messages()] == texts  # not the order of their ids
