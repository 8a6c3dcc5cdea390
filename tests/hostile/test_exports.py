"""A crafted chat export cannot run code, read outside itself, nor freeze the window.

Everything she imports may have been made by the person who hurts her. The export is read by
a child process started isolated (`python -I`, a working folder of ours, no `QUIETCASE_*`
variables), limited (memory, CPU time, no core dump) and killed on Cancel; its parse is
linear in what it reads, whatever the bytes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from quietcase.app.chats.telegram import parsing as telegram_parsing
from quietcase.app.chats.telegram.files import locate
from quietcase.app.chats.telegram.importing import list_chats
from quietcase.app.chats.telegram.model import ReadNotes
from quietcase.app.chats.telegram.parsing import MessageStream
from quietcase.app.core.child import Limits, child_folder
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import CancelToken
from tests.app.chats.telegram.test_large import big_export
from tests.app.chats.telegram.test_parsing import children
from tests.shared import PASS

EXE = shutil.which("quietcase-cli")
LINUX = sys.platform.startswith("linux")
MB = 1 << 20
HEAD = '{\n "name": "room",\n "type": "private_group",\n "id": 7,\n "messages": [\n'

# Each hostile pattern, a megabyte of it: what took from seconds to hours before.
HOSTILE = {
    "result.json: an emoji id line of spaces": HEAD + '  "document_id": ' + " " * MB + "\n",
    "result.json: emoji id lines": HEAD + ('  "document_id": x' + " " * 40 + "\n") * (MB // 60),
    "html: <a repeated": "<a" * (MB // 2),
    'html: <a x=" repeated': '<a x="' * (MB // 6),
    'html: <a x="> repeated': '<a x=">' * (MB // 7),
    "html: <!-- repeated": "<!--" * (MB // 4),
    "html: <!-- > repeated": "<!-- >" * (MB // 6),
    "html: </ repeated": "</" * (MB // 2),
    "html: <? repeated": "<?" * (MB // 2),
    "html: nested tables": "<table><tr><td>" * (MB // 15),
    "html: entities": "&amp" * (MB // 4),
}


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True)
    target = folder / ("result.json" if name.startswith("result.json") else "messages.html")
    target.write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_megabyte_of_each_hostile_pattern_is_read_at_once(tmp_path: Path, name: str) -> None:
    folder = _write(tmp_path / "export", name, HOSTILE[name])
    started = time.monotonic()
    try:
        list_chats(folder)
    except Exception as exc:  # a refusal is an answer too; a kind one is checked elsewhere
        assert type(exc).__name__ == "UserError", exc
    took = time.monotonic() - started
    print(f"{name}: {took:.2f} s")
    assert took < 10  # was 40 s for 60 KB, hours for a megabyte (a child start is ~0.2 s)
    assert children() == []


def test_the_window_keeps_answering_while_a_hostile_export_is_read(tmp_path: Path) -> None:
    """The parse runs in the child: this process only waits on a pipe, so the window's
    thread (here: this one, ticking) is never held up by it."""
    folder = _write(tmp_path / "export", "html", '<a x=">' * (3 * MB // 7))
    done = threading.Event()
    threading.Thread(target=lambda: (list_chats(folder), done.set()), daemon=True).start()
    gaps, last = [], time.monotonic()
    while not done.is_set():
        time.sleep(0.005)
        now = time.monotonic()
        gaps.append(now - last)
        last = now
    print(f"longest pause of this thread while the export was read: {max(gaps) * 1000:.0f} ms")
    assert max(gaps) < 0.1


def test_cancel_kills_the_child_at_once(tmp_path: Path) -> None:
    folder = big_export(tmp_path / "big", 60_000, media_every=60_000)
    cancel = CancelToken()
    threading.Timer(0.3, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(Exception) as raised:
        list_chats(folder, cancel)
    assert type(raised.value).__name__ == "Cancelled"
    assert time.monotonic() - started < 2
    assert children() == []


@pytest.mark.skipif(EXE is None or not LINUX, reason="the installed quietcase-cli, on Linux")
def test_an_export_cannot_put_its_own_code_in_place_of_ours(
    tmp_path: Path, vault_path: Path
) -> None:
    """An export folder holding `quietcase/...` and `app/...` packages, imported with the
    command line run from inside it: none of its code runs."""
    export = big_export(tmp_path / "export", 40_000, media_every=40_000)  # > 8 MB
    marker = tmp_path / "ran"
    payload = f"open({str(marker)!r}, 'w').write('their code ran')\n"
    for package in ("quietcase/app/chats/telegram", "app/chats/telegram"):
        folder = export / package
        folder.mkdir(parents=True)
        for depth in range(len(Path(package).parts)):
            (export / Path(*Path(package).parts[: depth + 1]) / "__init__.py").write_text(payload)
        (folder / "parsing.py").write_text(payload)
    env = {**os.environ, "QUIETCASE_PASSPHRASE": PASS}
    assert EXE is not None
    result = subprocess.run(
        [EXE, "import-telegram", str(vault_path), "."],
        cwd=export,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert not marker.exists()


def _limits(proc: Path) -> dict[str, list[str]]:
    lines = (proc / "limits").read_text().splitlines()
    return {line[:26].strip(): line[26:].split() for line in lines}


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_the_child_gets_nothing_of_hers_it_does_not_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    path = big_export(tmp_path / "big", 3000)  # more than a pipe holds: the child waits
    stream = MessageStream(locate(path), ReadNotes(), lambda d, t: None)
    events = iter(stream)
    next(events)
    pid = stream.child.pid
    assert pid is not None
    proc = Path(f"/proc/{pid}")
    deadline = time.monotonic() + 20
    while (limits := _limits(proc))["Max cpu time"][0] == "unlimited":  # set last
        assert time.monotonic() < deadline, "the child never limited itself"
        time.sleep(0.01)
    assert limits["Max core file size"][:2] == ["0", "0"]
    assert limits["Max address space"][0] != "unlimited"
    environ = (proc / "environ").read_bytes().split(b"\0")
    assert not [v for v in environ if v.startswith((b"QUIETCASE", b"PYTHON"))]
    assert PASS.encode() not in b"\0".join(environ)
    command = (proc / "cmdline").read_bytes().split(b"\0")
    assert command[1:4] == [b"-I", b"-m", b"quietcase.app.chats.telegram.parsing"]
    assert Path(os.readlink(proc / "cwd")) == child_folder()
    assert sum(1 for _ in events) > 1  # and it still reads everything
    assert children() == []


@pytest.mark.skipif(EXE is None or not LINUX, reason="the installed quietcase-cli, on Linux")
def test_the_command_line_makes_no_core_dump(vault_path: Path) -> None:
    """Waiting for her passphrase, the command line already cannot dump core."""
    assert EXE is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETCASE")}
    process = subprocess.Popen(
        [EXE, "list", str(vault_path), "incidents"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        limits = Path(f"/proc/{process.pid}/limits")
        deadline = time.monotonic() + 30
        while "Max core file size        0" not in limits.read_text():
            assert time.monotonic() < deadline, "core dumps stayed on"
            time.sleep(0.02)
    finally:
        assert process.stdin is not None
        process.stdin.write(PASS.encode() + b"\n")
        process.stdin.close()
        process.wait(timeout=60)


@pytest.mark.parametrize(
    ("limits", "words"),
    [
        (Limits(memory=8 << 30, cpu_seconds=600, seconds=0.3), "took far longer"),
        (Limits(memory=80 << 20, cpu_seconds=600, seconds=600), "far more memory"),
    ],
)
def test_a_child_over_its_limits_is_stopped_with_a_kind_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limits: Limits, words: str
) -> None:
    folder = big_export(tmp_path / "big", 80_000, media_every=80_000)
    monkeypatch.setattr(telegram_parsing, "limits_for", lambda size: limits)
    with pytest.raises(UserError) as raised:
        list_chats(folder)
    assert words in raised.value.text(lambda _c, s, *_a: s)
    assert "Nothing was changed" in raised.value.text(lambda _c, s, *_a: s)
    assert children() == []
