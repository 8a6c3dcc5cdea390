"""Nothing of her case is left behind: not by a killed export, not by a migration, not after a
passphrase change, and nothing of hers readable by others (issue 19, item 5).

Real case files, real processes killed with SIGKILL in the middle of their work (a child runs
the real export and stops itself half-way through its own progress callback, so the kill
always lands mid-file), and real permissions read back with `os.stat`.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quietcase.storage.schema
import quietcase.storage.vault
from quietcase.app.backup.backups import make_backup
from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.documents.calendar_export import export_calendar
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.app.settings import FILE_NAME, Settings, SettingsStore, default_folder
from quietcase.app.unlock.attempts import FILE_NAME as ATTEMPTS_NAME
from quietcase.app.unlock.attempts import AttemptLog
from quietcase.cli.main import main
from quietcase.storage.vault import Vault
from tests.shared import NOW, PASS

NEW_PASS = "a new passphrase, long enough 새 비밀번호"
MIB = 1 << 20
UNFINISHED = ".incomplete"

# Runs one real export of the case and stops itself for good half-way through (its progress
# callback says "paused" and waits on stdin): the parent then kills it with SIGKILL.
CHILD = r"""
import sys
from pathlib import Path
from quietcase.app.case import open_case
from quietcase.app.core.clock import SystemClock

what, vault, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
passphrase = sys.stdin.readline().rstrip("\n")
paused = []

def progress(p):
    if not paused and p.bytes_total and p.bytes_done * 2 >= p.bytes_total:
        paused.append(True)
        print("paused", flush=True)
        sys.stdin.readline()  # never answered: killed here

with open_case(vault, passphrase, SystemClock(), read_only=what == "restore") as case:
    if what == "extract":
        case.evidence.extract(1, out, progress)
    elif what == "bundle":
        from quietcase.app.documents.bundle.archive import make_bundle
        make_bundle(case, out, progress=progress)
    elif what == "backup":
        from quietcase.app.backup.backups import make_backup
        make_backup(case, out, passphrase, progress)
if what == "restore":  # `vault` is a backup here
    from quietcase.app.backup.backups import restore_backup
    restore_backup(vault, out, passphrase, SystemClock(), progress=progress)
print("finished", flush=True)
"""


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def unfinished(folder: Path) -> list[str]:
    return [n for n in names(folder) if n.startswith(".") and UNFINISHED in n]


def mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


@pytest.fixture
def filled(vault_path: Path) -> Path:
    """A case file holding one 4 MiB evidence file (E-1): four chunks, so half-way is
    mid-file."""
    data = os.urandom(4 * MIB)
    with open_case(vault_path, PASS, FixedClock(NOW)) as case:
        case.intake.import_bytes("screenshot.bin", data, IntakeDetails())
    return vault_path


def child_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("QUIETCASE_")}


def kill_half_way(what: str, vault: Path, out: Path) -> None:
    """Run `what` in a child, wait until it is half-way, and kill it with SIGKILL."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, what, str(vault), str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASS.encode("utf-8") + b"\n")
        child.stdin.flush()
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the child never got half-way"
        line = child.stdout.readline()
        assert line == b"paused\n", (line, child.stderr.read() if child.stderr else b"")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


# -- killed exports --------------------------------------------------------------------------


def test_a_killed_extract_leaves_no_cut_copy_under_its_name(filled: Path, out: Path) -> None:
    target = out / "copy.png"
    kill_half_way("extract", filled, target)
    assert not target.exists(), "a truncated copy was left under the real name"
    left = unfinished(out)
    assert len(left) == 1 and left[0].startswith(".copy.png.") and left[0].endswith(UNFINISHED)
    assert mode(out / left[0]) == 0o600

    # The next export to that folder removes what the killed one left.
    with open_case(filled, PASS, FixedClock(NOW)) as case:
        case.evidence.extract(1, out / "again.png")
        assert (out / "again.png").read_bytes() == b"".join(case.evidence.chunks(1))
    assert names(out) == ["again.png"]


def test_a_killed_bundle_is_removed_by_the_next_export_there(filled: Path, out: Path) -> None:
    target = out / "for-counsel.zip"
    kill_half_way("bundle", filled, target)
    assert not target.exists()
    left = unfinished(out)
    assert len(left) == 1 and left[0].startswith(".for-counsel.zip.")
    assert mode(out / left[0]) == 0o600
    assert (out / left[0]).stat().st_size > 0  # the summary and evidence, in the clear

    # Any export there (here the calendar) removes it first.
    with open_case(filled, PASS, FixedClock(NOW)) as case:
        export_calendar(case, out / "deadlines.ics")
    assert names(out) == ["deadlines.ics"]


def test_a_killed_backup_is_removed_by_the_next_backup_at_once(filled: Path, out: Path) -> None:
    kill_half_way("backup", filled, out)
    left = unfinished(out)
    # The unfinished backup (a copy of the whole case) and the claim that it was being written.
    assert any(n.endswith(UNFINISHED) for n in left), left
    assert all(mode(out / n) == 0o600 for n in left)
    assert not [n for n in names(out) if not n.startswith(".")]

    # Seconds later, not minutes: the lock died with the process.
    with open_case(filled, PASS, FixedClock(NOW)) as case:
        result = make_backup(case, out, PASS)
    assert names(out) == [result.path.name]
    assert mode(result.path) == 0o600


def test_a_killed_restore_is_removed_by_the_next_restore(
    filled: Path, out: Path, tmp_path: Path
) -> None:
    with open_case(filled, PASS, FixedClock(NOW)) as case:
        backup = make_backup(case, out, PASS).path
    home = tmp_path / "home"
    home.mkdir()
    kill_half_way("restore", backup, home / "restored.quietcase")
    assert unfinished(home) and not (home / "restored.quietcase").exists()

    from quietcase.app.backup.backups import restore_backup

    restore_backup(backup, home / "again.quietcase", PASS, FixedClock(NOW))
    assert names(home) == ["again.quietcase"]
    assert mode(home / "again.quietcase") == 0o600


def test_a_running_export_is_never_taken_for_a_leftover(
    filled: Path, out: Path, tmp_path: Path
) -> None:
    """Another Quietcase tidying the same folder leaves alone what a live one is writing."""
    other = tmp_path / "other.quietcase"  # the child holds `filled` open
    shutil.copyfile(filled, other)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, "extract", str(filled), str(out / "copy.png")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_env(),
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASS.encode("utf-8") + b"\n")
        child.stdin.flush()
        assert child.stdout.readline() == b"paused\n"
        left = unfinished(out)
        assert len(left) == 1
        with open_case(other, PASS, FixedClock(NOW)) as case:
            case.evidence.extract(1, out / "mine.png")  # tidies the folder first
        assert unfinished(out) == left  # still there: it is being written
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert tidy_folder(out) == left  # now it is a leftover


def tidy_folder(folder: Path) -> list[str]:
    from quietcase.app.core.unfinished import remove_leftovers

    return sorted(p.name for p in remove_leftovers(folder))


def test_leftovers_in_her_folders_are_removed_at_start_up(
    filled: Path, out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Her case file is on the USB stick; a backup there was killed half-way.
    case_file = out / "case.quietcase"
    shutil.move(filled, case_file)
    kill_half_way("backup", case_file, out)
    assert unfinished(out)
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    store = SettingsStore()
    settings = Settings()
    settings.remember(case_file)
    assert store.save(settings)

    # The command line's start (any command) tidies the folders she uses.
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    assert main(["list", str(case_file), "incidents"], clock=FixedClock(NOW)) == 0
    assert unfinished(out) == []

    # And the window's start calls the same function.
    from quietcase.app.settings import (
        tidy_up,  # (new: imported here, so the others run on old code)
    )

    kill_half_way("extract", case_file, out / "copy.png")
    assert unfinished(out)
    assert [p.parent for p in tidy_up(store.load())] == [out]
    assert unfinished(out) == []


# -- migration copies and the passphrase -----------------------------------------------------


def _pretend(monkeypatch: pytest.MonkeyPatch, steps: list[Any]) -> None:
    for module in (quietcase.storage.schema, quietcase.storage.vault):
        monkeypatch.setattr(module, "MIGRATIONS", steps)
        monkeypatch.setattr(module, "LATEST_VERSION", len(steps))


def test_a_good_migration_leaves_no_copy_of_the_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case file made by an older Quietcase (schema 2), opened by this one: migrated for
    real, and no `.before-vN` copy (which the old passphrase would open for ever) stays."""
    path = tmp_path / "old.quietcase"
    _pretend(monkeypatch, quietcase.storage.schema.MIGRATIONS[:2])
    Vault.create(path, PASS).close()
    monkeypatch.undo()
    with open_case(path, PASS, FixedClock(NOW)) as case:
        assert case.vault.full_check() == []
    assert names(tmp_path) == ["old.quietcase"]


def _failing_step(conn: Any) -> None:
    raise RuntimeError("this step fails")


@pytest.fixture
def failed_migration(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A migration that failed, so its copy stayed; the program is then the real one again."""
    _pretend(monkeypatch, [*quietcase.storage.schema.MIGRATIONS, _failing_step])
    with pytest.raises(RuntimeError):
        open_case(vault_path, PASS, FixedClock(NOW))
    monkeypatch.undo()
    yield vault_path.with_name(
        f"{vault_path.name}.before-v{len(quietcase.storage.schema.MIGRATIONS) + 1}"
    )


def test_the_migration_copy_is_readable_by_her_only(
    vault_path: Path, failed_migration: Path
) -> None:
    assert failed_migration.exists()
    assert mode(failed_migration) == 0o600
    assert failed_migration.read_bytes() == vault_path.read_bytes()


def test_a_link_planted_as_the_migration_copy_is_never_written_through(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "public"
    elsewhere.mkdir()
    target = elsewhere / "grab.bin"
    aside = vault_path.with_name(
        f"{vault_path.name}.before-v{len(quietcase.storage.schema.MIGRATIONS) + 1}"
    )
    aside.symlink_to(target)
    _pretend(monkeypatch, [*quietcase.storage.schema.MIGRATIONS, _failing_step])
    with pytest.raises(RuntimeError):
        open_case(vault_path, PASS, FixedClock(NOW))
    assert not target.exists()  # nothing of the case went where the link pointed
    assert not aside.is_symlink() and mode(aside) == 0o600


def test_passwd_leaves_nothing_the_old_passphrase_opens(
    vault_path: Path, failed_migration: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Also one an older Quietcase made with shutil.copyfile (0644), long ago.
    old_copy = vault_path.with_name(f"{vault_path.name}.before-v3")
    shutil.copyfile(vault_path, old_copy)
    old_copy.chmod(0o644)
    assert failed_migration.exists()

    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    monkeypatch.setenv("QUIETCASE_NEW_PASSPHRASE", NEW_PASS)
    monkeypatch.setattr("sys.stdin", open(os.devnull))
    assert main(["passwd", str(vault_path)], clock=FixedClock(NOW)) == 0

    assert names(vault_path.parent) == [vault_path.name]
    with pytest.raises(UserError):
        open_case(vault_path, PASS, FixedClock(NOW))
    open_case(vault_path, NEW_PASS, FixedClock(NOW)).close()


def test_passwd_removes_an_unfinished_backup_beside_the_case(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kill_half_way("backup", filled, filled.parent)
    assert unfinished(filled.parent)
    with open_case(filled, PASS, FixedClock(NOW)) as case:
        case.change_passphrase(NEW_PASS)
    assert names(filled.parent) == [filled.name]


# -- settings and the wrong-passphrase notes -------------------------------------------------


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return default_folder()


def test_settings_and_attempts_are_hers_alone(config: Path, vault_path: Path) -> None:
    settings = Settings()
    settings.remember(vault_path)
    assert SettingsStore().save(settings)
    AttemptLog(config).failed(vault_path, NOW)
    assert mode(config) == 0o700
    assert mode(config / FILE_NAME) == 0o600
    assert mode(config / ATTEMPTS_NAME) == 0o600
    assert names(config) == sorted([FILE_NAME, ATTEMPTS_NAME])  # no `.new` left either


def test_looser_settings_from_before_are_tightened(config: Path, vault_path: Path) -> None:
    """Written 0644 in a 0755 folder by an older Quietcase: put right when next read."""
    config.mkdir(parents=True)
    config.chmod(0o755)
    (config / FILE_NAME).write_text(json.dumps({"recent_vaults": [str(vault_path)]}))
    (config / FILE_NAME).chmod(0o644)
    (config / ATTEMPTS_NAME).write_text("{}")
    (config / ATTEMPTS_NAME).chmod(0o644)

    assert SettingsStore().load().recent_vaults == [str(vault_path)]
    assert mode(config) == 0o700 and mode(config / FILE_NAME) == 0o600
    AttemptLog(config).opened(vault_path, NOW)
    assert mode(config / ATTEMPTS_NAME) == 0o600


def test_the_cli_notes_wrong_passphrases_privately(
    config: Path, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", "not it")
    assert main(["list", str(vault_path), "incidents"], clock=FixedClock(NOW)) == 3
    assert mode(config) == 0o700
    assert mode(config / ATTEMPTS_NAME) == 0o600
