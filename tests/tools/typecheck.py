"""Run mypy on the layers under their installed names (`quietcase.app`, `quietcase.ui`...).

The repository keeps `app/`, `storage/`, `cli/` and `ui/` at its top level while the code
imports `quietcase.<layer>`; mypy follows imports by name, so this builds a small tree of
links `build/typecheck/quietcase/<layer>` -> `<layer>/` and checks the packages there.

    python -m tests.tools.typecheck            # every layer
    python -m tests.tools.typecheck ui cli     # some of them
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("storage", "app", "cli", "ui")
TREE = ROOT / "build" / "typecheck"


def link_tree() -> Path:
    package = TREE / "quietcase"
    package.mkdir(parents=True, exist_ok=True)
    for name in (*LAYERS, "resources"):
        link = package / name
        if link.is_symlink() or link.exists():
            if link.resolve() == (ROOT / name).resolve():
                continue
            link.unlink()
        link.symlink_to(ROOT / name, target_is_directory=True)
    return TREE


def run(layers: tuple[str, ...] = LAYERS) -> subprocess.CompletedProcess[str]:
    unknown = [layer for layer in layers if layer not in LAYERS]
    if unknown:
        raise SystemExit(f"not a layer: {', '.join(unknown)} (choose from {', '.join(LAYERS)})")
    tree = link_tree()
    packages = [arg for layer in layers for arg in ("-p", f"quietcase.{layer}")]
    env = {**os.environ, "MYPYPATH": str(tree)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / "build" / "mypy-cache"),
            *packages,
        ],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def main(argv: list[str]) -> int:
    result = run(tuple(argv) or LAYERS)
    sys.stdout.write(result.stdout.replace(str(TREE) + os.sep, ""))
    sys.stderr.write(result.stderr)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
