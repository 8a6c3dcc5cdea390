"""Promise 6: Quietcase never talks to the network.

`socket.socket` (and `create_connection`, `getaddrinfo` and the other name lookups) raise,
and an import of `PySide6.QtNetwork` fails, during:

- a whole CLI session in this process (monkeypatched), exports included;
- the CLI and window sessions of the plaintext test, in child processes, where the same guard
  is their `sitecustomize` (reliability_session.GUARD);
- a whole window session in this process under pytest-qt.

Every attempt is also noted, so an error swallowed somewhere would still fail the test. The
source scan that no module imports a network library is tests/test_architecture.py.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import SettingsStore
from quietcase.cli.main import main
from tests.reliability.reliability_session import (
    GUARD,
    Fresh,
    Sessions,
    cli_steps,
    make_sources,
    sessions,
)
from tests.reliability.window_session import drive_window
from tests.shared import NOW
from tests.ui.windows import FakeTime, make_window


@pytest.fixture
def no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This process refuses the network (the child processes' guard, applied here)."""
    log = tmp_path / "network.log"
    monkeypatch.setenv("QUIETCASE_TEST_NETWORK_LOG", str(log))
    names = (
        "socket",
        "SocketType",
        "create_connection",
        "create_server",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
    )
    for name in names:
        monkeypatch.setattr(socket, name, getattr(socket, name))  # restored afterwards
    meta_path = list(sys.meta_path)
    # Earlier tests in this process may have played media: QtMultimedia imports the Python
    # QtNetwork module (it opens nothing). This session starts without them, as a child does.
    for name in [
        m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtMultimedia"))
    ]:
        monkeypatch.delitem(sys.modules, name)
    exec(compile(GUARD, "network-guard", "exec"), {"__name__": "network_guard"})
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443))
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    log.unlink()
    yield log
    sys.meta_path[:] = meta_path


def test_the_guard_refuses_and_notes(no_network: Path) -> None:
    with pytest.raises(OSError):
        socket.getaddrinfo("localhost", 80)
    with pytest.raises(ImportError):
        import PySide6.QtNetwork  # noqa: F401
    assert no_network.read_text().splitlines() == [
        "socket.getaddrinfo('localhost', 80)",
        "import PySide6.QtNetwork",
    ]
    sys.modules.pop("PySide6.QtNetwork", None)


def test_a_whole_cli_session_in_process(
    no_network: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = Fresh(tmp_path / "fresh")
    fresh.root.mkdir()
    fresh.env(tmp_path, no_network)  # makes the folders
    sources = make_sources(tmp_path / "sources")
    for step in cli_steps(fresh, sources, exports=True):
        for name, value in step.get("env", {}).items():  # type: ignore[attr-defined]
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        code = main([str(a) for a in step["argv"]], clock=FixedClock(NOW))  # type: ignore[attr-defined]
        assert code == 0, step["argv"]
    assert not no_network.exists(), no_network.read_text()
    assert "PySide6.QtNetwork" not in sys.modules


@pytest.fixture(scope="module")
def done(tmp_path_factory: pytest.TempPathFactory) -> Sessions:
    return sessions(tmp_path_factory.mktemp("sessions"))


def test_child_processes_never_tried(done: Sessions) -> None:
    assert all(r["code"] == 0 for r in done.cli_results)
    assert done.window_run.returncode == 0, done.window_run.stdout[-3000:]
    assert not done.network_log.exists(), done.network_log.read_text()


WindowAt = Callable[..., object]


def test_a_whole_window_session_in_process(
    no_network: Path, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    sources = make_sources(tmp_path / "sources")
    window = make_window(qtbot, SettingsStore(tmp_path / "config"), FixedClock(NOW), FakeTime())
    drive_window(window, tmp_path / "home" / "case.quietcase", sources)
    window.close()
    assert not no_network.exists(), no_network.read_text()
    assert "PySide6.QtNetwork" not in sys.modules
