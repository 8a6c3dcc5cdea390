"""Where a KakaoTalk export is: one text file (.txt, or .csv from a Mac), or the folder or
ZIP file of an Android export with all messages (`KakaoTalkChats.txt` and its media files).

A ZIP is kept whole as one evidence item and never unpacked (docs/decisions.md, "Quietcase
never unpacks a ZIP"): only the bounded child that reads the export looks inside it, for the
text of the messages and the names of the files beside it; this process only sees that the
file starts like a ZIP.

What the export is, is told from its content (`formats.detect`), not from its name: the
name only says which file of a folder holds the messages. Nothing outside the export is
read: a folder is listed without following links (app/core/walk.py), paths stay inside it
(`app.chats.telegram.files.inside`).
"""

from __future__ import annotations

import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from quietcase.app.chats.kakaotalk.model import NOT_A_KAKAOTALK_EXPORT
from quietcase.app.chats.telegram.files import inside, relative_name
from quietcase.app.core.errors import UserError
from quietcase.app.core.walk import Found, Kind, found_at, walk
from quietcase.app.evidence.intake import JUNK_NAMES, NOTHING_FOUND

ALL_MESSAGES = "KakaoTalkChats.txt"
_TEXT_SUFFIXES = (".txt", ".csv")
MAX_TEXT = 2 << 30  # a text member of a ZIP larger than this is not read
IN_ARCHIVE = "zip:"  # a media path inside the ZIP: kept as part of it, not a file of its own
_ZIP_START = b"PK\x03\x04"


@dataclass(frozen=True)
class KakaoExport:
    """An export: `main` is the file of messages, or the ZIP holding it (`archive`); `root`
    is the folder whose files belong to the export (for a single file, only that file)."""

    root: Path
    main: Path
    single_file: bool
    archive: bool = False

    @property
    def name(self) -> str:
        return self.main.name if self.single_file else self.root.name


def locate(given: Path | str) -> KakaoExport:
    """The export at `given` (see the module); `UserError` when there is none."""
    path = Path(given)
    if not path.exists():
        raise UserError(NOTHING_FOUND, name=str(path))
    if path.is_dir():
        root = path.resolve()
        found = inside(root, ALL_MESSAGES)
        if found is not None and found.is_file():
            return KakaoExport(root, found, False)
        texts = sorted(
            p.name
            for p in root.iterdir()
            if p.suffix.lower() in _TEXT_SUFFIXES and p.is_file() and not p.is_symlink()
        )
        if len(texts) == 1:
            chosen = inside(root, texts[0])
            if chosen is not None:
                return KakaoExport(root, chosen, False)
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=path.name)
    main = path.absolute().parent.resolve() / path.name
    if path.is_symlink():
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=path.name)
    with open(main, "rb") as handle:
        zipped = handle.read(4) == _ZIP_START
    if main.name == ALL_MESSAGES and not zipped:
        return KakaoExport(main.parent, main, False)
    return KakaoExport(main.parent, main, True, zipped)


def text_member(zipped: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    """The member of an all-messages ZIP that holds the messages (read in the child)."""
    members = [i for i in zipped.infolist() if not i.is_dir()]
    chosen = [i for i in members if i.filename.rsplit("/", 1)[-1] == ALL_MESSAGES]
    if not chosen:
        chosen = [i for i in members if i.filename.lower().endswith(_TEXT_SUFFIXES)]
    if len(chosen) != 1:
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=name)
    return chosen[0]


def read_main(export: KakaoExport) -> tuple[bytes, str]:
    """The bytes of the file of messages and its name (a ZIP's member is read from the ZIP:
    in the child only)."""
    if not export.archive:
        with open(export.main, "rb") as handle:
            return handle.read(), export.main.name
    try:
        with zipfile.ZipFile(export.main) as zipped:
            info = text_member(zipped, export.main.name)
            if info.file_size > MAX_TEXT:
                raise UserError(NOT_A_KAKAOTALK_EXPORT, name=export.main.name)
            with zipped.open(info) as member:
                data = member.read(MAX_TEXT + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError):
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=export.main.name) from None
    if len(data) > MAX_TEXT:
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=export.main.name)
    return data, info.filename.rsplit("/", 1)[-1]


def main_size(export: KakaoExport) -> int:
    """The bytes the reader reads (a ZIP's own size: what the child may use follows it)."""
    return export.main.stat().st_size


def export_files(export: KakaoExport) -> list[Found]:
    """The files that make up the export, for evidence: the text file alone, the ZIP alone,
    or every regular file of the all-messages folder (links are not followed)."""
    if export.single_file:
        found = found_at(export.main)
        return [found] if found.kind is Kind.FILE else []
    return [
        f
        for f in walk(export.root)
        if f.kind is Kind.FILE and f.name not in JUNK_NAMES and not f.name.startswith("._")
    ]


def media_names(export: KakaoExport) -> dict[str, str]:
    """The export's other files by name -> where each is inside it (for linking messages
    that name them); the members of a ZIP by their name -> "ZIP/member" (read in the child)."""
    names: dict[str, str] = {}
    if export.archive:
        try:
            with zipfile.ZipFile(export.main) as zipped:
                for info in zipped.infolist():
                    if not info.is_dir():
                        member = info.filename
                        names.setdefault(member.rsplit("/", 1)[-1], f"{IN_ARCHIVE}{member}")
        except (zipfile.BadZipFile, ValueError):
            pass
        return names
    if export.single_file:
        return names
    for f in walk(export.root):
        if f.kind is Kind.FILE and f.path != export.main:
            names.setdefault(f.name, relative_name(export.root, f.path))
    return names


def media_times(export: KakaoExport, names: Collection[str], zone: str) -> dict[str, str]:
    """The local time ("YYYY-MM-DDTHH:MM:SS") of each of the export's files called one of
    `names`: a ZIP member's time as the ZIP stores it, a file's time of last change in `zone`
    (read in the child; a name found twice has no time: it cannot be told which)."""
    times: dict[str, str] = {}
    twice: set[str] = set()

    def note(name: str, local: str) -> None:
        if name in times:
            twice.add(name)
        times[name] = local

    if export.archive:
        try:
            with zipfile.ZipFile(export.main) as zipped:
                for info in zipped.infolist():
                    name = info.filename.rsplit("/", 1)[-1]
                    if not info.is_dir() and name in names:
                        y, mo, d, h, mi, sec = info.date_time
                        note(name, f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{sec:02d}")
        except (zipfile.BadZipFile, ValueError):
            return {}
    elif not export.single_file:
        tz = ZoneInfo(zone)
        for f in walk(export.root):
            if f.kind is Kind.FILE and f.name in names:
                try:
                    stamp = f.path.lstat().st_mtime
                    local = datetime.fromtimestamp(stamp, tz).replace(tzinfo=None)
                except (OSError, OverflowError, ValueError):
                    continue
                note(f.name, local.isoformat(timespec="seconds"))
    return {n: t for n, t in times.items() if n not in twice}
