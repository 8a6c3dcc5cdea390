"""Backups under faults: a full disk, a drive pulled out mid-write, a process killed at
random points, and damaged backup files (cut short, bit-flipped, pages swapped or zeroed,
garbage appended). Whatever happens, nothing that looks like a good backup is left unless it
is one, an older backup is never touched, and the vault always opens and verifies.

The long loops (50 kills, 200 damaged files of each kind) are marked slow:
`pytest -m slow tests/app/test_backup_faults.py`.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import json
import os
import random
import re
import shutil
import stat
import subprocess
import sys
import time
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from quietcase.app.backup.backups import make_backup
from quietcase.app.case import create_case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Progress
from quietcase.app.evidence.custody import BACKUP, Custody
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from quietcase.storage import errors as storage_errors
from tests.shared import NOW, PASS, REAL_IMAGES

ROOT = Path(__file__).resolve().parents[3]
PAGE = 4096  # SQLCipher 4's default page size, which vaults use
MIB = 1 << 20
FINAL_NAME = re.compile(r"^quietcase-backup-\d{4}-\d{2}-\d{2}(-\d{6})?\.quietcase$")
# What a killed backup may leave behind: its hidden, unfinished file (and that file's
# SQLite journal or Quietcase lock file, and the `.writing` claim it held while it ran):
# never something that looks like a backup. The next export there removes them.
UNFINISHED = re.compile(r"^\.quietcase-backup-.+\.incomplete(-journal|\.lock|\.writing)?$")

CLI_CHILD = "import sys\nfrom cli.main import main\nsys.exit(main(sys.argv[1:]))\n"

DISK_FULL_CHILD = """
import resource, signal, sys
from quietcase.cli.main import main
limit = int(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(main(sys.argv[2:]))
"""

# Applies the damage described by the parent, then runs `verify` and `restore` on each file
# (in this child, so a hang is caught by a timeout); one JSON line per try, as it goes.
DAMAGE_CHILD = r"""
import io, json, os, random, shutil, sys, time, traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from quietcase.cli.main import main

def damaged(data, edits):
    out = bytearray(data)
    for op, *args in edits:
        if op == "cut":
            del out[args[0]:]
        elif op == "xor":
            out[args[0]] ^= args[1]
        elif op == "copy":  # dst, src, n: bytes of the original file
            out[args[0]:args[0] + args[2]] = data[args[1]:args[1] + args[2]]
        elif op == "fill":  # offset, n, byte
            out[args[0]:args[0] + args[1]] = bytes([args[2]]) * args[1]
        elif op == "append":  # seed, n: random bytes
            out += random.Random(args[0]).randbytes(args[1])
        elif op == "append_copy":  # src, n
            out += data[args[0]:args[0] + args[1]]
        elif op == "append_fill":  # n, byte
            out += bytes([args[1]]) * args[0]
        else:
            raise ValueError(op)
    return bytes(out)

def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main([str(a) for a in argv])
    except BaseException:
        return {"code": None, "out": out.getvalue(), "err": err.getvalue() + traceback.format_exc()}
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()}

clean, work, specs, results = (Path(a) for a in sys.argv[1:5])
data = clean.read_bytes()
with open(results, "w", encoding="utf-8") as log:
    for index, spec in enumerate(json.loads(specs.read_text())):
        folder = work / f"try-{index:03d}"
        home = folder / "home"
        home.mkdir(parents=True)
        backup = folder / "backup.quietcase"
        backup.write_bytes(damaged(data, spec["edits"]))
        start = time.monotonic()
        verify = run("verify", backup)
        restore = run("restore", backup, home / "restored.quietcase")
        row = {
            "index": index,
            "verify": verify,
            "restore": restore,
            "home": sorted(os.listdir(home)),
            "folder": sorted(os.listdir(folder)),
            "seconds": time.monotonic() - start,
        }
        log.write(json.dumps(row) + "\n")
        log.flush()
        if verify["code"] == 4 and restore["code"] == 4 and not row["home"]:
            shutil.rmtree(folder)  # keep only the surprising ones, to look at
"""


# -- helpers -------------------------------------------------------------------------------


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETCASE_")}
    path = env.get("PYTHONPATH")
    env.update(
        {
            "PYTHONPATH": str(ROOT) + (os.pathsep + path if path else ""),
            "QUIETCASE_PASSPHRASE": PASS,
            "LANG": "C.UTF-8",
            "TZ": "UTC",
        }
    )
    return env


@dataclass
class Result:
    code: int
    out: str
    err: str


def cli(*argv: str | Path) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, redirect_stdout(out), redirect_stderr(err):
        mp.setenv("QUIETCASE_PASSPHRASE", PASS)
        mp.delenv("QUIETCASE_BACKUP_PASSPHRASE", raising=False)
        mp.delenv("QUIETCASE_NEW_PASSPHRASE", raising=False)
        code = main([str(a) for a in argv], clock=FixedClock(NOW))
    return Result(code, out.getvalue(), err.getvalue())


def one_error_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("quietcase-cli: ")
    return lines[0]


def names(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def custody(path: Path) -> list[tuple[int, str, str]]:
    with open_case(path, PASS, FixedClock(NOW), read_only=True) as case:
        return [(e.seq, e.action, e.hash) for e in case.custody.events()]


def build_vault(path: Path, work: Path, extra_mib: int) -> None:
    """A demo case with the shared real photos (random files if missing) and `extra_mib`
    MiB of random evidence."""
    with create_case(path, PASS, FixedClock(NOW)) as case:
        fill_demo(case.journal, NOW.date())
        work.mkdir(parents=True, exist_ok=True)
        if REAL_IMAGES.is_dir():
            files = sorted(p for p in REAL_IMAGES.iterdir() if p.is_file())
        else:
            files = []
            for i in range(8):
                files.append(work / f"photo-{i}.jpg")
                files[-1].write_bytes(random.Random(i).randbytes(150_000))
        for i in range(extra_mib):
            files.append(work / f"chat-{i}.bin")
            files[-1].write_bytes(random.Random(100 + i).randbytes(MIB))
        report = case.intake.import_paths(files)
        assert not report.problems and len(report.imported) == len(files)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault of ~6 MB: a backup takes several steps and a noticeable time."""
    folder = tmp_path_factory.mktemp("faults")
    path = folder / "template.quietcase"
    build_vault(path, folder / "sources", extra_mib=4)
    return path


@pytest.fixture
def vault(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "laptop" / "case.quietcase"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


OLD_NAME = "quietcase-backup-2026-01-05.quietcase"


def put_older_backup(folder: Path, backup: Path) -> str:
    """An older backup in the destination; returns its SHA-256: it must never change."""
    shutil.copyfile(backup, folder / OLD_NAME)
    return sha256_file(folder / OLD_NAME)


def assert_vault_fine(vault: Path, vault_hash: str | None = None) -> None:
    """Unchanged (if a hash is given), nothing left beside it, opens and verifies."""
    if vault_hash is not None:
        assert sha256_file(vault) == vault_hash
    with open_case(vault, PASS, FixedClock(NOW)):
        pass
    report = verify_case(vault, PASS, FixedClock(NOW))
    assert report.ok, report.problems
    assert names(vault.parent) == [vault.name]


# -- disk full -----------------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["3 pages", "half the vault", "all but one page"])
def test_disk_full_leaves_nothing_and_the_vault_unchanged(
    vault: Path, usb: Path, clean_backup: Path, limit: str
) -> None:
    size = vault.stat().st_size
    n = {"3 pages": 3 * PAGE, "half the vault": size // 2, "all but one page": size - PAGE}[limit]
    assert n < size
    vault_hash, events = sha256_file(vault), custody(vault)
    older = put_older_backup(usb, clean_backup)
    done = subprocess.run(
        [sys.executable, "-c", DISK_FULL_CHILD, str(n), "backup", str(vault), str(usb)],
        env=child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 1, done
    assert "not enough space on the drive" in one_error_line(done.stderr)
    assert done.stdout == ""
    assert names(usb) == [OLD_NAME]  # no partial file, no journal, no lock
    assert sha256_file(usb / OLD_NAME) == older
    assert_vault_fine(vault, vault_hash)
    assert custody(vault) == events


# -- the drive disappears ------------------------------------------------------------------


def pull_out(usb: Path, how: str) -> None:
    if how == "read-only, then removed":
        os.chmod(usb, stat.S_IRUSR | stat.S_IXUSR)  # root ignores it; removing does not
    shutil.rmtree(usb)
    if how == "removed, then plugged in again":
        usb.mkdir()  # the same path, but an empty stick


def backup_with_drive_pulled(vault: Path, usb: Path, how: str) -> tuple[UserError, int]:
    calls: list[Progress] = []

    def progress(p: Progress) -> None:
        calls.append(p)
        if len(calls) == 1:
            assert p.bytes_done < p.bytes_total  # really mid-write
            pull_out(usb, how)

    with open_case(vault, PASS, FixedClock(NOW)) as case:
        with pytest.raises(UserError) as caught:
            make_backup(case, usb, PASS, progress)
    return caught.value, len(calls)


@pytest.mark.parametrize(
    "how", ["removed", "read-only, then removed", "removed, then plugged in again"]
)
def test_destination_disappears_mid_write(vault: Path, usb: Path, how: str) -> None:
    vault_hash, events = sha256_file(vault), custody(vault)
    error, _ = backup_with_drive_pulled(vault, usb, how)
    message = str(error)
    assert error.exit_code == 1
    assert f"could not be written to {usb}" in message
    assert "plugged in" in message and "case file is unchanged" in message
    assert "Traceback" not in message and "\n" not in message
    if usb.exists():
        assert names(usb) == []  # nothing left on the stick put back
    assert_vault_fine(vault, vault_hash)
    assert custody(vault) == events


def _exception_names(module: Any) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if isinstance(value, type) and issubclass(value, BaseException)
    }


# Words a person should never have to read: our exception classes and Python's.
INTERNAL_NAMES = sorted(_exception_names(storage_errors) | _exception_names(builtins))


def test_destination_gone_message_has_no_internal_names(vault: Path, usb: Path) -> None:
    """The reason in brackets is plain words, never a class name like VaultUnwritable."""
    error, _ = backup_with_drive_pulled(vault, usb, "removed")
    reason = re.search(r"\(([^)]*)\)", str(error))
    assert reason is not None
    assert not [n for n in INTERNAL_NAMES if re.search(rf"\b{n}\b", reason.group(1))], str(error)


def test_restore_into_a_missing_folder_names_the_new_case_file(
    vault: Path, usb: Path, tmp_path: Path
) -> None:
    assert cli("backup", vault, usb).code == 0
    backup = usb / names(usb)[0]
    result = cli("restore", backup, tmp_path / "gone" / "restored.quietcase")
    assert result.code == 1, result
    line = one_error_line(result.err)
    assert not (tmp_path / "gone").exists()
    assert str(tmp_path / "gone") in line
    assert "The backup could not be written" not in line  # the backup is fine; the new file
    assert not [n for n in INTERNAL_NAMES if re.search(rf"\b{n}\b", line)], line


def test_a_failed_backup_never_leaves_a_backup_under_the_final_name(
    vault: Path, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup filled the drive the vault is on: recording the custody event fails."""
    real_record = Custody.record

    def record(self: Custody, action: str, *args: Any, **kwargs: Any) -> Any:
        if action == BACKUP:
            try:
                raise sqlcipher3.OperationalError("database or disk is full")
            except sqlcipher3.OperationalError as exc:
                raise storage_errors.VaultUnwritable(str(vault)) from exc
        return real_record(self, action, *args, **kwargs)

    monkeypatch.setattr(Custody, "record", record)
    vault_hash, events = sha256_file(vault), custody(vault)
    failed: UserError | None = None
    with open_case(vault, PASS, FixedClock(NOW)) as case:
        try:
            make_backup(case, usb, PASS)
        except UserError as exc:
            failed = exc
    assert_vault_fine(vault, vault_hash)
    assert custody(vault) == events
    assert failed is not None  # the vault could not record it: the command fails...
    assert [n for n in names(usb) if FINAL_NAME.match(n)] == []  # ...so no backup is left


# -- killed mid-backup ---------------------------------------------------------------------


def start_backup(vault: Path, usb: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", CLI_CHILD, "backup", str(vault), str(usb)],
        env=child_env(),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def kill_loop(vault: Path, work: Path, older: Path, iterations: int, seed: int) -> Counter[str]:
    """Start a CLI backup into a folder holding an older backup, SIGKILL it after a random
    delay (up to a whole backup's time), check what is left; `iterations` times. Returns
    how often each outcome was seen."""
    initial = custody(vault)
    trial = work / "trial"
    trial.mkdir()
    start = time.perf_counter()
    child = start_backup(vault, trial)
    _, err = child.communicate(timeout=120)
    duration = time.perf_counter() - start
    assert child.returncode == 0, err
    assert cli("verify", trial / names(trial)[0]).code == 0
    shutil.rmtree(trial)

    rng, outcomes = random.Random(seed), Counter[str]()
    for i in range(iterations):
        usb = work / f"usb-{i:02d}"
        usb.mkdir()
        older_hash = put_older_backup(usb, older)
        child = start_backup(vault, usb)
        time.sleep(rng.uniform(0, duration))
        child.kill()
        child.communicate(timeout=60)
        assert sha256_file(usb / OLD_NAME) == older_hash
        left = names(usb)
        finals = [n for n in left if not n.startswith(".") and n != OLD_NAME]
        strays = [n for n in left if n.startswith(".")]
        assert all(UNFINISHED.match(n) for n in strays), left
        assert len(finals) <= 1 and all(FINAL_NAME.match(n) for n in finals), left
        events = custody(vault)  # the vault opens after the kill
        assert events[: len(initial)] == initial
        assert {action for _, action, _ in events[len(initial) :]} <= {"backup"}
        if finals:
            result = cli("verify", usb / finals[0])
            assert result.code == 0, (left, result)
            assert "this backup is intact" in result.out
            head = re.search(r"custody head +event \d+: ([0-9a-f]{64})", result.out)
            assert head is not None and head.group(1) in {h for _, _, h in events}
        assert_vault_fine(vault)
        outcome = "complete backup" if finals else "no backup"
        if strays:
            kinds = {n[n.rindex(".incomplete") :] for n in strays}
            outcome += " + stray " + ", ".join(sorted(kinds))
        outcomes[outcome] += 1
        shutil.rmtree(usb)
    print(f"\nbackup takes {duration:.2f} s; after {iterations} kills: {dict(outcomes)}")
    return outcomes


def test_killed_mid_backup_5_times(vault: Path, tmp_path: Path, clean_backup: Path) -> None:
    outcomes = kill_loop(vault, tmp_path, clean_backup, 5, seed=20261125)
    assert sum(outcomes.values()) == 5


@pytest.mark.slow
def test_killed_mid_backup_50_times(vault: Path, tmp_path: Path, clean_backup: Path) -> None:
    outcomes = kill_loop(vault, tmp_path, clean_backup, 50, seed=7)
    assert sum(outcomes.values()) == 50
    # At random points, both endings happen.
    assert any(k.startswith("complete") for k in outcomes)
    assert any(k.startswith("no backup") for k in outcomes)


# -- damaged backups -----------------------------------------------------------------------

KINDS = ["truncated", "bit flips", "pages swapped", "page zeroed", "garbage appended"]


def damage_specs(kind: str, tries: int, size: int) -> list[dict[str, Any]]:
    """Seeded damage of each kind; the first tries hit page 1 and the edges on purpose."""
    rng = random.Random(f"quietcase-backup-{kind}-{tries}")
    pages = size // PAGE
    specs: list[dict[str, Any]] = []

    def add(edits: list[list[int | str]], page1: bool) -> None:
        specs.append({"edits": edits, "page1": page1})

    for i in range(tries):
        if kind == "truncated":
            fixed = [0, 511, PAGE - 1, PAGE, size - PAGE, size - 1]
            if i < len(fixed):
                length = fixed[i]
            elif i % 2:
                length = PAGE * rng.randrange(1, pages)  # whole pages: only the size check
            else:
                length = rng.randrange(1, size)
            add([["cut", length]], length < PAGE)
        elif kind == "bit flips":
            if i == 0:
                offsets = [rng.randrange(16)]  # page 1's salt
            elif i == 1:
                offsets = [rng.randrange(16, PAGE)]
            elif i == 2:
                offsets = [size - 1]
            else:
                offsets = [rng.randrange(size) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
            add([["xor", o, 1 << rng.randrange(8)] for o in offsets], min(offsets) < PAGE)
        elif kind == "pages swapped":
            if i == 0:
                a, b = 0, rng.randrange(1, pages)
            elif i == 1:
                a = rng.randrange(1, pages - 1)
                b = a + 1
            else:
                a, b = rng.sample(range(pages), 2)
            add(
                [["copy", a * PAGE, b * PAGE, PAGE], ["copy", b * PAGE, a * PAGE, PAGE]],
                0 in (a, b),
            )
        elif kind == "page zeroed":
            page = [0, pages - 1][i] if i < 2 else rng.randrange(pages)
            add([["fill", page * PAGE, PAGE, 0]], page == 0)
        else:
            choices: list[list[int | str]] = [
                ["append", rng.randrange(1 << 30), 1],
                ["append", rng.randrange(1 << 30), 17],
                ["append", rng.randrange(1 << 30), PAGE],
                ["append", rng.randrange(1 << 30), 2 * PAGE],
                ["append_fill", PAGE, 0],  # an all-zero page
                ["append_copy", rng.randrange(1, pages) * PAGE, PAGE],  # a valid page again
            ]
            if i < len(choices):
                edit = choices[i]
            else:
                edit = ["append", rng.randrange(1 << 30), rng.randrange(1, 3 * PAGE)]
            add([edit], False)
    return specs


@dataclass
class DamageRun:
    specs: list[dict[str, Any]]
    rows: list[dict[str, Any]]
    returncode: int | None
    stderr: str
    seconds: float


def run_damage(clean: Path, work: Path, tries: int, timeout: float) -> dict[str, DamageRun]:
    """One child per kind of damage, all at once (the key derivation dominates, so this
    uses every core); each is killed if it takes longer than `timeout`."""
    size = clean.stat().st_size
    children = {}
    for kind in KINDS:
        folder = work / kind.replace(" ", "-")
        folder.mkdir()
        specs = damage_specs(kind, tries, size)
        (folder / "specs.json").write_text(json.dumps(specs))
        argv = [str(clean), str(folder), str(folder / "specs.json"), str(folder / "rows.jsonl")]
        child = subprocess.Popen(
            [sys.executable, "-c", DAMAGE_CHILD, *argv],
            env=child_env(),
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        children[kind] = (child, folder, specs)
    start, runs = time.monotonic(), {}
    for kind, (child, folder, specs) in children.items():
        try:
            _, err = child.communicate(timeout=max(1.0, timeout - (time.monotonic() - start)))
        except subprocess.TimeoutExpired:
            child.kill()
            _, err = child.communicate()
            err += "\n(killed: it took too long)"
            code = None
        else:
            code = child.returncode
        rows_file = folder / "rows.jsonl"
        text = rows_file.read_text() if rows_file.exists() else ""
        rows = [json.loads(line) for line in text.splitlines()]
        runs[kind] = DamageRun(specs, rows, code, err, time.monotonic() - start)
    return runs


@pytest.fixture(scope="module")
def clean_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good backup of a demo case with the real photos (~2 MB, ~500 pages)."""
    folder = tmp_path_factory.mktemp("clean")
    vault = folder / "case.quietcase"
    build_vault(vault, folder / "sources", extra_mib=0)
    with open_case(vault, PASS, FixedClock(NOW)) as case:
        path = make_backup(case, folder / "backup.quietcase", PASS).path
    assert verify_case(path, PASS, FixedClock(NOW)).ok
    assert path.stat().st_size % PAGE == 0 and path.stat().st_size > 100 * PAGE
    return path


@pytest.fixture(scope="module")
def damage_10(clean_backup: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_damage(clean_backup, tmp_path_factory.mktemp("damage-10"), 10, timeout=300)


@pytest.fixture(scope="module")
def damage_200(clean_backup: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_damage(clean_backup, tmp_path_factory.mktemp("damage-200"), 200, timeout=1800)


def check_damage(run: DamageRun, tries: int) -> None:
    assert run.returncode == 0, run.stderr  # no hang, no crash of the child
    assert "Traceback" not in run.stderr
    assert len(run.rows) == tries
    surprises = []
    for row, spec in zip(run.rows, run.specs, strict=True):
        verify, restore = row["verify"], row["restore"]
        codes_ok = verify["code"] == 4 or (verify["code"] == 3 and spec["page1"])
        refused = restore["code"] in (3, 4) and restore["code"] == verify["code"]
        quiet = all("Traceback" not in r["out"] + r["err"] for r in (verify, restore))
        written = row["home"] or row["folder"] != ["backup.quietcase", "home"]
        if not (codes_ok and refused and quiet and not written and row["seconds"] < 30):
            surprises.append((spec, row))
            continue
        if verify["code"] == 4 and verify["out"]:  # the report, naming what is damaged
            assert "DAMAGED" in verify["out"] and "\n  - " in verify["out"], verify
        else:  # could not even be opened: one line (exit 4: damaged; 3: page 1 unreadable)
            line = one_error_line(verify["err"])
            assert verify["code"] == 3 or "damaged" in line, line
        line = one_error_line(restore["err"])
        assert "damaged" in line or "does not open" in line or "not a Quietcase" in line, line
    assert not surprises, json.dumps(surprises[:3], indent=1)[:6000]
    page1 = sum(s["page1"] for s in run.specs)
    codes = Counter(
        f"verify {r['verify']['code']}, restore {r['restore']['code']}" for r in run.rows
    )
    print(f"\n{tries} tries ({page1} on page 1) in {run.seconds:.1f} s: {dict(codes)}")


@pytest.mark.parametrize("kind", KINDS)
def test_damaged_backup_is_refused(damage_10: dict[str, DamageRun], kind: str) -> None:
    check_damage(damage_10[kind], 10)


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_damaged_backup_is_refused_200_times(damage_200: dict[str, DamageRun], kind: str) -> None:
    check_damage(damage_200[kind], 200)


def test_restore_writes_nothing_from_a_damaged_backup_even_into_a_busy_folder(
    clean_backup: Path, tmp_path: Path
) -> None:
    """Restore next to other files: the other files stay, nothing is added."""
    damaged = tmp_path / "damaged.quietcase"
    data = bytearray(clean_backup.read_bytes())
    data[len(data) // 2] ^= 0x10
    damaged.write_bytes(bytes(data))
    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine")
    result = cli("restore", damaged, home / "case.quietcase")
    assert result.code == 4, result
    assert "This backup is damaged" in one_error_line(result.err)
    assert names(home) == ["notes.txt"]
    assert names(tmp_path) == ["damaged.quietcase", "home"]
