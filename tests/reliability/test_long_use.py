"""Promise 9: long use. A case file used for years: 10,000 incidents (one save each),
20,000 evidence items (small files, a tenth of them pictures with previews, each imported
through the real intake, one transaction each), 1,000 edits of incidents and evidence notes,
50 backups (each checked, as always).

Measured in a child process, after each phase: its memory (RSS), the file's size and free
pages. Then: memory stays bounded (no growth beyond a fixed margin from one half of a phase
to the next), the file does not grow without reason (edits and backups add little, and hardly
any page is left free: there is nothing VACUUM could give back), `verify` passes and
everything is there.

`pytest -m slow tests/reliability/test_long_use.py` runs the counts above; the normal run
300, 600, 30 and 3.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.reliability_tools import ROOT, child_env
from tests.shared import PASS

CHILD = r"""
import io, json, os, random, shutil, sys, time, zlib, struct
from dataclasses import replace
from pathlib import Path
from quietcase.app.backup.backups import make_backup
from quietcase.app.case import create_case, verify_case
from quietcase.app.core.clock import SystemClock
from quietcase.storage.records import Incident

work, passphrase = Path(sys.argv[1]), sys.argv[2]
incidents, evidence, edits, backups = (int(a) for a in sys.argv[3:7])
vault = work / "case.quietcase"
clock = SystemClock()
rng = random.Random(9)

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0

def free_pages(case):
    return case.vault.query("PRAGMA freelist_count")[0][0]

def say(phase, case, **more):
    print(json.dumps({"phase": phase, "rss_mb": round(rss_mb(), 1),
                      "size": vault.stat().st_size, "free_pages": free_pages(case),
                      "seconds": round(time.monotonic() - started, 1), **more}), flush=True)

def chunk(kind, data):
    crc = zlib.crc32(kind + data)
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

def png(seed):
    width, height = 24 + seed % 40, 16 + seed % 30
    row = bytes((x * 7 + seed) % 256 for x in range(width * 3))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"tEXt", b"n\0%d" % seed)
            + chunk(b"IDAT", zlib.compress((b"\0" + row) * height)) + chunk(b"IEND", b""))

def chat(seed):
    return f"{seed}:".encode() + rng.randbytes(rng.randrange(500, 16_000))

started = time.monotonic()
case = create_case(vault, passphrase, clock)
say("created", case)
words = ["텔레그램", "딥페이크", "유포", "screenshot", "room", "채널", "handle", "신고"]
for i in range(incidents):
    case.journal.add_incident(Incident(
        title=f"{rng.choice(words)} {i}", description=" ".join(rng.choices(words, k=20)),
        tags=(rng.choice(words),), handles=(f"@user{i % 300}",)))
    if i + 1 in (incidents // 2, incidents):
        say(f"incidents {i + 1}", case)

sources = work / "sources"
batch = max(1, min(500, evidence // 10))
done, halfway_said = 0, False
while done < evidence:
    sources.mkdir(exist_ok=True)
    for j in range(done, min(evidence, done + batch)):
        name = sources / (f"shot-{j:05d}.png" if j % 10 == 0 else f"chat-{j:05d}.bin")
        name.write_bytes(png(j) if j % 10 == 0 else chat(j))
    report = case.intake.import_paths([sources])
    assert not report.problems, [str(p.error) for p in report.problems]
    done += len(report.imported)
    shutil.rmtree(sources)
    if done == evidence or (done >= evidence // 2 and not halfway_said):
        say(f"evidence {done}", case)
        halfway_said = True

all_incidents = [i.id for i in case.journal.incidents()]
all_items = [e.id for e in case.evidence.items()]
size_before_edits = vault.stat().st_size
for n in range(edits):
    if n % 2 and all_items:
        item = case.evidence.item(rng.choice(all_items))
        case.evidence.update(replace(item, description=" ".join(rng.choices(words, k=12))))
    else:
        found = case.journal.incident(rng.choice(all_incidents))
        case.journal.update_incident(replace(found, description=" ".join(rng.choices(words, k=20))))
say("edits", case, grew=vault.stat().st_size - size_before_edits)

usb = work / "usb"
usb.mkdir()
size_before_backups = vault.stat().st_size
for n in range(backups):
    result = make_backup(case, usb / f"backup-{n:02d}.quietcase", passphrase)
    for old in sorted(usb.iterdir())[:-2]:
        old.unlink()  # keep the last two: the disk is not endless
    if n + 1 in (max(1, backups // 2), backups):
        say(f"backups {n + 1}", case, backup_size=result.size)
say("after backups", case, grew=vault.stat().st_size - size_before_backups)
counts = case.journal.counts()
evidence_count = case.evidence.count()
case.close()
report = verify_case(vault, passphrase, clock)
print(json.dumps({"phase": "verified", "ok": report.ok, "problems": report.problems[:5],
                  "incidents": counts.incidents, "evidence": evidence_count,
                  "seconds": round(time.monotonic() - started, 1), "rss_mb": round(rss_mb(), 1),
                  "size": vault.stat().st_size}), flush=True)
"""


def long_use(work: Path, incidents: int, evidence: int, edits: int, backups: int) -> list[Any]:
    start = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(work),
            PASS,
            *map(str, (incidents, evidence, edits, backups)),
        ],
        env=child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=4 * 3600,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    phases = [json.loads(line) for line in done.stdout.splitlines()]
    print(f"\nlong use in {time.monotonic() - start:.0f} s:")
    for phase in phases:
        print(" ", json.dumps(phase, ensure_ascii=False))
    return phases


def check(phases: list[dict[str, Any]], incidents: int, evidence: int, margin_mb: float) -> None:
    by = {p["phase"]: p for p in phases}
    final = by["verified"]
    assert final["ok"], final["problems"]
    assert (final["incidents"], final["evidence"]) == (incidents, evidence)
    # Memory: the second half of each phase needs no more than the first (within a margin),
    # and nothing grows across the backups.
    half_i, all_i = by[f"incidents {incidents // 2}"], by[f"incidents {incidents}"]
    evidence_phases = [p for p in phases if p["phase"].startswith("evidence")]
    assert all_i["rss_mb"] - half_i["rss_mb"] < margin_mb
    assert evidence_phases[-1]["rss_mb"] - evidence_phases[0]["rss_mb"] < margin_mb
    backup_phases = [p for p in phases if p["phase"].startswith("backups")]
    assert backup_phases[-1]["rss_mb"] - backup_phases[0]["rss_mb"] < margin_mb
    assert max(p["rss_mb"] for p in phases) < 400
    # The file: edits and backups add little; hardly any space is left free inside it.
    size = by["after backups"]["size"]
    assert by["edits"]["grew"] < 0.05 * size + (1 << 20), by["edits"]
    assert by["after backups"]["grew"] < 0.01 * size + (1 << 20), by["after backups"]
    for phase in phases[:-1]:
        assert phase["free_pages"] * 4096 < 0.05 * phase["size"] + (1 << 20), phase


def test_long_use_small(tmp_path: Path) -> None:
    phases = long_use(tmp_path, 300, 600, 30, 3)
    check(phases, 300, 600, margin_mb=30)


@pytest.mark.slow
def test_long_use(tmp_path: Path) -> None:
    phases = long_use(tmp_path, 10_000, 20_000, 1_000, 50)
    check(phases, 10_000, 20_000, margin_mb=30)
