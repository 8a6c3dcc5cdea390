"""Locking Quietcase when the desktop's screen locks (the screensaver's `ActiveChanged` signal on
the session D-Bus): whoever unlocks the computer next finds the case locked too.

D-Bus is a local message bus between programs of this session, not a network. Without a session
bus (or a desktop that sends no such signal) nothing happens, and auto-lock still applies.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

# (object path, interface) of the screensavers that announce a locked screen this way:
# freedesktop (KDE, Xfce, LXQt, many others), GNOME, Cinnamon and MATE.
SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
)


class ScreenLockWatch(QObject):
    """Emits `screen_locked` when a screensaver on the session bus says it became active."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = 0
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for path, interface in SCREENSAVERS:
            if bus.connect("", path, interface, "ActiveChanged", self, "1_active_changed(bool)"):
                self.listening += 1

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
