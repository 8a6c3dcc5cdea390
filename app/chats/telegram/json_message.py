"""One message of Telegram's `result.json` as a record: text and links from its entities,
sender, times, reply and forward, media or why it is missing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quietcase.app.chats.telegram.model import (
    ParsedChat,
    from_unixtime,
    local_time,
    mentions_in,
    missing_reason,
    never,
    plain,
    unique,
)
from quietcase.storage.records import ChatMedia, ChatMessage


def message_record(raw: dict[str, Any], chat: ParsedChat) -> ChatMessage | None:
    """A message of the export as a record (`chat_id` 0 until stored); None if it has no
    usable id. (Runs once per message: fields that most messages lack are looked up only
    when present.)"""
    message_id = raw.get("id")
    if type(message_id) is not int:
        return None
    kind = raw.get("type") or "message"
    if type(kind) is not str:
        kind = str(kind)
    text, links = _text(raw.get("text"))
    if kind == "service" and not text:
        text = _service_text(raw)
    edited_local = local_time(raw["edited"]) if "edited" in raw else ""
    sender, sender_id = _sender(raw, "actor" if kind == "service" else "from")
    get = raw.get
    return ChatMessage(
        chat_id=0,
        message_id=message_id,
        kind=kind,
        sent_at=from_unixtime(get("date_unixtime")),
        local_time=local_time(get("date")),
        sender=sender,
        sender_id=sender_id,
        text=text,
        links=links,
        mentions=mentions_in(text) if "@" in text else (),
        reply_to=_int(get("reply_to_message_id") or get("message_id")),
        forwarded_from=plain(str(raw["forwarded_from"] or "")) if "forwarded_from" in raw else "",
        via_bot=str(raw["via_bot"] or "") if "via_bot" in raw else "",
        edited_at=from_unixtime(raw["edited_unixtime"]) if "edited_unixtime" in raw else None,
        edited_local="" if never(edited_local) else edited_local,
        action=str(raw["action"] or "") if "action" in raw else "",
        media=_media(raw, chat) if "photo" in raw or "file" in raw else (),
        chat_name=chat.name,
    )


def _sender(raw: dict[str, Any], field: str) -> tuple[str, str]:
    name = raw.get(field)
    ident = raw.get(_ID_FIELDS[field])
    if ident is None and field == "actor":
        return _sender(raw, "from")
    return plain(str(name or "")), "" if ident is None else str(ident)


_ID_FIELDS = {"from": "from_id", "actor": "actor_id"}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any) -> tuple[str, tuple[str, ...]]:
    """Plain text and the link targets of a message's `text` (a string, or a list of strings
    and `{type, text, href}` entities)."""
    if type(value) is str:
        return plain(value), ()
    if not isinstance(value, list):
        return "", ()
    parts: list[str] = []
    links: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict):
            shown = str(part.get("text") or "")
            parts.append(shown)
            if part.get("type") == "link":
                links.append(shown)
            elif part.get("type") == "text_link" and part.get("href"):
                links.append(str(part["href"]))
    return plain("".join(parts)), unique(links)


def _service_text(raw: dict[str, Any]) -> str:
    """Words for a service message (Telegram gives only fields): "invite members: Bob"."""
    action = str(raw.get("action") or "").replace("_", " ")
    details = [str(raw[k]) for k in ("title", "inviter") if raw.get(k)]
    members = raw.get("members")
    if isinstance(members, list):
        details += [str(m) for m in members if m]
    return plain(action + (": " + ", ".join(details) if details else ""))


_MEDIA_FIELDS: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
    ("photo", lambda raw: "photo"),
    ("file", lambda raw: str(raw.get("media_type") or "file")),
)


def note_folder(raw: dict[str, Any], chat: ParsedChat) -> None:
    """Whole-account exports keep each chat's media in `chats/chat_NNN/`: note the folder."""
    for field, _ in _MEDIA_FIELDS:
        value = raw.get(field)
        if isinstance(value, str) and value.startswith("chats/"):
            folder = "/".join(value.split("/")[:2])
            chat.folders_seen.add(folder)
            chat.folder = chat.folder or folder


def _media(raw: dict[str, Any], chat: ParsedChat) -> tuple[ChatMedia, ...]:
    note_folder(raw, chat)
    found: list[ChatMedia] = []
    for field, kind_of in _MEDIA_FIELDS:
        value = raw.get(field)
        if not isinstance(value, str):
            continue
        reason = missing_reason(value) if value.startswith("(") or not value else ""
        path = "" if reason else value
        found.append(
            ChatMedia(
                kind=kind_of(raw),
                path=path,
                missing=reason,
                file_name=str(raw.get("file_name") or "") if field == "file" else "",
                mime_type=str(raw.get("mime_type") or "") if field == "file" else "",
            )
        )
    return tuple(found)
