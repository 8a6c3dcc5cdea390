"""Dates typed on the command line: the window's reading (dates, or her words such as
"작년 3월" and "two weeks ago", against the clock's today and this computer's order of day and
month), and a line on stderr saying how words were read, as the window shows it before saving.
"""

from __future__ import annotations

import sys
from datetime import date

from quietcase.app.core import validation
from quietcase.app.core.clock import Clock
from quietcase.app.core.date_words import Prefer
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.cli.language import translate
from quietcase.storage.dates import Moment, When

READ_AS = QT_TRANSLATE_NOOP("Cli", "{option}: “{typed}” reads as {date}.")


def today(clock: Clock) -> date:
    """Her today: the clock's day in this computer's zone."""
    return clock.now().astimezone().date()


def when(typed: str | None, option: str, clock: Clock, *, prefer: Prefer = "past") -> When | None:
    """A date or a range, possibly approximate (`--when`, `--captured-at`)."""
    found = validation.when(typed, today=today(clock), prefer=prefer)
    _say(typed, option, None if found is None else found.text())
    return found


def due(typed: str | None, option: str, clock: Clock) -> Moment:
    """A day, time optional; year-less words look ahead (`--due`)."""
    found = validation.due(typed, today=today(clock))
    _say(typed, option, found.text())
    return found


def day(
    typed: str | None, option: str, field: str, clock: Clock, *, prefer: Prefer = "past"
) -> date | None:
    """An optional day: one that has been (`--sent`, `--found`, `--checked`), or, with
    `prefer="future"`, one to come (`--follow-up`)."""
    found = validation.day(typed, field, today=today(clock), prefer=prefer)
    _say(typed, option, None if found is None else found.isoformat())
    return found


def _say(typed: str | None, option: str, shown: str | None) -> None:
    if typed is None or shown is None or typed.strip() == shown:
        return
    print(
        translate("Cli", READ_AS).format(option=option, typed=typed.strip(), date=shown),
        file=sys.stderr,
    )
