"""The window with a large case: unlock to timeline, search as you type, scrolling. (Not a test.)

    python tests/bench/bench_ui.py [VAULT]            # offscreen
    xvfb-run -a python tests/bench/bench_ui.py [VAULT]  # on a virtual X screen

VAULT: keep the built vault there (and reuse it next time) instead of a temporary folder.

A vault with 10,000 incidents (a link, a handle and tags each), 2,000 contacts and 20,000
evidence rows (metadata and empty blobs, written directly) is built once in a temporary
folder. Then, with the real threaded worker:

1. key derivation alone (bare SQLCipher connect + key + one read), median of 5;
2. "Unlock" pressed -> timeline model holds all 10,000 rows (event loop running), median of 5;
   target: key derivation + 300 ms;
3. search as you type: 50 queries in Korean and English (two-syllable ones included), each
   timed in `app.search.search` on the worker's connection and end to end (text typed ->
   results shown); target p95 < 20 ms;
4. scrolling the timeline from top to bottom a page at a time, each step painted at once:
   the longest step is the longest stall of the event loop; target < 50 ms.
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

import sqlcipher3
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from quietcase.app.core.clock import FixedClock
from quietcase.app.search import LiveSearch, search
from quietcase.app.settings import Settings, SettingsStore
from quietcase.storage.vault import Vault, key_literal
from quietcase.ui.main_window import MainWindow
from quietcase.ui.privacy.idle import IdleWatch
from quietcase.ui.session import Session
from quietcase.ui.style import STYLE
from quietcase.ui.workers import ThreadWorker

PASS = "bench passphrase 비밀"
CLOCK = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))
NOW = CLOCK.now().isoformat()
PLATFORMS = ("Telegram", "X", "KakaoTalk", "Instagram", "Discord", "Website")
WORDS = (
    "딥페이크 영상",
    "합성사진",
    "불법촬영",
    "유포협박",
    "재유포",
    "신상",
    "사칭",
    "텔레그램 방",
)

QUERIES = [
    "딥",
    "딥페",
    "딥페이",
    "딥페이크",
    "딥페이크 영",
    "딥페이크 영상",
    "텔",
    "텔레",
    "텔레그",
    "텔레그램",
    "합성",
    "합성사진",
    "불법",
    "불법촬영",
    "유포",
    "유포협박",
    "재유포",
    "신상",
    "사칭",
    "예시",
    "변호사",
    "경찰",
    "진술",
    "t",
    "te",
    "tel",
    "tele",
    "teleg",
    "telegram",
    "room",
    "room 12",
    "shadow",
    "shadow_7",
    "@demo_4",
    "example",
    "t.me",
    "t.me/example_99",
    "re-upload",
    "deepfake",
    "deepfake 합성",
    "screenshot",
    "png",
    "kakao",
    "police",
    "lawyer",
    "support",
    "takedown",
    "zzz",
    "없는말",
    "x",
]


def build(path: Path) -> None:
    with Vault.create(path, PASS) as vault, vault.atomic():
        vault.executemany(
            "INSERT INTO incident (id, title, when_text, when_start, when_end, platform, place, "
            "handles, tags, description, note, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
            [_incident(i) for i in range(1, 10_001)],
        )
        vault.executemany(
            "INSERT INTO incident_link (incident_id, position, url, post_title, uploader, "
            "status) VALUES (?, 0, ?, ?, ?, 'online')",
            [
                (i, f"https://t.me/example_{i % 300}/{i}", f"post {i}", f"@shadow_{i % 50}")
                for i in range(1, 10_001)
            ],
        )
        vault.executemany(
            "INSERT INTO contact (id, name, role, organisation, email, handles, note, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)",
            [
                (
                    i,
                    f"{'김이박최정'[i % 5]}예시 {i}" if i % 2 else f"Example Person {i}",
                    ("lawyer", "police", "support_centre", "witness", "suspect")[i % 5],
                    f"예시 기관 {i % 30}",
                    f"person{i}@example.org",
                    f'["@contact_{i}"]',
                    NOW,
                    NOW,
                )
                for i in range(1, 2_001)
            ],
        )
        vault.executemany(
            "INSERT INTO blob (id, size, sha256, chunk_size) VALUES (?, 0, ?, 1048576)",
            [(i, f"{i:064x}") for i in range(1, 20_001)],
        )
        vault.executemany(
            "INSERT INTO evidence (id, blob_id, sha256, filename, size, media_type, added_at, "
            "description, shows, updated_at) VALUES (?, ?, ?, ?, 0, 'image/png', ?, ?, ?, ?)",
            [
                (
                    i,
                    i,
                    f"{i:064x}",
                    f"screenshot_{i}.png",
                    NOW,
                    f"텔레그램 방 캡처 {i} screenshot of the room",
                    "게시 사실 입증",
                    NOW,
                )
                for i in range(1, 20_001)
            ],
        )
        vault.executemany(
            "INSERT INTO evidence_incident (evidence_id, incident_id) VALUES (?, ?)",
            [(i, 1 + i % 10_000) for i in range(1, 20_001)],
        )


def _incident(i: int) -> tuple[object, ...]:
    year, month = 2020 + i % 6, 1 + i % 12
    exact = i % 3 == 0
    when = f"{year}-{month:02d}-{1 + i % 28:02d}" if exact else f"{year}-{month:02d}"
    start = f"{year}-{month:02d}-{1 + i % 28 if exact else 1:02d}T00:00"
    return (
        i,
        f"{WORDS[i % len(WORDS)]} {i}번째 기록 / incident {i}",
        when,
        start,
        start[:10] + "T23:59",
        PLATFORMS[i % len(PLATFORMS)],
        f"room {i % 40}",
        f'["@demo_{i % 97}"]',
        '["deepfake", "재유포"]' if i % 2 else '["re-upload"]',
        "A synthesised image was posted in the room. 합성 이미지가 올라왔어요. " * 3,
        NOW,
        NOW,
    )


def key_derivation(path: Path) -> float:
    start = time.perf_counter()
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {key_literal(PASS)}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    return time.perf_counter() - start


def wait(app: QCoreApplication, until: object, limit: float = 30.0) -> None:
    deadline = time.perf_counter() + limit
    while not until():  # type: ignore[operator]
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError
        time.sleep(0.0005)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(folder) / "bench.quietcase"
        if not path.exists():
            t = time.perf_counter()
            build(path)
            print(f"built the vault in {time.perf_counter() - t:.1f} s")
        print(f"vault: {path.stat().st_size / 1e6:.0f} MB")
        kdf = statistics.median(key_derivation(path) for _ in range(5))

        worker = ThreadWorker()
        session = Session(worker, CLOCK)
        settings = Settings()
        settings.remember(path)
        window = MainWindow(session, settings, SettingsStore(Path(folder) / "cfg"), IdleWatch())
        window.resize(1280, 800)
        window.show()
        timeline = window.case_view.timeline
        unlocks = []
        for _ in range(5):
            window.start.unlock.passphrase.setText(PASS)
            start = time.perf_counter()
            window.start.unlock.unlock_button.click()
            wait(app, lambda: timeline.model.rowCount() == 10_000)
            unlocks.append(time.perf_counter() - start)
            wait(app, lambda: not worker.busy)
            window.lock()
            wait(app, lambda: not worker.busy)
        unlock = statistics.median(unlocks)

        window.start.unlock.passphrase.setText(PASS)
        window.start.unlock.unlock_button.click()
        wait(app, lambda: timeline.model.rowCount() == 10_000 and not worker.busy)

        # Search in the worker (where the window runs it) and end to end.
        case = session._case
        assert case is not None

        def on_worker(job: object) -> float:
            start = time.perf_counter()
            worker._pool.submit(job).result()  # type: ignore[arg-type]
            return time.perf_counter() - start

        live = LiveSearch(case.vault)
        first = on_worker(lambda: live.search("딥페이크"))  # loads the in-memory copy
        direct = [on_worker(lambda q=query: live.search(q)) for query in QUERIES]
        one_shot = [on_worker(lambda q=query: search(case.vault, q)) for query in QUERIES]
        box, page = window.case_view.search_box, window.case_view.search_page
        shown: list[float] = []
        for query in QUERIES:
            page.summary.setText("")
            start = time.perf_counter()
            box.setText(query)
            wait(app, lambda: page.summary.text() != "" and not worker.busy)
            shown.append(time.perf_counter() - start)
        box.clear()
        app.processEvents()

        # Scrolling the timeline top to bottom, one page per step, painted each time.
        window.case_view.show_page("timeline")
        app.processEvents()
        bar = timeline.table.verticalScrollBar()
        steps: list[float] = []
        value = 0
        while value <= bar.maximum():
            start = time.perf_counter()
            bar.setValue(value)
            timeline.table.viewport().repaint()
            app.processEvents()
            steps.append(time.perf_counter() - start)
            value += max(1, bar.pageStep())
        window.close()
        wait(app, lambda: not worker.busy)
        worker.shutdown()

    ms = 1000
    print()
    print("| what | measured | target |")
    print("|---|---|---|")
    print(f"| key derivation (bare SQLCipher open) | {kdf * ms:.0f} ms | |")
    print(
        f"| Unlock -> timeline with 10,000 rows (median of 5) | {unlock * ms:.0f} ms "
        f"(KDF + {(unlock - kdf) * ms:.0f} ms) | KDF + 300 ms |"
    )
    print(
        f"| search as you type, 50 queries, in the worker | p95 {p95(direct) * ms:.1f} ms, "
        f"max {max(direct) * ms:.1f} ms | p95 < 20 ms |"
    )
    print(f"| first search after a change (loads the copy) | {first * ms:.0f} ms | |")
    print(
        f"| one-shot FTS5 search (quietcase-cli) | p95 {p95(one_shot) * ms:.1f} ms, "
        f"max {max(one_shot) * ms:.1f} ms | |"
    )
    print(
        f"| search, typed -> results shown | p95 {p95(shown) * ms:.1f} ms, "
        f"max {max(shown) * ms:.1f} ms | |"
    )
    print(
        f"| scrolling {len(steps)} pages: longest step | {max(steps) * ms:.1f} ms "
        f"(median {statistics.median(steps) * ms:.1f} ms) | < 50 ms |"
    )


if __name__ == "__main__":
    main()
