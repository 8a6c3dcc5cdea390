"""The evidence gallery with 20,000 items, and the window while 1 GiB comes in. (Not a test.)

    python tests/bench/bench_evidence_ui.py [VAULT]    # offscreen

A vault with 20,000 evidence items (every one an image with stored previews, written directly)
is built once. Then, with the real threaded worker:

1. unlock -> the evidence model holds 20,000 items;
2. opening the Evidence page (the gallery lays out 20,000 items) while a 5 ms heartbeat timer
   measures the longest stall of the event loop;
3. scrolling the gallery top to bottom, a page per step, painted each time; previews are asked
   for by the painted rows only and read on the worker: the longest step and the longest
   heartbeat gap; target < 50 ms;
4. importing a 1 GiB file through the window (worker thread, progress bar): the longest
   heartbeat gap while it runs, i.e. how long the window could not react at worst.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.imaging import inspect_image
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.app.settings import Settings, SettingsStore
from quietcase.storage.vault import Vault
from quietcase.ui.main_window import MainWindow
from quietcase.ui.privacy.idle import IdleWatch
from quietcase.ui.session import Session
from quietcase.ui.style import STYLE
from quietcase.ui.workers import ThreadWorker

PASS = "bench passphrase 비밀"
CLOCK = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))
NOW = CLOCK.now().isoformat()
COUNT = 20_000
IMAGES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "real-images"


def build(path: Path) -> None:
    facts = [
        inspect_image((IMAGES / name).read_bytes())
        for name in ("gps_DSCN0010.jpg", "orientation_landscape_1.jpg", "Canon_40D.jpg")
    ]
    with Vault.create(path, PASS) as vault, vault.atomic():
        vault.executemany(
            "INSERT INTO incident (id, title, handles, tags, description, note, created_at, "
            "updated_at) VALUES (?, ?, '[]', '[]', '', '', ?, ?)",
            [(i, f"incident {i}", NOW, NOW) for i in range(1, 101)],
        )
        vault.executemany(
            "INSERT INTO blob (id, size, sha256, chunk_size) VALUES (?, 0, ?, 1048576)",
            [(i, f"{i:064x}") for i in range(1, COUNT + 1)],
        )
        vault.executemany(
            "INSERT INTO evidence (id, blob_id, sha256, filename, size, media_type, added_at, "
            "description, shows, tags, updated_at) "
            "VALUES (?, ?, ?, ?, 0, 'image/jpeg', ?, ?, '', '[\"room\"]', ?)",
            [
                (i, i, f"{i:064x}", f"photo_{i}.jpg", NOW, f"capture {i}", NOW)
                for i in range(1, COUNT + 1)
            ],
        )
        vault.executemany(
            "INSERT INTO evidence_incident (evidence_id, incident_id) VALUES (?, ?)",
            [(i, 1 + i % 100) for i in range(1, COUNT + 1)],
        )
        vault.executemany(
            "INSERT INTO evidence_image (evidence_id, width, height, exif, has_gps, dhash, "
            "thumbnail, blurred, problem) VALUES (?, ?, ?, '{}', 0, ?, ?, ?, '')",
            [
                (i, f.width, f.height, f.dhash, f.thumbnail, f.blurred)
                for i in range(1, COUNT + 1)
                for f in [facts[i % len(facts)]]
            ],
        )


class Heartbeat:
    """A 5 ms timer; the longest gap between two ticks is the longest stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps = []
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.gaps.append(self.clock.restart() / 1000)

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0)


def wait(app: QCoreApplication, until: object, limit: float = 600.0) -> None:
    deadline = time.perf_counter() + limit
    while not until():  # type: ignore[operator]
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError
        time.sleep(0.001)


def pump(app: QCoreApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(folder) / "bench.quietcase"
        if not path.exists():
            t = time.perf_counter()
            build(path)
            print(f"built the vault in {time.perf_counter() - t:.1f} s")
        worker = ThreadWorker()
        session = Session(worker, CLOCK)
        settings = Settings()
        settings.remember(path)
        window = MainWindow(session, settings, SettingsStore(Path(folder) / "cfg"), IdleWatch())
        window.resize(1280, 800)
        window.show()
        page = window.case_view.evidence
        beat = Heartbeat()

        window.start.unlock.passphrase.setText(PASS)
        start = time.perf_counter()
        window.start.unlock.unlock_button.click()
        wait(app, lambda: page.model.rowCount() >= COUNT)
        loaded = time.perf_counter() - start
        wait(app, lambda: not worker.busy)

        beat.start()
        start = time.perf_counter()
        window.case_view.show_page("evidence")
        app.processEvents()
        opened = time.perf_counter() - start
        pump(app, 1.0)  # batched layout and the first previews
        wait(app, lambda: not worker.busy)
        open_stall = beat.stop()

        bar = page.gallery.verticalScrollBar()
        steps: list[float] = []
        value = 0
        beat.start()
        while value <= bar.maximum():
            start = time.perf_counter()
            bar.setValue(value)
            page.gallery.viewport().repaint()
            app.processEvents()
            steps.append(time.perf_counter() - start)
            value += max(1, bar.pageStep())
        wait(app, lambda: not worker.busy)
        scroll_stall = beat.stop()
        previews = len(page.model._blurred)

        big = Path(folder) / "recording.mp4"
        with open(big, "wb") as out:
            block = os.urandom(1024 * 1024)
            for _ in range(1024):
                out.write(block)
        actions = window.case_view.evidence_actions
        beat.start()
        start = time.perf_counter()
        actions.start_import([big], IntakeDetails())
        wait(app, lambda: actions.token is None)
        imported = time.perf_counter() - start
        import_stall = beat.stop()
        window.close()
        wait(app, lambda: not worker.busy)
        worker.shutdown()

    ms = 1000
    print()
    print("| what | measured | target |")
    print("|---|---|---|")
    print(f"| unlock -> 20,000 items in the evidence model | {loaded * ms:.0f} ms | |")
    print(
        f"| open the gallery: first paint / longest stall while laying out | "
        f"{opened * ms:.0f} ms / {open_stall * ms:.0f} ms | < 50 ms |"
    )
    print(
        f"| scroll {len(steps)} pages: longest step (median) | {max(steps) * ms:.1f} ms "
        f"({statistics.median(steps) * ms:.1f} ms) | < 50 ms |"
    )
    print(f"| scroll: longest heartbeat gap | {scroll_stall * ms:.1f} ms | < 50 ms |")
    print(f"| previews read on the worker while scrolling | {previews:,} | |")
    print(
        f"| import 1 GiB through the window: time / longest heartbeat gap | "
        f"{imported:.1f} s / {import_stall * ms:.0f} ms | responsive |"
    )


if __name__ == "__main__":
    main()
