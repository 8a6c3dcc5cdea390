"""The example case: realistic, complete, deterministic, and a valid vault."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from quietcase.app.case import Case, create_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.cli.demo import fill_demo
from quietcase.storage.records import (
    CaseCounts,
    Contact,
    ContactRole,
    LinkStatus,
    RequestKind,
    RequestStatus,
)

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


def _filled(path: Path, now: datetime = NOW, seed: int = 7) -> Case:
    case = create_case(path, "pass", FixedClock(now))
    fill_demo(case.journal, now.date(), seed)
    return case


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    case = _filled(tmp_path / "demo.quietcase")
    yield case
    case.close()


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def test_about_thirty_incidents_over_about_a_year(case: Case) -> None:
    incidents = case.journal.incidents()
    assert 25 <= len(incidents) <= 35
    dated = [i.when for i in incidents if i.when is not None]
    assert 0 < len(incidents) - len(dated) <= 3  # one or two undated
    first = min(_day(w.earliest()) for w in dated)
    last = max(_day(w.latest()) for w in dated)
    assert last - first >= timedelta(days=300)
    assert first >= NOW.date() - timedelta(days=400)
    assert last < NOW.date()
    assert any(w.end is not None for w in dated)  # "between"
    assert any(w.start.month is not None and w.start.day is None for w in dated)
    assert any(w.start.day is not None and w.start.hour is None for w in dated)
    assert any(w.start.hour is not None for w in dated)


def test_incidents_carry_platforms_links_handles_and_tags(case: Case) -> None:
    incidents = case.journal.incidents()
    platforms = [i.platform for i in incidents]
    assert max(set(platforms), key=platforms.count) == "Telegram"
    assert {"Telegram", "KakaoTalk", "X", "Instagram", "Discord", "In person"} <= set(platforms)
    links = [link for i in incidents for link in i.links]
    assert {link.status for link in links} == set(LinkStatus)
    assert all(link.url.startswith("https://") for link in links)
    assert all(link.found_on is None or link.found_on <= NOW.date() for link in links)
    assert all(link.checked_on is not None for link in links if link.status != LinkStatus.UNKNOWN)
    assert sum(bool(i.handles) for i in incidents) >= 10
    assert sum(bool(i.note) for i in incidents) >= 3
    tags = {t for i in incidents for t in i.tags}
    assert {"deepfake", "합성", "re-upload", "threat"} <= tags
    assert sum(bool(i.contact_ids) for i in incidents) >= 10


def test_text_is_korean_and_english_and_filled_in(case: Case) -> None:
    incidents = case.journal.incidents()
    texts = [i.title for i in incidents] + [i.description for i in incidents]
    assert any(HANGUL.search(t) for t in texts)
    assert any(LATIN.search(t) and not HANGUL.search(t) for t in texts)
    assert all(i.title and i.description for i in incidents)
    assert not any("{" in t or "}" in t for t in texts)


def test_every_contact_role_with_fake_details(case: Case) -> None:
    contacts = case.journal.contacts()
    assert {c.role for c in contacts} == set(ContactRole)
    assert all(c.phone.startswith("010-0000-") for c in contacts if c.phone)
    assert all(c.email.endswith(("@example.org", "@example.com")) for c in contacts if c.email)
    suspects: list[Contact] = [c for c in contacts if c.role == ContactRole.SUSPECT]
    assert all(c.handles and not c.phone and not c.email for c in suspects)
    linked = {cid for i in case.journal.incidents() for cid in i.contact_ids}
    assert linked <= {c.id for c in contacts}


def test_deadlines_done_overdue_and_upcoming(case: Case) -> None:
    journal = case.journal
    deadlines = journal.deadlines()
    assert 6 <= len(deadlines) <= 10
    overdue = [d for d in deadlines if journal.is_overdue(d)]
    upcoming = journal.upcoming_deadlines(14)
    assert len(overdue) == 1
    assert any(d.done for d in deadlines)
    assert len([d for d in upcoming if not journal.is_overdue(d)]) >= 2
    assert any(d.due.latest() > (NOW + timedelta(days=14)).isoformat() for d in deadlines)
    assert any(d.due.hour is not None for d in deadlines)
    assert sum(d.incident_id is not None for d in deadlines) >= len(deadlines) - 2


def test_requests_of_every_kind_and_status(case: Case) -> None:
    requests = case.journal.requests()
    assert {r.kind for r in requests} == set(RequestKind)
    assert {r.status for r in requests} == set(RequestStatus)
    for r in requests:
        assert (r.sent_on is None) == (r.status == RequestStatus.DRAFT)
        if r.sent_on and r.follow_up_on:
            assert r.follow_up_on > r.sent_on
    assert sum(bool(r.reference) for r in requests) >= len(requests) - 1
    assert sum(r.contact_id is not None for r in requests) >= len(requests) - 1
    assert sum(bool(r.incident_ids) for r in requests) >= len(requests) - 1
    assert any(r.follow_up_on and r.follow_up_on > NOW.date() for r in requests)


def test_vault_is_intact(case: Case) -> None:
    assert case.vault.full_check() == []
    counts = case.journal.counts()
    assert counts.contacts >= len(ContactRole) and counts.requests >= len(RequestStatus)


def test_same_seed_same_case_other_seed_other_details(tmp_path: Path) -> None:
    with (
        _filled(tmp_path / "a.quietcase", seed=7) as a,
        _filled(tmp_path / "b.quietcase", seed=7) as b,
        _filled(tmp_path / "c.quietcase", seed=8) as c,
    ):
        assert [i.title for i in a.journal.incidents()] == [i.title for i in b.journal.incidents()]
        assert a.journal.incidents() == b.journal.incidents()
        assert a.journal.contacts() == b.journal.contacts()
        assert a.journal.deadlines() == b.journal.deadlines()
        assert a.journal.requests() == b.journal.requests()
        assert a.journal.incidents() != c.journal.incidents()


def test_a_failure_half_way_leaves_the_case_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with create_case(tmp_path / "demo.quietcase", "pass", FixedClock(NOW)) as case:

        def refuse(request: object) -> None:
            raise UserError("disk full (simulated)")

        monkeypatch.setattr(case.journal, "add_request", refuse)
        with pytest.raises(UserError):
            fill_demo(case.journal, NOW.date())
        assert case.journal.counts() == CaseCounts()
        assert case.vault.full_check() == []


@pytest.mark.parametrize(
    "now", [datetime(2028, 2, 29, 23, 59, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)]
)
def test_works_for_any_today(tmp_path: Path, now: datetime) -> None:
    case = _filled(tmp_path / "demo.quietcase", now=now)
    try:
        assert case.vault.full_check() == []
        assert all(_day(i.when.latest()) < now.date() for i in case.journal.incidents() if i.when)
        assert any(case.journal.is_overdue(d) for d in case.journal.deadlines())
    finally:
        case.close()


def test_refuses_a_case_that_is_not_empty(tmp_path: Path) -> None:
    case = create_case(tmp_path / "real.quietcase", "pass", FixedClock(NOW))
    try:
        case.journal.add_contact(Contact(name="Real person"))
        with pytest.raises(UserError):
            fill_demo(case.journal, NOW.date())
        assert case.journal.counts().contacts == 1
        assert case.journal.incidents() == []
    finally:
        case.close()
