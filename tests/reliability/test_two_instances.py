"""Promise 7: two Quietcases cannot corrupt one case file.

While one `quietcase-cli` (or one window) has the file open for writing, a second one is
refused with exit 5 / "open in another Quietcase" and changes nothing; readers share. A lock
left by a killed Quietcase never blocks the file: the next writer takes it over, checks every
page first (it did not close), and removes it; a read-only look in between keeps the sign.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.storage.errors import VaultExists
from quietcase.storage.lock import VaultLock, lock_path
from quietcase.storage.vault import Vault
from quietcase.ui.main_window import MainWindow
from tests.reliability.reliability_tools import (
    CLI_CHILD,
    ROOT,
    child_env,
    cli,
    one_error_line,
    run_cli,
    sha256_file,
)
from tests.shared import NOW, PASS

IN_USE = "open in another Quietcase"


def holder(vault: Path) -> subprocess.Popen[bytes]:
    """A CLI that holds the vault open for writing: `passwd` waits for the new passphrase."""
    env = child_env()
    env.pop("QUIETCASE_NEW_PASSPHRASE", None)
    child = subprocess.Popen(
        [sys.executable, "-c", CLI_CHILD, "passwd", str(vault)],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        probe = VaultLock(vault)
        try:
            probe.acquire()
        except Exception:
            return child  # held by the child
        probe.release(keep_file=True)
        assert child.poll() is None, child.communicate()
        time.sleep(0.02)
    raise AssertionError("the holder never took the lock")


@pytest.fixture
def held(vault_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    child = holder(vault_path)
    yield child
    if child.poll() is None:
        child.kill()
        child.communicate()


def test_a_second_cli_is_refused_and_changes_nothing(
    vault_path: Path, held: subprocess.Popen[bytes]
) -> None:
    before = sha256_file(vault_path)
    for argv in (
        ("add", "incident", vault_path, "--title", "second"),
        ("list", vault_path, "incidents"),
        ("verify", vault_path),
        ("passwd", vault_path),
    ):
        result = run_cli(*argv)
        assert result.returncode == 5, (argv, result)
        assert IN_USE in one_error_line(result.stderr.decode())
    assert sha256_file(vault_path) == before
    # The first one finishes normally (no new passphrase given: exit 1, nothing changed).
    _, err = held.communicate(b"", timeout=60)
    assert held.returncode == 1, err
    assert not lock_path(vault_path).exists()
    assert cli("add", "incident", vault_path, "--title", "now it is free").code == 0


def test_readers_share(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS, read_only=True), Vault.open(vault_path, PASS, read_only=True):
        assert cli("list", vault_path, "incidents").code == 0
        assert cli("add", "incident", vault_path, "--title", "x").code == 5
    assert not lock_path(vault_path).exists()


def test_a_killed_holder_never_blocks_the_file(
    vault_path: Path, held: subprocess.Popen[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    held.kill()
    held.communicate()
    assert lock_path(vault_path).exists()  # what a crash leaves behind
    checks: list[str] = []
    real_quick_check = Vault.quick_check

    def counting(self: Vault) -> list[str]:
        checks.append("quick_check")
        return real_quick_check(self)

    monkeypatch.setattr(Vault, "quick_check", counting)
    # A read-only look takes the lock over and keeps the sign that Quietcase did not close.
    assert cli("list", vault_path, "incidents").code == 0
    assert lock_path(vault_path).exists() and checks == []
    # The next writer checks every page first, then clears it.
    assert cli("add", "incident", vault_path, "--title", "after the crash").code == 0
    assert checks == ["quick_check"]
    assert not lock_path(vault_path).exists()
    assert cli("add", "incident", vault_path, "--title", "and again").code == 0
    assert checks == ["quick_check"]  # a clean close: no check next time
    assert cli("verify", vault_path).code == 0


def test_a_stale_lock_file_found_by_a_reader_while_another_reads(vault_path: Path) -> None:
    lock_path(vault_path).touch()  # left by a crash
    with Vault.open(vault_path, PASS, read_only=True) as first:
        assert first._lock.found_stale
        with Vault.open(vault_path, PASS, read_only=True) as second:
            assert not second._lock.found_stale  # someone holds it: not stale
    assert lock_path(vault_path).exists()  # still marked for the next writer
    with open_case(vault_path, PASS, FixedClock(NOW)):
        pass
    assert not lock_path(vault_path).exists()


def test_creating_over_a_stale_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "new.quietcase"
    lock_path(path).touch()
    Vault.create(path, PASS).close()
    assert not lock_path(path).exists()


def test_init_over_an_existing_case_file_keeps_its_crash_sign(vault_path: Path) -> None:
    lock_path(vault_path).touch()  # its last Quietcase did not close
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASS)
    assert lock_path(vault_path).exists()


# -- two windows -----------------------------------------------------------------------------

WindowAt = Callable[..., MainWindow]


def unlock(window: MainWindow) -> None:
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()


def test_a_second_window_is_refused(window_at: WindowAt, vault_path: Path) -> None:
    first, second = window_at(vault_path), window_at(vault_path)
    unlock(first)
    assert first.session.is_open
    before = sha256_file(vault_path)
    unlock(second)
    assert not second.session.is_open
    assert IN_USE in second.start.unlock.error.text()
    assert second.start.unlock.unlock_button.isEnabled()  # she can try again later
    # A CLI is refused too while the window has it.
    assert run_cli("add", "incident", vault_path, "--title", "x").returncode == 5
    assert sha256_file(vault_path) == before
    first.lock()
    unlock(second)
    assert second.session.is_open
    second.lock()
    assert not lock_path(vault_path).exists()


def test_a_window_after_a_killed_cli(window_at: WindowAt, vault_path: Path) -> None:
    child = holder(vault_path)
    child.kill()
    child.communicate()
    window = window_at(vault_path)
    unlock(window)
    assert window.session.is_open  # taken over, checked
    window.lock()
    assert not lock_path(vault_path).exists()
    assert sorted(os.listdir(vault_path.parent)) == [vault_path.name, "config"]
