"""Deleting with a way back, and drafts kept inside the vault."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.journal import bin as case_bin
from quietcase.app.search import search
from quietcase.storage.dates import When
from quietcase.storage.records import Contact, Deadline, Incident, Link, Request, RequestKind


def _incident_with_everything(case: Case) -> tuple[Incident, Deadline, Request]:
    j = case.journal
    contact = j.add_contact(Contact(name="Witness"))
    incident = j.add_incident(
        Incident(
            title="딥페이크 게시물",
            when=When.parse("2024-03"),
            links=(Link(url="https://t.me/room/1"), Link(url="https://t.me/room/2")),
            contact_ids=(contact.id,),
            tags=("deepfake",),
        )
    )
    deadline = j.add_deadline(
        Deadline(title="Appeal", due=When.parse("2026-12-01").start, incident_id=incident.id)
    )
    request = j.add_request(Request(kind=RequestKind.TAKEDOWN, incident_ids=(incident.id,)))
    return incident, deadline, request


def test_a_deleted_incident_comes_back_with_all_its_links(case: Case) -> None:
    j = case.journal
    incident, deadline, request = _incident_with_everything(case)
    deleted = case_bin.delete(j, "incident", incident.id)
    assert deleted.title == "딥페이크 게시물"
    assert j.incidents() == []
    assert j.deadline(deadline.id).incident_id is None
    assert j.request(request.id).incident_ids == ()
    assert search(case.vault, "딥페이크").total == 0

    assert case_bin.undo(j, deleted) == incident.id
    back = j.incident(incident.id)
    assert back == incident
    assert j.deadline(deadline.id).incident_id == incident.id
    assert j.request(request.id).incident_ids == (incident.id,)
    assert search(case.vault, "딥페이크").total == 1
    with pytest.raises(UserError):
        case_bin.undo(j, deleted)  # only once


def test_undo_gives_a_new_id_when_the_old_one_was_taken(case: Case) -> None:
    j = case.journal
    first = j.add_incident(Incident(title="First"))
    deleted = case_bin.delete(j, "incident", first.id)
    # Ids are never reused by the journal; a record put there by another tool still could be.
    case.vault.execute(
        "INSERT INTO incident (id, title, created_at, updated_at) VALUES (?, 'Other', 'x', 'x')",
        (first.id,),
    )
    new_id = case_bin.undo(j, deleted)
    assert new_id != first.id
    assert j.incident(new_id).title == "First"


def test_links_to_records_deleted_meanwhile_are_left_out(case: Case) -> None:
    j = case.journal
    incident, _, _ = _incident_with_everything(case)
    deleted = case_bin.delete(j, "incident", incident.id)
    j.delete_contact(incident.contact_ids[0])
    case_bin.undo(j, deleted)
    assert j.incident(incident.id).contact_ids == ()


@pytest.mark.parametrize("kind", ["contact", "deadline", "request"])
def test_every_kind_can_be_deleted_and_brought_back(case: Case, kind: str) -> None:
    j = case.journal
    incident, deadline, request = _incident_with_everything(case)
    record_id = {
        "contact": incident.contact_ids[0],
        "deadline": deadline.id,
        "request": request.id,
    }[kind]
    before = getattr(j, kind)(record_id)
    deleted = case_bin.delete(j, kind, record_id)
    with pytest.raises(UserError):
        getattr(j, kind)(record_id)
    case_bin.undo(j, deleted)
    assert getattr(j, kind)(record_id) == before
    assert j.incident(incident.id) == incident


def test_forgetting_makes_deletions_final(case: Case) -> None:
    j = case.journal
    first = j.add_incident(Incident(title="First"))
    deleted = case_bin.delete(j, "incident", first.id)
    case_bin.forget_all(j)
    with pytest.raises(UserError):
        case_bin.undo(j, deleted)
    assert case.vault.query("SELECT count(*) FROM meta WHERE key LIKE 'undo:%'") == [(0,)]


def test_deleting_a_missing_record_is_a_kind_message(case: Case) -> None:
    with pytest.raises(UserError, match="no incident"):
        case_bin.delete(case.journal, "incident", 99)


def test_drafts_are_kept_in_the_vault_until_discarded(case: Case) -> None:
    case.drafts.save("incident:new", {"title": "반쯤 쓴 글", "links": [["https://x.com", ""]]})
    case.drafts.save("incident:3", {"title": "edit"})
    case.vault.set_meta("draft:broken", "{no")
    kept = case.drafts.all()
    assert kept == {
        "incident:3": {"title": "edit"},
        "incident:new": {"title": "반쯤 쓴 글", "links": [["https://x.com", ""]]},
    }
    case.drafts.discard("incident:new")
    case.drafts.discard("broken")
    assert list(case.drafts.all()) == ["incident:3"]


def test_updated_record_keeps_undo_separate(case: Case) -> None:
    j = case.journal
    first = j.add_incident(Incident(title="First"))
    j.update_incident(replace(first, title="Changed"))
    deleted = case_bin.delete(j, "incident", first.id)
    case_bin.undo(j, deleted)
    assert j.incident(first.id).title == "Changed"


def test_deletions_waiting_are_found_by_record(case: Case) -> None:
    """The command line's unbin finds a deletion made in another process."""
    j = case.journal
    incident, _, _ = _incident_with_everything(case)
    contact = j.add_contact(Contact(name="Other"))
    first = case_bin.delete(j, "incident", incident.id)
    second = case_bin.delete(j, "contact", contact.id)
    assert case_bin.waiting(j) == [first, second]
    assert case_bin.last_deleted(j, "contact", contact.id) == second
    case_bin.undo(j, second)
    with pytest.raises(UserError) as err:
        case_bin.last_deleted(j, "contact", contact.id)
    assert f"C-{contact.id}" in str(err.value)


def test_a_removed_link_goes_back_where_it_was(case: Case) -> None:
    j = case.journal
    incident, _, _ = _incident_with_everything(case)
    removed = case_bin.remove_link(j, incident.id, 1)
    assert [link.url for link in j.incident(incident.id).links] == ["https://t.me/room/2"]
    assert case_bin.waiting(j) == []  # not a record: the window's undo list is not touched
    again = replace(
        j.incident(incident.id), links=(*j.incident(incident.id).links, Link("https://x.org/3"))
    )
    j.update_incident(again)
    found = case_bin.last_removed_link(j, incident.id, 1)
    assert found == removed
    assert case_bin.put_back_link(j, found) == 1
    assert [link.url for link in j.incident(incident.id).links] == [
        "https://t.me/room/1",
        "https://t.me/room/2",
        "https://x.org/3",
    ]
    with pytest.raises(UserError):
        case_bin.last_removed_link(j, incident.id, 1)
    with pytest.raises(UserError):
        case_bin.remove_link(j, incident.id, 9)
