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
    """Emits `idle` once after `minutes` without keyboard, mouse or touch input, and
    `warning` (with the seconds left) `WARN` seconds before it: any key, click or move, or
    `stay`, ends the warning (`warning_over`) and starts the minutes again.

    `now` is injectable so tests can move time instead of waiting."""

    idle = Signal()
    warning = Signal(int)
    warning_over = Signal()
    SLEPT = 120.0  # seconds the wall clock may run ahead of the timer before we call it sleep
    WARN = 30.0  # seconds of warning before locking

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
        self._warned = False
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
        self._end_warning()

    def stay(self) -> None:
        """ "Stay unlocked": as if she had just pressed a key."""
        self._last = self._now()
        self._end_warning()

    def _end_warning(self) -> None:
        if self._warned:
            self._warned = False
            self.warning_over.emit()

    def _restart(self) -> None:
        if self._armed and self._limit > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = self._now()
            if self._warned:
                self._end_warning()
        return False

    def check(self) -> None:
        wall, before = self._wall(), self._last_wall
        self._last_wall = wall
        slept = wall - before > self._timer.interval() / 1000 + self.SLEPT
        if not self._armed or self._limit <= 0:
            return
        quiet = self._now() - self._last
        if slept or quiet >= self._limit:
            self.stop()
            self.idle.emit()
        elif quiet >= self._limit - self.WARN and not self._warned:
            self._warned = True
            self.warning.emit(round(self._limit - quiet))
