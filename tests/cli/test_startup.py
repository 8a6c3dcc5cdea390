"""`quietcase-cli` starts at once: a command imports only what it uses (issue 25).

Each command runs in a new Python process (so nothing this test process imported counts), and
the process reports which modules it loaded. `--version`, `--help`, `list`, `show`, `search`
and `verify` never load the PDF code (reportlab), Pillow, Qt, the chat import, the calendar or
the passphrase checks; `import` does load Pillow, which shows that the check sees them.
The timings themselves are in tests/bench/bench_startup.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.storage.records import Incident
from tests.shared import NOW, PASS

HEAVY = (
    "reportlab",
    "PIL",
    "PySide6",
    "shiboken6",
    "icalendar",
    "zxcvbn",
    "pypdf",
    "puremagic",
    "dateparser",
    "quietcase.app.chats.telegram",
    "quietcase.app.documents",
    "quietcase.app.evidence.intake",
    "quietcase.app.evidence.imaging",
    "quietcase.ui",
)
# The summary's choices (for `export --without`) are a small module of their own, and
# safe_export (where an extracted file is written) needs only the standard library; the
# packages around them have empty __init__ files.
LIGHT = {
    "quietcase.app.documents",
    "quietcase.app.documents.safe_export",
    "quietcase.app.documents.exhibits",  # `list evidence` prints exhibit numbers: pure Python
    "quietcase.app.documents.summary",
    "quietcase.app.documents.summary.choices",
}

RUN = """
import json, sys
from quietcase.cli.main import main
try:
    code = main(json.loads(sys.argv[1]))
except SystemExit as exc:  # --version and --help end through argparse
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def loaded(argv: list[str], cwd: Path) -> tuple[int, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETCASE_")}
    env["QUIETCASE_PASSPHRASE"] = PASS
    done = subprocess.run(
        [sys.executable, "-c", RUN, json.dumps(argv)],
        env=env,
        cwd=cwd,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    last = done.stdout.decode("utf-8").strip().splitlines()[-1]
    result = json.loads(last)
    return result["code"], result["modules"]


def heavy(modules: list[str]) -> list[str]:
    return [
        m for m in modules if m not in LIGHT and any(m == h or m.startswith(h + ".") for h in HEAVY)
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["--help"],
        ["list", "{vault}", "incidents"],
        ["list", "{vault}", "deadlines", "--upcoming"],
        ["show", "{vault}", "I-1"],
        ["search", "{vault}", "anything"],
        ["list", "{vault}", "evidence"],
        ["verify", "{vault}"],
    ],
    ids=["version", "help", "list", "list-upcoming", "show", "search", "evidence", "verify"],
)
def test_light_commands_load_nothing_heavy(argv: list[str], vault_path: Path) -> None:
    if argv[0] == "show":  # a record to show
        with open_case(vault_path, PASS, FixedClock(NOW)) as case:
            case.journal.add_incident(Incident(title="one"))
    code, modules = loaded([a.format(vault=vault_path) for a in argv], vault_path.parent)
    assert code == 0
    assert heavy(modules) == []
    assert "sqlcipher3" in modules or argv[0].startswith("--")


def test_a_heavy_command_still_loads_what_it_needs(vault_path: Path, tmp_path: Path) -> None:
    picture = tmp_path / "note.txt"
    picture.write_text("a note")
    code, modules = loaded(["import", str(vault_path), str(picture)], tmp_path)
    assert code == 0
    assert "quietcase.app.evidence.intake" in heavy(modules)
    assert "PIL" in heavy(modules)  # the check sees a heavy module when one is loaded
