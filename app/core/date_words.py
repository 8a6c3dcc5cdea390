"""Dates in her own words, Korean and English, read against today.

She remembers "작년 3월", "2주 전", "last March", "early March 2024", "yesterday evening".
`read_words` turns such words into the `When` Quietcase already stores, at the precision the
words carry: "last March" is a month ("around March 2025"), "early March 2024" the days 1-10,
"spring 2024" March to May, "two weeks ago" the week around that day, "yesterday evening" a day
(an evening is not a time). The window and the command line show what was understood before or
as it is saved; nothing here is kept apart from the `When`.

Our own small rules, not a library: `dateparser` (measured in tests/bench/bench_date_words.py)
read 2 of the 6 Korean and 4 of the 7 English forms of issue 22, took ~0.2 s to import and
~5 s for its first guess when the language is not given, and gives a day where she said a
month. Pure Python; no storage, no Qt.

Year-less words ("3월 초", "3/5", "Friday", "spring") are placed by `prefer`: "past" for what
happened (the latest such date not after today), "future" for what is due (the first not
before today), "nearest" for either (a follow-up, a day sent).
"""

from __future__ import annotations

import calendar
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from quietcase.storage.dates import Moment, NoSuchDay, RangeBackwards, UnreadableDate, When

Prefer = Literal["past", "future", "nearest"]

# -- words ---------------------------------------------------------------------------------

_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_WEEKDAYS = {
    "monday": 0, "mon": 0, "월요일": 0, "월욜": 0,
    "tuesday": 1, "tue": 1, "tues": 1, "화요일": 1, "화욜": 1,
    "wednesday": 2, "wed": 2, "수요일": 2, "수욜": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "목요일": 3, "목욜": 3,
    "friday": 4, "fri": 4, "금요일": 4, "금욜": 4,
    "saturday": 5, "sat": 5, "토요일": 5, "토욜": 5,
    "sunday": 6, "sun": 6, "일요일": 6, "일욜": 6,
}  # fmt: skip
_WEEKDAY = "(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
    "아홉": 9, "열": 10, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6,
}  # fmt: skip
_KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "열흘": 10, "보름": 15}

# What a day word means: days from today ("엊그제": a few days ago, 2-4).
_DAY_WORDS: dict[str, tuple[int, int]] = {
    "오늘": (0, 0), "금일": (0, 0), "어제": (-1, -1), "어저께": (-1, -1), "그제": (-2, -2),
    "그저께": (-2, -2), "엊그제": (-4, -2), "엊그저께": (-4, -2), "내일": (1, 1), "모레": (2, 2),
    "글피": (3, 3), "today": (0, 0), "tonight": (0, 0), "yesterday": (-1, -1),
    "the day before yesterday": (-2, -2), "day before yesterday": (-2, -2),
    "tomorrow": (1, 1), "the day after tomorrow": (2, 2), "day after tomorrow": (2, 2),
    "last night": (-1, -1), "this morning": (0, 0), "this afternoon": (0, 0),
    "this evening": (0, 0), "어젯밤": (-1, -1), "엊저녁": (-1, -1),
}  # fmt: skip
_DAY_WORD = "(?P<word>" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + ")"
_TIME_OF_DAY = (
    r"(?:\s*(?:in the )?(?P<tod>아침|오전|낮|점심|오후|저녁|밤|새벽|morning|afternoon|evening|"
    r"night))?"
)
# A time: 14:30, 2:30 pm, 3pm, 3시, 3시 20분, 3시 반 (with 오후 or "evening" before it).
_CLOCK = (
    r"(?:\s*(?:at\s*)?(?:(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?"
    r"|(?P<hour12>\d{1,2})\s*(?P<ampm12>[ap]\.?m\.?)"
    r"|(?P<khour>\d{1,2})\s*시(?:\s*(?P<kmin>\d{1,2})\s*분|\s*(?P<half>반))?))?"
)
_LATER = {"오후", "저녁", "밤", "afternoon", "evening", "night"}
_EARLIER = {"오전", "새벽", "아침", "morning"}
# Day words that say the time of day themselves ("어젯밤 11시" is 23:00).
_IMPLIED_TOD = {"어젯밤": "밤", "엊저녁": "저녁", "last night": "night", "tonight": "night",
                "this evening": "evening", "this afternoon": "afternoon",
                "this morning": "morning"}  # fmt: skip

# Parts of a month (days) and of a year (months).
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "h1": (1, 6), "h2": (7, 12)}
_PART_WORDS = {
    "early": "early", "beginning": "early", "start": "early", "초": "early", "초순": "early",
    "상순": "early", "mid": "mid", "middle": "mid", "중순": "mid", "중반": "mid",
    "late": "late", "end": "late", "말": "late", "하순": "late", "끝": "late", "말경": "late",
    "상반기": "h1", "하반기": "h2",
}  # fmt: skip
_EN_PART = r"(?:(?P<part>early|mid|middle|late|beginning|start|end)(?:\s+of)?\s+)?"
_KO_PART = r"(?:\s*(?P<part>초순|상순|중순|하순|초|중반|말경|말|끝|상반기|하반기))?"

# Seasons (Korea's and the northern hemisphere's): first month and length. Winter begins in
# December of its year: "winter 2024" is December 2024 to February 2025.
_SEASONS = {
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
    "봄": 3, "여름": 6, "가을": 9, "겨울": 12,
}  # fmt: skip
_SEASON = "(?P<season>" + "|".join(_SEASONS) + ")"

# Year words: how many years from this one.
_YEAR_WORDS = {
    "올해": 0, "금년": 0, "이번 해": 0, "this year": 0, "작년": -1, "지난해": -1, "지난 해": -1,
    "전년": -1, "last year": -1, "재작년": -2, "the year before last": -2, "내년": 1,
    "다음 해": 1, "next year": 1,
}  # fmt: skip
_KO_YEAR = (
    r"(?:(?P<year>\d{4}|\d{2})\s*년|(?P<yword>올해|금년|이번 해|작년|지난\s?해|전년|재작년|"
    r"내년|다음 해))"
)
_EN_YEAR_AFTER = (
    r"(?:,?\s+(?:of\s+|in\s+)?(?:(?P<year>\d{4})|(?P<yword>this year|last year|next year|"
    r"the year before last)))?"
)

# "around", "about", "~경", "쯤": the words are approximate already; the marks are dropped.
_APPROX_BEFORE = re.compile(
    r"^(?:around|about|approximately|approx\.?|roughly|circa|ca\.|c\.|sometime in|some time in|"
    r"sometime|on|during|약|대략|대충)\s+"
    r"|^in\s+(?!\S+\s+(?:day|week|fortnight|month|year)s?$)"
)
_APPROX_AFTER = re.compile(r"(?<=\S)\s*(?:경|쯤|즈음|무렵|정도|or so)$|(?<=[월일년])\s*께$")


def _tidy(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).casefold().strip()
    s = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", s.replace("’", "'"))
    s = re.sub(r"\s+", " ", s).strip(" .,!?")
    for _ in range(2):
        s = _APPROX_BEFORE.sub("", s)
        s = _APPROX_AFTER.sub("", s)
    s = re.sub(r"^the\s+", "", s)
    return s.strip()


# -- the reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Today:
    today: date
    day_first: bool
    prefer: Prefer

    def year(self, number: str | None, word: str | None) -> int | None:
        """The year the words name ("2024", "24", "작년", "last year"), or None."""
        if number:
            value = int(number)
            if len(number) == 2:
                value += 2000 if 2000 + value <= self.today.year + 1 else 1900
            return value
        if word:
            return self.today.year + _YEAR_WORDS[re.sub(r"\s+", " ", word)]
        return None

    def place(self, candidates: list[tuple[date, date]]) -> tuple[date, date]:
        """Of the same words in different years (first and last day of each), the one
        `prefer` chooses."""
        t = self.today
        past = [c for c in candidates if c[0] <= t]
        future = [c for c in candidates if c[1] >= t]
        if self.prefer == "past" and past:
            return max(past)
        if self.prefer == "future" and future:
            return min(future)
        return min(candidates, key=lambda c: (_distance(c, t), c[0] > t))


def _distance(span: tuple[date, date], today: date) -> int:
    if span[0] <= today <= span[1]:
        return 0
    return min(abs((span[0] - today).days), abs((span[1] - today).days))


def read_words(
    text: str, today: date, *, day_first: bool = False, prefer: Prefer = "past"
) -> When | None:
    """The `When` her words mean on `today`, or None when they are not a date we know.

    Raises `NoSuchDay` for a day that is not in the calendar ("2/30"). `day_first` reads
    "3/5" as 3 May (her computer's order); otherwise as 5 March."""
    words = _tidy(text)
    if not words:
        return None
    ctx = _Today(today, day_first, prefer)
    found = _one(words, ctx)
    if found is not None:
        return found
    m = _RANGE.fullmatch(words)
    if not m:
        return None
    first, second = (_one(_tidy(m.group(n)), ctx) for n in ("a", "b"))
    if first is None or second is None:
        return None
    start, end = first.start, second.end or second.start
    if end.latest() < start.earliest():  # "March to May 2024": March of the year that ends it
        before_end = date.fromisoformat(end.latest()[:10])
        again = _one(_tidy(m.group("a")), _Today(before_end, day_first, "past"))
        start = again.start if again is not None else start
    if end.latest() < start.earliest():
        raise RangeBackwards(text)
    return When(start) if start == end else When(start, end)


_RANGE = re.compile(
    r"(?:between\s+|from\s+)?(?P<a>.+?)\s*(?:\.\.|~|–|—|\s+and\s+|\s+to\s+|\s+until\s+|"
    r"부터)\s*(?P<b>.+?)(?:\s*(?:까지|사이))?"
)


def _one(words: str, ctx: _Today) -> When | None:
    for rule in _RULES:
        found = rule(words, ctx)
        if found is not None:
            return found
    try:
        return When.parse(words)  # "around 2024-03", "2024년 3월쯤"
    except (UnreadableDate, RangeBackwards):
        return None


def _day(d: date, clock: tuple[int, int] | None = None) -> When:
    if clock == (24, 0):
        d, clock = d + timedelta(1), (0, 0)
    if clock is not None:
        h, m = clock
        if h > 23 or m > 59:
            raise NoSuchDay(f"{h}:{m:02d}")
        return When(Moment(d.year, d.month, d.day, h, m))
    return When(Moment(d.year, d.month, d.day))


def _clock(groups: dict[str, str | None], tod: str | None = None) -> tuple[int, int] | None:
    """The hour and minute the words give, on the 24-hour clock; None when they give none."""
    mark = ""
    if groups.get("hour"):
        hour, minute = int(groups["hour"] or 0), int(groups["minute"] or 0)
        mark = groups.get("ampm") or ""
    elif groups.get("hour12"):
        hour, minute, mark = int(groups["hour12"] or 0), 0, groups.get("ampm12") or ""
    elif groups.get("khour"):
        hour = int(groups["khour"] or 0)
        minute = 30 if groups.get("half") else int(groups.get("kmin") or 0)
    else:
        return None
    tod = groups.get("tod") or tod
    if hour <= 12 and (
        (mark or "").startswith("p") or tod in _LATER or (tod in ("낮", "점심") and hour < 7)
    ):
        # "밤 12시" is the midnight that ends that day
        hour = hour + 12 if hour < 12 else (24 if tod in ("밤", "night") else 12)
    elif hour == 12 and (mark.startswith("a") or tod in _EARLIER):
        hour = 0
    return hour, minute


def _days(first: date, last: date) -> When:
    if first == last:
        return _day(first)
    return When(Moment(first.year, first.month, first.day), Moment(last.year, last.month, last.day))


def _months(first: date, last: date) -> When:
    start = Moment(first.year, first.month)
    end = Moment(last.year, last.month)
    return When(start) if start == end else When(start, end)


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _make_day(year: int, month: int, day: int, text: str) -> date:
    if not (1900 <= year <= 2200 and 1 <= month <= 12):
        raise NoSuchDay(text)
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDay(text) from None


# -- rules: each takes the tidied words and returns a When, or None ------------------------


def _day_words(s: str, ctx: _Today) -> When | None:
    m = re.fullmatch(_DAY_WORD + _TIME_OF_DAY + _CLOCK, s)
    if not m:
        return None
    word = m.group("word")
    first, last = _DAY_WORDS[word]
    if first != last:
        return _days(ctx.today + timedelta(first), ctx.today + timedelta(last))
    return _day(ctx.today + timedelta(first), _clock(m.groupdict(), _IMPLIED_TOD.get(word)))


_AGO_KO = re.compile(
    r"(?P<n>\d+|[가-힣]{1,2}?)\s*(?P<unit>주일|주|일|개월|달|년|해)\s*(?P<dir>전|후|뒤)(?:에)?"
)
_AGO_KO_DAYS = re.compile(r"(?P<n>" + "|".join(_KO_DAYS) + r")\s*(?P<dir>전|후|뒤)(?:에)?")
_AGO_EN = re.compile(
    r"(?:(?P<in>in)\s+)?(?P<n>\d+|a couple of|a few|few|couple of|[a-z]+)\s+"
    r"(?P<unit>day|week|fortnight|month|year)s?(?:\s+(?P<dir>ago|later|from now|before))?"
)
_UNITS = {
    "일": "day", "주": "week", "주일": "week", "개월": "month", "달": "month", "년": "year",
    "해": "year", "day": "day", "week": "week", "fortnight": "fortnight", "month": "month",
    "year": "year",
}  # fmt: skip


def _ago(s: str, ctx: _Today) -> When | None:
    m = _AGO_KO_DAYS.fullmatch(s)
    if m:
        sign = -1 if m.group("dir") == "전" else 1
        return _day(ctx.today + timedelta(sign * _KO_DAYS[m.group("n")]))
    m = _AGO_KO.fullmatch(s)
    if m:
        n_text, unit, sign = (
            m.group("n"),
            _UNITS[m.group("unit")],
            -1 if m.group("dir") == "전" else 1,
        )
    else:
        m = _AGO_EN.fullmatch(s)
        if not m or (m.group("dir") is None) == (m.group("in") is None):
            return None
        n_text, unit = m.group("n"), _UNITS[m.group("unit")]
        sign = -1 if m.group("dir") in ("ago", "before") else 1
        if n_text in ("a few", "few", "a couple of", "couple of"):
            if unit != "day":
                return None
            near, far = (2, 3) if "couple" in n_text else (2, 5)
            ends = sorted((ctx.today + timedelta(sign * near), ctx.today + timedelta(sign * far)))
            return _days(ends[0], ends[1])
    n = int(n_text) if n_text.isdigit() else _NUMBERS.get(n_text)
    if n is None or n > 1200:
        return None
    if unit == "fortnight":
        unit, n = "week", n * 2
    if unit == "day":
        return _day(ctx.today + timedelta(sign * n))
    if unit == "week":  # "two weeks ago": the week around that day
        centre = ctx.today + timedelta(sign * 7 * n)
        last = centre + timedelta(3)
        return _days(centre - timedelta(3), last if sign > 0 else min(last, ctx.today))
    if unit == "month":
        return _months(*[_add_months(ctx.today, sign * n)] * 2)
    year = ctx.today.year + sign * n
    return When(Moment(year)) if 1900 <= year <= 2200 else None


_PERIOD = re.compile(
    r"(?P<rel>지난|저번|이번|다음|전|last|this|next)\s?(?P<unit>주말|주|달|월|weekend|week|month)"
)


def _periods(s: str, ctx: _Today) -> When | None:
    t = ctx.today
    if s in _YEAR_WORDS or s in ("지난해", "작년도"):
        return When(Moment(t.year + _YEAR_WORDS.get(s, -1)))
    if s in ("작년 이맘때", "이맘때 작년", "작년 이맘", "this time last year"):
        return When(Moment(t.year - 1, t.month))
    if s in ("이달", "이번달"):
        s = "이번 달"
    m = _PERIOD.fullmatch(s)
    if not m:
        return None
    rel = m.group("rel")
    if rel == "전" and m.group("unit") == "주":
        return None
    step = -1 if rel in ("지난", "저번", "전", "last") else 1 if rel in ("다음", "next") else 0
    if m.group("unit") in ("주말", "weekend"):
        saturday = t - timedelta(t.weekday()) + timedelta(5 + 7 * step)
        return _days(saturday, saturday + timedelta(1))
    if m.group("unit") in ("주", "week"):
        monday = t - timedelta(t.weekday()) + timedelta(7 * step)
        return _days(monday, monday + timedelta(6))
    month = _add_months(t, step)
    return When(Moment(month.year, month.month))


_WEEKDAY_RULE = re.compile(
    r"(?:(?P<rel>지난주|지난 주|저번 주|저번주|이번 주|이번주|다음 주|다음주|지난|저번|다음|이번|"
    r"last|this|next|on)\s?)?" + _WEEKDAY + _TIME_OF_DAY + _CLOCK
)


def _weekday(s: str, ctx: _Today) -> When | None:
    m = _WEEKDAY_RULE.fullmatch(s)
    if not m:
        return None
    t, wanted = ctx.today, _WEEKDAYS[m.group("weekday")]
    clock = _clock(m.groupdict())
    rel = (m.group("rel") or "").replace(" ", "")
    monday = t - timedelta(t.weekday())
    if rel in ("지난주", "저번주"):
        return _day(monday - timedelta(7) + timedelta(wanted), clock)
    if rel in ("이번주", "이번", "this"):
        return _day(monday + timedelta(wanted), clock)
    if rel in ("다음주",):
        return _day(monday + timedelta(7 + wanted), clock)
    back = (t.weekday() - wanted) % 7
    if rel in ("지난", "저번", "last"):
        return _day(t - timedelta(back or 7), clock)
    ahead = (wanted - t.weekday()) % 7
    if rel in ("다음", "next"):
        return _day(t + timedelta(ahead or 7), clock)
    last, following = t - timedelta(back), t + timedelta(ahead)
    return _day(ctx.place([(last, last), (following, following)])[0], clock)


_KO_MONTH = re.compile(
    r"(?:" + _KO_YEAR + r"\s*|(?P<rel>지난|이번|다음|올)\s*)?(?P<month>\d{1,2})\s*월"
    r"(?:\s*(?P<day>\d{1,2})\s*일)?" + _KO_PART + _TIME_OF_DAY + _CLOCK
)
_EN_MONTH = re.compile(
    r"(?:(?P<rel>last|this|next)\s+)?" + _EN_PART + _MONTH
    + r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?" + _EN_YEAR_AFTER + _CLOCK
)  # fmt: skip
_EN_DAY_MONTH = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + _EN_YEAR_AFTER + _CLOCK
)


def _month_words(s: str, ctx: _Today) -> When | None:
    m = _KO_MONTH.fullmatch(s) or _EN_MONTH.fullmatch(s) or _EN_DAY_MONTH.fullmatch(s)
    if not m:
        return None
    raw = m.group("month")
    month = int(raw) if raw.isdigit() else _MONTHS[raw]
    if not 1 <= month <= 12:
        raise NoSuchDay(s)
    groups = m.groupdict()
    part = _PART_WORDS.get(groups.get("part") or "")
    day = int(groups["day"]) if groups.get("day") else None
    year = ctx.year(groups.get("year"), groups.get("yword"))
    rel = groups.get("rel")
    t = ctx.today
    if year is None and rel in ("last", "지난", "next", "다음"):
        step = -1 if rel in ("last", "지난") else 1
        year = t.year
        while (
            (year, month) >= (t.year, t.month) if step < 0 else (year, month) <= (t.year, t.month)
        ):
            year += step
    elif year is None and rel in ("this", "이번", "올"):
        year = t.year
    if day is not None:
        if part and part in _YEAR_PARTS and part not in _MONTH_PARTS:
            return None
        if year is None:
            spans = []
            for y in (t.year - 1, t.year, t.year + 1):
                if day <= calendar.monthrange(y, month)[1]:
                    spans.append((date(y, month, day),) * 2)
            if not spans:
                raise NoSuchDay(s)
            year = ctx.place(spans)[0].year
        return _day(_make_day(year, month, day, s), _clock(groups))
    if _clock(groups) is not None:
        return None
    if year is None:
        year = ctx.place([_month_span(y, month) for y in (t.year - 1, t.year, t.year + 1)])[0].year
    if not 1900 <= year <= 2200:
        raise NoSuchDay(s)
    if part is None:
        return When(Moment(year, month))
    if part not in _MONTH_PARTS:
        return None
    first, last = _MONTH_PARTS[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return _days(date(year, month, first), date(year, month, last))


_KO_SEASON = re.compile(
    r"(?:" + _KO_YEAR + r"\s*|(?P<rel>지난|이번|다음|올)\s?)?" + _SEASON + _KO_PART
)
_EN_SEASON = re.compile(
    r"(?:(?P<rel>last|this|next)\s+)?(?:(?P<part>early|late)\s+)?" + _SEASON + _EN_YEAR_AFTER
)


def _season_words(s: str, ctx: _Today) -> When | None:
    m = _KO_SEASON.fullmatch(s) or _EN_SEASON.fullmatch(s)
    if not m:
        return None
    groups = m.groupdict()
    first_month = _SEASONS[groups["season"]]
    year = ctx.year(groups.get("year"), groups.get("yword"))
    t = ctx.today

    def span(y: int) -> tuple[date, date]:
        start = date(y, first_month, 1)
        return start, _month_span(*_ym(_add_months(start, 2)))[1]

    spans = [span(y) for y in range(t.year - 2, t.year + 2)]
    rel = groups.get("rel")
    if year is not None:
        chosen = span(year)
    elif rel in ("last", "지난"):
        chosen = max(c for c in spans if c[1] < t)
    elif rel in ("next", "다음"):
        chosen = min(c for c in spans if c[0] > t)
    elif rel in ("this", "이번", "올"):
        current = [c for c in spans if c[0] <= t <= c[1]]
        chosen = current[0] if current else span(t.year)
    else:
        chosen = ctx.place(spans)
    if not 1900 <= chosen[0].year <= 2200:
        raise NoSuchDay(s)
    part = _PART_WORDS.get(groups.get("part") or "")
    if part == "early":
        return _months(chosen[0], chosen[0])
    if part == "late":
        return _months(chosen[1], chosen[1])
    if part is not None:
        return None
    return _months(*chosen)


def _ym(d: date) -> tuple[int, int]:
    return d.year, d.month


_KO_YEAR_ONLY = re.compile(_KO_YEAR + r"\s*(?:도\s*)?" + _KO_PART)
_EN_YEAR_ONLY = re.compile(
    r"(?:(?P<part>early|mid|middle|late|beginning|start|end|the first half|first half|"
    r"the second half|second half)(?:\s+of)?\s+)?(?:(?P<year>\d{4})|(?P<yword>this year|"
    r"last year|next year|the year before last))"
)


def _year_words(s: str, ctx: _Today) -> When | None:
    m = _KO_YEAR_ONLY.fullmatch(s) or _EN_YEAR_ONLY.fullmatch(s)
    if not m:
        return None
    year = ctx.year(m.group("year"), m.group("yword"))
    if year is None or not 1900 <= year <= 2200:
        raise NoSuchDay(s)
    raw = (m.group("part") or "").removeprefix("the ")
    part = {"first half": "h1", "second half": "h2"}.get(raw) or _PART_WORDS.get(raw)
    if part is None:
        return When(Moment(year)) if not raw else None
    first, last = _YEAR_PARTS[part]
    return When(Moment(year, first), Moment(year, last))


_NUMERIC = re.compile(
    r"(?P<a>\d{1,2})\s*[/.]\s*(?P<b>\d{1,2})(?:\s*[/.]\s*(?P<year>\d{4}|\d{2}))?\.?"
    + _TIME_OF_DAY
    + _CLOCK
)


def _numeric(s: str, ctx: _Today) -> When | None:
    m = _NUMERIC.fullmatch(s)
    if not m:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (a, b) if ctx.day_first else (b, a)
    if not 1 <= month <= 12:
        raise NoSuchDay(s)
    year = ctx.year(m.group("year"), None)
    if year is None:
        t = ctx.today
        spans = [
            (date(y, month, day),) * 2
            for y in (t.year - 1, t.year, t.year + 1)
            if 1 <= day <= calendar.monthrange(y, month)[1]
        ]
        if not spans:
            raise NoSuchDay(s)
        year = ctx.place(spans)[0].year
    return _day(_make_day(year, month, day, s), _clock(m.groupdict()))


_RULES = (_day_words, _ago, _periods, _weekday, _month_words, _season_words, _year_words, _numeric)


# -- her computer's order of day and month -------------------------------------------------

# Where "3/5" is 5 March (month first): the US and the countries that write the year first.
_MONTH_FIRST_TERRITORIES = {
    "US", "KR", "KP", "JP", "CN", "TW", "PH", "CA", "FM", "MH", "PW", "HU", "LT", "MN", "SE",
    "ZA", "BT", "IR",
}  # fmt: skip
_MONTH_FIRST_LANGUAGES = {"ko", "ja", "zh", "hu", "lt", "mn", "en", "c", "posix", ""}


def day_first_for(locale_name: str) -> bool:
    """Whether a locale ("en_GB.UTF-8", "ko_KR", "de") writes the day before the month."""
    name = locale_name.split(".")[0].split("@")[0]
    language, _, territory = name.replace("-", "_").partition("_")
    if territory:
        return territory.upper() not in _MONTH_FIRST_TERRITORIES
    return language.lower() not in _MONTH_FIRST_LANGUAGES


def day_first_here() -> bool:
    """Her computer's order, from the environment the command line runs in (LC_ALL,
    LC_TIME, LANG); the window asks Qt's locale instead."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable)
        if value:
            return day_first_for(value)
    return False
