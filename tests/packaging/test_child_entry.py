"""The child readers in a packaged Quietcase (app/core/child.py): there `sys.executable` is our
own program, so a child is `quietcase-cli --quietcase-child MODULE`, which runs only the
readers it knows. The packaged program itself is tested in test_bundle.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quietcase.app.core import child


def test_unpackaged_children_are_isolated_pythons() -> None:
    command = child.child_command("quietcase.app.chats.kakaotalk.parsing")
    assert command == [sys.executable, "-I", "-m", "quietcase.app.chats.kakaotalk.parsing"]


def test_packaged_children_are_the_console_program_beside_us(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "bundle" / ("quietcase.exe" if sys.platform == "win32" else "quietcase")
    program.parent.mkdir()
    program.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    command = child.child_command("quietcase.app.chats.telegram.parsing")
    cli = "quietcase-cli.exe" if sys.platform == "win32" else "quietcase-cli"
    assert command == [
        str(program.parent / cli),
        "--quietcase-child",
        "quietcase.app.chats.telegram.parsing",
    ]
    # Its working folder is the program's (the modules live inside the program).
    assert child.child_folder() == program.parent.resolve()


def test_every_reader_started_as_a_child_is_known() -> None:
    from quietcase.app.chats.kakaotalk import parsing as kakaotalk
    from quietcase.app.chats.telegram import parsing as telegram

    assert {kakaotalk.__name__, telegram.__name__} == set(child.CHILD_MODULES)
    assert callable(kakaotalk.main) and callable(telegram.main)


@pytest.mark.parametrize(
    "argv",
    [["quietcase"], ["quietcase", "list"], ["quietcase-cli", "--version"]],
)
def test_ordinary_starts_are_not_children(argv: list[str]) -> None:
    assert child.run_frozen_child(argv) is False


@pytest.mark.parametrize(
    "argv",
    [
        ["quietcase-cli", "--quietcase-child"],
        ["quietcase-cli", "--quietcase-child", "os"],
        ["quietcase-cli", "--quietcase-child", "quietcase.cli.main"],
        ["quietcase-cli", "--quietcase-child", "quietcase.app.chats.kakaotalk.parsing", "x"],
    ],
)
def test_a_child_runs_only_a_known_reader(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        child.run_frozen_child(argv)
    assert stopped.value.code == 2
