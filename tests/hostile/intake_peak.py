"""Run in a child process: each file through the real intake, one at a time, printing one line
of JSON per file with the growth of the peak resident memory while it was taken in.

    python -m tests.hostile.intake_peak VAULT FILE...      (VAULT opens with tests.shared.PASS)
    python -m tests.hostile.intake_peak --inspect FILE...  (inspect_image alone, no vault)

Linux only: the high-water mark is read from /proc/self/status (VmHWM) after resetting it
through /proc/self/clear_refs, so each file is measured from the memory in use just before it.
`ru_maxrss` cannot be reset, and a child's starts from the parent's peak.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.imaging import inspect_image
from tests.shared import NOW, PASS

MIB = 1024 * 1024


def memory() -> tuple[int, int]:
    """(resident now, peak since the last reset) in bytes."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(status["VmRSS"].split()[0]) * 1024, int(status["VmHWM"].split()[0]) * 1024


def reset_peak() -> int:
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")
    return memory()[0]


def warm_pictures() -> dict[str, bytes]:
    """Small pictures of every kind: the first import loads each decoder and SQLite's caches."""
    found = {}
    for fmt in ("PNG", "JPEG", "WEBP", "GIF", "TIFF", "BMP", "AVIF", "ICO"):
        out = io.BytesIO()
        try:
            Image.new("RGB", (64, 48), (120, 90, 30)).save(out, fmt)
        except Exception:  # an encoder this Pillow lacks
            continue
        found[f"warm.{fmt.lower()}"] = out.getvalue()
    return found


def inspect_only(files: list[Path]) -> None:
    for data in warm_pictures().values():
        inspect_image(data)
    for path in files:
        data = path.read_bytes()
        before = reset_peak()
        start = time.monotonic()
        facts = inspect_image(data)
        seconds = time.monotonic() - start
        peak = memory()[1]
        print(
            json.dumps(
                {
                    "name": path.name,
                    "growth_mib": round((peak - before) / MIB, 1),
                    "seconds": round(seconds, 2),
                    "problem": facts.problem,
                    "width": facts.width,
                    "height": facts.height,
                    "preview": facts.thumbnail is not None,
                }
            ),
            flush=True,
        )


def through_intake(vault: Path, files: list[Path]) -> None:
    case = open_case(vault, PASS, FixedClock(NOW))
    with tempfile.TemporaryDirectory() as warm:
        for name, data in warm_pictures().items():
            (Path(warm) / name).write_bytes(data)
        case.intake.import_paths([warm])
    for path in files:
        before = reset_peak()
        start = time.monotonic()
        report = case.intake.import_paths([path])
        seconds = time.monotonic() - start
        peak = memory()[1]
        if report.problems or not report.imported:
            raise SystemExit(f"{path.name} was not imported: {report.problems}")
        item = report.imported[0].evidence
        image = case.evidence.image(item.id)
        stored = hashlib.sha256(b"".join(case.evidence.chunks(item.id))).hexdigest()
        print(
            json.dumps(
                {
                    "name": path.name,
                    "growth_mib": round((peak - before) / MIB, 1),
                    "seconds": round(seconds, 2),
                    "problem": "" if image is None else image.problem,
                    "width": None if image is None else image.width,
                    "height": None if image is None else image.height,
                    "preview": image is not None and image.thumbnail is not None,
                    "kept_whole": stored == hashlib.sha256(path.read_bytes()).hexdigest(),
                }
            ),
            flush=True,
        )
    case.close()


if __name__ == "__main__":
    if sys.argv[1] == "--inspect":
        inspect_only([Path(a) for a in sys.argv[2:]])
    else:
        through_intake(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]])
