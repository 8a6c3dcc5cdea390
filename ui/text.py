"""Words the window shows for values: dates as she wrote them, roles, statuses, errors.

Every date the window shows comes from `when_text`, `day_text` or `due_text`, so "around
March 2024" is decided in one place (and a translator can reorder it: "2024년 3월경").
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from quietcase.app.core import platforms, validation
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.kinds import RecordKind
from quietcase.app.core.zone import local_zone
from quietcase.storage.dates import Moment, When

CTX = "Quietcase"

_zone: list[tzinfo | None] = [None]  # the open case's zone; None: the computer's


def korean() -> bool:
    """Whether the window speaks Korean (documents made from it follow)."""
    return QLocale().language() == QLocale.Language.Korean


def platform_text(value: str) -> str:
    """A stored platform as the window says it: "Telegram" is 텔레그램 in Korean (one table
    with the documents and search: app/core/platforms.py); what she typed stays hers."""
    return platforms.display(value, korean())


def use_zone(zone: tzinfo | None) -> None:
    """Show every stored (UTC) time in `zone`, the zone of the open case, as its documents do
    (None: the computer's zone, when no case is open)."""
    _zone[0] = zone


def local(at: datetime) -> datetime:
    """`at` in the open case's zone (the one its documents print)."""
    return at.astimezone(_zone[0] if _zone[0] is not None else local_zone())


def tr(text: str) -> str:
    """Translate a text marked with `QT_TRANSLATE_NOOP("Quietcase", ...)` (lupdate reads the
    marker, so literals below are wrapped in it: a bare `tr("...")` here would be collected
    without a context and never found)."""
    return QCoreApplication.translate(CTX, text)


def error_text(error: UserError) -> str:
    """An app message in her language, placeholders filled after translation."""
    return error.text(translate=lambda ctx, s: QCoreApplication.translate(ctx, s))


ROLES = {
    "lawyer": QT_TRANSLATE_NOOP("Quietcase", "Lawyer"),
    "police": QT_TRANSLATE_NOOP("Quietcase", "Police"),
    "support_centre": QT_TRANSLATE_NOOP("Quietcase", "Support centre"),
    "platform": QT_TRANSLATE_NOOP("Quietcase", "Platform"),
    "activist": QT_TRANSLATE_NOOP("Quietcase", "Activist"),
    "witness": QT_TRANSLATE_NOOP("Quietcase", "Witness"),
    "suspect": QT_TRANSLATE_NOOP("Quietcase", "Suspect"),
    "other": QT_TRANSLATE_NOOP("Quietcase", "Other"),
}
REQUEST_KINDS = {
    "takedown": QT_TRANSLATE_NOOP("Quietcase", "Takedown"),
    "police_report": QT_TRANSLATE_NOOP("Quietcase", "Police report"),
    "support_centre": QT_TRANSLATE_NOOP("Quietcase", "Support centre"),
    "other": QT_TRANSLATE_NOOP("Quietcase", "Other"),
}
REQUEST_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Quietcase", "Not sent yet"),
    "sent": QT_TRANSLATE_NOOP("Quietcase", "Sent"),
    "acknowledged": QT_TRANSLATE_NOOP("Quietcase", "Acknowledged"),
    "done": QT_TRANSLATE_NOOP("Quietcase", "Done"),
    "refused": QT_TRANSLATE_NOOP("Quietcase", "Refused"),
}
LINK_STATUSES = {
    "online": QT_TRANSLATE_NOOP("Quietcase", "Still online"),
    "removed": QT_TRANSLATE_NOOP("Quietcase", "Removed"),
    "unknown": QT_TRANSLATE_NOOP("Quietcase", "Not known"),
}
KINDS = {
    RecordKind.INCIDENT: QT_TRANSLATE_NOOP("Quietcase", "Incidents"),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP("Quietcase", "Contacts"),
    RecordKind.DEADLINE: QT_TRANSLATE_NOOP("Quietcase", "Deadlines"),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP("Quietcase", "Requests"),
    RecordKind.EVIDENCE: QT_TRANSLATE_NOOP("Quietcase", "Evidence"),
    RecordKind.MESSAGE: QT_TRANSLATE_NOOP("Quietcase", "Chat messages"),
}


def label(table: dict[str, str], value: str) -> str:
    """The translated word for an enum value (the value itself if it is unknown)."""
    return tr(table[value]) if value in table else value.replace("_", " ")


def _month(moment: Moment, short: bool = False) -> str:
    assert moment.month is not None
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().monthName(moment.month, form)


def _day_month(moment: Moment, short: bool = False) -> str:
    return tr(QT_TRANSLATE_NOOP("Quietcase", "{day} {month}")).format(
        day=moment.day, month=_month(moment, short)
    )


def date_column_width(metrics: QFontMetrics, with_time: bool = False, span: bool = False) -> int:
    """Pixels a table column needs for a long date in her language ("28 Dec 2026" is
    narrower than "2026년 12월 28일"); `span`: also for a span within a year, as the timeline
    shows dates she only roughly remembers ("between 23 Apr and 23 May 2026")."""
    sample = Moment(2026, 12, 28, 14, 30) if with_time else Moment(2026, 12, 28)
    shown = [moment_text(sample, short=True)]
    if span:
        shown.append(when_text(When(Moment(2026, 4, 23), Moment(2026, 5, 23)), short=True))
    return max(metrics.horizontalAdvance(words) for words in shown) + 24


def moment_text(moment: Moment, short: bool = False) -> str:
    """One point at the precision she gave: "2024", "March 2024", "5 March 2024, 14:30"
    (`short`: "5 Mar 2024, 14:30", for tables); in Korean "2024년 3월 5일 14:30"."""
    if moment.month is None:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "{year}")).format(year=moment.year)
    if moment.day is None:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "{month} {year}")).format(
            month=_month(moment, short), year=moment.year
        )
    text = tr(QT_TRANSLATE_NOOP("Quietcase", "{day} {month} {year}")).format(
        day=moment.day, month=_month(moment, short), year=moment.year
    )
    if moment.hour is None:
        return text
    return tr(QT_TRANSLATE_NOOP("Quietcase", "{date}, {time}")).format(
        date=text, time=f"{moment.hour:02d}:{moment.minute or 0:02d}"
    )


def when_text(when: When | None, short: bool = False) -> str:
    """How the timeline shows a date: exact ones plainly, approximate ones as approximate
    ("around March 2024" / "2024년 3월경", "between 5 and 9 March 2024" / "2024년 3월
    5일~9일 사이"). `short`: every month name short ("around Mar 2024"), as tables show
    exact dates, so a table has one date format."""
    if when is None:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "Date not known"))
    start, end = when.start, when.end
    if end is not None:
        if start.year == end.year and start.month and start.month == end.month:
            if start.day and end.day and start.hour is None and end.hour is None:
                return tr(
                    QT_TRANSLATE_NOOP("Quietcase", "between {start} and {end} {month} {year}")
                ).format(start=start.day, end=end.day, month=_month(start, short), year=start.year)
        if start.year == end.year and start.day and end.day and start.hour is None:
            if end.hour is None:  # "between 30 March and 2 April 2024"
                return tr(
                    QT_TRANSLATE_NOOP("Quietcase", "between {start} and {end} {year}")
                ).format(
                    start=_day_month(start, short), end=_day_month(end, short), year=start.year
                )
        if start.day is None and end.day is None and start.month and end.month:
            if start.year == end.year:
                return tr(
                    QT_TRANSLATE_NOOP("Quietcase", "between {start} and {end} {year}")
                ).format(start=_month(start, short), end=_month(end, short), year=start.year)
        return tr(QT_TRANSLATE_NOOP("Quietcase", "between {start} and {end}")).format(
            start=moment_text(start, short), end=moment_text(end, short)
        )
    if start.month is None:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "sometime in {year}")).format(year=start.year)
    if start.day is None:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "around {month} {year}")).format(
            month=_month(start, short), year=start.year
        )
    return moment_text(start, short)


def day_text(day: date | None, short: bool = False) -> str:
    if day is None:
        return ""
    return moment_text(Moment(day.year, day.month, day.day), short)


def timestamp_text(at: datetime | None, short: bool = False) -> str:
    """A moment the app noted, to the minute (`short`: the month as tables show it)."""
    if at is None:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "never"))
    shown = local(at)
    return moment_text(Moment(shown.year, shown.month, shown.day, shown.hour, shown.minute), short)


def days_text(days: int) -> str:
    """How far a date is from today, in words."""
    if days == 0:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "today"))
    if days == 1:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "tomorrow"))
    if days == -1:
        return tr(QT_TRANSLATE_NOOP("Quietcase", "yesterday"))
    if days > 0:
        return QCoreApplication.translate("Quietcase", "in %n days", None, days)
    return QCoreApplication.translate("Quietcase", "%n days ago", None, -days)


def size_text(size: int) -> str:
    """A file size as her file manager would show it: "1.2 MB", "340 KB", "512 bytes"."""
    if size < 1000:
        return QCoreApplication.translate("Quietcase", "%n bytes", None, size)
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            break
    return f"{QLocale().toString(value, 'f', 1)} {unit}"


def say(note: QLabel, words: str, *, problem: bool = False, hide_empty: bool = False) -> None:
    """Put `words` in a page's note line: calm grey, or the problem colour."""
    note.setText(words)
    note.setObjectName("problem" if problem else "hint")
    note.style().unpolish(note)
    note.style().polish(note)
    if hide_empty:
        note.setVisible(bool(words))


def filter_day(typed: str, *, last: bool) -> date | None:
    """A day typed in a filter box, as she may write it ("2025", "March 2025" ...): its first
    day, or its `last` one; None when empty. Raises `UserError` when it cannot be read."""
    when = validation.when(typed)
    if when is None:
        return None
    return date.fromisoformat((when.latest() if last else when.earliest())[:10])
