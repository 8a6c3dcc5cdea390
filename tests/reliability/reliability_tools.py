"""Pieces the reliability tests share, and the ones they borrow from the backup fault tests
(tests/app/backup/test_backup_faults.py: damage specs, the in-process CLI, a demo vault with the
real photos), imported rather than copied."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from tests.app.backup import test_backup_faults as backup_faults
from tests.storage import test_crash_recovery as crash_recovery

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"


PAGE = backup_faults.PAGE
KINDS = backup_faults.KINDS
Result = backup_faults.Result
build_vault = backup_faults.build_vault
child_env = backup_faults.child_env
cli = backup_faults.cli
damage_specs = backup_faults.damage_specs
names = backup_faults.names
one_error_line = backup_faults.one_error_line

CLI_CHILD = backup_faults.CLI_CHILD
# A child that writes thousands of rows in one transaction and SIGKILLs itself before COMMIT,
# leaving a hot journal (argv: vault, project root, passphrase).
HALF_WRITTEN_CHILD = crash_recovery.CHILD
RESTORE_ADVICE = "restore it from your most recent backup"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def run_cli(
    *argv: str | Path,
    env: Mapping[str, str] | Mapping[bytes, bytes] | None = None,
    stdin: bytes | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[bytes]:
    """`quietcase-cli ARGV` in a child process (bytes out, so nothing is decoded for us)."""
    return subprocess.run(
        [sys.executable, "-c", CLI_CHILD, *(os.fsencode(a) for a in argv)],
        env=child_env() if env is None else env,
        cwd=ROOT,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
    )


def files_under(*folders: Path) -> Iterator[Path]:
    """Every regular file below the folders (symlinks not followed)."""
    for folder in folders:
        for root, _dirs, files in os.walk(folder, followlinks=False):
            for name in files:
                path = Path(root) / name
                if path.is_file() and not path.is_symlink():
                    yield path


def rss_kib(pid: int | str = "self") -> int:
    """Resident memory of a process now (Linux), in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
