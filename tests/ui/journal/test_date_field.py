"""The date field shows what it understood before she saves (issue 22, item 4): her words in
Korean and English, read against a fixed day, in an English and a Korean window."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from quietcase.app.core.errors import UserError
from quietcase.storage.dates import Moment, When
from quietcase.ui.journal.fields import DateEdit
from tests.i18n.korean_window import speaking

TODAY = date(2026, 1, 15)


def field(qtbot: QtBot, kind: str = "when") -> DateEdit:
    edit = DateEdit(kind, "")
    edit.today = lambda: TODAY
    edit._day_first = False  # a Korean or American computer: 3/5 is 5 March
    qtbot.addWidget(edit)
    return edit


@pytest.mark.parametrize(
    ("typed", "english", "korean"),
    [
        ("작년 3월", "→ around March 2025", "→ 2025년 3월경"),
        ("지난달", "→ around December 2025", "→ 2025년 12월경"),
        ("3월 초", "→ between 1 and 10 March 2025", "→ 2025년 3월 1일~10일 사이"),
        ("올해 봄", "→ between March and May 2026", "→ 2026년 3월~5월 사이"),
        ("그저께", "→ 13 January 2026", "→ 2026년 1월 13일"),
        (
            "2주 전",
            "→ between 29 December 2025 and 4 January 2026",
            "→ 2025년 12월 29일~2026년 1월 4일 사이",
        ),
        ("last March", "→ around March 2025", "→ 2025년 3월경"),
        ("early March 2024", "→ between 1 and 10 March 2024", "→ 2024년 3월 1일~10일 사이"),
        ("yesterday evening", "→ 14 January 2026", "→ 2026년 1월 14일"),
        ("spring 2024", "→ between March and May 2024", "→ 2024년 3월~5월 사이"),
        ("March 2024", "→ around March 2024", "→ 2024년 3월경"),
        ("3/5", "→ 5 March 2025", "→ 2025년 3월 5일"),
        ("2024-03-05", "→ 5 March 2024", "→ 2024년 3월 5일"),
    ],
)
def test_the_field_says_what_it_understood(
    qtbot: QtBot, typed: str, english: str, korean: str
) -> None:
    with speaking("en"):
        edit = field(qtbot)
        edit.set_text(typed)
        assert edit.hint.text() == english
        assert edit.hint.property("problem") is False
    with speaking("ko"):
        edit = field(qtbot)
        edit.set_text(typed)
        assert edit.hint.text() == korean
        edit.set_text("")
        assert "“2주 전”" in edit.hint.text()


def test_what_it_shows_is_what_is_saved(qtbot: QtBot) -> None:
    edit = field(qtbot)
    edit.set_text("last March")
    assert edit.when() == When(Moment(2025, 3))
    assert "Reads as" in edit.line.accessibleDescription()


def test_an_unreadable_date_says_what_to_write(qtbot: QtBot) -> None:
    with speaking("en"):
        edit = field(qtbot)
        edit.set_text("the other day")
        assert edit.hint.property("problem") is True
        assert "last March" in edit.hint.text()
        with pytest.raises(UserError):
            edit.when()
        edit.set_text("two weeks ago")
        assert edit.hint.property("problem") is False


def test_due_dates_look_ahead_and_days_take_the_nearest(qtbot: QtBot) -> None:
    due = field(qtbot, "due")
    due.set_text("3/5")
    assert due.due() == Moment(2026, 3, 5)
    due.set_text("금요일")
    assert due.due() == Moment(2026, 1, 16)
    sent = field(qtbot, "day")
    sent.set_text("12/30")
    assert sent.day("date sent") == date(2025, 12, 30)


def test_her_computer_decides_the_order_of_day_and_month(qtbot: QtBot) -> None:
    edit = field(qtbot)
    edit._day_first = True  # a British or German computer
    edit.set_text("3/5")
    assert edit.when() == When(Moment(2025, 5, 3))
