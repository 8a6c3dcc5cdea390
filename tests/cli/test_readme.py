"""The README says what `quietcase-cli` can do, and how to run the tests, truthfully.

Every command of the real parser (`cli/main.py`'s `build_parser`) has a row in the README's
command table, and every row names a command that exists; the README's test line is the line
`.ci/run` runs.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from quietcase.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
PROGRAM = "quietcase-cli"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The sub-commands of a parser, by name (argparse has no public way to list them)."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def _section(title: str) -> str:
    """The text of the README's `## title` section, up to the next heading of that level."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def documented_commands() -> list[list[str]]:
    """The words of every command in the README's `quietcase-cli` table: each code span in a
    row's first cell, `quietcase-cli` left off (`bin VAULT E-1`, `unbin VAULT E-1`...)."""
    commands = []
    for line in _section(f"`{PROGRAM}`").splitlines():
        if not line.startswith("| `"):
            continue
        first_cell = re.split(r"(?<!\\)\|", line)[1]
        for span in re.findall(r"`([^`]+)`", first_cell):
            words = span.split()
            if words and words[0] == PROGRAM:
                words = words[1:]
            if words:
                commands.append(words)
    return commands


def test_the_readme_table_is_found() -> None:
    commands = documented_commands()
    assert len(commands) >= 10, commands
    assert ["init", "VAULT"] in commands


def test_every_command_is_in_the_readme() -> None:
    documented = {words[0] for words in documented_commands()}
    missing = sorted(set(_subparsers(build_parser())) - documented)
    assert not missing, (
        f"README.md's `{PROGRAM}` table has no row for: {', '.join(missing)} "
        f"(add one: `{PROGRAM} NAME ARGS` | what it does; `{PROGRAM} NAME --help` says)"
    )


def test_every_command_in_the_readme_exists() -> None:
    real = set(_subparsers(build_parser()))
    stale = sorted({words[0] for words in documented_commands()} - real)
    assert not stale, f"README.md lists commands {PROGRAM} does not have: {', '.join(stale)}"


def test_every_kind_of_record_to_add_is_in_the_readme() -> None:
    kinds = set(_subparsers(_subparsers(build_parser())["add"]))
    assert kinds, "`add` has no kinds"
    documented = {words[1] for words in documented_commands() if words[0] == "add"}
    assert kinds == documented, f"`{PROGRAM} add KIND`: parser {kinds}, README {documented}"


def test_every_list_of_records_is_in_the_readme() -> None:
    listing = _subparsers(build_parser())["list"]
    (what,) = [a for a in listing._actions if a.dest not in ("help", "vault") and a.choices]
    assert what.choices is not None
    documented: set[str] = set()
    for words in documented_commands():
        if words[0] == "list" and len(words) > 2:
            documented.update(words[2].strip("{}").split(","))
    missing = sorted(set(what.choices) - documented)
    assert not missing, f"README.md never shows `{PROGRAM} list VAULT` with: {missing}"


def test_the_readme_test_line_is_the_one_ci_runs() -> None:
    blocks = re.findall(r"```\n(.*?)```", _section("Run the tests"), flags=re.DOTALL)
    assert blocks, "README.md's 'Run the tests' has no command block"
    readme_line = blocks[0].strip()
    ci_lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert readme_line == 'pip install -e ".[test]" && pytest'
    assert readme_line in ci_lines
    # After it, .ci/run builds the package and runs its tests: the README's second block.
    assert len(blocks) > 1, "README.md's 'Run the tests' does not show the packaged app's step"
    packaged = [line.strip() for line in blocks[1].splitlines() if line.strip()]
    assert ci_lines[ci_lines.index(readme_line) + 1 :] == packaged
