"""Screenshots at 200 % text on a 1280×800 screen (English and Korean), with the keyboard focus
shown, for docs/screenshots; and the window's minimum size at 200 %.

Run under a virtual display, from the project folder:

    xvfb-run -a -s "-screen 0 1280x800x24" python tests/ui/screenshots_access.py

(not a test: pytest does not collect it). Writes access-200-<page>.png and
access-200-<page>-ko.png.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quietcase.app.case import create_case, open_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.evidence.intake import IntakeDetails  # noqa: E402
from quietcase.app.settings import Settings  # noqa: E402
from quietcase.ui.style import style_sheet  # noqa: E402
from tests.i18n.korean_window import demo_case, speaking, window  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PHOTOS = ROOT.parent / "shared" / "fixtures" / "real-images"
if not PHOTOS.is_dir():
    PHOTOS = Path("/work/shared/fixtures/real-images")
PASS = "purple umbrellas and a train"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PAGES = ["timeline", "evidence", "links", "reports", "backup", "settings"]


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def shots(app: QApplication, folder: Path, suffix: str) -> None:
    clock = FixedClock(NOW)
    vault = folder / f"case{suffix}.quietcase"
    create_case(vault, PASS, clock).close()
    demo_case(vault, PASS, clock, NOW.date())
    with open_case(vault, PASS, clock) as case:
        photos = sorted(p for p in PHOTOS.glob("*.jpg") if "invalid" not in p.name)[:4]
        case.intake.import_paths(photos, IntakeDetails(incident_ids=(1,)))
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), 200))
    settings = Settings()
    settings.text_size = 200
    settings.remember(vault)
    win = window(clock, folder / f"config{suffix}", settings)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    settle(app)
    print(
        f"minimum size at 200 % ({suffix or 'en'}):",
        win.minimumSizeHint().toTuple(),
        win.minimumSize().toTuple(),
    )
    win.start.unlock.passphrase.setText(PASS)
    win.start.unlock.unlock_button.setFocus(Qt.FocusReason.TabFocusReason)
    save(app, win, f"access-200-unlock{suffix}")
    win.start.unlock.unlock_button.click()
    view = win.case_view
    for page in PAGES:
        view.show_page(page)
        widget = view.pages.currentWidget()
        first = next(
            (
                w
                for w in widget.findChildren(QWidget)
                if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ),
            view.nav,
        )
        first.setFocus(Qt.FocusReason.TabFocusReason)
        save(app, win, f"access-200-{page}{suffix}")
    dialog = view.editors.edit("incident", None)
    dialog.show()
    save(app, dialog, f"access-200-incident{suffix}")
    dialog.close_for_lock()
    print(
        f"window size after the pages ({suffix or 'en'}):",
        win.size().toTuple(),
        win.minimumSizeHint().toTuple(),
    )
    win.close()


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as scratch:
        with speaking("en"):
            shots(app, Path(scratch), "")
        with speaking("ko"):
            shots(app, Path(scratch), "-ko")


if __name__ == "__main__":
    main()
