"""Her time zone: every time a document or the window shows is in it, said once.

The case file remembers a zone she chose (`Asia/Seoul`); without one, the computer's zone is
used. Times are stored in UTC (custody, intake, exact chat times) and only shown in the zone;
times she typed (an incident's "2026-01-10 14:00") are hers already and never converted.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.transactions import reading, writing
from quietcase.storage.vault import Vault

ZONE_META = "case.time_zone"

UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "“{name}” is not a time zone this computer knows. Please give one like Asia/Seoul or "
    "Europe/Berlin, or leave it empty for the computer's own.",
)

# Zones whose everyday name a reader knows better than the code (Korean, English).
_NAMES = {
    "Asia/Seoul": ("한국 표준시", "Korea Standard Time"),
    "Asia/Tokyo": ("일본 표준시", "Japan Standard Time"),
    "UTC": ("협정 세계시", "Coordinated Universal Time"),
}


def zone_named(name: str) -> tzinfo:
    """The zone called `name` (an IANA name such as `Asia/Seoul`, or `UTC`)."""
    name = name.strip()
    if name.upper() in ("UTC", "ETC/UTC", "Z"):
        return ZoneInfo("UTC")
    try:
        if name:
            return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    raise UserError(UNKNOWN_ZONE, EXIT_USAGE, name=name)


def local_zone() -> tzinfo:
    """The computer's zone, by its name where the system says it, else its offset now."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = Path("/etc/localtime").resolve()
            parts = target.parts
            if "zoneinfo" in parts:
                name = "/".join(parts[parts.index("zoneinfo") + 1 :])
        except OSError:
            name = ""
    if name:
        try:
            return zone_named(name)
        except UserError:
            pass
    offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    return timezone(offset)


def zone_name(zone: tzinfo) -> str:
    """`Asia/Seoul`, `UTC`, or `UTC+09:00` for a zone known only by its offset."""
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        return "UTC" if key in ("Etc/UTC", "UTC", "Etc/Universal") else key
    return offset_text(zone, datetime.now(UTC))


def offset_text(zone: tzinfo, at: datetime) -> str:
    """`UTC+9`, `UTC+5:30`, `UTC` at the moment `at`."""
    offset = at.astimezone(zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def describe(zone: tzinfo, at: datetime, korean: bool) -> str:
    """How a document names the zone once: `한국 표준시(UTC+9)`, `Europe/Berlin (UTC+1)`."""
    name = zone_name(zone)
    offset = offset_text(zone, at)
    known = _NAMES.get(name)
    if name == "UTC":
        return "UTC"
    if known:
        label = known[0 if korean else 1]
        return f"{label}({offset})" if korean else f"{label} ({offset})"
    if name.startswith("UTC"):
        return name
    return f"{name} 시각({offset})" if korean else f"{name} time ({offset})"


def case_zone_name(vault: Vault) -> str:
    """The zone she chose for this case, or "" for the computer's."""
    return reading(vault, lambda: vault.meta(ZONE_META)) or ""


def case_zone(vault: Vault, override: str = "") -> tzinfo:
    """The zone documents of this case use: `override` (a document's own choice), else the
    one she chose for the case, else the computer's."""
    name = override.strip() or case_zone_name(vault)
    return zone_named(name) if name else local_zone()


def shown_zone(vault: Vault) -> tzinfo:
    """The zone the case's stored times are shown in (window, CLI, search): hers, else the
    computer's (also when hers is unknown on this computer: showing must not fail)."""
    try:
        return case_zone(vault)
    except UserError:
        return local_zone()


def set_case_zone(vault: Vault, name: str) -> None:
    """Remember `name` for this case ("" goes back to the computer's zone)."""
    name = name.strip()
    if name:
        name = zone_name(zone_named(name))
    with writing(vault):
        vault.set_meta(ZONE_META, name)
