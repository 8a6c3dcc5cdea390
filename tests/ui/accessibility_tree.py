"""Qt's accessibility tree of the window as a screen reader receives it (over AT-SPI on Linux,
UI Automation on Windows, NSAccessibility on macOS): role, name, value or description, and
state, one line per node, for the unlock screen, the Timeline and the incident editor.

Run from the project folder (offscreen, no display needed):

    QT_QPA_PLATFORM=offscreen python tests/ui/accessibility_tree.py [ko]

(not a test: pytest does not collect it). Nodes that can take the keyboard focus and have no
name are marked "<-- NO NAME".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quietcase.app.case import create_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.app.settings import Settings  # noqa: E402
from quietcase.ui.style import STYLE  # noqa: E402
from tests.i18n.korean_window import demo_case, speaking, window  # noqa: E402
from tests.shared import NOW, PASS  # noqa: E402

SKIP_ROLES = {QAccessible.Role.ScrollBar, QAccessible.Role.Grip, QAccessible.Role.Separator}


def dump(face: QAccessibleInterface, depth: int = 0, limit: int = 400) -> list[str]:
    lines: list[str] = []
    state = face.state()
    if state.invisible or face.role() in SKIP_ROLES:
        return lines
    name = face.text(QAccessible.Text.Name)
    value = face.text(QAccessible.Text.Value)
    description = face.text(QAccessible.Text.Description)
    role = face.role().name
    marks = [m for m, on in (("focusable", state.focusable), ("focused", state.focused)) if on]
    missing = "  <-- NO NAME" if state.focusable and not name.strip() else ""
    extra = f" = {value[:40]!r}" if value else ""
    extra += f" ({description[:60]})" if description else ""
    lines.append(f"{'  ' * depth}{role} {name[:60]!r}{extra} [{', '.join(marks)}]{missing}")
    for i in range(min(face.childCount(), 60)):
        child = face.child(i)
        if child is not None and child.isValid() and len(lines) < limit:
            lines += dump(child, depth + 1, limit - len(lines))
    return lines


def show(widget: QWidget, title: str) -> None:
    QApplication.processEvents()
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    lines = dump(face)
    print(
        f"== {title}: {len(lines)} nodes, "
        f"{sum('NO NAME' in line for line in lines)} focusable without a name"
    )
    print("\n".join(lines))


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE)
    with tempfile.TemporaryDirectory() as scratch, speaking(language):
        folder = Path(scratch)
        clock = FixedClock(NOW)
        vault = folder / "case.quietcase"
        create_case(vault, PASS, clock).close()
        demo_case(vault, PASS, clock, NOW.date())
        settings = Settings()
        settings.remember(vault)
        win = window(clock, folder / "config", settings)
        win.resize(1280, 800)
        win.show()
        show(win, "unlock")
        win.start.unlock.passphrase.setText(PASS)
        win.start.unlock.unlock_button.click()
        show(win.case_view, "timeline")
        dialog = win.case_view.editors.edit("incident", None)
        dialog.show()
        show(dialog, "incident editor")
        dialog.close_for_lock()
        win.close()


if __name__ == "__main__":
    main()
