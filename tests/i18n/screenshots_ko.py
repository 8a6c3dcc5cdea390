"""Korean screenshots of the main pages at 1280×800, for docs/screenshots/*-ko.png.

Run under a virtual display, from the project folder:

    xvfb-run -a -s "-screen 0 1280x800x24" python tests/i18n/screenshots_ko.py

(not a test: pytest does not collect it). The case is the invented demo case, with a few
photos from ../shared/fixtures/real-images as evidence (shown blurred, as she would see them).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from quietcase.app.case import create_case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.app.settings import Settings
from quietcase.ui.prompts import Prompts
from quietcase.ui.style import STYLE
from tests.i18n.korean_window import demo_case, speaking, window

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
PHOTOS = ROOT.parent / "shared" / "fixtures" / "real-images"
PASS = "보라색 우산 세 개와 기차"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    _settle(app)
    path = OUT / f"{name}-ko.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyleSheet(STYLE)
    Prompts.test_mode = False
    clock = FixedClock(NOW)
    with speaking("ko"), tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        vault = folder / "사건기록.quietcase"
        create_case(vault, PASS, clock).close()
        demo_case(vault, PASS, clock, NOW.date())
        with open_case(vault, PASS, clock) as case:
            photos = sorted(p for p in PHOTOS.glob("*.jpg") if "invalid" not in p.name)[:6]
            case.intake.import_paths(
                photos, IntakeDetails(incident_ids=(1,), shows="텔레그램 방에 올라온 합성 사진")
            )

        first = window(clock, folder / "config")
        first.resize(1280, 800)
        first.show()
        save(app, first, "welcome")
        first.show_create()
        first.start.create_page.passphrase.setText("abc")
        save(app, first, "create")
        first.close()

        # A wrong passphrase is remembered in the case file: try it on a copy.
        copy = folder / "사본" / vault.name
        copy.parent.mkdir()
        shutil.copyfile(vault, copy)
        tried = window(clock, folder / "config")
        tried.resize(1280, 800)
        tried.show()
        tried.show_unlock(copy)
        tried.start.unlock.passphrase.setText("틀린 비밀번호")
        tried.start.unlock.unlock_button.click()
        tried.start.unlock.passphrase.clear()
        save(app, tried, "unlock")
        tried.close()

        settings = Settings()
        settings.remember(vault)
        shown = window(clock, folder / "config", settings)
        shown.resize(1280, 800)
        shown.show()
        shown.start.unlock.passphrase.setText(PASS)
        shown.start.unlock.unlock_button.click()
        view = shown.case_view
        for name in ("timeline", "evidence", "contacts", "deadlines", "requests", "settings"):
            view.show_page(name)
            save(app, shown, name)
        view.search_box.setText("텔레그램")
        save(app, shown, "search")
        view.search_box.clear()
        view.show_page("timeline")
        entries = view.timeline.model.rows()
        korean = next(
            e for e in entries if e.incident.title.startswith("텔레그램") and e.incident.links
        )
        editor = view.editors.edit("incident", korean.incident)
        editor.resize(900, 620)
        save(app, editor, "incident-editor")
        editor.tabs.setCurrentIndex(1)
        save(app, editor, "incident-links")
        editor.close_for_lock()
        shown.close()


if __name__ == "__main__":
    main()
