"""The quick-hide key: Shift pressed three times in a row, quickly (or F12, in Settings).

Shift alone does nothing anywhere else, so three presses are never an accident; Esc is not
used because it also closes dialogs. An application-wide event filter sees the key in every
window of Quietcase, dialogs included.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

WITHIN = 1.2  # seconds for the three presses


class HideKey(QObject):
    pressed = Signal()

    def __init__(
        self, parent: QObject | None = None, now: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.key = "shift3"
        self._now = now
        self._presses: list[float] = []
        self._down = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(event, QKeyEvent) or event.isAutoRepeat():
            return False
        key = event.key()
        if kind == QEvent.Type.KeyRelease:
            if key == Qt.Key.Key_Shift:
                self._down = False
            return False
        if self.key == "f12":
            if key == Qt.Key.Key_F12:
                self.pressed.emit()
                return True
            return False
        if key != Qt.Key.Key_Shift:
            self._presses.clear()
            return False
        if self._down:
            return False  # the same press again, on its way to a parent widget
        self._down = True
        at = self._now()
        self._presses = [t for t in self._presses if at - t <= WITHIN] + [at]
        if len(self._presses) >= 3:
            self._presses.clear()
            self.pressed.emit()
        return False
