"""What the Telegram export readers (`telegram_json`, `telegram_html`) hand to the import.

Both readers turn a chat into `ChatMessage` records (with `chat_id` 0 until the import knows
the chat's row) and share the small rules here: plain text and its @mentions, the sentences
Telegram writes instead of a file it left out, and times.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from quietcase.app.core.i18n import CONTEXT, QT_TRANSLATE_NOOP

NOT_AN_EXPORT = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is not a Telegram Desktop export (no result.json or messages.html was found). "
    "Please choose the export's folder, its result.json, or its messages.html.",
)

PAGES_MISSING = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Some pages of this HTML export are not in its folder: {pages}. The {count} pages that "
    "are there were imported, in order; the messages of the missing pages are not in your "
    "case.",
)

# Usernames are 5 to 32 letters, digits and underscores; a few old ones are 4.
_MENTION = re.compile(r"(?<![\w@/.])@([A-Za-z][A-Za-z0-9_]{3,31})(?!\w)")
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})


@dataclass
class ParsedChat:
    """One chat of an export: who it is, and its messages once read."""

    name: str
    chat_type: str = ""
    telegram_id: int | None = None
    folder: str = ""  # "chats/chat_003" in a whole-account export, "" for a single chat
    left: bool = False  # a chat she had left (whole-account exports list them apart)
    message_count: int = 0
    folders_seen: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        """How `--chat` names it when the name is not unique: the Telegram id, else the folder."""
        if self.telegram_id is not None:
            return str(self.telegram_id)
        return self.folder.rsplit("/", 1)[-1] if self.folder else self.name

    def matches(self, selector: str) -> bool:
        wanted = unicodedata.normalize("NFC", selector).strip()
        return wanted.casefold() in {
            self.name.casefold(),
            self.key.casefold(),
            self.folder.casefold(),
        }


@dataclass(frozen=True)
class Notice:
    """Something she should know about an import (a repair): an English template marked for
    translation and its parameters, like `UserError`."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = translate(CONTEXT, self.template) if translate else self.template
        return template.format(**dict(self.params))

    def __str__(self) -> str:
        return self.text()


@dataclass
class ReadNotes:
    """What a reader found on the way: repairs, entries it could not use, whose export it is."""

    repairs: list[Notice] = field(default_factory=list)
    skipped_entries: int = 0
    whole_account: bool = False
    owner_id: str = ""  # the account that made a whole-account export ("user123")


def plain(text: str) -> str:
    """Text as kept for reading and search: NFC, Unicode line separators as new lines."""
    if "\u2028" in text or "\u2029" in text:
        text = text.translate(_LINE_BREAKS)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def mentions_in(text: str) -> tuple[str, ...]:
    """The @usernames a text mentions, each once, in order."""
    return tuple(dict.fromkeys("@" + m.group(1) for m in _MENTION.finditer(text)))


def unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def missing_reason(path_text: str) -> str:
    """The code for a sentence Telegram writes instead of a file path ("" if it is a path)."""
    text = path_text.strip()
    lowered = text.casefold()
    if not text:
        return "not_included"
    if "exceeds maximum size" in lowered:
        return "too_large"
    if "unavailable" in lowered and (text.startswith("(") or lowered.startswith("unavailable")):
        return "unavailable"
    if "not included" in lowered and (text.startswith("(") or lowered.startswith("not included")):
        return "not_included"
    return ""


def from_unixtime(value: object) -> datetime | None:
    """`date_unixtime` ("1689632620", a string in Telegram's JSON) as an aware UTC time."""
    try:
        seconds = int(str(value))
    except (TypeError, ValueError):
        return None
    if seconds <= 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


_ISO_LOCAL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$")
_HTML_TIME = re.compile(
    r"^\s*(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\s*UTC\s*([+-]\d{2}:?\d{2})?)?\s*$"
)


def local_time(value: object) -> str:
    """A JSON `date` ("2023-07-18T00:23:40", local time, no offset) checked, or ""."""
    if not isinstance(value, str) or len(value) != 19:
        return ""
    return value if _ISO_LOCAL.match(value) else ""


def never(local: str) -> bool:
    """Old exports write 1970 for "never edited"."""
    return local.startswith("1970-")


def html_time(title: str) -> tuple[str, str]:
    """An HTML export's `title` ("03.11.2025 21:19:06 UTC+01:00"; older ones without the
    offset) as (local time "2025-11-03T21:19:06", offset "+01:00" or "")."""
    m = _HTML_TIME.match(title)
    if not m:
        return "", ""
    day, month, year, hour, minute, second, offset = m.groups()
    local = f"{year}-{month}-{day}T{hour}:{minute}:{second}"
    if "UTC" in title and not offset:
        offset = "+00:00"
    if offset and ":" not in offset:
        offset = offset[:3] + ":" + offset[3:]
    return local, offset or ""


def page_ranges(names: list[str]) -> str:
    """messages.html, messages2.html ... messages118.html as "messages.html to
    messages118.html" (runs of three or more pages shortened)."""
    numbers = [int(re.sub(r"\D", "", n) or 1) for n in names]
    parts: list[str] = []
    start = 0
    for i in range(1, len(numbers) + 1):
        if i == len(numbers) or numbers[i] != numbers[i - 1] + 1:
            run = names[start:i]
            parts.append(f"{run[0]} to {run[-1]}" if len(run) >= 3 else ", ".join(run))
            start = i
    return ", ".join(parts)


def numbered(files: Iterable[str]) -> list[str]:
    """messages.html, messages2.html, ... messages10.html in the order Telegram wrote them."""

    def order(name: str) -> int:
        digits = re.sub(r"\D", "", name.rsplit("/", 1)[-1])
        return int(digits) if digits else 1

    return sorted(files, key=order)


@dataclass(frozen=True)
class ExportListing:
    """What an export holds, before anything is imported."""

    root: Path
    format: str  # "json" or "html"
    whole_account: bool
    chats: tuple[ParsedChat, ...]
    repairs: tuple[Notice, ...] = ()
