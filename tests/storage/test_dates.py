"""Dates at the precision she remembers them: parsing, canonical text, and sort keys."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quietcase.storage.dates import Moment, NoSuchDay, RangeBackwards, UnreadableDate, When

# -- Moment ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", Moment(2024)),
        ("2024-03", Moment(2024, 3)),
        ("2024-3", Moment(2024, 3)),
        ("2024-03-05", Moment(2024, 3, 5)),
        ("2024-3-5", Moment(2024, 3, 5)),
        ("2024-03-05 14:30", Moment(2024, 3, 5, 14, 30)),
        ("2024-03-05 9:05", Moment(2024, 3, 5, 9, 5)),
        ("2024-03-05T14:30", Moment(2024, 3, 5, 14, 30)),
        ("2024-03-05 00:00", Moment(2024, 3, 5, 0, 0)),
        ("2024-12-31 23:59", Moment(2024, 12, 31, 23, 59)),
        ("2024.3.5", Moment(2024, 3, 5)),
        ("2024.03.05.", Moment(2024, 3, 5)),
        ("2024. 3. 5.", Moment(2024, 3, 5)),
        ("2024/03/05", Moment(2024, 3, 5)),
        ("2024.03", Moment(2024, 3)),
        ("2024년", Moment(2024)),
        ("2024년 3월", Moment(2024, 3)),
        ("2024년 3월 5일", Moment(2024, 3, 5)),
        ("2024년3월5일", Moment(2024, 3, 5)),
        ("2024년 3월 5일 14:30", Moment(2024, 3, 5, 14, 30)),
        ("  2024-03-05  ", Moment(2024, 3, 5)),
        ("2024-02-29", Moment(2024, 2, 29)),
        ("2000-02-29", Moment(2000, 2, 29)),
        ("1900-01-01", Moment(1900, 1, 1)),
        ("2200-12-31", Moment(2200, 12, 31)),
    ],
)
def test_moment_parses(text: str, expected: Moment) -> None:
    assert Moment.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-31",
        "2023-02-29",
        "1900-02-29",  # not a leap year (divisible by 100)
        "2024-04-31",
        "2024-00",
        "2024-13",
        "2024-03-00",
        "2024-03-32",
        "2024-03-05 25:00",
        "2024-03-05 24:00",
        "2024-03-05 14:60",
        "2024년 2월 30일",
        "1899",
        "2201-01-01",
    ],
)
def test_moment_no_such_day(text: str) -> None:
    with pytest.raises(NoSuchDay) as info:
        Moment.parse(text)
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "garbage",
        "yesterday",
        "March 2024",
        "24-03-05",
        "20240305",
        "2024-03-05 14",
        "2024-03-05 14:3",
        "2024-03-05 14:30:00",
        "2024-03-05T14:30Z",
        "-2024",
        "2024--03",
        "2024-03-05-07",
        "3월 5일",
        "2024-0x",
    ],
)
def test_moment_unreadable(text: str) -> None:
    with pytest.raises(UnreadableDate) as info:
        Moment.parse(text)
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (Moment(2024), "2024"),
        (Moment(2024, 3), "2024-03"),
        (Moment(2024, 3, 5), "2024-03-05"),
        (Moment(2024, 3, 5, 9, 5), "2024-03-05 09:05"),
        (Moment(2024, 3, 5, 14, 0), "2024-03-05 14:00"),
    ],
)
def test_moment_canonical_text(moment: Moment, text: str) -> None:
    assert moment.text() == text
    assert str(moment) == text


def test_moment_earliest_and_latest() -> None:
    assert Moment(2024).earliest() == "2024-01-01T00:00"
    assert Moment(2024).latest() == "2024-12-31T23:59"
    assert Moment(2024, 2).earliest() == "2024-02-01T00:00"
    assert Moment(2024, 2).latest() == "2024-02-29T23:59"
    assert Moment(2023, 2).latest() == "2023-02-28T23:59"
    assert Moment(2024, 4).latest() == "2024-04-30T23:59"
    assert Moment(2024, 3, 5).earliest() == "2024-03-05T00:00"
    assert Moment(2024, 3, 5).latest() == "2024-03-05T23:59"
    assert Moment(2024, 3, 5, 14, 30).earliest() == "2024-03-05T14:30"
    assert Moment(2024, 3, 5, 14, 30).latest() == "2024-03-05T14:30"
    assert not Moment(2024, 3).has_day
    assert Moment(2024, 3, 5).has_day


# -- When -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024-03", Moment(2024, 3), None),
        ("2024-03 .. 2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("2024-03..2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("2024-03 ~ 2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("2024-03~2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("2024-03 – 2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("2024-03—2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("2024-03 to 2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("2024-03 TO 2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("between 2024-03 and 2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("Between 2024-03 and 2024-05", Moment(2024, 3), Moment(2024, 5)),
        ("  between 2024 and 2025  ", Moment(2024), Moment(2025)),
        ("2024년 3월부터 2024년 5월까지", Moment(2024, 3), Moment(2024, 5)),
        ("2024년 3월 부터 2024년 5월 사이", Moment(2024, 3), Moment(2024, 5)),
        ("2024년 3월부터 2024년 5월", Moment(2024, 3), Moment(2024, 5)),
        ("2024.3.5 ~ 2024.3.7", Moment(2024, 3, 5), Moment(2024, 3, 7)),
        (
            "2024-03-05 14:30 .. 2024-03-05 16:00",
            Moment(2024, 3, 5, 14, 30),
            Moment(2024, 3, 5, 16, 0),
        ),
        # Overlapping precisions are fine: the end may be coarser than the start.
        ("2024-03-05 .. 2024-03", Moment(2024, 3, 5), Moment(2024, 3)),
        ("2024 .. 2024-06", Moment(2024), Moment(2024, 6)),
        # Same start and end collapses to one moment.
        ("2024-03 .. 2024-03", Moment(2024, 3), None),
        ("between 2024-03-05 and 2024.3.5", Moment(2024, 3, 5), None),
    ],
)
def test_when_parses(text: str, start: Moment, end: Moment | None) -> None:
    when = When.parse(text)
    assert when == When(start, end)
    assert When.parse(when.text()) == when


def test_when_canonical_text() -> None:
    assert When(Moment(2024, 3)).text() == "2024-03"
    assert When(Moment(2024, 3), Moment(2024, 5)).text() == "2024-03 .. 2024-05"
    assert str(When(Moment(2024, 3, 5, 9, 0))) == "2024-03-05 09:00"
    when = When.parse("between 2024-03 and 2024-05")
    assert when.earliest() == "2024-03-01T00:00"
    assert when.latest() == "2024-05-31T23:59"


@pytest.mark.parametrize(
    "text",
    [
        "2024-05 .. 2024-03",
        "2024-03-05 .. 2024-03-04",
        "2024-03-05 14:30 .. 2024-03-05 09:00",
        "between 2025 and 2024",
        "2024년 5월부터 2024년 3월까지",
        "2024-04 ~ 2024-03-31",
    ],
)
def test_when_range_backwards(text: str) -> None:
    with pytest.raises(RangeBackwards) as info:
        When.parse(text)
    assert info.value.text == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "garbage",
        "2024-03 ..",
        ".. 2024-03",
        "2024 .. 2025 .. 2026",
        "between 2024 and",
        "between and 2024",
        "2024-03 ~ soon",
        "2024년 3월부터 5월까지",  # the second year is not guessed
    ],
)
def test_when_unreadable(text: str) -> None:
    with pytest.raises(UnreadableDate):
        When.parse(text)


@pytest.mark.parametrize("text", ["2026-02-31", "2024-01 .. 2026-02-31", "2024 ~ 2023-02-29"])
def test_when_no_such_day(text: str) -> None:
    with pytest.raises(NoSuchDay):
        When.parse(text)


# -- properties -----------------------------------------------------------------------------


@st.composite
def moments(draw: st.DrawFn) -> Moment:
    year = draw(st.integers(1900, 2200))
    if not draw(st.booleans()):
        return Moment(year)
    month = draw(st.integers(1, 12))
    if not draw(st.booleans()):
        return Moment(year, month)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    if not draw(st.booleans()):
        return Moment(year, month, day)
    return Moment(year, month, day, draw(st.integers(0, 23)), draw(st.integers(0, 59)))


@given(moments())
def test_moment_text_round_trips(moment: Moment) -> None:
    assert Moment.parse(moment.text()) == moment
    assert When.parse(moment.text()) == When(moment)


@given(moments())
def test_moment_earliest_not_after_latest(moment: Moment) -> None:
    assert moment.earliest() <= moment.latest()
    assert len(moment.earliest()) == len(moment.latest()) == len("2024-03-05T14:30")


@given(moments(), moments())
def test_when_round_trips_or_refuses_backwards(a: Moment, b: Moment) -> None:
    text = f"{a.text()} .. {b.text()}"
    if b.latest() < a.earliest():
        with pytest.raises(RangeBackwards):
            When.parse(text)
        return
    when = When.parse(text)
    assert when.start == a
    assert when.end == (None if a == b else b)
    assert When.parse(when.text()) == when
    assert when.earliest() <= when.latest()
    assert when.earliest() == a.earliest()


@given(st.text(max_size=30))
def test_any_text_either_parses_or_raises_a_date_error(text: str) -> None:
    try:
        when = When.parse(text)
    except (UnreadableDate, NoSuchDay, RangeBackwards):
        return
    assert when.earliest() <= when.latest()
    assert When.parse(when.text()) == when


# -- ordering -------------------------------------------------------------------------------


def test_sorting_by_earliest_puts_approximate_before_exact_within_the_month() -> None:
    texts = [
        "2024-04",
        "2024-03-05 14:30",
        "2024-03-31",
        "2024-03-05",
        "2024-02-29",
        "2024-03",
        "2024-03 .. 2024-05",
        "2023",
        "2024-03-05 09:00",
    ]
    ordered = sorted((When.parse(t) for t in texts), key=lambda w: (w.earliest(), w.latest()))
    assert [w.text() for w in ordered] == [
        "2023",
        "2024-02-29",
        "2024-03",  # "sometime in March" before any day in March...
        "2024-03 .. 2024-05",  # ...and the longer span after the shorter one
        "2024-03-05",  # the day before the times within it
        "2024-03-05 09:00",
        "2024-03-05 14:30",
        "2024-03-31",
        "2024-04",
    ]


def test_moments_of_different_precision_compare() -> None:
    assert sorted([Moment(2024, 3, 5), Moment(2024, 3)]) == [Moment(2024, 3), Moment(2024, 3, 5)]
