"""Locking when nobody has used Quietcase for a while (an application-wide event filter),
and after the computer slept: the wall clock then jumps ahead between two checks."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatch(QObject):
    """Emits `idle` once after `minutes` without keyboard, mouse or touch input.

    `now` is injectable so tests can move time instead of waiting."""

    idle = Signal()
    SLEPT = 120.0  # seconds the wall clock may run ahead of the timer before we call it sleep

    def __init__(
        self,
        parent: QObject | None = None,
        now: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._wall = wall
        self._last_wall = wall()
        self._limit = 0.0
        self._last = now()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self.check)

    def set_minutes(self, minutes: int) -> None:
        """0 turns auto-lock off."""
        self._limit = minutes * 60.0
        self._restart()

    def start(self) -> None:
        """Watch from now on (after unlocking)."""
        self._armed = True
        self._last = self._now()
        self._last_wall = self._wall()
        self._restart()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def _restart(self) -> None:
        if self._armed and self._limit > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = self._now()
        return False

    def check(self) -> None:
        wall, before = self._wall(), self._last_wall
        self._last_wall = wall
        slept = wall - before > self._timer.interval() / 1000 + self.SLEPT
        if self._armed and self._limit > 0 and (slept or self._now() - self._last >= self._limit):
            self.stop()
            self.idle.emit()
