"""Reading Telegram Desktop's HTML export (`messages.html`, `messages2.html`, ...).

The standard library's `html.parser` walks each file; what Telegram Desktop writes is known
(`export_output_html.cpp`): `div.message.default` (with `joined` for a follow-on message of
the same sender, which has no `from_name`), `div.from_name`, `div.text`, `div.date.details`
whose `title` is the time (`03.11.2025 21:19:06 UTC+01:00`; no offset in older exports),
`div.reply_to`, `div.forwarded.body`, `div.media_wrap` with links to the media, and
`div.message.service` (also used for the date headings, which are skipped).

HTML exports carry no sender or chat ids and no exact timestamps: times are kept as written,
in the local time of the computer that made the export.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quietcase.app.chats.telegram.markup import Markup
from quietcase.app.chats.telegram.model import html_time, mentions_in, missing_reason, plain, unique
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.storage.records import ChatMedia, ChatMessage

MAX_HTML_BYTES = 256 * 1024 * 1024  # one file holds 1,000 messages: a few MB

HTML_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is {size} MB, far more than a Telegram export page; it was not read.",
)

_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr"}
_FORMATTING = re.compile(r"\n[ \t]*")  # Telegram's indentation, not part of any text
_BREAK = "\x00"  # a <br> while reading (a NUL in the page's text itself is dropped)
_MESSAGE_ID = re.compile(r"^message(-?\d+)$")
_GO_TO = re.compile(r"go_to_message(-?\d+)|GoToMessage\((-?\d+)\)")
_DATE_HEADING = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# media_wrap classes -> the kind of media (the names Telegram's JSON uses)
_KINDS = (
    ("photo_wrap", "photo"),
    ("video_file_wrap", "video_file"),
    ("animated_wrap", "animation"),
    ("sticker_wrap", "sticker"),
    ("media_voice_message", "voice_message"),
    ("media_audio_file", "audio_file"),
    ("media_file", "file"),
    ("media_photo", "photo"),
)
_GENERIC_TITLES = {
    "Video message": "video_message",
    "Video file": "video_file",
    "Animation": "animation",
    "Sticker": "sticker",
    "Photo": "photo",
}
_CAPTURING = {
    "fwd_date",  # the forwarded message's date, inside its sender's name: not the name
    "text",
    "from_name",
    "fwd_name",
    "service",
    "header",
    "media_title",
    "media_description",
}
_TARGETS = {
    "text": "text",
    "from_name": "sender",
    "fwd_name": "forwarded",
    "service": "service_text",
}
_NOT_MEDIA = ("media_call", "media_contact", "media_location", "media_live_location")


@dataclass
class _Draft:
    """A message while its HTML is being read."""

    message_id: int
    service: bool
    joined: bool
    local_time: str = ""
    utc_offset: str = ""
    sender: list[str] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    service_text: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    reply_to: int | None = None
    media: list[dict[str, str]] = field(default_factory=list)


def _clean(parts: list[str]) -> str:
    return _FORMATTING.sub("", "".join(parts)).replace(_BREAK, "\n")


class _Page(Markup):
    """One page: its chat name and its messages as drafts (media paths as written)."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, str]] = []  # (tag, role)
        # Kept beside the stack, so that each piece of text (300,000 per 20,000 messages,
        # most of them the white space between tags) does not walk the stack: the roles
        # open now, and for each depth the innermost capturing role.
        self.open_roles: Counter[str] = Counter()
        self.captures: list[str] = []
        self.chat_name: list[str] = []
        self.drafts: list[_Draft] = []
        self.draft: _Draft | None = None
        self.anchor: tuple[str, list[str]] | None = None

    # -- where we are ------------------------------------------------------------------

    def _inside(self, role: str) -> bool:
        return self.open_roles[role] > 0

    def _capturing(self) -> str:
        return self.captures[-1] if self.captures else ""

    def _push(self, tag: str, role: str) -> None:
        self.stack.append((tag, role))
        self.open_roles[role] += 1
        self.captures.append(role if role in _CAPTURING else self._capturing())

    def _pop(self) -> tuple[str, str]:
        tag, role = self.stack.pop()
        self.open_roles[role] -= 1
        self.captures.pop()
        return tag, role

    # -- parser callbacks --------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        classes = set(values.get("class", "").split())
        if tag in _VOID:
            if tag == "br" and self._capturing() in ("text", "service"):
                self._data(_BREAK)
            return
        role = self._role(tag, classes, values)
        self._push(tag, role)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack:
            open_tag, role = self._pop()
            self._closed(role)
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        self._data(data.replace(_BREAK, ""))

    def close(self) -> None:
        super().close()
        while self.stack:
            self._closed(self._pop()[1])

    # -- roles -------------------------------------------------------------------------

    def _role(self, tag: str, classes: set[str], values: dict[str, str]) -> str:
        draft = self.draft
        if tag == "div" and "message" in classes and draft is None:
            m = _MESSAGE_ID.match(values.get("id", ""))
            if m:
                self.draft = _Draft(int(m.group(1)), "service" in classes, "joined" in classes)
                return "message"
            return ""
        if draft is None:
            if "page_header" in classes:
                return "page_header"
            if tag == "div" and "text" in classes and self._inside("page_header"):
                return "header"
            return ""
        if tag == "div":
            return self._div_role(draft, classes, values)
        if tag == "a":
            return self._anchor_role(draft, classes, values)
        if tag == "span" and "date" in classes and self._inside("fwd_name"):
            return "fwd_date"
        return ""

    def _div_role(self, draft: _Draft, classes: set[str], values: dict[str, str]) -> str:
        if "from_name" in classes:
            return "fwd_name" if self._inside("forwarded") else "from_name"
        if "date" in classes and "details" in classes and "title" in values:
            if not self._inside("forwarded") and not draft.local_time:
                draft.local_time, draft.utc_offset = html_time(values["title"])
            return "date"
        if "media_wrap" in classes:
            draft.media.append({"kind": ""})
            return "media_wrap"
        if self._inside("media_wrap"):
            media = draft.media[-1]
            for cls, kind in _KINDS:
                if cls in classes:
                    media["kind"] = media["kind"] or kind
            if any(c in classes for c in _NOT_MEDIA) or "media_poll" in classes:
                media["skip"] = "1"
            if "title" in classes:
                return "media_title"
            if "description" in classes:
                return "media_description"
            return ""
        if "reply_to" in classes:
            return "reply_to"
        if "forwarded" in classes and "body" in classes:
            return "forwarded"
        if "text" in classes:
            return "text"
        if draft.service and "body" in classes and "details" in classes:
            return "service"
        return ""

    def _anchor_role(self, draft: _Draft, classes: set[str], values: dict[str, str]) -> str:
        href = values.get("href", "")
        if self._inside("reply_to"):
            m = _GO_TO.search(href) or _GO_TO.search(values.get("onclick", ""))
            if m:
                draft.reply_to = int(m.group(1) or m.group(2))
            return ""
        if self._inside("media_wrap"):
            media = draft.media[-1]
            for cls, kind in _KINDS:
                if cls in classes:
                    media["kind"] = media["kind"] or kind
            if any(c in classes for c in _NOT_MEDIA):
                media["skip"] = "1"
            if href and "href" not in media and not _SCHEME.match(href):
                media["href"] = href
            return ""
        if self._capturing() == "text":
            self.anchor = (href, [])
            return "anchor"
        return ""

    def _closed(self, role: str) -> None:
        if role == "anchor" and self.anchor is not None and self.draft is not None:
            self._link(self.draft, *self.anchor)
            self.anchor = None
        elif role == "message" and self.draft is not None:
            self.drafts.append(self.draft)
            self.draft = None

    @staticmethod
    def _link(draft: _Draft, href: str, shown_parts: list[str]) -> None:
        shown = _clean(shown_parts)
        if not href or href.startswith(("mailto:", "tel:")):
            return
        if shown.startswith("@") and href.rstrip("/").endswith("/" + shown[1:]):
            return  # a mention, not a link
        if href == shown or _SCHEME.match(href):
            draft.links.append(href)

    def _data(self, data: str) -> None:
        role = self._capturing()
        if not role:  # most text between tags: white space outside what is read
            return
        if self.anchor is not None and role == "text":
            self.anchor[1].append(data)
        target = _TARGETS.get(role)
        if role == "header":
            self.chat_name.append(data)
        elif role in ("media_title", "media_description") and self.draft and self.draft.media:
            media = self.draft.media[-1]
            media[role] = media.get(role, "") + data
        elif target and self.draft is not None:
            getattr(self.draft, target).append(data)


def read_page(path: Path) -> tuple[str, list[_Draft]]:
    """The chat name in the page's header and the messages of one page."""
    size = path.stat().st_size
    if size > MAX_HTML_BYTES:
        raise UserError(HTML_TOO_LARGE, name=path.name, size=f"{size // 1_000_000:,}")
    page = _Page()
    with open(path, encoding="utf-8", errors="replace") as handle:
        page.feed(handle.read())
    page.close()
    return _clean(page.chat_name).strip(), page.drafts


def count_messages(pages: list[Path]) -> int:
    """How many messages (not service lines) the pages hold, without parsing them."""
    total = 0
    for page in pages:
        with open(page, "rb") as handle:
            total += handle.read(MAX_HTML_BYTES).count(b'class="message default')
    return total


def messages(pages: list[tuple[Path, str]], chat_name: str) -> Iterator[ChatMessage]:
    """The messages of a chat's pages, in order (`pages`: file and its folder inside the
    export). A joined message takes the sender of the message before it."""
    sender, via = "", ""
    for path, base in pages:
        _, drafts = read_page(path)
        for draft in drafts:
            record, sender, via = _record(draft, base, chat_name, sender, via)
            if record is not None:
                yield record


def _record(
    draft: _Draft, base: str, chat_name: str, sender: str, via: str
) -> tuple[ChatMessage | None, str, str]:
    if draft.service:
        text = plain(_clean(draft.service_text).strip())
        if _DATE_HEADING.match(text) or text == "No exported messages" or not text:
            return None, "", ""
        record = ChatMessage(
            chat_id=0, message_id=draft.message_id, kind="service", text=text, chat_name=chat_name
        )
        return record, "", ""
    if not draft.joined or draft.sender:
        sender, via = _name_and_via(_clean(draft.sender).strip())
    forwarded, _ = _name_and_via(_clean(draft.forwarded).strip())
    text = plain(_clean(draft.text))
    record = ChatMessage(
        chat_id=0,
        message_id=draft.message_id,
        kind="message",
        local_time=draft.local_time,
        utc_offset=draft.utc_offset,
        sender=plain(sender),
        text=text,
        links=unique(draft.links),
        mentions=mentions_in(text),
        reply_to=draft.reply_to,
        forwarded_from=plain(forwarded),
        via_bot=via,
        media=tuple(m for m in (_media(raw, base) for raw in draft.media) if m is not None),
        chat_name=chat_name,
    )
    return record, sender, via


def _name_and_via(shown: str) -> tuple[str, str]:
    name, sep, bot = shown.rpartition(" via @")
    return (name, "@" + bot) if sep else (shown, "")


def _media(raw: dict[str, str], base: str) -> ChatMedia | None:
    if raw.get("skip"):
        return None
    title = _clean([raw.get("media_title", "")]).strip()
    kind = _GENERIC_TITLES.get(title) if raw.get("kind") in ("", "photo", "video_file") else None
    kind = kind or raw.get("kind") or "file"
    href = raw.get("href", "")
    file_name = title if kind == "file" and title != "File" else ""
    if not href:
        reason = missing_reason(_clean([raw.get("media_description", "")]))
        return ChatMedia(kind=kind, missing=reason or "not_included", file_name=file_name)
    path = posixpath.normpath(posixpath.join(base, href)) if base else posixpath.normpath(href)
    return ChatMedia(kind=kind, path=path, file_name=file_name)
