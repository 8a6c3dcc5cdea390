"""Message boxes and file dialogs behind one thin wrapper, with a seam for tests.

A test says what the next question will be answered with (`Prompts.set_next_answer`) instead
of clicking a modal box; in test mode a question without a prepared answer is an error, so a
test can never hang on an invisible dialog. On lock, any open question is dismissed.

File dialogs are Qt's own, never the system's: native dialogs write the chosen files into the
system's recent-files lists (GTK `recently-used.xbel`, Windows recent items). Qt's dialog
keeps its own history of folders in `QtProject.conf`; that group is removed again after each
dialog, so no trace of where her evidence lies is left behind. Message boxes show their words
as plain text (`message_box`).
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox, QWidget
from shiboken6 import Shiboken


class Prompts:
    test_mode: ClassVar[bool] = False
    _answers: ClassVar[deque[Any]] = deque()
    _open: ClassVar[list[QMessageBox]] = []
    asked: ClassVar[list[str]] = []  # what was asked, for tests to read

    @classmethod
    def set_next_answer(cls, answer: Any) -> None:
        cls._answers.append(answer)

    @classmethod
    def reset(cls) -> None:
        cls._answers.clear()
        cls.asked.clear()

    @classmethod
    def _prepared(cls, question: str) -> tuple[bool, Any]:
        cls.asked.append(question)
        if cls._answers:
            return True, cls._answers.popleft()
        if cls.test_mode:
            raise AssertionError(f"no answer prepared for: {question}")
        return False, None

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        title: str,
        question: str,
        choices: list[tuple[str, str]],
        default: str,
        escape: str,
    ) -> str:
        """Ask with named buttons; returns the key of the one she pressed (`escape` if she
        closed the box)."""
        ready, answer = cls._prepared(question)
        if ready:
            return str(answer)
        box = message_box(QMessageBox.Icon.Question, title, question, parent)
        buttons: dict[QAbstractButton, str] = {}
        for key, text in choices:
            role = (
                QMessageBox.ButtonRole.RejectRole
                if key == escape
                else QMessageBox.ButtonRole.AcceptRole
            )
            button = box.addButton(text, role)
            buttons[button] = key
            if key == default:
                box.setDefaultButton(button)
        escape_button = next((b for b, k in buttons.items() if k == escape), None)
        if escape_button is not None:
            box.setEscapeButton(escape_button)
        cls._open.append(box)
        try:
            box.exec()
        finally:
            cls._open.remove(box)
        clicked = box.clickedButton()
        return escape if clicked is None else buttons.get(clicked, escape)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, question: str, yes: str) -> bool:
        """A yes / "No, keep it" question; closing the box means no."""
        answer = cls.choose(
            parent,
            title,
            question,
            [("yes", yes), ("no", QCoreApplication.translate("Prompts", "Cancel"))],
            "no",
            "no",
        )
        return answer in ("yes", True)

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, message: str) -> None:
        ready, _ = cls._prepared(message)
        if ready:
            return
        box = message_box(QMessageBox.Icon.Information, title, message, parent)
        cls._open.append(box)
        try:
            box.exec()
        finally:
            cls._open.remove(box)

    @classmethod
    def save_path(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        ready, answer = cls._prepared(title)
        if ready:
            return None if answer is None else Path(answer)
        chosen = _file_dialog(
            parent,
            title,
            str(suggested),
            QCoreApplication.translate("Prompts", "Quietcase case files (*.quietcase)"),
            QFileDialog.FileMode.AnyFile,
            save=True,
        )
        return Path(chosen[0]) if chosen else None

    @classmethod
    def save_copy_path(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        """Where to save a copy of an evidence file (any name)."""
        ready, answer = cls._prepared(title)
        if ready:
            return None if answer is None else Path(answer)
        chosen = _file_dialog(
            parent,
            title,
            str(suggested),
            QCoreApplication.translate("Prompts", "All files (*)"),
            QFileDialog.FileMode.AnyFile,
            True,
        )
        return Path(chosen[0]) if chosen else None

    @classmethod
    def open_path(cls, parent: QWidget | None, title: str, folder: Path) -> Path | None:
        ready, answer = cls._prepared(title)
        if ready:
            return None if answer is None else Path(answer)
        chosen = _file_dialog(
            parent,
            title,
            str(folder),
            QCoreApplication.translate(
                "Prompts", "Quietcase case files (*.quietcase);;All files (*)"
            ),
            QFileDialog.FileMode.ExistingFile,
        )
        return Path(chosen[0]) if chosen else None

    @classmethod
    def open_paths(
        cls, parent: QWidget | None, title: str, folder: Path, *, folders: bool = False
    ) -> list[Path]:
        """Files to add as evidence (or one folder, with `folders`)."""
        ready, answer = cls._prepared(title)
        if ready:
            return [Path(a) for a in (answer or [])]
        mode = QFileDialog.FileMode.Directory if folders else QFileDialog.FileMode.ExistingFiles
        return [
            Path(p)
            for p in _file_dialog(
                parent,
                title,
                str(folder),
                QCoreApplication.translate("Prompts", "All files (*)"),
                mode,
            )
        ]

    @classmethod
    def dismiss_all(cls) -> None:
        """Close any open question as if she had pressed Escape (used when locking)."""
        for box in list(cls._open):
            box.reject()


def message_box(
    icon: QMessageBox.Icon, title: str, words: str, parent: QWidget | None
) -> QMessageBox:
    """Every message box: its words are plain text ("Delete “{name}”?" holds her record's
    name, and a name of his must not be read as markup)."""
    box = QMessageBox(icon, title, words, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _file_dialog(
    parent: QWidget | None,
    title: str,
    where: str,
    name_filter: str,
    mode: QFileDialog.FileMode,
    save: bool = False,
) -> list[str]:
    """Qt's own file dialog (never the system's), leaving no history behind."""
    dialog = QFileDialog(parent, title, where, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
    finally:
        Shiboken.delete(dialog)  # its destructor writes the history: remove it right after
        forget_dialog_history()
    return chosen


def forget_dialog_history() -> None:
    """Remove what Qt's file dialog remembers (folders visited, last folder)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()
    left = settings.allKeys()
    path = Path(settings.fileName())
    del settings
    if not left and path.is_file():
        path.unlink(missing_ok=True)
