"""`quietcase-cli` start-up as a whole process, against a bare interpreter and a bare SQLCipher
open + query in the same run. (Not a test.)

    python tests/bench/bench_startup.py [ROUNDS]   # default 7

Each figure is the fastest of ROUNDS runs of a new process (`sys.executable`, the same
environment, so the same code this Python imports, with its bytecode written by a first run
that is not timed, as an installed program has it). The case file is the demo case
(`quietcase-cli demo`: a few dozen records), with no evidence.

- bare python: `python -c pass` (the interpreter, site and its .pth files);
- bare open + query: `python -c` importing sqlcipher3, connecting, keying with the same
  passphrase (one key derivation, 256,000 PBKDF2 iterations) and `SELECT * FROM incident`;
- ours: `python -m quietcase.cli.main ...` (`-m` as the console script would, without its shim).

Targets (issue 25): `--version` < 100 ms; `list VAULT incidents` <= bare open + query + 100 ms.
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

BARE_OPEN = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = " + sys.argv[2])
rows = conn.execute("SELECT * FROM incident").fetchall()
print(len(rows))
conn.close()
"""


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{argv} failed: {done.stderr.decode(errors='replace')}")
    return elapsed


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        folder = Path(tmp)
        vault = folder / "case.quietcase"
        env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config"), "LANG": "C.UTF-8"}
        env["QUIETCASE_PASSPHRASE"] = PASS
        # An installed Quietcase has its bytecode (pip compiles it); a source tree run with
        # PYTHONDONTWRITEBYTECODE would compile every module on every start (~50 ms here).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        with create_case(vault, PASS, CLOCK, seen_in=folder / "config") as case:
            case.together(lambda: fill_demo(case.journal, CLOCK.now().date()))
        cli = [sys.executable, "-m", "quietcase.cli.main"]
        runs: dict[str, list[str]] = {
            "bare python -c pass": [sys.executable, "-c", "pass"],
            "bare open + query": [sys.executable, "-c", BARE_OPEN, str(vault), key_literal(PASS)],
            "ours --version": [*cli, "--version"],
            "ours --help": [*cli, "--help"],
            "ours list incidents": [*cli, "list", str(vault), "incidents"],
            "ours list evidence": [*cli, "list", str(vault), "evidence"],
            "ours show I-1": [*cli, "show", str(vault), "I-1"],
            "ours search": [*cli, "search", str(vault), "screenshot"],
        }
        for argv in runs.values():  # writes the bytecode; not timed
            timed(argv, env)
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(rounds):  # interleaved, so a burst of load hits every row alike
            for name, argv in runs.items():
                times[name].append(timed(argv, env))
    best = {name: min(values) for name, values in times.items()}
    bare, bare_open = best["bare python -c pass"], best["bare open + query"]
    targets = {
        "ours --version": ("< 100 ms", best["ours --version"] < 0.100),
        "ours list incidents": (
            "<= bare open + 100 ms",
            best["ours list incidents"] <= bare_open + 0.100,
        ),
    }
    print(f"best of {rounds} whole processes (median in brackets)")
    print(f"{'what':<22} {'ms':>6} {'(median)':>9} {'- python':>9} {'- bare open':>11}  target")
    for name, values in times.items():
        median = sorted(values)[len(values) // 2]
        target, met = targets.get(name, ("", True))
        mark = "" if not target else ("met" if met else "NOT MET")
        print(
            f"{name:<22} {best[name] * 1000:6.0f} {f'({median * 1000:.0f})':>9} "
            f"{(best[name] - bare) * 1000:9.0f} {(best[name] - bare_open) * 1000:11.0f}  "
            f"{target} {mark}"
        )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"(python {sys.version.split()[0]}, SQLite {sqlcipher3.sqlite_version}, "
        f"{os.cpu_count()} CPUs, load average {load})"
    )


if __name__ == "__main__":
    main()
