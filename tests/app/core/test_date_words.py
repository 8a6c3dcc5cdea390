"""Dates in her own words (issue 22, item 4): every form of the issue, Korean and English,
against fixed days, across the turn of the year; and the same words through `validation`,
which the window and the command line both call."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quietcase.app.core import validation
from quietcase.app.core.date_words import day_first_for, read_words
from quietcase.app.core.errors import UserError
from quietcase.storage.dates import NoSuchDay, RangeBackwards, When

MID_JANUARY = date(2026, 1, 15)  # a Thursday
NEW_YEAR = date(2026, 1, 1)  # a Thursday
LATE_NOVEMBER = date(2026, 11, 25)  # a Wednesday


def read(text: str, today: date, **options: object) -> str:
    found = read_words(text, today, **options)  # type: ignore[arg-type]
    assert found is not None, text
    return found.text()


# Every example of the issue, on a day in January (the year before is "작년", and year-less
# words fall into it) and on a day in November.
EXAMPLES = [
    # Korean
    ("작년 3월", "2025-03", "2025-03"),
    ("지난달", "2025-12", "2026-10"),
    ("3월 초", "2025-03-01 .. 2025-03-10", "2026-03-01 .. 2026-03-10"),
    ("올해 봄", "2026-03 .. 2026-05", "2026-03 .. 2026-05"),
    ("그저께", "2026-01-13", "2026-11-23"),
    ("2주 전", "2025-12-29 .. 2026-01-04", "2026-11-08 .. 2026-11-14"),
    # English
    ("last March", "2025-03", "2026-03"),
    ("early March 2024", "2024-03-01 .. 2024-03-10", "2024-03-01 .. 2024-03-10"),
    ("two weeks ago", "2025-12-29 .. 2026-01-04", "2026-11-08 .. 2026-11-14"),
    ("yesterday evening", "2026-01-14", "2026-11-24"),
    ("spring 2024", "2024-03 .. 2024-05", "2024-03 .. 2024-05"),
    ("March 2024", "2024-03", "2024-03"),
    ("3/5", "2025-03-05", "2026-03-05"),
]


@pytest.mark.parametrize(("words", "in_january", "in_november"), EXAMPLES)
def test_every_example_of_the_issue(words: str, in_january: str, in_november: str) -> None:
    assert read(words, MID_JANUARY) == in_january
    assert read(words, LATE_NOVEMBER) == in_november


@pytest.mark.parametrize(
    ("words", "today", "expected"),
    [
        # The turn of the year.
        ("지난달", NEW_YEAR, "2025-12"),
        ("last month", NEW_YEAR, "2025-12"),
        ("작년 봄", NEW_YEAR, "2025-03 .. 2025-05"),
        ("last spring", NEW_YEAR, "2025-03 .. 2025-05"),
        ("2주 전", date(2026, 1, 3), "2025-12-17 .. 2025-12-23"),
        ("two weeks ago", date(2026, 1, 10), "2025-12-24 .. 2025-12-30"),
        ("그저께", NEW_YEAR, "2025-12-30"),
        ("yesterday evening", NEW_YEAR, "2025-12-31"),
        ("어제 저녁", NEW_YEAR, "2025-12-31"),
        ("3월 초", NEW_YEAR, "2025-03-01 .. 2025-03-10"),
        ("3/5", NEW_YEAR, "2025-03-05"),
        ("12/30", NEW_YEAR, "2025-12-30"),
        ("지난주", NEW_YEAR, "2025-12-22 .. 2025-12-28"),
        ("last Friday", NEW_YEAR, "2025-12-26"),
        ("작년", NEW_YEAR, "2025"),
        ("last year", NEW_YEAR, "2025"),
        ("한 달 전", date(2026, 1, 31), "2025-12"),
        ("작년 겨울", NEW_YEAR, "2025-12 .. 2026-02"),
        ("winter 2024", NEW_YEAR, "2024-12 .. 2025-02"),
        # "last March" in March is a year ago; in May it is this year's.
        ("last March", date(2026, 3, 20), "2025-03"),
        ("last March", date(2026, 5, 2), "2026-03"),
        ("지난 3월", date(2026, 5, 2), "2026-03"),
        # More of her words.
        ("어제", MID_JANUARY, "2026-01-14"),
        ("오늘", MID_JANUARY, "2026-01-15"),
        ("yesterday", MID_JANUARY, "2026-01-14"),
        ("the day before yesterday", MID_JANUARY, "2026-01-13"),
        ("last night", MID_JANUARY, "2026-01-14"),
        ("어제 14:30", MID_JANUARY, "2026-01-14 14:30"),
        ("yesterday at 9:15", MID_JANUARY, "2026-01-14 09:15"),
        ("이틀 전", MID_JANUARY, "2026-01-13"),
        ("3일 전", MID_JANUARY, "2026-01-12"),
        ("3 days ago", MID_JANUARY, "2026-01-12"),
        ("일주일 전", MID_JANUARY, "2026-01-05 .. 2026-01-11"),
        ("a week ago", MID_JANUARY, "2026-01-05 .. 2026-01-11"),
        ("두 달 전", MID_JANUARY, "2025-11"),
        ("two months ago", MID_JANUARY, "2025-11"),
        ("1년 전", MID_JANUARY, "2025"),
        ("지난주 금요일", MID_JANUARY, "2026-01-09"),
        ("금요일", MID_JANUARY, "2026-01-09"),
        ("이번 달", MID_JANUARY, "2026-01"),
        ("올봄", LATE_NOVEMBER, "2026-03 .. 2026-05"),
        ("지난 봄", LATE_NOVEMBER, "2026-03 .. 2026-05"),
        ("작년 말", MID_JANUARY, "2025-09 .. 2025-12"),
        ("올해 상반기", MID_JANUARY, "2026-01 .. 2026-06"),
        ("2024년 초", MID_JANUARY, "2024-01 .. 2024-04"),
        ("24년 3월", MID_JANUARY, "2024-03"),
        ("작년 3월 5일", MID_JANUARY, "2025-03-05"),
        ("3월 중순", LATE_NOVEMBER, "2026-03-11 .. 2026-03-20"),
        ("2월 말", LATE_NOVEMBER, "2026-02-21 .. 2026-02-28"),
        ("3월께", LATE_NOVEMBER, "2026-03"),
        ("2024년 3월쯤", LATE_NOVEMBER, "2024-03"),
        ("around March 2025", LATE_NOVEMBER, "2025-03"),
        ("mid-March", LATE_NOVEMBER, "2026-03-11 .. 2026-03-20"),
        ("the end of March 2024", LATE_NOVEMBER, "2024-03-21 .. 2024-03-31"),
        ("late February 2024", LATE_NOVEMBER, "2024-02-21 .. 2024-02-29"),
        ("5 March 2024", LATE_NOVEMBER, "2024-03-05"),
        ("March 5th, 2024", LATE_NOVEMBER, "2024-03-05"),
        ("the 5th of March", LATE_NOVEMBER, "2026-03-05"),
        ("early 2024", LATE_NOVEMBER, "2024-01 .. 2024-04"),
        ("the first half of 2024", LATE_NOVEMBER, "2024-01 .. 2024-06"),
        ("fall 2024", LATE_NOVEMBER, "2024-09 .. 2024-11"),
        ("a few days ago", LATE_NOVEMBER, "2026-11-20 .. 2026-11-23"),
        ("엊그제", LATE_NOVEMBER, "2026-11-21 .. 2026-11-23"),
        ("3/5/2024", LATE_NOVEMBER, "2024-03-05"),
        ("３／５", LATE_NOVEMBER, "2026-03-05"),  # full-width, from a Korean keyboard
        # Times, as she would write them.
        ("어제 오후 3시", MID_JANUARY, "2026-01-14 15:00"),
        ("어젯밤 11시", MID_JANUARY, "2026-01-14 23:00"),
        ("그저께 새벽 2시 반", MID_JANUARY, "2026-01-13 02:30"),
        ("yesterday at 3pm", MID_JANUARY, "2026-01-14 15:00"),
        ("yesterday 2:30 p.m.", MID_JANUARY, "2026-01-14 14:30"),
        ("지난주 금요일 밤 10시", MID_JANUARY, "2026-01-09 22:00"),
        ("작년 3월 5일 오후 3시 20분", MID_JANUARY, "2025-03-05 15:20"),
        ("3/5 14:30", MID_JANUARY, "2025-03-05 14:30"),
        ("오늘 낮 1시", MID_JANUARY, "2026-01-15 13:00"),
        ("어제 밤 12시", MID_JANUARY, "2026-01-15 00:00"),  # the midnight that ends it
        # Weekends and this time last year.
        ("지난 주말", MID_JANUARY, "2026-01-10 .. 2026-01-11"),
        ("last weekend", NEW_YEAR, "2025-12-27 .. 2025-12-28"),
        ("작년 이맘때", MID_JANUARY, "2025-01"),
        ("this time last year", LATE_NOVEMBER, "2025-11"),
        ("mid-March 2024 .. 2024-05", LATE_NOVEMBER, "2024-03-11 .. 2024-05"),
        # Ranges of words.
        ("3월 초 ~ 4월 말", MID_JANUARY, "2025-03-01 .. 2025-04-30"),
        ("지난달부터 이번 달까지", MID_JANUARY, "2025-12 .. 2026-01"),
        ("March to May 2024", MID_JANUARY, "2024-03 .. 2024-05"),
        ("between early March and late April 2024", MID_JANUARY, "2024-03-01 .. 2024-04-30"),
    ],
)
def test_her_words(words: str, today: date, expected: str) -> None:
    assert read(words, today) == expected


def test_the_order_of_day_and_month_is_hers() -> None:
    assert read("3/5", MID_JANUARY, day_first=True) == "2025-05-03"
    assert read("3/5", MID_JANUARY, day_first=False) == "2025-03-05"
    assert read("25/12", MID_JANUARY, day_first=True) == "2025-12-25"
    with pytest.raises(NoSuchDay):
        read_words("25/12", MID_JANUARY, day_first=False)  # no 25th month
    assert not day_first_for("ko_KR.UTF-8")
    assert not day_first_for("en_US.UTF-8")
    assert not day_first_for("C.UTF-8")
    assert day_first_for("en_GB.UTF-8")
    assert day_first_for("de_DE")
    assert day_first_for("fr")
    assert not day_first_for("ko")


def test_year_less_words_follow_what_the_date_is_for() -> None:
    """What happened is in the past; what is due in the future; a follow-up the nearest."""
    assert read("3/5", LATE_NOVEMBER, prefer="past") == "2026-03-05"
    assert read("3/5", LATE_NOVEMBER, prefer="future") == "2027-03-05"
    assert read("12/1", LATE_NOVEMBER, prefer="nearest") == "2026-12-01"
    assert read("11/20", LATE_NOVEMBER, prefer="nearest") == "2026-11-20"
    assert read("금요일", LATE_NOVEMBER, prefer="future") == "2026-11-27"
    assert read("next Friday", LATE_NOVEMBER) == "2026-11-27"
    assert read("내일", LATE_NOVEMBER) == "2026-11-26"
    assert read("in 3 days", LATE_NOVEMBER) == "2026-11-28"
    assert read("3일 후", LATE_NOVEMBER) == "2026-11-28"
    assert read("다음 주 월요일", LATE_NOVEMBER) == "2026-11-30"


@pytest.mark.parametrize("words", ["hello", "몇 달 전", "someday", "3 days", "the 40th of March"])
def test_what_is_not_a_date_is_not_guessed(words: str) -> None:
    try:
        assert read_words(words, MID_JANUARY) is None
    except NoSuchDay:
        assert "40" in words


def test_impossible_days_and_backward_ranges_are_named() -> None:
    with pytest.raises(NoSuchDay):
        read_words("2/30", MID_JANUARY)
    with pytest.raises(NoSuchDay):
        read_words("13월", MID_JANUARY)
    with pytest.raises(RangeBackwards):
        read_words("May 2024 to March 2024", MID_JANUARY)


def test_validation_reads_her_words_after_the_dates_it_always_read() -> None:
    """The window and the command line both go through `validation`."""
    assert validation.when("2024-03", today=MID_JANUARY) == When.parse("2024-03")
    assert validation.when("2024년 3월 5일", today=MID_JANUARY) == When.parse("2024-03-05")
    assert validation.when("작년 3월", today=MID_JANUARY) == When.parse("2025-03")
    assert validation.when("last March", today=MID_JANUARY) == When.parse("2025-03")
    assert validation.when("3/5", today=MID_JANUARY, day_first=True) == When.parse("2025-05-03")
    assert validation.due("금요일", today=LATE_NOVEMBER).text() == "2026-11-27"
    assert validation.day("11/20", "date sent", today=LATE_NOVEMBER) == date(2026, 11, 20)
    with pytest.raises(UserError) as err:
        validation.due("다음 달", today=LATE_NOVEMBER)
    assert "please give a day" in str(err.value)
    with pytest.raises(UserError) as err:
        validation.when("2/30", today=MID_JANUARY)
    assert "not a day in the calendar" in str(err.value)
    with pytest.raises(UserError) as err:
        validation.when("the other day", today=MID_JANUARY)
    assert "last March" in str(err.value)


WORD_PIECES = st.sampled_from(
    ["작년", "3월", "초", "봄", "2주", "전", "지난", "금요일", "오후", "3시", "last", "March",
     "early", "2024", "ago", "two", "weeks", "3/5", "..", "~", "부터", "까지", "in", "the", "of",
     "12", "31", "/", "-", ":", " ", "밤", "yesterday", "between", "and"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(WORD_PIECES, max_size=8).map(" ".join) | st.text(max_size=40))
def test_any_text_is_a_date_a_kind_refusal_or_nothing(text: str) -> None:
    """Whatever she types, the field answers at once: a reading, or a message she can read."""
    try:
        found = read_words(text, MID_JANUARY)
    except (NoSuchDay, RangeBackwards):
        return
    if found is not None:
        assert When.parse(found.text()) == found or found.start.year not in range(1900, 2201)
    try:
        validation.when(text, today=MID_JANUARY, day_first=False)
    except UserError:
        pass
