"""What `PRAGMA cipher_memory_security = ON` costs, and intake / extract / open / search at the
disk's pace, each in a process of its own. (Not a test.)

    python tests/bench/bench_memory_security.py [MIB_PER_FILE [FILES [ROUNDS]]]  # 10 24 3
        [--sides bare,ours] [--works "import many,import one,read,read+write"]

Memory security is process-wide and one-way in SQLCipher (once ON, every later connection of
the process has it), so every figure comes from a new process, for four sides:

- bare (default): sqlcipher3 alone, SQLCipher's default settings (memory security OFF);
- bare + memsec: the same with `PRAGMA cipher_memory_security = ON` before the key;
- ours: Quietcase as shipped (memory security OFF since issue 25);
- ours + memsec: Quietcase with `PRAGMA cipher_memory_security = ON` run on every connection
  before its key (a connection factory of this bench), as Quietcase did before;
- bare+sha256 (only with `--sides`): bare, also taking the SHA-256 of every chunk on its one
  thread, as ours must (ours does it on a second thread: when no core is free, this is the
  least ours can take).

Each figure is wall time; the CPU column is the process's CPU time for the work (every
thread), which shows what ours does beyond the bare work when no core is free.

and five pieces of work, on the same random files (in the page cache):

- import many: FILES files of MIB_PER_FILE MiB. Bare: a new database, each file as 1 MiB
  blobs, one transaction per file. Ours: an empty case file (made by the parent, copied),
  opened, `Intake.import_paths` (hash, media type, custody event, one transaction per item);
- import one: one file of FILES x MIB_PER_FILE MiB, the same way;
- read: the one big item. Bare: `SELECT data FROM blob_chunk` of a case file holding it
  (the same file ours reads); ours: `KeptEvidence.extract` to a new file (SHA-256 checked,
  written and synced: more than the bare read does);
- read+write: the same extract against a bare read that also writes what it reads to a new
  file and syncs it (what an extract has to do at the least; no hash, no custody event);
- open: bare connect + key + one query; ours `open_case` (read-only) and close;
- search: 200 queries on a case file of 3,000 incidents. Bare: `SELECT rowid FROM search_text
  WHERE search_text MATCH ?`; ours: `Case.search` (ranked hits with their titles and snippets).

Each row shows the work as timed inside the process, and the whole process (start-up,
imports, key derivation, the work, exit). Best of ROUNDS; the sides alternate within a round.
Targets (issue 25): import many, whole process, >= 0.9x bare (default); import one, in-process,
>= 1.0x; extract >= 0.9x a bare read.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PASS = "bench passphrase"
MIB = 1 << 20
SIDES = ("bare", "bare+memsec", "ours", "ours+memsec")
EXTRA_SIDES = ("bare+sha256",)
WORDS = (
    "screenshot uploaded channel telegram 신고 삭제 요청 경찰 caption link posted account "
    "message friend group video photo 사진 영상 유포 협박 nickname profile reported deleted"
).split()
QUERIES = ["screenshot", "telegram", "삭제 요청", "posted video", "nickname", "경찰", "profile"]


# -- the child: one piece of work, in a process of its own ----------------------------------


def _memsec_on() -> None:
    """Every connection Quietcase makes turns memory security on before anything else."""
    import sqlcipher3

    real_connect = sqlcipher3.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        conn = real_connect(*args, **kwargs)
        conn.execute("PRAGMA cipher_memory_security = ON")
        return conn

    sqlcipher3.connect = connect


def _bare_connect(path: Path, memsec: bool) -> Any:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    if memsec:
        conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("PRAGMA key = '" + PASS.replace("'", "''") + "'")
    return conn


def child(side: str, work: str, args: list[str]) -> tuple[float, float]:
    """Run one piece of work; returns its seconds (what the process spent on it alone) and
    the CPU seconds of the process meanwhile."""
    cpu = time.process_time()
    seconds = _work(side, work, args)
    return seconds, time.process_time() - cpu


def _work(side: str, work: str, args: list[str]) -> float:
    from quietcase.app.core.clock import FixedClock

    clock = FixedClock(datetime(2026, 11, 25, 9, tzinfo=UTC))
    if side == "ours+memsec":
        _memsec_on()
    if side.startswith("bare"):
        return _bare_work(work, args, memsec=side == "bare+memsec", hashed=side == "bare+sha256")
    from quietcase.app.case import open_case

    if work in ("import-many", "import-one"):
        target, sources = Path(args[0]), [Path(a) for a in args[1:]]
        shutil.copyfile(target.parent.parent / "empty.quietcase", target)  # as `import` finds it
        with open_case(target, PASS, clock, seen_in=target.parent) as case:
            start = time.perf_counter()
            report = case.intake.import_paths(sources)
            elapsed = time.perf_counter() - start
        assert not report.problems and len(report.imported) == len(sources)
        return elapsed
    if work in ("read", "read-write"):
        vault, out = Path(args[0]), Path(args[1])
        with open_case(vault, PASS, clock, seen_in=out.parent) as case:
            start = time.perf_counter()
            case.evidence.extract(1, out)
            elapsed = time.perf_counter() - start
        return elapsed
    if work == "open":
        start = time.perf_counter()
        open_case(Path(args[0]), PASS, clock, read_only=True, seen_in=Path(args[1])).close()
        return time.perf_counter() - start
    assert work == "search"
    with open_case(Path(args[0]), PASS, clock, read_only=True, seen_in=Path(args[1])) as case:
        start = time.perf_counter()
        for _ in range(200 // len(QUERIES) + 1):
            for query in QUERIES:
                assert case.search(query).total >= 0
        return time.perf_counter() - start


def _bare_work(work: str, args: list[str], *, memsec: bool, hashed: bool = False) -> float:
    import hashlib

    digest = hashlib.sha256()
    if work in ("import-many", "import-one"):
        target, sources = Path(args[0]), [Path(a) for a in args[1:]]
        conn = _bare_connect(target, memsec)
        conn.execute("CREATE TABLE chunk (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        start = time.perf_counter()
        for source in sources:
            conn.execute("BEGIN")
            with open(source, "rb") as fh:
                while data := fh.read(MIB):
                    if hashed:
                        digest.update(data)
                    conn.execute("INSERT INTO chunk (data) VALUES (?)", (data,))
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed
    conn = _bare_connect(Path(args[0]), memsec)
    try:
        if work == "open":
            start = time.perf_counter()  # the key is derived by the first query
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return time.perf_counter() - start
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        start = time.perf_counter()
        if work == "read":
            total = 0
            for (data,) in conn.execute("SELECT data FROM blob_chunk ORDER BY blob_id, seq"):
                total += len(data)
                if hashed:
                    digest.update(data)
            assert total > 0
        elif work == "read-write":
            with open(args[1], "xb") as out:
                for (data,) in conn.execute("SELECT data FROM blob_chunk ORDER BY blob_id, seq"):
                    if hashed:
                        digest.update(data)
                    out.write(data)
                out.flush()
                os.fsync(out.fileno())
        else:
            for _ in range(200 // len(QUERIES) + 1):
                for query in QUERIES:
                    phrase = " AND ".join(f'"{word}"' for word in query.split())
                    conn.execute(
                        "SELECT rowid FROM search_text WHERE search_text MATCH ?", (phrase,)
                    ).fetchall()
        return time.perf_counter() - start
    finally:
        conn.close()


# -- the parent ------------------------------------------------------------------------------


def _run(side: str, work: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    argv = [sys.executable, __file__, "--child", side, work, *args]
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    whole = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{side} {work} failed:\n{done.stderr.decode(errors='replace')}")
    reported = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return reported["work"], whole, reported["cpu"]


def _prepare(folder: Path, per_file: int, files: int) -> dict[str, Any]:
    from quietcase.app.case import create_case
    from quietcase.app.core.clock import FixedClock
    from quietcase.storage.records import Incident

    clock = FixedClock(datetime(2026, 11, 25, 9, tzinfo=UTC))
    many = []
    for i in range(files):
        path = folder / f"item-{i:02d}.bin"
        path.write_bytes(os.urandom(per_file * MIB))
        many.append(path)
    big = folder / "big.bin"
    with open(big, "wb") as fh:
        for _ in range(per_file * files):
            fh.write(os.urandom(MIB))
    create_case(folder / "empty.quietcase", PASS, clock, seen_in=folder).close()
    kept = folder / "kept.quietcase"
    with create_case(kept, PASS, clock, seen_in=folder) as case:
        assert not case.intake.import_paths([big]).problems
    rng = random.Random(7)
    searched = folder / "searched.quietcase"
    with create_case(searched, PASS, clock, seen_in=folder) as case:

        def fill() -> None:
            for n in range(3000):
                case.journal.add_incident(
                    Incident(
                        title=" ".join(rng.choices(WORDS, k=4)) + f" {n}",
                        description=" ".join(rng.choices(WORDS, k=60)),
                    )
                )

        case.together(fill)
    return {"many": many, "big": big, "kept": kept, "searched": searched}


def _option(name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    if name not in sys.argv:
        return default
    return tuple(v.strip() for v in sys.argv[sys.argv.index(name) + 1].split(","))


def main() -> None:
    numbers = [a for i, a in enumerate(sys.argv[1:], 1) if sys.argv[i - 1][:2] != "--"]
    numbers = [a for a in numbers if not a.startswith("--")]
    per_file = int(numbers[0]) if len(numbers) > 0 else 10
    files = int(numbers[1]) if len(numbers) > 1 else 24
    rounds = int(numbers[2]) if len(numbers) > 2 else 3
    sides = _option("--sides", SIDES)
    unknown = set(sides) - set(SIDES + EXTRA_SIDES)
    if unknown:
        raise SystemExit(f"unknown sides: {', '.join(sorted(unknown))}")
    if "bare" not in sides:
        sides = ("bare", *sides)  # every ratio is against it
    print("load average before:", ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    with tempfile.TemporaryDirectory(prefix="bench-memsec-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        made = _prepare(folder, per_file, files)
        works: dict[str, Any] = {
            "import many": lambda run: ["import-many", str(run / "t.db"), *map(str, made["many"])],
            "import one": lambda run: ["import-one", str(run / "t.db"), str(made["big"])],
            "read": lambda run: ["read", str(made["kept"]), str(run / "out.bin")],
            "read+write": lambda run: ["read-write", str(made["kept"]), str(run / "out.bin")],
            "open": lambda run: ["open", str(made["kept"]), str(run)],
            "search": lambda run: ["search", str(made["searched"]), str(run)],
        }
        chosen = _option("--works", tuple(works))
        works = {name: make for name, make in works.items() if name in chosen}
        results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        first = True
        loads: list[float] = []
        for _ in range(rounds + 1):
            loads.append(os.getloadavg()[0])
            for name, make in works.items():
                for side in sides:
                    run = folder / "run"
                    run.mkdir()
                    work, *args = make(run)
                    if side.startswith("bare") and work == "read":
                        args = args[:1]
                    if not side.startswith("bare") and work == "read-write":
                        work = "read"  # ours: the same extract
                    measured = _run(side, work, args, env)
                    if not first:  # the first round writes the bytecode and warms the cache
                        results.setdefault((name, side), []).append(measured)
                    shutil.rmtree(run)
            first = False
    size = per_file * files
    print(f"{files} files of {per_file} MiB, one of {size} MiB; best of {rounds} processes each")
    print(
        f"{'work':<12} {'side':<12} {'in-process s':>12} {'whole s':>8} {'CPU s':>6}"
        f" {'vs bare':>9} {'vs bare+ms':>10}"
    )
    for name in works:
        bare = min(r[0] for r in results[(name, "bare")])
        bare_whole = min(r[1] for r in results[(name, "bare")])
        memsec = results.get((name, "bare+memsec"), results[(name, "bare")])
        bare_ms = min(r[0] for r in memsec)
        bare_ms_whole = min(r[1] for r in memsec)
        for side in sides:
            inside = min(r[0] for r in results[(name, side)])
            whole = min(r[1] for r in results[(name, side)])
            cpu = min(r[2] for r in results[(name, side)])
            # Throughput ratios (bare time / ours): >= 1.0 is as fast as bare.
            print(
                f"{name:<12} {side:<12} {inside:12.3f} {whole:8.2f} {cpu:6.2f} "
                f"{bare / inside:5.2f}/{bare_whole / whole:4.2f} "
                f"{bare_ms / inside:5.2f}/{bare_ms_whole / whole:4.2f}"
            )
    print("ratios: bare time / this time, in-process/whole process (1.00 = as fast as bare)")
    print(f"1-minute load average at the start of each round: {min(loads):.1f}-{max(loads):.1f}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    import sqlcipher3

    print(
        f"(python {sys.version.split()[0]}, SQLite {sqlcipher3.sqlite_version}, "
        f"{os.cpu_count()} CPUs, load average {load})"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        seconds, cpu = child(sys.argv[2], sys.argv[3], sys.argv[4:])
        print(json.dumps({"work": seconds, "cpu": cpu}))
    else:
        main()
