"""Every record's state in the custody history (app/evidence/history.py): recorded with each
change made through Quietcase, compared by `verify`, found when changed any other way. Real
SQLCipher files; the outside changes are made on a connection of their own, as any SQLCipher
client with the passphrase would."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

import quietcase.storage.schema
import quietcase.storage.vault
from quietcase.app.case import Case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.evidence.custody import GENESIS, event_hash
from quietcase.app.evidence.history import STATES_SINCE
from quietcase.cli.main import main
from quietcase.storage.dates import Moment
from quietcase.storage.records import Contact, ContactRole, Deadline, Incident
from quietcase.storage.vault import Vault, key_literal
from tests.app.chats.telegram.writer import room, write_json
from tests.shared import NOW, PASS


@contextmanager
def outside(path: Path) -> Iterator[Any]:
    """A plain SQLCipher connection: what anyone with the passphrase could use."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(PASS)}")
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture
def kept(case: Case) -> Path:
    """A case with one record of each journal kind, closed."""
    journal = case.journal
    incident = journal.add_incident(Incident(title="방에 올라온 사진"))
    journal.add_contact(Contact(name="상담원", role=ContactRole.SUPPORT_CENTRE))
    journal.add_deadline(
        Deadline(title="고소장 제출", due=Moment(2026, 12, 20), incident_id=incident.id)
    )
    path = case.path
    case.close()
    return path


def _problems(path: Path, clock: FixedClock) -> list[str]:
    report = verify_case(path, PASS, clock)
    return report.problems


def test_each_change_records_the_new_state_of_what_it_changed(case: Case) -> None:
    incident = case.journal.add_incident(Incident(title="first"))
    *_, last = case.custody.events()
    assert (last.action, last.detail) == ("records", f"I-{incident.id}")
    assert last.states is not None and len(last.states) == 64
    case.journal.update_incident(replace(case.journal.incident(incident.id), title="second"))
    *_, changed = case.custody.events()
    assert (changed.action, changed.seq) == ("records", last.seq + 1)
    assert changed.states != last.states
    case.journal.delete_incident(incident.id)
    *_, removed = case.custody.events()
    assert removed.detail == f"I-{incident.id} removed"
    assert case.custody.check().ok


def test_a_save_that_changes_nothing_records_nothing(case: Case) -> None:
    incident = case.journal.add_incident(Incident(title="same"))
    counter = case.custody.state()[0]
    case.journal.update_incident(case.journal.incident(incident.id))  # FixedClock: same time
    assert case.custody.state()[0] == counter


def test_a_change_that_fails_records_nothing(case: Case) -> None:
    case.journal.add_incident(Incident(title="kept"))
    before = case.custody.state()

    def work() -> None:
        case.journal.add_incident(Incident(title="undone"))
        raise RuntimeError("cancelled")

    with pytest.raises(UserError, match="Nothing was changed"):
        case.together(work)
    assert case.custody.state() == before
    after = case.journal.add_incident(Incident(title="after"))
    *_, last = case.custody.events()
    assert last.detail == f"I-{after.id}"  # the undone one is not recorded with it


def test_a_clean_case_verifies_and_counts_its_records(kept: Path, clock: FixedClock) -> None:
    report = verify_case(kept, PASS, clock)
    assert report.ok, report.problems
    assert report.records_checked == 3 and report.states_recorded


def test_a_record_changed_outside_quietcase_is_found(kept: Path, clock: FixedClock) -> None:
    with outside(kept) as conn:
        conn.execute("UPDATE incident SET title = 'nothing happened' WHERE id = 1")
    assert _problems(kept, clock) == [
        "I-1: differs from its last state in the history: changed outside Quietcase, or put "
        "back from an older copy of the file"
    ]


def test_a_record_added_or_removed_outside_quietcase_is_found(
    kept: Path, clock: FixedClock
) -> None:
    with outside(kept) as conn:
        conn.execute(
            "INSERT INTO contact (name, role, created_at, updated_at) VALUES ('x', 'other', '', '')"
        )
        conn.execute("DELETE FROM deadline WHERE id = 1")
    assert _problems(kept, clock) == [
        "C-2: is not in the history: added outside Quietcase",
        "D-1: is in the history but gone, with no change that removed it recorded",
    ]


def test_a_change_made_outside_is_not_blessed_by_later_changes(
    kept: Path, clock: FixedClock
) -> None:
    with outside(kept) as conn:
        conn.execute("UPDATE incident SET title = 'nothing happened' WHERE id = 1")
    with open_case(kept, PASS, clock) as case:
        case.journal.add_incident(Incident(title="another day"))
    assert [p.split(":")[0] for p in _problems(kept, clock)] == ["I-1"]


def test_the_recorded_states_cannot_be_rewritten(kept: Path, clock: FixedClock) -> None:
    with outside(kept) as conn:
        with pytest.raises(sqlcipher3.IntegrityError, match="never changed"):
            conn.execute("UPDATE custody_state SET state = 'x'")
        with pytest.raises(sqlcipher3.IntegrityError, match="never removed"):
            conn.execute("DELETE FROM custody_state")
        conn.execute("DROP TRIGGER custody_state_never_changes")
        conn.execute("UPDATE incident SET title = 'nothing happened' WHERE id = 1")
        conn.execute("UPDATE custody_state SET state = 'forged' WHERE kind = 'incident'")
    problems = _problems(kept, clock)
    assert any(p.endswith("the record states it carries were changed") for p in problems)
    assert any(p.startswith("I-1: differs") for p in problems)


def test_chat_messages_are_records_too(case: Case, tmp_path: Path, clock: FixedClock) -> None:
    case.import_telegram(write_json(tmp_path / "export", [room()]))
    path = case.path
    message = case.chats.messages()[0]
    case.close()
    assert verify_case(path, PASS, clock).ok
    with outside(path) as conn:
        conn.execute("UPDATE chat_message SET text = 'never said' WHERE id = ?", (message.id,))
    assert [p.split(":")[0] for p in _problems(path, clock)] == [f"M-{message.id}"]


# -- a file from before schema step 7 ---------------------------------------------------------


def _old_case(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case file as Quietcase made it before step 7: records, a created event, no states."""
    older = quietcase.storage.schema.MIGRATIONS[:6]
    with monkeypatch.context() as m:
        for module in (quietcase.storage.schema, quietcase.storage.vault):
            m.setattr(module, "MIGRATIONS", older)
            m.setattr(module, "LATEST_VERSION", 6)
        with Vault.create(path, PASS) as vault, vault.atomic():
            vault.set_meta("vault_id", "old-case")
            at = NOW.isoformat(timespec="seconds")
            digest = event_hash(1, at, "created", None, "case file created", GENESIS)
            vault.execute(
                "INSERT INTO custody_event (seq, at, action, evidence_id, detail, prev_hash, hash) "
                "VALUES (1, ?, 'created', NULL, 'case file created', ?, ?)",
                (at, GENESIS, digest),
            )
            for title in ("one", "two"):
                vault.execute(
                    "INSERT INTO incident (title, created_at, updated_at) VALUES (?, ?, ?)",
                    (title, at, at),
                )


def test_an_older_file_is_upgraded_and_its_records_recorded_with_the_first_change(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    path = tmp_path / "old.quietcase"
    _old_case(path, monkeypatch)
    # Read only (as verify reads): not upgraded, nothing to compare yet, not a problem.
    report = verify_case(path, PASS, clock)
    assert report.ok and not report.states_recorded
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    capsys.readouterr()
    assert main(["verify", str(path), "--json"], clock=clock) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert len(notes) == 1 and "older Quietcase" in notes[0]

    with open_case(path, PASS, clock) as case:  # upgraded to step 7; nothing recorded yet
        assert case.vault.meta(STATES_SINCE) is None
        case.journal.add_incident(Incident(title="three"))
        events = list(case.custody.events())
    assert [e.action for e in events] == ["created", "upgrade"]
    assert events[1].detail == "the state of every record, recorded at upgrade (3 records)"
    report = verify_case(path, PASS, clock)
    assert report.ok, report.problems
    assert report.states_recorded and report.records_checked == 3


def test_the_upgrade_mark_taken_away_is_found(kept: Path, clock: FixedClock) -> None:
    with outside(kept) as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (STATES_SINCE,))
    assert "the mark that every record's state is in the history was taken away" in _problems(
        kept, clock
    )
