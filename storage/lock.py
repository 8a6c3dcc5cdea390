"""An operating-system lock that says "this vault is open in a Quietcase".

A small `<vault>.lock` file beside the vault is locked with `flock` (POSIX) or `msvcrt.locking`
(Windows). The kernel drops the lock when the process dies, so a crash never leaves the vault
blocked. The lock file holds no content and is removed on a clean close.

We lock a separate file rather than the vault itself because SQLite's own POSIX advisory
locks on the database file interact with `flock` on some systems (BSD, NFS).

A lock file that is already there when nobody holds it was left by a Quietcase that did not
close (killed, crashed, power lost): `found_stale` says so, and the vault checks every page
before it writes again (docs/decisions.md, "Reliability"). Until that check has passed, the
file is kept (`release(keep_file=True)`), so the next writer checks too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from quietcase.storage.errors import VaultInUse, VaultUnwritable


def lock_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".lock")


class VaultLock:
    """Held while a vault is open; `exclusive` for writing, shared for read-only use."""

    def __init__(self, vault: Path, *, exclusive: bool = True) -> None:
        self.path = lock_path(vault)
        self.exclusive = exclusive
        self._fd: int | None = None
        self.found_stale = False

    def acquire(self) -> None:
        """Take the lock or raise `VaultInUse`; `VaultUnwritable` if the folder refuses it."""
        for _ in range(5):
            try:
                fd, created = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600), True
            except FileExistsError:
                try:
                    fd, created = os.open(self.path, os.O_RDWR), False
                except FileNotFoundError:
                    continue  # its holder removed it just now: create it
                except OSError as exc:
                    raise VaultUnwritable(str(self.path)) from exc
            except OSError as exc:
                raise VaultUnwritable(str(self.path)) from exc
            stale = False
            try:
                if not created:
                    # Nobody holds a file that is there already: left by a Quietcase that
                    # did not close. (A shared holder probes with an exclusive lock first.)
                    stale = _try_lock(fd, True)
                if not stale:
                    _lock(fd, self.exclusive)
                elif not self.exclusive:
                    _share(fd)  # found stale; now let other readers in
            except OSError:
                os.close(fd)
                raise VaultInUse(str(self.path)) from None
            # Another process may have unlinked the file between our open and our lock:
            # then we hold a lock on a file nobody else can see. Start again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                self.found_stale = stale
                return
            os.close(fd)
        raise VaultInUse(str(self.path))

    def release(self, *, keep_file: bool = False) -> None:
        """Unlock; the lock file is removed unless `keep_file` (or another holder has it)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if keep_file:
            pass
        elif self.exclusive:
            # Only the sole holder removes the file, while still holding the lock.
            try:
                os.unlink(self.path)
            except OSError:
                pass
        else:
            # A shared holder removes it only if nobody else holds it.
            try:
                _lock(fd, True)
                os.unlink(self.path)
            except OSError:
                pass
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int, exclusive: bool) -> None:
        # Windows has no shared byte-range lock through msvcrt: every holder is exclusive.
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _share(fd: int) -> None:
        pass  # every holder is exclusive here

else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> None:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)

    def _share(fd: int) -> None:
        """Turn the exclusive lock this process holds into a shared one."""
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)


def _try_lock(fd: int, exclusive: bool) -> bool:
    """Take the lock if nobody holds it; False (and nothing taken) otherwise."""
    try:
        _lock(fd, exclusive)
    except OSError:
        return False
    return True
