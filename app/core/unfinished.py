"""Unfinished files: what Quietcase writes under a temporary name, and what a killed one left.

Everything written out of her case (a document, a copy of evidence, a backup, a restored case
file) is first written beside where it goes, under a hidden name that says it is not finished,
`.NAME.XXXXXXXX.incomplete`, readable by her only, and renamed when complete. While it writes,
a Quietcase holds a lock (`flock`) on that file, or, for a case file that SQLite writes (and
locks in its own way), on a small `.NAME.XXXXXXXX.incomplete.writing` beside it. The system
drops the lock when the process ends, however it ends (killed, crashed, power lost), so an
unfinished file that nobody holds a lock on was left by a Quietcase that did not finish, and
holds her evidence in the clear or a copy of her case: it is removed (`remove_leftovers`) the
next time anything is written to that folder, and at start-up for the folders she uses
(`remove_leftovers_in`, called with app/settings.py's `folders_used`).

On Windows there is no `flock`, but a file open in a process cannot be deleted: an unfinished
file that can be deleted is nobody's. File systems without locks (some network drives) are
left alone: there, nothing can tell a file being written from one left behind.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from quietcase.app.core.walk import BINARY, CLOEXEC, NOFOLLOW, NONBLOCK

PARTIAL = ".incomplete"
WRITING = ".writing"
# An unfinished file (the group's name) and what may come with it: SQLite's journal and
# Quietcase's lock file for a case file being written, and the `.writing` claim beside it.
_LEFTOVER = re.compile(r"^(\..+\.[0-9a-f]{8}\.incomplete)(-journal|\.lock|\.writing)?$")
_TRIES = 5


def partial_name(target: Path) -> Path:
    """Hidden, clearly unfinished and unique: never mistaken for the finished file."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PARTIAL}")


def new_partial(target: Path) -> tuple[Path, int]:
    """Create the unfinished file for `target`: new (never through a link, never an existing
    file), readable by her only, and locked as being written. Returns its path and a
    descriptor open for writing; closing the descriptor ends the lock."""
    for _ in range(_TRIES):
        partial = partial_name(target)
        fd = _create_locked(partial)
        if fd is not None:
            return partial, fd
    raise FileExistsError(errno.EEXIST, "no unfinished file could be made", str(target))


class Claim:
    """The lock on `.NAME.XXXXXXXX.incomplete.writing`: this process is writing the case file
    `.NAME.XXXXXXXX.incomplete` beside it (a backup, or a case file being restored)."""

    def __init__(self, partial: Path) -> None:
        self.path = partial.with_name(partial.name + WRITING)
        fd = _create_locked(self.path)
        if fd is None:
            raise FileExistsError(errno.EEXIST, "taken meanwhile", str(self.path))
        self._fd: int | None = fd

    def release(self) -> None:
        """The case file beside it is finished, or removed: the claim goes too."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            os.close(fd)
            _unlink(self.path)
        else:
            _unlink(self.path)
            os.close(fd)

    def __enter__(self) -> Claim:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what a Quietcase that did not finish left unfinished in `folder` (nothing that
    a running Quietcase is writing, nothing that is not a regular file of hers); returns what
    was removed. One listing of the folder: cheap enough before every export."""
    try:
        with os.scandir(folder) as listing:
            names = [e.name for e in listing if e.name.startswith(".") and PARTIAL in e.name]
    except OSError:
        return []
    groups: dict[str, list[str]] = {}
    for name in names:
        match = _LEFTOVER.match(name)
        if match:
            groups.setdefault(match.group(1), []).append(name)
    removed: list[Path] = []
    for base, members in sorted(groups.items()):
        removed += _remove_group(folder, base, sorted(members))
    return removed


def remove_leftovers_in(folders: Iterable[Path]) -> list[Path]:
    """`remove_leftovers` in each folder (once each; missing ones are skipped). Never raises:
    tidying up is never a reason for Quietcase not to start."""
    removed: list[Path] = []
    seen: set[Path] = set()
    for folder in folders:
        try:
            key = folder.expanduser().absolute()
        except (OSError, RuntimeError):
            continue
        if key in seen:
            continue
        seen.add(key)
        try:
            removed += remove_leftovers(key)
        except OSError:
            continue
    return removed


def _remove_group(folder: Path, base: str, members: list[str]) -> list[Path]:
    claim_name = base + WRITING if base + WRITING in members else base if base in members else None
    others = [folder / name for name in members if name != claim_name]
    if claim_name is None:
        # A journal or a lock file alone: its case file is gone already.
        return [path for path in others if _unlink_if_ours(path)]
    claim = folder / claim_name
    if sys.platform == "win32":  # pragma: no cover - Windows: open files cannot be removed
        if not _unlink_if_ours(claim):
            return []
        return [claim, *(path for path in others if _unlink_if_ours(path))]
    fd = _lock_if_abandoned(claim)
    if fd is None:
        return []
    try:
        removed = [path for path in others if _unlink_if_ours(path)]
        if _unlink_if_ours(claim):
            removed.append(claim)
    finally:
        os.close(fd)
    return removed


def _create_locked(path: Path) -> int | None:
    """A new file at `path` (0600, O_EXCL, not through a link), locked; None if another
    Quietcase's tidying removed it before the lock was taken (try another name)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY | CLOEXEC
    fd = os.open(path, flags, 0o600)
    try:
        _lock(fd)
        # Between creating and locking, a tidy-up elsewhere may have taken it for a leftover
        # and removed it: then this lock is on a file nobody can see.
        if os.path.samestat(os.fstat(fd), os.lstat(path)):
            return fd
    except FileNotFoundError:
        pass
    except BlockingIOError:
        pass  # that tidy-up holds it now, and removes it
    except OSError as exc:
        if exc.errno in _NO_LOCKS:
            return fd  # no locks on this drive: written all the same, never tidied there
        os.close(fd)
        raise
    os.close(fd)
    return None


def _lock_if_abandoned(path: Path) -> int | None:
    """A descriptor holding the lock on `path` if nobody else holds it (the file was left by
    a Quietcase that did not finish), else None."""
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW | NONBLOCK | BINARY | CLOEXEC)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if _ours(info):
            _lock(fd)
            if os.path.samestat(info, os.lstat(path)):
                return fd
    except OSError:
        pass  # held by a Quietcase writing it (or no locks here: left alone)
    os.close(fd)
    return None


def _unlink_if_ours(path: Path) -> bool:
    try:
        if not _ours(os.lstat(path)):
            return False
        os.unlink(path)
    except OSError:
        return False
    return True


def _ours(info: os.stat_result) -> bool:
    """A regular file of this user's: nothing else is ever removed."""
    if not stat.S_ISREG(info.st_mode):
        return False
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or info.st_uid == geteuid()


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL, getattr(errno, "ENOTSUP", -1)}

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only

    def _lock(fd: int) -> None:
        pass  # an open file cannot be removed: being open is the lock

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
