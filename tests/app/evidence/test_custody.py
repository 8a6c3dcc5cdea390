"""The chain of custody: one event per action, a hash chain that checks, tampering caught."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from quietcase.app.case import Case, create_case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.evidence.custody import GENESIS, Custody, event_hash
from quietcase.app.evidence.intake import Intake, IntakeDetails
from quietcase.cli.main import main
from quietcase.storage.dates import When
from quietcase.storage.records import CustodyEvent, Incident
from tests.shared import NOW, PASS


def events(case: Case) -> list[CustodyEvent]:
    return list(case.custody.events())


def evidence_events(case: Case) -> list[CustodyEvent]:
    """The events about evidence, without the `records` events that follow changes."""
    return [e for e in case.custody.events() if e.action != "records"]


def recompute(event: CustodyEvent) -> str:
    return event_hash(
        event.seq,
        event.at.isoformat(timespec="seconds"),
        event.action,
        event.evidence_id,
        event.detail,
        event.prev_hash,
        event.states,
    )


def add_file(case: Case, tmp_path: Path, name: str, data: bytes, **details: object) -> int:
    source = tmp_path / "in" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(data)
    intake = Intake(case.vault, case.clock, chunk_size=4096)
    report = intake.import_paths([source], IntakeDetails(**details))  # type: ignore[arg-type]
    assert not report.problems, report.problems
    return report.imported[0].evidence.id


@pytest.fixture
def busy(case: Case, clock: FixedClock, tmp_path: Path) -> Iterator[Case]:
    """A case with a few events of different kinds, a minute apart."""
    first = add_file(case, tmp_path, "a.bin", b"A" * 10_000)
    clock.advance(minutes=1)
    second = add_file(case, tmp_path, "b.bin", b"B" * 5)
    clock.advance(minutes=1)
    case.evidence.update(replace(case.evidence.item(first), description="설명 first"))
    clock.advance(minutes=1)
    case.evidence.to_bin(second)
    yield case


# -- one event per action ------------------------------------------------------------------


def test_each_action_appends_exactly_one_event(
    case: Case, clock: FixedClock, tmp_path: Path
) -> None:
    incident = case.journal.add_incident(Incident(title="Room"))
    log: list[tuple[str, int | None]] = []

    def expect(action: str, evidence_id: int | None, *, changes: str = "") -> None:
        log.append((action, evidence_id))
        got = [(e.action, e.evidence_id) for e in evidence_events(case)]
        assert got == log
        # A change to the item's record is followed by one event with its new state.
        last = events(case)[-1]
        if changes != "no":
            assert (last.action, last.detail) == ("records", f"E-{evidence_id}{changes}")
            assert last.states is not None
        else:
            assert last.action == action

    assert evidence_events(case) == []
    e1 = add_file(case, tmp_path, "one.bin", b"1" * 9000)
    expect("intake", e1)
    e2 = add_file(case, tmp_path, "two.bin", b"2" * 10)
    expect("intake", e2)

    item = case.evidence.item(e1)
    case.evidence.update(replace(item, description="what it is", shows="that it happened"))
    expect("edit", e1)
    case.evidence.update(replace(case.evidence.item(e1), incident_ids=(incident.id,)))
    expect("link", e1)
    case.evidence.update(case.evidence.item(e1))  # nothing changed: nothing to record
    assert len(evidence_events(case)) == len(log)

    case.evidence.extract(e1, tmp_path / "copy.bin")
    expect("extract", e1, changes="no")

    add_file(case, tmp_path, "one again.bin", b"1" * 9000)
    expect("duplicate", e1, changes="no")

    case.evidence.to_bin(e2)
    expect("bin", e2)
    case.evidence.from_bin(e2)
    expect("unbin", e2)
    case.evidence.to_bin(e2)
    expect("bin", e2)
    purged = case.evidence.empty_bin()
    assert [p.evidence_id for p in purged] == [e2]
    expect("purge", e2, changes=" removed")

    assert case.custody.check().ok
    assert case.custody.check().events == len(events(case))


def test_intake_event_names_file_size_and_hash(case: Case, tmp_path: Path) -> None:
    data = b"evidence bytes"
    evidence_id = add_file(case, tmp_path, "chat.txt", data)
    [event] = case.custody.for_evidence(evidence_id)
    assert event.action == "intake"
    assert event.at == NOW
    assert "chat.txt" in event.detail
    assert str(len(data)) in event.detail
    assert hashlib.sha256(data).hexdigest() in event.detail


def test_edit_and_link_together_are_two_events(case: Case, tmp_path: Path) -> None:
    incident = case.journal.add_incident(Incident(title="Room"))
    evidence_id = add_file(case, tmp_path, "a.bin", b"abc")
    item = case.evidence.item(evidence_id)
    case.evidence.update(
        replace(item, captured=When.parse("2024-03-15"), tags=("x",), incident_ids=(incident.id,))
    )
    tail = case.custody.for_evidence(evidence_id)[1:]
    assert [e.action for e in tail] == ["edit", "link"]
    assert "captured" in tail[0].detail and "tags" in tail[0].detail
    assert "I-1" in tail[1].detail


def test_create_case_records_the_first_event(tmp_path: Path, clock: FixedClock) -> None:
    with create_case(tmp_path / "new.quietcase", PASS, clock) as case:
        [event] = events(case)
        assert event.seq == 1
        assert event.action == "created"
        assert event.evidence_id is None
        assert event.prev_hash == GENESIS
        assert case.custody.head() == event.hash == recompute(event)


# -- the chain -----------------------------------------------------------------------------


def test_chain_links_each_event_to_the_one_before(busy: Case) -> None:
    chain = events(busy)
    assert [e.seq for e in chain] == list(range(1, len(chain) + 1))
    assert chain[0].prev_hash == GENESIS
    for before, after in zip(chain, chain[1:], strict=False):
        assert after.prev_hash == before.hash
    for event in chain:
        assert event.hash == recompute(event)
        assert len(event.hash) == 64 and int(event.hash, 16) >= 0
    check = busy.custody.check()
    assert check.ok
    assert check.broken_at is None
    assert check.events == len(chain)
    assert check.head == chain[-1].hash == busy.custody.head()


def test_event_hash_is_canonical_json_sha256() -> None:
    at = "2026-11-25T09:00:00+00:00"
    detail = "사진.jpg; 12 bytes"
    expected_payload = (
        '{"action":"intake","at":"2026-11-25T09:00:00+00:00","detail":"사진.jpg; 12 bytes",'
        '"evidence_id":3,"prev_hash":"' + GENESIS + '","seq":7}'
    )
    expected = hashlib.sha256(expected_payload.encode("utf-8")).hexdigest()
    assert event_hash(7, at, "intake", 3, detail, GENESIS) == expected
    assert event_hash(7, at, "intake", 3, detail, GENESIS) == expected  # deterministic
    # The same as any canonical JSON encoder would give, whatever the key order.
    payload = json.dumps(
        {
            "seq": 7,
            "prev_hash": GENESIS,
            "evidence_id": 3,
            "detail": detail,
            "at": at,
            "action": "intake",
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    assert payload == expected_payload
    none_payload = (
        '{"action":"created","at":"' + at + '","detail":"","evidence_id":null,'
        '"prev_hash":"' + GENESIS + '","seq":1}'
    )
    assert (
        event_hash(1, at, "created", None, "", GENESIS)
        == hashlib.sha256(none_payload.encode()).hexdigest()
    )


@pytest.mark.parametrize(
    "change",
    [
        {"seq": 8},
        {"at": "2026-11-25T09:00:01+00:00"},
        {"action": "extract"},
        {"evidence_id": 4},
        {"evidence_id": None},
        {"detail": "사진.jpg; 13 bytes"},
        {"prev_hash": "1" + GENESIS[1:]},
    ],
)
def test_every_field_is_covered_by_the_hash(change: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "seq": 7,
        "at": "2026-11-25T09:00:00+00:00",
        "action": "intake",
        "evidence_id": 3,
        "detail": "사진.jpg; 12 bytes",
        "prev_hash": GENESIS,
    }
    assert event_hash(**{**fields, **change}) != event_hash(**fields)  # type: ignore[arg-type]


def test_head_changes_with_every_event(case: Case, clock: FixedClock, tmp_path: Path) -> None:
    heads = [case.custody.head()]
    assert heads[0] == GENESIS
    evidence_id = add_file(case, tmp_path, "a.bin", b"a")
    heads.append(case.custody.head())
    case.evidence.to_bin(evidence_id)
    heads.append(case.custody.head())
    case.evidence.from_bin(evidence_id)  # same second, same evidence: still a new head
    heads.append(case.custody.head())
    case.evidence.to_bin(evidence_id)
    heads.append(case.custody.head())
    assert len(set(heads)) == len(heads)
    assert heads[-1] == events(case)[-1].hash


def test_event_times_come_from_the_clock(busy: Case) -> None:
    times = [e.at for e in events(busy)]
    assert times[0] == NOW
    assert times == sorted(times)
    assert all(t.microsecond == 0 and t.tzinfo is not None for t in times)


# -- tampering -----------------------------------------------------------------------------


def test_custody_rows_cannot_be_updated_or_deleted(busy: Case) -> None:
    conn = busy.vault.conn
    with pytest.raises(sqlcipher3.IntegrityError, match="never changed"):
        conn.execute("UPDATE custody_event SET detail = 'nothing happened' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="never removed"):
        conn.execute("DELETE FROM custody_event WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("DELETE FROM custody_event")
    assert busy.custody.check().ok
    assert [e.seq for e in events(busy)] == list(range(1, len(events(busy)) + 1))


def _cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv], clock=FixedClock(NOW))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_edited_custody_event_is_caught(
    busy: Case,
    vault_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = busy.vault.conn
    conn.execute("DROP TRIGGER custody_event_never_changes")
    conn.execute("UPDATE custody_event SET detail = 'nothing to see' WHERE seq = 2")

    check = busy.custody.check()
    assert not check.ok
    assert check.broken_at == 2
    assert "changed" in check.reason
    busy.close()

    report = verify_case(vault_path, PASS, clock)
    assert not report.ok
    assert any(p.startswith("custody event 2") for p in report.problems), report.problems

    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    code, out, err = _cli(capsys, "verify", vault_path)
    assert code == 4, (out, err)
    assert "custody event 2" in out + err
    assert "Traceback" not in err

    code, out, _ = _cli(capsys, "verify", vault_path, "--json")
    assert code == 4
    result = json.loads(out)
    assert result["ok"] is False
    assert any("custody event 2" in p for p in result["problems"])


def test_a_rewritten_hash_is_caught_at_the_next_event(
    busy: Case, vault_path: Path, clock: FixedClock
) -> None:
    """Recomputing the edited event's own hash does not help: the next event points elsewhere."""
    conn = busy.vault.conn
    conn.execute("DROP TRIGGER custody_event_never_changes")
    target = events(busy)[1]
    assert target.seq == 2
    forged = replace(target, detail="nothing to see")
    conn.execute(
        "UPDATE custody_event SET detail = ?, hash = ? WHERE seq = ?",
        (forged.detail, recompute(forged), forged.seq),
    )
    check = busy.custody.check()
    assert check.broken_at == 3
    assert "before it" in check.reason


def test_a_deleted_custody_event_is_caught(
    busy: Case,
    vault_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = busy.vault.conn
    conn.execute("DROP TRIGGER custody_event_never_removed")
    conn.execute("DELETE FROM custody_event WHERE seq = 2")

    check = busy.custody.check()
    assert not check.ok
    assert check.broken_at == 3
    assert "2" in check.reason and "missing" in check.reason
    busy.close()

    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    code, out, err = _cli(capsys, "verify", vault_path)
    assert code == 4, (out, err)
    assert "custody event 3" in out + err


def test_an_intact_case_verifies(
    busy: Case,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    count = len(events(busy))
    busy.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    code, out, err = _cli(capsys, "verify", vault_path)
    assert code == 0, (out, err)
    assert f"custody chain  {count} events, unbroken" in out


# -- failures leave no event ---------------------------------------------------------------


def test_failed_use_cases_append_no_event(case: Case, tmp_path: Path) -> None:
    evidence_id = add_file(case, tmp_path, "a.bin", b"abc")
    (tmp_path / "exists.bin").write_bytes(b"mine")
    head, count = case.custody.head(), len(events(case))
    item = case.evidence.item(evidence_id)

    failures = [
        lambda: case.evidence.update(replace(item, source_url="not a url at all")),
        lambda: case.evidence.update(replace(item, incident_ids=(42,))),
        lambda: case.evidence.update(replace(item, id=999, description="x")),
        lambda: case.evidence.to_bin(999),
        lambda: case.evidence.from_bin(999),
        lambda: case.evidence.extract(evidence_id, tmp_path / "exists.bin"),
        lambda: case.evidence.extract(evidence_id, tmp_path / "no" / "such" / "dir.bin"),
        lambda: case.evidence.extract(999, tmp_path / "x.bin"),
        lambda: case.intake.import_bytes("p.png", b"x", IntakeDetails(incident_ids=(42,))),
        lambda: case.intake.import_bytes("p.png", b"x", IntakeDetails(source_url="::")),
    ]
    for fail in failures:
        with pytest.raises(UserError):
            fail()
        assert case.custody.head() == head
        assert len(events(case)) == count
    assert case.evidence.item(evidence_id) == item
    assert (tmp_path / "exists.bin").read_bytes() == b"mine"


def test_emptying_an_empty_bin_records_nothing(case: Case, tmp_path: Path) -> None:
    add_file(case, tmp_path, "a.bin", b"abc")
    count = len(events(case))
    assert case.evidence.empty_bin() == []
    assert len(events(case)) == count


def test_custody_reads_through_a_new_connection(
    busy: Case, vault_path: Path, clock: FixedClock
) -> None:
    before = events(busy)
    busy.close()
    with open_case(vault_path, PASS, clock, read_only=True) as again:
        assert list(again.custody.events()) == before
        assert Custody(again.vault, clock).check().ok
