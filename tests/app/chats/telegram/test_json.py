"""Reading result.json: new and 2020-style exports, whole accounts, the two known faults, and
files that are not JSON (refused quickly, naming the line)."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quietcase.app.chats.telegram import json as telegram_json
from quietcase.app.chats.telegram.importing import list_chats
from quietcase.app.chats.telegram.model import ParsedChat, ReadNotes
from quietcase.app.core.errors import UserError
from quietcase.storage.records import ChatMessage
from tests.app.chats.telegram.writer import (
    KST,
    NOT_INCLUDED,
    T0,
    TOO_LARGE,
    ChatSpec,
    Msg,
    add_faults,
    room,
    write_json,
)


def read(path: Path) -> tuple[list[ParsedChat], list[ChatMessage], ReadNotes]:
    notes = ReadNotes()
    text = telegram_json.read_text(path, notes)
    chats: list[ParsedChat] = []
    messages: list[ChatMessage] = []
    for chat, raw in telegram_json.walk(text, path.name, notes):
        if raw is None:
            chats.append(chat)
        else:
            record = telegram_json.message_record(raw, chat)
            assert record is not None
            messages.append(record)
    return chats, messages, notes


def by_id(messages: list[ChatMessage]) -> dict[int, ChatMessage]:
    return {m.message_id: m for m in messages}


def test_a_new_style_chat_reads_every_field(tmp_path: Path) -> None:
    chats, messages, notes = read(write_json(tmp_path, [room()]))
    assert [(c.name, c.chat_type, c.telegram_id) for c in chats] == [
        ("딥페이크 공유방", "private_supergroup", 1722334455)
    ]
    assert notes.repairs == [] and not notes.whole_account
    m = by_id(messages)
    assert len(m) == 12
    # Exact time from date_unixtime (UTC); the local time as the export wrote it (KST).
    assert m[2].sent_at == datetime(2025, 11, 3, 12, 22, 6, tzinfo=UTC)
    assert m[2].local_time == "2025-11-03T21:22:06"
    assert (m[2].sender, m[2].sender_id) == ("그림자", "user5550001")
    assert m[2].text == "딥페이크 영상 올립니다\n새 자료"
    assert m[3].mentions == ("@dealer_kim",)
    assert m[3].media[0].path == "photos/photo_1@03-11-2025_21-25-06.jpg"
    assert m[4].links == ("https://example.org/leak", "https://t.me/+AbCdEf")
    assert m[4].reply_to == 2
    assert (m[5].media[0].kind, m[5].media[0].missing) == ("video_file", "not_included")
    assert m[5].media[0].mime_type == "video/mp4"
    assert m[6].media[0].missing == "not_included" and m[6].text == "深伪视频 #频道"
    assert m[7].forwarded_from == "Archive Channel"
    assert (m[8].media[0].kind, m[8].media[0].file_name) == ("video_file", "clip_8.mp4")
    assert m[10].media[0].kind == "voice_message"
    assert m[11].via_bot == "@leakbot"
    assert m[12].text == 'quote "this" & <that>\n줄바꿈'
    service = m[1]
    assert (service.kind, service.action, service.sender) == (
        "service",
        "invite_members",
        "Admin X",
    )
    assert "그림자" in service.text


def test_a_2020_style_export_has_local_times_and_integer_ids(tmp_path: Path) -> None:
    _, messages, _ = read(write_json(tmp_path, [room()], old=True))
    m = by_id(messages)
    assert m[2].sent_at is None  # no date_unixtime: local time only, marked as such
    assert m[2].local_time == "2025-11-03T21:22:06"
    assert m[2].sender_id == "5550001"
    assert m[2].edited_local == ""  # 1970 meant "never edited"
    assert m[4].links == ("https://example.org/leak", "https://t.me/+AbCdEf")


def test_edited_times_and_too_large_files(tmp_path: Path) -> None:
    chat = ChatSpec(
        "Room",
        "public_channel",
        77,
        [
            Msg(1, T0, "Ch", "channel77", "post", edited=T0.replace(hour=13)),
            Msg(2, T0, "Ch", "channel77", "", file=TOO_LARGE, media_type="video_file"),
            Msg(3, T0, "Ch", "channel77", "", photo="(File unavailable, please try again later)"),
        ],
    )
    _, messages, _ = read(write_json(tmp_path, [chat]))
    m = by_id(messages)
    assert m[1].edited_at == datetime(2025, 11, 3, 13, 19, 6, tzinfo=UTC)
    assert m[2].media[0].missing == "too_large"
    assert m[3].media[0].missing == "unavailable"


def test_a_whole_account_lists_its_chats_and_their_folders(tmp_path: Path) -> None:
    other = ChatSpec("Friend", "personal_chat", 42, [Msg(1, T0, "Friend", "user42", "hi")])
    left = ChatSpec("Old room", "private_group", 43, [Msg(5, T0, "X", "user9", "bye")])
    path = write_json(tmp_path, [room("chats/chat_001"), other], whole_account=True, left=[left])
    listing = list_chats(path)
    assert listing.whole_account and listing.format == "json"
    assert [(c.name, c.message_count, c.left) for c in listing.chats] == [
        ("딥페이크 공유방", 12, False),
        ("Friend", 1, False),
        ("Old room", 1, True),
    ]
    assert listing.chats[0].folder == "chats/chat_001"
    chats, messages, notes = read(path)
    assert notes.whole_account and notes.owner_id == "user111"
    assert len(messages) == 14


def test_control_characters_and_bare_emoji_ids_are_repaired_and_said(tmp_path: Path) -> None:
    chat = room()
    chat.messages[1].text = "vertical\x0btab and \x01 start"
    chat.messages[2].text = [
        "look ",
        {"type": "custom_emoji", "text": "😮", "document_id": "video_files/sticker (2).webm"},
        {"type": "custom_emoji", "text": "🔥", "document_id": "5368324170671202286"},
    ]
    path = write_json(tmp_path, [chat])
    add_faults(path)
    with pytest.raises(json.JSONDecodeError):
        json.loads(path.read_text(encoding="utf-8"))
    _, messages, notes = read(path)
    m = by_id(messages)
    assert m[2].text == "vertical\x0btab and \x01 start"
    assert m[3].text == "look 😮🔥"
    said = [r.text() for r in notes.repairs]
    assert len(said) == 2  # each fault is in "text" and again in "text_entities"
    assert "4 control character(s)" in said[0] and "\\xNN" in said[0]
    assert "4 custom emoji id(s)" in said[1]


def test_an_escaped_backslash_before_x_is_not_a_fault(tmp_path: Path) -> None:
    chat = room()
    chat.messages[1].text = "C:\\x41 is a path"
    path = write_json(tmp_path, [chat])
    _, messages, notes = read(path)
    assert by_id(messages)[2].text == "C:\\x41 is a path"
    assert notes.repairs == []


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = write_json(tmp_path, [room()])
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[40] = lines[40] + " oops"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(UserError) as info:
        read(path)
    assert "line 41" in str(info.value) and "Nothing was imported" in str(info.value)


def test_a_2_gb_file_that_is_not_json_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    with open(path, "wb") as handle:
        handle.write(b"\x00\x00\x00\x20ftypisom" + b"\x00" * 100)
        handle.truncate(2 * 1024**3)  # sparse: no disk used
    started = time.monotonic()
    with pytest.raises(UserError) as info:
        read(path)
    assert time.monotonic() - started < 1
    assert "does not start like JSON" in str(info.value)


def test_a_2_gb_file_that_starts_like_json_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    with open(path, "wb") as handle:
        handle.write(b'{"name": "x", "messages": [')
        handle.truncate(2 * 1024**3)
    started = time.monotonic()
    with pytest.raises(UserError) as info:
        read(path)
    assert time.monotonic() - started < 1
    assert "more than Quietcase reads from one export" in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "x", "messages": [' + "[" * 200_000 + "]" * 200_000 + "]}",
        '{"about": ' + '{"a": ' * 100_000 + "1" + "}" * 100_000 + "}",
    ],
)
def test_deeply_nested_json_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "result.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        read(path)
    assert "nested far deeper" in str(info.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "does not start like JSON"),
        (b"[1, 2, 3]", "does not start like JSON"),
        (b'{"hello": "world"}', "not a Telegram Desktop chat export"),
        (b'\xef\xbb\xbf{"name": "x", "type": "personal_chat", "id": 1, "messages": []}', ""),
    ],
)
def test_what_is_not_an_export_says_so(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(content)
    if not expected:
        chats, messages, _ = read(path)  # a BOM is fine
        assert [c.name for c in chats] == ["x"] and messages == []
        return
    with pytest.raises(UserError) as info:
        read(path)
    assert expected in str(info.value)


def test_invalid_utf8_is_read_with_replacement_and_said(tmp_path: Path) -> None:
    path = write_json(tmp_path, [room()])
    data = path.read_bytes().replace("새 자료".encode(), b"\xff\xfe")
    path.write_bytes(data)
    _, messages, notes = read(path)
    assert "\ufffd" in by_id(messages)[2].text
    assert any("UTF-8" in r.text() for r in notes.repairs)


def test_entries_that_are_not_messages_are_counted(tmp_path: Path) -> None:
    data = {"name": "Room", "type": "private_group", "id": 5, "messages": [1, "x", {"id": 2}]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    chats, messages, notes = read(path)
    assert notes.skipped_entries == 2 and [m.message_id for m in messages] == [2]
    assert chats[0].message_count == 1


def test_missing_media_sentences(tmp_path: Path) -> None:
    chat = ChatSpec("R", "private_group", 9, [Msg(1, T0, "A", "user1", "", photo=NOT_INCLUDED)])
    _, messages, _ = read(write_json(tmp_path, [chat], tz=KST))
    media = messages[0].media[0]
    assert (media.kind, media.path, media.missing) == ("photo", "", "not_included")
