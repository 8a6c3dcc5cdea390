"""Writing her case out of the vault, carefully: the only place plaintext leaves it.

Before: say plainly when the file will not be encrypted, and warn when the destination syncs
to the cloud (OneDrive, Dropbox, Google Drive, iCloud Drive, Naver MYBOX) or is shared with
other people or computers; suggest her own USB stick. The warnings are `Notice`s (translatable
templates with their parameters), returned as data so the window can show them and the CLI
prints them to stderr.

While: the file is written under a hidden temporary name in the destination folder itself
(never in a system temp folder), readable only by her, and renamed into place when complete;
a cancelled or failed export removes it, so nothing partial is left. What a killed export left
there is removed before the next one starts (app/core/unfinished.py). An existing file is
never replaced, even in a race (a hard link refuses to overwrite).
"""

from __future__ import annotations

import errno
import json
import os
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from quietcase.app.core.progress import Cancelled
from quietcase.app.core.unfinished import new_partial, remove_leftovers

NOT_ENCRYPTED_PDF = QT_TRANSLATE_NOOP(
    "Quietcase",
    "This PDF will not be encrypted: anyone who gets the file can read it. You can add a "
    "password, and keep it somewhere only you can reach, such as your own USB stick.",
)
NOT_ENCRYPTED_BUNDLE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The evidence bundle is not encrypted: anyone who gets the file can open your evidence "
    "and the summary. Please keep it somewhere only you and the people you give it to can "
    "reach, such as your own USB stick.",
)
CLOUD_FOLDER = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{folder} is inside {service}, which copies its files to the internet and to other "
    "devices signed in to it. If you can, save this to your own USB stick instead.",
)
SHARED_FOLDER = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{folder} is a shared or network folder: other people or computers may be able to open "
    "files there. If you can, save this to your own USB stick instead.",
)
OUT_EXISTS = QT_TRANSLATE_NOOP(
    "Quietcase",
    "A file already exists at {path}. Quietcase never overwrites a file: please choose "
    "another name.",
)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "Quietcase", "The folder {path} does not exist. Please choose another place."
)
NO_SPACE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "There is not enough space on the drive. Nothing was left behind there, and your case "
    "file is unchanged. Please free some space or choose another drive.",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Quietcase could not write to {path} ({reason}). If it is a USB stick, please check that "
    "it is still plugged in. Nothing was left behind, and your case file is unchanged.",
)

# Folder names that sync to the cloud, and the service to name in the warning.
_CLOUD_NAMES = [
    (re.compile(r"^onedrive([ -].*)?$", re.I), "OneDrive"),
    (re.compile(r"^dropbox( \(.*\))?$", re.I), "Dropbox"),
    (re.compile(r"^(google ?drive.*|googledrive-.*|my drive|내 드라이브)$", re.I), "Google Drive"),
    (re.compile(r"^(icloud ?drive.*|com~apple~clouddocs|mobile documents)$", re.I), "iCloud Drive"),
    (re.compile(r"^((naver )?mybox|네이버 ?mybox)$", re.I), "Naver MYBOX"),
]
_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "afpfs", "9p", "afs", "ceph", "glusterfs",
    "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.gvfsd-fuse",
}  # fmt: skip


@dataclass(frozen=True)
class Notice:
    """Something she should know before (or after) an export: a translatable template and
    its parameters, filled in after translation (like `UserError`)."""

    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    def text(self, translate: object = None) -> str:
        template = self.template
        if callable(translate):
            template = translate(CONTEXT, template)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.text()


def destination_notices(
    out: Path,
    *,
    encrypted: bool,
    bundle: bool = False,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[Notice]:
    """What to tell her before writing `out`: not encrypted, cloud folder, shared folder."""
    notices = []
    if not encrypted:
        notices.append(Notice(NOT_ENCRYPTED_BUNDLE if bundle else NOT_ENCRYPTED_PDF))
    folder = _real_folder(out)
    service = cloud_service(folder, home=home, environ=environ)
    if service:
        notices.append(Notice(CLOUD_FOLDER, {"folder": str(folder), "service": service}))
    elif is_shared(folder, home=home):
        notices.append(Notice(SHARED_FOLDER, {"folder": str(folder)}))
    return notices


def _real_folder(out: Path) -> Path:
    folder = out.expanduser().absolute().parent
    try:
        return folder.resolve()
    except OSError:
        return folder


def cloud_service(
    folder: Path, *, home: Path | None = None, environ: Mapping[str, str] | None = None
) -> str | None:
    """The cloud service `folder` syncs to, if any (by its usual locations and names)."""
    env = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    for part in _parts(folder):
        for pattern, service in _CLOUD_NAMES:
            if pattern.match(part):
                return service
    for name in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        if env.get(name) and _inside(folder, Path(env[name])):
            return "OneDrive"
    storage = home / "Library" / "CloudStorage"  # macOS File Provider: OneDrive-…, Dropbox…
    if _inside(folder, storage) and folder != storage:
        provider = folder.relative_to(storage).parts[0].split("-")[0]
        return {"GoogleDrive": "Google Drive", "iCloudDrive": "iCloud Drive"}.get(
            provider, provider
        )
    icloud_docs = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
    if (icloud_docs / "Documents").is_dir() or (icloud_docs / "Desktop").is_dir():
        # "Desktop & Documents Folders" is on: both sync to iCloud Drive.
        if _inside(folder, home / "Documents") or _inside(folder, home / "Desktop"):
            return "iCloud Drive"
    for dropbox in _dropbox_folders(home, env):
        if _inside(folder, dropbox):
            return "Dropbox"
    return None


def is_shared(folder: Path, *, home: Path | None = None, mounts: Path | None = None) -> bool:
    """A network drive, or a folder meant for every user (Public, Users/Shared)."""
    home = Path.home() if home is None else home
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return True  # a UNC path: \\server\share
    shared = [
        home / "Public",
        Path("/Users/Shared"),
        Path(os.environ.get("PUBLIC", "/nonexistent")),
    ]
    shared.append(Path("C:/Users/Public"))
    if any(_inside(folder, p) for p in shared):
        return True
    if sys.platform == "win32":
        return _windows_remote_drive(folder)
    return _network_mount(folder, mounts or Path("/proc/mounts"))


def _windows_remote_drive(folder: Path) -> bool:
    if sys.platform != "win32":  # pragma: no cover - for mypy on other systems
        return False
    import ctypes

    drive = folder.drive + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE


def _network_mount(folder: Path, mounts: Path) -> bool:
    """On Linux: is the file system holding `folder` a network one (NFS, SMB, sshfs…)?"""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if _inside(folder, Path(point)) and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type in _NETWORK_FS


def _dropbox_folders(home: Path, env: Mapping[str, str]) -> list[Path]:
    """Dropbox writes where its folders are into a small local info.json."""
    places = [home / ".dropbox" / "info.json"]
    places += [
        Path(env[v]) / "Dropbox" / "info.json" for v in ("APPDATA", "LOCALAPPDATA") if env.get(v)
    ]
    found = []
    for place in places:
        try:
            info = json.loads(place.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(info, dict):
            for account in info.values():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    found.append(Path(account["path"]))
    return found


def _parts(folder: Path) -> list[str]:
    return [p for p in re.split(r"[\\/]", str(folder)) if p]


def _inside(folder: Path, parent: Path) -> bool:
    a = [p.casefold() for p in _parts(folder)]
    b = [p.casefold() for p in _parts(parent)]
    return bool(b) and a[: len(b)] == b


# -- writing ----------------------------------------------------------------------------


class NewFile:
    """A file being written under a hidden temporary name beside `target`, locked
    as being written until it has its name, so a tidy-up never takes it for a leftover.
    What killed exports left in the folder is removed first."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.placed = False
        remove_leftovers(target.parent)
        self.partial, fd = new_partial(target)
        self.handle: BinaryIO = os.fdopen(fd, "wb")

    def place(self) -> None:
        """Flush to the disk and give the file its real name (never replacing a file).
        Call it last, inside the transaction that records the export."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        try:
            os.link(self.partial, self.target)
        except FileExistsError:
            raise UserError(OUT_EXISTS, path=str(self.target)) from None
        except OSError:
            if self.target.exists():
                raise UserError(OUT_EXISTS, path=str(self.target)) from None
            if sys.platform == "win32":  # pragma: no cover - an open file cannot be renamed
                self.handle.close()
            os.rename(self.partial, self.target)  # no hard links (FAT on USB sticks)
        else:
            self.handle.close()  # the lock ends; the file has its name already
            self.partial.unlink(missing_ok=True)
        self.handle.close()
        self.placed = True
        _fsync_folder(self.target.parent)

    def discard(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        self.partial.unlink(missing_ok=True)
        if self.placed:
            self.target.unlink(missing_ok=True)
            self.placed = False


def check_target(target: Path) -> None:
    """Refuse before any work: an existing file, or a folder that is not there."""
    if target.exists() or target.is_symlink():
        raise UserError(OUT_EXISTS, path=str(target))
    if not target.parent.is_dir():
        raise UserError(NO_FOLDER, path=str(target.parent))


@contextmanager
def new_file(target: Path) -> Iterator[NewFile]:
    """Write a new file safely: `with new_file(out) as f: f.handle.write(...); f.place()`.
    Any exception (Cancel included) removes the partial file, and the placed one too when
    the exception came after `place()` (the export was then not recorded)."""
    check_target(target)
    try:
        file = NewFile(target)
    except OSError as exc:
        raise explain_write(exc, target) from exc
    try:
        yield file
        if not file.placed:
            file.place()
    except BaseException as exc:
        file.discard()
        converted = explain_write(exc, target)
        if converted is exc:
            raise
        raise converted from exc


def explain_write(exc: BaseException, target: Path) -> BaseException:
    """An OS error while writing, as a message she can act on."""
    if isinstance(exc, UserError | Cancelled | KeyboardInterrupt) or not isinstance(exc, OSError):
        return exc
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return UserError(NO_SPACE)
    return UserError(CANNOT_WRITE, path=str(target.parent), reason=exc.strerror or "")


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
