"""Reading the HTML export: the same chat as HTML and as JSON gives the same messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from quietcase.app.chats.telegram import html as telegram_html
from quietcase.app.chats.telegram import json as telegram_json
from quietcase.app.chats.telegram.files import chat_pages, locate
from quietcase.app.chats.telegram.importing import list_chats
from quietcase.app.chats.telegram.model import ReadNotes
from quietcase.storage.records import ChatMessage
from tests.app.chats.telegram.writer import T0, ChatSpec, Msg, room, write_json
from tests.app.chats.telegram.writer_html import write_html

COMPARED = ("kind", "local_time", "sender", "text", "links", "mentions", "reply_to")


def html_messages(folder: Path) -> list[ChatMessage]:
    export = locate(folder)
    out: list[ChatMessage] = []
    for base, pages in chat_pages(export):
        out += telegram_html.messages([(p, base) for p in pages], "chat")
    return out


def json_messages(path: Path) -> list[ChatMessage]:
    notes = ReadNotes()
    text = telegram_json.read_text(path, notes)
    out = []
    for chat, raw in telegram_json.walk(text, path.name, notes):
        if raw is not None:
            record = telegram_json.message_record(raw, chat)
            assert record is not None
            out.append(record)
    return out


def media_of(message: ChatMessage) -> list[tuple[str, str, str]]:
    return [(m.kind, m.path, m.missing) for m in message.media]


@pytest.mark.parametrize("per_page", [1000, 4])
def test_html_and_json_of_the_same_chat_give_the_same_messages(
    tmp_path: Path, per_page: int
) -> None:
    chat = room()
    from_json = json_messages(write_json(tmp_path / "json", [chat]))
    write_html(tmp_path / "html", [chat], per_page=per_page)
    from_html = html_messages(tmp_path / "html")
    assert [m.message_id for m in from_html] == [m.message_id for m in from_json]
    for j, h in zip(from_json, from_html, strict=True):
        if j.kind == "service":
            # HTML service lines have no time or sender, only their sentence.
            assert h.kind == "service" and "그림자" in h.text
            continue
        for name in COMPARED:
            assert getattr(h, name) == getattr(j, name), (j.message_id, name)
        assert media_of(h) == media_of(j), j.message_id
        assert h.forwarded_from == j.forwarded_from
        assert h.via_bot == j.via_bot
        assert h.sent_at is None and j.sent_at is not None  # HTML gives no exact time
        assert h.utc_offset == "+09:00"


def test_joined_messages_take_the_sender_before_them(tmp_path: Path) -> None:
    write_html(tmp_path, [room()])
    page = (tmp_path / "messages.html").read_text(encoding="utf-8")
    assert 'id="message9"' in page and "joined" in page
    messages = {m.message_id: m for m in html_messages(tmp_path)}
    assert messages[9].sender == "그림자"  # a joined message: no from_name of its own


def test_old_html_without_offset(tmp_path: Path) -> None:
    write_html(tmp_path, [room()], offset=False)
    messages = {m.message_id: m for m in html_messages(tmp_path)}
    assert messages[2].local_time == "2025-11-03T21:22:06"
    assert messages[2].utc_offset == ""


def test_text_entities_and_escapes_become_plain_text(tmp_path: Path) -> None:
    chat = ChatSpec(
        "R",
        "private_group",
        1,
        [
            Msg(
                1,
                T0,
                "A & B",
                "user1",
                [
                    {"type": "bold", "text": "<굵게>"},
                    " ",
                    {"type": "hashtag", "text": "#태그"},
                    " ",
                    {"type": "link", "text": "example.com/x?a=1&b=2"},
                    " mail@example.org",
                    " ",
                    {"type": "custom_emoji", "text": "😮", "document_id": "1"},
                    "\u2028next",
                ],
            )
        ],
    )
    write_html(tmp_path / "h", [chat])
    [h] = html_messages(tmp_path / "h")
    [j] = json_messages(write_json(tmp_path / "j", [chat]))
    assert h.text == j.text == "<굵게> #태그 example.com/x?a=1&b=2 mail@example.org 😮\nnext"
    assert h.links == j.links == ("example.com/x?a=1&b=2",)
    assert h.sender == "A & B"
    assert h.mentions == ()  # an e-mail address is not a mention


def test_whole_account_html_lists_chats_by_folder(tmp_path: Path) -> None:
    friend = ChatSpec(
        "Friend", "personal_chat", 42, [Msg(1, T0, "Friend", "user42", "hi")], "chats/chat_002"
    )
    write_html(tmp_path, [room("chats/chat_001"), friend], whole_account=True, per_page=5)
    listing = list_chats(tmp_path)
    assert listing.whole_account and listing.format == "html"
    assert [(c.name, c.folder, c.key, c.message_count) for c in listing.chats] == [
        ("딥페이크 공유방", "chats/chat_001", "chat_001", 11),
        ("Friend", "chats/chat_002", "chat_002", 1),
    ]
    export = locate(tmp_path)
    base, pages = chat_pages(export)[0]
    messages = {m.message_id: m for m in telegram_html.messages([(p, base) for p in pages], "x")}
    # hrefs are "../../chats/chat_001/photos/..." from the page: back inside the export
    assert messages[3].media[0].path == "chats/chat_001/photos/photo_1@03-11-2025_21-25-06.jpg"


def test_an_empty_export_has_no_messages(tmp_path: Path) -> None:
    write_html(tmp_path, [ChatSpec("Empty", "private_group", 1, [])])
    assert html_messages(tmp_path) == []


def test_a_page_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_html(tmp_path, [room()])
    monkeypatch.setattr(telegram_html, "MAX_HTML_BYTES", 100)
    with pytest.raises(Exception) as info:
        html_messages(tmp_path)
    assert "far more than a Telegram export page" in str(info.value)
