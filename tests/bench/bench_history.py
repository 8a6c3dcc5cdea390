"""What every record's state in the custody history costs (issue 20), against the bare library
doing the same work in the same run. (Not a test.)

    python tests/bench/bench_history.py [INCIDENTS] [MESSAGES] [MiB] [--repeat N]
    # default: 10000 100000 1024 --repeat 3

One case file: INCIDENTS incidents (one transaction), a Telegram export of MESSAGES messages
with MiB of media (tests/bench/bench_telegram.py's generator), closed. Then, with the file in
the page cache, best of N passes each:
- bare check: one plain SQLCipher connection: `PRAGMA cipher_integrity_check` (every page's
  HMAC) and every chunk read and SHA-256'd per item: the least a verify of the bytes can do;
- verify: `verify_case` (the above, plus SQLite's integrity and foreign-key checks, the
  custody chain, the seal, every item against its intake event, and every record's state
  recomputed and compared with its history), as the CLI's `verify` runs it;
- states alone: `check_states` (recompute every record's state, replay the history);
- an edit: `update_incident` of one incident, each its own transaction, 200 times, with the
  history (a Case) and without (the same Journal on a bare Vault: no triggers, no hook): the
  extra milliseconds per edit, and the custody events per edit.
Targets: verify <= 1.3 x bare check; an edit <= 5 ms extra.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import sqlcipher3

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quietcase.app.case import create_case, open_case, verify_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.evidence.history import check_states  # noqa: E402
from quietcase.app.journal.records import Journal  # noqa: E402
from quietcase.storage.records import Incident  # noqa: E402
from quietcase.storage.vault import Vault, key_literal  # noqa: E402
from tests.bench.bench_telegram import T0, make_export  # noqa: E402

PASS = "bench passphrase"
CLOCK = FixedClock(T0)
EDITS = 200


def build(path: Path, incidents: int, messages: int, mib: int, scratch: Path) -> None:
    export = scratch / "export"
    export.mkdir()
    make_export(export, messages, mib)
    with create_case(path, PASS, CLOCK, seen_in=scratch / "settings") as case:

        def add() -> None:
            for n in range(incidents):
                case.journal.add_incident(
                    Incident(title=f"사건 {n}", description="텔레그램 방에 올라온 사진 " * 3)
                )

        case.together(add)
        result = case.import_telegram(export)
        assert result.messages_added == messages, result
    for file in export.rglob("*"):
        if file.is_file():
            file.unlink()


def warm(path: Path) -> None:
    with open(path, "rb") as handle:
        while handle.read(1 << 24):
            pass


def bare_check(path: Path) -> float:
    start = time.perf_counter()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {key_literal(PASS)}")
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        digest, blob = hashlib.sha256(), None
        for blob_id, data in conn.execute(
            "SELECT blob_id, data FROM blob_chunk ORDER BY blob_id, seq"
        ):
            if blob_id != blob:
                digest.hexdigest()
                digest, blob = hashlib.sha256(), blob_id
            digest.update(data)
    finally:
        conn.close()
    return time.perf_counter() - start


def ours_verify(path: Path, settings: Path) -> float:
    os.environ["XDG_CONFIG_HOME"] = str(settings)
    start = time.perf_counter()
    report = verify_case(path, PASS, CLOCK)
    elapsed = time.perf_counter() - start
    assert report.ok, report.problems
    return elapsed


def states_alone(path: Path) -> tuple[float, int]:
    with Vault.open(path, PASS, read_only=True) as vault:
        start = time.perf_counter()
        result = check_states(vault)
        elapsed = time.perf_counter() - start
    assert not result.problems, result.problems
    return elapsed, result.records


def edits(path: Path, settings: Path, *, history: bool) -> tuple[float, float, float]:
    """Median milliseconds per edit (wall and CPU), and custody events per edit."""
    times: list[float] = []
    cpu: list[float] = []
    if history:
        case = open_case(path, PASS, CLOCK, seen_in=settings)
        journal, vault, close = case.journal, case.vault, case.close
    else:
        vault = Vault.open(path, PASS)
        journal, close = Journal(vault, CLOCK), vault.close
    try:
        before = vault.query_one("SELECT count(*) FROM custody_event")
        incident = journal.incident(1)
        for n in range(EDITS):
            changed = replace(incident, title=f"고친 제목 {n} {history}")
            start, used = time.perf_counter(), time.process_time()
            incident = journal.update_incident(changed)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - used)
        after = vault.query_one("SELECT count(*) FROM custody_event")
    finally:
        close()
    assert before is not None and after is not None
    return (
        statistics.median(times) * 1000,
        statistics.median(cpu) * 1000,
        (after[0] - before[0]) / EDITS,
    )


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    incidents = int(args[0]) if args else 10_000
    messages = int(args[1]) if len(args) > 1 else 100_000
    mib = int(args[2]) if len(args) > 2 else 1024
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    with tempfile.TemporaryDirectory(prefix="bench-history-") as tmp:
        scratch = Path(tmp)
        path = scratch / "case.quietcase"
        start = time.perf_counter()
        build(path, incidents, messages, mib, scratch)
        size = path.stat().st_size / (1 << 20)
        print(
            f"built in {time.perf_counter() - start:.0f} s: {incidents} incidents, {messages} "
            f"messages, {mib} MiB of media; file {size:.0f} MiB; load {os.getloadavg()[0]:.2f}"
        )
        settings = scratch / "settings"
        rows: list[tuple[float, float]] = []
        for n in range(repeat):
            warm(path)
            bare = bare_check(path)
            warm(path)
            ours = ours_verify(path, settings)
            rows.append((bare, ours))
            print(f"pass {n + 1}: bare {bare:.2f} s, verify {ours:.2f} s, {ours / bare:.2f}x")
        best_bare, best_ours = min(r[0] for r in rows), min(r[1] for r in rows)
        alone, records = min(states_alone(path) for _ in range(repeat))
        # Alternated, best of `repeat` each: the disk's fsyncs wander more than the work.
        runs = [(edits(path, settings, history=True), edits(path, settings, history=False))]
        runs += [
            (edits(path, settings, history=True), edits(path, settings, history=False))
            for _ in range(repeat - 1)
        ]
        with_ms = min(r[0][0] for r in runs)
        without_ms = min(r[1][0] for r in runs)
        with_cpu = min(r[0][1] for r in runs)
        without_cpu = min(r[1][1] for r in runs)
        events = runs[0][0][2]
        print()
        print("| what | figure |")
        print("|---|---|")
        bare_label = "bare: cipher_integrity_check + every chunk read and hashed, best"
        print(f"| {bare_label} | {best_bare:.2f} s |")
        print(f"| verify (whole), best | {best_ours:.2f} s |")
        print(f"| ratio, best against best (target <= 1.3x) | **{best_ours / best_bare:.2f}x** |")
        within = statistics.median(o / b for b, o in rows)
        print(f"| ratio within each pass, median (the two ran seconds apart) | {within:.2f}x |")
        states_label = f"of it: every record's state against its history ({records} records)"
        print(f"| {states_label} | {alone:.2f} s |")
        print(f"| an edit with the history, median of {EDITS} | {with_ms:.2f} ms |")
        print(f"| the same edit without it | {without_ms:.2f} ms |")
        print(f"| extra per edit, wall (target <= 5 ms) | **{with_ms - without_ms:.2f} ms** |")
        print(
            f"| CPU per edit: with / without the history | {with_cpu:.2f} / {without_cpu:.2f} ms |"
        )
        print(f"| extra CPU per edit | **{with_cpu - without_cpu:.2f} ms** |")
        print(f"| custody events per edit | {events:.0f} |")
        print(f"| load average at the end | {os.getloadavg()[0]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
