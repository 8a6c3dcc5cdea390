"""The desktop's screen locks, and Quietcase locks with it (the screensaver's `ActiveChanged`
signal on the session D-Bus). Run in a child under its own `dbus-run-session`, so no real
desktop bus is touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared import PASS

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from tests.i18n.korean_window import window
from quietcase.app.core.clock import FixedClock

app = QApplication([])
shown = window(FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC)), Path(sys.argv[3]))
shown.show()
shown.show_unlock(Path(sys.argv[2]))
shown.start.unlock.passphrase.setText(sys.argv[4])
shown.start.unlock.unlock_button.click()
print("listening", shown.screen_lock.listening, "open", shown.session.is_open, flush=True)

def send(path, interface, active):
    message = QDBusMessage.createSignal(path, interface, "ActiveChanged")
    message.setArguments([active])
    QDBusConnection.sessionBus().send(message)

def report(label):
    print(label, "open", shown.session.is_open, flush=True)

FREEDESKTOP = ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")
QTimer.singleShot(50, lambda: send(*FREEDESKTOP, False))
QTimer.singleShot(300, lambda: report("after inactive"))
QTimer.singleShot(350, lambda: send("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", True))

def after_active(waited=[0]):
    # A busy machine may take a while to lock: look again every 50 ms, for up to 20 s.
    if shown.session.is_open and waited[0] < 400:
        waited[0] += 1
        QTimer.singleShot(50, after_active)
        return
    report("after active")
    app.quit()

QTimer.singleShot(400, after_active)
app.exec()
"""


# This machine's own login session and system bus stay out of the screensaver tests.
NO_LOGIND = {"XDG_SESSION_ID": "", "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent"}

# logind's `Lock`, sent on the test's private bus standing in for the system bus (the child
# owns logind's name there): first for another login session, then for this one ("c7").
LOGIND_CHILD = CHILD.replace(
    "import sys\n",
    "import os, sys\n"
    "os.environ['DBUS_SYSTEM_BUS_ADDRESS'] = os.environ['DBUS_SESSION_BUS_ADDRESS']\n",
    1,
).replace(
    """FREEDESKTOP = ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")
QTimer.singleShot(50, lambda: send(*FREEDESKTOP, False))
QTimer.singleShot(300, lambda: report("after inactive"))
QTimer.singleShot(350, lambda: send("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", True))
""",
    """QDBusConnection.sessionBus().registerService("org.freedesktop.login1")

def lock(session):
    path = "/org/freedesktop/login1/session/" + session
    message = QDBusMessage.createSignal(path, "org.freedesktop.login1.Session", "Lock")
    QDBusConnection.sessionBus().send(message)

QTimer.singleShot(50, lambda: lock("c8"))
QTimer.singleShot(300, lambda: report("after another session"))
QTimer.singleShot(350, lambda: lock("c7"))
""",
)


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session")
def test_a_locked_login_session_locks_the_case(vault_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_SESSION_ID": "c7"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", LOGIND_CHILD, str(ROOT),
         str(vault_path), str(tmp_path / "config"), PASS],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if "open" in line]
    assert lines == [
        "listening 6 open True",  # five screensavers and logind
        "after another session open True",  # someone else's session is not hers
        "after active open False",
    ], result.stdout + result.stderr


def test_logind_session_paths_are_escaped_as_systemd_does() -> None:
    from quietcase.ui.privacy.screen_lock import logind_session_path

    base = "/org/freedesktop/login1/session/"
    assert logind_session_path("c1") == base + "c1"
    assert logind_session_path("2") == base + "_32"
    assert logind_session_path("12") == base + "_312"
    assert logind_session_path("a-b") == base + "a_2db"
    assert logind_session_path("") == base + "_"


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session")
def test_a_locked_screen_locks_the_case(vault_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **NO_LOGIND}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", CHILD, str(ROOT), str(vault_path),
         str(tmp_path / "config"), PASS],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if "open" in line]
    assert lines == [
        "listening 5 open True",
        "after inactive open True",  # the screensaver going away is not a reason
        "after active open False",
    ], result.stdout + result.stderr


def test_without_a_session_bus_nothing_is_watched(vault_path: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
        "XDG_SESSION_ID": "2",
        "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent",
    }
    script = CHILD.replace("app.exec()", "")
    result = subprocess.run(
        [sys.executable, "-c", script, str(ROOT), str(vault_path), str(tmp_path / "c"), PASS],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip
    assert "listening 0 open True" in result.stdout, result.stdout + result.stderr
