"""Locking Quietcase when the desktop's screen locks: whoever unlocks the computer next finds
the case locked too. Two announcements are watched:
- the screensaver's `ActiveChanged` signal on the session D-Bus (KDE, GNOME, Xfce, Cinnamon,
  MATE, LXQt and others);
- logind's `Lock` signal for this login session on the system D-Bus (`loginctl lock-session`,
  and what locks through it: swayidle, xss-lock, the lid on many laptops), for desktops that
  lock without a screensaver service.

D-Bus is a local message bus between programs of this computer, not a network. Without a bus
(or a desktop that sends neither signal) nothing happens, and auto-lock still applies.
"""

from __future__ import annotations

import os

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
LOGIND = "org.freedesktop.login1"
LOGIND_SESSION = "org.freedesktop.login1.Session"


def logind_session_path(session_id: str) -> str:
    """logind's object path of a login session (`XDG_SESSION_ID`): the id escaped as systemd
    escapes a path element (a byte other than a letter, or than a digit after the first, as
    `_` and two hex digits: "2" -> "_32", "c1" -> "c1")."""
    escaped = "".join(
        chr(byte) if chr(byte).isascii() and (chr(byte).isalpha() or (i and chr(byte).isdigit()))
        else f"_{byte:02x}"
        for i, byte in enumerate(session_id.encode())
    )  # fmt: skip
    return f"/org/freedesktop/login1/session/{escaped or '_'}"


class ScreenLockWatch(QObject):
    """Emits `screen_locked` when a screensaver on the session bus says it became active, or
    logind says this login session is to be locked. `listening` counts what is watched."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = 0
        bus = QDBusConnection.sessionBus()
        # The stubs type the slot signature as bytes, but PySide6 only accepts a str there
        # (bytes raise ValueError), hence the two `type: ignore[call-overload]` below.
        if bus.isConnected():
            for path, interface in SCREENSAVERS:
                if bus.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, "1_active_changed(bool)"
                ):
                    self.listening += 1
        session = os.environ.get("XDG_SESSION_ID", "")
        system = QDBusConnection.systemBus() if session else None
        if system is not None and system.isConnected():
            path = logind_session_path(session)
            if system.connect(LOGIND, path, LOGIND_SESSION, "Lock", self, "1_session_locked()"):  # type: ignore[call-overload]
                self.listening += 1

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def _session_locked(self) -> None:
        self.screen_locked.emit()
