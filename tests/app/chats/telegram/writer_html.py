"""Telegram Desktop's HTML export, written the way `export_output_html.cpp` writes it: block
tags on their own lines, `message default` / `joined` / `service`, the date heading lines,
`from_name`, `forwarded body`, `reply_to`, `media_wrap` with its links (or the generic media
box saying a file was not included), and `messages2.html`... every 1,000 messages."""

from __future__ import annotations

import html
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tests.app.chats.telegram.writer import KST, ChatSpec, Msg, room


def _serialize(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\n":
            out.append("<br>")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == "'":
            out.append("&apos;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ord(ch) < 32:
            out.append(f"&#x{ord(ch):02X};")
        elif ch in "\u2028\u2029":
            out.append("<br>")
        else:
            out.append(ch)
    return "".join(out)


def _html_text(text: str | list[Any]) -> str:
    parts = [text] if isinstance(text, str) else text
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(_serialize(part))
            continue
        shown = _serialize(part["text"])
        kind = part["type"]
        if kind == "link":
            out.append(f'<a href="{shown}">{shown}</a>')
        elif kind == "text_link":
            out.append(f'<a href="{_serialize(part["href"])}">{shown}</a>')
        elif kind == "mention":
            out.append(f'<a href="https://t.me/{shown[1:]}">{shown}</a>')
        elif kind == "hashtag":
            quoted = _serialize('"' + part["text"][1:] + '"')
            out.append(f'<a href="" onclick="return ShowHashtag({quoted})">{shown}</a>')
        elif kind == "bold":
            out.append(f"<strong>{shown}</strong>")
        elif kind == "custom_emoji":
            out.append(f'<a href="" onclick="return ShowNotLoadedEmoji();">{shown}</a>')
        else:
            out.append(shown)
    return "".join(out)


class _Page:
    """Telegram's HtmlContext: block tags on their own lines, indented by depth."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.depth = 0

    def push(self, tag: str, **attrs: str) -> None:
        inner = "".join(f' {k.rstrip("_")}="{_serialize(v)}"' for k, v in attrs.items())
        self.out.append("\n" + " " * self.depth + f"<{tag}{inner}>\n")
        self.depth += 1

    def pop(self, tag: str = "div") -> None:
        self.depth -= 1
        self.out.append("\n" + " " * self.depth + f"</{tag}>\n")

    def raw(self, text: str) -> None:
        self.out.append(text)

    def div(self, cls: str, content: str, **attrs: str) -> None:
        self.push("div", class_=cls, **attrs)
        self.raw(content)
        self.pop()


def _html_time(at: datetime, tz: timezone, offset: bool) -> str:
    local = at.astimezone(tz)
    text = local.strftime("%d.%m.%Y %H:%M:%S")
    if offset:
        minutes = int(local.utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
        sign = "+" if minutes >= 0 else "-"
        text += f" UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text


def _media_html(page: _Page, m: Msg, base: str) -> None:
    if m.photo is not None:
        page.push("div", class_="media_wrap clearfix")
        if m.photo.startswith("("):
            page.push("div", class_="media clearfix pull_left media_photo")
            page.div("fill pull_left", "")
            page.push("div", class_="body")
            page.div("title bold", "Photo")
            page.div("description", "Not included, change data exporting settings to download.")
            page.div("status details", "1x1, 12.0 KB")
            page.pop()
            page.pop()
        else:
            page.push("a", class_="photo_wrap clearfix pull_left", href=base + m.photo)
            page.raw(f'<img class="photo" src="{base + m.photo}_thumb.jpg" style="width: 1px"/>')
            page.pop("a")
        page.pop()
    if m.file is not None:
        kind = m.media_type or "file"
        page.push("div", class_="media_wrap clearfix")
        missing = m.file.startswith("(")
        titles = {
            "video_file": ("media_video", "Video file"),
            "voice_message": ("media_voice_message", "Voice message"),
            "video_message": ("media_video", "Video message"),
            "animation": ("media_video", "Animation"),
            "sticker": ("media_photo", "Sticker"),
            "audio_file": ("media_audio_file", "Audio file"),
        }
        cls, title = titles.get(kind, ("media_file", m.file_name or "File"))
        if missing:
            page.push("div", class_=f"media clearfix pull_left {cls}")
        else:
            page.push("a", class_=f"media clearfix pull_left block_link {cls}", href=base + m.file)
        page.div("fill pull_left", "")
        page.push("div", class_="body")
        page.div("title bold", _serialize(title))
        if missing:
            reason = "Exceeds maximum size" if "exceeds" in m.file else "Not included"
            page.div("description", f"{reason}, change data exporting settings to download.")
        page.div("status details", "12.0 KB")
        page.pop()
        page.pop("div" if missing else "a")
        page.pop()


def chat_html_pages(
    chat: ChatSpec, tz: timezone, *, offset: bool = True, per_page: int = 1000, base: str = ""
) -> list[str]:
    pages: list[str] = []
    page: _Page | None = None
    previous: Msg | None = None
    date_id = 0
    for index, m in enumerate(chat.messages):
        if index % per_page == 0:
            if page is not None:
                pages.append(_close(page))
            page = _open(chat.name, base)
            previous = None
        assert page is not None
        local = m.at.astimezone(tz)
        if previous is None or previous.at.astimezone(tz).date() != local.date():
            date_id -= 1
            page.push("div", class_="message service", id=f"message{date_id}")
            page.div("body details", f"{local.day} {local:%B} {local.year}")
            page.pop()
        if m.action:
            page.push("div", class_="message service", id=f"message{m.id}")
            names = ", ".join(m.members)
            page.div("body details", _serialize(f"{m.sender} invited {names}"))
            page.pop()
            previous = m
            continue
        joined = (
            previous is not None
            and not previous.action
            and previous.sender_id == m.sender_id
            and m.forwarded_from is None
            and previous.forwarded_from is None
            and previous.via_bot == m.via_bot
            and abs((m.at - previous.at).total_seconds()) <= 900
            and previous.at.astimezone(tz).date() == local.date()
        )
        cls = "message default clearfix" + (" joined" if joined else "")
        page.push("div", class_=cls, id=f"message{m.id}")
        if not joined:
            page.push("div", class_="pull_left userpic_wrap")
            page.div("userpic userpic1", "", style="width: 42px; height: 42px")
            page.pop()
        page.push("div", class_="body")
        page.div("pull_right date details", f"{local:%H:%M}", title=_html_time(m.at, tz, offset))
        if not joined:
            via = f" via @{m.via_bot.lstrip('@')}" if m.via_bot else ""
            page.div("from_name", _serialize(m.sender) + via)
        if m.forwarded_from is not None:
            page.push("div", class_="pull_left forwarded userpic_wrap")
            page.pop()
            page.push("div", class_="forwarded body")
            when = _html_time(m.at - timedelta(days=1), tz, offset)
            page.div(
                "from_name",
                _serialize(m.forwarded_from)
                + f'<span class="date details" title="{when}"> {when[:19]}</span>',
            )
        if m.reply_to:
            page.div(
                "reply_to details",
                f'In reply to <a href="#go_to_message{m.reply_to}" '
                f'onclick="return GoToMessage({m.reply_to})">this message</a>',
            )
        _media_html(page, m, base)
        text = _html_text(m.text)
        if text:
            page.div("text", text)
        if m.forwarded_from is not None:
            page.pop()
        page.pop()
        page.pop()
        previous = m
    if page is None:
        page = _open(chat.name, base)
    pages.append(_close(page))
    return pages


def _open(name: str, base: str) -> _Page:
    page = _Page()
    page.raw(
        '<!DOCTYPE html>\n<html>\n <head>\n  <meta charset="utf-8"/>\n<title>Exported Data'
        f'</title>\n  <link href="{base}css/style.css" rel="stylesheet"/>\n </head>\n'
        ' <body onload="CheckLocation();">\n'
    )
    page.depth = 2
    page.push("div", class_="page_wrap")
    page.push("div", class_="page_header")
    page.push("div", class_="content")
    page.div("text bold", _serialize(name) + " ")
    page.pop()
    page.pop()
    page.push("div", class_="page_body chat_page")
    page.push("div", class_="history")
    return page


def _close(page: _Page) -> str:
    page.pop()
    page.pop()
    page.pop()
    page.raw(" </body>\n</html>\n")
    return "".join(page.out)


def write_html(
    folder: Path,
    chats: list[ChatSpec],
    *,
    tz: timezone = KST,
    offset: bool = True,
    per_page: int = 1000,
    whole_account: bool = False,
) -> Path:
    """messages.html (messages2.html, ...) for one chat, or a whole account's
    export_results.html with chats/chat_NNN/messages.html."""
    folder.mkdir(parents=True, exist_ok=True)
    for extra in ("css/style.css", "js/script.js", "images/back.png"):
        (folder / extra).parent.mkdir(parents=True, exist_ok=True)
        (folder / extra).write_bytes(b"/* Telegram */\n")
    if whole_account:
        (folder / "export_results.html").write_text("<html>Exported Data</html>\n")
    for chat in chats if whole_account else chats[:1]:
        target = folder / chat.folder if whole_account else folder
        target.mkdir(parents=True, exist_ok=True)
        base = "../../" if whole_account else ""
        for i, text in enumerate(
            chat_html_pages(chat, tz, offset=offset, per_page=per_page, base=base)
        ):
            name = "messages.html" if i == 0 else f"messages{i + 1}.html"
            (target / name).write_text(text, encoding="utf-8")
    return folder / ("export_results.html" if whole_account else "messages.html")


def test_html_pages_look_like_telegrams(tmp_path: Path) -> None:
    write_html(tmp_path, [room()], per_page=5)
    names = sorted(os.listdir(tmp_path))
    assert "messages.html" in names and "messages3.html" in names
    page = (tmp_path / "messages.html").read_text(encoding="utf-8")
    assert 'class="message default clearfix joined"' in page
    assert 'title="03.11.2025 21:22:06 UTC+09:00"' in page
    assert html.unescape("&quot;") == '"'
