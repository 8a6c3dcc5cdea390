"""Asking where a document goes, and telling her first what she should know about that place
(not encrypted, a folder that syncs to a cloud or is shared): for the Reports page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from quietcase.app.documents.safe_export import Notice
from quietcase.app.settings import default_case_folder
from quietcase.ui.prompts import Prompts


def notice_text(notices: list[Notice]) -> str:
    return "\n\n".join(n.text(QCoreApplication.translate) for n in notices)


def start_folder() -> Path:
    return Path.home() if Path.home().is_dir() else default_case_folder()


def ask_where(parent: QWidget, title: str, name: str) -> Path | None:
    """A file name from the save dialog, with `name`'s ending added when she left it off."""
    path = Prompts.save_copy_path(parent, title, start_folder() / name)
    if path is None:
        return None
    suffix = Path(name).suffix
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_folder(parent: QWidget, title: str) -> Path | None:
    chosen = Prompts.open_paths(parent, title, start_folder(), folders=True)
    return chosen[0] if chosen else None


def warned(parent: QWidget, title: str, notices: list[Notice], yes: str) -> bool:
    """Tell her what she should know before the file is written; True to go on."""
    if not notices:
        return True
    return Prompts.confirm(parent, title, notice_text(notices), yes)
