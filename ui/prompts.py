"""Message boxes and file dialogs behind one thin wrapper, with a seam for tests.

A test says what the next question will be answered with (`Prompts.set_next_answer`) instead
of clicking a modal box; in test mode a question without a prepared answer is an error, so a
test can never hang on an invisible dialog. On lock, any open question is dismissed.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
        buttons = {}
        for key, text in choices:
            role = (
                QMessageBox.ButtonRole.RejectRole
                if key == escape
                else QMessageBox.ButtonRole.AcceptRole
            )
            buttons[box.addButton(text, role)] = key
            if key == default:
                box.setDefaultButton(list(buttons)[-1])
        escape_button = next((b for b, k in buttons.items() if k == escape), None)
        if escape_button is not None:
            box.setEscapeButton(escape_button)
        cls._open.append(box)
        try:
            box.exec()
        finally:
            cls._open.remove(box)
        return buttons.get(box.clickedButton(), escape)  # type: ignore[arg-type]

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
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=parent)
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
        name, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(suggested),
            QCoreApplication.translate("Prompts", "Quietcase case files (*.quietcase)"),
        )
        return Path(name) if name else None

    @classmethod
    def open_path(cls, parent: QWidget | None, title: str, folder: Path) -> Path | None:
        ready, answer = cls._prepared(title)
        if ready:
            return None if answer is None else Path(answer)
        name, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            str(folder),
            QCoreApplication.translate(
                "Prompts", "Quietcase case files (*.quietcase);;All files (*)"
            ),
        )
        return Path(name) if name else None

    @classmethod
    def dismiss_all(cls) -> None:
        """Close any open question as if she had pressed Escape (used when locking)."""
        for box in list(cls._open):
            box.reject()
