"""An operating-system lock that says "this vault is open in a Quietcase".

A small `<vault>.lock` file beside the vault is locked with `flock` (POSIX) or `msvcrt.locking`
(Windows). The kernel drops the lock when the process dies, so a crash never leaves the vault
blocked. The lock file holds no content and is removed on a clean close.

We lock a separate file rather than the vault itself because SQLite's own POSIX advisory
locks on the database file interact with `flock` on some systems (BSD, NFS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from storage.errors import VaultInUse, VaultUnwritable


def lock_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".lock")


class VaultLock:
    """Held while a vault is open; `exclusive` for writing, shared for read-only use."""

    def __init__(self, vault: Path, *, exclusive: bool = True) -> None:
        self.path = lock_path(vault)
        self.exclusive = exclusive
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise `VaultInUse`; `VaultUnwritable` if the folder refuses it."""
        for _ in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise VaultUnwritable(str(self.path)) from exc
            try:
                _lock(fd, self.exclusive)
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
                return
            os.close(fd)
        raise VaultInUse(str(self.path))

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if self.exclusive:
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

else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> None:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
