"""The export folder: what kind of export it is, its files, and paths that stay inside it.

Nothing outside the export folder is ever read. Every path the export names (a photo, a
file, a page) is resolved (`Path.resolve`, following any symbolic link) and must lie inside
the folder before it is opened; absolute paths, `..` and links pointing outside are refused.
The folder is listed without following links, and each file is opened without following one
and must be the file listed (app/core/walk.py); a link found there is not stored (its target,
when inside the folder, is stored as itself).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from quietcase.app.chats.telegram.model import NOT_AN_EXPORT, numbered
from quietcase.app.core.errors import UserError
from quietcase.app.core.walk import Found, Kind, walk
from quietcase.app.evidence.intake import JUNK_NAMES, NOTHING_FOUND

JSON_MAIN = "result.json"
HTML_MAIN = "messages.html"
HTML_ACCOUNT_MAIN = "export_results.html"
_PAGE = re.compile(r"^messages\d*\.html$")
_FIRST_KEY = re.compile(r'^\ufeff?\s*\{\s*"([a-z_]+)"')


@dataclass(frozen=True)
class ExportFolder:
    """Where an export is and what it is: `json` or `html`, one chat or a whole account."""

    root: Path  # resolved
    format: str
    whole_account: bool
    main: Path  # result.json, messages.html or export_results.html

    @property
    def name(self) -> str:
        return self.root.name


@dataclass
class FolderFiles:
    """The regular files of an export folder, and what was left out of it."""

    files: list[Found] = field(default_factory=list)  # regular files, as listed
    links: list[str] = field(default_factory=list)  # symbolic links: not followed, not stored
    other: list[str] = field(default_factory=list)  # devices, pipes, sockets
    not_chosen: int = 0  # files of chats she did not choose (whole-account exports)


def locate(given: Path | str) -> ExportFolder:
    """The export at `given`: its folder, its `result.json`, or one of its HTML pages."""
    path = Path(given)
    if not path.exists():
        raise UserError(NOTHING_FOUND, name=str(path))
    if path.is_file():
        root = path.absolute().parent.resolve()
        name = path.name.lower()
        if name.endswith(".json"):
            found = _inside_or_refuse(root, path.name)
            return ExportFolder(root, "json", _whole_account(found), found)
        if name == HTML_ACCOUNT_MAIN:
            return ExportFolder(root, "html", True, _inside_or_refuse(root, path.name))
        if _PAGE.match(name):
            # The first page there is, which may be a later one (only some pages of a long
            # chat were kept); refused, the message names the page she chose.
            _inside_or_refuse(root, path.name)
            return ExportFolder(root, "html", False, _first_page(root) or root / path.name)
        raise UserError(NOT_AN_EXPORT, name=path.name)
    root = path.resolve()
    for main, fmt, whole in (
        (JSON_MAIN, "json", False),
        (HTML_MAIN, "html", False),
        (HTML_ACCOUNT_MAIN, "html", True),
    ):
        candidate = inside(root, main)
        if candidate is not None and candidate.is_file():
            return ExportFolder(root, fmt, whole or _whole_account(candidate), candidate)
    first = _first_page(root)  # pages of an export without its first page
    if first is not None:
        return ExportFolder(root, "html", False, first)
    raise UserError(NOT_AN_EXPORT, name=path.name)


def _first_page(root: Path) -> Path | None:
    pages = _pages_in(root)
    return pages[0] if pages else None


def page_number(name: str) -> int:
    """messages.html is page 1, messages7.html page 7."""
    digits = re.sub(r"\D", "", name)
    return int(digits) if digits else 1


def missing_pages(pages: list[Path]) -> list[str]:
    """The pages before the last one there that are not there (messages.html,
    messages2.html...): an export of which only some pages were kept."""
    present = {page_number(p.name) for p in pages}
    if not present:
        return []
    return [
        HTML_MAIN if n == 1 else f"messages{n}.html"
        for n in range(1, max(present))
        if n not in present
    ]


def _whole_account(main: Path) -> bool:
    """A JSON export of a whole account starts with other keys than a chat's ("name", "type",
    "id", "messages"): "about", "personal_information", "chats"... (only the start is read)."""
    if main.suffix.lower() != ".json":
        return False
    with open(main, "rb") as handle:
        head = handle.read(4096).decode("utf-8", "replace")
    m = _FIRST_KEY.match(head)
    return m is not None and m.group(1) not in ("name", "type", "id", "messages")


def _inside_or_refuse(root: Path, relative: str) -> Path:
    found = inside(root, relative)
    if found is None or not found.is_file():
        raise UserError(NOT_AN_EXPORT, name=relative)
    return found


def inside(root: Path, relative: str) -> Path | None:
    """`relative` resolved inside `root` (resolved), or None when it is absolute, climbs
    out with `..`, or leads outside through a link. The file need not exist."""
    if not relative or "\x00" in relative:
        return None
    posix = relative.replace("\\", "/")
    pure = PurePosixPath(posix)
    windows = PureWindowsPath(relative)
    if pure.is_absolute() or windows.drive or windows.root or ".." in pure.parts:
        return None
    try:
        candidate = (root / pure).resolve()
    except (OSError, RuntimeError):  # a loop of links
        return None
    return candidate if candidate.is_relative_to(root) else None


def relative_name(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def chat_pages(export: ExportFolder) -> list[tuple[str, list[Path]]]:
    """For HTML exports: each chat's folder inside the export and its pages, in order."""
    if not export.whole_account:
        pages = [p for p in _pages_in(export.root)]
        return [("", pages)]
    chats_dir = inside(export.root, "chats")
    if chats_dir is None or not chats_dir.is_dir():
        return []
    found: list[tuple[str, list[Path]]] = []
    for entry in sorted(os.scandir(chats_dir), key=lambda e: e.name):
        if entry.is_dir(follow_symlinks=False):
            folder = f"chats/{entry.name}"
            pages = _pages_in(export.root / folder, export.root)
            if pages:
                found.append((folder, pages))
    return found


def _pages_in(folder: Path, root: Path | None = None) -> list[Path]:
    base = root or folder
    names = [
        e.name
        for e in os.scandir(folder)
        if _PAGE.match(e.name) and e.is_file(follow_symlinks=False)
    ]
    pages = []
    for name in numbered(names):
        found = inside(base, relative_name(base, folder / name))
        if found is not None:
            pages.append(found)
    return pages


def folder_files(root: Path, chosen: set[str] | None) -> FolderFiles:
    """Every regular file under `root`, in a stable order, without following links
    (app/core/walk.py). With `chosen` (a whole-account export), only the folders
    `chats/<name>` of chosen chats."""
    out = FolderFiles()

    def descend(inner: str) -> bool:
        return chosen is None or not _a_chat_folder(inner) or inner in chosen

    for found in walk(root, descend):
        if found.name in JUNK_NAMES or found.name.startswith("._"):
            continue
        if found.kind is Kind.FILE:
            out.files.append(found)
        elif found.kind is Kind.LINK:
            out.links.append(found.inner)
        elif found.kind is Kind.FOLDER:
            out.not_chosen += sum(1 for f in walk(found.path) if f.kind is not Kind.UNREADABLE)
        else:
            out.other.append(found.inner)
    return out


def _a_chat_folder(inner: str) -> bool:
    return inner.count("/") == 1 and inner.startswith("chats/")
