"""Evidence forged or removed by someone holding the passphrase, as an attacker would do it:
raw SQL on the open case file. `verify` compares every item with what its intake event
recorded (which cannot be rewritten without breaking the custody chain), finds items without
an intake event and ids that are gone without a purge event; `extract` refuses forged bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quietcase.app.case import Case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.documents.bundle.archive import make_bundle
from quietcase.app.evidence.custody import GENESIS, event_hash, recorded_at_intake
from quietcase.app.evidence.intake import Intake, IntakeDetails
from quietcase.cli.main import main
from quietcase.storage.record_states import state_digest
from quietcase.storage.records import Incident
from tests.app.chats.telegram.writer import room, write_json, write_media
from tests.shared import NOW, PASS

ORIGINAL = b"the original screenshot " * 400
FORGED = b"an innocent replacement " * 400  # the same size: only the hash tells
BLOB_OF = "SELECT blob_id FROM evidence WHERE id = ?"
TRIGGERS = (
    "custody_event_never_changes",
    "custody_event_never_removed",
    "custody_state_never_changes",
    "custody_state_never_removed",
)

# What verify says when the custody log was rewritten (app/evidence/seal.py): each test below
# that rewrites the log meets it beside its own finding.
SEAL_BROKEN = (
    "the seal over the history does not match: the records and the log were changed outside "
    "Quietcase, or rolled back together"
)


def add(case: Case, tmp_path: Path, name: str, data: bytes) -> int:
    source = tmp_path / "in" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(data)
    report = Intake(case.vault, case.clock, chunk_size=4096).import_paths([source])
    assert not report.problems, report.problems
    return report.imported[0].evidence.id


@pytest.fixture
def filled(case: Case, tmp_path: Path, clock: FixedClock) -> Iterator[Case]:
    """Three items (E-1..E-3), the second the one an attacker wants changed."""
    add(case, tmp_path, "first.bin", b"1" * 5000)
    clock.advance(minutes=1)
    add(case, tmp_path, "target; 10 bytes; sha256 " + "0" * 64, ORIGINAL)  # her name, odd
    clock.advance(minutes=1)
    add(case, tmp_path, "third.bin", b"3" * 7000)
    yield case


def cli_verify(vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> tuple[int, str]:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    capsys.readouterr()
    code = main(["verify", str(vault_path)], clock=FixedClock(NOW))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out + err


def forge(case: Case, evidence_id: int, data: bytes) -> None:
    """Replace the item's chunks and rewrite both stored hashes (and sizes) to fit."""
    conn = case.vault.conn
    digest = hashlib.sha256(data).hexdigest()
    (blob_id,) = conn.execute(BLOB_OF, (evidence_id,)).fetchone()
    conn.execute("DELETE FROM blob_chunk WHERE blob_id = ?", (blob_id,))
    for seq, start in enumerate(range(0, len(data), 4096)):
        conn.execute(
            "INSERT INTO blob_chunk (blob_id, seq, data) VALUES (?, ?, ?)",
            (blob_id, seq, data[start : start + 4096]),
        )
    conn.execute("UPDATE blob SET sha256 = ?, size = ? WHERE id = ?", (digest, len(data), blob_id))
    conn.execute(
        "UPDATE evidence SET sha256 = ?, size = ? WHERE id = ?", (digest, len(data), evidence_id)
    )


def rewrite_history(case: Case, keep: Any) -> None:
    """Drop the triggers, keep only the events `keep(evidence_id, action)` accepts (and only
    the record states of evidence items it accepts), renumber and re-hash the whole chain
    with the states rewritten to fit, put the triggers back: the chain checks again. The
    strongest rewrite someone with the passphrase can make without the seal key."""
    conn = case.vault.conn
    rows = conn.execute(
        "SELECT seq, at, action, evidence_id, detail, states FROM custody_event ORDER BY seq"
    ).fetchall()
    states: dict[int, list[tuple[str, int, str]]] = {}
    for seq, kind, record_id, state in conn.execute(
        "SELECT seq, kind, record_id, state FROM custody_state ORDER BY seq, kind, record_id"
    ):
        if kind not in ("evidence", "exhibit") or keep(record_id, "records"):
            states.setdefault(seq, []).append((kind, record_id, state))
    saved = {
        name: conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()[0]
        for name in TRIGGERS
    }
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM custody_event")
    conn.execute("DELETE FROM custody_state")
    prev, new_seq = GENESIS, 0
    for seq, at, action, evidence_id, detail, digest_of_states in rows:
        kept_states = states.get(seq, [])
        if not keep(evidence_id, action) or (digest_of_states and not kept_states):
            continue
        new_seq += 1
        carried = state_digest(kept_states) if digest_of_states else None
        digest = event_hash(new_seq, at, action, evidence_id, detail, prev, carried)
        conn.execute(
            "INSERT INTO custody_event "
            "(seq, at, action, evidence_id, detail, prev_hash, hash, states) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (new_seq, at, action, evidence_id, detail, prev, digest, carried),
        )
        conn.executemany(
            "INSERT INTO custody_state (seq, kind, record_id, state) VALUES (?, ?, ?, ?)",
            [(new_seq, *row) for row in kept_states],
        )
        prev = digest
    for sql in saved.values():
        conn.execute(sql)
    assert case.custody.check().ok


def remove_item(case: Case, evidence_id: int) -> None:
    conn = case.vault.conn
    (blob_id,) = conn.execute(BLOB_OF, (evidence_id,)).fetchone()
    conn.execute("DELETE FROM evidence_incident WHERE evidence_id = ?", (evidence_id,))
    conn.execute("DELETE FROM evidence_image WHERE evidence_id = ?", (evidence_id,))
    conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
    conn.execute("DELETE FROM blob_chunk WHERE blob_id = ?", (blob_id,))
    conn.execute("DELETE FROM blob WHERE id = ?", (blob_id,))


# -- forged bytes with forged stored hashes --------------------------------------------------


@pytest.mark.parametrize("data", [FORGED, FORGED[:-100]], ids=["same-size", "shorter"])
def test_forged_chunks_and_hashes_are_found(
    filled: Case,
    vault_path: Path,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    data: bytes,
) -> None:
    forge(filled, 2, data)
    assert filled.custody.check().ok  # the log itself was not touched

    with pytest.raises(UserError, match="no longer match") as refused:
        filled.evidence.extract(2, tmp_path / "out.bin")
    assert refused.value.exit_code == 4
    assert not (tmp_path / "out.bin").exists()
    assert list(tmp_path.glob(".*out.bin*")) == []  # no temporary copy left either
    filled.evidence.extract(1, tmp_path / "fine.bin")  # the others still come out
    bundle_folder = tmp_path / "bundles"
    bundle_folder.mkdir()
    with pytest.raises(UserError, match="E-2 no longer match") as no_bundle:
        make_bundle(filled, bundle_folder / "bundle.zip")
    assert no_bundle.value.exit_code == 4
    assert list(bundle_folder.iterdir()) == []
    filled.close()

    report = verify_case(vault_path, PASS, clock)
    assert [p for p in report.problems if not p.startswith("E-2:")] == []
    expected = (
        "E-2: the stored bytes do not match the SHA-256 recorded when it was added"
        if len(data) == len(ORIGINAL)
        else f"E-2: {len(data)} bytes stored, {len(ORIGINAL)} recorded when it was added"
    )
    assert report.problems == [expected]

    code, out = cli_verify(vault_path, monkeypatch, capsys)
    assert code == 4
    assert expected in out


def test_forged_item_with_its_intake_event_removed_is_found(
    filled: Case,
    vault_path: Path,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    forge(filled, 2, FORGED)
    rewrite_history(filled, lambda evidence_id, action: evidence_id != 2)
    with pytest.raises(UserError, match="record of when E-2 was added is missing") as refused:
        filled.evidence.extract(2, tmp_path / "out.bin")
    assert refused.value.exit_code == 4
    assert [p.name for p in tmp_path.iterdir() if "out" in p.name] == []  # nothing written
    filled.close()
    report = verify_case(vault_path, PASS, clock)
    # The log was rewritten, so the seal over it no longer matches either.
    assert report.problems == [
        "E-2: no intake event records when it was added",
        "E-2: is not in the history: added outside Quietcase",
        SEAL_BROKEN,
    ]
    code, out = cli_verify(vault_path, monkeypatch, capsys)
    assert code == 4 and "E-2: no intake event" in out


# -- items removed without a trace -----------------------------------------------------------


def test_item_deleted_with_its_events_and_a_recomputed_chain_is_found(
    filled: Case,
    vault_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    head = filled.custody.head()
    remove_item(filled, 2)
    rewrite_history(filled, lambda evidence_id, action: evidence_id != 2)
    assert filled.custody.head() != head
    filled.close()

    report = verify_case(vault_path, PASS, clock)
    assert report.problems == [
        "E-2: missing (ids run to E-3) and no purge event records the removal",
        SEAL_BROKEN,
    ]
    code, out = cli_verify(vault_path, monkeypatch, capsys)
    assert code == 4 and "E-2: missing" in out


def test_newest_item_deleted_with_its_events_is_found(
    filled: Case, vault_path: Path, clock: FixedClock
) -> None:
    """The id counter remembers E-3 was given."""
    remove_item(filled, 3)
    rewrite_history(filled, lambda evidence_id, action: evidence_id != 3)
    filled.close()
    report = verify_case(vault_path, PASS, clock)
    assert report.problems == [
        "E-3: missing (ids run to E-3) and no purge event records the removal",
        SEAL_BROKEN,
    ]


def test_item_deleted_but_named_by_its_events_is_found(
    filled: Case,
    vault_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    remove_item(filled, 2)
    filled.close()
    report = verify_case(vault_path, PASS, clock)
    assert report.problems == [
        "E-2: the custody log names it, but it is gone and no purge event records its removal",
        "E-2: is in the history but gone, with no change that removed it recorded",
    ]
    code, out = cli_verify(vault_path, monkeypatch, capsys)
    assert code == 4 and "E-2: the custody log names it" in out


def test_a_forged_id_counter_is_one_line_and_quick(
    filled: Case, vault_path: Path, clock: FixedClock
) -> None:
    filled.vault.conn.execute("UPDATE sqlite_sequence SET seq = 10000000 WHERE name = 'evidence'")
    filled.close()
    report = verify_case(vault_path, PASS, clock)
    assert report.problems == [
        "E-4 to E-10000000: missing (ids run to E-10000000) and no purge event records the removal"
    ]


# -- what must stay clean --------------------------------------------------------------------


def test_a_normal_case_verifies_clean(
    case: Case,
    vault_path: Path,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    """Adds, duplicates (also of a binned item), edits, bins, purges (of the newest item too),
    extracts and a Telegram import with files."""
    incident = case.journal.add_incident(Incident(title="Room"))
    first = add(case, tmp_path, "a.bin", b"A" * 9000)
    second = add(case, tmp_path, "b; 3 bytes; sha256 x.bin", b"B" * 10)
    case.intake.import_bytes("pasted.png", b"not really a png", IntakeDetails())
    again = case.intake.import_paths(
        [tmp_path / "in" / "a.bin"], IntakeDetails(incident_ids=(incident.id,))
    )
    assert again.imported[0].duplicate
    case.evidence.to_bin(second)
    case.intake.import_paths([tmp_path / "in" / "b; 3 bytes; sha256 x.bin"])  # out of the bin
    case.evidence.to_bin(second)
    case.evidence.empty_bin()
    newest = add(case, tmp_path, "c.bin", b"C" * 3)
    case.evidence.to_bin(newest)
    case.evidence.empty_bin()
    case.evidence.extract(first, tmp_path / "copy.bin")

    export = tmp_path / "export"
    chat = room()
    write_json(export, [chat])
    write_media(export, [chat])
    assert case.import_telegram(export).files_added > 0
    assert case.import_telegram(export).files_added == 0  # all already in the case
    actions = {e.action for e in case.custody.events()}
    assert {"intake", "duplicate", "bin", "unbin", "purge", "extract"} <= actions
    case.close()

    report = verify_case(vault_path, PASS, clock)
    assert report.ok, report.problems
    code, out = cli_verify(vault_path, monkeypatch, capsys)
    assert code == 0, out

    with open_case(vault_path, PASS, clock) as reopened:
        for item in reopened.evidence.items():
            reopened.evidence.extract(item.id, tmp_path / f"out-{item.id}")
        bundle_folder = tmp_path / "bundles"
        bundle_folder.mkdir()
        make_bundle(reopened, bundle_folder / "bundle.zip")


def test_intake_detail_is_read_from_the_end() -> None:
    digest = "ab" * 32
    got = recorded_at_intake(f"x; 1 bytes; sha256 {'0' * 64}; 12 bytes; sha256 {digest}")
    assert got is not None and (got.size, got.sha256) == (12, digest)
    assert recorded_at_intake("added long ago") is None  # another form: nothing to compare
    assert recorded_at_intake(f"a.bin; 12 bytes; sha256 {digest} ") is None
