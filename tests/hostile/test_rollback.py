"""Attacks on the history as a whole: records and log changed together outside Quietcase
(the keyed seal), and an older copy of the whole file put back (the state remembered on this
computer). Real SQLCipher files throughout."""

from __future__ import annotations

import shutil
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from quietcase.app.backup.backups import make_backup, restore_backup
from quietcase.app.case import Case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence import custody, seal
from quietcase.app.evidence.custody import GENESIS, event_hash
from quietcase.app.unlock.seen import FILE_NAME
from quietcase.cli.main import main
from quietcase.storage.records import Incident
from tests.shared import PASS

SEAL_PROBLEM = "the seal over the history does not match"
ALL_TOLD = ": the records and the log were changed outside Quietcase, or rolled back together"
NOTE = "older than the one you used on"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The remembered states of this test only."""
    folder = tmp_path / "config-home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    return folder


def _cli(
    capsys: pytest.CaptureFixture[str], clock: FixedClock, *argv: str | Path
) -> tuple[int, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv], clock=clock)
    out, err = capsys.readouterr()
    return code, out + err


def _edit(case: Case, title: str) -> None:
    def work() -> None:
        incident = case.journal.add_incident(Incident(title=title))
        case.custody.record(custody.EDIT, detail=f"incident {incident.id}: {title}")

    case.together(work)


@pytest.fixture
def known(vault_path: Path, clock: FixedClock) -> Path:
    """A case file with an id and a short history, closed (its state remembered here)."""
    with open_case(vault_path, PASS, clock) as case:
        case.vault.set_meta("vault_id", str(uuid.uuid4()))
    with open_case(vault_path, PASS, clock) as case:
        _edit(case, "first")
        _edit(case, "second")
    return vault_path


def test_a_new_case_is_sealed_and_verifies_clean(known: Path, clock: FixedClock) -> None:
    with open_case(known, PASS, clock, read_only=True) as case:
        assert case.vault.meta(seal.KEY) is not None
        assert len(bytes.fromhex(case.vault.meta(seal.KEY) or "")) == 32
        assert case.sealed is True
        assert case.custody.state()[0] == 4  # two edits, each with its record's state
        assert case.older_copy is None
    assert verify_case(known, PASS, clock).ok


def test_an_old_file_is_sealed_with_its_first_change(vault_path: Path, clock: FixedClock) -> None:
    before = vault_path.read_bytes()
    with open_case(vault_path, PASS, clock) as case:
        assert case.sealed is None  # nothing to check yet: not a finding
    assert vault_path.read_bytes() == before  # opening writes nothing
    assert verify_case(vault_path, PASS, clock).ok
    with open_case(vault_path, PASS, clock) as case:
        _edit(case, "first")
        assert case.custody.sealed() is True
    assert verify_case(vault_path, PASS, clock).ok


def test_records_and_log_changed_together_outside_quietcase_break_the_seal(
    known: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the passphrase but outside Quietcase: a record and its custody event rewritten,
    the triggers dropped and the whole chain recomputed, so the chain itself is sound."""
    with open_case(known, PASS, clock) as case:
        conn = case.vault.conn
        conn.execute("DROP TRIGGER custody_event_never_changes")
        conn.execute("UPDATE incident SET title = 'nothing happened' WHERE title = 'first'")
        conn.execute("UPDATE custody_event SET detail = 'incident 1: nothing happened' WHERE seq=1")
        prev = GENESIS
        rows = conn.execute(
            "SELECT seq, at, action, evidence_id, detail, states FROM custody_event ORDER BY seq"
        )
        for seq, at, action, evidence_id, detail, states in rows.fetchall():
            digest = event_hash(seq, at, action, evidence_id, detail, prev, states)
            conn.execute(
                "UPDATE custody_event SET prev_hash = ?, hash = ? WHERE seq = ?",
                (prev, digest, seq),
            )
            prev = digest
        conn.commit()
        assert case.custody.check().ok
        assert case.custody.sealed() is False
    with open_case(known, PASS, clock) as case:
        assert case.sealed is False  # opens all the same
        _edit(case, "later")  # more history does not make it whole again
        assert case.custody.sealed() is False
    report = verify_case(known, PASS, clock)
    assert not report.ok
    assert any(p.startswith(SEAL_PROBLEM) for p in report.problems), report.problems
    code, out = _cli(capsys, clock, "verify", known)
    assert code == 4 and SEAL_PROBLEM in out


def test_the_seal_survives_a_passphrase_change(known: Path, clock: FixedClock) -> None:
    with open_case(known, PASS, clock) as case:
        case.change_passphrase(PASS + " and more")
    assert verify_case(known, PASS + " and more", clock).ok


def test_a_whole_older_copy_is_noted_never_refused(
    known: Path, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    older = tmp_path / "older.quietcase"
    shutil.copyfile(known, older)
    later = FixedClock(clock.now() + timedelta(days=3))
    with open_case(known, PASS, later) as case:
        _edit(case, "third")
    shutil.copyfile(older, known)  # the older copy put back in its place

    report = verify_case(known, PASS, clock)
    assert report.ok and report.older_copy is not None
    code, out = _cli(capsys, clock, "verify", known)
    assert code == 0, out
    assert NOTE in out and "intact" in out
    code, out = _cli(capsys, clock, "verify", known, "--json")
    assert code == 0 and NOTE in out
    with open_case(known, PASS, clock, read_only=True) as case:  # looking changes nothing
        assert case.older_copy is not None
    with open_case(known, PASS, clock) as case:
        assert case.older_copy is not None
        assert case.older_copy.counter == 4 and case.older_copy.seen_counter == 6
        assert case.older_copy.seen_at == later.now().replace(microsecond=0)
        assert case.sealed is True  # consistent in itself: only this computer can tell
    assert verify_case(known, PASS, clock).older_copy is not None  # only looked at: still


def test_same_counter_other_history_is_an_older_copy(
    known: Path, tmp_path: Path, clock: FixedClock
) -> None:
    older = tmp_path / "older.quietcase"
    shutil.copyfile(known, older)
    with open_case(known, PASS, clock) as case:
        _edit(case, "mine")
    with open_case(older, PASS, clock, remember=False) as case:  # elsewhere: same counter
        _edit(case, "theirs")
    shutil.copyfile(older, known)
    with open_case(known, PASS, clock) as case:
        assert case.older_copy is not None
        assert case.older_copy.counter == case.older_copy.seen_counter == 6


def test_going_on_with_the_older_copy_is_her_choice(
    known: Path, tmp_path: Path, clock: FixedClock
) -> None:
    older = tmp_path / "older.quietcase"
    shutil.copyfile(known, older)
    with open_case(known, PASS, clock) as case:
        _edit(case, "third")
    shutil.copyfile(older, known)
    with open_case(known, PASS, clock) as case:
        assert case.older_copy is not None
        _edit(case, "go on")  # counter 6 again, another head
    with open_case(known, PASS, clock) as case:
        assert case.older_copy is None  # told once; what she used last is the newest now


def test_the_memory_is_private_and_holds_no_content(
    known: Path, clock: FixedClock, _own_settings: Path
) -> None:
    path = _own_settings / "Quietcase" / FILE_NAME
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    text = path.read_text(encoding="utf-8")
    with open_case(known, PASS, clock, read_only=True) as case:
        assert (case.vault.meta("vault_id") or "x") not in text
        assert case.custody.head() in text
    assert "first" not in text and "second" not in text and str(known) not in text


def test_a_restored_backup_is_never_taken_for_an_older_copy(
    known: Path, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    with open_case(known, PASS, clock) as case:
        backup = make_backup(case, backups, PASS).path
        _edit(case, "after the backup")
    assert verify_case(backup, PASS, clock).older_copy is None  # a backup is older by design
    restored = tmp_path / "restored.quietcase"
    restore_backup(backup, restored, PASS, clock)
    with open_case(restored, PASS, clock) as case:
        assert case.older_copy is None
        assert case.sealed is True
    code, out = _cli(capsys, clock, "verify", restored)
    assert code == 0 and NOTE not in out


def test_a_broken_memory_file_is_ignored(
    known: Path, clock: FixedClock, _own_settings: Path
) -> None:
    (_own_settings / "Quietcase" / FILE_NAME).write_text("{not json", encoding="utf-8")
    with open_case(known, PASS, clock) as case:
        assert case.older_copy is None
    assert verify_case(known, PASS, clock).ok


def test_a_seal_taken_away_is_not_made_again(
    known: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """The meta page put back from a copy made before the file had a seal (an older
    Quietcase): no key, no seal. Sealed when last seen here, so that is a finding, and opening
    it to write does not quietly seal the history again."""
    with open_case(known, PASS, clock) as case:
        case.vault.conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (seal.KEY, seal.SEAL))
        case.vault.conn.commit()
        case.seen = None  # closed as the attacker leaves it
    report = verify_case(known, PASS, clock)
    assert any(p.startswith(SEAL_PROBLEM) for p in report.problems), report.problems
    with open_case(known, PASS, clock) as case:
        assert case.sealed is False
        _edit(case, "later")
        assert case.custody.sealed() is False
    code, out = _cli(capsys, clock, "verify", known)
    assert code == 4 and SEAL_PROBLEM in out


def _pages_of(path: Path, clock: FixedClock, table: str) -> list[int]:
    with open_case(path, PASS, clock, read_only=True) as case:
        rows = case.vault.query("SELECT rootpage FROM sqlite_master WHERE tbl_name = ?", (table,))
        return sorted(int(r[0]) for r in rows if int(r[0]) > 0)


def test_records_and_log_rolled_back_by_pages_without_the_passphrase(
    known: Path, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """No passphrase: whole pages moved between copies of the same file (each page's HMAC
    covers its contents and number, not the file's version). Every page from the older copy,
    apart from the meta table's from the newer one: records and log consistent together, each
    page sound, and only the seal (newer than the history it is over) tells."""
    older = tmp_path / "older.quietcase"
    shutil.copyfile(known, older)
    with open_case(known, PASS, clock) as case:
        _edit(case, "third")
    newer = known.read_bytes()
    meta_pages = _pages_of(known, clock, "meta")
    assert meta_pages == _pages_of(older, clock, "meta")
    forged = bytearray(older.read_bytes())
    size = 4096
    for page in meta_pages:
        forged[(page - 1) * size : page * size] = newer[(page - 1) * size : page * size]
    known.write_bytes(bytes(forged))

    report = verify_case(known, PASS, clock)
    assert report.problems == [SEAL_PROBLEM + ALL_TOLD], report.problems  # the only finding
    code, out = _cli(capsys, clock, "verify", known)
    assert code == 4 and SEAL_PROBLEM in out
