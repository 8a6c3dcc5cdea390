"""A bar across the window that can be clicked and whose words wrap.

A `QPushButton` draws its text on one line and cuts it off where the window ends; with larger
text, a narrow window or a long Korean sentence, the end of the sentence ("Back up now…") was
lost. This button draws its words with a word-wrapping label instead, and is as tall as they
need.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from quietcase.ui.widgets.plain import PlainLabel


class WrappingBar(QPushButton):
    """A full-width, clickable bar of plain words (`setText` / `text` as a button's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = PlainLabel(self)
        self.words.setWordWrap(True)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(16, 8, 16, 8)
        self.row.addWidget(self.words)

    def setText(self, words: str) -> None:
        self.words.setText(words)
        self.setAccessibleName(words)
        self.updateGeometry()

    def text(self) -> str:
        return self.words.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.row.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        return self.words.heightForWidth(inner) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        margins = self.row.contentsMargins()
        width = self.words.sizeHint().width() + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(self.width() if self.width() > 1 else width))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(self.width(), 200)))
