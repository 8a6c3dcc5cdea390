"""Telegram import against its parts done by hand, in the same run. (Not a test.)

    python tests/bench/bench_telegram.py [MESSAGES] [MiB] [--repeat N]   # 100000 1024 1

A generated single-chat JSON export: MESSAGES messages in five languages (Korean, Russian,
Arabic, Chinese, English with links), one in every MESSAGES/files carrying a media file;
MiB of random media bytes in files of about 1 MiB (photos/, video_files/).

Each phase runs in its own child process, on a fresh case file (created, closed, then
opened as she would; not timed), with the files in the page cache, and reports its wall and
CPU time (all threads: the intake reads and hashes on a second one; the Telegram import
also reads the messages in a child process while its files are stored: its CPU counts too)
and peak RSS (of the phase's own process):
- json.load: `json.load` of result.json (the import reads the same bytes, decodes them and
  parses every message with the standard library's decoder, repairs checked);
- intake: `Intake.import_paths` of the same media files (each its own evidence item:
  SHA-256, chunks, metadata, image facts, custody event), all inside one
  `vault.atomic()`: one commit, as inside the Telegram import. This is the baseline;
- intake, a commit per file: the same call without the outer transaction, as `import` does
  it (each file its own transaction and fsyncs). Shown, not in the ratio: it would flatter
  the import, which commits once;
- telegram: `TelegramImport.import_export` of the whole export: result.json and every media
  file through that same intake, every message a chat-message record and in the search
  index, the incident, custody events, in one transaction. Storing result.json itself as
  evidence is work the baseline does not do; it counts against the import.
Target (issue 12: "import time"): telegram <= 1.3 x (json.load + intake) in wall time.
Printed as best against best, and within each pass (its median: the phases of one pass ran
minutes apart at most, so a machine whose speed wanders tilts it less). CPU time is printed
too, for what it costs the machine: the import's reader parses the export in pure Python on
the other core (1.5 s, where `json.load` is 0.3 s of C), so its CPU ratio is higher.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.bench.phases import cpu_with_children, peak_rss_mib, print_table, warm

ROOT = Path(__file__).resolve().parents[2]

PASS = "bench passphrase"
MIB = 1 << 20
LINES = (
    "딥페이크 영상 {n}번 올립니다 @uploader_{s}",
    "Новое видео номер {n}, пишите в личку",
    "مقطع جديد رقم {n} في القناة",
    "新的深伪视频 {n} 请看频道",
    "new clip {n}: https://example.org/leak/{n} mirror https://t.me/mirror_{s}",
)
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def make_export(folder: Path, messages: int, mib: int) -> list[Path]:
    """result.json and the media; returns the media files."""
    rng = random.Random(12)
    files = max(1, mib)
    every = max(1, messages // files)
    block = os.urandom(MIB + 4096)
    media: list[Path] = []
    out = []
    for n in range(1, messages + 1):
        at = T0 + timedelta(seconds=37 * n)
        sender = n % 41
        item: dict[str, object] = {
            "id": n,
            "type": "message",
            "date": (at + timedelta(hours=9)).strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(at.timestamp())),
            "from": f"member {sender}",
            "from_id": f"user{700000 + sender}",
        }
        if n % 11 == 0:
            item["reply_to_message_id"] = n - 3
        if n % every == 0 and len(media) < files:
            kind = "photos" if len(media) % 2 else "video_files"
            name = f"{kind}/file_{n}@{at:%d-%m-%Y_%H-%M-%S}." + (
                "jpg" if kind == "photos" else "mp4"
            )
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            start = rng.randrange(4096)
            path.write_bytes(block[start : start + MIB - 4096] + n.to_bytes(8, "big"))
            media.append(path)
            item["photo" if kind == "photos" else "file"] = name
            if kind == "video_files":
                item["media_type"] = "video_file"
                item["mime_type"] = "video/mp4"
        text = LINES[n % 5].format(n=n, s=sender)
        item["text"] = text
        item["text_entities"] = [{"type": "plain", "text": text}]
        out.append(item)
    data = {"name": "벤치마크 방", "type": "public_supergroup", "id": 99001, "messages": out}
    with open(folder / "result.json", "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
    return media


# -- phases (each in a child process) ----------------------------------------------------


def phase(name: str, folder: Path, vault: Path) -> dict[str, float]:
    from quietcase.app.case import create_case, open_case
    from quietcase.app.core.clock import FixedClock

    clock = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))
    result: dict[str, float] = {}
    if name != "json":  # her case file exists already: create it, then open it as she would
        create_case(vault, PASS, clock).close()
    if name == "json":
        start, cpu = time.perf_counter(), time.process_time()
        with open(folder / "result.json", encoding="utf-8") as handle:
            data = json.load(handle)
        result["seconds"] = time.perf_counter() - start
        result["cpu"] = time.process_time() - cpu
        result["messages"] = len(data["messages"])
    elif name in ("intake", "intake_commits"):
        media = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "result.json")
        with open_case(vault, PASS, clock) as case:
            start, cpu = time.perf_counter(), time.process_time()
            if name == "intake":
                with case.vault.atomic():
                    report = case.intake.import_paths(media)
            else:
                report = case.intake.import_paths(media)
            result["seconds"] = time.perf_counter() - start
            result["cpu"] = time.process_time() - cpu
            result["files"] = len(report.imported)
    else:
        from quietcase.app.chats.telegram.importing import TelegramImport

        with open_case(vault, PASS, clock) as case:
            start, cpu = time.perf_counter(), cpu_with_children()
            done = TelegramImport(case.vault, clock).import_export(folder)
            result["seconds"] = time.perf_counter() - start
            result["cpu"] = cpu_with_children() - cpu
            result["files"] = done.files_added
            result["messages"] = done.messages_added
            reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            result["reader_rss_mib"] = reader  # the child that read the export, if any
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def run_phase(name: str, folder: Path, scratch: Path) -> dict[str, float]:
    vault = scratch / f"{name}-{time.monotonic_ns()}.quietcase"
    warm([p for p in folder.rglob("*") if p.is_file()])
    os.sync()  # what the phase before wrote (and deleted) does not slow this one
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, str(folder), str(vault)],
        check=True,
        capture_output=True,
        text=True,
    )
    for leftover in (vault, vault.with_name(vault.name + ".lock")):
        leftover.unlink(missing_ok=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    if sys.argv[1:2] == ["--phase"]:
        print(json.dumps(phase(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))))
        return 0
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1
    if "--repeat" in sys.argv:
        args.remove(str(repeat))
    messages = int(args[0]) if args else 100_000
    mib = int(args[1]) if len(args) > 1 else 1024
    scratch = Path(tempfile.mkdtemp(prefix="bench-telegram-"))
    try:
        folder = scratch / "export"
        folder.mkdir()
        started = time.perf_counter()
        media = make_export(folder, messages, mib)
        size = (folder / "result.json").stat().st_size
        print(
            f"export: {messages:,} messages, result.json {size / MIB:.0f} MiB, "
            f"{len(media)} media files, {sum(p.stat().st_size for p in media) / MIB:.0f} MiB "
            f"(made in {time.perf_counter() - started:.0f} s); load now {os.getloadavg()[0]:.1f}"
        )
        runs: dict[str, list[dict[str, float]]] = {
            "json": [],
            "intake": [],
            "intake_commits": [],
            "telegram": [],
        }
        names = list(runs)
        for turn in range(repeat):  # each pass in another order: none always runs after
            for name in names[turn % len(names) :] + names[: turn % len(names)]:
                runs[name].append(run_phase(name, folder, scratch))
        best = {name: min(r, key=lambda x: x["seconds"]) for name, r in runs.items()}
        low = {name: min(x["cpu"] for x in r) for name, r in runs.items()}
        base = best["json"]["seconds"] + best["intake"]["seconds"]
        base_cpu = low["json"] + low["intake"]
        rows = [
            ("json.load of result.json", best["json"]["seconds"], low["json"], best["json"]),
            (
                f"intake of the media ({len(media)} files, one transaction)",
                best["intake"]["seconds"],
                low["intake"],
                best["intake"],
            ),
            ("json.load + intake", base, base_cpu, None),
            (
                "(intake, a commit per file, as `import`)",
                best["intake_commits"]["seconds"],
                low["intake_commits"],
                best["intake_commits"],
            ),
            (
                "Telegram import (everything)",
                best["telegram"]["seconds"],
                low["telegram"],
                best["telegram"],
            ),
        ]
        print_table(rows, repeat, runs, "telegram", ("json", "intake"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
