"""Dates and numbers the Korean way: "2024년 3월경", "2024년 3월 5일~9일 사이", "사건 1,234건";
and Korean date forms accepted wherever a date is typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from quietcase.app.core import validation
from quietcase.app.core.errors import UserError
from quietcase.storage.dates import When
from quietcase.ui import text
from tests.i18n.korean_window import speaking


@pytest.fixture
def korean(qapp: object) -> Iterator[None]:
    with speaking("ko"):
        yield


@pytest.mark.parametrize(
    ("typed", "korean_text", "english_text"),
    [
        (None, "날짜 모름", "Date not known"),
        ("2024", "2024년 중", "sometime in 2024"),
        ("2024-03", "2024년 3월경", "around March 2024"),
        ("2024-03-05", "2024년 3월 5일", "5 March 2024"),
        ("2024-03-05 14:30", "2024년 3월 5일 14:30", "5 March 2024, 14:30"),
        ("2024-03 .. 2024-05", "2024년 3월~5월 사이", "between March and May 2024"),
        (
            "2023-11 .. 2024-02",
            "2023년 11월~2024년 2월 사이",
            "between November 2023 and February 2024",
        ),
        ("2024-03-05 .. 2024-03-09", "2024년 3월 5일~9일 사이", "between 5 and 9 March 2024"),
        (
            "2024-03-30 .. 2024-04-02",
            "2024년 3월 30일~4월 2일 사이",
            "between 30 March and 2 April 2024",
        ),
    ],
)
def test_approximate_dates_read_naturally(
    qapp: object, typed: str | None, korean_text: str, english_text: str
) -> None:
    when = When.parse(typed) if typed else None
    with speaking("ko"):
        assert text.when_text(when) == korean_text
        assert text.when_text(when, short=True) == korean_text
    with speaking("en"):
        assert text.when_text(when) == english_text


def test_days_sizes_and_counts(korean: None) -> None:
    assert [text.days_text(n) for n in (0, 1, -1, 3, -9)] == [
        "오늘",
        "내일",
        "어제",
        "3일 후",
        "9일 전",
    ]
    assert text.day_text(date(2026, 11, 20)) == "2026년 11월 20일"
    assert text.timestamp_text(None) == "아직 없음"
    assert text.size_text(512) == "512바이트"
    assert text.size_text(1_234_567) == "1.2 MB"
    assert QCoreApplication.translate("CaseView", "%Ln evidence items", None, 20_000) == (
        "증거 20,000건"
    )
    assert text.label(text.ROLES, "support_centre") == "지원센터"
    assert text.label(text.REQUEST_KINDS, "takedown") == "삭제 요청"


def test_english_sizes_and_days(qapp: object) -> None:
    with speaking("en"):
        assert text.size_text(1) == "1 byte"
        assert text.size_text(999) == "999 bytes"
        assert text.size_text(2_500_000_000) == "2.5 GB"
        assert text.days_text(2) == "in 2 days"


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("2024년 3월 5일", "2024-03-05"),
        ("2024년 3월", "2024-03"),
        ("2024년", "2024"),
        ("2024.3.5", "2024-03-05"),
        ("2024. 3. 5.", "2024-03-05"),
        ("2024.03.05", "2024-03-05"),
        ("2024년 3월 5일 14:30", "2024-03-05 14:30"),
        ("2024년 3월부터 2024년 5월까지", "2024-03 .. 2024-05"),
        ("2024-03 ~ 2024-05", "2024-03 .. 2024-05"),
        ("２０２４－０３－０５", "2024-03-05"),
    ],
)
def test_korean_date_forms_are_accepted(typed: str, canonical: str) -> None:
    when = validation.when(typed)
    assert when is not None and when.text() == canonical


def test_a_wrong_day_is_explained_in_korean(korean: None) -> None:
    with pytest.raises(UserError) as caught:
        validation.when("2024년 2월 30일")
    assert text.error_text(caught.value) == (
        "달력에 없는 날이에요: “2024년 2월 30일”. 월과 일을 확인해 주세요."
    )
    with pytest.raises(UserError) as caught:
        validation.due("2026년 12월", validation.DUE_DATE)
    assert text.error_text(caught.value).startswith("기한 항목에는 2026-12-01처럼 날짜를 적어")
