"""The window on a 2560×1600 screen with QT_SCALE_FACTOR=2 (1280×800 logical pixels), at a
text size given on the command line, in a language: prints one line of JSON with the screen,
the largest minimum size any page asks for, and whether Lock and Hide are inside the window
at its minimum size. Run by tests/ui/test_large_text.py in a process of its own (the scale
factor is read when Qt starts); by hand:

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json \\
        python tests/ui/scaled_window.py en 200
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quietcase.app.case import create_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.settings import Settings  # noqa: E402
from quietcase.ui.style import style_sheet  # noqa: E402
from tests.i18n.korean_window import demo_case, speaking, window  # noqa: E402

PASS = "purple umbrellas and a train"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SCREEN = {  # the offscreen platform's screen (QT_QPA_PLATFORM=offscreen:configfile=...)
    "screens": [{"name": "wide", "x": 0, "y": 0, "width": 2560, "height": 1600, "logicalDpi": 96}]
}


def main() -> None:
    language, percent = sys.argv[1], int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen()

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    with tempfile.TemporaryDirectory() as scratch, speaking(language):
        folder = Path(scratch)
        clock = FixedClock(NOW)
        vault = folder / "case.quietcase"
        create_case(vault, PASS, clock).close()
        demo_case(vault, PASS, clock, NOW.date())
        app.setStyleSheet(style_sheet(app.font().pointSizeF(), percent))
        settings = Settings()
        settings.text_size = percent
        settings.remember(vault)
        win = window(clock, folder / "config", settings)
        win.show()
        settle()
        win.start.unlock.passphrase.setText(PASS)
        win.start.unlock.unlock_button.click()
        settle()
        view = win.case_view
        width = height = 0
        for page in view.page_names:
            view.show_page(page)
            settle()
            wanted = win.minimumSizeHint().expandedTo(win.minimumSize())
            width, height = max(width, wanted.width()), max(height, wanted.height())
        win.resize(win.minimumSize())
        settle()

        def inside(widget: QWidget) -> bool:
            top_left = widget.mapTo(win, widget.rect().topLeft())
            return win.rect().contains(QRect(top_left, widget.size()))

        print(
            json.dumps(
                {
                    "screen": screen.geometry().getRect(),
                    "ratio": screen.devicePixelRatio(),
                    "largest_minimum": [width, height],
                    "lock_and_hide_inside": inside(view.lock_button) and inside(win.hide_button),
                }
            )
        )
        win.close()


if __name__ == "__main__":
    main()
