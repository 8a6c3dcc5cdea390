"""The few small files Quietcase keeps outside a case file, readable by her only.

`settings.json` names her case files, and `unlock-attempts.json` says when they were opened:
both live in her configuration folder, which is made (or, when found looser, put back) to
0700, and are written 0600, never through a link, and renamed into place whole. On Windows the
folder lies in her own profile, which only she can read; permissions there are left as they
are.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quietcase.app.core.walk import BINARY, CLOEXEC, NOFOLLOW

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(folder: Path) -> None:
    """Make `folder` (and its parents) if missing; 0700 if anyone else may look in."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    tighten(folder, FOLDER_MODE)


def tighten(path: Path, mode: int) -> None:
    """Take away what others may do with `path` (a folder or a file of hers, not a link)."""
    try:
        info = os.lstat(path)
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode) or not stat.S_IMODE(info.st_mode) & ~mode:
        return
    try:
        os.chmod(path, mode)
    except OSError:
        pass  # not hers to change (a folder another user made)


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` whole (a crash leaves the old file or the new one, never half),
    0600 inside a 0700 folder. Raises `OSError` when it cannot."""
    private_folder(path.parent)
    partial = path.with_name(path.name + ".new")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | NOFOLLOW | BINARY | CLOEXEC
    try:
        with os.fdopen(os.open(partial, flags, FILE_MODE), "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), FILE_MODE)  # an older Quietcase's `.new` was 0644
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)


def read_private(path: Path) -> str:
    """The text of `path`; puts its folder and the file back to 0700 / 0600 if they were
    looser (written by an older Quietcase). Raises `OSError` when it cannot be read."""
    tighten(path.parent, FOLDER_MODE)
    tighten(path, FILE_MODE)
    return path.read_text(encoding="utf-8")
