"""Bare 사진/Photo placeholders of an all-messages export linked to the export's unnamed
hashed files by time, only where that cannot go two ways, and marked; otherwise nothing is
linked and the files stay evidence of the import."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from quietcase.app.chats.kakaotalk.files import locate
from quietcase.app.chats.kakaotalk.model import MEDIA_BY_TIME
from quietcase.app.chats.kakaotalk.parsing import read_export
from quietcase.app.chats.kakaotalk.reader import ReadOptions
from quietcase.storage.records import ChatMessage
from tests.app.chats.kakaotalk.generate import hashed_name

SEOUL = ZoneInfo("Asia/Seoul")
TEXT = """박서준 님과 카카오톡 대화
저장한 날짜 : 2024년 1월 3일 오전 9:00

2024년 1월 2일 화요일
2024년 1월 2일 오후 3:00, 박서준 : 사진
2024년 1월 2일 오후 3:05, 회원님 : 뭐야
2024년 1월 2일 오후 3:10, 박서준 : 사진 2장
2024년 1월 2일 오후 3:20, 박서준 : 동영상
2024년 1월 2일 오후 3:30, 박서준 : {named}
"""


def export_folder(tmp_path: Path, stamps: dict[str, str]) -> Path:
    folder = tmp_path / "export"
    folder.mkdir(parents=True)
    (folder / "KakaoTalkChats.txt").write_text(TEXT.format(named=hashed_name(99)), "utf-8")
    for name, local in {**stamps, hashed_name(99): "2024-01-02T15:30:10"}.items():
        (folder / name).write_bytes(name.encode())
        at = datetime.fromisoformat(local).replace(tzinfo=SEOUL).timestamp()
        os.utime(folder / name, (at, at))
    return folder


def read(path: Path) -> tuple[list[ChatMessage], list[str]]:
    reading = read_export(locate(path), ReadOptions("Asia/Seoul"))
    messages = list(reading.messages)
    return messages, [n.template for n in reading.notes.repairs]


def media(message: ChatMessage) -> list[tuple[str, str, str]]:
    return [(m.kind, m.path, m.missing) for m in message.media]


PHOTOS = {
    hashed_name(1): "2024-01-02T15:00:40",
    hashed_name(2): "2024-01-02T15:11:00",
    hashed_name(3): "2024-01-02T15:12:00",
}
VIDEO = {hashed_name(4, ".mp4"): "2024-01-02T15:21:00"}


def test_placeholders_get_the_unnamed_files_by_time_and_are_marked(tmp_path: Path) -> None:
    messages, notes = read(export_folder(tmp_path, {**PHOTOS, **VIDEO}))
    one, _, two, video, named = messages
    assert media(one) == [("photo", hashed_name(1), "")]
    assert media(two) == [("photo", hashed_name(2), ""), ("photo", hashed_name(3), "")]
    assert media(video) == [("video", hashed_name(4, ".mp4"), "")]
    assert all(MEDIA_BY_TIME in m.flags for m in (one, two, video))
    assert MEDIA_BY_TIME not in named.flags and media(named) == [("photo", hashed_name(99), "")]
    assert any("matched to files of the export by their times" in n for n in notes)


def test_a_file_older_than_its_placeholder_links_nothing_of_its_kind(tmp_path: Path) -> None:
    early = {**PHOTOS, hashed_name(1): "2024-01-02T14:59:00"}
    messages, _ = read(export_folder(tmp_path, {**early, **VIDEO}))
    assert [m.missing for m in messages[0].media] == ["not_included"]
    assert [m.missing for m in messages[2].media] == ["not_included", "not_included"]
    assert media(messages[3]) == [("video", hashed_name(4, ".mp4"), "")]  # videos still fit


def test_a_file_after_the_next_placeholder_links_nothing(tmp_path: Path) -> None:
    late = {**PHOTOS, hashed_name(1): "2024-01-02T15:10:30"}  # after the 3:10 사진 2장
    messages, _ = read(export_folder(tmp_path, late))
    assert not any(MEDIA_BY_TIME in m.flags for m in messages)


def test_two_files_at_the_same_time_or_a_count_that_differs_link_nothing(
    tmp_path: Path,
) -> None:
    same = {**PHOTOS, hashed_name(3): PHOTOS[hashed_name(2)]}
    messages, _ = read(export_folder(tmp_path / "same", same))
    assert not any(MEDIA_BY_TIME in m.flags for m in messages)
    fewer = dict(list(PHOTOS.items())[:2])
    messages, _ = read(export_folder(tmp_path / "fewer", fewer))
    assert not any(MEDIA_BY_TIME in m.flags for m in messages)


def test_a_zip_member_is_matched_by_its_stored_time_and_stays_inside(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("KakaoTalkChats.txt", TEXT.format(named="안녕"))
        for name, local in {**PHOTOS, **VIDEO}.items():
            at = datetime.fromisoformat(local)
            stamp = (at.year, at.month, at.day, at.hour, at.minute, at.second)
            zipped.writestr(zipfile.ZipInfo(f"media/{name}", stamp), b"bytes")
    messages, _ = read(archive)
    assert media(messages[0]) == [("photo", f"media/{hashed_name(1)}", "in_archive")]
    assert MEDIA_BY_TIME in messages[0].flags
