"""Screenshots of every page in the dark theme at 100 % text on a 1280×800 screen (English and
Korean), with the incident editor, an overdue deadline, a notice, blurred pictures and the
lock warning, for looking at; a few are kept in docs/screenshots as dark-*.png.

Run from the project folder, offscreen or under a virtual display:

    QT_QPA_PLATFORM=offscreen python tests/ui/screenshots_dark.py [FOLDER]

(not a test: pytest does not collect it). Writes dark-<page>.png and dark-<page>-ko.png into
FOLDER (docs/screenshots when not given).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quietcase.app.case import create_case, open_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.evidence.intake import IntakeDetails  # noqa: E402
from quietcase.app.settings import Settings  # noqa: E402
from quietcase.ui.style import DARK, apply_look  # noqa: E402
from tests.i18n.korean_window import demo_case, speaking, window  # noqa: E402

PHOTOS = ROOT.parent / "shared" / "fixtures" / "real-images"
if not PHOTOS.is_dir():
    PHOTOS = Path("/work/shared/fixtures/real-images")
PASS = "purple umbrellas and a train"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def shots(app: QApplication, folder: Path, out: Path, suffix: str) -> None:
    clock = FixedClock(NOW)
    vault = folder / f"case{suffix}.quietcase"
    create_case(vault, PASS, clock).close()
    demo_case(vault, PASS, clock, NOW.date())
    with open_case(vault, PASS, clock) as case:
        photos = sorted(p for p in PHOTOS.glob("*.jpg") if "invalid" not in p.name)[:4]
        case.intake.import_paths(photos, IntakeDetails(incident_ids=(1,)))
    settings = Settings()
    settings.theme = "dark"
    settings.remember(vault)
    win = window(clock, folder / f"config{suffix}", settings)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()

    def save(widget: QWidget, name: str) -> None:
        settle(app)
        path = out / f"dark-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    save(win, "unlock")
    win.start.unlock.passphrase.setText(PASS)
    win.start.unlock.unlock_button.click()
    view = win.case_view
    for page in view.page_names:
        view.show_page(page)
        save(win, page)
    view.show_page("timeline")
    win._warn_of_lock(30)
    save(win, "lock-warning")
    win._warning_shown.setVisible(False)
    dialog = view.editors.edit("incident", None)
    dialog.show()
    save(dialog, "incident")
    dialog.close_for_lock()
    view.show_page("evidence")
    view.show_problem("This is how a problem notice looks.")
    save(win, "notice")
    win.quick_hide()
    save(win, "hidden")
    win.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    apply_look(app, 100, DARK)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        with speaking("en"):
            shots(app, Path(scratch), out, "")
        with speaking("ko"):
            shots(app, Path(scratch), out, "-ko")


if __name__ == "__main__":
    main()
