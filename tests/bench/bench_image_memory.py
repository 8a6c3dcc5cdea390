"""Peak memory while pictures that cost memory are taken in. (Not a test.)

    python tests/bench/bench_image_memory.py [--inspect] [NAME...]

Builds every picture of tests/hostile/pictures.py (or the ones named) in a scratch folder, then
imports them one by one through the real intake in a child process (or, with --inspect, gives
them to `inspect_image` alone) and prints the growth of the peak resident memory for each.
Target (issue 19): under 200 MiB for any picture under the 64-megapixel cap.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from quietcase.storage.vault import Vault
from tests.hostile.pictures import CASES
from tests.shared import PASS

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> None:
    inspect = "--inspect" in argv
    names = [a for a in argv if not a.startswith("--")] or list(CASES)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        files = []
        for name in names:
            try:
                data = CASES[name].build()
            except Exception as exc:  # an encoder this Pillow lacks
                print(f"{name}: not built ({exc})")
                continue
            (folder / name).write_bytes(data)
            files.append(str(folder / name))
        if inspect:
            target = ["--inspect"]
        else:
            vault = folder / "bench.quietcase"
            Vault.create(vault, PASS).close()
            target = [str(vault)]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [env.get("PYTHONPATH"), str(ROOT)]))
        print(f"{'picture':40} {'file':>9} {'peak MiB':>9} {'s':>6}  preview")
        for file in files:  # one child each: memory freed by one picture hides the next's
            done = subprocess.run(
                [sys.executable, "-m", "tests.hostile.intake_peak", *target, file],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode:
                print(done.stderr)
                continue
            row = json.loads(done.stdout.splitlines()[-1])
            shown = "yes" if row["preview"] else (row["problem"][:40] or "no")
            size = Path(file).stat().st_size // 1024
            print(
                f"{row['name']:40} {size:>7}KB {row['growth_mib']:>9} {row['seconds']:>6}  {shown}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
