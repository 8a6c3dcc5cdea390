"""Where a KakaoTalk export is: one text file (.txt, or .csv from a Mac), or the folder or
ZIP file of an Android export with all messages (`KakaoTalkChats.txt` and its media files).

What the export is, is told from its content (`formats.detect`), not from its name: the
name only says which file of a folder holds the messages. Nothing outside the export is
read: a folder is listed without following links (app/core/walk.py), paths stay inside it
(`app.chats.telegram.files.inside`).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from quietcase.app.chats.kakaotalk.model import NOT_A_KAKAOTALK_EXPORT
from quietcase.app.chats.telegram.files import inside, relative_name
from quietcase.app.core.errors import UserError
from quietcase.app.core.walk import Found, Kind, found_at, walk
from quietcase.app.evidence.intake import JUNK_NAMES, NOTHING_FOUND

ALL_MESSAGES = "KakaoTalkChats.txt"
_TEXT_SUFFIXES = (".txt", ".csv")
MAX_TEXT = 2 << 30  # a text member of a ZIP larger than this is not read


@dataclass(frozen=True)
class KakaoExport:
    """An export: `main` is the file of messages (inside `root`, or the ZIP's member name
    `member` when `archive`); `root` is the folder whose files belong to the export (for a
    single text file, only that file does)."""

    root: Path
    main: Path
    single_file: bool
    member: str = ""

    @property
    def archive(self) -> bool:
        return bool(self.member)

    @property
    def name(self) -> str:
        return self.main.name if self.single_file or self.archive else self.root.name


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
    if zipfile.is_zipfile(main):
        return KakaoExport(main.parent, main, True, _text_member(main))
    if main.name == ALL_MESSAGES:
        return KakaoExport(main.parent, main, False)
    return KakaoExport(main.parent, main, True)


def _text_member(archive: Path) -> str:
    """The member of an all-messages ZIP that holds the messages."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            names = [i.filename for i in zipped.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=archive.name) from None
    chosen = [n for n in names if n.rsplit("/", 1)[-1] == ALL_MESSAGES]
    if not chosen:
        chosen = [n for n in names if n.lower().endswith(_TEXT_SUFFIXES)]
    if len(chosen) != 1:
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=archive.name)
    return chosen[0]


def read_main(export: KakaoExport) -> bytes:
    """The bytes of the file of messages (a ZIP's member is read from the ZIP)."""
    if not export.archive:
        with open(export.main, "rb") as handle:
            return handle.read()
    with zipfile.ZipFile(export.main) as zipped:
        info = zipped.getinfo(export.member)
        if info.file_size > MAX_TEXT:
            raise UserError(NOT_A_KAKAOTALK_EXPORT, name=export.main.name)
        with zipped.open(info) as member:
            data = member.read(MAX_TEXT + 1)
    if len(data) > MAX_TEXT:
        raise UserError(NOT_A_KAKAOTALK_EXPORT, name=export.main.name)
    return data


def main_size(export: KakaoExport) -> int:
    if not export.archive:
        return export.main.stat().st_size
    with zipfile.ZipFile(export.main) as zipped:
        return zipped.getinfo(export.member).file_size


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
    that name them); the members of a ZIP by their name -> member."""
    names: dict[str, str] = {}
    if export.single_file and not export.archive:
        return names
    if export.archive:
        with zipfile.ZipFile(export.main) as zipped:
            for info in zipped.infolist():
                if not info.is_dir() and info.filename != export.member:
                    names.setdefault(info.filename.rsplit("/", 1)[-1], info.filename)
        return names
    for f in walk(export.root):
        if f.kind is Kind.FILE and f.path != export.main:
            names.setdefault(f.name, relative_name(export.root, f.path))
    return names
