"""Dates as a survivor knows them: a year, a month, a day, a day and time, or "between" two.

She often remembers only "around March 2024". A `When` keeps exactly what she wrote (at the
precision she wrote it) and gives a sort key so approximate and exact dates order sensibly.
Pure Python, no storage or Qt: both `storage` and `app` use it.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from functools import total_ordering


class UnreadableDate(ValueError):
    """The text is not a date in any form we understand."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class NoSuchDay(ValueError):
    """The date is well formed but does not exist in the calendar (31 February, 25:00)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class RangeBackwards(ValueError):
    """A "between A and B" where B comes before A."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


_POINT = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?: (\d{1,2}):(\d{2}))?)?)?$")
_BETWEEN = re.compile(r"^\s*between\s+(.+?)\s+and\s+(.+?)\s*$", re.IGNORECASE)
_KO_RANGE = re.compile(r"^\s*(.+?)\s*부터\s*(.+?)\s*(?:까지|사이)?\s*$")
_RANGE_SPLIT = re.compile(r"\s*(?:\.\.|~|–|—|\s+to\s+)\s*", re.IGNORECASE)


def _normalise_point(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).strip()
    s = s.replace("년", "-").replace("월", "-").replace("일", " ")
    s = re.sub(r"(\d)T(\d)", r"\1 \2", s)
    s = re.sub(r"[./]", "-", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"-+(\s|$)", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()


@total_ordering
@dataclass(frozen=True)
class Moment:
    """One point in time at the precision she knows: year, month, day, hour:minute."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @classmethod
    def parse(cls, text: str) -> Moment:
        """Read `2024`, `2024-03`, `2024-03-05`, `2024-03-05 14:30`; also `2024.3.5` and
        `2024년 3월 5일`."""
        m = _POINT.match(_normalise_point(text))
        if not m:
            raise UnreadableDate(text)
        year, month, day, hour, minute = (int(g) if g else None for g in m.groups())
        assert year is not None
        if not 1900 <= year <= 2200:
            raise NoSuchDay(text)
        if month is not None and not 1 <= month <= 12:
            raise NoSuchDay(text)
        if day is not None:
            assert month is not None
            if not 1 <= day <= calendar.monthrange(year, month)[1]:
                raise NoSuchDay(text)
        if hour is not None and (hour > 23 or (minute or 0) > 59):
            raise NoSuchDay(text)
        return cls(year, month, day, hour, minute)

    @property
    def has_day(self) -> bool:
        return self.day is not None

    def text(self) -> str:
        """The canonical form, at the precision she gave."""
        s = f"{self.year:04d}"
        if self.month is not None:
            s += f"-{self.month:02d}"
        if self.day is not None:
            s += f"-{self.day:02d}"
        if self.hour is not None:
            s += f" {self.hour:02d}:{self.minute or 0:02d}"
        return s

    def earliest(self) -> str:
        """ISO `YYYY-MM-DDTHH:MM` of the first minute this moment may mean."""
        return (
            f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}"
            f"T{self.hour or 0:02d}:{self.minute or 0:02d}"
        )

    def latest(self) -> str:
        """ISO `YYYY-MM-DDTHH:MM` of the last minute this moment may mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        if self.hour is None:
            return f"{self.year:04d}-{month:02d}-{day:02d}T23:59"
        return f"{self.year:04d}-{month:02d}-{day:02d}T{self.hour:02d}:{self.minute or 0:02d}"

    def __lt__(self, other: object) -> bool:
        """Earlier first; of two moments starting together, the more precise one first."""
        if not isinstance(other, Moment):
            return NotImplemented
        return (self.earliest(), self.latest()) < (other.earliest(), other.latest())

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class When:
    """When something happened: one `Moment`, or between two."""

    start: Moment
    end: Moment | None = None

    @classmethod
    def parse(cls, text: str) -> When:
        """Read a moment or a range: `2024-03 .. 2024-05`, `2024-03 ~ 2024-05`,
        `between 2024-03 and 2024-05`, `2024년 3월부터 5월까지` is not guessed (give both years)."""
        if not text or not text.strip():
            raise UnreadableDate(text)
        text = unicodedata.normalize("NFKC", text)  # full-width ２０２４－０３ from a Korean IME
        parts: list[str] | None = None
        for pattern in (_BETWEEN, _KO_RANGE):
            m = pattern.match(text)
            if m:
                parts = [m.group(1), m.group(2)]
                break
        if parts is None:
            parts = _RANGE_SPLIT.split(text.strip())
        if len(parts) == 1:
            return cls(Moment.parse(parts[0]))
        if len(parts) != 2 or not all(p.strip() for p in parts):
            raise UnreadableDate(text)
        start, end = Moment.parse(parts[0]), Moment.parse(parts[1])
        if end.latest() < start.earliest():
            raise RangeBackwards(text)
        if start == end:
            return cls(start)
        return cls(start, end)

    def text(self) -> str:
        """Canonical text: `2024-03` or `2024-03 .. 2024-05`."""
        return self.start.text() if self.end is None else f"{self.start} .. {self.end}"

    def earliest(self) -> str:
        return self.start.earliest()

    def latest(self) -> str:
        return (self.end or self.start).latest()

    def __str__(self) -> str:
        return self.text()
