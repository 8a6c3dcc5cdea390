"""Reading every KakaoTalk export variant from hand-made files: counts, times (오전 12 is
midnight), senders, system lines, blank lines kept, nothing merged or dropped, encodings
detected and named, line numbers and the lines as written, guesses flagged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from quietcase.app.chats.kakaotalk import decoding
from quietcase.app.chats.kakaotalk.files import locate
from quietcase.app.chats.kakaotalk.model import (
    MAYBE_CUT_AT_500,
    NO_TIME,
    NOT_UNDERSTOOD,
    SPLIT_GUESS,
    KakaoChat,
)
from quietcase.app.chats.kakaotalk.parsing import read_export
from quietcase.app.chats.kakaotalk.reader import ME, ReadOptions
from quietcase.app.core.errors import UserError
from quietcase.storage.records import ChatMessage
from tests.app.chats.kakaotalk.generate import android_ko, hashed_name

CORPUS = Path(__file__).parent / "corpus"


def read(path: Path, zone: str = "Asia/Seoul", me: str = "") -> tuple[KakaoChat, list[ChatMessage]]:
    reading = read_export(locate(path), ReadOptions(zone, me))
    messages = list(reading.messages)
    return reading.chat, messages


def copy(tmp_path: Path, name: str, data: bytes) -> Path:
    target = tmp_path / name
    target.write_bytes(data)
    return target


def summary(messages: list[ChatMessage]) -> list[tuple[str, str, str, str]]:
    return [(m.kind, m.local_time, m.sender, m.text) for m in messages]


def test_android_korean() -> None:
    chat, messages = read(CORPUS / "android_ko.txt")
    assert (chat.variant, chat.name, chat.encoding) == ("android-ko", "박서준", "UTF-8")
    assert chat.saved_at == "2020년 11월 3일 오전 11:29"
    assert len(messages) == 14
    first, me, midnight, seven = messages[:4]
    assert (first.local_time, first.sender, first.text) == (
        "2019-12-31T23:58:00",
        "박서준",
        "곧 새해다",
    )
    assert (me.sender, me.sender_id) == ("회원님", ME)
    assert midnight.local_time == "2020-01-01T00:00:00"  # 오전 12:00 is midnight, a new year
    assert (
        midnight.sent_at is not None and midnight.sent_at.isoformat() == "2019-12-31T15:00:00+00:00"
    )
    assert (midnight.utc_offset, midnight.time_zone) == ("+09:00", "Asia/Seoul")
    assert seven.local_time == "2020-01-01T00:07:00"
    # the same text at the same minute stays twice, with two ids
    twice = [m for m in messages if m.text == "점심 먹었어?"]
    assert len(twice) == 2 and twice[0].local_time == twice[1].local_time == "2020-01-01T12:30:00"
    assert twice[0].message_id != twice[1].message_id
    # a blank line inside a message is kept, with its source lines
    multi = next(m for m in messages if m.text.startswith("첫째 줄\n"))
    assert multi.text == "첫째 줄\n\n셋째 줄, 빈 줄 다음"
    assert (multi.line_first, multi.line_last) == (14, 16)
    assert multi.as_written == "2020년 1월 1일 오후 1:15, 박서준 : 첫째 줄\n\n셋째 줄, 빈 줄 다음"
    system = [m for m in messages if m.kind == "service"]
    assert [m.text for m in system] == ["김민지님이 들어왔습니다.", "김민지님이 나갔습니다."]
    assert all(m.sender == "" for m in system)


def test_a_header_like_body_line_is_a_flagged_guess() -> None:
    _, messages = read(CORPUS / "android_ko.txt")
    pasted, quoted = messages[-3], messages[-2]
    assert pasted.text == "내가 받은 거 그대로 붙여 넣을게" and SPLIT_GUESS in pasted.flags
    assert quoted.text == "첫째 줄" and SPLIT_GUESS in quoted.flags  # its time runs backwards
    assert quoted.as_written == "2020년 1월 1일 오후 1:15, 박서준 : 첫째 줄"
    assert not any(SPLIT_GUESS in m.flags for m in messages[:-3])


def test_media_placeholders_are_marked_missing() -> None:
    _, messages = read(CORPUS / "android_ko.txt")
    by_text = {m.text: m.media for m in messages}
    assert [(x.kind, x.missing) for x in by_text["사진"]] == [("photo", "not_included")]
    assert len(by_text["사진 3장"]) == 3
    assert [(x.kind, x.missing) for x in by_text["‹사진 읽지 않음>"]] == [
        ("photo", "not_downloaded")
    ]


def test_android_english() -> None:
    chat, messages = read(CORPUS / "android_en.txt")
    assert (chat.variant, chat.name) == ("android-en", "Seojun Park")
    assert summary(messages) == [
        ("message", "2016-02-10T00:33:00", "Seojun Park", "are you awake"),
        ("message", "2016-02-10T00:34:00", "you", "yes"),
        ("message", "2016-02-10T12:00:00", "Seojun Park", "Photo"),
        ("message", "2016-02-10T12:01:00", "Seojun Park", "line one\n\nline three"),
        ("service", "2016-02-10T12:05:00", "", "Minji Kim joined this chatroom."),
    ]
    assert messages[1].sender_id == ME and messages[2].media[0].kind == "photo"


def test_ios_korean_with_time_only_lines_under_day_lines() -> None:
    chat, messages = read(CORPUS / "ios_ko.txt")
    assert chat.variant == "ios-ko" and chat.saved_at == "2023. 3. 23. 오전 2:10"
    assert [m.local_time for m in messages] == [
        "2022-12-31T20:21:00",
        "2022-12-31T20:36:00",
        "2022-12-31T23:59:00",
        "2023-01-01T00:00:00",
        "2023-01-01T00:01:00",
    ]
    last = messages[-1]  # a day line that goes back is not KakaoTalk's: it stays inside
    assert last.text == "여러 줄\n2022년 12월 31일 토요일\n이 줄은 위 메시지 안에 있다"
    assert SPLIT_GUESS in last.flags and (last.line_first, last.line_last) == (13, 15)


def test_ios_english_24_hour() -> None:
    chat, messages = read(CORPUS / "ios_en.txt")
    assert chat.variant == "ios-en"
    assert summary(messages) == [
        ("message", "2014-12-31T19:12:00", "Seojun Park", "see you at midnight"),
        ("message", "2014-12-31T23:59:00", "You", "ok"),
        ("message", "2015-01-01T00:00:00", "Seojun Park", "happy new year"),
    ]


def test_windows_korean() -> None:
    chat, messages = read(CORPUS / "windows_ko.txt")
    assert (chat.variant, chat.name, chat.saved_at) == (
        "windows-ko",
        "회사 동기방 4",
        "2018-06-03 22:39:48",
    )
    assert summary(messages) == [
        ("service", "", "", "박서준님이 들어왔습니다."),
        ("message", "2018-03-03T00:10:00", "박서준", "자정 지나서"),
        ("message", "2018-03-03T20:54:00", "박서준", "안녕하세요"),
        ("message", "2018-03-03T20:55:00", "김민지", "첫째 줄\n\n셋째 줄"),
        ("message", "2018-03-03T20:56:00", "박서준", "24시간제"),
        ("service", "", "", "김민지님이 나갔습니다."),
        ("message", "2018-03-04T09:00:00", "이도윤", "파일: 증거.pdf"),
    ]
    assert NO_TIME in messages[0].flags and SPLIT_GUESS not in messages[0].flags
    # an untimed system line right after a message: the end of that message is a guess
    assert SPLIT_GUESS in messages[4].flags and SPLIT_GUESS in messages[5].flags
    assert messages[6].media[0].file_name == "증거.pdf"


def test_windows_english() -> None:
    chat, messages = read(CORPUS / "windows_en.txt")
    assert (chat.variant, chat.name) == ("windows-en", "Team room 3")
    assert [m.local_time for m in messages[:3]] == [
        "2023-07-22T00:15:00",  # 12:15 AM
        "2023-07-22T12:15:00",  # 12:15 PM
        "2023-07-22T14:30:00",
    ]
    assert messages[3].text == "Doyun Lee joined this chatroom." and messages[3].kind == "service"


def test_macos_csv() -> None:
    chat, messages = read(CORPUS / "macos.csv")
    assert chat.variant == "macos-csv"
    assert summary(messages) == [
        ("message", "2019-05-02T14:23:01", "박서준", "안녕"),
        ("message", "2019-05-02T14:24:00", "김민지", '첫째 줄\n\n셋째 줄, 쉼표 "따옴표"'),
        ("message", "", "박서준", "날짜 없는 줄"),
        ("service", "2019-05-02T14:25:00", "", "김민지님이 나갔습니다."),
    ]
    assert (messages[1].line_first, messages[1].line_last) == (3, 5)
    assert NO_TIME in messages[2].flags and messages[2].sent_at is None


@pytest.mark.parametrize(
    ("encode", "name"),
    [
        (lambda t: t.encode("utf-8"), decoding.UTF8),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), decoding.UTF8_BOM),
        (lambda t: t.encode("utf-16"), decoding.UTF16LE_BOM),
        (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), decoding.UTF16BE_BOM),
        (lambda t: t.encode("utf-16-le"), decoding.UTF16LE),
        (lambda t: t.encode("utf-16-be"), decoding.UTF16BE),
        (lambda t: t.encode("cp949"), decoding.CP949),
        (lambda t: t.replace("\n", "\r\n").encode("cp949"), decoding.CP949),
    ],
)
def test_encodings_are_detected_and_named(tmp_path: Path, encode: object, name: str) -> None:
    text = (CORPUS / "windows_ko.txt").read_text(encoding="utf-8")
    path = copy(tmp_path, "export.txt", encode(text))  # type: ignore[operator]
    chat, messages = read(path)
    _, expected = read(CORPUS / "windows_ko.txt")
    assert chat.encoding == name
    assert summary(messages) == summary(expected)
    assert [(m.line_first, m.line_last) for m in messages] == [
        (m.line_first, m.line_last) for m in expected
    ]


def test_crlf_keeps_line_numbers_and_text(tmp_path: Path) -> None:
    text = (CORPUS / "android_ko.txt").read_text(encoding="utf-8")
    path = copy(tmp_path, "crlf.txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    chat, messages = read(path)
    _, expected = read(CORPUS / "android_ko.txt")
    assert chat.newline == "CRLF" and chat.encoding == decoding.UTF8_BOM
    assert [(m.text, m.line_first, m.as_written) for m in messages] == [
        (m.text, m.line_first, m.as_written) for m in expected
    ]
    assert all("\r" not in m.text for m in messages)


def test_what_is_not_kakaotalk_is_refused_by_its_content(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a KakaoTalk chat export"):
        read(copy(tmp_path, "KakaoTalkChats.txt", b"just some notes\nand more\n"))
    with pytest.raises(UserError, match="UTF-8, UTF-16 nor CP949"):
        read(copy(tmp_path, "bad.txt", b"\x80\xff\x80\xff\xfe\x00\x81"))
    # the content decides, not the name: an Android export called .csv is read as one
    chat, _ = read(copy(tmp_path, "x.csv", (CORPUS / "android_en.txt").read_bytes()))
    assert chat.variant == "android-en"


def test_lines_before_the_first_message_are_kept_as_not_understood(tmp_path: Path) -> None:
    text = (CORPUS / "android_en.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    lines.insert(3, "something KakaoTalk never writes")
    chat, messages = read(copy(tmp_path, "x.txt", "\n".join(lines).encode()))
    odd = messages[0]
    assert (odd.kind, odd.text, odd.line_first) == (
        "unsupported",
        "something KakaoTalk never writes",
        4,
    )
    assert NOT_UNDERSTOOD in odd.flags and len(messages) == 6


def test_a_phone_message_of_exactly_500_characters_may_be_cut(tmp_path: Path) -> None:
    long = "가" * 500
    text = (
        "박서준 님과 카카오톡 대화\n저장한 날짜 : 2020년 11월 3일 오전 11:29\n\n"
        f"2020년 1월 1일 오후 1:00, 박서준 : {long}\n"
        f"2020년 1월 1일 오후 1:01, 박서준 : {long[:499]}\n"
    )
    _, messages = read(copy(tmp_path, "cut.txt", text.encode()))
    assert MAYBE_CUT_AT_500 in messages[0].flags and MAYBE_CUT_AT_500 not in messages[1].flags


def test_all_messages_folder_links_hashed_media(tmp_path: Path) -> None:
    photo = hashed_name(1)
    folder = tmp_path / "export"
    folder.mkdir()
    android_ko(folder / "KakaoTalkChats.txt", 20, {3: photo, 5: hashed_name(2)})
    (folder / photo).write_bytes(b"\xff\xd8 a photo")
    chat, messages = read(folder)
    assert chat.message_count == 20
    linked = messages[3].media
    assert [(m.kind, m.path, m.missing) for m in linked] == [("photo", photo, "")]
    absent = messages[5].media  # named, but not in the export
    assert [(m.kind, m.missing) for m in absent] == [("photo", "absent")]


def test_all_messages_zip(tmp_path: Path) -> None:
    text = tmp_path / "KakaoTalkChats.txt"
    android_ko(text, 30, {2: hashed_name(9)})
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(text, "KakaoTalkChats.txt")
        zipped.writestr(hashed_name(9), b"photo bytes")
    chat, messages = read(archive)
    photo = messages[2].media[0]  # inside the ZIP, which is kept whole, never unpacked
    assert chat.message_count == 30 and (photo.path, photo.missing) == (
        hashed_name(9),
        "in_archive",
    )


def test_a_damaged_zip_is_refused_by_its_own_name(tmp_path: Path) -> None:
    broken = copy(tmp_path, "export.zip", b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(UserError, match="not a KakaoTalk chat export") as refused:
        read(broken)
    assert refused.value.params["name"] == "export.zip"


def test_ten_thousand_messages_none_merged(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    lines = android_ko(path, 12_000)
    chat, messages = read(path)
    assert len(messages) == 12_000 and chat.line_count == lines
    assert len({m.message_id for m in messages}) == 12_000  # repeated texts keep their own ids
    assert sum(1 for m in messages if "\n\n" in m.text) == len(range(0, 12_000, 17))
    assert not any(m.flags for m in messages)
    numbers = [m.line_first for m in messages]
    assert numbers == sorted(numbers)


def test_times_in_a_zone_with_summer_time() -> None:
    from datetime import UTC, datetime

    from quietcase.app.chats.kakaotalk.times import in_zone

    assert in_zone("2023-07-01T12:00:00", "Europe/Berlin")[:2] == (
        datetime(2023, 7, 1, 10, 0, tzinfo=UTC),
        "+02:00",
    )
    assert in_zone("2023-01-01T00:00:00", "Europe/Berlin")[1] == "+01:00"
    # 02:30 on 26 March 2023 never happened in Berlin; 02:30 on 29 October happened twice
    assert in_zone("2023-03-26T02:30:00", "Europe/Berlin")[2]
    assert in_zone("2023-10-29T02:30:00", "Europe/Berlin")[2]
    assert not in_zone("2023-10-29T01:30:00", "Europe/Berlin")[2]
    assert in_zone("1988-05-08T03:30:00", "Asia/Seoul")[1] == "+10:00"  # Seoul's 1988 summer


def test_a_mac_message_longer_than_the_csv_modules_limit(tmp_path: Path) -> None:
    long = "x" * 300_000
    data = f'Date,User,Message\n2019-05-02 14:23:01,"a","{long}"\n'.encode()
    _, messages = read(copy(tmp_path, "long.csv", data))
    assert [len(m.text) for m in messages] == [300_000]


# Formats seen in public parsers of real exports (written here from their descriptions):
# phones set to a 24-hour clock, system lines written `TIME: text`, day lines framed in
# dashes on phones, iOS day lines with dots, open-chat senders `name@id`, a link's `/1`.


def test_android_korean_24_hour_with_dashed_day_lines() -> None:
    chat, messages = read(CORPUS / "android_ko_24h.txt")
    assert (chat.variant, chat.name) == ("android-ko", "서울 동아리방 5")
    assert summary(messages) == [
        ("message", "2023-12-31T23:58:00", "박서준", "사진 올려도 돼?"),
        ("service", "2023-12-31T23:59:00", "", "김민지님이 들어왔습니다."),
        ("message", "2024-01-01T00:00:00", "회원님", "안 돼"),
        ("message", "2024-01-01T00:00:00", "회원님", "안 돼"),  # twice: never merged
        ("message", "2024-01-01T12:30:00", "박서준", "이미 올렸어\n\n링크는 나중에"),
        ("service", "2024-01-01T13:05:00", "", "박서준님이 나갔습니다."),
    ]
    assert len({m.message_id for m in messages}) == 6 and not any(m.flags for m in messages)


def test_ios_korean_24_hour_open_chat() -> None:
    chat, messages = read(CORPUS / "ios_ko_24h.txt")
    assert chat.variant == "ios-ko" and chat.saved_at == "2025. 10. 15. 08:02"
    assert summary(messages) == [
        (
            "message",
            "2025-10-14T21:30:00",
            "익명의 라이언@ryan77",
            "https://example.invalid/room\n/1",
        ),
        ("service", "2025-10-14T21:31:00", "", "회원님이 들어왔습니다."),
        ("message", "2025-10-14T23:59:00", "회원님", "지워 주세요"),
        ("message", "2025-10-15T00:01:00", "익명의 라이언@ryan77", "싫은데"),
    ]
    assert (messages[0].line_first, messages[0].line_last) == (8, 9)
    assert messages[2].sender_id == ME


def test_english_all_messages_export_names_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "KakaoTalk Chats"
    folder.mkdir()
    photo, voice = hashed_name(5), hashed_name(6, ".opus")
    lines = [
        "\ufeffKakaoTalk Chats with Seojun Park",
        "Date Saved : October 13, 2020, 9:02 AM",
        "",
        "",
        "October 12, 2020, 6:48 AM",
        f"October 12, 2020, 6:49 AM, Seojun Park : {photo}",
        f"October 12, 2020, 6:50 AM, Seojun Park : {voice}",
        "October 12, 2020, 6:51 AM, You : Photo",
    ]
    (folder / "KakaoTalkChats.txt").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / photo).write_bytes(b"\xff\xd8")
    (folder / voice).write_bytes(b"OggS")
    chat, messages = read(folder)
    assert chat.variant == "android-en" and chat.encoding == decoding.UTF8_BOM
    assert [[(m.kind, m.path, m.missing) for m in x.media] for x in messages] == [
        [("photo", photo, "")],
        [("voice", voice, "")],
        [("photo", "", "not_included")],
    ]


def test_an_english_message_after_the_day_saved_is_a_guess(tmp_path: Path) -> None:
    lines = [
        "KakaoTalk Chats with Seojun Park",
        "Date Saved : November 3, 2020, 1:08 PM",
        "",
        "November 2, 2020, 9:00 PM, Seojun Park : first line",
        "December 24, 2020, 9:01 PM, Seojun Park : looks like a header, after the save",
    ]
    path = copy(tmp_path, "en.txt", ("\n".join(lines) + "\n").encode())
    _, messages = read(path)
    assert [SPLIT_GUESS in m.flags for m in messages] == [True, True]
