"""Walk without following: links in what she brings in are never followed, and a pipe, a
device or a folder where a case file or a backup should be is refused at once, kindly, never
waited on (issue 19, item 6).

Real symbolic links, real FIFOs (`os.mkfifo`), real devices (`/dev/null`, `/dev/zero`) and
real case files. Anything that could hang runs on a thread with a deadline, and a thread
stuck opening a FIFO is set free by opening the FIFO's other end.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from quietcase.app.backup.backups import check_backup, make_backup, restore_backup
from quietcase.app.case import Case, create_case, open_case, verify_case
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import EXIT_CANNOT_OPEN, UserError
from quietcase.app.core.progress import Progress
from quietcase.app.evidence.intake import ImportReport
from tests.app.chats.telegram.writer import JPEG, T0, ChatSpec, Msg, write_json
from tests.shared import NOW, PASS

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY-----\nnot hers to take\n"
DEADLINE = 10.0  # seconds; every refusal here takes milliseconds

T = TypeVar("T")


@pytest.fixture
def ssh_key(tmp_path: Path) -> Path:
    """Her private key, outside anything she imports."""
    key = tmp_path / "home" / ".ssh" / "id_rsa"
    key.parent.mkdir(parents=True)
    key.write_bytes(SECRET)
    return key


def stored_hashes(case: Case) -> set[str]:
    return {e.sha256 for e in case.evidence.items()}


def problems(report: ImportReport) -> dict[str, str]:
    return {Path(p.source).name: str(p.error) for p in report.problems}


def within(seconds: float, work: Callable[[], T], *fifos: Path) -> T:
    """Run `work` on a thread; fail if it is not done in time (then open each FIFO's other
    end, so a thread stuck on one ends)."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = work()
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        for fifo in fifos:
            for flags in (os.O_WRONLY | os.O_NONBLOCK, os.O_RDONLY | os.O_NONBLOCK):
                try:
                    os.close(os.open(fifo, flags))
                except OSError:
                    pass
        thread.join(5)
        pytest.fail(f"still waiting after {seconds} s (a FIFO was opened and waited on)")
    if "error" in result:
        raise result["error"]
    return result["value"]  # type: ignore[no-any-return]


# -- folder import ---------------------------------------------------------------------------


def test_a_link_in_a_folder_to_her_ssh_key_is_not_imported(
    case: Case, tmp_path: Path, ssh_key: Path
) -> None:
    folder = tmp_path / "from-him"
    folder.mkdir()
    (folder / "a-real.png").write_bytes(JPEG)
    (folder / "shot.png").symlink_to(ssh_key)

    report = case.intake.import_paths([folder])

    assert [Path(i.source).name for i in report.imported] == ["a-real.png"]
    assert "is a link" in problems(report)["shot.png"]
    assert hashlib.sha256(SECRET).hexdigest() not in stored_hashes(case)


def test_a_link_to_a_folder_outside_is_not_walked(
    case: Case, tmp_path: Path, ssh_key: Path
) -> None:
    folder = tmp_path / "from-him"
    folder.mkdir()
    (folder / "more").symlink_to(ssh_key.parent, target_is_directory=True)
    (folder / "nested").mkdir()
    (folder / "nested" / "deeper").symlink_to(ssh_key.parent.parent, target_is_directory=True)

    report = case.intake.import_paths([folder])

    assert report.imported == []
    assert set(problems(report)) == {"more", "deeper"}
    assert case.evidence.count() == 0


def test_a_link_given_by_itself_is_not_followed(case: Case, tmp_path: Path, ssh_key: Path) -> None:
    shortcut = tmp_path / "shot.png"
    shortcut.symlink_to(ssh_key)
    report = case.intake.import_paths([shortcut])
    assert report.imported == []
    assert "is a link" in problems(report)["shot.png"]
    assert case.evidence.count() == 0


def test_a_file_swapped_for_a_link_after_listing_is_refused(
    case: Case, tmp_path: Path, ssh_key: Path
) -> None:
    """Listed as a regular file; turned into a link to her key while the file before it is
    being read. Opened with O_NOFOLLOW, it is refused."""
    folder = tmp_path / "from-him"
    folder.mkdir()
    (folder / "1-first.bin").write_bytes(os.urandom(300_000))
    (folder / "2-second.png").write_bytes(JPEG)
    swapped: list[bool] = []

    def progress(p: Progress) -> None:
        if not swapped and p.items_done == 0 and p.bytes_done > 0:
            (folder / "2-second.png").unlink()
            (folder / "2-second.png").symlink_to(ssh_key)
            swapped.append(True)

    report = case.intake.import_paths([folder], progress=progress)

    assert swapped
    assert [Path(i.source).name for i in report.imported] == ["1-first.bin"]
    assert "is a link" in problems(report)["2-second.png"]
    assert hashlib.sha256(SECRET).hexdigest() not in stored_hashes(case)


def test_a_folder_swapped_for_a_link_after_listing_is_refused(
    case: Case, tmp_path: Path, ssh_key: Path
) -> None:
    """A folder on the way to a listed file becomes a link to where her key is, under the
    same name as the file listed: the file opened is not the one listed, so it is refused."""
    folder = tmp_path / "from-him"
    (folder / "sub").mkdir(parents=True)
    (folder / "1-first.bin").write_bytes(os.urandom(300_000))
    (folder / "sub" / "id_rsa").write_bytes(b"a harmless file of the same name")
    swapped: list[bool] = []

    def progress(p: Progress) -> None:
        if not swapped and p.items_done == 0 and p.bytes_done > 0:
            (folder / "sub").rename(folder / "was-sub")
            (folder / "sub").symlink_to(ssh_key.parent, target_is_directory=True)
            swapped.append(True)

    report = case.intake.import_paths([folder], progress=progress)

    assert swapped
    assert [Path(i.source).name for i in report.imported] == ["1-first.bin"]
    assert "changed while it was being read" in problems(report)["id_rsa"]
    assert hashlib.sha256(SECRET).hexdigest() not in stored_hashes(case)


def test_pipes_and_devices_in_a_folder_are_named_and_never_waited_on(
    case: Case, tmp_path: Path
) -> None:
    folder = tmp_path / "from-him"
    folder.mkdir()
    (folder / "ok.png").write_bytes(JPEG)
    os.mkfifo(folder / "pipe.png")
    (folder / "zero.png").symlink_to("/dev/zero")

    report = within(DEADLINE, lambda: case.intake.import_paths([folder]), folder / "pipe.png")

    assert [Path(i.source).name for i in report.imported] == ["ok.png"]
    assert "not a regular file" in problems(report)["pipe.png"]
    assert "is a link" in problems(report)["zero.png"]


def test_a_device_given_by_itself_is_refused(case: Case) -> None:
    report = within(DEADLINE, lambda: case.intake.import_paths([Path("/dev/zero")]))
    assert report.imported == []
    assert "not a regular file" in problems(report)["zero"]


# -- the Telegram export's files ---------------------------------------------------------------


def export_with(folder: Path) -> Path:
    write_json(folder, [ChatSpec("A room", "private_group", 42, [Msg(1, T0, "A", "user1", "hi")])])
    return folder


def test_a_telegram_export_never_imports_a_link_or_a_pipe(
    case: Case, tmp_path: Path, ssh_key: Path
) -> None:
    folder = export_with(tmp_path / "export")
    (folder / "files").mkdir()
    (folder / "files" / "ok.jpg").write_bytes(JPEG)
    (folder / "files" / "shot.png").symlink_to(ssh_key)
    (folder / "files" / "keys").symlink_to(ssh_key.parent, target_is_directory=True)
    os.mkfifo(folder / "files" / "pipe.jpg")

    result = within(
        DEADLINE,
        lambda: TelegramImport(case.vault, case.clock).import_export(folder),
        folder / "files" / "pipe.jpg",
    )

    assert sorted(result.links_skipped) == ["files/keys", "files/shot.png"]
    assert result.other_skipped == ["files/pipe.jpg"]
    assert {e.filename for e in case.evidence.items()} == {"result.json", "ok.jpg"}
    assert hashlib.sha256(SECRET).hexdigest() not in stored_hashes(case)


# -- a case file or a backup that is not a file ------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "case.quietcase"
    os.mkfifo(path)
    return path


def refused(work: Callable[[], object], *fifos: Path) -> UserError:
    start = time.perf_counter()
    with pytest.raises(UserError) as info:
        within(DEADLINE, work, *fifos)
    assert time.perf_counter() - start < 2.0, "refused, but not at once"
    return info.value


def test_a_fifo_as_the_case_file_is_refused_at_once(fifo: Path) -> None:
    """What the window's unlock and every command call (`open_case`)."""
    for read_only in (False, True):
        error = refused(
            lambda ro=read_only: open_case(fifo, PASS, FixedClock(NOW), read_only=ro),
            fifo,
        )
        assert error.exit_code == EXIT_CANNOT_OPEN
        assert "special system item (a pipe or a device)" in str(error)
        assert str(fifo) in str(error)


def test_a_folder_as_the_case_file_is_refused_kindly(tmp_path: Path) -> None:
    folder = tmp_path / "case.quietcase"
    folder.mkdir()
    error = refused(lambda: open_case(folder, PASS, FixedClock(NOW)))
    assert "is a folder, not a case file or a backup" in str(error)
    error = refused(lambda: create_case(folder, PASS, FixedClock(NOW)))
    assert "is a folder" in str(error)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_device_as_the_case_file_is_refused(tmp_path: Path) -> None:
    for device in (Path("/dev/zero"), Path("/dev/null")):
        error = refused(lambda d=device: open_case(d, PASS, FixedClock(NOW)))
        assert "special system item" in str(error)
    link = tmp_path / "case.quietcase"
    link.symlink_to("/dev/zero")
    assert "special system item" in str(refused(lambda: open_case(link, PASS, FixedClock(NOW))))


def test_a_fifo_as_a_new_case_file_is_refused(fifo: Path) -> None:
    error = refused(lambda: create_case(fifo, PASS, FixedClock(NOW)), fifo)
    assert "special system item" in str(error)


def test_a_fifo_planted_as_the_journal_is_refused(vault_path: Path) -> None:
    """SQLite reads `NAME-journal` beside the case file: a pipe there would block it."""
    journal = vault_path.with_name(vault_path.name + "-journal")
    os.mkfifo(journal)
    for read_only in (False, True):
        error = refused(
            lambda ro=read_only: open_case(vault_path, PASS, FixedClock(NOW), read_only=ro),
            journal,
        )
        assert "special system item" in str(error) and str(journal) in str(error)


def test_a_fifo_as_a_backup_is_refused_when_checked_or_restored(fifo: Path, tmp_path: Path) -> None:
    clock = FixedClock(NOW)
    assert "special" in str(refused(lambda: verify_case(fifo, PASS, clock), fifo))
    assert "special" in str(refused(lambda: check_backup(fifo, PASS, clock), fifo))
    new = tmp_path / "restored.quietcase"
    assert "special" in str(refused(lambda: restore_backup(fifo, new, PASS, clock), fifo))
    assert not new.exists()


def test_a_folder_as_a_backup_is_refused_when_restored(tmp_path: Path) -> None:
    folder = tmp_path / "backup.quietcase"
    folder.mkdir()
    new = tmp_path / "restored.quietcase"
    error = refused(lambda: restore_backup(folder, new, PASS, FixedClock(NOW)))
    assert "is a folder" in str(error)


def test_a_fifo_where_a_backup_would_go_is_not_written_through(case: Case, tmp_path: Path) -> None:
    target = tmp_path / "backup.quietcase"
    os.mkfifo(target)
    refused(lambda: make_backup(case, target, PASS), target)
    assert not target.is_file()


def test_the_command_line_refuses_a_fifo_at_once(fifo: Path) -> None:
    """`quietcase-cli verify FIFO` in a real process: one kind line, exit 3, no wait."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETCASE_")}
    env["QUIETCASE_PASSPHRASE"] = PASS
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "quietcase.cli.main", "verify", str(fifo)],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            env=env,
            timeout=DEADLINE,
        )
    except subprocess.TimeoutExpired:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let it go
        pytest.fail("quietcase-cli waited on a FIFO")
    assert time.perf_counter() - start < DEADLINE
    assert done.returncode == EXIT_CANNOT_OPEN, done
    err = done.stderr.decode()
    assert err.startswith("quietcase-cli: ") and "special system item" in err
    assert "Traceback" not in err
