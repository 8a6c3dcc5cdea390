"""Checking and tidying what she typed, with a kind message when something is off.

Every function returns the cleaned value or raises `UserError`; nothing here touches the vault.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import TypedDict, TypeVar
from urllib.parse import urlsplit, urlunsplit

from quietcase.app.core import date_words, platforms
from quietcase.app.core.date_words import Prefer
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP, Label
from quietcase.storage.dates import Moment, NoSuchDay, RangeBackwards, UnreadableDate, When

E = TypeVar("E", bound=StrEnum)

SHORT_TEXT = 500  # names, titles, places, handles
LONG_TEXT = 200_000  # descriptions and notes: a long chat excerpt fits, a whole log does not

PLATFORM_SUGGESTIONS = platforms.SUGGESTIONS  # the shared table: app/core/platforms.py

REQUIRED = QT_TRANSLATE_NOOP("Quietcase", "Please fill in the {field}.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The {field} is too long ({length} characters; the most is {limit}). You could keep the "
    "rest as an evidence file instead.",
)
BAD_URL = QT_TRANSLATE_NOOP(
    "Quietcase",
    '"{text}" does not look like a web address. Addresses start with https:// or a site name '
    "such as t.me/…",
)
BAD_EMAIL = QT_TRANSLATE_NOOP("Quietcase", '"{text}" does not look like an email address.')
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Quietcase", '"{text}" does not look like a phone number (digits, spaces, + - ( ) only).'
)
UNREADABLE_DATE = QT_TRANSLATE_NOOP(
    "Quietcase",
    'Quietcase could not read "{text}" as a date. You can write 2024-03-15, 2024-03-15 14:30, '
    "March 2024, last March, early March 2024, spring 2024, two weeks ago, yesterday, or a "
    "range such as 2024-03 .. 2024-05.",
)
NO_SUCH_DAY = QT_TRANSLATE_NOOP(
    "Quietcase", '"{text}" is not a day in the calendar. Please check the month and the day.'
)
RANGE_BACKWARDS = QT_TRANSLATE_NOOP(
    "Quietcase", 'In "{text}" the second date comes before the first. Please swap them.'
)
NEED_DAY = QT_TRANSLATE_NOOP(
    "Quietcase",
    "For the {field} please give a day, like 2026-12-01 (a time is optional: 2026-12-01 14:00).",
)
BAD_CHOICE = QT_TRANSLATE_NOOP("Quietcase", '"{text}" is not a {field}. Choose one of: {choices}.')

TITLE = QT_TRANSLATE_NOOP("Quietcase", "title")
NAME = QT_TRANSLATE_NOOP("Quietcase", "name")
DESCRIPTION = QT_TRANSLATE_NOOP("Quietcase", "description")
NOTE = QT_TRANSLATE_NOOP("Quietcase", "note")
DUE_DATE = QT_TRANSLATE_NOOP("Quietcase", "due date")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+\-() .#*/]+$")
_HOST = re.compile(r"^[\w.-]+\.[\w-]{2,}$|^localhost$", re.UNICODE)


def text(value: str | None, field: str, *, limit: int = SHORT_TEXT, required: bool = False) -> str:
    """Trim, normalise to NFC, drop NUL characters, check length."""
    cleaned = unicodedata.normalize("NFC", (value or "").replace("\x00", "")).strip()
    if required and not cleaned:
        raise UserError(REQUIRED, field=Label(field))
    if len(cleaned) > limit:
        raise UserError(
            TOO_LONG, field=Label(field), length=f"{len(cleaned):,}", limit=f"{limit:,}"
        )
    return cleaned


def words(values: Iterable[str], field: str) -> tuple[str, ...]:
    """Handles, tags: trimmed, empty ones dropped, repeats (ignoring case) removed."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        cleaned = text(value, field)
        if cleaned and cleaned.casefold() not in seen:
            seen.add(cleaned.casefold())
            out.append(cleaned)
    return tuple(out)


def platform(value: str | None) -> str:
    """Free text; a known platform typed in any case gets its usual spelling."""
    cleaned = text(value, QT_TRANSLATE_NOOP("Quietcase", "platform"))
    for known in PLATFORM_SUGGESTIONS:
        if cleaned.casefold() == known.casefold():
            return known
    return cleaned


def url(value: str) -> str:
    """A http(s) address; `t.me/room` gets `https://` in front."""
    raw = unicodedata.normalize("NFC", value or "").strip()
    candidate = raw if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", raw) else "https://" + raw
    try:
        parts = urlsplit(candidate)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for an impossible port
    except ValueError:
        raise UserError(BAD_URL, text=raw) from None
    if (
        not raw
        or len(raw) > 4000
        or any(c.isspace() for c in raw)
        or parts.scheme.lower() not in ("http", "https")
        or not (_HOST.match(host) or _is_ip(host))
    ):
        raise UserError(BAD_URL, text=raw)
    return urlunsplit(parts._replace(scheme=parts.scheme.lower()))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def email(value: str | None) -> str:
    cleaned = text(value, QT_TRANSLATE_NOOP("Quietcase", "email"))
    if cleaned and not _EMAIL.match(cleaned):
        raise UserError(BAD_EMAIL, text=cleaned)
    return cleaned


def phone(value: str | None) -> str:
    cleaned = text(value, QT_TRANSLATE_NOOP("Quietcase", "phone"))
    if cleaned and (not _PHONE.match(cleaned) or sum(c.isdigit() for c in cleaned) < 3):
        raise UserError(BAD_PHONE, text=cleaned)
    return cleaned


class Reading(TypedDict):
    """How a front end reads her date words: against which day, in which order, which way."""

    today: date
    day_first: bool
    prefer: Prefer


def when(
    value: str | None,
    *,
    today: date | None = None,
    day_first: bool | None = None,
    prefer: Prefer = "past",
) -> When | None:
    """Empty means "not known"; otherwise a possibly approximate date or range, written as
    dates (2024-03, 2024년 3월 5일) or in her words ("작년 3월", "two weeks ago"), read against
    `today` (this computer's date unless given) with her computer's order of day and month
    for "3/5" (`day_first`). See `app/core/date_words.py`."""
    if value is None or not value.strip():
        return None
    try:
        try:
            return When.parse(value)
        except UnreadableDate:
            found = date_words.read_words(
                value,
                today or datetime.now().astimezone().date(),
                day_first=date_words.day_first_here() if day_first is None else day_first,
                prefer=prefer,
            )
            if found is None:
                raise
            return When.parse(found.text())  # the same checks as typed dates (years, days)
    except NoSuchDay:
        raise UserError(NO_SUCH_DAY, text=value.strip()) from None
    except RangeBackwards:
        raise UserError(RANGE_BACKWARDS, text=value.strip()) from None
    except UnreadableDate:
        raise UserError(UNREADABLE_DATE, text=value.strip()) from None


def valid_when(value: When | None) -> When | None:
    """A `When` built in code (not parsed) is checked the same way as typed text."""
    return None if value is None else when(value.text())


def in_order(first: date | None, then: date | None, message: str) -> None:
    """Refuse a pair of dates where the second comes before the first."""
    if first is not None and then is not None and then < first:
        raise UserError(message)


def due(
    value: str | None,
    field: str = DUE_DATE,
    *,
    today: date | None = None,
    day_first: bool | None = None,
    prefer: Prefer = "future",
) -> Moment:
    """A day, or a day and time ("next Friday", "3/5": the first such day from today)."""
    parsed = when(value, today=today, day_first=day_first, prefer=prefer)
    if parsed is None or parsed.end is not None or not parsed.start.has_day:
        if parsed is None:
            raise UserError(REQUIRED, field=Label(field))
        raise UserError(NEED_DAY, field=Label(field))
    return parsed.start


def day(
    value: str | None,
    field: str,
    *,
    today: date | None = None,
    day_first: bool | None = None,
    prefer: Prefer = "nearest",
) -> date | None:
    """An optional calendar day (no time); year-less words ("3/5") the nearest such day."""
    if value is None or not value.strip():
        return None
    moment = due(value, field, today=today, day_first=day_first, prefer=prefer)
    assert moment.month is not None and moment.day is not None
    return date(moment.year, moment.month, moment.day)


def choice(value: str, enum: type[E], field: str) -> E:
    """An enum value from what she typed: case, spaces and dashes do not matter."""
    key = re.sub(r"[\s-]+", "_", (value or "").strip().lower()).replace("center", "centre")
    for member in enum:
        if key == member.value:
            return member
    raise UserError(
        BAD_CHOICE, text=value, field=Label(field), choices=", ".join(m.value for m in enum)
    )
