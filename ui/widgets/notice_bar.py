"""One notice above the pages, one line tall, that she can close.

Two notices used to be wrapping bars of two or three lines each (~70 px on every page), one of
them closed by clicking anywhere on it, which only a tooltip said. A notice is now one line:
its words (cut with "…" when the window is too narrow, and then "More" shows them whole), an
optional action ("Back up now…"), and a close button that says what it does. Her words never
appear in a notice, but they are shown as plain text all the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from quietcase.ui.widgets.plain import PlainLabel, plain_tooltip


class NoticeBar(QFrame):
    """`setText` / `text` as a label's; `clicked` when she presses the action (or the words,
    when there is an action); `closed` when she closes it (it hides itself)."""

    clicked = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, action: str = "", tone: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setProperty("tone", tone)  # "problem": the warm colour of things to look at
        self._words = ""
        self._expanded = False
        self.words = PlainLabel(self)
        self.words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.more = QPushButton(self.tr("More"), self)
        self.more.setObjectName("link")
        self.more.setAccessibleName(self.tr("Show the whole message"))
        self.more.hide()
        self.action = QPushButton(action, self)
        self.action.setVisible(bool(action))
        self.close_button = QPushButton("✕", self)
        self.close_button.setObjectName("close")
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(16, 3, 8, 3)
        row.setSpacing(8)
        row.addWidget(self.words, 1)
        row.addWidget(self.more)
        row.addWidget(self.action)
        row.addWidget(self.close_button)
        self.words.installEventFilter(self)
        self.more.clicked.connect(self._toggle)
        self.action.clicked.connect(self.clicked)
        self.close_button.clicked.connect(self._close)
        self.hide()

    def setText(self, words: str) -> None:
        self._words = words
        self._expanded = False
        self.setAccessibleName(words)
        self.setAccessibleDescription(words)
        self._fit()

    def text(self) -> str:
        return self._words

    def click(self) -> None:
        """As pressing the action (what a test or a keyboard user does)."""
        self.clicked.emit()

    def show_text(self, words: str) -> None:
        """Show `words` (or hide the bar when there are none)."""
        self.setText(words)
        self.setVisible(bool(words))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.action.isVisible() and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.words and event.type() == QEvent.Type.Resize:
            self._fit()  # the words' own width, once the row is laid out
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        """One line, cut with "…" when it does not fit (then "More"); whole when expanded."""
        metrics = QFontMetrics(self.words.font())
        room = self.words.width() + (
            self.more.sizeHint().width() + 8 if self.more.isVisible() else 0
        )
        fits = metrics.horizontalAdvance(self._words) <= room
        self.more.setVisible(not fits)
        self.more.setText(self.tr("Less") if self._expanded else self.tr("More"))
        self.words.setWordWrap(self._expanded)
        if fits or self._expanded:
            self.words.setText(self._words)
            self.words.setToolTip("")
        else:
            width = max(20, self.words.width())
            self.words.setText(metrics.elidedText(self._words, Qt.TextElideMode.ElideRight, width))
            self.words.setToolTip(plain_tooltip(self._words))

    def _toggle(self) -> None:
        self._expanded = not self._expanded
        self._fit()

    def _close(self) -> None:
        self.hide()
        self.closed.emit()
