"""Backup, verify and restore against bare SQLCipher, on the same vault in the same run.
(Not a test.)

    python tests/bench/bench_backup.py [MiB [ROUNDS]]   # evidence in the vault; 1024, 2

The vault holds MiB of random evidence (16 files) plus a demo case. Each figure is the
fastest of ROUNDS rounds (files in the page cache; fsync still reaches the disk):

- bare export: on an open, keyed connection to the vault, `ATTACH 'b' AS b KEY '...'`,
  `SELECT sqlcipher_export('b')`, `DETACH` (a new SQLCipher 4 file, default settings);
- our backup: `make_backup` of the open case (copy through the online backup API, fsync,
  the backup's meta, verify, link into place, custody event). Its built-in verify is timed
  separately, and the target (<= 1.1x bare export) is for the backup without it;
- bare check: connect, key, `PRAGMA cipher_integrity_check`, read every `blob_chunk.data`;
- our verify: `verify_case` of the backup (HMAC of every page, SQLite's integrity check,
  foreign keys, every item re-hashed with SHA-256, the custody chain). Target <= 1.2x;
- bare export of the backup: the same as the bare export, from the backup file (the same
  source the restore reads);
- our restore: `restore_backup` (verify the backup, copy, custody event, verify the result,
  link into place), against the bare export of the backup; also without its two verifies.

`os.sync()` before each timed step: at 1 GiB, what the step before had left to write out
(up to 3 GiB by the restore) otherwise slowed whichever step came next by up to 30 %.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

import quietcase.app.backup.backups as backup_module
from quietcase.app.backup.backups import make_backup, restore_backup
from quietcase.app.case import create_case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.cli.demo import fill_demo
from quietcase.storage.vault import Vault, key_literal

PASS = "bench passphrase"
CLOCK = FixedClock(datetime(2026, 11, 25, 9, tzinfo=UTC))
MIB = 1 << 20


class Phases:
    """Time spent inside `verify_case` and `Vault.copy_to` while one use case runs."""

    def __init__(self) -> None:
        self.verify = 0.0
        self.copy = 0.0

    @contextmanager
    def watching(self) -> Iterator[None]:
        real_verify, real_copy = backup_module.verify_case, Vault.copy_to

        def verify(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return real_verify(*args, **kwargs)
            finally:
                self.verify += time.perf_counter() - start

        def copy(vault: Vault, *args: Any, **kwargs: Any) -> None:
            start = time.perf_counter()
            try:
                real_copy(vault, *args, **kwargs)
            finally:
                self.copy += time.perf_counter() - start

        backup_module.verify_case = verify  # type: ignore[assignment]
        Vault.copy_to = copy  # type: ignore[method-assign]
        try:
            yield
        finally:
            backup_module.verify_case = real_verify
            Vault.copy_to = real_copy  # type: ignore[method-assign]


def build_vault(path: Path, sources: Path, total_mib: int) -> None:
    sources.mkdir()
    files, per_file, rng = [], max(1, total_mib // 16), random.Random(1)
    left = total_mib
    while left > 0:
        mib = min(per_file, left)
        file = sources / f"item-{len(files):02d}.bin"
        with open(file, "wb") as fh:
            for _ in range(mib):
                fh.write(rng.randbytes(MIB))
        files.append(file)
        left -= mib
    with create_case(path, PASS, CLOCK) as case:
        fill_demo(case.journal, CLOCK.now().date())
        report = case.intake.import_paths(files)
        assert not report.problems and len(report.imported) == len(files)
    shutil.rmtree(sources)


def bare_export(vault: Path, target: Path) -> float:
    conn = sqlcipher3.connect(str(vault), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {key_literal(PASS)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # keyed and open
        start = time.perf_counter()
        conn.execute(f"ATTACH DATABASE ? AS b KEY {key_literal(PASS)}", (str(target),))
        conn.execute("SELECT sqlcipher_export('b')").fetchall()
        conn.execute("DETACH DATABASE b")
        elapsed = time.perf_counter() - start
    finally:
        conn.close()
    return elapsed


def bare_check(path: Path) -> float:
    start = time.perf_counter()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {key_literal(PASS)}")
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        total = 0
        for (data,) in conn.execute("SELECT data FROM blob_chunk"):
            total += len(data)
        assert total > 0
    finally:
        conn.close()
    return time.perf_counter() - start


def ours_backup(vault: Path, folder: Path) -> tuple[float, Phases, Path]:
    phases = Phases()
    with open_case(vault, PASS, CLOCK) as case, phases.watching():
        start = time.perf_counter()
        result = make_backup(case, folder, PASS)
        elapsed = time.perf_counter() - start
    return elapsed, phases, result.path


def ours_verify(path: Path) -> float:
    start = time.perf_counter()
    report = backup_module.check_backup(path, PASS, CLOCK)
    elapsed = time.perf_counter() - start
    assert report.ok, report.problems
    return elapsed


def ours_restore(backup: Path, target: Path) -> tuple[float, Phases]:
    phases = Phases()
    with phases.watching():
        start = time.perf_counter()
        restore_backup(backup, target, PASS, CLOCK)
        elapsed = time.perf_counter() - start
    return elapsed, phases


def best(runs: list[Any], key: Callable[[Any], float]) -> Any:
    return min(runs, key=key)


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
        folder = Path(tmp)
        vault = folder / "case.quietcase"
        start = time.perf_counter()
        build_vault(vault, folder / "sources", total)
        size_mib = vault.stat().st_size / MIB
        print(f"vault: {total} MiB of evidence, {size_mib:.0f} MiB on disk ", end="")
        print(f"(built in {time.perf_counter() - start:.0f} s)")

        exports, backups, checks, verifies, restores = [], [], [], [], []
        restore_exports = []
        for round_ in range(rounds):
            work = folder / f"round-{round_}"
            work.mkdir()
            os.sync()  # each timed step starts without the one before still being written out
            exports.append(bare_export(vault, work / "bare-export.db"))
            (work / "bare-export.db").unlink()
            (work / "usb").mkdir()
            os.sync()
            elapsed, phases, path = ours_backup(vault, work / "usb")
            backups.append((elapsed, phases))
            checks.append(bare_check(path))
            verifies.append(ours_verify(path))
            os.sync()
            restore_exports.append(bare_export(path, work / "bare-restore.db"))
            (work / "bare-restore.db").unlink()
            os.sync()
            restores.append(ours_restore(path, work / "restored.quietcase"))
            os.sync()
            exports.append(bare_export(vault, work / "bare-export-2.db"))
            shutil.rmtree(work)

    export = min(exports)
    backup_s, backup_phases = best(backups, key=lambda r: r[0])
    backup_copy_only = backup_s - backup_phases.verify
    check = min(checks)
    verify = min(verifies)
    restore_s, restore_phases = best(restores, key=lambda r: r[0])
    restore_no_verify = restore_s - restore_phases.verify
    restore_export = min(restore_exports)

    rows = [
        ("bare sqlcipher_export", export, 1.0, ""),
        ("our backup, without its verify", backup_copy_only, backup_copy_only / export, "<= 1.10"),
        ("  of which the page copy", backup_phases.copy, backup_phases.copy / export, ""),
        ("  its built-in verify", backup_phases.verify, backup_phases.verify / check, "(vs check)"),
        ("our backup, all of it", backup_s, backup_s / export, ""),
        ("bare integrity check + read", check, 1.0, ""),
        ("our verify", verify, verify / check, "<= 1.20"),
        ("bare export of the backup", restore_export, 1.0, ""),
        (
            "our restore, without verifies",
            restore_no_verify,
            restore_no_verify / restore_export,
            "<= 1.10",
        ),
        ("  of which the page copy", restore_phases.copy, restore_phases.copy / restore_export, ""),
        ("  its two verifies", restore_phases.verify, restore_phases.verify / check, "(vs check)"),
        ("our restore, all of it", restore_s, restore_s / restore_export, "vs export"),
    ]
    print(f"best of {rounds} rounds; MiB/s over the {size_mib:.0f} MiB vault file")
    print(f"{'what':<34} {'seconds':>8} {'MiB/s':>8} {'ratio':>6}  target")
    for name, seconds, ratio, target in rows:
        print(f"{name:<34} {seconds:8.2f} {size_mib / seconds:8.0f} {ratio:6.2f}  {target}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"(python {sys.version.split()[0]}, SQLite {sqlcipher3.sqlite_version}, "
        f"{os.cpu_count()} CPUs, load average {load})"
    )


if __name__ == "__main__":
    main()
