"""Screenshots of the Reports and Backup pages at 1280×800, for docs/screenshots.

Run under a virtual display, from the project folder:

    xvfb-run -a -s "-screen 0 1280x800x24" python tests/ui/screenshots_pages.py

(not a test: pytest does not collect it). The case is the invented demo case with a few
photos from ../shared/fixtures/real-images; backups go to a scratch folder standing in for a
USB stick. Writes reports.png, reports-ko.png, backup.png, backup-ko.png and welcome-backup.png
(the restore page).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]

from quietcase.app.case import create_case, open_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.evidence.intake import IntakeDetails  # noqa: E402
from quietcase.ui.prompts import Prompts  # noqa: E402
from quietcase.ui.style import STYLE  # noqa: E402
from tests.i18n.korean_window import demo_case, speaking, window  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PHOTOS = ROOT.parent / "shared" / "fixtures" / "real-images"
PASS = "purple umbrellas and a train"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def save(app: QApplication, widget: QWidget, name: str) -> None:
    for _ in range(8):
        app.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def pages(app: QApplication, folder: Path, suffix: str) -> None:
    clock = FixedClock(NOW)
    vault = folder / f"case{suffix}.quietcase"
    create_case(vault, PASS, clock).close()
    demo_case(vault, PASS, clock, NOW.date())
    with open_case(vault, PASS, clock) as case:
        photos = sorted(p for p in PHOTOS.glob("*.jpg") if "invalid" not in p.name)[:4]
        case.intake.import_paths(photos, IntakeDetails(incident_ids=(1,)))
    win = window(clock, folder / f"config{suffix}")
    win.resize(1280, 800)
    win.show()
    win.show_unlock(vault)
    win.start.unlock.passphrase.setText(PASS)
    win.start.unlock.unlock_button.click()

    win.case_view.show_page("reports")
    reports = win.case_view.reports
    reports.form.title.setText("Images shared without consent" if not suffix else "동의 없는 유포")
    reports.form.name.setText("J. K.")
    reports.preview_button.click()
    save(app, win, f"reports{suffix}")

    usb = folder / f"USB{suffix}"
    usb.mkdir()
    backup = win.case_view.backup
    win.case_view.show_page("backup")
    for n in range(2):
        backup.passphrase.setText(PASS)
        if n == 0:
            Prompts.set_next_answer([str(usb)])
        backup.backup_button.click()
        clock.advance(days=9)
    backup.passphrase.setText(PASS)
    backup.check_selected.click()
    clock.advance(days=9)
    win.case_view.reload()  # 18 days since the last backup: the reminder shows
    save(app, win, f"backup{suffix}")
    win.lock()
    if not suffix:
        win.restore.show()
        save(app, win, "welcome-backup")
    win.close()


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyleSheet(STYLE)
    with tempfile.TemporaryDirectory() as scratch:
        with speaking("en"):
            pages(app, Path(scratch), "")
        with speaking("ko"):
            pages(app, Path(scratch), "-ko")


if __name__ == "__main__":
    main()
