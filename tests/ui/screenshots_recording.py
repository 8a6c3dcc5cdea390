"""Screenshots of recording what happened with its screenshots, at 1280×800, for
docs/screenshots: the incident editor's Evidence tab, the quick record form (Ctrl+N) and the
picker for linking evidence she already has, in English and Korean.

Run under a virtual display, from the project folder:

    xvfb-run -a -s "-screen 0 1280x800x24" python tests/ui/screenshots_recording.py

(not a test: pytest does not collect it). The case is the invented demo case with a few
photos from ../shared/fixtures/real-images. Writes incident-evidence(-ko).png,
quick-record(-ko).png and evidence-picker(-ko).png.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quietcase.app.case import create_case, open_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.core.kinds import RecordKind  # noqa: E402
from quietcase.app.evidence.intake import IntakeDetails  # noqa: E402
from quietcase.ui.journal.incident import IncidentDialog  # noqa: E402
from quietcase.ui.style import STYLE  # noqa: E402
from tests.i18n.korean_window import demo_case, speaking, window  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PHOTOS = ROOT.parent / "shared" / "fixtures" / "real-images"
if not PHOTOS.is_dir():
    PHOTOS = Path("/work/shared/fixtures/real-images")
PASS = "purple umbrellas and a train"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def save(app: QApplication, name: str, over: QWidget) -> None:
    """The whole 1280×800 screen: the window with the form over it."""
    for _ in range(20):
        app.processEvents()
    screen = over.screen()
    path = OUT / f"{name}.png"
    screen.grabWindow(0).save(str(path))
    print(path.relative_to(ROOT))


def shots(app: QApplication, folder: Path, suffix: str) -> None:
    korean = bool(suffix)
    clock = FixedClock(NOW)
    vault = folder / f"case{suffix}.quietcase"
    create_case(vault, PASS, clock).close()
    demo_case(vault, PASS, clock, NOW.date())
    photos = sorted(p for p in PHOTOS.glob("*.jpg") if "invalid" not in p.name)
    with open_case(vault, PASS, clock) as case:
        case.intake.import_paths(photos[:2], IntakeDetails(incident_ids=(1,)))
        case.intake.import_paths(photos[2:7], IntakeDetails(tags=("screenshot",)))
    win = window(clock, folder / f"config{suffix}")
    win.resize(1280, 800)
    win.move(0, 0)
    win.show()
    win.show_unlock(vault)
    win.start.unlock.passphrase.setText(PASS)
    win.start.unlock.unlock_button.click()
    view = win.case_view
    clipboard = app.clipboard()

    # The incident editor's Evidence tab: two linked, one pasted (not saved yet).
    first = next(e.incident for e in view.timeline.model.rows() if e.incident.id == 1)
    editor = view.editors.edit(RecordKind.INCIDENT, first)
    assert isinstance(editor, IncidentDialog)
    editor.move(190, 70)
    editor.tabs.setCurrentWidget(editor.evidence)
    clipboard.setImage(QImage(str(photos[7])))
    editor.evidence.paste()
    editor.evidence.captured_by.setText("나" if korean else "me")
    editor.evidence.captured_by.textEdited.emit(editor.evidence.captured_by.text())
    save(app, f"incident-evidence{suffix}", editor)

    # The picker, with a word typed.
    picker = editor.evidence.open_picker()
    picker.move(260, 120)
    picker.finder.setText("screenshot")
    save(app, f"evidence-picker{suffix}", picker)
    picker.reject()
    editor.close_for_lock()

    # Quick record: Ctrl+N, a pasted screenshot, one line.
    clipboard.setImage(QImage(str(photos[8 % len(photos)])))
    quick = view.editors.quick_record()
    quick.move(320, 100)
    quick.evidence.paste()
    quick.title.setText(
        "단톡방에 내 사진이 올라왔어요" if korean else "My photo was posted in the group chat"
    )
    quick.when.set_text("2026-11-24")
    save(app, f"quick-record{suffix}", quick)
    quick.close_for_lock()
    win.lock()
    win.close()


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyleSheet(STYLE)
    with tempfile.TemporaryDirectory() as scratch:
        with speaking("en"):
            shots(app, Path(scratch), "")
        with speaking("ko"):
            shots(app, Path(scratch), "-ko")


if __name__ == "__main__":
    main()
