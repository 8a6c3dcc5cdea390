"""Reading crafted exports: a megabyte of each hostile pattern. (Not a test.)

    python -m tests.bench.bench_hostile [MiB]        # 1

For each pattern of tests/hostile/test_exports.py: `list_chats` (the child process started,
the file read, decoded, repaired and parsed, the answer sent back) against the bare work of
reading the same file and decoding it as UTF-8 in this process, in the same run. Target
(issue 19): each listed in under 2 s; the ratio shows the parse is linear (it stays about
the same at 1 and 4 MiB), where `html.parser` and the old emoji-id pattern were quadratic
(`<a x="` at 40 KB: 3.6 s; 60 KB of JSON: 40 s).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from quietcase.app.chats.telegram.importing import list_chats
from tests.hostile.test_exports import HOSTILE, MB


def _best(work: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            work()  # type: ignore[operator]
        except Exception:  # a refusal is an answer too
            pass
        times.append(time.perf_counter() - started)
    return min(times)


def main(mib: int) -> None:
    print(f"{'pattern':<44} {'MiB':>4} {'list_chats s':>13} {'bare read s':>12} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in sorted(HOSTILE.items()):
            folder = Path(scratch) / name.replace(" ", "_").replace("/", "_")
            folder.mkdir()
            target = folder / ("result.json" if name.startswith("result.json") else "messages.html")
            target.write_text(text * mib if not name.startswith("result") else text)
            ours = _best(lambda f=folder: list_chats(f))
            bare = _best(lambda t=target: t.read_bytes().decode("utf-8"))
            size = target.stat().st_size / MB
            print(f"{name:<44} {size:>4.1f} {ours:>13.3f} {bare:>12.4f} {ours / bare:>7.0f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
