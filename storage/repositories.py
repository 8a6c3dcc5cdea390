"""Rows <-> records: one small class per table family. The only place with journal SQL.

Callers (the use cases in `app`) wrap writes in `vault.atomic()`; repositories never commit.
Lists are read with a fixed number of queries (no query per row), so 10,000 incidents list fast.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypeVar

from quietcase.storage.dates import Moment, When
from quietcase.storage.errors import RecordMissing
from quietcase.storage.records import (
    Contact,
    ContactRole,
    Deadline,
    Incident,
    Link,
    LinkStatus,
    Request,
    RequestKind,
    RequestStatus,
)
from quietcase.storage.search import links as search_links
from quietcase.storage.vault import Vault


def _ts(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def _from_ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _from_json_list(text: str) -> tuple[str, ...]:
    if text == "[]":  # the common case, and lists of 10,000 incidents should stay quick
        return ()
    return tuple(str(v) for v in json.loads(text))


@lru_cache(maxsize=4096)
def _when(text: str) -> When:
    """Stored dates repeat a lot (same month, same day): parse each text once."""
    return When.parse(text)


_LINK_STATUS = {status.value: status for status in LinkStatus}


def when_columns(when: When | None) -> tuple[str | None, str | None, str | None]:
    """A date as stored: her text, and the earliest and latest minute it may mean."""
    if when is None:
        return None, None, None
    return when.text(), when.earliest(), when.latest()


def _group(rows: Iterable[tuple[Any, ...]]) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        grouped[int(row[0])].append(row[1:])
    return grouped


def _in(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


class _Repository:
    table = ""
    kind = ""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def count(self) -> int:
        row = self.vault.query_one(f"SELECT count(*) FROM {self.table}")
        return int(row[0]) if row else 0

    def exists(self, record_id: int) -> bool:
        return (
            self.vault.query_one(f"SELECT 1 FROM {self.table} WHERE id = ?", (record_id,))
            is not None
        )

    def delete(self, record_id: int) -> None:
        self._require(record_id)
        self.vault.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))

    def _require(self, record_id: int) -> None:
        if not self.exists(record_id):
            raise RecordMissing(self.kind, record_id)


class Incidents(_Repository):
    table = "incident"
    kind = "incident"
    _COLUMNS = (
        "id, title, when_text, platform, place, handles, tags, description, note, "
        "created_at, updated_at"
    )

    _FIELDS = (
        "title, when_text, when_start, when_end, platform, place, handles, tags, description, note"
    )

    @staticmethod
    def _values(incident: Incident) -> tuple[Any, ...]:
        return (
            incident.title,
            *when_columns(incident.when),
            incident.platform,
            incident.place,
            _json_list(incident.handles),
            _json_list(incident.tags),
            incident.description,
            incident.note,
        )

    def add(self, incident: Incident, now: datetime) -> int:
        new_id = self.vault.execute(
            f"INSERT INTO incident ({self._FIELDS}, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*self._values(incident), _ts(now), _ts(now)),
        )
        self._write_children(new_id, incident)
        return new_id

    def update(self, incident: Incident, now: datetime) -> None:
        self._require(incident.id)
        assignments = ", ".join(f"{name.strip()} = ?" for name in self._FIELDS.split(","))
        self.vault.execute(
            f"UPDATE incident SET {assignments}, updated_at = ? WHERE id = ?",
            (*self._values(incident), _ts(now), incident.id),
        )
        self.vault.execute("DELETE FROM incident_link WHERE incident_id = ?", (incident.id,))
        self.vault.execute("DELETE FROM incident_contact WHERE incident_id = ?", (incident.id,))
        self._write_children(incident.id, incident)

    def _write_children(self, incident_id: int, incident: Incident) -> None:
        self.vault.executemany(
            "INSERT INTO incident_link (incident_id, position, url, post_title, uploader, "
            "found_on, status, checked_on, keywords) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    incident_id,
                    i,
                    link.url,
                    link.post_title,
                    link.uploader,
                    _day(link.found_on),
                    link.status.value,
                    _day(link.checked_on),
                    link.keywords,
                )
                for i, link in enumerate(incident.links)
            ],
        )
        self.vault.executemany(
            "INSERT OR IGNORE INTO incident_contact (incident_id, contact_id) VALUES (?, ?)",
            [(incident_id, c) for c in incident.contact_ids],
        )
        search_links.reindex(self.vault, [incident_id])  # with the links' keywords

    def get(self, incident_id: int) -> Incident:
        found = self._load(f"WHERE id = {int(incident_id)}")
        if not found:
            raise RecordMissing(self.kind, incident_id)
        return found[0]

    def all(self) -> list[Incident]:
        """All incidents in time order (undated ones last, then by id)."""
        return self._load("ORDER BY when_start IS NULL, when_start, id")

    def _load(self, where_order: str) -> list[Incident]:
        rows = self.vault.query(f"SELECT {self._COLUMNS} FROM incident {where_order}")
        if not rows:
            return []
        ids = [int(r[0]) for r in rows]
        selection = "" if len(rows) > 500 else f"WHERE incident_id IN ({_in(ids)})"
        links = _group(
            self.vault.query(
                "SELECT incident_id, url, post_title, uploader, found_on, status, checked_on, "
                "keywords "
                f"FROM incident_link {selection} ORDER BY incident_id, position"
            )
        )
        contacts = _group(
            self.vault.query(
                f"SELECT incident_id, contact_id FROM incident_contact {selection} "
                "ORDER BY incident_id, contact_id"
            )
        )
        return [
            Incident(
                id=int(r[0]),
                title=r[1],
                when=None if r[2] is None else _when(r[2]),
                platform=r[3],
                place=r[4],
                handles=_from_json_list(r[5]),
                tags=_from_json_list(r[6]),
                description=r[7],
                note=r[8],
                created_at=_from_ts(r[9]),
                updated_at=_from_ts(r[10]),
                links=tuple(
                    Link(
                        url=lr[0],
                        post_title=lr[1],
                        uploader=lr[2],
                        found_on=_from_day(lr[3]),
                        status=_LINK_STATUS[lr[4]],
                        checked_on=_from_day(lr[5]),
                        keywords=lr[6],
                    )
                    for lr in links.get(int(r[0]), [])
                ),
                contact_ids=tuple(int(c[0]) for c in contacts.get(int(r[0]), [])),
            )
            for r in rows
        ]


class Contacts(_Repository):
    table = "contact"
    kind = "contact"
    _COLUMNS = "id, name, role, organisation, phone, email, handles, note, created_at, updated_at"

    def add(self, contact: Contact, now: datetime) -> int:
        return self.vault.execute(
            "INSERT INTO contact (name, role, organisation, phone, email, handles, note, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                contact.name,
                contact.role.value,
                contact.organisation,
                contact.phone,
                contact.email,
                _json_list(contact.handles),
                contact.note,
                _ts(now),
                _ts(now),
            ),
        )

    def update(self, contact: Contact, now: datetime) -> None:
        self._require(contact.id)
        self.vault.execute(
            "UPDATE contact SET name = ?, role = ?, organisation = ?, phone = ?, email = ?, "
            "handles = ?, note = ?, updated_at = ? WHERE id = ?",
            (
                contact.name,
                contact.role.value,
                contact.organisation,
                contact.phone,
                contact.email,
                _json_list(contact.handles),
                contact.note,
                _ts(now),
                contact.id,
            ),
        )

    def get(self, contact_id: int) -> Contact:
        rows = self.vault.query(f"SELECT {self._COLUMNS} FROM contact WHERE id = ?", (contact_id,))
        if not rows:
            raise RecordMissing(self.kind, contact_id)
        return self._record(rows[0])

    def all(self) -> list[Contact]:
        """All contacts by role, then name."""
        return [
            self._record(r)
            for r in self.vault.query(
                f"SELECT {self._COLUMNS} FROM contact ORDER BY role, name COLLATE NOCASE, id"
            )
        ]

    @staticmethod
    def _record(r: tuple[Any, ...]) -> Contact:
        return Contact(
            id=int(r[0]),
            name=r[1],
            role=ContactRole(r[2]),
            organisation=r[3],
            phone=r[4],
            email=r[5],
            handles=_from_json_list(r[6]),
            note=r[7],
            created_at=_from_ts(r[8]),
            updated_at=_from_ts(r[9]),
        )


class Deadlines(_Repository):
    table = "deadline"
    kind = "deadline"
    _COLUMNS = "id, title, due_text, incident_id, done, note, created_at, updated_at"

    def add(self, deadline: Deadline, now: datetime) -> int:
        return self.vault.execute(
            "INSERT INTO deadline (title, due_text, due_at, incident_id, done, note, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                deadline.title,
                deadline.due.text(),
                deadline.due.latest(),
                deadline.incident_id,
                int(deadline.done),
                deadline.note,
                _ts(now),
                _ts(now),
            ),
        )

    def update(self, deadline: Deadline, now: datetime) -> None:
        self._require(deadline.id)
        self.vault.execute(
            "UPDATE deadline SET title = ?, due_text = ?, due_at = ?, incident_id = ?, "
            "done = ?, note = ?, updated_at = ? WHERE id = ?",
            (
                deadline.title,
                deadline.due.text(),
                deadline.due.latest(),
                deadline.incident_id,
                int(deadline.done),
                deadline.note,
                _ts(now),
                deadline.id,
            ),
        )

    def get(self, deadline_id: int) -> Deadline:
        rows = self.vault.query(
            f"SELECT {self._COLUMNS} FROM deadline WHERE id = ?", (deadline_id,)
        )
        if not rows:
            raise RecordMissing(self.kind, deadline_id)
        return self._record(rows[0])

    def all(self) -> list[Deadline]:
        """All deadlines, soonest first."""
        return [
            self._record(r)
            for r in self.vault.query(f"SELECT {self._COLUMNS} FROM deadline ORDER BY due_at, id")
        ]

    def open_until(self, until: str) -> list[Deadline]:
        """Deadlines not done whose due time (`YYYY-MM-DDTHH:MM`) is before `until`:
        overdue ones and the upcoming ones, soonest first."""
        return [
            self._record(r)
            for r in self.vault.query(
                f"SELECT {self._COLUMNS} FROM deadline WHERE done = 0 AND due_at < ? "
                "ORDER BY due_at, id",
                (until,),
            )
        ]

    @staticmethod
    def _record(r: tuple[Any, ...]) -> Deadline:
        return Deadline(
            id=int(r[0]),
            title=r[1],
            due=Moment.parse(r[2]),
            incident_id=None if r[3] is None else int(r[3]),
            done=bool(r[4]),
            note=r[5],
            created_at=_from_ts(r[6]),
            updated_at=_from_ts(r[7]),
        )


class Requests(_Repository):
    table = "request"
    kind = "request"
    _COLUMNS = (
        "id, kind, subject, sent_on, contact_id, reference, status, follow_up_on, note, "
        "created_at, updated_at"
    )

    def add(self, request: Request, now: datetime) -> int:
        new_id = self.vault.execute(
            "INSERT INTO request (kind, subject, sent_on, contact_id, reference, status, "
            "follow_up_on, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                request.kind.value,
                request.subject,
                _day(request.sent_on),
                request.contact_id,
                request.reference,
                request.status.value,
                _day(request.follow_up_on),
                request.note,
                _ts(now),
                _ts(now),
            ),
        )
        self._write_incidents(new_id, request.incident_ids)
        return new_id

    def update(self, request: Request, now: datetime) -> None:
        self._require(request.id)
        self.vault.execute(
            "UPDATE request SET kind = ?, subject = ?, sent_on = ?, contact_id = ?, "
            "reference = ?, status = ?, follow_up_on = ?, note = ?, updated_at = ? WHERE id = ?",
            (
                request.kind.value,
                request.subject,
                _day(request.sent_on),
                request.contact_id,
                request.reference,
                request.status.value,
                _day(request.follow_up_on),
                request.note,
                _ts(now),
                request.id,
            ),
        )
        self.vault.execute("DELETE FROM request_incident WHERE request_id = ?", (request.id,))
        self._write_incidents(request.id, request.incident_ids)

    def _write_incidents(self, request_id: int, incident_ids: Sequence[int]) -> None:
        self.vault.executemany(
            "INSERT OR IGNORE INTO request_incident (request_id, incident_id) VALUES (?, ?)",
            [(request_id, i) for i in incident_ids],
        )

    def get(self, request_id: int) -> Request:
        found = self._load(f"WHERE id = {int(request_id)}")
        if not found:
            raise RecordMissing(self.kind, request_id)
        return found[0]

    def all(self) -> list[Request]:
        """All requests, most recently sent first (drafts without a date at the end)."""
        return self._load("ORDER BY sent_on IS NULL, sent_on DESC, id DESC")

    def for_incident(self, incident_id: int) -> list[Request]:
        return self._load(
            f"WHERE id IN (SELECT request_id FROM request_incident WHERE incident_id = "
            f"{int(incident_id)}) ORDER BY sent_on IS NULL, sent_on, id"
        )

    def _load(self, where_order: str) -> list[Request]:
        rows = self.vault.query(f"SELECT {self._COLUMNS} FROM request {where_order}")
        links = (
            _group(
                self.vault.query(
                    "SELECT request_id, incident_id FROM request_incident ORDER BY request_id, "
                    "incident_id"
                )
            )
            if rows
            else {}
        )
        return [
            Request(
                id=int(r[0]),
                kind=RequestKind(r[1]),
                subject=r[2],
                sent_on=_from_day(r[3]),
                contact_id=None if r[4] is None else int(r[4]),
                reference=r[5],
                status=RequestStatus(r[6]),
                follow_up_on=_from_day(r[7]),
                note=r[8],
                created_at=_from_ts(r[9]),
                updated_at=_from_ts(r[10]),
                incident_ids=tuple(int(x[0]) for x in links.get(int(r[0]), [])),
            )
            for r in rows
        ]


_R = TypeVar("_R", Incident, Contact, Deadline, Request)


def with_id(record: _R, new_id: int, now: datetime) -> _R:
    """The record as saved: its new id and timestamps."""
    return replace(record, id=new_id, created_at=now, updated_at=now)
