"""Evidence intake and extract throughput against bare SQLCipher. (Not a test.)

    python tests/bench/bench_evidence.py [MiB]      # default 1024

In the same run, on the same random bytes (files in the page cache):
- bare write: the bytes as 1 MiB blobs into a table of a fresh SQLCipher 4 database with the
  default settings (rollback journal, synchronous = FULL, 4 KiB pages), keyed with PRAGMA
  key, in one transaction, no hashing;
- ours: `Intake.import_paths` of 100 files of MiB/100 each, and of one file of MiB;
- bare read: SELECT of all those blobs; ours: `KeptEvidence.extract` of the big item to a
  file (SHA-256 checked);
- peak RSS growth while importing the big file, measured in a child process.
Targets (issue 4): import >= 0.9x bare write; extract >= 0.9x bare read; RSS growth < 64 MiB.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from quietcase.app.case import create_case, open_case
from quietcase.app.core.clock import FixedClock

PASS = "bench"
CLOCK = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))
MIB = 1 << 20


def make_files(folder: Path, total_mib: int) -> tuple[list[Path], Path]:
    small = folder / "small"
    small.mkdir()
    block = os.urandom(MIB)
    files = []
    per_file = max(1, total_mib // 100)
    for i in range(100):
        path = small / f"item-{i:03d}.bin"
        with open(path, "wb") as fh:
            for j in range(per_file):
                fh.write(block[j:] + block[:j] + i.to_bytes(4, "big"))
        files.append(path)
    big = folder / "big.bin"
    with open(big, "wb") as fh:
        for _ in range(total_mib):
            fh.write(os.urandom(MIB))
    return files, big


def bare_write(path: Path, source: Path) -> float:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASS}'")
    conn.execute("CREATE TABLE chunk (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    with open(source, "rb") as fh:
        while data := fh.read(MIB):
            conn.execute("INSERT INTO chunk (data) VALUES (?)", (data,))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def bare_write_per_file(path: Path, sources: list[Path]) -> float:
    """The same, but one transaction per file (as intake must: one item, one transaction)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASS}'")
    conn.execute("CREATE TABLE chunk (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    start = time.perf_counter()
    for source in sources:
        conn.execute("BEGIN")
        with open(source, "rb") as fh:
            while data := fh.read(MIB):
                conn.execute("INSERT INTO chunk (data) VALUES (?)", (data,))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def bare_read(path: Path) -> float:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASS}'")
    start = time.perf_counter()
    for (_data,) in conn.execute("SELECT data FROM chunk ORDER BY id"):
        pass
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def ours_import(vault: Path, paths: list[Path]) -> float:
    create_case(vault, PASS, CLOCK).close()
    with open_case(vault, PASS, CLOCK) as case:
        start = time.perf_counter()
        report = case.intake.import_paths(paths)
        elapsed = time.perf_counter() - start
    assert not report.problems and len(report.imported) == len(paths)
    return elapsed


def ours_extract(vault: Path, out: Path) -> float:
    with open_case(vault, PASS, CLOCK) as case:
        start = time.perf_counter()
        case.evidence.extract(1, out)
        elapsed = time.perf_counter() - start
    out.unlink()
    return elapsed


CHILD = """
import resource, sys
from datetime import UTC, datetime
from quietcase.app.case import create_case
from quietcase.app.core.clock import FixedClock
clock = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))
case = create_case(sys.argv[1], "bench", clock)
with open("/proc/self/status") as fh:  # resident now, in KiB (peak so far may be higher)
    before = next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
case.intake.import_paths([sys.argv[2]])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
case.close()
print((after - before) / 1024)
"""


def rss_growth(vault: Path, big: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault), str(big)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return float(out.stdout.strip())


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        files, big = make_files(folder, total)
        small_total = sum(p.stat().st_size for p in files) / MIB
        rows = []

        def clean() -> None:
            for p in folder.glob("*.db*"):
                p.unlink()
            for p in folder.glob("*.quietcase*"):
                p.unlink()

        for _ in range(2):  # the second round is the one reported (warm caches)
            rows.clear()
            bw = bare_write(folder / "bare.db", big)
            br = bare_read(folder / "bare.db")
            clean()
            ours_big = ours_import(folder / "big.quietcase", [big])
            ours_ex = ours_extract(folder / "big.quietcase", folder / "out.bin")
            clean()
            ours_small = ours_import(folder / "small.quietcase", files)
            clean()
            bare_small = bare_write_per_file(folder / "bare-small.db", files)
            clean()
            bare_speed, small_speed = total / bw, small_total / ours_small
            rows = [
                ("bare write, 1 MiB blobs", bare_speed, 1.0),
                ("import 1 file", total / ours_big, bw / ours_big),
                (
                    "bare, 1 transaction a file",
                    small_total / bare_small,
                    small_total / bare_small / bare_speed,
                ),
                ("import 100 files", small_speed, small_speed / bare_speed),
                ("  (vs bare, 1 tx a file)", small_speed, bare_small / ours_small),
                ("bare read", total / br, 1.0),
                ("extract (SHA-256 checked)", total / ours_ex, br / ours_ex),
            ]
        growth = rss_growth(folder / "rss.quietcase", big)
    print(f"{total} MiB of random data; MiB/s and ratio to the bare figure of the same kind")
    print(f"{'what':<28} {'MiB/s':>8} {'ratio':>6}")
    for name, speed, ratio in rows:
        print(f"{name:<28} {speed:8.0f} {ratio:6.2f}")
    print(f"peak RSS above resident size before importing one {total} MiB file: {growth:.1f} MiB")
    print("(target < 64 MiB)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process peak RSS {peak:.0f} MiB)")


if __name__ == "__main__":
    main()
