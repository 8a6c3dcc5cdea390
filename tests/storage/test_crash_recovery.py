"""A process killed in the middle of a transaction loses only that transaction.

The child writes thousands of rows in one transaction and SIGKILLs itself before COMMIT,
leaving a hot rollback journal. Whoever opens the vault next (for reading, for writing, even
with a wrong passphrase) finds it exactly as it was before the transaction.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quietcase.storage.errors import WrongPassphrase
from quietcase.storage.vault import Vault
from tests.shared import PASS

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import os, signal, sys
from quietcase.storage.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[3])
vault.conn.execute("BEGIN IMMEDIATE")
for i in range(3000):
    vault.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"half{i}", "x" * 2000))
vault.conn.execute("UPDATE meta SET value = 'changed'")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def crashed(vault_path: Path) -> Path:
    with Vault.open(vault_path, PASS) as vault, vault.atomic():
        vault.set_meta("kept", "before the crash")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_path), str(ROOT), PASS], capture_output=True
    )
    assert result.returncode == -9
    assert vault_path.with_name(vault_path.name + "-journal").stat().st_size > 0
    return vault_path


def _assert_as_before(path: Path) -> None:
    with Vault.open(path, PASS, read_only=True) as vault:
        assert vault.full_check() == []
        assert vault.meta("kept") == "before the crash"
        assert vault.query("SELECT count(*) FROM meta WHERE key LIKE 'half%'") == [(0,)]


def test_read_only_open_recovers_after_a_crash(crashed: Path) -> None:
    _assert_as_before(crashed)
    assert not crashed.with_name(crashed.name + "-journal").exists()


def test_writable_open_recovers_after_a_crash(crashed: Path) -> None:
    with Vault.open(crashed, PASS) as vault:
        assert vault.meta("kept") == "before the crash"
    _assert_as_before(crashed)


def test_wrong_passphrase_after_a_crash_harms_nothing(crashed: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.open(crashed, "not the passphrase")
    _assert_as_before(crashed)
