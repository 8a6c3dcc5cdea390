"""Promise 3, for the case file itself: damage is always detected.

A case file with the demo case and the real photos is damaged the same five ways as the
backups in tests/app/test_backup_faults.py (cut short, bits flipped, pages swapped, a page
zeroed, garbage appended; the same seeded specs). Each time:

- `verify` exits 4 (3 where page 1, which holds the key check, is destroyed), with one clear
  line or its report, never a traceback, and within a time limit;
- adding a record (opening the file for writing) after Quietcase ended without closing (a
  crash, a pulled plug: the lock file is still there) is always refused, with exit 4 (or 3)
  and the advice to restore from a backup, and the file is not touched;
- adding a record to a file that was closed cleanly before the damage is refused the same
  way when the cheap checks at opening find it (cut short, garbage appended, page 1, the
  schema) or when the work touches a damaged page; otherwise it may go ahead, and then
  `verify` still finds the damage (nothing hides it).

200 tries of each kind: `pytest -m slow tests/reliability/test_vault_damage.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from quietcase.app.case import open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import Settings, SettingsStore
from quietcase.storage.lock import lock_path
from tests.reliability.reliability_tools import (
    KINDS,
    PAGE,
    RESTORE_ADVICE,
    ROOT,
    build_vault,
    child_env,
    damage_specs,
    one_error_line,
)
from tests.shared import NOW, PASS
from tests.ui.windows import FakeTime, make_window

# Damages a copy per spec (as the backup test's child does), then runs the CLI on it, in a
# child process so a hang is caught by a timeout; one JSON line per try, as it goes.
CHILD = r"""
import hashlib, io, json, os, random, shutil, sys, time, traceback
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
        elif op == "copy":
            out[args[0]:args[0] + args[2]] = data[args[1]:args[1] + args[2]]
        elif op == "fill":
            out[args[0]:args[0] + args[1]] = bytes([args[2]]) * args[1]
        elif op == "append":
            out += random.Random(args[0]).randbytes(args[1])
        elif op == "append_copy":
            out += data[args[0]:args[0] + args[1]]
        elif op == "append_fill":
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

def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()

def add(vault):
    return run("add", "incident", vault, "--title", "written to a damaged file?")

clean, work, specs, results = (Path(a) for a in sys.argv[1:5])
data = clean.read_bytes()
with open(results, "w", encoding="utf-8") as log:
    for index, spec in enumerate(json.loads(specs.read_text())):
        folder = work / f"try-{index:03d}"
        start = time.monotonic()
        row = {"index": index}
        # 1. Closed cleanly before the damage.
        (folder / "clean").mkdir(parents=True)
        vault = folder / "clean" / "case.quietcase"
        vault.write_bytes(damaged(data, spec["edits"]))
        before = digest(vault)
        row["verify"] = run("verify", vault)
        row["add"] = add(vault)
        row["add_changed"] = digest(vault) != before
        if row["add"]["code"] == 0:
            row["verify_after"] = run("verify", vault)
        # 2. After an unclean end: the lock file a killed Quietcase leaves behind is there.
        (folder / "crashed").mkdir()
        vault = folder / "crashed" / "case.quietcase"
        vault.write_bytes(damaged(data, spec["edits"]))
        lock = vault.with_name(vault.name + ".lock")
        lock.touch()
        before = digest(vault)
        row["crashed_add"] = add(vault)
        row["crashed_changed"] = digest(vault) != before
        row["crashed_left"] = sorted(os.listdir(folder / "crashed"))
        row["crashed_add_again"] = add(vault)
        row["seconds"] = time.monotonic() - start
        log.write(json.dumps(row) + "\n")
        log.flush()
        shutil.rmtree(folder)
"""


def run_damage(
    clean: Path, work: Path, tries: int, timeout: float, pick: list[int] | None = None
) -> dict[str, Any]:
    """One child per kind of damage, all at once; each is killed after `timeout` seconds.
    `pick`: only these of the `tries` specs (the normal run takes a few of the slow run's)."""
    size = clean.stat().st_size
    children = {}
    for kind in KINDS:
        folder = work / kind.replace(" ", "-")
        folder.mkdir()
        specs = damage_specs(kind, tries, size)
        if pick is not None:
            specs = [specs[i] for i in pick]
        (folder / "specs.json").write_text(json.dumps(specs))
        argv = [str(clean), str(folder), str(folder / "specs.json"), str(folder / "rows.jsonl")]
        children[kind] = (
            subprocess.Popen(
                [sys.executable, "-c", CHILD, *argv],
                env=child_env(),
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            ),
            folder,
            specs,
        )
    start, runs = time.monotonic(), {}
    for kind, (child, folder, specs) in children.items():
        try:
            _, err = child.communicate(timeout=max(1.0, timeout - (time.monotonic() - start)))
            code = child.returncode
        except subprocess.TimeoutExpired:
            child.kill()
            _, err = child.communicate()
            err, code = err + "\n(killed: it took too long)", None
        rows_file = folder / "rows.jsonl"
        text = rows_file.read_text() if rows_file.exists() else ""
        rows = [json.loads(line) for line in text.splitlines()]
        runs[kind] = {
            "specs": specs,
            "rows": rows,
            "code": code,
            "stderr": err,
            "seconds": time.monotonic() - start,
        }
    return runs


@pytest.fixture(scope="module")
def clean_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo case with the real photos (~2 MB, ~500 pages), closed cleanly."""
    folder = tmp_path_factory.mktemp("vault-damage")
    vault = folder / "case.quietcase"
    build_vault(vault, folder / "sources", extra_mib=0)
    assert verify_case(vault, PASS, FixedClock(NOW)).ok
    assert vault.stat().st_size % PAGE == 0 and vault.stat().st_size > 100 * PAGE
    assert not lock_path(vault).exists()
    return vault


def _refused(result: dict[str, Any], page1: bool) -> bool:
    if result["code"] == 3 and page1:
        return "does not open" in result["err"] or "not a Quietcase" in result["err"]
    if result["code"] != 4:
        return False
    line = one_error_line(result["err"])
    return "damaged" in line and RESTORE_ADVICE in line


def _quiet(*results: dict[str, Any]) -> bool:
    return all("Traceback" not in r["out"] + r["err"] for r in results)


def check(run: dict[str, Any], tries: int) -> Counter[str]:
    assert run["code"] == 0, run["stderr"]  # no hang, no crash of the child
    assert "Traceback" not in run["stderr"]
    assert len(run["rows"]) == tries
    surprises, outcomes = [], Counter[str]()
    for row, spec in zip(run["rows"], run["specs"], strict=True):
        page1 = spec["page1"]
        verify = row["verify"]
        ok = verify["code"] == 4 or (verify["code"] == 3 and page1)
        ok = ok and _quiet(verify, row["add"], row["crashed_add"], row["crashed_add_again"])
        # After an unclean end: always refused, untouched, and still marked for a check.
        ok = ok and _refused(row["crashed_add"], page1) and not row["crashed_changed"]
        ok = ok and _refused(row["crashed_add_again"], page1)
        ok = ok and row["crashed_left"] == ["case.quietcase", "case.quietcase.lock"]
        # Closed cleanly before the damage: the file no longer matches its seal (writing it
        # changed its time), so every page is checked and the write refused, untouched.
        if _refused(row["add"], page1):
            ok = ok and not row["add_changed"]
            outcomes["add refused"] += 1
        else:
            ok = False
        ok = ok and row["seconds"] < 60
        if verify["code"] == 4 and verify["out"]:
            ok = ok and "DAMAGED" in verify["out"]
        elif ok:
            line = one_error_line(verify["err"])
            ok = verify["code"] == 3 or "damaged" in line
        if not ok:
            surprises.append((spec, row))
    assert not surprises, json.dumps(surprises[:3], indent=1)[:8000]
    return outcomes


def _report(runs: dict[str, Any], tries: int) -> None:
    for kind, run in runs.items():
        codes = Counter(f"verify {r['verify']['code']}" for r in run["rows"])
        print(f"\n{kind}: {tries} tries in {run['seconds']:.1f} s: {dict(codes)}")


# For the normal run, three of the slow run's 200 per kind: one at page 1 or an edge, two
# in the middle of the file.
PICK = [2, 7, 8]


@pytest.fixture(scope="module")
def damage_few(clean_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_damage(clean_vault, tmp_path_factory.mktemp("damage"), 200, timeout=300, pick=PICK)


@pytest.fixture(scope="module")
def damage_200(clean_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    runs = run_damage(clean_vault, tmp_path_factory.mktemp("damage-200"), 200, timeout=5400)
    _report(runs, 200)
    return runs


@pytest.mark.parametrize("kind", KINDS)
def test_damaged_vault_is_detected_and_refused(damage_few: dict[str, Any], kind: str) -> None:
    print(dict(check(damage_few[kind], len(PICK))))


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_damaged_vault_is_detected_and_refused_200_times(
    damage_200: dict[str, Any], kind: str
) -> None:
    print(f"\n{kind}: {dict(check(damage_200[kind], 200))}")


def test_the_advice_names_the_backup(clean_vault: Path, tmp_path: Path) -> None:
    """A case file cut short is refused for writing, in words that say what to do."""
    vault = tmp_path / "case.quietcase"
    vault.write_bytes(clean_vault.read_bytes()[: 50 * PAGE])
    with pytest.raises(Exception) as caught:
        open_case(vault, PASS, FixedClock(NOW))
    message = str(caught.value)
    assert "damaged" in message and RESTORE_ADVICE in message, message
    assert getattr(caught.value, "exit_code", None) == 4


def test_the_window_says_so_too(
    clean_vault: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unlocking a damaged case file in the window: not opened, and the same advice."""
    vault = tmp_path / "case.quietcase"
    vault.write_bytes(clean_vault.read_bytes() + b"\0" * 100)
    settings = Settings()
    settings.remember(vault)
    store = SettingsStore(tmp_path / "config")
    window = make_window(qtbot, store, FixedClock(NOW), FakeTime(), settings)
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert not window.session.is_open
    message = window.start.unlock.error.text()
    assert "damaged" in message and RESTORE_ADVICE in message, message
    window.close()
