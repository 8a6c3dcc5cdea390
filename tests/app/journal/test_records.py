"""The journal's use cases on a real SQLCipher vault (the `case` fixture), with a fixed clock.

Every refused input must leave the vault exactly as it was: the test compares the JSON of all
lists and the bytes of the file before and after.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest

from quietcase.app.case import Case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import EXIT_FAILED, UserError
from quietcase.app.core.i18n import CONTEXT
from quietcase.app.journal.records import Journal
from quietcase.cli import serialize
from quietcase.storage.dates import Moment, When
from quietcase.storage.records import (
    CaseCounts,
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
from tests.shared import NOW, PASS

# -- helpers -------------------------------------------------------------------------------


def set_tz(name: str | None) -> None:
    if name is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = name
    time.tzset()


@pytest.fixture(autouse=True)
def _utc() -> Iterator[None]:
    """Deadlines are compared in local time: pin it to UTC unless a test moves it."""
    old = os.environ.get("TZ")
    set_tz("UTC")
    yield
    set_tz(old)


def snapshot(case: Case) -> tuple[str, bytes]:
    """Everything the journal shows, as JSON, plus the raw bytes of the file."""
    j = case.journal
    lists = {
        "incidents": [serialize.incident(r) for r in j.incidents()],
        "contacts": [serialize.contact(r) for r in j.contacts()],
        "deadlines": [serialize.deadline(r) for r in j.deadlines()],
        "requests": [serialize.request(r) for r in j.requests()],
    }
    return json.dumps(lists, sort_keys=True, ensure_ascii=False), case.path.read_bytes()


def seed(j: Journal) -> dict[str, int]:
    """One record of each kind, linked together."""
    contact = j.add_contact(Contact(name="Kim Ji-won", role=ContactRole.LAWYER))
    incident = j.add_incident(
        Incident(
            title="Photos posted in a room",
            when=When(Moment(2024, 3)),
            platform="Telegram",
            links=(Link(url="https://t.me/room1"),),
            contact_ids=(contact.id,),
        )
    )
    deadline = j.add_deadline(
        Deadline(title="Complaint", due=Moment(2026, 12, 1), incident_id=incident.id)
    )
    request = j.add_request(
        Request(
            kind=RequestKind.TAKEDOWN,
            contact_id=contact.id,
            incident_ids=(incident.id,),
            sent_on=date(2026, 11, 1),
            status=RequestStatus.SENT,
        )
    )
    return {
        "contact": contact.id,
        "incident": incident.id,
        "deadline": deadline.id,
        "request": request.id,
    }


def refuses(case: Case, action: Callable[[], object], *fragments: str) -> UserError:
    """`action` raises UserError (exit 1) mentioning `fragments`, and nothing changed."""
    before = snapshot(case)
    with pytest.raises(UserError) as err:
        action()
    assert err.value.exit_code == EXIT_FAILED
    for fragment in fragments:
        assert fragment in str(err.value)
    after = snapshot(case)
    assert after[0] == before[0]
    assert after[1] == before[1], "the vault file changed although the use case was refused"
    return err.value


HUGE = "x" * 10_000_000
MAY_1, MAY_2 = date(2026, 5, 1), date(2026, 5, 2)


# -- incidents -----------------------------------------------------------------------------


def test_add_incident_returns_it_as_saved(case: Case) -> None:
    j = case.journal
    contact = j.add_contact(Contact(name="Lee"))
    saved = j.add_incident(
        Incident(
            title="  Video shared  ",
            when=When(Moment(2024, 3), Moment(2024, 5)),
            platform="telegram",
            place=" room 'x' ",
            links=(
                Link(url="t.me/room", post_title="clip", uploader="@bad", status=LinkStatus.ONLINE),
                Link(url="https://example.com/p/1", found_on=date(2024, 4, 2)),
            ),
            handles=("@bad", "@BAD", " @bad ", "", "@other"),
            tags=("telegram", "Telegram", "영상"),
            description="첫 줄\n둘째 줄",
            note="private",
            contact_ids=(contact.id, contact.id),
        )
    )
    assert saved.id > 0
    assert saved.title == "Video shared"
    assert saved.platform == "Telegram"
    assert saved.place == "room 'x'"
    assert [link.url for link in saved.links] == ["https://t.me/room", "https://example.com/p/1"]
    assert saved.handles == ("@bad", "@other")
    assert saved.tags == ("telegram", "영상")
    assert saved.contact_ids == (contact.id,)
    assert saved.created_at == saved.updated_at == NOW
    assert j.incident(saved.id) == saved
    assert j.incidents() == [saved]


def test_incidents_in_time_order_undated_last(case: Case) -> None:
    j = case.journal
    undated = j.add_incident(Incident(title="no date"))
    late = j.add_incident(Incident(title="late", when=When(Moment(2025, 1, 2))))
    early = j.add_incident(Incident(title="early", when=When(Moment(2023))))
    middle = j.add_incident(Incident(title="middle", when=When(Moment(2024, 6), Moment(2024, 8))))
    assert [i.id for i in j.incidents()] == [early.id, middle.id, late.id, undated.id]


def test_update_incident_moves_updated_at_only(case: Case, clock: FixedClock) -> None:
    j = case.journal
    contact = j.add_contact(Contact(name="Park"))
    saved = j.add_incident(
        Incident(title="first", links=(Link(url="https://a.example/1"),), contact_ids=())
    )
    clock.advance(hours=3)
    updated = j.update_incident(
        replace(
            saved,
            title="second",
            links=(Link(url="b.example/2"), Link(url="https://a.example/1")),
            contact_ids=(contact.id,),
        )
    )
    assert updated.title == "second"
    assert [link.url for link in updated.links] == ["https://b.example/2", "https://a.example/1"]
    assert updated.contact_ids == (contact.id,)
    assert updated.created_at == NOW
    assert updated.updated_at == NOW + timedelta(hours=3)
    assert j.incident(saved.id) == updated


def test_delete_incident_keeps_deadline_date_and_request(case: Case) -> None:
    j = case.journal
    ids = seed(j)
    j.delete_incident(ids["incident"])
    assert j.incidents() == []
    deadline = j.deadline(ids["deadline"])
    assert deadline.incident_id is None
    assert deadline.due == Moment(2026, 12, 1)
    request = j.request(ids["request"])
    assert request.incident_ids == ()
    assert request.contact_id == ids["contact"]
    assert [c.id for c in j.contacts()] == [ids["contact"]]
    assert j.counts() == CaseCounts(incidents=0, contacts=1, deadlines=1, requests=1)


def test_missing_incident(case: Case) -> None:
    j = case.journal
    refuses(case, lambda: j.incident(7), "I-7")
    refuses(case, lambda: j.delete_incident(7), "I-7")
    refuses(case, lambda: j.update_incident(Incident(title="x", id=7)), "I-7")


# -- contacts ------------------------------------------------------------------------------


def test_contact_use_cases(case: Case, clock: FixedClock) -> None:
    j = case.journal
    saved = j.add_contact(
        Contact(
            name=" 김지원 ",
            role=ContactRole.SUPPORT_CENTRE,
            organisation="Digital Sexual Crime Victim Support Center",
            phone=" +82 2-735-8994 ",
            email=" help@example.or.kr",
            handles=("@help", "@HELP"),
            note="calls back on Tuesdays",
        )
    )
    assert saved.name == "김지원"
    assert saved.phone == "+82 2-735-8994"
    assert saved.email == "help@example.or.kr"
    assert saved.handles == ("@help",)
    assert saved.created_at == saved.updated_at == NOW
    assert j.contact(saved.id) == saved

    clock.advance(days=2)
    updated = j.update_contact(replace(saved, role=ContactRole.LAWYER, phone=""))
    assert updated.role is ContactRole.LAWYER and updated.phone == ""
    assert updated.created_at == NOW and updated.updated_at == NOW + timedelta(days=2)

    j.delete_contact(saved.id)
    assert j.contacts() == []
    refuses(case, lambda: j.contact(saved.id), f"C-{saved.id}")
    refuses(case, lambda: j.delete_contact(saved.id), f"C-{saved.id}")


def test_contacts_by_role_then_name(case: Case) -> None:
    j = case.journal
    j.add_contact(Contact(name="b police", role=ContactRole.POLICE))
    j.add_contact(Contact(name="Zed", role=ContactRole.LAWYER))
    j.add_contact(Contact(name="adam", role=ContactRole.LAWYER))
    assert [c.name for c in j.contacts()] == ["adam", "Zed", "b police"]


def test_delete_contact_unlinks_incidents_and_requests(case: Case) -> None:
    j = case.journal
    ids = seed(j)
    j.delete_contact(ids["contact"])
    assert j.incident(ids["incident"]).contact_ids == ()
    assert j.request(ids["request"]).contact_id is None
    assert j.counts() == CaseCounts(incidents=1, contacts=0, deadlines=1, requests=1)


# -- deadlines -----------------------------------------------------------------------------


def test_deadline_use_cases(case: Case, clock: FixedClock) -> None:
    j = case.journal
    incident = j.add_incident(Incident(title="x"))
    saved = j.add_deadline(
        Deadline(title=" Appeal ", due=Moment(2026, 12, 1, 14, 0), incident_id=incident.id)
    )
    assert saved.title == "Appeal"
    assert saved.created_at == saved.updated_at == NOW
    assert j.deadline(saved.id) == saved
    assert j.deadlines() == [saved]

    clock.advance(minutes=5)
    done = j.mark_deadline_done(saved.id)
    assert done.done is True
    assert done.updated_at == NOW + timedelta(minutes=5) and done.created_at == NOW
    assert j.mark_deadline_done(saved.id, False).done is False

    clock.advance(hours=1)
    updated = j.update_deadline(replace(saved, due=Moment(2026, 12, 2), incident_id=None))
    assert updated.due == Moment(2026, 12, 2) and updated.incident_id is None
    assert updated.updated_at == NOW + timedelta(hours=1, minutes=5)

    j.delete_deadline(saved.id)
    assert j.deadlines() == []
    refuses(case, lambda: j.deadline(saved.id), f"D-{saved.id}")
    refuses(case, lambda: j.mark_deadline_done(saved.id), f"D-{saved.id}")


def test_deadlines_soonest_first(case: Case) -> None:
    j = case.journal
    later = j.add_deadline(Deadline(title="later", due=Moment(2027, 1, 1)))
    sooner = j.add_deadline(Deadline(title="sooner", due=Moment(2026, 12, 1, 9, 0)))
    same_day = j.add_deadline(Deadline(title="same day", due=Moment(2026, 12, 1)))
    assert [d.id for d in j.deadlines()] == [sooner.id, same_day.id, later.id]


def test_upcoming_and_overdue_follow_the_clock(case: Case, clock: FixedClock) -> None:
    # NOW is 2026-11-25 09:00 UTC
    j = case.journal

    def add(title: str, due: Moment, done: bool = False) -> Deadline:
        return j.add_deadline(Deadline(title=title, due=due, done=done))

    overdue = add("overdue", Moment(2026, 11, 20))
    this_morning = add("this morning", Moment(2026, 11, 25, 8, 30))
    today = add("today", Moment(2026, 11, 25))
    soon = add("soon", Moment(2026, 12, 1))
    far = add("far", Moment(2027, 1, 15))
    done = add("done", Moment(2026, 11, 21), done=True)

    upcoming = j.upcoming_deadlines()
    assert [d.title for d in upcoming] == ["overdue", "this morning", "today", "soon"]
    assert [d.title for d in j.upcoming_deadlines(days=3)] == ["overdue", "this morning", "today"]
    assert j.is_overdue(overdue) and j.is_overdue(this_morning)
    assert not j.is_overdue(today)
    assert not j.is_overdue(soon) and not j.is_overdue(far)
    assert not j.is_overdue(done)

    clock.advance(days=1)
    assert j.is_overdue(today)
    assert not j.is_overdue(soon)

    clock.advance(days=40)
    assert far in j.upcoming_deadlines()
    assert all(j.is_overdue(d) for d in (overdue, today, soon))
    assert done not in j.upcoming_deadlines()

    j.mark_deadline_done(overdue.id)
    assert overdue.id not in [d.id for d in j.upcoming_deadlines()]


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_deadlines_are_compared_in_local_time(case: Case, clock: FixedClock) -> None:
    """She types due dates in her own time: in Seoul (UTC+9) NOW is 18:00 on 25 November."""
    j = case.journal
    five_pm = j.add_deadline(Deadline(title="5 pm", due=Moment(2026, 11, 25, 17, 0)))
    today = j.add_deadline(Deadline(title="today", due=Moment(2026, 11, 25)))
    set_tz("KST-9")
    assert j.is_overdue(five_pm)
    assert not j.is_overdue(today)
    clock.advance(hours=6)  # 15:00 UTC, but already 00:00 on the 26th in Seoul
    assert j.is_overdue(today)
    set_tz("UTC")
    assert not j.is_overdue(today)
    assert j.is_overdue(five_pm) is False


def test_upcoming_window_follows_local_time(case: Case) -> None:
    j = case.journal
    j.add_deadline(Deadline(title="in 13 days", due=Moment(2026, 12, 8)))
    j.add_deadline(Deadline(title="in 15 days", due=Moment(2026, 12, 10)))
    assert [d.title for d in j.upcoming_deadlines()] == ["in 13 days"]


# -- requests ------------------------------------------------------------------------------


def test_request_use_cases(case: Case, clock: FixedClock) -> None:
    j = case.journal
    contact = j.add_contact(Contact(name="Centre", role=ContactRole.SUPPORT_CENTRE))
    first = j.add_incident(Incident(title="first"))
    second = j.add_incident(Incident(title="second"))
    saved = j.add_request(
        Request(
            kind=RequestKind.SUPPORT_CENTRE,
            subject=" deletion ",
            contact_id=contact.id,
            reference=" 2026-0042 ",
            incident_ids=(second.id, first.id, second.id),
            follow_up_on=date(2026, 12, 3),
        )
    )
    assert saved.subject == "deletion" and saved.reference == "2026-0042"
    assert saved.incident_ids == (second.id, first.id)
    assert saved.status is RequestStatus.DRAFT
    assert saved.created_at == saved.updated_at == NOW
    loaded = j.request(saved.id)
    assert set(loaded.incident_ids) == {first.id, second.id}
    assert replace(loaded, incident_ids=saved.incident_ids) == saved

    clock.advance(days=1)
    updated = j.update_request(
        replace(loaded, status=RequestStatus.SENT, sent_on=date(2026, 11, 26), incident_ids=())
    )
    assert updated.status is RequestStatus.SENT and updated.incident_ids == ()
    assert updated.created_at == NOW and updated.updated_at == NOW + timedelta(days=1)

    j.delete_request(saved.id)
    assert j.requests() == []
    refuses(case, lambda: j.request(saved.id), f"R-{saved.id}")
    refuses(case, lambda: j.delete_request(saved.id), f"R-{saved.id}")


def test_requests_most_recently_sent_first_drafts_last(case: Case) -> None:
    j = case.journal
    draft = j.add_request(Request(kind=RequestKind.OTHER))
    old = j.add_request(Request(kind=RequestKind.TAKEDOWN, sent_on=date(2026, 1, 5)))
    new = j.add_request(Request(kind=RequestKind.TAKEDOWN, sent_on=date(2026, 9, 5)))
    assert [r.id for r in j.requests()] == [new.id, old.id, draft.id]


def test_requests_for_incident(case: Case) -> None:
    j = case.journal
    one = j.add_incident(Incident(title="one"))
    two = j.add_incident(Incident(title="two"))
    lonely = j.add_incident(Incident(title="lonely"))
    r1 = j.add_request(Request(kind=RequestKind.TAKEDOWN, incident_ids=(one.id,)))
    r2 = j.add_request(Request(kind=RequestKind.POLICE_REPORT, incident_ids=(one.id, two.id)))
    j.add_request(Request(kind=RequestKind.OTHER))

    for_one = j.requests_for_incident(one.id)
    assert [r.id for r in for_one] == [r1.id, r2.id]
    assert set(for_one[1].incident_ids) == {one.id, two.id}
    assert [r.id for r in j.requests_for_incident(two.id)] == [r2.id]
    assert j.requests_for_incident(lonely.id) == []
    assert j.requests_for_incident(999) == []


def test_counts(case: Case) -> None:
    j = case.journal
    assert j.counts() == CaseCounts()
    seed(j)
    j.add_contact(Contact(name="second"))
    j.add_deadline(Deadline(title="d2", due=Moment(2027, 1, 1)))
    j.add_deadline(Deadline(title="d3", due=Moment(2027, 1, 2)))
    for _ in range(3):
        j.add_request(Request(kind=RequestKind.OTHER))
    assert j.counts() == CaseCounts(incidents=1, contacts=2, deadlines=3, requests=4)


# -- refused input leaves the vault as it was ----------------------------------------------

BAD_INCIDENTS: dict[str, tuple[Callable[[Incident], Incident], str]] = {
    "empty title": (lambda i: replace(i, title=""), "Please fill in the title"),
    "whitespace title": (lambda i: replace(i, title=" \t\n "), "Please fill in the title"),
    "NUL-only title": (lambda i: replace(i, title="\x00"), "Please fill in the title"),
    "long title": (lambda i: replace(i, title="t" * 501), "501"),
    "10 MB description": (lambda i: replace(i, description=HUGE), "10,000,000"),
    "10 MB note": (lambda i: replace(i, note=HUGE), "10,000,000"),
    "not a url": (lambda i: replace(i, links=(Link(url="not a url"),)), '"not a url"'),
    "javascript": (
        lambda i: replace(i, links=(Link(url="javascript:alert(1)"),)),
        "javascript:alert(1)",
    ),
    "ftp": (lambda i: replace(i, links=(Link(url="ftp://x.org"),)), "ftp://x.org"),
    "bad link among good": (
        lambda i: replace(
            i,
            links=(
                Link(url="https://ok.example/1"),
                Link(url="t.me/fine"),
                Link(url="not a url"),
                Link(url="https://ok.example/2"),
            ),
        ),
        '"not a url"',
    ),
    "long post title": (
        lambda i: replace(i, links=(Link(url="https://ok.example", post_title="p" * 501),)),
        "post title",
    ),
    "checked before found": (
        lambda i: replace(i, links=(Link("https://ok.example", "", "", MAY_2, checked_on=MAY_1),)),
        "before the day it was found",
    ),
    "impossible day": (lambda i: replace(i, when=When(Moment(2026, 2, 31))), "2026-02-31"),
    "backwards range": (
        lambda i: replace(i, when=When(Moment(2024, 5), Moment(2024, 3))),
        "before the first",
    ),
    "missing contact": (lambda i: replace(i, contact_ids=(99,)), "C-99"),
    "long tag": (lambda i: replace(i, tags=("ok", "t" * 501)), "tag"),
}


@pytest.mark.parametrize("name", list(BAD_INCIDENTS))
def test_bad_incident_is_refused_on_add(case: Case, name: str) -> None:
    seed(case.journal)
    spoil, fragment = BAD_INCIDENTS[name]
    good = Incident(title="fine", links=(Link(url="https://ok.example/0"),))
    refuses(case, lambda: case.journal.add_incident(spoil(good)), fragment)


@pytest.mark.parametrize("name", list(BAD_INCIDENTS))
def test_bad_incident_is_refused_on_update(case: Case, clock: FixedClock, name: str) -> None:
    ids = seed(case.journal)
    spoil, fragment = BAD_INCIDENTS[name]
    current = case.journal.incident(ids["incident"])
    clock.advance(hours=1)
    refuses(case, lambda: case.journal.update_incident(spoil(current)), fragment)


BAD_CONTACTS: dict[str, tuple[Callable[[Contact], Contact], str]] = {
    "empty name": (lambda c: replace(c, name="   "), "Please fill in the name"),
    "email garbage": (lambda c: replace(c, email="kim at law"), "kim at law"),
    "email no domain": (lambda c: replace(c, email="kim@law"), "email"),
    "phone garbage": (lambda c: replace(c, phone="call me maybe"), "phone"),
    "phone too short": (lambda c: replace(c, phone="12"), "phone"),
    "10 MB note": (lambda c: replace(c, note=HUGE), "10,000,000"),
}


@pytest.mark.parametrize("name", list(BAD_CONTACTS))
def test_bad_contact_is_refused(case: Case, name: str) -> None:
    ids = seed(case.journal)
    spoil, fragment = BAD_CONTACTS[name]
    refuses(case, lambda: case.journal.add_contact(spoil(Contact(name="ok"))), fragment)
    current = case.journal.contact(ids["contact"])
    refuses(case, lambda: case.journal.update_contact(spoil(current)), fragment)


@pytest.mark.parametrize(
    ("spoil", "fragment"),
    [
        (lambda d: replace(d, title=""), "Please fill in the title"),
        (lambda d: replace(d, due=Moment(2026, 12)), "please give a day"),
        (lambda d: replace(d, due=Moment(2026)), "please give a day"),
        (lambda d: replace(d, due=Moment(2026, 2, 31)), "2026-02-31"),
        (lambda d: replace(d, due=Moment(2026, 12, 1, 25, 0)), "not a day in the calendar"),
        (lambda d: replace(d, incident_id=99), "I-99"),
        (lambda d: replace(d, note=HUGE), "10,000,000"),
    ],
)
def test_bad_deadline_is_refused(
    case: Case, spoil: Callable[[Deadline], Deadline], fragment: str
) -> None:
    ids = seed(case.journal)
    refuses(
        case,
        lambda: case.journal.add_deadline(spoil(Deadline(title="ok", due=Moment(2026, 12, 9)))),
        fragment,
    )
    current = case.journal.deadline(ids["deadline"])
    refuses(case, lambda: case.journal.update_deadline(spoil(current)), fragment)


@pytest.mark.parametrize(
    ("spoil", "fragment"),
    [
        (lambda r: replace(r, contact_id=99), "C-99"),
        (lambda r: replace(r, incident_ids=(1, 42)), "I-42"),
        (lambda r: replace(r, reference="r" * 501), "reference number"),
        (
            lambda r: replace(r, sent_on=date(2026, 11, 2), follow_up_on=date(2026, 11, 1)),
            "follow-up date comes before",
        ),
        (lambda r: replace(r, note=HUGE), "10,000,000"),
    ],
)
def test_bad_request_is_refused(
    case: Case, spoil: Callable[[Request], Request], fragment: str
) -> None:
    ids = seed(case.journal)
    assert ids["incident"] == 1
    refuses(
        case, lambda: case.journal.add_request(spoil(Request(kind=RequestKind.OTHER))), fragment
    )
    current = case.journal.request(ids["request"])
    refuses(case, lambda: case.journal.update_request(spoil(current)), fragment)


def test_missing_link_message_names_the_kind(case: Case) -> None:
    bad = Request(kind=RequestKind.OTHER, contact_id=99)
    err = refuses(case, lambda: case.journal.add_request(bad), "C-99")
    assert str(err) == "There is no contact with the id C-99 in this case file."


def test_missing_link_message_translates_the_kind(case: Case) -> None:
    with pytest.raises(UserError) as err:
        case.journal.add_request(Request(kind=RequestKind.OTHER, contact_id=99))

    def shout(context: str, template: str) -> str:
        assert context == CONTEXT
        return template.replace("There is no", "THERE IS NO").replace("contact", "CONTACT")

    assert "CONTACT" in err.value.text(translate=shout)


# -- transactions --------------------------------------------------------------------------


def test_failing_use_case_inside_outer_atomic_keeps_outer_work_when_caught(case: Case) -> None:
    j = case.journal
    with case.vault.atomic():
        kept = j.add_contact(Contact(name="kept"))
        with pytest.raises(UserError, match="I-77"):
            j.add_request(Request(kind=RequestKind.OTHER, incident_ids=(77,)))
        with pytest.raises(UserError):
            j.add_incident(Incident(title=""))
        with pytest.raises(UserError):
            with case.vault.atomic():
                j.add_incident(Incident(title="undone with its savepoint"))
                j.add_deadline(Deadline(title="bad", due=Moment(2026, 12, 1), incident_id=55))
        also_kept = j.add_incident(Incident(title="after the failures"))
    assert [c.id for c in j.contacts()] == [kept.id]
    assert [i.title for i in j.incidents()] == ["after the failures"]
    assert j.requests() == [] and j.deadlines() == []
    assert also_kept.id in [i.id for i in j.incidents()]


def test_failing_use_case_inside_outer_atomic_undoes_everything_when_not_caught(
    case: Case,
) -> None:
    j = case.journal
    seed(j)
    before = snapshot(case)
    with pytest.raises(UserError, match="C-99"):
        with case.vault.atomic():
            j.add_incident(Incident(title="would be lost"))
            j.add_contact(Contact(name="also lost"))
            j.add_request(Request(kind=RequestKind.OTHER, contact_id=99))
    assert snapshot(case) == before


def test_journal_transaction_keeps_all_or_nothing(case: Case) -> None:
    j = case.journal
    with j.transaction():
        contact = j.add_contact(Contact(name="together"))
        j.add_incident(Incident(title="together", contact_ids=(contact.id,)))
    assert j.counts() == CaseCounts(incidents=1, contacts=1)

    before = snapshot(case)
    with pytest.raises(UserError, match="I-404"):
        with j.transaction():
            j.add_contact(Contact(name="lost"))
            j.add_deadline(Deadline(title="lost", due=Moment(2026, 12, 1), incident_id=404))
    assert snapshot(case) == before


def test_saved_records_survive_reopening(case: Case, clock: FixedClock) -> None:
    seed(case.journal)
    before = snapshot(case)[0]
    case.close()
    with open_case(case.path, PASS, clock, read_only=True) as again:
        assert snapshot(again)[0] == before
