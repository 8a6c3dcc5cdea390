"""What the chat-import benchmarks share (bench_telegram.py, bench_kakaotalk.py): the files
in the page cache before a phase, CPU time with the children (the import's reader), the
phase's own peak memory, and the table of phases with the ratio of the import against its
parts, best of the passes and within each pass. (Not a test.)"""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

MIB = 1 << 20
Run = dict[str, float]
Row = tuple[str, float, float, Run | None]


def warm(paths: Sequence[Path]) -> None:
    """Read every file once, so every phase finds them in the page cache."""
    for path in paths:
        with open(path, "rb") as handle:
            while handle.read(8 * MIB):
                pass


def cpu_with_children() -> float:
    """CPU time of this process and of its children that have ended (the import reads a
    large export in a child process)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def peak_rss_mib() -> float:
    """This process's peak resident size (`VmHWM`: `ru_maxrss` keeps the parent's peak from
    before `exec` on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def print_table(
    rows: Sequence[Row],
    repeat: int,
    runs: dict[str, list[Run]],
    subject: str,
    parts: tuple[str, str],
) -> None:
    """The phases (wall, CPU, peak RSS), the import `subject` against the sum of `parts`
    (target <= 1.3x), every run, the ratio within each pass, the load."""
    best = {name: min(r, key=lambda x: x["seconds"]) for name, r in runs.items()}
    low = {name: min(x["cpu"] for x in r) for name, r in runs.items()}
    base = sum(best[p]["seconds"] for p in parts)
    base_cpu = sum(low[p] for p in parts)
    print(f"| phase | wall s (best of {repeat}) | CPU s | peak RSS |")
    print("|---|---|---|---|")
    for label, wall, cpu, run in rows:
        rss = f"{run['peak_rss_mib']:.0f} MiB" if run else ""
        if run and run.get("reader_rss_mib"):
            rss += f" (its reader: {run['reader_rss_mib']:.0f} MiB)"
        print(f"| {label} | {wall:.1f} | {cpu:.1f} | {rss} |")
    ratio = best[subject]["seconds"] / base
    ratio_cpu = low[subject] / base_cpu
    print(f"| ratio (target <= 1.3x, wall) | {ratio:.2f}x | {ratio_cpu:.2f}x | |")
    for name, done in runs.items():  # every run, for how much the machine wandered
        print(f"{name}: " + ", ".join(f"{r['seconds']:.1f}" for r in done) + " s")
    # The same ratio within each pass (its phases ran one after another, so a machine that
    # slows down or speeds up between passes does not tilt it): less noisy than best
    # against best, when phases of different passes met different loads.
    passes = [
        runs[subject][t]["seconds"] / sum(runs[p][t]["seconds"] for p in parts)
        for t in range(repeat)
    ]
    print(
        "ratio within each pass: "
        + ", ".join(f"{r:.2f}x" for r in passes)
        + f"; median {statistics.median(passes):.2f}x"
    )
    print(f"load average after: {os.getloadavg()[0]:.1f} (2-core machine shared with others)")
