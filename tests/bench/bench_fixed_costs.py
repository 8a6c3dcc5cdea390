"""Fixed costs of a small case, as whole processes: backup (with its verify) and verify
against a bare `sqlcipher_export`, in the same run. (Not a test.)

    python tests/bench/bench_fixed_costs.py [ROUNDS]   # default 7

The case file is the demo case (a few dozen records, no evidence): what each process pays
is start-up, imports and key derivations (PBKDF2-HMAC-SHA512, 256,000 iterations, ~0.1 s
each here), not the bytes. Each figure is the fastest of ROUNDS new processes, with the
bytecode written by a first run that is not timed, as an installed program has it:

- bare export: `python -c` with sqlcipher3: connect, key, `ATTACH ... KEY`, `SELECT
  sqlcipher_export('b')`, `DETACH` (two key derivations: the case file's and the new file's);
- ours backup: `quietcase-cli backup CASE FOLDER` (copy, meta, fsync, verify, custody event);
- ours verify: `quietcase-cli verify BACKUP`;
- bare open: connect, key, one query (one key derivation), for scale.

Target (issue 25): backup + verify <= 1.5x the bare export.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from quietcase.app.case import create_case
from quietcase.app.core.clock import FixedClock
from quietcase.cli.demo import fill_demo
from quietcase.storage.vault import key_literal

PASS = "bench passphrase"
CLOCK = FixedClock(datetime(2026, 11, 25, 9, tzinfo=UTC))

BARE_EXPORT = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = " + sys.argv[3])
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
conn.execute("ATTACH DATABASE ? AS b KEY " + sys.argv[3], (sys.argv[2],))
conn.execute("SELECT sqlcipher_export('b')").fetchall()
conn.execute("DETACH DATABASE b")
conn.close()
"""

BARE_OPEN = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = " + sys.argv[2])
conn.execute("SELECT count(*) FROM incident").fetchone()
conn.close()
"""


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{argv[:4]} failed: {done.stderr.decode(errors='replace')}")
    return elapsed


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory(prefix="bench-fixed-") as tmp:
        folder = Path(tmp)
        vault = folder / "case.quietcase"
        env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config"), "LANG": "C.UTF-8"}
        env["QUIETCASE_PASSPHRASE"] = PASS
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        with create_case(vault, PASS, CLOCK, seen_in=folder / "config") as case:
            case.together(lambda: fill_demo(case.journal, CLOCK.now().date()))
        size_kib = vault.stat().st_size // 1024
        cli = [sys.executable, "-m", "quietcase.cli.main"]
        times: dict[str, list[float]] = {
            "bare export": [],
            "ours backup (verify in)": [],
            "ours verify": [],
            "bare open + query": [],
        }
        for round_ in range(rounds + 1):
            work = folder / f"round-{round_}"
            work.mkdir()
            measured = {
                "bare export": timed(
                    [
                        sys.executable,
                        "-c",
                        BARE_EXPORT,
                        str(vault),
                        str(work / "bare.db"),
                        key_literal(PASS),
                    ],
                    env,
                ),
                "ours backup (verify in)": timed([*cli, "backup", str(vault), str(work)], env),
            }
            backup = next(work.glob("quietcase-backup-*.quietcase"))
            measured["ours verify"] = timed([*cli, "verify", str(backup)], env)
            measured["bare open + query"] = timed(
                [sys.executable, "-c", BARE_OPEN, str(vault), key_literal(PASS)], env
            )
            if round_:  # the first round writes the bytecode
                for name, seconds in measured.items():
                    times[name].append(seconds)
    best = {name: min(values) for name, values in times.items()}
    export = best["bare export"]
    print(f"demo case ({size_kib} KiB); best of {rounds} whole processes")
    print(f"{'what':<26} {'ms':>6} {'(median)':>9} {'x export':>9}")
    for name, values in times.items():
        median = sorted(values)[len(values) // 2]
        print(
            f"{name:<26} {best[name] * 1000:6.0f} {f'({median * 1000:.0f})':>9} "
            f"{best[name] / export:9.2f}"
        )
    print("target: ours backup (verify in) <= 1.50x export")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"(python {sys.version.split()[0]}, SQLite {sqlcipher3.sqlite_version}, "
        f"{os.cpu_count()} CPUs, load average {load})"
    )


if __name__ == "__main__":
    main()
