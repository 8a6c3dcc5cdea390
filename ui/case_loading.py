"""What the open case loads in the background, and how a page's row names its record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quietcase.app.case import Case
from quietcase.app.journal.timeline import TimelineEntry, timeline
from quietcase.app.overview import (
    CaseOverview,
    DeadlineEntry,
    RequestEntry,
    deadline_entries,
    overview,
    request_entries,
)
from quietcase.storage.records import Contact


@dataclass(frozen=True)
class Everything:
    """What one reload brings back from the worker."""

    contacts: list[Contact]
    deadlines: list[DeadlineEntry]
    requests: list[RequestEntry]
    overview: CaseOverview


def load_timeline(case: Case) -> list[TimelineEntry]:
    return timeline(case.journal)


def load_everything(case: Case) -> Everything:
    journal = case.journal
    return Everything(
        journal.contacts(), deadline_entries(journal), request_entries(journal), overview(journal)
    )


def record_of(row: Any) -> Any:
    """The record inside a page's row (timeline and deadline rows wrap their record)."""
    for attribute in ("incident", "deadline", "request"):
        inner = getattr(row, attribute, None)
        if inner is not None and not isinstance(inner, int):
            return inner
    return row


def name_of(row: Any) -> str:
    record = record_of(row)
    return str(next((v for a in ("title", "name", "subject") if (v := getattr(record, a, ""))), ""))
