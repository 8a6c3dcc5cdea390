"""Every name, text and file of a KakaoTalk export may have been made by the person who hurts
her: crafted lines (huge, regex traps, control characters), impossible dates, encodings that
are none of KakaoTalk's, ZIP members with path tricks or false sizes, links out of the
export's folder, counts that would multiply rows. Nothing is read outside the export, nothing
is written anywhere, nothing is lost or made up, and the time it takes stays linear."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.chats.kakaotalk import files, parsing
from quietcase.app.chats.kakaotalk.files import locate
from quietcase.app.chats.kakaotalk.importing import KakaoOptions
from quietcase.app.chats.kakaotalk.model import NOT_UNDERSTOOD
from quietcase.app.chats.kakaotalk.parsing import read_export
from quietcase.app.chats.kakaotalk.reader import ReadOptions
from quietcase.app.core.errors import UserError
from quietcase.storage.records import ChatMessage
from tests.app.chats.kakaotalk.generate import hashed_name

HEAD = (
    "박서준 님과 카카오톡 대화\n저장한 날짜 : 2024년 1월 3일 오전 9:00\n\n2024년 1월 2일 화요일\n"
)


@pytest.fixture(autouse=True)
def _read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "IN_CHILD", False)


def read(path: Path) -> list[ChatMessage]:
    return list(read_export(locate(path), ReadOptions("Asia/Seoul")).messages)


def write(tmp_path: Path, body: str, name: str = "chat.txt") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, "utf-8")
    return path


@pytest.mark.parametrize(
    "trap",
    [
        "[" + "a] [" * 400_000,  # Windows: [NAME] [time], the name never closed well
        "2024년 1월 2일 오후 3:00, " * 200_000,  # a header repeated inside one line
        "2024. 1. 2. " * 300_000,  # iOS dates without a time
        "-" * 3_000_000,  # a day line's dashes without a day
        "x" * 4_000_000 + " : " + "y",  # one huge message line
    ],
    ids=["windows-brackets", "headers-in-a-line", "ios-dates", "dashes", "huge-line"],
)
def test_crafted_lines_take_linear_time_and_are_kept(tmp_path: Path, trap: str) -> None:
    path = write(tmp_path, f"2024년 1월 2일 오후 3:00, 박서준 : 시작\n{trap}\n")
    started = time.perf_counter()
    messages = read(path)
    assert time.perf_counter() - started < 10  # quadratic backtracking would take hours
    assert messages[-1].as_written.endswith(trap)  # kept as written, whatever it became


def test_names_and_texts_with_control_characters_are_kept_as_written(tmp_path: Path) -> None:
    sender = "\u202e박서준\u200b\x00<b>관리자</b>"
    text = "\x1b[31m빨강\x1b[0m \u202e거꾸로 <script>x</script>"
    messages = read(write(tmp_path, f"2024년 1월 2일 오후 3:00, {sender} : {text}\n"))
    assert (messages[0].sender, messages[0].text) == (sender, text)


def test_impossible_dates_and_times_are_not_read_as_times(tmp_path: Path) -> None:
    body = (
        "2024년 2월 30일 오후 3:00, 박서준 : 없는 날\n"
        "2024년 1월 2일 오후 13:00, 박서준 : 13시 오후\n"
        "2024년 1월 2일 25:61, 박서준 : 없는 시각\n"
    )
    messages = read(write(tmp_path, body))
    assert len(messages) == 1 and NOT_UNDERSTOOD in messages[0].flags
    assert messages[0].text.count("\n") == 2  # every line kept, in one place


def test_bytes_of_no_kakaotalk_encoding_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(HEAD.encode() + b"\x80\xff\xfe\x00\x81" * 50)
    with pytest.raises(UserError, match="could not be read as text"):
        read(path)


def test_a_count_kakaotalk_never_writes_does_not_multiply_rows(tmp_path: Path) -> None:
    body = (
        "2024년 1월 2일 오후 3:00, 박서준 : 사진 999장\n"
        "2024년 1월 2일 오후 3:01, 박서준 : 사진 30장\n"
    )
    big, most = read(write(tmp_path, body))
    assert big.media == () and big.text == "사진 999장"  # her text, kept as text
    assert len(most.media) == 30


def test_zip_members_with_path_tricks_stay_inside_the_zip(tmp_path: Path, case: Case) -> None:
    archive = tmp_path / "export.zip"
    names = ["../../" + hashed_name(1), "/etc/" + hashed_name(2), "C:\\x\\..\\" + hashed_name(3)]
    body = "".join(f"2024년 1월 2일 오후 3:0{n}, 박서준 : {hashed_name(n + 1)}\n" for n in range(3))
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("KakaoTalkChats.txt", HEAD + body)
        for name in names:
            zipped.writestr(name, b"photo")
    before = sorted(p.name for p in tmp_path.parent.rglob("*"))
    result = case.import_kakaotalk(archive, KakaoOptions("Asia/Seoul"))
    assert result.files_added == 1  # the ZIP, kept whole; nothing unpacked
    assert sorted(p.name for p in tmp_path.parent.rglob("*")) == before
    media = [m.media[0] for m in case.chats.messages()]
    assert [m.missing for m in media[:2]] == ["in_archive", "in_archive"]
    assert media[2].missing == "absent"  # a Windows path is a name of its own, not taken apart
    assert all(m.evidence_id is None for m in media)


def test_a_zip_member_larger_than_the_reader_takes_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_TEXT", 1000)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr(
            "KakaoTalkChats.txt", HEAD + "2024년 1월 2일 오후 3:00, 박서준 : 가\n" * 100
        )
    with pytest.raises(UserError, match="not a KakaoTalk chat export"):
        read(archive)


def test_links_out_of_the_folder_are_not_followed(tmp_path: Path, case: Case) -> None:
    outside = tmp_path / "private.jpg"
    outside.write_bytes(b"her own photo, not part of the export")
    folder = tmp_path / "export"
    folder.mkdir()
    named = hashed_name(7)
    os.symlink(outside, folder / named)
    body = (
        f"2024년 1월 2일 오후 3:00, 박서준 : {named}\n"
        "2024년 1월 2일 오후 3:01, 박서준 : 파일: ../private.jpg\n"
    )
    (folder / "KakaoTalkChats.txt").write_text(HEAD + body, "utf-8")
    result = case.import_kakaotalk(folder, KakaoOptions("Asia/Seoul"))
    assert result.files_added == 1  # the text only
    link, by_name = (m.media[0] for m in case.chats.messages())
    assert (link.missing, link.evidence_id) == ("absent", None)
    assert (by_name.missing, by_name.evidence_id) == ("not_included", None)
    assert [e.filename for e in case.evidence.items()] == ["KakaoTalkChats.txt"]
