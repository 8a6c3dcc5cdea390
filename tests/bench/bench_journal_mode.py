"""Which journal mode writes evidence-sized blobs faster? (Not part of the normal test run.)

    python tests/bench/bench_journal_mode.py [MiB]

Writes MiB rows of 1 MiB into a fresh SQLCipher 4 database (synchronous=FULL, one transaction
per 8 MiB as an import would), once with the rollback journal (DELETE) and once with WAL,
and prints MiB/s for each. The result decided `journal_mode` in storage/vault.py.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3


def write_blobs(path: Path, mode: str, mib: int) -> float:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = 'bench'")
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE chunk (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    block = os.urandom(1 << 20)
    start = time.perf_counter()
    for i in range(0, mib, 8):
        conn.execute("BEGIN IMMEDIATE")
        for _ in range(min(8, mib - i)):
            conn.execute("INSERT INTO chunk (data) VALUES (?)", (block,))
        conn.execute("COMMIT")
    if mode == "wal":
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the pages must reach the file
    elapsed = time.perf_counter() - start
    conn.close()
    return mib / elapsed


def main() -> None:
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 256
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        results: dict[str, list[float]] = {"delete": [], "wal": []}
        for _ in range(3):
            for mode in results:
                path = Path(tmp) / f"{mode}.db"
                results[mode].append(write_blobs(path, mode, mib))
                for p in Path(tmp).iterdir():
                    p.unlink()
    print(f"{'mode':<8} {'best MiB/s':>10} {'median MiB/s':>13}   ({mib} MiB of 1 MiB rows)")
    for mode, speeds in results.items():
        speeds.sort()
        print(f"{mode:<8} {speeds[-1]:>10.0f} {speeds[1]:>13.0f}")


if __name__ == "__main__":
    main()
