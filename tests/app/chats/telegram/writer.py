"""Telegram Desktop exports written the way Telegram Desktop writes them, for the tests.

`write_json` (and `write_html` in `test_telegram_writer_html`) follow Telegram Desktop's
writers (`export_output_json.cpp`, `export_output_html.cpp`): the same keys in the same
order, the sentences written for left-out files, the old (2020) JSON style with integer
`from_id` and no `date_unixtime`, whole-account exports with `chats/chat_NNN/` folders, and
the two known faults (`\\xNN`, unquoted custom emoji ids). The tests at the bottom check the
writer itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"
TOO_LARGE = "(File exceeds maximum size. Change data exporting settings to download.)"
KST = timezone(timedelta(hours=9))
JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c"
    "1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc000"
    "0b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400"
    "b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c1"
    "1552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a63"
    "6465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6"
    "b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008"
    "010100003f00fbd3ffd9"
)


@dataclass
class Msg:
    """One message as Telegram knows it (times in UTC)."""

    id: int
    at: datetime
    sender: str = ""
    sender_id: str = ""  # "user123"
    text: str | list[Any] = ""
    reply_to: int | None = None
    forwarded_from: str | None = None
    via_bot: str | None = None
    photo: str | None = None  # a path inside the export, or a NOT_INCLUDED sentence
    file: str | None = None
    media_type: str | None = None
    file_name: str | None = None
    mime_type: str | None = None
    action: str | None = None  # a service message: actor = sender
    members: list[str] = field(default_factory=list)
    edited: datetime | None = None


@dataclass
class ChatSpec:
    name: str
    type: str
    id: int
    messages: list[Msg]
    folder: str = ""  # "chats/chat_001" in a whole-account export


# -- JSON ------------------------------------------------------------------------------------


def _local(at: datetime, tz: timezone) -> str:
    return at.astimezone(tz).strftime("%Y-%m-%dT%H:%M:%S")


def _entities(text: str | list[Any]) -> list[dict[str, str]]:
    if isinstance(text, str):
        return [{"type": "plain", "text": text}] if text else []
    return [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in text]


def message_json(m: Msg, tz: timezone, *, old: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"id": m.id, "type": "service" if m.action else "message"}
    out["date"] = _local(m.at, tz)
    if not old:
        out["date_unixtime"] = str(int(m.at.timestamp()))
    if m.edited is not None:
        out["edited"] = _local(m.edited, tz)
        if not old:
            out["edited_unixtime"] = str(int(m.edited.timestamp()))
    elif old:
        out["edited"] = "1970-01-01T09:00:00"  # old exports: "never"
    who = "actor" if m.action else "from"
    if m.sender_id:
        out[who] = m.sender or None
        sender_id: Any = m.sender_id
        if old:
            sender_id = int("".join(c for c in m.sender_id if c.isdigit()))
        out[f"{who}_id"] = sender_id
    if m.action:
        out["action"] = m.action
        if m.members:
            out["members"] = m.members
        if m.action == "pin_message" and m.reply_to:
            out["message_id"] = m.reply_to
    if m.forwarded_from is not None:
        out["forwarded_from"] = m.forwarded_from
    if m.via_bot:
        out["via_bot"] = m.via_bot
    if m.reply_to and not m.action:
        out["reply_to_message_id"] = m.reply_to
    if m.photo is not None:
        out["photo"] = m.photo
        out["width"], out["height"] = 1, 1
    if m.file is not None:
        out["file"] = m.file
        if m.file_name and not old:
            out["file_name"] = m.file_name
        if m.media_type:
            out["media_type"] = m.media_type
        if m.mime_type:
            out["mime_type"] = m.mime_type
    if isinstance(m.text, str):
        out["text"] = m.text
    else:
        out["text"] = [p if isinstance(p, str) else p for p in m.text]
    if not old:
        out["text_entities"] = _entities(m.text)
    return out


def chat_json(chat: ChatSpec, tz: timezone, *, old: bool = False) -> dict[str, Any]:
    return {
        "name": chat.name,
        "type": chat.type,
        "id": chat.id,
        "messages": [message_json(m, tz, old=old) for m in chat.messages],
    }


def write_json(
    folder: Path,
    chats: list[ChatSpec],
    *,
    tz: timezone = KST,
    old: bool = False,
    whole_account: bool = False,
    left: list[ChatSpec] | None = None,
    owner_id: int = 111,
) -> Path:
    """result.json for one chat, or (`whole_account`) for an account's chats."""
    folder.mkdir(parents=True, exist_ok=True)
    if whole_account:
        data: dict[str, Any] = {
            "about": "Here is the data you requested.",
            "personal_information": {
                "user_id": owner_id,
                "first_name": "Me",
                "last_name": "",
                "phone_number": "+82 10 0000 0000",
                "bio": "",
            },
            "contacts": {"about": "Contacts.", "list": []},
            "chats": {"about": "Chats.", "list": [chat_json(c, tz, old=old) for c in chats]},
        }
        if left:
            data["left_chats"] = {
                "about": "Left chats.",
                "list": [chat_json(c, tz, old=old) for c in left],
            }
    else:
        data = chat_json(chats[0], tz, old=old)
    path = folder / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def add_faults(path: Path) -> None:
    """The two known faults: control characters as \\xNN, custom emoji ids without quotes."""
    text = path.read_text(encoding="utf-8")
    text = text.replace("\\u000b", "\\x0B").replace("\\u0001", "\\x01")
    text = re.sub(r'("document_id": )"((?:[^"\\\\]|\\\\.)*)"', r"\1\2", text)
    path.write_text(text, encoding="utf-8")


def write_media(folder: Path, chats: list[ChatSpec], *, thumbs: bool = False) -> None:
    """The files the messages name (small, different bytes each)."""
    for chat in chats:
        for m in chat.messages:
            for path in (m.photo, m.file):
                if path and not path.startswith("("):
                    target = folder / path
                    target.parent.mkdir(parents=True, exist_ok=True)
                    data = JPEG if path.endswith(".jpg") else f"{path} {m.id}".encode()
                    if path.endswith(".jpg"):
                        data = data[:-2] + f"{m.id}".encode() + data[-2:]
                    target.write_bytes(data)
                    if thumbs and m.photo == path:
                        (folder / (path + "_thumb.jpg")).write_bytes(JPEG)


# -- a realistic chat ------------------------------------------------------------------------

T0 = datetime(2025, 11, 3, 12, 19, 6, tzinfo=UTC)


def room(folder: str = "") -> ChatSpec:
    """A group where material is shared: Korean, Russian, Arabic, Chinese, links, mentions,
    replies, a forward, media present and left out, a service message."""
    prefix = f"{folder}/" if folder else ""
    at = [T0 + timedelta(minutes=3 * i) for i in range(12)]
    return ChatSpec(
        name="딥페이크 공유방",
        type="private_supergroup",
        id=1722334455,
        folder=folder,
        messages=[
            Msg(1, at[0], "Admin X", "user5550000", action="invite_members", members=["그림자"]),
            Msg(2, at[1], "그림자", "user5550001", "딥페이크 영상 올립니다\n새 자료"),
            Msg(
                3,
                at[2],
                "그림자",
                "user5550001",
                ["사진 ", {"type": "mention", "text": "@dealer_kim"}, " 에게 문의"],
                photo=f"{prefix}photos/photo_1@03-11-2025_21-25-06.jpg",
            ),
            Msg(
                4,
                at[3],
                "Иван",
                "user5550002",
                [
                    "Смотрите ",
                    {"type": "link", "text": "https://example.org/leak"},
                    " и ",
                    {"type": "text_link", "text": "здесь", "href": "https://t.me/+AbCdEf"},
                ],
                reply_to=2,
            ),
            Msg(
                5,
                at[4],
                "أحمد",
                "user5550003",
                "هذا فيديو مزيف",
                file=NOT_INCLUDED,
                media_type="video_file",
                mime_type="video/mp4",
            ),
            Msg(6, at[5], "王伟", "user5550004", "深伪视频 #频道", photo=NOT_INCLUDED),
            Msg(
                7,
                at[6],
                "그림자",
                "user5550001",
                "forwarded copy",
                forwarded_from="Archive Channel",
            ),
            Msg(
                8,
                at[7],
                "그림자",
                "user5550001",
                "",
                file=f"{prefix}video_files/clip_8.mp4",
                media_type="video_file",
                mime_type="video/mp4",
                file_name="clip_8.mp4",
            ),
            Msg(
                9,
                at[8],
                "그림자",
                "user5550001",
                "document",
                file=f"{prefix}files/list.pdf",
                file_name="list.pdf",
                mime_type="application/pdf",
            ),
            Msg(
                10,
                at[9],
                "Иван",
                "user5550002",
                "voice",
                file=f"{prefix}voice_messages/audio_1@03-11-2025.ogg",
                media_type="voice_message",
                mime_type="audio/ogg",
            ),
            Msg(11, at[10], "Bot Sender", "user5550009", "via a bot", via_bot="@leakbot"),
            Msg(12, at[11], "그림자", "user5550001", ['quote "this" & <that>', "\n", "줄바꿈"]),
        ],
    )


# -- the writer's own tests ------------------------------------------------------------------


def test_json_is_valid_and_in_telegram_style(tmp_path: Path) -> None:
    path = write_json(tmp_path, [room()])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == "딥페이크 공유방" and len(data["messages"]) == 12
    first = data["messages"][1]
    assert list(first)[:4] == ["id", "type", "date", "date_unixtime"]
    assert first["date"] == "2025-11-03T21:22:06"  # Korean local time
    old = json.loads(write_json(tmp_path / "old", [room()], old=True).read_text())
    assert isinstance(old["messages"][1]["from_id"], int)
    assert "date_unixtime" not in old["messages"][1]


def test_faults_make_invalid_json(tmp_path: Path) -> None:
    chat = room()
    chat.messages[1].text = "control\x0bchar"
    chat.messages[2].text = ["x", {"type": "custom_emoji", "text": "😮", "document_id": "a b"}]
    path = write_json(tmp_path, [chat])
    add_faults(path)
    text = path.read_text(encoding="utf-8")
    assert "\\x0B" in text and '"document_id": a b' in text
    try:
        json.loads(text)
    except json.JSONDecodeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("the faults should make the JSON invalid")
