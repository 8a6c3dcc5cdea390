"""Smaller parts: date wording, the serial worker, translation of every string, prompts."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.settings import Settings, SettingsStore
from quietcase.storage.dates import When
from quietcase.ui import text
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session
from quietcase.ui.workers import InlineWorker, ThreadWorker


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (None, "Date not known"),
        ("2024", "sometime in 2024"),
        ("2024-03", "around March 2024"),
        ("2024-03-05", "5 March 2024"),
        ("2024-03-05 14:30", "5 March 2024, 14:30"),
        ("2024-03 .. 2024-05", "between March and May 2024"),
        ("2023-11 .. 2024-02", "between November 2023 and February 2024"),
        ("2024-03-01 .. 2024-03-09", "between 1 and 9 March 2024"),
        ("2024-03-30 .. 2024-04-02", "between 30 March and 2 April 2024"),
    ],
)
def test_dates_read_as_she_wrote_them(typed: str | None, shown: str) -> None:
    assert text.when_text(When.parse(typed) if typed else None) == shown


def test_table_dates_are_short_and_days_are_words() -> None:
    assert text.when_text(When.parse("2024-03-05 14:30"), short=True) == "5 Mar 2024, 14:30"
    assert text.day_text(date(2026, 11, 20)) == "20 November 2026"
    assert [text.days_text(n) for n in (0, 1, -1, 3, -9)] == [
        "today",
        "tomorrow",
        "yesterday",
        "in 3 days",
        "9 days ago",
    ]
    assert text.timestamp_text(None) == "never"
    assert text.label(text.ROLES, "support_centre") == "Support centre"
    assert text.label(text.ROLES, "new_role") == "new role"


def test_korean_month_names_follow_the_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    try:
        assert "3월" in text.when_text(When.parse("2024-03"))
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_app_errors_are_translated_before_filling_in() -> None:
    error = UserError("Please fill in the {field}.", field=text.tr("title"))
    assert text.error_text(error) == "Please fill in the title."


def test_thread_worker_runs_jobs_in_order_on_one_other_thread(qtbot: QtBot) -> None:
    worker = ThreadWorker()
    seen: list[tuple[int, str]] = []
    failures: list[UserError] = []
    main = threading.get_ident()

    def job(n: int) -> tuple[int, str]:
        assert threading.get_ident() != main
        return n, threading.current_thread().name

    for n in range(5):
        worker.submit(lambda n=n: job(n), seen.append, failures.append)
    worker.submit(lambda: 1 / 0, seen.append, failures.append)
    qtbot.waitUntil(lambda: len(seen) == 5 and len(failures) == 1, timeout=5000)
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert len({name for _, name in seen}) == 1
    assert "Nothing was changed" in str(failures[0])  # a readable message, no traceback
    worker.shutdown()


def test_results_from_before_a_lock_are_dropped(qtbot: QtBot) -> None:
    worker = ThreadWorker()
    gate = threading.Event()
    delivered: list[str] = []
    worker.submit(lambda: gate.wait(5) and "record text", delivered.append)
    worker.invalidate()
    gate.set()
    worker.submit(lambda: "after", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["after"], timeout=5000)
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    worker.shutdown()
    assert delivered == ["after"]


def test_a_locked_session_runs_nothing() -> None:
    session = Session(InlineWorker(), FixedClock.__new__(FixedClock))
    assert session.run(lambda case: 1 / 0) is False


def test_prompts_need_a_prepared_answer_in_tests() -> None:
    with pytest.raises(AssertionError, match="no answer prepared"):
        Prompts.confirm(None, "Delete?", "Delete it?", "Delete")
    Prompts.set_next_answer("yes")
    assert Prompts.confirm(None, "Delete?", "Delete it?", "Delete") is True


class _Upper(QTranslator):
    """Turns every string of every context upper case (and marks it)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "¤" + source.upper() if source and "{" not in source else ""


def test_every_visible_string_goes_through_translation(
    qtbot: QtBot, tmp_path: object, clock: FixedClock
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translator = _Upper()
    app.installTranslator(translator)
    try:
        store = SettingsStore(tmp_path / "config")  # type: ignore[operator]
        window = MainWindow(Session(InlineWorker(), clock), Settings(), store)
        qtbot.addWidget(window)
        shown = [
            w.text()
            for w in window.findChildren(QLabel) + window.findChildren(QPushButton)
            if w.text() and not w.text().startswith("<")
        ]
        untranslated = [
            s for s in shown if not s.startswith("¤") and s not in ("English", "한국어")
        ]
        assert not untranslated, untranslated
        assert window.windowTitle().startswith("¤")
    finally:
        app.removeTranslator(translator)
