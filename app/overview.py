"""The case at a glance: counts for the status line, the last backup, deadlines by urgency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from quietcase.app.core.errors import UserError, explain
from quietcase.app.journal.records import Journal
from quietcase.storage.counts import evidence_count
from quietcase.storage.records import CaseCounts, Deadline, Request

LAST_BACKUP_KEY = "last_backup_at"  # written by the backup use case (ISO 8601)


class Urgency(Enum):
    """How a deadline is grouped: the overdue ones first, impossible to miss."""

    OVERDUE = 0
    THIS_WEEK = 1
    LATER = 2
    DONE = 3


@dataclass(frozen=True)
class CaseOverview:
    counts: CaseCounts
    evidence: int = 0
    last_backup: datetime | None = None
    overdue: int = 0


def urgency(journal: Journal, deadline: Deadline) -> Urgency:
    """Overdue, due within seven days, later, or done (in this computer's local time)."""
    if deadline.done:
        return Urgency.DONE
    if journal.is_overdue(deadline):
        return Urgency.OVERDUE
    week = (journal.clock.now().astimezone() + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    return Urgency.THIS_WEEK if deadline.due.earliest() <= week else Urgency.LATER


def overview(journal: Journal) -> CaseOverview:
    """Counts of everything, the number of overdue deadlines and when she last backed up."""
    counts = journal.counts()
    try:
        evidence = evidence_count(journal.vault)
        raw = journal.vault.meta(LAST_BACKUP_KEY)
    except UserError:
        raise
    except Exception as exc:
        raise explain(exc, journal.vault.path) from exc
    try:
        last_backup = datetime.fromisoformat(raw) if raw else None
    except ValueError:
        last_backup = None
    overdue = sum(1 for d in journal.upcoming_deadlines(0) if journal.is_overdue(d))
    return CaseOverview(counts, evidence, last_backup, overdue)


@dataclass(frozen=True)
class DeadlineEntry:
    """A deadline as the deadlines page lists it."""

    deadline: Deadline
    urgency: Urgency
    days_left: int  # from today to the due day; negative when past
    incident_title: str = ""


@dataclass(frozen=True)
class RequestEntry:
    """A request with the names the requests page shows beside it."""

    request: Request
    contact_name: str = ""
    incident_titles: tuple[str, ...] = ()
    follow_up_due: bool = False  # not done or refused, and the follow-up day has come


def deadline_entries(journal: Journal) -> list[DeadlineEntry]:
    """Every deadline, most urgent first: overdue, this week, later, then done."""
    titles = {i.id: i.title for i in journal.incidents()}
    today = journal.clock.now().astimezone().date()
    entries = [
        DeadlineEntry(
            d,
            urgency(journal, d),
            (_day(d) - today).days,
            titles.get(d.incident_id, "") if d.incident_id else "",
        )
        for d in journal.deadlines()
    ]
    entries.sort(key=lambda e: (e.urgency.value, e.deadline.due.earliest(), e.deadline.id))
    return entries


def request_entries(journal: Journal) -> list[RequestEntry]:
    """Every request (most recently sent first), with who it went to and what it is about."""
    names = {c.id: c.name for c in journal.contacts()}
    titles = {i.id: i.title for i in journal.incidents()}
    today = journal.clock.now().astimezone().date()
    return [
        RequestEntry(
            r,
            names.get(r.contact_id, "") if r.contact_id else "",
            tuple(titles[i] for i in r.incident_ids if i in titles),
            r.follow_up_on is not None
            and r.follow_up_on <= today
            and r.status.value not in ("done", "refused"),
        )
        for r in journal.requests()
    ]


def _day(deadline: Deadline) -> date:
    due = deadline.due
    return date(due.year, due.month or 1, due.day or 1)
