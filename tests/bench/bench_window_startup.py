"""The window's first frame and its unlock, as a whole process, against a bare PySide6 window
and a bare SQLCipher open in the same run. (Not a test.)

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_window_startup.py [ROUNDS]   # 5

Each figure is the fastest of ROUNDS new processes, timed from just before the process is
started (CLOCK_MONOTONIC is shared by every process), with the bytecode written by a first
run that is not timed, as an installed program has it:

- first paint: the first paint event of the window. Ours shows the unlock screen of the case
  file opened last (the settings of this run name the demo case file); the bare window is a
  QMainWindow with a passphrase field and a button;
- unlocked: the passphrase is given at the first paint (+0 ms), or two seconds later, as if
  typed (+2000 ms); the time is taken when the open case is shown (ours: the case view
  painted after `Session.opened`; bare: a thread opens the file with SQLCipher, keys it,
  reads `SELECT * FROM incident`, and the window shows a label with the count, painted).
  "wait after asking" runs from the passphrase given to the case shown.

Ours makes the case's pages after the first frame (`ui/main_window.py`, `warm_up`): at +0 ms
the wait includes making them; at +2000 ms they are ready, as when she types.

Targets (issue 25): the unlock screen before anything it does not need is imported; figures
side by side with the bare ones.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from quietcase.app.case import create_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.settings import SettingsStore
from quietcase.cli.demo import fill_demo
from quietcase.storage.vault import key_literal

PASS = "bench passphrase"
TYPING_MS = 2000  # a passphrase typed in two seconds
CLOCK = FixedClock(datetime(2026, 11, 25, 9, tzinfo=UTC))

BARE = """
import json, os, sys, threading, time
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QPushButton
from PySide6.QtWidgets import QVBoxLayout, QWidget
import sqlcipher3

marks = {}
app = QApplication(sys.argv[:1])

class Opened(QObject):
    done = Signal(int)

opened = Opened()
window = QMainWindow()
page = QWidget()
column = QVBoxLayout(page)
field = QLineEdit()
field.setEchoMode(QLineEdit.EchoMode.Password)
column.addWidget(field)
column.addWidget(QPushButton("Unlock"))
window.setCentralWidget(page)
window.resize(1180, 760)

def open_file():
    conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA key = " + sys.argv[2])
    rows = conn.execute("SELECT * FROM incident").fetchall()
    conn.close()
    opened.done.emit(len(rows))

def ask():
    marks["asked"] = time.monotonic()
    threading.Thread(target=open_file).start()

def show_case(count):
    label = QLabel(f"{count} incidents")
    label.installEventFilter(watch)
    window.setCentralWidget(label)

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if "first_paint" not in marks:
                marks["first_paint"] = time.monotonic()
                QTimer.singleShot(int(sys.argv[3]), ask)
            elif obj is not window and "unlocked" not in marks and "asked" in marks:
                marks["unlocked"] = time.monotonic()
                print(json.dumps(marks), flush=True)
                os._exit(0)
        return False

watch = Watch()
window.installEventFilter(watch)
opened.done.connect(show_case)
window.show()
app.exec()
"""

OURS = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
import quietcase.ui.main as ui_main
from quietcase.ui.main_window import MainWindow

marks = {}
path, passphrase, typing = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])

class Watch(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "first_paint" not in marks:
            marks["first_paint"] = time.monotonic()
            marks["modules_at_first_paint"] = len(sys.modules)
            marks["case_view_imported"] = "quietcase.ui.case_view" in sys.modules
            QTimer.singleShot(typing, self.ask)
        elif (
            event.type() == QEvent.Type.Paint
            and "opened" in marks
            and "unlocked" not in marks
            and obj is self.window.case_view
        ):
            marks["unlocked"] = time.monotonic()
            print(json.dumps(marks), flush=True)
            os._exit(0)
        return False

    def ask(self):
        marks["asked"] = time.monotonic()
        self.window.unlock(path, passphrase)

real_show = MainWindow.show

def show(window):
    watch = Watch(window)
    window.installEventFilter(watch)
    window._bench_watch = watch
    def opened():
        marks["opened"] = time.monotonic()
        window.case_view.installEventFilter(watch)
        window.case_view.update()
    window.session.opened.connect(opened)
    real_show(window)

MainWindow.show = show
ui_main.main(sys.argv[:1])
"""


def run(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.monotonic()
    done = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=120)
    lines = done.stdout.decode("utf-8", "replace").strip().splitlines()
    if not lines:
        raise SystemExit(f"{argv[:3]} printed nothing: {done.stderr.decode(errors='replace')}")
    marks = json.loads(lines[-1])
    for mark in ("first_paint", "asked", "unlocked"):
        marks[mark] -= start
    return marks


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory(prefix="bench-window-") as tmp:
        folder = Path(tmp)
        vault = folder / "case.quietcase"
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        with create_case(vault, PASS, CLOCK) as case:
            case.together(lambda: fill_demo(case.journal, CLOCK.now().date()))
        store = SettingsStore()
        settings = store.load()
        settings.remember(vault)
        store.save(settings)
        runs = {
            f"{who}, unlock at +{typing} ms": [
                sys.executable,
                "-c",
                script,
                str(vault),
                key,
                str(typing),
            ]
            for typing in (0, TYPING_MS)
            for who, script, key in (("bare", BARE, key_literal(PASS)), ("ours", OURS, PASS))
        }
        for argv in runs.values():  # writes the bytecode; not timed
            run(argv, env)
        marks: dict[str, list[dict[str, float]]] = {name: [] for name in runs}
        for _ in range(rounds):
            for name, argv in runs.items():
                marks[name].append(run(argv, env))
    print(f"best of {rounds} whole processes, ms from the start of the process")
    print(f"{'what':<26} {'first paint':>12} {'unlocked':>9} {'wait after asking':>18}")
    for name, values in marks.items():
        paint = min(v["first_paint"] for v in values)
        unlocked = min(v["unlocked"] for v in values)
        wait = min(v["unlocked"] - v["asked"] for v in values)
        print(f"{name:<26} {paint * 1000:12.0f} {unlocked * 1000:9.0f} {wait * 1000:18.0f}")
    sample = marks[f"ours, unlock at +{TYPING_MS} ms"][0]
    print(
        f"at our first paint: {sample.get('modules_at_first_paint', 0):.0f} modules loaded; "
        f"the case view imported: {bool(sample.get('case_view_imported'))}"
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"(python {sys.version.split()[0]}, SQLite {sqlcipher3.sqlite_version}, Qt platform "
        f"{env['QT_QPA_PLATFORM']}, {os.cpu_count()} CPUs, load average {load})"
    )


if __name__ == "__main__":
    main()
