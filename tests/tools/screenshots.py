"""Screenshots of every page at 1280×800, at 100 % and 150 % text, in English and Korean, for
docs/screenshots (page-<page>-<percent>-<language>.png), made offscreen from the invented demo
case and a few real photos.

    python -m tests.tools.screenshots              # every page, both sizes, both languages
    python -m tests.tools.screenshots --language en --percent 150   # one of them

The README's English page pictures (timeline.png, evidence-gallery.png, …) are copies of
these; its Korean ones come from tests/i18n/screenshots_ko.py.

Not a test (pytest does not collect it). Beside the pages: the Evidence gallery and list views,
the Reports preview and the Add evidence dialog.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]

from quietcase.app.case import create_case, open_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.evidence.intake import IntakeDetails  # noqa: E402
from quietcase.ui.main_window import MainWindow  # noqa: E402
from quietcase.ui.style import style_sheet  # noqa: E402
from tests.i18n.korean_window import demo_case, speaking, window  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
# the README's English pictures, from the same shots (the Korean ones: tests/i18n/screenshots_ko.py)
README = {
    "page-timeline-100-en": "timeline",
    "page-evidence-100-en": "evidence-gallery",
    "page-deadlines-100-en": "deadlines",
    "page-requests-100-en": "requests",
    "page-settings-100-en": "settings",
    "dialog-intake-100-en": "intake-dialog",
    "page-timeline-150-en": "timeline-150",
    "page-evidence-150-en": "evidence-gallery-150",
    "page-deadlines-150-en": "deadlines-150",
}
PHOTOS = ROOT.parent / "shared" / "fixtures" / "real-images"
if not PHOTOS.is_dir():
    PHOTOS = Path("/work/shared/fixtures/real-images")
PASS = "purple umbrellas and a train"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> Path:
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))
    if name in README:
        shutil.copyfile(path, OUT / f"{README[name]}.png")
    return path


def seeded_case(folder: Path, language: str) -> Path:
    clock = FixedClock(NOW)
    vault = folder / f"case-{language}.quietcase"
    if vault.exists():
        return vault
    create_case(vault, PASS, clock).close()
    demo_case(vault, PASS, clock, NOW.date())
    with open_case(vault, PASS, clock) as case:
        photos = sorted(p for p in PHOTOS.glob("*.jpg") if "invalid" not in p.name)[:6]
        case.intake.import_paths(photos, IntakeDetails(incident_ids=(1,)))
    return vault


def opened(app: QApplication, folder: Path, language: str, percent: int) -> MainWindow:
    """The window at 1280×800 with the seeded case open, at `percent` text."""
    vault = seeded_case(folder, language)
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), percent))
    win = window(FixedClock(NOW), folder / f"config-{language}-{percent}")
    win.resize(1280, 800)
    win.show()
    win.show_unlock(vault)
    win.start.unlock.passphrase.setText(PASS)
    win.start.unlock.unlock_button.click()
    win.case_view.use_text_size(percent)
    settle(app)
    return win


def intake_dialog(app: QApplication, win: MainWindow, name: str) -> None:
    photos = sorted(p for p in PHOTOS.glob("*.jpg") if "invalid" not in p.name)[:2]
    dialog = win.case_view.evidence_actions.add_paths(photos)
    save(app, dialog, name)
    dialog.reject()


def shoot(app: QApplication, folder: Path, language: str, percent: int) -> None:
    win = opened(app, folder, language, percent)
    view = win.case_view
    tag = f"{percent}-{language}"
    for page in view.page_names:
        view.show_page(page)
        save(app, win, f"page-{page}-{tag}")
    view.show_page("evidence")
    view.evidence.list_button.click()
    save(app, win, f"page-evidence-list-{tag}")
    view.evidence.gallery_button.click()
    view.show_page("reports")
    view.reports.preview_button.click()
    save(app, win, f"page-reports-preview-{tag}")
    intake_dialog(app, win, f"dialog-intake-{tag}")
    win.lock()
    win.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=["en", "ko"], action="append")
    parser.add_argument("--percent", type=int, choices=[100, 150, 200], action="append")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for language in args.language or ["en", "ko"]:
            with speaking(language):
                for percent in args.percent or [100, 150]:
                    shoot(app, Path(scratch), language, percent)


if __name__ == "__main__":
    main()
