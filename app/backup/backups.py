"""Encrypted backups: make one, check one, restore from one — and never lose the case.

A backup is itself a standard SQLCipher 4 vault (same passphrase, or a separate one she
chooses), written page by page through SQLite's online backup API under a temporary name in
the destination folder, fsynced, verified, and only then renamed into place. A failure at any
point removes the unfinished file and never touches an older backup; what a killed backup or
restore left is removed the next time anything is written to that folder
(app/core/unfinished.py). Restoring verifies the
backup first and writes a new vault the same careful way; it never overwrites a file.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quietcase.app.case import Case, VerifyReport, open_case, verify_case
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_DAMAGED, UserError, explain
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP, Label
from quietcase.app.core.progress import (
    Cancelled,
    CancelToken,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from quietcase.app.core.transactions import writing
from quietcase.app.core.unfinished import Claim, partial_name, remove_leftovers
from quietcase.app.evidence import custody
from quietcase.app.overview import LAST_BACKUP_KEY
from quietcase.app.settings import default_folder
from quietcase.app.unlock.passphrase import require_usable
from quietcase.app.unlock.seen import SeenStates
from quietcase.storage.errors import VaultError
from quietcase.storage.meta import remove_meta

SUFFIX = ".quietcase"
MADE_AT, FROM_VAULT, FROM_NAME, HEAD = (
    "backup.made_at",
    "backup.of_vault",
    "backup.of_name",
    "backup.custody_head",
)
COUNTER = "backup.custody_counter"  # with HEAD: the state of the case when the backup was made

NO_SPACE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "There is not enough space on the drive for the backup. Nothing was left behind there, and "
    "your case file is unchanged. Please free some space or choose another drive.",
)
DESTINATION_GONE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The backup could not be written to {path} ({reason}). If it is a USB stick, please check "
    "that it is still plugged in. Your case file is unchanged.",
)
EXISTS = QT_TRANSLATE_NOOP(
    "Quietcase", "A file already exists at {path}. Quietcase never overwrites a file."
)
BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "Quietcase",
    "This backup is damaged ({detail}), so nothing was restored from it. Please try another "
    "backup.",
)
NEW_VAULT_NO_SPACE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "There is not enough space on the drive for the restored case file. Nothing was left behind "
    "there, and the backup is unchanged. Please free some space or choose another drive.",
)
NEW_VAULT_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The restored case file could not be written to {path} ({reason}). The backup is fine and "
    "unchanged; please choose another folder.",
)
FOLDER_GONE = QT_TRANSLATE_NOOP("Quietcase", "the folder is not there any more")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Quietcase", "it could not be written")
FAILED_CHECK = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The new backup did not pass its check ({detail}), so it was removed. Your case file is "
    "unchanged. Please try again, perhaps on another drive.",
)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    made_at: datetime
    custody_head: str
    size: int


def default_name(folder: Path, now: datetime) -> Path:
    """`quietcase-backup-YYYY-MM-DD.quietcase`, with the time added if that exists."""
    local = now.astimezone()
    plain = folder / f"quietcase-backup-{local:%Y-%m-%d}{SUFFIX}"
    if not plain.exists():
        return plain
    return folder / f"quietcase-backup-{local:%Y-%m-%d-%H%M%S}{SUFFIX}"


def make_backup(
    case: Case,
    destination: Path,
    passphrase: str,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> BackupResult:
    """Back up the open case to `destination` (a folder: the default name is used; or a new
    file name). `passphrase` encrypts the backup: the vault's own, or a separate one."""
    require_usable(passphrase)
    now = case.clock.now()
    if not destination.is_dir() and (
        str(destination).endswith(("/", os.sep)) or not destination.parent.is_dir()
    ):
        raise UserError(DESTINATION_GONE, path=str(destination), reason=Label(FOLDER_GONE))
    target = default_name(destination, now) if destination.is_dir() else destination
    if target.exists() or target.is_symlink():
        raise UserError(EXISTS, path=str(target))
    remove_leftovers(target.parent)
    partial = partial_name(target)
    placed = False
    claim: Claim | None = None
    try:
        claim = Claim(partial)  # a tidy-up elsewhere leaves it alone while this runs
        counter, head = case.custody.state()
        meta = {
            MADE_AT: now.isoformat(),
            FROM_VAULT: case.vault.meta("vault_id") or "",
            FROM_NAME: case.path.name,
            HEAD: head,
            COUNTER: str(counter),
        }
        # The meta is written by the copy's own connection (and synced with it): opening the
        # copy again only for it cost one more key derivation (docs/decisions.md, Backups).
        case.vault.copy_to(partial, passphrase, _pages(progress, cancel), meta=meta)
        report = verify_case(partial, passphrase, case.clock)
        if not report.ok:
            raise UserError(FAILED_CHECK, detail=report.problems[0])
        _place(partial, target)
        placed = True
        with writing(case.vault):
            case.vault.set_meta(LAST_BACKUP_KEY, now.isoformat())
            case.custody.record(custody.BACKUP, detail=f"backup {target.name}; head {head}")
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if placed:  # the vault could not record it: a backup it does not know of is not kept
            target.unlink(missing_ok=True)
        raise _explain_write(exc, target) from exc
    finally:
        if claim is not None:
            claim.release()
    return BackupResult(target, now, head, target.stat().st_size)


def check_backup(
    path: Path, passphrase: str, clock: Clock, progress: ProgressCallback = ignore_progress
) -> VerifyReport:
    """The same thorough check as for a vault (every page, every evidence hash, the chain)."""
    return verify_case(path, passphrase, clock, progress)


def restore_backup(
    backup: Path,
    new_vault: Path,
    passphrase: str,
    clock: Clock,
    new_passphrase: str | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Check the backup, then write it as a new vault at `new_vault` (never overwriting),
    with one more custody event: "restored from backup"."""
    if new_vault.exists() or new_vault.is_symlink():
        raise UserError(EXISTS, path=str(new_vault))
    if not new_vault.parent.is_dir():
        raise UserError(
            NEW_VAULT_NOT_WRITTEN, path=str(new_vault.parent), reason=Label(FOLDER_GONE)
        )
    key = require_usable(new_passphrase) if new_passphrase else passphrase
    report = verify_case(backup, passphrase, clock)
    if not report.ok:
        raise UserError(BACKUP_DAMAGED, EXIT_DAMAGED, detail=report.problems[0])
    remove_leftovers(new_vault.parent)
    partial = partial_name(new_vault)
    claim: Claim | None = None
    try:
        claim = Claim(partial)
        with open_case(backup, passphrase, clock, read_only=True) as source:
            made_at = source.vault.meta(MADE_AT) or "unknown time"
            source.vault.copy_to(partial, key, _pages(progress, cancel))
        with open_case(partial, key, clock) as restored, writing(restored.vault):
            for name in (MADE_AT, FROM_VAULT, FROM_NAME, HEAD, COUNTER):
                remove_meta(restored.vault, name)
            restored.vault.set_meta("restored_from", f"{backup.name} (made {made_at})")
            restored.custody.record(
                custody.RESTORE, detail=f"restored from backup {backup.name}, made {made_at}"
            )
            vault_id, state = restored.vault.meta("vault_id"), restored.custody.state()
        _fsync(partial)
        check = verify_case(partial, key, clock)
        if not check.ok:
            raise UserError(FAILED_CHECK, detail=check.problems[0])
        _place(partial, new_vault)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        raise _explain_write(exc, new_vault, NEW_VAULT_NO_SPACE, NEW_VAULT_NOT_WRITTEN) from exc
    else:
        # The restored file keeps the case's vault_id (and so its backups' and calendar's
        # names) but its history is the backup's plus "restored": seen here as the newest, so
        # opening it is never taken for an old copy put back.
        if vault_id is not None:
            SeenStates(default_folder()).remember(vault_id, *state, clock.now())
    finally:
        if claim is not None:
            claim.release()
    return new_vault


# -- helpers ---------------------------------------------------------------------------------


def _pages(progress: ProgressCallback, cancel: CancelToken | None) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(Progress(done, total, 0, 1))

    return report


def _place(partial: Path, target: Path) -> None:
    """Move the finished file into place without ever replacing an existing one."""
    try:
        os.link(partial, target)  # fails if target exists: no overwrite, even in a race
    except FileExistsError:
        raise UserError(EXISTS, path=str(target)) from None
    except OSError:
        if target.exists():
            raise UserError(EXISTS, path=str(target)) from None
        os.rename(partial, target)  # file systems without hard links (FAT on USB sticks)
    else:
        partial.unlink()
    _fsync_folder(target.parent)


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open folders; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _explain_write(
    exc: BaseException, target: Path, no_space: str = NO_SPACE, not_written: str = ""
) -> BaseException:
    not_written = not_written or DESTINATION_GONE
    if isinstance(exc, UserError | Cancelled | KeyboardInterrupt):
        return exc
    errno_value = getattr(exc, "errno", None)
    cause = exc.__cause__
    if (
        errno_value in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
        or "full" in str(exc).lower()
        or (cause is not None and "full" in str(cause).lower())
    ):
        return UserError(no_space)
    if isinstance(exc, OSError) or (
        isinstance(exc, VaultError) and str(target.parent) in str(exc.args[:1])
    ):
        reason = getattr(exc, "strerror", None) or getattr(cause, "strerror", None)
        if not reason:
            reason = Label(FOLDER_GONE if not target.parent.exists() else NOT_WRITTEN)
        return UserError(not_written, path=str(target.parent), reason=reason)
    if isinstance(exc, Exception):
        return explain(exc, target)
    return exc
