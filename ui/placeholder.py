"""A calm first window until the real one arrives (issue: the desktop window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget


class PlaceholderWindow(QMainWindow):
    """Says plainly what Quietcase is and what works already."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Quietcase"))
        self.resize(720, 440)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(18)

        self.heading = QLabel(self.tr("Quietcase"), body)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.heading.setFont(font)

        self.message = QLabel(
            self.tr(
                "Quietcase keeps your case private, in one encrypted file on this computer: "
                "what happened, the people involved, the dates you must not miss, and the "
                "requests you have made. It never goes online."
            ),
            body,
        )
        self.message.setWordWrap(True)

        self.status = QLabel(
            self.tr(
                "This window is still being built. Until it is ready, you can create and keep "
                "a case file with the quietcase-cli command (see the README)."
            ),
            body,
        )
        self.status.setWordWrap(True)

        for widget in (self.heading, self.message, self.status):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setCentralWidget(body)
