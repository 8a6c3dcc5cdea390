"""The case at a glance: counts for the status line, the last backup, deadlines by urgency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from app.errors import UserError, explain
from app.journal import Journal
from storage.overview import evidence_count
from storage.records import CaseCounts, Deadline

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
