"""The `<vault>.lock` file: one writer, or any number of readers, across processes.

`flock` locks belong to an open file description, so two opens in the same process contend
exactly like two processes do; a child process shows the kernel drops the lock on SIGKILL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quietcase.storage.errors import VaultExists, VaultInUse
from quietcase.storage.lock import VaultLock, lock_path
from quietcase.storage.vault import Vault
from tests.shared import PASS

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from quietcase.storage.vault import Vault

vault = Vault.open(sys.argv[1], sys.argv[2], read_only=sys.argv[3] == "ro")
print("ready", flush=True)
sys.stdin.read()
vault.close()
print("closed", flush=True)
"""


class Child:
    """A separate Python process holding the vault open until told to stop (or killed)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), PASS, "ro" if read_only else "rw"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "ready":
            self.proc.kill()
            _, err = self.proc.communicate(timeout=10)
            pytest.fail(f"child did not open the vault: {line!r} {err}")

    def finish(self) -> str:
        """Let the child close the vault cleanly and exit; returns what it printed."""
        out, err = self.proc.communicate(input="", timeout=20)
        assert self.proc.returncode == 0, err
        return out

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.communicate(timeout=20)
        assert self.proc.returncode == -signal.SIGKILL


@pytest.fixture
def children() -> Iterator[list[Child]]:
    started: list[Child] = []
    yield started
    for child in started:
        if child.proc.poll() is None:
            child.proc.kill()
            child.proc.communicate(timeout=20)


# -- in one process -------------------------------------------------------------------------


def test_second_open_in_the_same_process_is_in_use(vault_path: Path) -> None:
    first = Vault.open(vault_path, PASS)
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS)
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS, read_only=True)
    # The failed attempts neither broke nor released the first holder's lock.
    assert lock_path(vault_path).exists()
    first.set_meta("still", "usable")
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS)
    first.close()

    with Vault.open(vault_path, PASS) as again:
        assert again.meta("still") == "usable"


def test_wrong_passphrase_while_open_is_in_use_not_wrong(vault_path: Path) -> None:
    """Someone else's open vault is reported as in use, before any passphrase is tried."""
    with Vault.open(vault_path, PASS), pytest.raises(VaultInUse):
        Vault.open(vault_path, "wrong")


def test_create_over_an_open_vault_is_refused(vault_path: Path) -> None:
    before = vault_path.read_bytes()
    with Vault.open(vault_path, PASS) as vault:
        with pytest.raises((VaultInUse, VaultExists)):
            Vault.create(vault_path, "other")
        assert vault.is_open
        assert lock_path(vault_path).exists()
    assert vault_path.read_bytes() == before


def test_lock_file_exists_while_open_and_goes_after_a_clean_close(vault_path: Path) -> None:
    lock = lock_path(vault_path)
    assert lock == vault_path.with_name(vault_path.name + ".lock")
    assert not lock.exists()
    vault = Vault.open(vault_path, PASS)
    assert lock.exists()
    assert lock.stat().st_size == 0  # holds no content
    vault.close()
    assert not lock.exists()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]


def test_lock_file_goes_after_create_and_close(tmp_path: Path) -> None:
    path = tmp_path / "new.quietcase"
    vault = Vault.create(path, PASS)
    assert lock_path(path).exists()
    with pytest.raises(VaultInUse):
        Vault.open(path, PASS)
    vault.close()
    assert not lock_path(path).exists()


def test_readers_share_but_exclude_a_writer(vault_path: Path) -> None:
    lock = lock_path(vault_path)
    reader_a = Vault.open(vault_path, PASS, read_only=True)
    reader_b = Vault.open(vault_path, PASS, read_only=True)
    assert reader_a.query_one("SELECT count(*) FROM meta") is not None
    assert reader_b.query_one("SELECT count(*) FROM meta") is not None
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS)

    reader_a.close()
    assert lock.exists()  # reader_b still holds it
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS)
    reader_c = Vault.open(vault_path, PASS, read_only=True)  # readers still welcome

    reader_b.close()
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS)
    reader_c.close()
    assert not lock.exists()  # the last reader tidies up

    writer = Vault.open(vault_path, PASS)
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS, read_only=True)
    writer.close()
    assert not lock.exists()


def test_a_stale_lock_file_without_a_holder_does_not_block(vault_path: Path) -> None:
    lock_path(vault_path).write_bytes(b"")
    with Vault.open(vault_path, PASS):
        pass
    assert not lock_path(vault_path).exists()


def test_vault_lock_directly(tmp_path: Path) -> None:
    target = tmp_path / "x.quietcase"
    first = VaultLock(target)
    first.acquire()
    assert first.held
    second = VaultLock(target)
    with pytest.raises(VaultInUse):
        second.acquire()
    assert not second.held
    first.release()
    first.release()  # twice is fine
    assert not first.held
    second.acquire()
    assert second.held
    second.release()
    assert not lock_path(target).exists()


# -- across processes -----------------------------------------------------------------------


def test_child_process_holds_the_lock_until_it_closes(
    vault_path: Path, children: list[Child]
) -> None:
    child = Child(vault_path)
    children.append(child)
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS)
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS, read_only=True)
    assert "closed" in child.finish()
    assert not lock_path(vault_path).exists()
    Vault.open(vault_path, PASS).close()


def test_sigkilled_child_releases_the_lock(vault_path: Path, children: list[Child]) -> None:
    child = Child(vault_path)
    children.append(child)
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS)
    child.kill()
    # The kernel dropped the lock; the lock file may be left behind, but it blocks nobody.
    with Vault.open(vault_path, PASS) as vault:
        assert vault.full_check() == []
    assert not lock_path(vault_path).exists()


def test_child_reader_and_parent_reader_coexist(vault_path: Path, children: list[Child]) -> None:
    child = Child(vault_path, read_only=True)
    children.append(child)
    with Vault.open(vault_path, PASS, read_only=True) as reader:
        assert reader.query_one("SELECT count(*) FROM meta") is not None
    assert lock_path(vault_path).exists()  # the child still holds its share
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASS)
    assert "closed" in child.finish()
    assert not lock_path(vault_path).exists()
    Vault.open(vault_path, PASS).close()


def test_parent_writer_blocks_a_child(vault_path: Path) -> None:
    with Vault.open(vault_path, PASS):
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(vault_path), PASS, "rw"],
            input="",
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            timeout=30,
        )
    assert result.returncode != 0
    assert "VaultInUse" in result.stderr
    assert "ready" not in result.stdout
