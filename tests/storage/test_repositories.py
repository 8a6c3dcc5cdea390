"""Records through their repositories and back, in a real vault, inside `vault.atomic()`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlcipher3

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
from quietcase.storage.repositories import Contacts, Deadlines, Incidents, Requests, with_id
from quietcase.storage.vault import Vault
from tests.shared import NOW, PASS

LATER = NOW + timedelta(days=3, hours=2)


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    opened = Vault.open(vault_path, PASS)
    yield opened
    opened.close()


def reopen(vault: Vault) -> Vault:
    """Close and open again, to prove the data reached the file."""
    path = vault.path
    vault.close()
    return Vault.open(path, PASS)


def count(vault: Vault, table: str) -> int:
    row = vault.query_one(f"SELECT count(*) FROM {table}")
    assert row is not None
    return int(row[0])


def lawyer() -> Contact:
    return Contact(
        name="김지은 변호사",
        role=ContactRole.LAWYER,
        organisation="법무법인 한결",
        phone="+82 2-1234-5678",
        email="lawyer@example.org",
        handles=("@jieun_law", "카톡: jieun"),
        note="첫 상담 무료 — 'free' first \"consult\"",
    )


def centre() -> Contact:
    return Contact(name="Digital Sex Crime Victim Support Centre", role=ContactRole.SUPPORT_CENTRE)


def full_incident(contact_ids: tuple[int, ...] = ()) -> Incident:
    return Incident(
        title="사진 유포 — posted without consent",
        when=When.parse("2024-03 .. 2024-05"),
        platform="텔레그램",
        place="온라인",
        links=(
            Link(
                url="https://example.com/p/1?x=1&y='2'",
                post_title="제목 없음",
                uploader="익명123",
                found_on=date(2024, 3, 7),
                status=LinkStatus.ONLINE,
                checked_on=date(2024, 3, 8),
            ),
            Link(url="https://example.net/removed", status=LinkStatus.REMOVED),
            Link(url="https://example.org/unknown"),
        ),
        handles=("@uploader_1", "닉네임"),
        tags=("유포", "텔레그램", "urgent"),
        description="여러 줄\n설명\ttabs and 'quotes' and \"double\" 🙁",
        note="경찰에 보여줄 것",
        contact_ids=contact_ids,
    )


# -- round trips ----------------------------------------------------------------------------


def test_incident_round_trip(vault: Vault) -> None:
    contacts, incidents = Contacts(vault), Incidents(vault)
    with vault.atomic():
        c1 = contacts.add(lawyer(), NOW)
        c2 = contacts.add(centre(), NOW)
        record = full_incident((c1, c2))
        new_id = incidents.add(record, NOW)
    assert new_id > 0
    expected = with_id(record, new_id, NOW)
    assert incidents.get(new_id) == expected

    vault = reopen(vault)
    try:
        loaded = Incidents(vault).get(new_id)
        assert loaded == expected
        assert loaded.links[0].found_on == date(2024, 3, 7)
        assert loaded.links[0].status is LinkStatus.ONLINE
        assert loaded.links[1].found_on is None
        assert loaded.created_at is not None and loaded.created_at.tzinfo is not None
        assert Incidents(vault).all() == [expected]
        assert Incidents(vault).count() == 1
        assert Incidents(vault).exists(new_id)
        assert not Incidents(vault).exists(new_id + 1)
    finally:
        vault.close()


def test_minimal_incident_round_trip(vault: Vault) -> None:
    incidents = Incidents(vault)
    record = Incident(title="x")
    with vault.atomic():
        new_id = incidents.add(record, NOW)
    loaded = incidents.get(new_id)
    assert loaded == with_id(record, new_id, NOW)
    assert loaded.when is None
    assert loaded.links == () and loaded.handles == () and loaded.tags == ()


@pytest.mark.parametrize(
    "when_text", ["2024", "2024-03", "2024-03-05", "2024-03-05 14:30", "2024-03-05 .. 2024-03"]
)
def test_incident_when_precision_round_trips(vault: Vault, when_text: str) -> None:
    incidents = Incidents(vault)
    with vault.atomic():
        new_id = incidents.add(Incident(title="t", when=When.parse(when_text)), NOW)
    assert incidents.get(new_id).when == When.parse(when_text)
    assert vault.query_one("SELECT when_text FROM incident WHERE id = ?", (new_id,)) == (
        When.parse(when_text).text(),
    )


def test_contact_round_trip(vault: Vault) -> None:
    contacts = Contacts(vault)
    records = [lawyer(), centre()] + [
        Contact(name=f"{role.value} 담당자", role=role) for role in ContactRole
    ]
    with vault.atomic():
        ids = [contacts.add(c, NOW) for c in records]
    for record, new_id in zip(records, ids, strict=True):
        assert contacts.get(new_id) == with_id(record, new_id, NOW)
    assert contacts.count() == len(records)


def test_deadline_round_trip(vault: Vault) -> None:
    incidents, deadlines = Incidents(vault), Deadlines(vault)
    with vault.atomic():
        incident_id = incidents.add(Incident(title="t"), NOW)
        records = [
            Deadline(
                title="고소 기한",
                due=Moment(2026, 12, 1, 17, 30),
                incident_id=incident_id,
                done=False,
                note="경찰서 방문",
            ),
            Deadline(title="done one", due=Moment(2026, 11, 30), done=True),
            Deadline(title="month only", due=Moment(2027, 1)),
        ]
        ids = [deadlines.add(d, NOW) for d in records]
    for record, new_id in zip(records, ids, strict=True):
        assert deadlines.get(new_id) == with_id(record, new_id, NOW)
    assert deadlines.get(ids[1]).done is True


def test_request_round_trip(vault: Vault) -> None:
    contacts, incidents, requests = Contacts(vault), Incidents(vault), Requests(vault)
    with vault.atomic():
        contact_id = contacts.add(centre(), NOW)
        i1 = incidents.add(Incident(title="one"), NOW)
        i2 = incidents.add(Incident(title="two"), NOW)
        record = Request(
            kind=RequestKind.TAKEDOWN,
            subject="삭제 요청 — takedown",
            sent_on=date(2024, 3, 10),
            contact_id=contact_id,
            reference="REF-2024/031 'a'",
            status=RequestStatus.ACKNOWLEDGED,
            follow_up_on=date(2024, 3, 24),
            incident_ids=(i1, i2),
            note="답변 대기",
        )
        new_id = requests.add(record, NOW)
        draft = Request(kind=RequestKind.OTHER)
        draft_id = requests.add(draft, NOW)
    assert requests.get(new_id) == with_id(record, new_id, NOW)
    assert requests.get(draft_id) == with_id(draft, draft_id, NOW)
    assert requests.get(draft_id).contact_id is None
    assert requests.for_incident(i1) == [with_id(record, new_id, NOW)]
    assert requests.for_incident(i2) == [with_id(record, new_id, NOW)]


def test_every_enum_value_round_trips(vault: Vault) -> None:
    incidents, requests = Incidents(vault), Requests(vault)
    with vault.atomic():
        links = tuple(Link(url=f"https://e.com/{s.value}", status=s) for s in LinkStatus)
        incident_id = incidents.add(Incident(title="links", links=links), NOW)
        request_ids = {
            (kind, status): requests.add(Request(kind=kind, status=status), NOW)
            for kind in RequestKind
            for status in RequestStatus
        }
    assert incidents.get(incident_id).links == links
    for (kind, status), request_id in request_ids.items():
        loaded = requests.get(request_id)
        assert (loaded.kind, loaded.status) == (kind, status)


def test_rolled_back_add_leaves_nothing(vault: Vault) -> None:
    incidents = Incidents(vault)
    with pytest.raises(RuntimeError), vault.atomic():
        incidents.add(full_incident(), NOW)
        raise RuntimeError("undo")
    assert incidents.count() == 0
    assert count(vault, "incident_link") == 0


def test_unknown_contact_in_an_incident_is_refused(vault: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError), vault.atomic():
        Incidents(vault).add(Incident(title="t", contact_ids=(424242,)), NOW)
    assert Incidents(vault).count() == 0


# -- updates --------------------------------------------------------------------------------


def test_incident_update_replaces_links_and_contacts(vault: Vault) -> None:
    contacts, incidents = Contacts(vault), Incidents(vault)
    with vault.atomic():
        c1 = contacts.add(lawyer(), NOW)
        c2 = contacts.add(centre(), NOW)
        c3 = contacts.add(Contact(name="경찰", role=ContactRole.POLICE), NOW)
        incident_id = incidents.add(full_incident((c1, c2)), NOW)
    saved = incidents.get(incident_id)

    changed = replace(
        saved,
        title="새 제목",
        when=When.parse("2024-03-05 14:30"),
        links=(Link(url="https://only.example/", status=LinkStatus.REMOVED),),
        handles=(),
        tags=("하나",),
        contact_ids=(c3,),
    )
    with vault.atomic():
        incidents.update(changed, LATER)
    loaded = incidents.get(incident_id)
    assert loaded == replace(changed, updated_at=LATER)
    assert loaded.created_at == NOW
    assert count(vault, "incident_link") == 1
    assert vault.query("SELECT contact_id FROM incident_contact") == [(c3,)]

    with vault.atomic():
        incidents.update(replace(loaded, links=(), contact_ids=(), when=None), LATER)
    assert incidents.get(incident_id).links == ()
    assert incidents.get(incident_id).when is None
    assert count(vault, "incident_link") == 0
    assert count(vault, "incident_contact") == 0
    assert contacts.count() == 3  # unlinking does not delete the contacts


def test_contact_update(vault: Vault) -> None:
    contacts = Contacts(vault)
    with vault.atomic():
        contact_id = contacts.add(lawyer(), NOW)
    changed = replace(
        contacts.get(contact_id), name="새 이름", role=ContactRole.ACTIVIST, handles=("@new",)
    )
    with vault.atomic():
        contacts.update(changed, LATER)
    assert contacts.get(contact_id) == replace(changed, updated_at=LATER)


def test_deadline_update(vault: Vault) -> None:
    deadlines = Deadlines(vault)
    with vault.atomic():
        deadline_id = deadlines.add(Deadline(title="d", due=Moment(2026, 12, 1)), NOW)
    changed = replace(
        deadlines.get(deadline_id), due=Moment(2026, 12, 2, 9, 0), done=True, note="끝"
    )
    with vault.atomic():
        deadlines.update(changed, LATER)
    assert deadlines.get(deadline_id) == replace(changed, updated_at=LATER)


def test_request_update_replaces_incidents(vault: Vault) -> None:
    incidents, requests = Incidents(vault), Requests(vault)
    with vault.atomic():
        i1 = incidents.add(Incident(title="one"), NOW)
        i2 = incidents.add(Incident(title="two"), NOW)
        request_id = requests.add(Request(kind=RequestKind.TAKEDOWN, incident_ids=(i1,)), NOW)
    changed = replace(
        requests.get(request_id),
        status=RequestStatus.SENT,
        sent_on=date(2024, 4, 1),
        incident_ids=(i2,),
    )
    with vault.atomic():
        requests.update(changed, LATER)
    assert requests.get(request_id) == replace(changed, updated_at=LATER)
    assert requests.for_incident(i1) == []
    assert [r.id for r in requests.for_incident(i2)] == [request_id]


# -- deletes --------------------------------------------------------------------------------


def test_incident_delete_cascades(vault: Vault) -> None:
    contacts, incidents = Contacts(vault), Incidents(vault)
    deadlines, requests = Deadlines(vault), Requests(vault)
    with vault.atomic():
        contact_id = contacts.add(lawyer(), NOW)
        doomed = incidents.add(full_incident((contact_id,)), NOW)
        kept = incidents.add(full_incident((contact_id,)), NOW)
        deadline_id = deadlines.add(
            Deadline(title="d", due=Moment(2026, 12, 1), incident_id=doomed), NOW
        )
        request_id = requests.add(
            Request(kind=RequestKind.TAKEDOWN, incident_ids=(doomed, kept)), NOW
        )
    assert count(vault, "incident_link") == 6

    with vault.atomic():
        incidents.delete(doomed)

    assert not incidents.exists(doomed)
    with pytest.raises(RecordMissing):
        incidents.get(doomed)
    assert vault.query("SELECT DISTINCT incident_id FROM incident_link") == [(kept,)]
    assert count(vault, "incident_link") == 3
    assert vault.query("SELECT incident_id FROM incident_contact") == [(kept,)]
    assert deadlines.get(deadline_id).incident_id is None
    assert vault.query("SELECT incident_id FROM request_incident") == [(kept,)]
    assert requests.get(request_id).incident_ids == (kept,)
    assert contacts.exists(contact_id)
    assert vault.full_check() == []


def test_contact_delete_unlinks(vault: Vault) -> None:
    contacts, incidents, requests = Contacts(vault), Incidents(vault), Requests(vault)
    with vault.atomic():
        contact_id = contacts.add(lawyer(), NOW)
        incident_id = incidents.add(Incident(title="t", contact_ids=(contact_id,)), NOW)
        request_id = requests.add(Request(kind=RequestKind.OTHER, contact_id=contact_id), NOW)
    with vault.atomic():
        contacts.delete(contact_id)
    assert not contacts.exists(contact_id)
    assert incidents.get(incident_id).contact_ids == ()
    assert requests.get(request_id).contact_id is None
    assert vault.full_check() == []


def test_request_delete_removes_its_incident_rows(vault: Vault) -> None:
    incidents, requests = Incidents(vault), Requests(vault)
    with vault.atomic():
        incident_id = incidents.add(Incident(title="t"), NOW)
        request_id = requests.add(
            Request(kind=RequestKind.POLICE_REPORT, incident_ids=(incident_id,)), NOW
        )
    with vault.atomic():
        requests.delete(request_id)
    assert count(vault, "request_incident") == 0
    assert incidents.exists(incident_id)


def test_deadline_delete(vault: Vault) -> None:
    deadlines = Deadlines(vault)
    with vault.atomic():
        a = deadlines.add(Deadline(title="a", due=Moment(2026, 12, 1)), NOW)
        b = deadlines.add(Deadline(title="b", due=Moment(2026, 12, 2)), NOW)
    with vault.atomic():
        deadlines.delete(a)
    assert [d.id for d in deadlines.all()] == [b]


# -- missing records ------------------------------------------------------------------------


@pytest.mark.parametrize("repository", [Incidents, Contacts, Deadlines, Requests])
def test_record_missing(vault: Vault, repository: type) -> None:
    repo = repository(vault)
    for missing in (0, 1, 999_999, -1):
        with pytest.raises(RecordMissing) as info:
            repo.get(missing)
        assert info.value.number == missing
        assert info.value.kind == repo.kind
        with pytest.raises(RecordMissing):
            repo.delete(missing)
        assert not repo.exists(missing)


def test_update_of_a_missing_record(vault: Vault) -> None:
    cases = [
        (Incidents(vault), Incident(title="t", id=77)),
        (Contacts(vault), Contact(name="n", id=77)),
        (Deadlines(vault), Deadline(title="d", due=Moment(2026), id=77)),
        (Requests(vault), Request(kind=RequestKind.OTHER, id=77)),
    ]
    for repo, record in cases:
        with pytest.raises(RecordMissing), vault.atomic():
            repo.update(record, NOW)  # type: ignore[attr-defined]
    assert count(vault, "incident") == count(vault, "contact") == 0


def test_deleted_record_is_missing_afterwards(vault: Vault) -> None:
    contacts = Contacts(vault)
    with vault.atomic():
        contact_id = contacts.add(centre(), NOW)
    with vault.atomic():
        contacts.delete(contact_id)
    with pytest.raises(RecordMissing):
        contacts.get(contact_id)
    with pytest.raises(RecordMissing):
        contacts.update(with_id(centre(), contact_id, NOW), LATER)


# -- list order -----------------------------------------------------------------------------


def test_incidents_in_time_order_undated_last(vault: Vault) -> None:
    incidents = Incidents(vault)
    added = [
        ("undated first", None),
        ("april", "2024-04"),
        ("march 5 afternoon", "2024-03-05 14:30"),
        ("march", "2024-03"),
        ("undated second", None),
        ("march 5", "2024-03-05"),
        ("last year", "2023"),
        ("range from feb", "2024-02-10 .. 2024-06"),
    ]
    with vault.atomic():
        for title, when in added:
            incidents.add(
                Incident(title=title, when=None if when is None else When.parse(when)), NOW
            )
    assert [i.title for i in incidents.all()] == [
        "last year",
        "range from feb",
        "march",
        "march 5",
        "march 5 afternoon",
        "april",
        "undated first",
        "undated second",
    ]


def test_incidents_on_the_same_moment_keep_insertion_order(vault: Vault) -> None:
    incidents = Incidents(vault)
    with vault.atomic():
        ids = [
            incidents.add(Incident(title=str(i), when=When.parse("2024-03")), NOW) for i in range(5)
        ]
    assert [i.id for i in incidents.all()] == ids


def test_many_incidents_list_with_their_links(vault: Vault) -> None:
    """Past 500 rows the loader reads children without an IN list: same result."""
    incidents = Incidents(vault)
    with vault.atomic():
        ids = [
            incidents.add(
                Incident(
                    title=f"#{i}",
                    when=When(Moment(2000 + i % 20, 1 + i % 12)),
                    links=(Link(url=f"https://e.com/{i}/a"), Link(url=f"https://e.com/{i}/b")),
                ),
                NOW,
            )
            for i in range(520)
        ]
    listed = incidents.all()
    assert sorted(i.id for i in listed) == sorted(ids)
    for incident in listed:
        n = incident.title[1:]
        assert [link.url for link in incident.links] == [
            f"https://e.com/{n}/a",
            f"https://e.com/{n}/b",
        ]
    assert [i.when.earliest() for i in listed if i.when] == sorted(
        i.when.earliest() for i in listed if i.when
    )


def test_contacts_by_role_then_name(vault: Vault) -> None:
    contacts = Contacts(vault)
    with vault.atomic():
        for name, role in [
            ("zed", ContactRole.POLICE),
            ("Bea", ContactRole.LAWYER),
            ("amy", ContactRole.LAWYER),
            ("Carl", ContactRole.POLICE),
        ]:
            contacts.add(Contact(name=name, role=role), NOW)
    assert [(c.role.value, c.name) for c in contacts.all()] == [
        ("lawyer", "amy"),
        ("lawyer", "Bea"),
        ("police", "Carl"),
        ("police", "zed"),
    ]


def test_requests_most_recent_first_drafts_last(vault: Vault) -> None:
    requests = Requests(vault)
    with vault.atomic():
        old = requests.add(Request(kind=RequestKind.OTHER, sent_on=date(2024, 1, 1)), NOW)
        draft = requests.add(Request(kind=RequestKind.OTHER), NOW)
        new = requests.add(Request(kind=RequestKind.OTHER, sent_on=date(2024, 6, 1)), NOW)
    assert [r.id for r in requests.all()] == [new, old, draft]


def test_deadlines_soonest_first_and_open_until(vault: Vault) -> None:
    deadlines = Deadlines(vault)
    with vault.atomic():
        overdue = deadlines.add(Deadline(title="overdue", due=Moment(2026, 11, 20)), NOW)
        today_day = deadlines.add(Deadline(title="today", due=Moment(2026, 11, 25)), NOW)
        today_morning = deadlines.add(
            Deadline(title="this morning", due=Moment(2026, 11, 25, 8, 0)), NOW
        )
        done = deadlines.add(Deadline(title="done", due=Moment(2026, 11, 21), done=True), NOW)
        next_week = deadlines.add(Deadline(title="next week", due=Moment(2026, 12, 2)), NOW)
        december = deadlines.add(Deadline(title="sometime december", due=Moment(2026, 12)), NOW)

    assert [d.id for d in deadlines.all()] == [
        overdue,
        done,
        today_morning,
        today_day,
        next_week,
        december,
    ]
    # Day-only deadlines are due at the end of their day (latest minute).
    assert [d.id for d in deadlines.open_until("2026-11-26T00:00")] == [
        overdue,
        today_morning,
        today_day,
    ]
    assert [d.id for d in deadlines.open_until("2026-11-25T23:59")] == [overdue, today_morning]
    assert [d.id for d in deadlines.open_until("2026-12-03T00:00")] == [
        overdue,
        today_morning,
        today_day,
        next_week,
    ]
    assert [d.id for d in deadlines.open_until("2027-01-01T00:00")][-1] == december
    assert deadlines.open_until("2026-01-01T00:00") == []
