"""The line grammar of every KakaoTalk text export, and telling them apart by their content.

Each variant writes a header (the chat's name, the day it was saved), day lines, and
message lines that begin with a time (phones: date and time, then `NAME : text`; system
lines have no ` : `) or with `[NAME] [time]` (Windows). Continuation lines carry the rest of
a message. A variant is recognised by counting, in the first lines, the lines each grammar
reads as messages (never by the file's name); the header says the language when no message
is there to count.

Times are returned as written, in the export's local time: `YYYY-MM-DDTHH:MM:00`. 12-hour
times follow the clock: 오전 12:05 / 12:05 AM is five past midnight, 오후 12:05 / 12:05 PM
five past noon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

ANDROID_KO = "android-ko"
ANDROID_EN = "android-en"
IOS_KO = "ios-ko"
IOS_EN = "ios-en"
WINDOWS_KO = "windows-ko"
WINDOWS_EN = "windows-en"
MACOS_CSV = "macos-csv"
PHONES = (ANDROID_KO, ANDROID_EN, IOS_KO, IOS_EN)
CSV_HEADER = "Date,User,Message"

_KO_DATE = r"(\d{4})년 (\d{1,2})월 (\d{1,2})일"
_KO_TIME = r"(오전|오후) ?(\d{1,2}):(\d{2})"
# Phones set to a 24-hour clock write `14:10` where others write `오후 2:10`.
_KO_CLOCK = rf"(?:{_KO_TIME}|(\d{{1,2}}):(\d{{2}}))"
# After the time: `, ` (messages; system lines of most versions) or `: ` (system lines of
# some versions: `2023. 3. 23. 14:10: 홍길동님이 들어왔습니다.`).
_AFTER = r"(?:, |: )"
# Newer phone exports may frame the day line in dashes as the PC does.
_DASHES_OPEN = r"(?:-{3,} ?)?"
_DASHES_CLOSE = r"(?: ?-{3,})?"
_DOT_DATE = r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\."
_EN_DATE = r"([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})"
_EN_TIME = r"(\d{1,2}):(\d{2}) ?([AaPp][Mm])"
_H24 = r"(\d{1,2}):(\d{2})"
_KO_WEEKDAY = r"[월화수목금토일]요일"
_EN_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}

HEADER_KO = re.compile(r"^(.*?) ?님과 카카오톡 대화$")
HEADER_EN = re.compile(r"^KakaoTalk Chats with (.*)$|^(.*) with KakaoTalk Chats$")
SAVED = re.compile(r"^(?:저장한 날짜|Date Saved) ?: ?(.*)$")
IOS_FILE_NAME = re.compile(r"^Talk_.*\.txt$", re.IGNORECASE)
_PC_SAVED = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$")


def _day(year: str, month: str, day: str) -> str:
    """ "YYYY-MM-DD", or "" for a day that does not exist."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def english_day(month: str, day: str, year: str) -> str:
    """ "YYYY-MM-DD" from `November`/`Nov`, `3`, `2020` ("" when it is no day)."""
    number = _MONTHS.get(month)
    return _day(year, str(number), day) if number else ""


def _clock(hour: str, minute: str, half: str = "") -> str:
    """ "HH:MM:00" from a 12-hour (half: 오전/오후/AM/PM) or 24-hour time, or "" if invalid."""
    h, m = int(hour), int(minute)
    if m > 59:
        return ""
    if half:
        if not 1 <= h <= 12:
            return ""
        pm = half in ("오후", "PM", "pm", "Pm", "pM")
        h = (h % 12) + (12 if pm else 0)  # 오전 12 = midnight, 오후 12 = noon
    elif h > 23:
        return ""
    return f"{h:02d}:{m:02d}:00"


@dataclass(frozen=True)
class Line:
    """What a line is: a day line, a timed entry (`rest` still holds `NAME : text`), or a
    Windows message (`sender` and `rest` apart)."""

    kind: str  # "day", "entry", "pc"
    day: str = ""
    time: str = ""  # "YYYY-MM-DDTHH:MM:00" (entries), "" when it has none
    rest: str = ""
    sender: str = ""


class Grammar:
    """The lines of one variant."""

    variant = ""

    def read(self, line: str, day: str) -> Line | None:
        raise NotImplementedError


def _ko_clock(half: str | None, h12: str | None, m12: str | None, h: str, m: str) -> str:
    """ "HH:MM:00" from the groups of `_KO_CLOCK`."""
    return _clock(h12 or "", m12 or "", half) if half else _clock(h, m)


def _at(day: str, clock: str) -> str:
    return f"{day}T{clock}" if day and clock else ""


class AndroidKo(Grammar):
    variant = ANDROID_KO
    _entry = re.compile(rf"^{_KO_DATE},? {_KO_CLOCK}{_AFTER}(.*)$")
    _dayline = re.compile(
        rf"^{_DASHES_OPEN}{_KO_DATE}(?: {_KO_TIME}| {_KO_WEEKDAY})?{_DASHES_CLOSE}$"
    )

    def read(self, line: str, day: str) -> Line | None:
        m = self._entry.match(line)
        if m:
            y, mo, d, half, h12, m12, h, mi, rest = m.groups()
            at = _at(_day(y, mo, d), _ko_clock(half, h12, m12, h, mi))
            return Line("entry", at[:10], at, rest) if at else None
        m = self._dayline.match(line)
        if m:
            found = _day(*m.groups()[:3])
            return Line("day", found) if found else None
        return None


class AndroidEn(Grammar):
    variant = ANDROID_EN
    _entry = re.compile(rf"^{_EN_DATE}, {_EN_TIME}, (.*)$")
    _dayline = re.compile(
        rf"^{_DASHES_OPEN}(?:{_EN_WEEKDAY}, )?{_EN_DATE}(?:, {_EN_TIME})?{_DASHES_CLOSE}$"
    )

    def read(self, line: str, day: str) -> Line | None:
        m = self._entry.match(line)
        if m:
            mo, d, y, h, mi, half, rest = m.groups()
            at = _at(english_day(mo, d, y), _clock(h, mi, half.upper()))
            return Line("entry", at[:10], at, rest) if at else None
        m = self._dayline.match(line)
        if m:
            found = english_day(*m.groups()[:3])
            return Line("day", found) if found else None
        return None


class IosKo(Grammar):
    variant = IOS_KO
    _entry = re.compile(rf"^{_DOT_DATE} {_KO_CLOCK}{_AFTER}(.*)$")
    _short = re.compile(rf"^{_KO_CLOCK}, (.*)$")  # under a day line: `, ` only
    _dayline = re.compile(
        rf"^{_DASHES_OPEN}(?:{_KO_DATE}|{_DOT_DATE}) {_KO_WEEKDAY}{_DASHES_CLOSE}$"
    )

    def read(self, line: str, day: str) -> Line | None:
        m = self._entry.match(line)
        if m:
            y, mo, d, half, h12, m12, h, mi, rest = m.groups()
            at = _at(_day(y, mo, d), _ko_clock(half, h12, m12, h, mi))
            return Line("entry", at[:10], at, rest) if at else None
        m = self._short.match(line)
        if m:
            half, h12, m12, h, mi, rest = m.groups()
            clock = _ko_clock(half, h12, m12, h, mi)
            if not clock:
                return None
            return Line("entry", day, _at(day, clock), rest)
        m = self._dayline.match(line)
        if m:
            g = m.groups()
            found = _day(*g[:3]) if g[0] else _day(*g[3:6])
            return Line("day", found) if found else None
        return None


class IosEn(Grammar):
    variant = IOS_EN
    _entry = re.compile(rf"^{_EN_DATE} at (?:{_EN_TIME}|{_H24}), (.*)$")
    _dayline = re.compile(rf"^{_DASHES_OPEN}(?:{_EN_WEEKDAY}, )?{_EN_DATE}{_DASHES_CLOSE}$")

    def read(self, line: str, day: str) -> Line | None:
        m = self._entry.match(line)
        if m:
            mo, d, y, h12, m12, half, h24, m24, rest = m.groups()
            clock = _clock(h12, m12, half.upper()) if half else _clock(h24, m24)
            at = _at(english_day(mo, d, y), clock)
            return Line("entry", at[:10], at, rest) if at else None
        m = self._dayline.match(line)
        if m:
            found = english_day(*m.groups())
            return Line("day", found) if found else None
        return None


class Windows(Grammar):
    _entry = re.compile(rf"^\[(.+?)\] \[(?:{_KO_TIME}|{_EN_TIME}|{_H24})\] ?(.*)$")
    _dayline = re.compile(
        rf"^-{{3,}} ?(?:{_KO_DATE} {_KO_WEEKDAY}|{_EN_WEEKDAY}, {_EN_DATE}) ?-{{3,}}$"
    )

    def __init__(self, variant: str) -> None:
        self.variant = variant

    def read(self, line: str, day: str) -> Line | None:
        m = self._entry.match(line)
        if m:
            sender, ko_half, ko_h, ko_m, en_h, en_m, en_half, h, mi, rest = m.groups()
            if ko_half:
                clock = _clock(ko_h, ko_m, ko_half)
            elif en_half:
                clock = _clock(en_h, en_m, en_half.upper())
            else:
                clock = _clock(h, mi)
            if not clock:
                return None
            return Line("pc", day, _at(day, clock), rest, sender)
        m = self._dayline.match(line)
        if m:
            g = m.groups()
            found = _day(*g[:3]) if g[0] else english_day(*g[3:6])
            return Line("day", found) if found else None
        return None


GRAMMARS: tuple[Grammar, ...] = (
    AndroidKo(),
    AndroidEn(),
    IosKo(),
    IosEn(),
    Windows(WINDOWS_KO),
    Windows(WINDOWS_EN),
)
_SAMPLE_LINES = 3000


def detect(lines: Sequence[str]) -> str:
    """The variant of an export's lines ("" when none fits), by content only."""
    head = [line for line in lines[:12] if line.strip()]
    if head and head[0].lstrip("\ufeff") == CSV_HEADER:
        return MACOS_CSV
    english = any(HEADER_EN.match(line) for line in head) or any(
        line.startswith("Date Saved") for line in head
    )
    korean = any(HEADER_KO.match(line) for line in head) or any(
        line.startswith("저장한 날짜") for line in head
    )
    saved_pc = any(
        (m := SAVED.match(line)) is not None and _PC_SAVED.match(m.group(1).strip())
        for line in head
    )
    best, best_count = "", 0
    sample = lines[:_SAMPLE_LINES]
    for grammar in GRAMMARS:
        if isinstance(grammar, Windows):
            continue
        count = sum(1 for line in sample if _is_entry(grammar, line))
        if count > best_count:
            best, best_count = grammar.variant, count
    pc = Windows(WINDOWS_KO)
    pc_count = sum(1 for line in sample if _is_entry(pc, line))
    if pc_count > best_count:
        language_en = english or (not korean and _english_pc(sample))
        return WINDOWS_EN if language_en else WINDOWS_KO
    if best:
        return best
    if saved_pc:
        return WINDOWS_EN if english else WINDOWS_KO
    if korean:
        return ANDROID_KO
    if english:
        return ANDROID_EN
    return ""


def _is_entry(grammar: Grammar, line: str) -> bool:
    found = grammar.read(line, "2000-01-01")
    return found is not None and found.kind != "day"


def _english_pc(sample: Sequence[str]) -> bool:
    return any(re.search(r"\[\d{1,2}:\d{2} ?[AP]M\]", line) for line in sample[:200])


def grammar_for(variant: str) -> Grammar:
    for grammar in GRAMMARS:
        if grammar.variant == variant:
            return grammar
    raise ValueError(variant)
