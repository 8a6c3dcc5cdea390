"""The time she chose for an export: KakaoTalk writes local times without a zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "Quietcase",
    '"{zone}" is not a time zone Quietcase knows. Please give one like Asia/Seoul or '
    "Europe/Berlin.",
)


def check_zone(name: str) -> str:
    """`name` when it is a time zone this computer knows (`UserError` otherwise)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(UNKNOWN_ZONE, EXIT_USAGE, zone=name) from None
    return name


def computer_zone() -> str:
    """The computer's time zone by name where it has one (else its offset now, as UTC+HH:MM
    is not a zone name: "UTC" when none can be told)."""
    local = datetime.now().astimezone().tzinfo
    key = getattr(local, "key", "")
    if key:
        return str(key)
    try:
        import time

        name = time.tzname[0]
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError, IndexError):
        return "UTC"


def in_zone(local: str, zone: str) -> tuple[datetime | None, str, bool]:
    """(the time in UTC, the offset "+09:00", whether the local time was ambiguous or
    skipped in that zone) for "YYYY-MM-DDTHH:MM:SS" as written."""
    if not local:
        return None, "", False
    offset, text, unsure = _hour(local[:13], zone)
    if offset is None:  # the clocks change within this hour: this minute on its own
        offset, text, unsure = _exactly(local, zone)
    naive = datetime.fromisoformat(local)
    return (naive - offset).replace(tzinfo=UTC), text, unsure


@lru_cache(maxsize=65536)
def _hour(hour: str, zone: str) -> tuple[timedelta | None, str, bool]:
    """The offset of every minute of a local hour ("YYYY-MM-DDTHH"), when it is one and
    the same (nearly always: 100,000 messages spend their time here otherwise); None when
    the clocks change within it."""
    first = _exactly(f"{hour}:00:00", zone)
    last = _exactly(f"{hour}:59:59", zone)
    return first if first == last and not first[2] else (None, "", False)


def _exactly(local: str, zone: str) -> tuple[timedelta, str, bool]:
    naive = datetime.fromisoformat(local)
    tz = ZoneInfo(zone)
    first = naive.replace(tzinfo=tz)
    second = naive.replace(tzinfo=tz, fold=1)
    offset = first.utcoffset() or timedelta(0)
    unsure = offset != (second.utcoffset() or timedelta(0))
    if not unsure:  # a local time the clocks skipped comes back changed
        unsure = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != naive
    return offset, _offset(offset), unsure


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
