"""The timeline: every incident in time order, with how much is linked to it, and filters.

The window's filter bar and `quietcase-cli` share `TimelineFilter.matches`, so what "from
March 2024" means is decided once: an incident is kept when the time it may have happened
overlaps the chosen range (an incident "around March 2024" is kept for "from 2024-03-15").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from quietcase.app.core.errors import UserError, explain
from quietcase.app.journal.records import Journal
from quietcase.storage.counts import evidence_per_incident, requests_per_incident
from quietcase.storage.dates import When
from quietcase.storage.records import Incident


@dataclass(frozen=True)
class TimelineEntry:
    """One incident and the number of evidence items and requests linked to it."""

    incident: Incident
    evidence: int = 0
    requests: int = 0


@dataclass(frozen=True)
class TimelineFilter:
    """What to show; empty fields mean "any". Dates are `When`s as she typed them."""

    platform: str = ""
    tag: str = ""
    contact_id: int | None = None
    start: When | None = None
    end: When | None = None

    @property
    def active(self) -> bool:
        return bool(self.platform or self.tag or self.contact_id or self.start or self.end)

    def matches(self, entry: TimelineEntry) -> bool:
        incident = entry.incident
        if self.platform and incident.platform.casefold() != self.platform.casefold():
            return False
        if self.tag and self.tag.casefold() not in (t.casefold() for t in incident.tags):
            return False
        if self.contact_id is not None and self.contact_id not in incident.contact_ids:
            return False
        if self.start is not None or self.end is not None:
            when = incident.when
            if when is None:
                return False
            if self.start is not None and when.latest() < self.start.earliest():
                return False
            if self.end is not None and when.earliest() > self.end.latest():
                return False
        return True


def timeline(journal: Journal) -> list[TimelineEntry]:
    """Every incident in time order (undated last), with its counts: three queries in all."""
    incidents = journal.incidents()
    try:
        evidence = evidence_per_incident(journal.vault)
        requests = requests_per_incident(journal.vault)
    except UserError:
        raise
    except Exception as exc:
        raise explain(exc, journal.vault.path) from exc
    return [TimelineEntry(i, evidence.get(i.id, 0), requests.get(i.id, 0)) for i in incidents]


def _distinct(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        if value:
            seen.setdefault(value.casefold(), value)
    return sorted(seen.values(), key=str.casefold)


def platforms(entries: Iterable[TimelineEntry]) -> list[str]:
    """The platforms she has used, for the filter and the editor's suggestions."""
    return _distinct(e.incident.platform for e in entries)


def tags(entries: Iterable[TimelineEntry]) -> list[str]:
    """Every tag in use, for the filter and for completion in the editor."""
    return _distinct(t for e in entries for t in e.incident.tags)
