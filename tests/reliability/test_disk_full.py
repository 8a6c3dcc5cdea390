"""Promise 8: a full drive or read-only media never harms the case file.

Two ways to run out of space: a per-process file size limit (`RLIMIT_FSIZE`, works
everywhere; the write fails with EFBIG as on a FAT32 stick's 4 GiB limit) and a real small
drive (a 6 MiB tmpfs, when this test may mount one: root on Linux; skipped otherwise). Adding
a record and importing evidence fail with "The drive is full", exit 1, one line; what the case
file holds is unchanged and it verifies; once there is room again, the same work succeeds. On
a drive mounted read-only, writing is refused ("read-only"); reading and `verify` still work.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quietcase.app.case import create_case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.storage.records import Incident
from tests.reliability.reliability_tools import ROOT, child_env, cli, names, one_error_line
from tests.shared import NOW, PASS

FULL = "The drive is full"
READ_ONLY = "read-only"

# Runs each command (a JSON list of argv lists) under a file size limit; a JSON line each.
LIMITED_CHILD = r"""
import io, json, resource, signal, sys
from contextlib import redirect_stderr, redirect_stdout
from quietcase.cli.main import main
limit = int(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
for argv in json.loads(sys.argv[2]):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    print(json.dumps({"code": code, "out": out.getvalue(), "err": err.getvalue()}), flush=True)
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("full") / "case.quietcase"
    with create_case(path, PASS, FixedClock(NOW)) as case:
        for i in range(20):
            case.journal.add_incident(Incident(title=f"사건 {i}", description="기록 " * 50))
    return path


@pytest.fixture
def evidence_file(tmp_path: Path) -> Path:
    path = tmp_path / "sources" / "chat-export.bin"
    path.parent.mkdir()
    path.write_bytes(random.Random(5).randbytes(3 << 20))  # three chunks
    return path


def work(vault: Path, evidence: Path) -> list[list[str]]:
    return [
        ["add", "incident", str(vault), "--title", "늦은 밤", "--description", "x" * 9000],
        ["import", str(vault), str(evidence)],
    ]


def limited(limit: int, argvs: list[list[str]]) -> list[dict[str, object]]:
    """The CLI commands in one process that may not write any file beyond `limit` bytes."""
    done = subprocess.run(
        [sys.executable, "-c", LIMITED_CHILD, str(limit), json.dumps(argvs)],
        env=child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def contents(vault: Path) -> tuple[object, ...]:
    """What she keeps: records, evidence, the custody chain, and the file's size. (A
    rolled-back write may leave pages re-encrypted with fresh random IVs: the same contents,
    other bytes; docs/decisions.md, "Cancel means the same contents".)"""
    with open_case(vault, PASS, FixedClock(NOW), read_only=True) as case:
        return (
            [(i.id, i.title, i.description) for i in case.journal.incidents()],
            [(e.id, e.sha256) for e in case.evidence.items()],
            case.custody.head(),
            vault.stat().st_size,
        )


def assert_unchanged_and_fine(vault: Path, before: tuple[object, ...]) -> None:
    assert names(vault.parent) == [vault.name]  # no journal, no lock file
    report = verify_case(vault, PASS, FixedClock(NOW))
    assert report.ok, report.problems
    assert contents(vault) == before


@pytest.mark.parametrize("room", [0, 2 << 20])
def test_file_size_limit(template: Path, tmp_path: Path, evidence_file: Path, room: int) -> None:
    """`room` bytes more than the file has now: none, or part of the import."""
    vault = tmp_path / "home" / "case.quietcase"
    vault.parent.mkdir()
    shutil.copyfile(template, vault)
    before = contents(vault)
    argvs = work(vault, evidence_file)[0 if room == 0 else 1 :]
    for result in limited(vault.stat().st_size + room, argvs):
        assert result["code"] == 1, result
        assert FULL in one_error_line(str(result["err"]))
        assert result["out"] == ""
    assert_unchanged_and_fine(vault, before)
    for argv in argvs:  # room again: the same work goes through
        assert cli(*argv).code == 0
    assert verify_case(vault, PASS, FixedClock(NOW)).ok


# -- a real small drive ----------------------------------------------------------------------


@contextlib.contextmanager
def small_drive(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small drive needs root on Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(drive: Path) -> Path:
    """Fill the drive to the last byte; returns the filler to delete later."""
    filler = drive / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (65536, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * block):
                    pass
    finally:
        os.close(fd)
    assert shutil.disk_usage(drive).free < 4096
    return filler


def test_full_drive_then_room_then_read_only(
    template: Path, tmp_path: Path, evidence_file: Path
) -> None:
    with small_drive(tmp_path / "usb", "6m") as drive:
        vault = drive / "case.quietcase"
        shutil.copyfile(template, vault)
        before = contents(vault)
        filler = fill(drive)
        argvs = work(vault, evidence_file)
        for argv in argvs:
            done = cli(*argv)
            assert done.code == 1, done
            assert FULL in one_error_line(done.err)
            assert names(drive) == ["case.quietcase", "filler"]
        # Reading still works on a full drive, and nothing was lost.
        assert cli("verify", vault).code == 0
        assert contents(vault) == before
        filler.unlink()
        for argv in argvs:
            assert cli(*argv).code == 0
        assert verify_case(vault, PASS, FixedClock(NOW)).ok
        before = contents(vault)

        subprocess.run(["mount", "-o", "remount,ro", str(drive)], check=True)
        for argv in argvs:
            done = cli(*argv)
            assert done.code == 1, done
            assert READ_ONLY in one_error_line(done.err)
        listed = cli("list", vault, "incidents")
        assert listed.code == 0 and "늦은 밤" in listed.out
        assert cli("verify", vault).code == 0
        assert contents(vault) == before
        assert names(drive) == ["case.quietcase"]
