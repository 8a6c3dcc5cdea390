"""Backups: back up, verify and restore a demo case with real photos exactly; the default name;
never overwriting; a separate passphrase; a standard SQLCipher 4 file with no plaintext
anywhere, ever; a wrong passphrase; Cancel.

The CLI runs in this process (`cli.main.main`, fixed clock); the fault tests (disk full, a
removed drive, a killed process, damaged backups) are in test_backup_faults.py.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import re
import shutil
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from quietcase.app.backup.backups import (
    FROM_NAME,
    FROM_VAULT,
    HEAD,
    MADE_AT,
    default_name,
    make_backup,
)
from quietcase.app.backup.backups import restore_backup as restore
from quietcase.app.case import create_case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken, Progress
from quietcase.app.evidence import seal
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.cli import serialize
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from quietcase.storage.records import Contact, ContactRole, Incident
from quietcase.storage.vault import SEAL_KEY
from tests.shared import NOW, PASS, REAL_IMAGES

BACKUP_PASS = "따로 쓰는 backup passphrase ' 2"
NEW_PASS = "새 비밀번호 for the restored case"
# A word that exists only inside the vault (an incident, a contact note, an evidence file):
# it must never appear in any file a backup or a restore writes, not even for a moment.
MARKER = "zqplainmarker7f3a9c0d5e"
DAY_NAME = "quietcase-backup-2026-11-25.quietcase"
MIB = 1 << 20


# -- helpers -------------------------------------------------------------------------------


@dataclass
class Result:
    code: int
    out: str
    err: str


@contextmanager
def passphrases(
    passphrase: str | None = PASS, backup: str | None = None, new: str | None = None
) -> Iterator[None]:
    """QUIETCASE_PASSPHRASE / _BACKUP_PASSPHRASE / _NEW_PASSPHRASE for one command."""
    names = {
        "QUIETCASE_PASSPHRASE": passphrase,
        "QUIETCASE_BACKUP_PASSPHRASE": backup,
        "QUIETCASE_NEW_PASSPHRASE": new,
    }
    with pytest.MonkeyPatch.context() as mp:
        for name, value in names.items():
            if value is None:
                mp.delenv(name, raising=False)
            else:
                mp.setenv(name, value)
        yield


def cli(
    *argv: str | Path,
    passphrase: str | None = PASS,
    backup: str | None = None,
    new: str | None = None,
    clock: FixedClock | None = None,
) -> Result:
    """`quietcase-cli ARGV` in this process; returns the exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with passphrases(passphrase, backup, new), redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in argv], clock=clock or FixedClock(NOW))
    return Result(code, out.getvalue(), err.getvalue())


def one_error_line(result: Result) -> str:
    """A failure is one clear line on stderr, never a traceback."""
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result
    assert lines[0].startswith("quietcase-cli: ")
    return lines[0]


def names(folder: Path) -> list[str]:
    """Every entry in the folder, hidden ones (partials, journals, locks) included."""
    return sorted(os.listdir(folder))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path, passphrase: str = PASS) -> dict[str, Any]:
    """Everything she can see in a case file, as the CLI's JSON shows it."""
    with open_case(path, passphrase, FixedClock(NOW), read_only=True) as case:
        journal, shelf = case.journal, case.evidence
        items = shelf.items() + shelf.items(binned=True)
        return {
            "incidents": [serialize.incident(r) for r in journal.incidents()],
            "contacts": [serialize.contact(r) for r in journal.contacts()],
            "deadlines": [
                serialize.deadline(r, overdue=journal.is_overdue(r)) for r in journal.deadlines()
            ],
            "requests": [serialize.request(r) for r in journal.requests()],
            "evidence": [serialize.evidence(e, shelf.image(e.id)) for e in items],
            "evidence_bytes": {
                e.id: hashlib.sha256(b"".join(shelf.chunks(e.id))).hexdigest() for e in items
            },
            "custody": [serialize.custody_event(e) for e in case.custody.events()],
            "head": case.custody.head(),
        }


def tables(path: Path, passphrase: str = PASS) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (thumbnails, chunks, search index included), sorted."""
    with open_case(path, passphrase, FixedClock(NOW), read_only=True) as case:
        found = case.vault.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
        return {
            name: sorted(case.vault.query(f'SELECT * FROM "{name}"'), key=_order)
            for (name,) in found
        }


def _order(row: tuple[Any, ...]) -> tuple[tuple[int, Any], ...]:
    """Sort rows of mixed types: numbers by value, everything else by its repr."""
    return tuple((0, v) if isinstance(v, int | float) else (1, repr(v)) for v in row)


def meta(path: Path, passphrase: str = PASS) -> dict[str, str]:
    """Her case's meta keys; the seal (when the file was last closed cleanly) belongs to
    each file, not to the case."""
    with open_case(path, passphrase, FixedClock(NOW), read_only=True) as case:
        rows = case.vault.query("SELECT key, value FROM meta WHERE key != ?", (SEAL_KEY,))
        return {str(k): str(v) for k, v in rows}


def random_file(path: Path, size: int, seed: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def build_vault(path: Path, work: Path) -> dict[str, bytes]:
    """A demo case (with the marker in an incident, a contact note and an evidence file),
    the shared real photos (random files if they are missing), 4 MiB more evidence so a
    backup takes several steps, and one item in the bin. Returns the byte strings that
    only the vault's plaintext holds."""
    clock = FixedClock(NOW)
    with create_case(path, PASS, clock) as case:
        fill_demo(case.journal, NOW.date())
        incident = case.journal.add_incident(
            Incident(title="Re-upload found", description=f"The room code was {MARKER} today.")
        )
        case.journal.add_contact(
            Contact(name="Witness two", role=ContactRole.WITNESS, note=f"said {MARKER}")
        )
        if REAL_IMAGES.is_dir():
            photos = sorted(p for p in REAL_IMAGES.iterdir() if p.is_file())
        else:
            photos = [random_file(work / f"photo-{i}.jpg", 150_000, i) for i in range(8)]
        extra = [random_file(work / f"chat-{i}.bin", MIB, 100 + i) for i in range(4)]
        text = work / "chat-export.txt"
        text.write_text(f"exported chat\n{MARKER}\nend\n", encoding="utf-8")
        report = case.intake.import_paths(
            [*photos, *extra, text], IntakeDetails(incident_ids=(incident.id,))
        )
        assert not report.problems and len(report.imported) == len(photos) + len(extra) + 1
        case.evidence.to_bin(report.imported[0].evidence.id)
    middle = extra[1].read_bytes()
    return {
        "marker": MARKER.encode("utf-8"),
        "marker-utf16": MARKER.encode("utf-16-le"),
        "evidence bytes": middle[MIB // 2 : MIB // 2 + 48],
        "photo bytes": photos[-1].read_bytes()[-4096:-4048],
    }


class Watcher:
    """Reads every file in the folders again and again while a backup or restore runs, so a
    plaintext page would be seen even if it existed only for a moment."""

    def __init__(self, folders: list[Path], needles: dict[str, bytes]) -> None:
        self.folders, self.needles = folders, needles
        self.seen: set[str] = set()
        self.found: list[tuple[str, str]] = []
        self.scans = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def scan(self) -> None:
        self.scans += 1
        for folder in self.folders:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                try:
                    data = Path(entry.path).read_bytes()
                except OSError:
                    continue  # gone between the listing and the read
                hits = [(entry.name, what) for what, n in self.needles.items() if n in data]
                with self._lock:
                    self.seen.add(entry.name)
                    self.found += hits

    def _run(self) -> None:
        while not self._stop.is_set():
            self.scan()

    def __enter__(self) -> Watcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)
        self.scan()


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _utc() -> Iterator[None]:
    """Backup names use local time: pin it, so NOW is 2026-11-25 09:00 everywhere."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.quietcase"
    needles = build_vault(path, folder / "sources")
    return path, needles


@pytest.fixture
def needles(demo: tuple[Path, dict[str, bytes]]) -> dict[str, bytes]:
    return demo[1]


@pytest.fixture
def vault(demo: tuple[Path, dict[str, bytes]], tmp_path: Path) -> Path:
    """A fresh copy of the demo case, alone in its own folder."""
    path = tmp_path / "laptop" / "case.quietcase"
    path.parent.mkdir()
    shutil.copyfile(demo[0], path)
    return path


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """An empty destination folder."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@dataclass
class RoundTrip:
    vault: Path
    backup: Path
    restored: Path
    before: dict[str, Any]  # the vault just before the backup
    tables_before: dict[str, list[tuple[Any, ...]]]
    vault_meta: dict[str, str]
    backed_up: Result
    verified: Result
    restored_result: Result


@pytest.fixture(scope="module")
def round_trip(
    demo: tuple[Path, dict[str, bytes]], tmp_path_factory: pytest.TempPathFactory
) -> RoundTrip:
    """Back up the demo case with the CLI, verify the backup, restore it (done once)."""
    root = tmp_path_factory.mktemp("round-trip")
    vault_path, usb, home = root / "laptop" / "case.quietcase", root / "usb", root / "new"
    for folder in (vault_path.parent, usb, home):
        folder.mkdir()
    shutil.copyfile(demo[0], vault_path)
    before, tables_before = snapshot(vault_path), tables(vault_path)
    vault_meta = meta(vault_path)
    backed_up = cli("backup", vault_path, usb)
    assert backed_up.code == 0, backed_up
    backup = usb / DAY_NAME
    verified = cli("verify", backup)
    restored = home / "restored.quietcase"
    restored_result = cli("restore", backup, restored)
    assert restored_result.code == 0, restored_result
    return RoundTrip(
        vault_path,
        backup,
        restored,
        before,
        tables_before,
        vault_meta,
        backed_up,
        verified,
        restored_result,
    )


# -- round trip ----------------------------------------------------------------------------


def test_the_demo_case_is_rich_enough(round_trip: RoundTrip) -> None:
    before = round_trip.before
    assert len(before["incidents"]) >= 25 and len(before["contacts"]) >= 8
    assert before["deadlines"] and before["requests"]
    assert len(before["evidence"]) >= 6
    assert any(e["in_bin"] for e in before["evidence"])
    if REAL_IMAGES.is_dir():  # photos with previews (thumbnails) and GPS in their EXIF
        assert any("image" in e and e["image"]["preview"] for e in before["evidence"])
        assert any(e["image"]["has_gps"] for e in before["evidence"] if "image" in e)


def test_backup_says_where_it_is_and_the_custody_head(round_trip: RoundTrip) -> None:
    result = round_trip.backed_up
    assert f"Backup written and checked: {round_trip.backup}" in result.out
    assert f"custody head at backup: {round_trip.before['head']}" in result.out
    assert "Traceback" not in result.err
    assert names(round_trip.backup.parent) == [DAY_NAME]


def test_verify_summarises_the_backup(round_trip: RoundTrip) -> None:
    result, before = round_trip.verified, round_trip.before
    assert result.code == 0, result
    out = result.out
    assert f"{round_trip.backup}: this backup is intact." in out
    assert "made at        2026-11-25 09:00" in out
    items = sum(not e["in_bin"] for e in before["evidence"])  # the bin is not counted
    assert re.search(rf"evidence +{items} items \([\d.]+ MB\), every one re-hashed", out), out
    assert f"custody chain  {len(before['custody'])} events, unbroken" in out
    assert f"custody head   event {len(before['custody'])}: {before['head']}" in out


def test_restore_gives_back_every_record_item_and_event(round_trip: RoundTrip) -> None:
    before, after = round_trip.before, snapshot(round_trip.restored)
    assert f"Restored into a new case file: {round_trip.restored}" in round_trip.restored_result.out
    for what in ("incidents", "contacts", "deadlines", "requests", "evidence", "evidence_bytes"):
        assert after[what] == before[what], what
    assert any(MARKER in i["description"] for i in after["incidents"])
    # The custody chain: exactly the original's, plus one "restore" event at the end.
    assert after["custody"][:-1] == before["custody"]
    last = after["custody"][-1]
    assert last["action"] == "restore"
    assert last["seq"] == before["custody"][-1]["seq"] + 1
    assert last["prev_hash"] == before["head"]
    assert DAY_NAME in last["detail"] and "made 2026-11-25T09:00:00+00:00" in last["detail"]


def test_restore_is_equal_row_for_row(round_trip: RoundTrip) -> None:
    """Every table (chunks, thumbnails, search index...) holds the same rows, apart from the
    one custody event and the meta keys that say where the file came from."""
    before, after = round_trip.tables_before, tables(round_trip.restored)
    assert after.keys() == before.keys()
    for name in before:
        if name == "custody_event":
            assert after[name][: len(before[name])] == before[name]
            assert len(after[name]) == len(before[name]) + 1
        elif name != "meta":
            assert after[name] == before[name], name
    restored_meta = meta(round_trip.restored)
    assert restored_meta.pop("restored_from") == f"{DAY_NAME} (made {NOW.isoformat()})"
    # The keyed seal moves on with the "restored" event; the key is the case's own.
    assert restored_meta.pop(seal.SEAL) != round_trip.vault_meta[seal.SEAL]
    assert restored_meta == {k: v for k, v in round_trip.vault_meta.items() if k != seal.SEAL}
    assert not any(k.startswith("backup.") for k in restored_meta)


def test_the_restored_case_verifies_as_a_case_file(round_trip: RoundTrip) -> None:
    result = cli("verify", round_trip.restored)
    assert result.code == 0, result
    assert "this case file is intact" in result.out
    assert "made at" not in result.out
    report = verify_case(round_trip.restored, PASS, FixedClock(NOW))
    assert report.ok and report.backup_made_at is None
    assert report.custody_head == snapshot(round_trip.restored)["head"]


def test_the_backup_records_when_from_where_and_the_custody_head(round_trip: RoundTrip) -> None:
    inside = meta(round_trip.backup)
    assert inside[MADE_AT] == NOW.isoformat()
    assert inside[FROM_VAULT] == round_trip.vault_meta["vault_id"]
    assert inside[FROM_NAME] == "case.quietcase"
    assert inside[HEAD] == round_trip.before["head"]
    report = verify_case(round_trip.backup, PASS, FixedClock(NOW))
    assert report.ok and report.backup_made_at == NOW.isoformat()
    assert report.custody_head == round_trip.before["head"]
    # The backup itself holds the case as it was: no "backup" event inside.
    assert snapshot(round_trip.backup)["custody"] == round_trip.before["custody"]


def test_a_backup_event_is_appended_to_the_vault(round_trip: RoundTrip) -> None:
    before, now = round_trip.before, snapshot(round_trip.vault)
    assert now["custody"][:-1] == before["custody"]
    event = now["custody"][-1]
    assert event["action"] == "backup"
    assert event["prev_hash"] == before["head"]
    assert DAY_NAME in event["detail"] and before["head"] in event["detail"]
    for what in ("incidents", "contacts", "deadlines", "requests", "evidence", "evidence_bytes"):
        assert now[what] == before[what], what
    assert verify_case(round_trip.vault, PASS, FixedClock(NOW)).ok


# -- names and never overwriting ----------------------------------------------------------


def test_default_name_uses_the_local_date_and_adds_the_time_if_taken(tmp_path: Path) -> None:
    assert default_name(tmp_path, NOW) == tmp_path / DAY_NAME
    (tmp_path / DAY_NAME).write_bytes(b"taken")
    assert default_name(tmp_path, NOW) == tmp_path / "quietcase-backup-2026-11-25-090000.quietcase"
    late = datetime(2026, 11, 25, 20, 30, 5, tzinfo=UTC)
    old = os.environ["TZ"]
    try:
        os.environ["TZ"] = "KST-9"  # Seoul, no tz database needed: already the 26th there
        time.tzset()
        assert default_name(tmp_path, late).name == "quietcase-backup-2026-11-26.quietcase"
    finally:
        os.environ["TZ"] = old
        time.tzset()


def test_a_second_backup_the_same_day_gets_the_time_and_leaves_the_first_alone(
    vault: Path, usb: Path
) -> None:
    assert cli("backup", vault, usb).code == 0
    first = usb / DAY_NAME
    first_bytes = first.read_bytes()
    later = FixedClock(NOW + timedelta(hours=3, minutes=25, seconds=7))
    result = cli("backup", vault, usb, clock=later)
    assert result.code == 0, result
    second = usb / "quietcase-backup-2026-11-25-122507.quietcase"
    assert names(usb) == sorted([DAY_NAME, second.name])
    assert first.read_bytes() == first_bytes  # byte for byte
    assert cli("verify", first).code == 0
    assert cli("verify", second).code == 0
    # The second backup holds the first backup's custody event; the first does not.
    assert snapshot(second)["custody"][-1]["action"] == "backup"
    assert snapshot(first)["custody"][-1]["action"] != "backup"


def test_a_backup_never_overwrites_a_taken_name(vault: Path, usb: Path) -> None:
    assert cli("backup", vault, usb).code == 0
    assert cli("backup", vault, usb).code == 0  # 09:00:00 again: the time is added
    taken = {name: (usb / name).read_bytes() for name in names(usb)}
    assert len(taken) == 2
    events = len(snapshot(vault)["custody"])
    vault_bytes = vault.read_bytes()
    result = cli("backup", vault, usb)  # both names for 09:00:00 are taken now
    assert result.code == 1, result
    assert "never overwrites" in one_error_line(result)
    assert {name: (usb / name).read_bytes() for name in names(usb)} == taken
    assert vault.read_bytes() == vault_bytes and len(snapshot(vault)["custody"]) == events


@pytest.mark.parametrize("existing", [b"", b"her own notes, not a backup\n", "backup"])
def test_backup_to_an_existing_file_refuses_and_leaves_it(
    vault: Path, usb: Path, existing: bytes | str
) -> None:
    target = usb / "mine.quietcase"
    if existing == "backup":  # OUT may name a new file: the backup gets that name
        assert cli("backup", vault, target).code == 0
        assert names(usb) == [target.name]
        assert cli("verify", target).code == 0
    else:
        assert isinstance(existing, bytes)
        target.write_bytes(existing)
    content = target.read_bytes()
    vault_bytes = vault.read_bytes()
    result = cli("backup", vault, target)
    assert result.code == 1, result
    assert f"A file already exists at {target}" in one_error_line(result)
    assert target.read_bytes() == content
    assert names(usb) == ["mine.quietcase"]
    assert vault.read_bytes() == vault_bytes


def test_restore_never_overwrites(vault: Path, usb: Path, tmp_path: Path) -> None:
    assert cli("backup", vault, usb).code == 0
    backup = usb / DAY_NAME
    for target, content in ((vault, None), (tmp_path / "other.quietcase", b"something")):
        if content is not None:
            target.write_bytes(content)
        kept = target.read_bytes()
        files = names(target.parent)
        result = cli("restore", backup, target)
        assert result.code == 1, result
        assert "never overwrites" in one_error_line(result)
        assert target.read_bytes() == kept
        assert names(target.parent) == files


# -- passphrases ---------------------------------------------------------------------------


def test_a_separate_backup_passphrase(vault: Path, usb: Path, tmp_path: Path) -> None:
    result = cli("backup", vault, usb, backup=BACKUP_PASS)
    assert result.code == 0, result
    assert "own passphrase" in result.err
    backup = usb / DAY_NAME

    wrong = cli("verify", backup)  # the vault's passphrase does not open it
    assert wrong.code == 3, wrong
    assert "does not open" in one_error_line(wrong)
    right = cli("verify", backup, passphrase=BACKUP_PASS)
    assert right.code == 0, right
    assert "this backup is intact" in right.out

    # Restore: QUIETCASE_BACKUP_PASSPHRASE opens it; without it, the vault's does not.
    refused = tmp_path / "refused.quietcase"
    wrong = cli("restore", backup, refused)
    assert wrong.code == 3, wrong
    assert not refused.exists()

    kept = tmp_path / "kept.quietcase"
    result = cli("restore", backup, kept, backup=BACKUP_PASS)
    assert result.code == 0, result
    assert snapshot(kept, BACKUP_PASS)["incidents"] == snapshot(vault)["incidents"]
    with pytest.raises(UserError) as refused_error:
        open_case(kept, PASS, FixedClock(NOW))
    assert refused_error.value.exit_code == 3

    chosen = tmp_path / "chosen.quietcase"
    result = cli("restore", backup, chosen, backup=BACKUP_PASS, new=NEW_PASS)
    assert result.code == 0, result
    assert "new passphrase" in result.err
    assert cli("verify", chosen, passphrase=NEW_PASS).code == 0
    for other in (BACKUP_PASS, PASS):
        assert cli("verify", chosen, passphrase=other).code == 3


def test_restore_with_a_new_passphrase_from_a_backup_with_the_vaults(
    vault: Path, usb: Path, tmp_path: Path
) -> None:
    assert cli("backup", vault, usb).code == 0
    restored = tmp_path / "restored.quietcase"
    result = cli("restore", usb / DAY_NAME, restored, new=NEW_PASS)
    assert result.code == 0, result
    assert cli("verify", restored, passphrase=NEW_PASS).code == 0
    assert cli("verify", restored).code == 3
    assert cli("verify", usb / DAY_NAME).code == 0  # the backup keeps its own passphrase


def test_wrong_passphrase_for_backup_writes_nothing(vault: Path, usb: Path) -> None:
    vault_bytes, laptop = vault.read_bytes(), names(vault.parent)
    result = cli("backup", vault, usb, passphrase="not her passphrase")
    assert result.code == 3, result
    assert "does not open" in one_error_line(result)
    assert names(usb) == []
    assert vault.read_bytes() == vault_bytes and names(vault.parent) == laptop
    # Also with a separate passphrase for the backup: the vault's is checked first.
    result = cli("backup", vault, usb, passphrase="not her passphrase", backup=BACKUP_PASS)
    assert result.code == 3, result
    assert names(usb) == []


def test_wrong_passphrase_for_restore_writes_nothing(
    vault: Path, usb: Path, tmp_path: Path
) -> None:
    assert cli("backup", vault, usb).code == 0
    backup = usb / DAY_NAME
    backup_bytes = backup.read_bytes()
    home = tmp_path / "home"
    home.mkdir()
    for env in ({"passphrase": "wrong"}, {"passphrase": PASS, "backup": "wrong"}):
        result = cli("restore", backup, home / "restored.quietcase", **env)
        assert result.code == 3, (env, result)
        assert "does not open" in one_error_line(result)
        assert names(home) == []
        assert names(usb) == [DAY_NAME] and backup.read_bytes() == backup_bytes


# -- a standard, encrypted file ------------------------------------------------------------


def test_the_backup_is_a_standard_sqlcipher_4_file(round_trip: RoundTrip) -> None:
    """Any SQLCipher 4 client opens it with PRAGMA key and the default settings."""
    assert unicodedata.is_normalized("NFC", PASS)
    literal = "'" + PASS.replace("'", "''") + "'"
    for settings in ([], ["PRAGMA cipher_compatibility = 4"]):
        conn = sqlcipher3.connect(str(round_trip.backup))
        try:
            for pragma in settings:
                conn.execute(pragma)
            conn.execute(f"PRAGMA key = {literal}")
            assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            made = conn.execute("SELECT value FROM meta WHERE key = 'backup.made_at'").fetchone()
            assert made == (NOW.isoformat(),)
            (count,) = conn.execute("SELECT count(*) FROM incident").fetchone()
            assert count == len(round_trip.before["incidents"])
        finally:
            conn.close()
    assert not round_trip.backup.read_bytes().startswith(b"SQLite format 3\x00")
    conn = sqlcipher3.connect(str(round_trip.backup))
    try:
        conn.execute("PRAGMA key = 'not the passphrase'")
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_no_plaintext_in_the_backup_or_the_restore_ever(
    vault: Path, usb: Path, tmp_path: Path, needles: dict[str, bytes]
) -> None:
    # The needles are real: the vault holds them, decrypted.
    assert any(MARKER in i["description"] for i in snapshot(vault)["incidents"])
    folders = [usb, vault.parent]
    during: list[tuple[int, list[str]]] = []

    def look(progress: Progress) -> None:
        watcher.scan()  # also at each step, in this thread: the partial file and its journal
        during.append((progress.bytes_done, names(usb)))

    with Watcher(folders, needles) as watcher, open_case(vault, PASS, FixedClock(NOW)) as case:
        result = make_backup(case, usb, PASS, look)
    assert watcher.found == [], watcher.found
    assert len(during) >= 3
    # What existed while writing: only hidden, clearly unfinished files.
    for _, listed in during:
        for name in listed:
            assert name.startswith(f".{DAY_NAME}.") and ".incomplete" in name, name
    assert any(name.endswith(".incomplete") for name in watcher.seen)
    assert DAY_NAME in watcher.seen
    seen_journals = sorted(n for n in watcher.seen if n.endswith("-journal"))
    assert seen_journals  # the partial's journal was there, and was read

    home = tmp_path / "home"
    home.mkdir()
    with Watcher([home, usb], needles) as watcher2:
        restore(result.path, home / "restored.quietcase", PASS, FixedClock(NOW))
    assert watcher2.found == [], watcher2.found
    assert any(name.endswith(".incomplete") for name in watcher2.seen)

    for path in (result.path, home / "restored.quietcase", vault):
        data = path.read_bytes()
        assert not [what for what, needle in needles.items() if needle in data], path
    print(f"scanned {watcher.scans + watcher2.scans} times; journals seen: {seen_journals}")


# -- cancel --------------------------------------------------------------------------------


def cancel_half_way(token: CancelToken, calls: list[Progress]) -> Callable[[Progress], None]:
    def progress(p: Progress) -> None:
        calls.append(p)
        if p.bytes_done * 2 >= p.bytes_total:
            token.cancel()

    return progress


def test_cancel_half_way_leaves_nothing_and_the_vault_unchanged(vault: Path, usb: Path) -> None:
    before, vault_hash = snapshot(vault), sha256_file(vault)
    token, calls = CancelToken(), []
    with open_case(vault, PASS, FixedClock(NOW)) as case:
        with pytest.raises(Cancelled):
            make_backup(case, usb, PASS, cancel_half_way(token, calls), token)
    assert token.cancelled
    assert len(calls) >= 2 and calls[-1].bytes_done < calls[-1].bytes_total  # mid-way
    assert names(usb) == []  # no .incomplete, no journal, no lock
    assert sha256_file(vault) == vault_hash
    assert names(vault.parent) == ["case.quietcase"]
    assert snapshot(vault) == before
    assert verify_case(vault, PASS, FixedClock(NOW)).ok
    # And the next backup works.
    assert cli("backup", vault, usb).code == 0
    assert names(usb) == [DAY_NAME]


def test_cancel_half_way_through_a_restore_leaves_nothing(
    vault: Path, usb: Path, tmp_path: Path
) -> None:
    assert cli("backup", vault, usb).code == 0
    backup = usb / DAY_NAME
    backup_hash = sha256_file(backup)
    home = tmp_path / "home"
    home.mkdir()
    token, calls = CancelToken(), []
    with pytest.raises(Cancelled):
        restore(
            backup,
            home / "restored.quietcase",
            PASS,
            FixedClock(NOW),
            progress=cancel_half_way(token, calls),
            cancel=token,
        )
    assert len(calls) >= 2 and calls[-1].bytes_done < calls[-1].bytes_total
    assert names(home) == []
    assert names(usb) == [DAY_NAME] and sha256_file(backup) == backup_hash
    assert cli("verify", backup).code == 0
