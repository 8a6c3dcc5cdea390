"""The case journal: incidents, contacts, deadlines and requests.

Each public method is one use case and one transaction: it validates what she entered, checks
that linked records exist, writes, and returns the record as saved. If anything fails, the
vault is exactly as it was before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TypeVar

from quietcase.app.core import validation as check
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP, Label
from quietcase.app.core.kinds import RecordKind
from quietcase.app.core.transactions import reading, writing
from quietcase.storage.dates import When
from quietcase.storage.errors import RecordMissing
from quietcase.storage.records import CaseCounts, Contact, Deadline, Incident, Link, Request
from quietcase.storage.repositories import Contacts, Deadlines, Incidents, Requests, with_id
from quietcase.storage.vault import Vault

LINK_TITLE = QT_TRANSLATE_NOOP("Quietcase", "post title")
UPLOADER = QT_TRANSLATE_NOOP("Quietcase", "uploader")
KEYWORDS = QT_TRANSLATE_NOOP("Quietcase", "keywords")
PLACE = QT_TRANSLATE_NOOP("Quietcase", "place")
HANDLE = QT_TRANSLATE_NOOP("Quietcase", "handle")
TAG = QT_TRANSLATE_NOOP("Quietcase", "tag")
ORGANISATION = QT_TRANSLATE_NOOP("Quietcase", "organisation")
SUBJECT = QT_TRANSLATE_NOOP("Quietcase", "subject")
REFERENCE = QT_TRANSLATE_NOOP("Quietcase", "reference number")

FOLLOW_UP_EARLY = QT_TRANSLATE_NOOP(
    "Quietcase", "The follow-up date comes before the day the request was sent. Please check it."
)
CHECKED_EARLY = QT_TRANSLATE_NOOP(
    "Quietcase",
    "A link was last checked before the day it was found. Please check the two dates.",
)

_T = TypeVar("_T")

JournalRecord = Incident | Contact | Deadline | Request


class Journal:
    """Use cases over one open vault."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.vault = vault
        self.clock = clock
        self._incidents = Incidents(vault)
        self._contacts = Contacts(vault)
        self._deadlines = Deadlines(vault)
        self._requests = Requests(vault)

    # -- any kind ------------------------------------------------------------------------

    def record(self, kind: RecordKind, record_id: int) -> JournalRecord:
        """One incident, contact, deadline or request by its kind and id."""
        readers: dict[RecordKind, Callable[[int], JournalRecord]] = {
            RecordKind.INCIDENT: self.incident,
            RecordKind.CONTACT: self.contact,
            RecordKind.DEADLINE: self.deadline,
            RecordKind.REQUEST: self.request,
        }
        return readers[RecordKind(kind)](record_id)

    def delete(self, kind: RecordKind, record_id: int) -> None:
        """Remove one incident, contact, deadline or request (see each `delete_*`)."""
        deleters: dict[RecordKind, Callable[[int], None]] = {
            RecordKind.INCIDENT: self.delete_incident,
            RecordKind.CONTACT: self.delete_contact,
            RecordKind.DEADLINE: self.delete_deadline,
            RecordKind.REQUEST: self.delete_request,
        }
        deleters[RecordKind(kind)](record_id)

    # -- incidents -----------------------------------------------------------------------

    def add_incident(self, incident: Incident) -> Incident:
        """Record something that happened; returns it with its new id."""
        clean = self._clean_incident(incident)
        now = self.clock.now()
        with self._writing():
            self._require_contacts(clean.contact_ids)
            new_id = self._incidents.add(clean, now)
        return with_id(clean, new_id, now)

    def update_incident(self, incident: Incident) -> Incident:
        clean = self._clean_incident(incident)
        with self._writing():
            self._require_contacts(clean.contact_ids)
            self._incidents.update(clean, self.clock.now())
            return self._incidents.get(clean.id)

    def delete_incident(self, incident_id: int) -> None:
        """Remove an incident (the window asks first). Deadlines keep their date but lose
        the link; requests and contacts stay."""
        with self._writing():
            self._incidents.delete(incident_id)

    def incident(self, incident_id: int) -> Incident:
        return self._reading(lambda: self._incidents.get(incident_id))

    def incidents(self) -> list[Incident]:
        """Every incident in time order; undated ones last."""
        return self._reading(self._incidents.all)

    # -- contacts ------------------------------------------------------------------------

    def add_contact(self, contact: Contact) -> Contact:
        clean = self._clean_contact(contact)
        now = self.clock.now()
        with self._writing():
            new_id = self._contacts.add(clean, now)
        return with_id(clean, new_id, now)

    def update_contact(self, contact: Contact) -> Contact:
        clean = self._clean_contact(contact)
        with self._writing():
            self._contacts.update(clean, self.clock.now())
            return self._contacts.get(clean.id)

    def delete_contact(self, contact_id: int) -> None:
        with self._writing():
            self._contacts.delete(contact_id)

    def contact(self, contact_id: int) -> Contact:
        return self._reading(lambda: self._contacts.get(contact_id))

    def contacts(self) -> list[Contact]:
        return self._reading(self._contacts.all)

    # -- deadlines -----------------------------------------------------------------------

    def add_deadline(self, deadline: Deadline) -> Deadline:
        clean = self._clean_deadline(deadline)
        now = self.clock.now()
        with self._writing():
            self._require_incidents(_present(clean.incident_id))
            new_id = self._deadlines.add(clean, now)
        return with_id(clean, new_id, now)

    def update_deadline(self, deadline: Deadline) -> Deadline:
        clean = self._clean_deadline(deadline)
        with self._writing():
            self._require_incidents(_present(clean.incident_id))
            self._deadlines.update(clean, self.clock.now())
            return self._deadlines.get(clean.id)

    def mark_deadline_done(self, deadline_id: int, done: bool = True) -> Deadline:
        with self._writing():
            current = self._deadlines.get(deadline_id)
            self._deadlines.update(replace(current, done=done), self.clock.now())
            return self._deadlines.get(deadline_id)

    def delete_deadline(self, deadline_id: int) -> None:
        with self._writing():
            self._deadlines.delete(deadline_id)

    def deadline(self, deadline_id: int) -> Deadline:
        return self._reading(lambda: self._deadlines.get(deadline_id))

    def deadlines(self) -> list[Deadline]:
        return self._reading(self._deadlines.all)

    def upcoming_deadlines(self, days: int = 14) -> list[Deadline]:
        """Deadlines not yet done that are overdue or due within `days` days, soonest first.

        Due dates are typed in her local time, so they are compared with the local time of
        this computer (at minute precision, against the end of the due day)."""
        until = (self._local_now() + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")
        return self._reading(lambda: self._deadlines.open_until(until))

    def is_overdue(self, deadline: Deadline) -> bool:
        """Not done, and the due day (or time) has passed in local time."""
        return not deadline.done and deadline.due.latest() < self._local_now().strftime(
            "%Y-%m-%dT%H:%M"
        )

    def _local_now(self) -> datetime:
        return self.clock.now().astimezone()

    # -- requests ------------------------------------------------------------------------

    def add_request(self, request: Request) -> Request:
        clean = self._clean_request(request)
        now = self.clock.now()
        with self._writing():
            self._require_contacts(_present(clean.contact_id))
            self._require_incidents(clean.incident_ids)
            new_id = self._requests.add(clean, now)
        return with_id(clean, new_id, now)

    def update_request(self, request: Request) -> Request:
        clean = self._clean_request(request)
        with self._writing():
            self._require_contacts(_present(clean.contact_id))
            self._require_incidents(clean.incident_ids)
            self._requests.update(clean, self.clock.now())
            return self._requests.get(clean.id)

    def delete_request(self, request_id: int) -> None:
        with self._writing():
            self._requests.delete(request_id)

    def request(self, request_id: int) -> Request:
        return self._reading(lambda: self._requests.get(request_id))

    def requests(self) -> list[Request]:
        return self._reading(self._requests.all)

    def requests_for_incident(self, incident_id: int) -> list[Request]:
        return self._reading(lambda: self._requests.for_incident(incident_id))

    # -- the whole case ------------------------------------------------------------------

    def counts(self) -> CaseCounts:
        return self._reading(
            lambda: CaseCounts(
                incidents=self._incidents.count(),
                contacts=self._contacts.count(),
                deadlines=self._deadlines.count(),
                requests=self._requests.count(),
            )
        )

    def is_empty(self) -> bool:
        """True when the case holds no records at all."""
        counts = self.counts()
        return not (counts.incidents or counts.contacts or counts.deadlines or counts.requests)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several use cases into one transaction: all of them are kept, or none."""
        with self._writing():
            yield

    # -- validation ----------------------------------------------------------------------

    @staticmethod
    def _clean_incident(incident: Incident) -> Incident:
        return replace(
            incident,
            title=check.text(incident.title, check.TITLE, required=True),
            when=check.valid_when(incident.when),
            platform=check.platform(incident.platform),
            place=check.text(incident.place, PLACE),
            links=tuple(_clean_link(link) for link in incident.links),
            handles=check.words(incident.handles, HANDLE),
            tags=check.words(incident.tags, TAG),
            description=check.text(incident.description, check.DESCRIPTION, limit=check.LONG_TEXT),
            note=check.text(incident.note, check.NOTE, limit=check.LONG_TEXT),
            contact_ids=tuple(dict.fromkeys(incident.contact_ids)),
        )

    @staticmethod
    def _clean_contact(contact: Contact) -> Contact:
        return replace(
            contact,
            name=check.text(contact.name, check.NAME, required=True),
            organisation=check.text(contact.organisation, ORGANISATION),
            phone=check.phone(contact.phone),
            email=check.email(contact.email),
            handles=check.words(contact.handles, HANDLE),
            note=check.text(contact.note, check.NOTE, limit=check.LONG_TEXT),
        )

    @staticmethod
    def _clean_deadline(deadline: Deadline) -> Deadline:
        due = check.valid_when(When(deadline.due))
        if due is None or not due.start.has_day:
            raise UserError(check.NEED_DAY, field=Label(check.DUE_DATE))
        return replace(
            deadline,
            due=due.start,
            title=check.text(deadline.title, check.TITLE, required=True),
            note=check.text(deadline.note, check.NOTE, limit=check.LONG_TEXT),
        )

    @staticmethod
    def _clean_request(request: Request) -> Request:
        check.in_order(request.sent_on, request.follow_up_on, FOLLOW_UP_EARLY)
        return replace(
            request,
            subject=check.text(request.subject, SUBJECT),
            reference=check.text(request.reference, REFERENCE),
            note=check.text(request.note, check.NOTE, limit=check.LONG_TEXT),
            incident_ids=tuple(dict.fromkeys(request.incident_ids)),
        )

    # -- plumbing ------------------------------------------------------------------------

    def _require_contacts(self, ids: tuple[int, ...] | list[int]) -> None:
        for contact_id in ids:
            if not self._contacts.exists(contact_id):
                raise RecordMissing(RecordKind.CONTACT, contact_id)

    def _require_incidents(self, ids: tuple[int, ...] | list[int]) -> None:
        for incident_id in ids:
            if not self._incidents.exists(incident_id):
                raise RecordMissing(RecordKind.INCIDENT, incident_id)

    def _writing(self) -> AbstractContextManager[None]:
        return writing(self.vault)

    def _reading(self, read: Callable[[], _T]) -> _T:
        return reading(self.vault, read)


def _present(record_id: int | None) -> list[int]:
    return [] if record_id is None else [record_id]


def _clean_link(link: Link) -> Link:
    check.in_order(link.found_on, link.checked_on, CHECKED_EARLY)
    return replace(
        link,
        url=check.url(link.url),
        post_title=check.text(link.post_title, LINK_TITLE),
        uploader=check.text(link.uploader, UPLOADER),
        keywords=check.text(link.keywords, KEYWORDS),
    )
