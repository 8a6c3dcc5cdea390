"""Walking a folder she chose without following links, and opening what was found there.

Everything she brings in may have been made by the person who hurts her: a folder can hold a
link named `shot.png` that points at `~/.ssh/id_rsa`, a link to another folder, or a pipe that
blocks whoever reads it. So a folder is listed entry by entry without following any link
(`lstat`), and only regular files are taken; links, pipes, devices and sockets are named back
to the caller, which tells her what was left out. The folder itself (the one she chose) may be
reached through a link; nothing inside it is.

Each folder is opened without following a link (`O_NOFOLLOW`) and checked to be the very
folder that was listed; a file is opened the same way (`open_found`), without waiting (a pipe
swapped in is refused, not waited on), and must be the file that was listed (same device and
inode). A link swapped in between the listing and the reading is therefore refused, wherever
it points, and so is a folder on the way swapped for a link.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
CLOEXEC = getattr(os, "O_CLOEXEC", 0)
BINARY = getattr(os, "O_BINARY", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# Listing through a folder's descriptor (every POSIX system); Windows lists by path.
_BY_DESCRIPTOR = bool(_DIRECTORY and os.open in os.supports_dir_fd and os.scandir in os.supports_fd)
# What opening a link with O_NOFOLLOW says: ELOOP (Linux, macOS), EMLINK (FreeBSD).
_LINK_ERRORS = {errno.ELOOP, getattr(errno, "EMLINK", errno.ELOOP)}


class Kind(StrEnum):
    FILE = "file"  # a regular file: the only kind taken in
    LINK = "link"  # a symbolic link (to a file or a folder): never followed
    OTHER = "other"  # a pipe, a device, a socket
    FOLDER = "folder"  # a folder left out on purpose (`descend` said no)
    UNREADABLE = "unreadable"  # a folder that could not be listed (`error` says why)


@dataclass(frozen=True)
class Found:
    """One entry found under a folder, as it was when listed."""

    path: Path
    inner: str  # the path inside the folder walked, with "/" ("" for the folder itself)
    kind: Kind
    size: int = 0
    identity: tuple[int, int] = (0, 0)  # (device, inode) when listed; a file must still be it
    error: str = ""

    @property
    def name(self) -> str:
        return self.path.name


def identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def kind_of(info: os.stat_result) -> Kind:
    """The kind of an entry from its `lstat` (a folder is `FOLDER`)."""
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return Kind.FILE
    if stat.S_ISLNK(mode):
        return Kind.LINK
    if stat.S_ISDIR(mode):
        return Kind.FOLDER
    return Kind.OTHER


def found_at(path: Path) -> Found:
    """A path she named herself (not inside a folder), looked at without following a link."""
    info = os.lstat(path)
    return Found(path, path.name, kind_of(info), info.st_size, identity(info))


def walk(root: Path, descend: Callable[[str], bool] | None = None) -> Iterator[Found]:
    """Every entry under `root` except folders, in a stable order (each folder's own entries
    by name, then its folders by name, depth first); no link is followed. `descend(inner)`
    may keep a folder out: it is then yielded once, as `Kind.FOLDER`."""
    start = os.stat(root)  # the folder she chose: a link to it is followed, once
    pending: list[tuple[Path, str, os.stat_result]] = [(root, "", start)]
    while pending:
        folder, inner, expected = pending.pop()
        try:
            entries = _list(folder, expected, follow=not inner)
        except OSError as exc:
            kind = Kind.LINK if exc.errno in _LINK_ERRORS else Kind.UNREADABLE
            yield Found(folder, inner, kind, error=exc.strerror or "")
            continue
        folders = []
        for name, info in entries:
            path, where = folder / name, f"{inner}/{name}" if inner else name
            kind = kind_of(info)
            if kind is not Kind.FOLDER:
                yield Found(path, where, kind, info.st_size, identity(info))
            elif descend is not None and not descend(where):
                yield Found(path, where, Kind.FOLDER, 0, identity(info))
            else:
                folders.append((path, where, info))
        pending.extend(reversed(folders))


class _Moved(OSError):
    """A folder is no longer the one that was listed (swapped for another, or a link)."""


def _list(
    folder: Path, expected: os.stat_result, *, follow: bool
) -> list[tuple[str, os.stat_result]]:
    """The entries of `folder` with their `lstat`, sorted by name. The folder opened must be
    the one listed before (`expected`); below the root it is never reached through a link."""
    if _BY_DESCRIPTOR:
        flags = os.O_RDONLY | _DIRECTORY | NONBLOCK | CLOEXEC | (0 if follow else NOFOLLOW)
        fd = os.open(folder, flags)
        try:
            if not os.path.samestat(os.fstat(fd), expected):
                raise _Moved(errno.ESTALE, "moved while it was being read", str(folder))
            with os.scandir(fd) as listing:
                return _sorted(listing)
        finally:
            os.close(fd)
    if not follow and stat.S_ISLNK(os.lstat(folder).st_mode):
        raise OSError(errno.ELOOP, "a link", str(folder))
    if not os.path.samestat(os.stat(folder), expected):
        raise _Moved(errno.ESTALE, "moved while it was being read", str(folder))
    with os.scandir(folder) as listing:
        return _sorted(listing)


def _sorted(listing: Iterator[os.DirEntry[str]]) -> list[tuple[str, os.stat_result]]:
    found = []
    for entry in listing:
        try:
            found.append((entry.name, entry.stat(follow_symlinks=False)))
        except OSError:
            continue  # gone since it was listed
    return sorted(found, key=lambda item: item[0])


def open_found(found: Found) -> int:
    """Open a file found by `walk` or `found_at` for reading: never through a link, never
    waiting on a pipe, and only if it is still the regular file that was listed. Raises
    `LinkRefused`, `NotRegular` or `Changed` (all `OSError`), or the system's own error."""
    try:
        fd = os.open(found.path, os.O_RDONLY | NOFOLLOW | NONBLOCK | BINARY | CLOEXEC)
    except OSError as exc:
        if exc.errno in _LINK_ERRORS and os.path.islink(found.path):
            raise LinkRefused(errno.ELOOP, "a link", str(found.path)) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(errno.EINVAL, "not a regular file", str(found.path))
        if found.identity != (0, 0) and identity(info) != found.identity:
            raise Changed(errno.ESTALE, "not the file that was listed", str(found.path))
        if NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


class LinkRefused(OSError):
    """The path is a symbolic link: not followed."""


class NotRegular(OSError):
    """The path is a pipe, a device, a socket or a folder."""


class Changed(OSError):
    """The path now names another file than the one listed (swapped, or a folder on the way
    swapped for a link)."""
