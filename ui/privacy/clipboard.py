"""Copying from Quietcase: marked as secret for clipboard managers and cleared soon after.

Like KeePassXC: the copied text carries `x-kde-passwordManagerHint = secret` (KDE Klipper
and others skip it), on Windows the formats that keep it out of Win+V history and the cloud
clipboard, and on macOS the "concealed" type. It is cleared after `seconds`, and on lock and
quit, but only if the clipboard still holds what we put there (never her own later copy).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

_DWORD_ZERO = b"\x00\x00\x00\x00"
SECRET_FORMATS = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': (
        _DWORD_ZERO
    ),
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
    "application/x-nspasteboard-concealed-type": b"secret",
}


class SensitiveClipboard(QObject):
    def __init__(
        self,
        clipboard: QClipboard | None,
        seconds: int = 30,
        parent: QObject | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.clipboard = clipboard if clipboard is not None else QGuiApplication.clipboard()
        self.seconds = seconds
        self.now = now
        self._copied: str | None = None
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in SECRET_FORMATS.items():
            mime.setData(kind, value)
        self.clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._copied = text
        self._deadline = self.now() + self.seconds
        self._timer.start()

    def check(self) -> None:
        """Clear once the time is up (the timer calls this every second)."""
        if self._copied is not None and self.now() >= self._deadline:
            self.clear_now()

    def clear_now(self) -> None:
        """On lock and quit, and when the time is up: forget what we copied."""
        self._timer.stop()
        if self._copied is not None and self.clipboard.text() == self._copied:
            self.clipboard.clear(QClipboard.Mode.Clipboard)
        self._copied = None
