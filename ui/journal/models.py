"""The four tables of the case: timeline, contacts, deadlines, requests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.journal.timeline import TimelineEntry
from quietcase.app.overview import DeadlineEntry, RequestEntry, Urgency
from quietcase.storage.records import Contact
from quietcase.ui import text
from quietcase.ui.widgets.models import Column, Look, RecordTableModel

OVERDUE_LOOK = Look(foreground="overdue_row_text", background="overdue_back")
SOON_LOOK = Look(foreground="soon_text", background="soon_back", bold=False)
FOLLOW_UP_LOOK = Look(foreground="soon_text", background="soon_back", bold=False)


def _joined(values: tuple[str, ...]) -> str:
    return ", ".join(values)


def _count(n: int) -> str:
    return str(n) if n else ""


def _where(entry: TimelineEntry) -> str:
    """Platform and place in one column: "Telegram · t.me/example_room"."""
    platform = text.platform_text(entry.incident.platform)
    return " · ".join(x for x in (platform, entry.incident.place) if x)


def _when_key(entry: TimelineEntry) -> tuple[bool, str, str, int]:
    when = entry.incident.when
    if when is None:
        return (True, "", "", entry.incident.id)
    return (False, when.earliest(), when.latest(), entry.incident.id)


def _about(entry: TimelineEntry, show_notes: bool) -> str:
    """The tooltip of a title: the description, and her private note if she wants it shown."""
    about = entry.incident.description[:400]
    if show_notes and entry.incident.note:
        about += "\n\n" + text.tr(QT_TRANSLATE_NOOP("Quietcase", "Private note: {note}")).format(
            note=entry.incident.note[:400]
        )
    return about.strip()


TIMELINE_COLUMNS: list[Column[TimelineEntry]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "When"),
        lambda e: text.when_text(e.incident.when, short=True),
        _when_key,
        tooltip=lambda e: e.incident.when.text() if e.incident.when else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "What happened"),
        lambda e: e.incident.title,
        tooltip=lambda e: _about(e, False),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Where"), lambda e: _where(e)),
    Column(QT_TRANSLATE_NOOP("Columns", "Tags"), lambda e: _joined(e.incident.tags)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Evidence"),
        lambda e: _count(e.evidence),
        lambda e: e.evidence,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Requests"),
        lambda e: _count(e.requests),
        lambda e: e.requests,
        align_right=True,
    ),
]


def timeline_model(
    parent: QObject | None = None, show_notes: Callable[[], bool] = lambda: False
) -> RecordTableModel[TimelineEntry]:
    columns = list(TIMELINE_COLUMNS)
    columns[1] = replace(columns[1], tooltip=lambda e: _about(e, show_notes()))
    return RecordTableModel(columns, lambda e: e.incident.id, parent)


CONTACT_COLUMNS: list[Column[Contact]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Role"),
        lambda c: text.label(text.ROLES, c.role.value),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda c: c.organisation),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phone),
    Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda c: c.email),
    Column(QT_TRANSLATE_NOOP("Columns", "Handles"), lambda c: _joined(c.handles)),
]


def contacts_model(parent: QObject | None = None) -> RecordTableModel[Contact]:
    return RecordTableModel(CONTACT_COLUMNS, lambda c: c.id, parent)


URGENCY_WORDS = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Quietcase", "Overdue"),
    Urgency.THIS_WEEK: QT_TRANSLATE_NOOP("Quietcase", "This week"),
    Urgency.LATER: QT_TRANSLATE_NOOP("Quietcase", "Later"),
    Urgency.DONE: QT_TRANSLATE_NOOP("Quietcase", "Done"),
}


def _due_key(e: DeadlineEntry) -> tuple[str, int]:
    return (e.deadline.due.earliest(), e.deadline.id)


DEADLINE_COLUMNS: list[Column[DeadlineEntry]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda e: text.tr(URGENCY_WORDS[e.urgency]),
        lambda e: (e.urgency.value, *_due_key(e)),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Due"),
        lambda e: text.moment_text(e.deadline.due, short=True),
        _due_key,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "How soon"),
        lambda e: "" if e.urgency is Urgency.DONE else text.days_text(e.days_left),
        lambda e: e.days_left,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda e: e.deadline.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Incident"), lambda e: e.incident_title),
]


def _deadline_look(e: DeadlineEntry) -> Look | None:
    if e.urgency is Urgency.OVERDUE:
        return OVERDUE_LOOK
    return SOON_LOOK if e.urgency is Urgency.THIS_WEEK else None


def deadlines_model(parent: QObject | None = None) -> RecordTableModel[DeadlineEntry]:
    return RecordTableModel(
        DEADLINE_COLUMNS,
        lambda e: e.deadline.id,
        parent,
        look=_deadline_look,
    )


def _day_key(day: object) -> tuple[bool, str]:
    return (day is None, "" if day is None else str(day))


REQUEST_COLUMNS: list[Column[RequestEntry]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        lambda e: text.label(text.REQUEST_KINDS, e.request.kind.value),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Subject"),
        lambda e: e.request.subject,
        tooltip=lambda e: "\n".join([e.request.subject, *e.incident_titles]),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Sent to"), lambda e: e.contact_name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Sent"),
        lambda e: text.day_text(e.request.sent_on, short=True),
        lambda e: _day_key(e.request.sent_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda e: text.label(text.REQUEST_STATUSES, e.request.status.value),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Next follow-up"),
        lambda e: text.day_text(e.request.follow_up_on, short=True),
        lambda e: _day_key(e.request.follow_up_on),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), lambda e: e.request.reference),
]


def requests_model(parent: QObject | None = None) -> RecordTableModel[RequestEntry]:
    return RecordTableModel(
        REQUEST_COLUMNS,
        lambda e: e.request.id,
        parent,
        look=lambda e: FOLLOW_UP_LOOK if e.follow_up_due else None,
    )
