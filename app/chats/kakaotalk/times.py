"""The time she chose for an export: KakaoTalk writes local times without a zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from quietcase.app.core.zone import local_zone, zone_name, zone_named


def check_zone(name: str) -> str:
    """The IANA name of the zone called `name` (`UserError` when this computer knows none;
    `app.core.zone`, as for every zone she gives)."""
    return zone_name(zone_named(name))


def computer_zone() -> str:
    """The computer's time zone by its IANA name ("UTC" when it is known only by an offset:
    the import records a zone by name)."""
    key = getattr(local_zone(), "key", None)
    return zone_name(zone_named(key)) if isinstance(key, str) else "UTC"


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
