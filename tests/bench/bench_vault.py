"""Open a vault with 10,000 incidents and list them, against bare SQLCipher. (Not a test.)

    python tests/bench/bench_vault.py [incidents]

Bare: `sqlcipher3.connect` + `PRAGMA key` + one `SELECT` of the incident table (the key
derivation dominates). Ours: `open_case` (lock, key, checks, pragmas) + `journal.incidents()`
(records with links and contacts). Both on the same file in the same run, medians of 7.
Target: ours within the bare time + 150 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.storage.dates import When
from quietcase.storage.records import Incident, Link, LinkStatus
from quietcase.storage.repositories import Incidents
from quietcase.storage.vault import Vault, key_literal

PASS = "bench passphrase 비밀"
CLOCK = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))


def build(path: Path, count: int) -> None:
    with Vault.create(path, PASS) as vault, vault.atomic():
        repo = Incidents(vault)
        for i in range(count):
            repo.add(
                Incident(
                    title=f"텔레그램 방 합성사진 유포 {i}",
                    when=When.parse(f"{2020 + i % 6}-{1 + i % 12:02d}"),
                    platform="Telegram",
                    place=f"example room {i % 40}",
                    links=(Link(url=f"https://t.me/example_{i}", status=LinkStatus.ONLINE),),
                    handles=(f"@demo_{i % 97}",),
                    tags=("deepfake",),
                    description="A synthesised image was posted in the room. " * 4,
                ),
                CLOCK.now(),
            )


def bare(path: Path) -> float:
    start = time.perf_counter()
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {key_literal(PASS)}")
    conn.execute("SELECT * FROM incident").fetchall()
    conn.close()
    return time.perf_counter() - start


def ours(path: Path, count: int) -> float:
    start = time.perf_counter()
    with open_case(path, PASS, CLOCK) as case:
        listed = case.journal.incidents()
    elapsed = time.perf_counter() - start
    assert len(listed) == count
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.quietcase"
        build(path, count)
        bare_times, our_times = [], []
        for _ in range(7):
            bare_times.append(bare(path))
            our_times.append(ours(path, count))
    b, o = statistics.median(bare_times), statistics.median(our_times)
    print(f"{count} incidents, median of 7")
    print(f"{'bare SQLCipher open + SELECT':<34} {b * 1000:8.1f} ms")
    print(f"{'Quietcase open_case + incidents()':<34} {o * 1000:8.1f} ms")
    print(f"{'difference (target <= 150 ms)':<34} {(o - b) * 1000:8.1f} ms")
    print(f"{'ratio ours / bare':<34} {o / b:8.2f}")


if __name__ == "__main__":
    main()
