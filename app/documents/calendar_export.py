"""Deadlines and request follow-ups as an iCalendar file (RFC 5545) for her phone's calendar,
written with the `icalendar` package (CRLF, lines folded at 75 octets, text escaped).

- One event per deadline not done and per follow-up date of a request still open; each has a
  UID that stays the same across exports (a hash of the case's id and the record's id, with no
  domain: nothing in the file points anywhere), so importing again updates, not duplicates.
- A deadline with a date only is an all-day event (`VALUE=DATE`); one with a time is at that
  time of this computer's time zone, written in UTC (`...Z`), as are DTSTAMP and the alarm.
- A reminder (a display alarm) the day before.
- Discreet mode: every event is called "Appointment" (in her language) with no description,
  and the file names no program, for a calendar that others may see or that syncs to a cloud.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from quietcase.app.case import Case
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.progress import CancelToken
from quietcase.app.documents.pdf import Rendered, Saved, save_rendered
from quietcase.app.documents.safe_export import Notice, check_target, destination_notices
from quietcase.storage.dates import Moment
from quietcase.storage.records import RequestStatus

TIMED_LENGTH = timedelta(minutes=30)
CLOSED = (RequestStatus.DONE, RequestStatus.REFUSED)

NOT_ENCRYPTED_CALENDAR = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The calendar file is not encrypted, and a phone's calendar often copies its events to an "
    "online account. Choose discreet mode if the titles should not show what they are about.",
)
NOT_ENCRYPTED_DISCREET = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The calendar file is not encrypted, and a phone's calendar often copies its events to an "
    "online account. In discreet mode every event is called “Appointment”, with no details.",
)

_WORDS = {
    "appointment": ("Appointment", "약속"),
    "deadline": ("Deadline {id}", "기한 {id}"),
    "incident": ("incident {id}", "사건 {id}"),
    "follow_up": ("Follow up: {what}", "다시 확인: {what}"),
    "sent_to": ("sent to {v}", "받는 곳: {v}"),
    "sent_on": ("sent {v}", "보낸 날: {v}"),
    "reference": ("reference {v}", "접수번호: {v}"),
    "takedown": ("takedown request", "삭제 요청"),
    "police_report": ("police report", "경찰 신고·고소"),
    "support_centre": ("support centre", "지원센터 신청"),
    "other": ("request", "요청"),
}


@dataclass(frozen=True)
class CalendarItem:
    """One event: what it is (D-3 or R-4), when, and what it says."""

    ref: str
    start: date | datetime
    summary: str
    description: str


def _say(language: str, key: str, **params: str) -> str:
    text = _WORDS[key][1 if language == "ko" else 0]
    return text.format(**params) if params else text


def _start(due: Moment) -> date | datetime:
    """A date, or the typed local time (this computer's zone) in UTC."""
    assert due.month is not None and due.day is not None
    if due.hour is None:
        return date(due.year, due.month, due.day)
    local = datetime(due.year, due.month, due.day, due.hour, due.minute or 0).astimezone()
    return local.astimezone(UTC)


def calendar_items(
    case: Case, *, discreet: bool = False, language: str = "en"
) -> list[CalendarItem]:
    """The events, in date order: open deadlines, then follow-ups of open requests."""
    journal = case.journal
    names = {c.id: c.name for c in journal.contacts()}
    hidden = _say(language, "appointment")
    items = []
    for d in journal.deadlines():
        if d.done:
            continue
        details = [_say(language, "deadline", id=f"D-{d.id}")]
        if d.incident_id is not None:
            details.append(_say(language, "incident", id=f"I-{d.incident_id}"))
        items.append(
            CalendarItem(
                f"D-{d.id}",
                _start(d.due),
                hidden if discreet else d.title,
                "" if discreet else " · ".join(details),
            )
        )
    for r in journal.requests():
        if r.follow_up_on is None or r.status in CLOSED:
            continue
        what = " – ".join(x for x in (_say(language, r.kind.value), r.subject) if x)
        details = [f"R-{r.id}"]
        if r.contact_id in names:
            details.append(_say(language, "sent_to", v=names[r.contact_id]))
        if r.sent_on is not None:
            details.append(_say(language, "sent_on", v=r.sent_on.isoformat()))
        if r.reference:
            details.append(_say(language, "reference", v=r.reference))
        items.append(
            CalendarItem(
                f"R-{r.id}",
                r.follow_up_on,
                hidden if discreet else _say(language, "follow_up", what=what),
                "" if discreet else " · ".join(details),
            )
        )
    return sorted(items, key=lambda i: (_sort_key(i.start), i.ref))


def _sort_key(start: date | datetime) -> str:
    return start.isoformat() if isinstance(start, datetime) else start.isoformat() + "T00:00"


def uid(case: Case, ref: str) -> str:
    """The same for the same record in every export of this case; names nothing."""
    salt = case.vault.meta("vault_id") or case.vault.meta("created_at") or str(case.path.name)
    return hashlib.sha256(f"{salt}:{ref}".encode()).hexdigest()[:32]


def render_calendar(case: Case, *, discreet: bool = False, language: str = "en") -> Rendered:
    """The `.ics` file in memory."""
    items = calendar_items(case, discreet=discreet, language=language)
    now = case.clock.now().astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", "-//Calendar export//EN" if discreet else "-//Quietcase//Deadlines//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for item in items:
        event = Event()
        event.add("uid", uid(case, item.ref))
        event.add("dtstamp", now)
        event.add("summary", item.summary)
        event.add("dtstart", item.start)
        if isinstance(item.start, datetime):
            event.add("dtend", item.start + TIMED_LENGTH)
            trigger = timedelta(days=-1)
        else:
            event.add("dtend", item.start + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
            trigger = timedelta(hours=-15)  # 09:00 the day before
        if item.description:
            event.add("description", item.description)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.summary)
        alarm.add("trigger", trigger)
        event.add_component(alarm)
        cal.add_component(event)
    data = cal.to_ical()
    refs = ", ".join(i.ref for i in items) or "none"
    mode = "discreet" if discreet else "titles shown"
    return Rendered(data, 0, f"calendar (.ics, {mode}): {len(items)} events ({refs})")


def calendar_notices(out: Path, discreet: bool = False) -> list[Notice]:
    warning = NOT_ENCRYPTED_DISCREET if discreet else NOT_ENCRYPTED_CALENDAR
    return [Notice(warning), *destination_notices(Path(out), encrypted=True)]


def export_calendar(
    case: Case,
    out: Path,
    *,
    discreet: bool = False,
    language: str = "en",
    cancel: CancelToken | None = None,
) -> Saved:
    """Write the `.ics` file to `out` (a new file) and record the export."""
    out = Path(out)
    check_target(out)
    notices = calendar_notices(out, discreet)
    rendered = render_calendar(case, discreet=discreet, language=language)
    return save_rendered(case, rendered, out, notices, cancel)
