"""A gentle word before auto-lock: 30 seconds before, at the top of the window beside Hide,
with "Stay unlocked". A screen reader says it at once (an alert). Whatever she does, what she
was typing is kept: any key or click keeps the case open, and locking keeps open editors as
drafts (`MainWindow.lock`)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from quietcase.ui.widgets.plain import PlainLabel


class LockWarning(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockwarning")
        self.words = PlainLabel(self)
        self.words.setWordWrap(True)
        self.stay_button = QPushButton(self.tr("Stay unlocked"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 10, 2)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.stay_button)

    def say(self, seconds: int) -> None:
        words = self.tr(
            "Quietcase locks in %n second(s): nobody has used it for a while. "
            "What you typed is kept.",
            "",
            seconds,
        )
        self.words.setText(words)
        self.words.setAccessibleName(words)
        self.setAccessibleName(words)
        QAccessible.updateAccessibility(QAccessibleEvent(self.words, QAccessible.Event.Alert))
