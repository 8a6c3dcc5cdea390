"""Qt's accessibility tree of the window as a screen reader receives it (over AT-SPI on Linux,
UI Automation on Windows, NSAccessibility on macOS): role, name, value or description, and
state, one line per node, for the unlock screen, the window around the pages, every page and
the incident editor's tabs (a table's or list's first rows only).

Run from the project folder (offscreen, no display needed):

    QT_QPA_PLATFORM=offscreen python tests/ui/accessibility_tree.py [ko] > tree.txt

(not a test: pytest does not collect it). Nodes that can take the keyboard focus and have no
name are marked "<-- NO NAME"; docs/accessibility-tree.md is its English output, read.
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
ROWS = {QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree}
ROWS_SHOWN = 10  # a table's headings and first cells are enough to hear how it reads


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
    many = face.role() in ROWS
    shown = min(face.childCount(), ROWS_SHOWN if many else 60)
    for i in range(shown):
        child = face.child(i)
        if child is not None and child.isValid() and len(lines) < limit:
            lines += dump(child, depth + 1, limit - len(lines))
    if face.childCount() > shown:
        lines.append(f"{'  ' * (depth + 1)}… {face.childCount() - shown} more")
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
        view = win.case_view
        view.show_page("timeline")
        chrome = [view.nav, view.search_box, view.lock_button, win.hide_button]
        for widget in chrome:
            show(widget, f"around the pages: {type(widget).__name__}")
        for page in view.page_names:
            view.show_page(page)
            show(view.pages.currentWidget(), f"page {page}")
        dialog = view.editors.edit("incident", None)
        dialog.show()
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            show(dialog, f"incident editor, tab {dialog.tabs.tabText(tab)}")
        dialog.close_for_lock()
        win.close()


if __name__ == "__main__":
    main()
