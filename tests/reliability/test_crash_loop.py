"""Promise 1: a crash loses at most the operation in progress.

A child process opens the case file and loops: add an incident, import a file as evidence,
edit an incident's description. It says "begin ..." before each operation and "done ..."
once the operation has returned (committed). The parent SIGKILLs it at a random moment (also
while it is still starting or opening the file, which may be recovering from the previous
kill), then checks:

- `verify` passes at once (read-only: it rolls back what the kill left half-written, and
  leaves the kill's lock file, the sign that Quietcase did not close);
- the file opens for writing with the passphrase (and a thorough check runs, as the kill
  left its lock file), `verify` passes again, and once it is closed no lock file and no hot
  journal is left (a journal whose header was never written, which SQLite ignores, may stay
  until the next write);
- every operation that said "done" is there; the one that had begun may be there or not,
  but never in part; nothing else is there;
- no half-imported evidence: every blob is finished and belongs to an evidence item, every
  item has its intake custody event, and `verify` re-hashes every byte.

The same file takes all the kills (a fresh one every 50, to keep its size and so the run
time bounded). 200 kills: `pytest -m slow tests/reliability/test_crash_loop.py`.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from quietcase.app.case import create_case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.storage.lock import lock_path
from tests.reliability.reliability_tools import HALF_WRITTEN_CHILD, ROOT, child_env, cli, run_cli
from tests.shared import NOW, PASS

CHILD = r"""
import random, sys
from pathlib import Path
from quietcase.app.case import open_case
from quietcase.app.core.clock import SystemClock
from quietcase.storage.records import Incident

vault, sources, seed, passphrase = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
say = lambda *words: print(*words, flush=True)
case = open_case(vault, passphrase, SystemClock())
say("ready")
rng = random.Random(seed)
incidents = [i.id for i in case.journal.incidents()]
for n in range(1_000_000):
    token = f"{seed}-{n}"
    roll = rng.random()
    if roll < 0.4 or not incidents:
        say("begin add", token)
        saved = case.journal.add_incident(Incident(title=f"incident {token}"))
        incidents.append(saved.id)
        say("done add", saved.id, token)
    elif roll < 0.6:
        target = rng.choice(incidents)
        say("begin edit", target, token)
        found = case.journal.incident(target)
        case.journal.update_incident(found.__class__(**{**found.__dict__, "description": token}))
        say("done edit", target, token)
    else:
        size = rng.choice([300, 20_000, 150_000, 1_300_000])  # the last one is 2 chunks
        data = token.encode() + rng.randbytes(size)
        source = sources / f"{token}.bin"
        source.write_bytes(data)
        say("begin import", token)
        report = case.intake.import_paths([source])
        item = report.imported[0].evidence
        say("done import", item.id, item.sha256, token)
        source.unlink()
"""


@dataclass
class Expected:
    """What the file must hold: every operation that said "done"."""

    incidents: dict[int, str] = field(default_factory=dict)  # id -> title token
    descriptions: dict[int, str] = field(default_factory=dict)  # id -> last description
    evidence: dict[int, str] = field(default_factory=dict)  # id -> sha256


@dataclass
class Kill:
    lines: list[str]
    started: bool  # it had said "ready"
    in_flight: list[str] | None  # the "begin" line without its "done"


def run_and_kill(
    vault: Path, sources: Path, seed: int, delay: float, *, after_ready: bool = False
) -> Kill:
    """Start the child, SIGKILL it after `delay` seconds (from its start, or from when it
    said it is ready)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault), str(sources), str(seed), PASS],
        env=child_env(),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    lines: list[str] = []

    def read() -> None:
        assert child.stdout is not None
        for raw in child.stdout:
            if raw.endswith(b"\n"):  # a line cut by the kill was never said
                lines.append(raw.decode().rstrip("\n"))

    reader = threading.Thread(target=read)
    reader.start()
    if after_ready:
        deadline = time.monotonic() + 60
        while "ready" not in lines and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    time.sleep(delay)
    child.kill()
    _, err = child.communicate(timeout=60)
    reader.join(timeout=60)
    assert child.returncode == -9, (child.returncode, err.decode(errors="replace")[-3000:])
    assert b"Traceback" not in err, err.decode(errors="replace")[-3000:]
    words = [line.split() for line in lines]
    begun = [w for w in words if w[0] == "begin"]
    done = [w for w in words if w[0] == "done"]
    assert len(begun) - len(done) in (0, 1), lines[-5:]
    return Kill(lines, "ready" in lines, begun[-1] if len(begun) > len(done) else None)


def check_after_kill(vault: Path, expected: Expected, kill: Kill) -> str:
    """Apply what was reported to `expected`, check the file against it; returns what became
    of the operation in progress."""
    for line in kill.lines:
        words = line.split()
        if words[:2] == ["done", "add"]:
            expected.incidents[int(words[2])] = words[3]
        elif words[:2] == ["done", "edit"]:
            expected.descriptions[int(words[2])] = words[3]
        elif words[:2] == ["done", "import"]:
            expected.evidence[int(words[2])] = words[3]
    assert lock_path(vault).exists() or not kill.started  # the kill left its lock file
    # First `verify`, as she might run it at once: read-only, it rolls a hot journal back.
    report = verify_case(vault, PASS, FixedClock(NOW))
    assert report.ok, report.problems
    assert lock_path(vault).exists() or not kill.started  # still marked for a thorough check
    with open_case(vault, PASS, FixedClock(NOW)) as case:  # for writing: a thorough check
        incidents = {i.id: i for i in case.journal.incidents()}
        evidence = {e.id: e for e in case.evidence.items()}
        orphans = case.vault.query(
            "SELECT count(*) FROM blob "
            "WHERE sha256 = '' OR id NOT IN (SELECT blob_id FROM evidence)"
        )[0][0]
        intake_events = {e.evidence_id for e in case.custody.events() if e.action == "intake"}
    journal = vault.with_name(vault.name + "-journal")
    if journal.exists():  # SQLite ignores (and the next write removes) a journal whose
        assert journal.read_bytes()[:1] in (b"", b"\0")  # header was never written: not hot
    assert not lock_path(vault).exists()
    assert verify_case(vault, PASS, FixedClock(NOW)).ok
    assert orphans == 0  # no half-imported evidence
    assert set(evidence) <= intake_events

    flight = kill.in_flight
    outcome = "nothing in progress"
    # Incidents: every one reported, plus at most the one being added.
    extra = set(incidents) - set(expected.incidents)
    if flight is not None and flight[1] == "add":
        assert len(extra) <= 1, extra
        if extra:
            (new_id,) = extra
            assert incidents[new_id].title == f"incident {flight[2]}"
            expected.incidents[new_id] = flight[2]
            outcome = "add was kept"
        else:
            outcome = "add was undone"
    else:
        assert not extra, extra
    assert set(expected.incidents) <= set(incidents), "a reported incident is missing"
    for number, token in expected.incidents.items():
        assert incidents[number].title == f"incident {token}"
    # Edits: the last one reported, or the one in progress.
    for number, incident in incidents.items():
        want = expected.descriptions.get(number, "")
        if flight is not None and flight[1] == "edit" and int(flight[2]) == number:
            assert incident.description in (want, flight[3])
            if incident.description == flight[3] and want != flight[3]:
                expected.descriptions[number] = flight[3]
                outcome = "edit was kept"
            else:
                outcome = "edit was undone"
        else:
            assert incident.description == want, (number, incident.description, want)
    # Evidence: every item reported, plus at most the one being imported, whole.
    extra = set(evidence) - set(expected.evidence)
    if flight is not None and flight[1] == "import":
        assert len(extra) <= 1, extra
        if extra:
            (new_id,) = extra
            assert evidence[new_id].filename == f"{flight[2]}.bin"
            expected.evidence[new_id] = evidence[new_id].sha256
            outcome = "import was kept"
        else:
            outcome = "import was undone"
    else:
        assert not extra, extra
    assert {k: evidence[k].sha256 for k in expected.evidence} == expected.evidence
    return outcome


def crash_loop(template: Path, work: Path, kills: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    sources = work / "sources"
    sources.mkdir()
    vault = work / "case.quietcase"
    # How long a child takes to be ready: kills land before, during and after opening.
    shutil.copyfile(template, vault)
    start = time.monotonic()
    probe = run_and_kill(vault, sources, seed=-1, delay=0, after_ready=True)
    assert probe.started
    startup = time.monotonic() - start
    outcomes: dict[str, int] = {}
    expected = Expected()
    for i in range(kills):
        if i % 50 == 0:  # a fresh file (without what the last kill left beside it)
            for left in (lock_path(vault), vault.with_name(vault.name + "-journal")):
                left.unlink(missing_ok=True)
            shutil.copyfile(template, vault)
            expected = Expected()
        # A third while starting (loading, opening: rolling back, checking every page),
        # the rest while it works.
        after_ready = rng.random() < 2 / 3
        delay = rng.uniform(0.0, 1.0 if after_ready else startup)
        kill = run_and_kill(vault, sources, seed * 10_000 + i, delay, after_ready=after_ready)
        try:
            outcome = check_after_kill(vault, expected, kill)
        except AssertionError as exc:
            when = f"{delay:.2f} s after {'ready' if after_ready else 'start'}"
            raise AssertionError(f"after kill {i} ({when}): {exc}") from exc
        if not kill.started:
            outcome = "killed while starting"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "template.quietcase"
    create_case(path, PASS, FixedClock(NOW)).close()
    return path


def test_killed_3_times(template: Path, tmp_path: Path) -> None:
    start = time.monotonic()
    outcomes = crash_loop(template, tmp_path, 3, seed=12)
    print(f"\n3 kills in {time.monotonic() - start:.1f} s: {outcomes}")
    assert sum(outcomes.values()) == 3


@pytest.mark.slow
def test_killed_200_times(template: Path, tmp_path: Path) -> None:
    start = time.monotonic()
    outcomes = crash_loop(template, tmp_path, 200, seed=2026)
    print(f"\n200 kills in {time.monotonic() - start:.1f} s: {outcomes}")
    assert sum(outcomes.values()) == 200
    # At random moments, operations are caught in progress both ways.
    assert any(k.endswith("was kept") for k in outcomes)
    assert any(k.endswith("was undone") for k in outcomes)


def test_verify_right_after_a_crash(template: Path, tmp_path: Path) -> None:
    """`verify` straight after a crash mid-transaction: it opens the file twice (pages on a
    second connection); rolling the journal back must not keep the second one out (it once
    said "open in another Quietcase", exit 5)."""
    vault = tmp_path / "case.quietcase"
    shutil.copyfile(template, vault)
    crashed = subprocess.run(
        [sys.executable, "-c", HALF_WRITTEN_CHILD, str(vault), str(ROOT), PASS],
        capture_output=True,
    )
    assert crashed.returncode == -9
    journal = vault.with_name(vault.name + "-journal")
    assert journal.stat().st_size > 0 and lock_path(vault).exists()
    result = cli("verify", vault)
    assert result.code == 0, result
    assert "this case file is intact" in result.out
    assert not journal.exists()  # rolled back
    assert lock_path(vault).exists()  # the next writer still checks every page
    assert run_cli("add", "incident", vault, "--title", "after the crash").returncode == 0
    assert not lock_path(vault).exists()


def test_a_journal_without_header_is_not_rolled_back(template: Path, tmp_path: Path) -> None:
    """What a kill just after the journal was created leaves: SQLite ignores it, and so do
    read-only opens (no exclusive lock, no extra key derivation)."""
    vault = tmp_path / "case.quietcase"
    shutil.copyfile(template, vault)
    journal = vault.with_name(vault.name + "-journal")
    journal.write_bytes(bytes(4096))
    before = vault.read_bytes()
    assert cli("verify", vault).code == 0
    assert cli("list", vault, "incidents").code == 0
    assert vault.read_bytes() == before
