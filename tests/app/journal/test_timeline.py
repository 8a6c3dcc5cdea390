"""The timeline's counts and filters, and the case overview."""

from __future__ import annotations

from datetime import timedelta

from quietcase.app.case import Case
from quietcase.app.core.clock import FixedClock
from quietcase.app.journal.timeline import TimelineFilter, platforms, tags, timeline
from quietcase.app.overview import Urgency, overview, urgency
from quietcase.storage.dates import Moment, When
from quietcase.storage.records import Contact, Deadline, Incident, Request, RequestKind


def test_entries_are_in_time_order_with_counts(case: Case) -> None:
    j = case.journal
    later = j.add_incident(Incident(title="Later", when=When.parse("2024-05-02")))
    around = j.add_incident(Incident(title="Around March", when=When.parse("2024-03")))
    j.add_incident(Incident(title="Undated"))
    j.add_request(Request(kind=RequestKind.TAKEDOWN, incident_ids=(later.id, around.id)))
    j.add_request(Request(kind=RequestKind.OTHER, incident_ids=(later.id,)))
    entries = timeline(j)
    assert [e.incident.title for e in entries] == ["Around March", "Later", "Undated"]
    assert [e.requests for e in entries] == [1, 2, 0]
    assert [e.evidence for e in entries] == [0, 0, 0]


def test_filters(case: Case) -> None:
    j = case.journal
    witness = j.add_contact(Contact(name="Witness"))
    j.add_incident(
        Incident(
            title="A",
            when=When.parse("2024-03"),
            platform="Telegram",
            tags=("deepfake",),
            contact_ids=(witness.id,),
        )
    )
    j.add_incident(
        Incident(
            title="B", when=When.parse("2024-06-01"), platform="X", tags=("Deepfake", "re-upload")
        )
    )
    j.add_incident(Incident(title="C", platform="telegram"))
    entries = timeline(j)

    def titles(f: TimelineFilter) -> list[str]:
        return [e.incident.title for e in entries if f.matches(e)]

    assert not TimelineFilter().active
    assert titles(TimelineFilter()) == ["A", "B", "C"]
    assert titles(TimelineFilter(platform="TELEGRAM")) == ["A", "C"]
    assert titles(TimelineFilter(tag="deepfake")) == ["A", "B"]
    assert titles(TimelineFilter(contact_id=witness.id)) == ["A"]
    # "around March 2024" overlaps "from 15 March": kept; undated ones are left out.
    assert titles(TimelineFilter(start=When.parse("2024-03-15"))) == ["A", "B"]
    assert titles(TimelineFilter(end=When.parse("2024-03"))) == ["A"]
    assert titles(TimelineFilter(start=When.parse("2024-04"), end=When.parse("2024"))) == ["B"]
    assert platforms(entries) == ["Telegram", "X"]
    assert tags(entries) == ["deepfake", "re-upload"]


def test_overview_and_deadline_urgency(case: Case, clock: FixedClock) -> None:
    j = case.journal
    today = clock.now().astimezone().date()

    def due(days: int, done: bool = False) -> Deadline:
        day = today + timedelta(days=days)
        return j.add_deadline(
            Deadline(title=f"d{days}", due=Moment(day.year, day.month, day.day), done=done)
        )

    overdue, soon, later, done = due(-2), due(3), due(20), due(-5, done=True)
    assert urgency(j, overdue) is Urgency.OVERDUE
    assert urgency(j, soon) is Urgency.THIS_WEEK
    assert urgency(j, later) is Urgency.LATER
    assert urgency(j, done) is Urgency.DONE
    seen = overview(j)
    assert seen.counts.deadlines == 4
    assert seen.overdue == 1
    assert seen.last_backup is None
    assert seen.evidence == 0
    case.vault.set_meta("last_backup_at", "2026-11-20T10:00:00+00:00")
    assert overview(j).last_backup is not None
