"""KakaoTalk import against its parts done by hand, in the same run. (Not a test.)

    python tests/bench/bench_kakaotalk.py [MESSAGES] [MiB] [--repeat N] [--here]
                                                          # 100000 1024 1

A generated Android (Korean UI) export with all messages: KakaoTalkChats.txt with MESSAGES
messages (tests/app/chats/kakaotalk/generate.py: day lines, multi-line messages with blank
lines, the same text twice in a minute) and MiB of random media in files of about 1 MiB
named by 64-hex hashes beside it, each named by one message (so every one is linked).

Each phase runs in its own process on a fresh case file (created, closed, opened as she
would; not timed), the files in the page cache; wall and CPU time (with children) and peak
RSS of the phase's own process:
- read: the text read with Python (`read_text(encoding="utf-8")` and `splitlines()`);
- intake: `Intake.import_paths` of every file of the folder (the text and the media) in one
  `vault.atomic()`: one commit, as inside the import. Read + intake is the baseline;
- kakaotalk: `KakaoTalkImport.import_export` of the folder: the same files through the same
  intake, then every message a chat-message record (lines, lines as written, zone) in the
  search index, media linked, the incident, custody events, in one transaction.
`--here` reads the export on a thread of the import's process instead of the bounded child;
`--checkout` starts the child with this process's import path (the child otherwise runs
the installed Quietcase, which may be another checkout without this reader).
Target (issue 24): kakaotalk <= 1.3 x (read + intake), wall time; peak RSS flat in MESSAGES.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.bench.phases import cpu_with_children, peak_rss_mib, print_table, warm

ROOT = Path(__file__).resolve().parents[2]
PASS = "bench passphrase"
MIB = 1 << 20


def make_export(folder: Path, messages: int, mib: int) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from tests.app.chats.kakaotalk.generate import android_ko, hashed_name

    count = max(1, mib)
    step = max(1, messages // count)
    photos = {n * step + 7: hashed_name(n) for n in range(count) if n * step + 7 < messages}
    android_ko(folder / "KakaoTalkChats.txt", messages, photos)
    media = []
    block = os.urandom(MIB)
    for n, name in enumerate(photos.values()):
        path = folder / name
        path.write_bytes(block[n % 4096 :] + block[: n % 4096] + n.to_bytes(4, "big"))
        media.append(path)
    return media


def phase(name: str, folder: Path, vault: Path, here: bool) -> dict[str, float]:
    from quietcase.app.case import create_case, open_case
    from quietcase.app.core.clock import FixedClock

    clock = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))
    result: dict[str, float] = {}
    if name != "read":
        create_case(vault, PASS, clock).close()
    if name == "read":
        start, cpu = time.perf_counter(), time.process_time()
        lines = (folder / "KakaoTalkChats.txt").read_text(encoding="utf-8").splitlines()
        result["seconds"] = time.perf_counter() - start
        result["cpu"] = time.process_time() - cpu
        result["lines"] = len(lines)
    elif name == "intake":
        files = sorted(p for p in folder.iterdir() if p.is_file())
        with open_case(vault, PASS, clock) as case:
            start, cpu = time.perf_counter(), time.process_time()
            with case.vault.atomic():
                report = case.intake.import_paths(files)
            result["seconds"] = time.perf_counter() - start
            result["cpu"] = time.process_time() - cpu
            result["files"] = len(report.imported)
    else:
        from quietcase.app.chats.kakaotalk import parsing
        from quietcase.app.chats.kakaotalk.importing import KakaoOptions

        parsing.IN_CHILD = not here
        if "--checkout" in sys.argv:
            _child_from_this_checkout()
        with open_case(vault, PASS, clock) as case:
            start, cpu = time.perf_counter(), cpu_with_children()
            done = case.import_kakaotalk(folder, KakaoOptions("Asia/Seoul"))
            result["seconds"] = time.perf_counter() - start
            result["cpu"] = cpu_with_children() - cpu
            result["files"] = done.files_added
            result["messages"] = done.messages_added
            result["linked"] = done.media_stored
            reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            result["reader_rss_mib"] = reader
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def _child_from_this_checkout() -> None:
    """The reader's child started with this process's import path, for a checkout that is
    not the installed Quietcase (still `-I`: no environment, no user site)."""
    from quietcase.app.core import child
    from tests.shared import checkout_child_command

    child.child_command = checkout_child_command


def run_phase(name: str, folder: Path, scratch: Path, here: bool) -> dict[str, float]:
    vault = scratch / f"{name}-{time.monotonic_ns()}.quietcase"
    warm([p for p in folder.iterdir() if p.is_file()])
    os.sync()
    command = [sys.executable, __file__, "--phase", name, str(folder), str(vault)]
    command += [flag for flag in ("--here", "--checkout") if flag in sys.argv]
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    for leftover in (vault, vault.with_name(vault.name + ".lock")):
        leftover.unlink(missing_ok=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    here = "--here" in sys.argv
    if sys.argv[1:2] == ["--phase"]:
        found = phase(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), here)
        print(json.dumps(found))
        return 0
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1
    if "--repeat" in sys.argv:
        args.remove(str(repeat))
    messages = int(args[0]) if args else 100_000
    mib = int(args[1]) if len(args) > 1 else 1024
    scratch = Path(tempfile.mkdtemp(prefix="bench-kakaotalk-"))
    try:
        folder = scratch / "export"
        folder.mkdir()
        started = time.perf_counter()
        media = make_export(folder, messages, mib)
        size = (folder / "KakaoTalkChats.txt").stat().st_size
        print(
            f"export: {messages:,} messages, KakaoTalkChats.txt {size / MIB:.1f} MiB, "
            f"{len(media)} media files, {sum(p.stat().st_size for p in media) / MIB:.0f} MiB "
            f"(made in {time.perf_counter() - started:.0f} s); load now {os.getloadavg()[0]:.1f}"
            + ("; reading on a thread (--here)" if here else "; reading in the child")
        )
        runs: dict[str, list[dict[str, float]]] = {"read": [], "intake": [], "kakaotalk": []}
        names = list(runs)
        for turn in range(repeat):
            for name in names[turn % len(names) :] + names[: turn % len(names)]:
                runs[name].append(run_phase(name, folder, scratch, here))
        best = {name: min(r, key=lambda x: x["seconds"]) for name, r in runs.items()}
        low = {name: min(x["cpu"] for x in r) for name, r in runs.items()}
        base = best["read"]["seconds"] + best["intake"]["seconds"]
        base_cpu = low["read"] + low["intake"]
        rows = [
            ("the text read with Python", best["read"]["seconds"], low["read"], best["read"]),
            (
                f"intake of every file ({len(media) + 1}, one transaction)",
                best["intake"]["seconds"],
                low["intake"],
                best["intake"],
            ),
            ("read + intake", base, base_cpu, None),
            (
                "KakaoTalk import (everything)",
                best["kakaotalk"]["seconds"],
                low["kakaotalk"],
                best["kakaotalk"],
            ),
        ]
        print_table(rows, repeat, runs, "kakaotalk", ("read", "intake"))
        k = best["kakaotalk"]
        counts = f"{k['messages']:.0f} messages, {k['files']:.0f} files"
        print(f"imported: {counts}, {k['linked']:.0f} media linked")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
