"""A calm look: soft colours, generous spacing, and an overdue colour that cannot be missed.

Text sizes are in points, for a body text of `BODY_POINTS`. `style_sheet` scales them all
when the computer's own text is larger (a larger-text setting of Windows, macOS, KDE or
GNOME makes the system font larger): Quietcase's text is never smaller than the system's.
"""

from __future__ import annotations

import re

BODY_POINTS = 10.5

STYLE = """
QWidget { font-size: 10.5pt; color: #26323d; }
QMainWindow, QStackedWidget, QDialog { background: #fbfaf7; }
QLabel#title { font-size: 19pt; font-weight: 600; color: #1f3a4d; }
QLabel#heading { font-size: 16pt; font-weight: 600; color: #1f3a4d; }
QLabel#subheading { font-size: 12pt; font-weight: 600; }
QLabel#hint { color: #5b6670; }
QLabel#hint[problem="true"], QLabel#problem { color: #9b2c1f; }
QLabel#note { background: #e8f1f6; border-radius: 6px; padding: 8px 10px; }
QLabel#empty { color: #5b6670; font-size: 12pt; padding: 40px; }
QLabel#overdue {
    background: #fbe3e1; color: #7d1a12; border: 1px solid #e9a79f; border-radius: 6px;
    padding: 10px 12px; font-weight: 600;
}
QLabel#status { color: #4a5560; padding: 6px 16px; border-top: 1px solid #e4e1da;
    background: #f3f1ec; }
QListWidget#sidebar {
    background: #eef2f4; border: none; border-right: 1px solid #dde3e6; padding-top: 12px;
    font-size: 11pt; outline: none;
}
QListWidget#sidebar::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px; }
QListWidget#sidebar::item:selected { background: #cfe0ea; color: #14303f; }
QListWidget#sidebar::item:hover:!selected { background: #e1e9ee; }
QPushButton {
    padding: 6px 14px; border: 1px solid #c9cfd4; border-radius: 6px; background: #ffffff;
}
QPushButton:hover { background: #f1f4f6; }
QPushButton:disabled { color: #9aa3aa; background: #f4f4f2; }
QPushButton#primary { background: #2f6f8f; color: white; border-color: #2f6f8f; }
QPushButton#primary:hover { background: #285f7b; }
QPushButton#primary:disabled { background: #9db9c8; border-color: #9db9c8; }
QPushButton#lock {
    background: #26323d; color: white; border-color: #26323d; font-weight: 600;
    padding: 6px 20px;
}
QPushButton#lock:hover { background: #3a4854; }
QPushButton#link { border: none; background: transparent; color: #2f6f8f; padding: 4px 2px;
    text-decoration: underline; }
QPushButton#problembar {
    background: #fdf0e6; color: #7a3b0c; border: none; border-radius: 0;
    border-top: 1px solid #f0d2b8; border-bottom: 1px solid #f0d2b8; padding: 0;
}
QPushButton#problembar QLabel { color: #7a3b0c; background: transparent; }
QFrame#undo { background: #eef4e8; border-top: 1px solid #d6e3c8; }
QFrame#notice { background: #eef4f8; border: none; border-bottom: 1px solid #d3e2ea; }
QFrame#notice QLabel { color: #1f3a4d; background: transparent; }
QFrame#notice[tone="problem"] { background: #fdf0e6; border-bottom: 1px solid #f0d2b8; }
QFrame#notice[tone="problem"] QLabel { color: #7a3b0c; }
QFrame#notice QPushButton { padding: 2px 10px; }
QFrame#notice QPushButton#link { padding: 2px 2px; }
QPushButton#close { border: 1px solid transparent; background: transparent; padding: 2px 8px;
    color: #3d4a55; }
QPushButton#close:hover { border-color: #9aa8b3; background: rgba(255, 255, 255, 0.6); }
QLineEdit, QPlainTextEdit, QComboBox {
    padding: 5px 7px; border: 1px solid #c9cfd4; border-radius: 5px; background: white;
}
QComboBox::drop-down { border: none; width: 22px; }
QTreeView::item { padding: 5px 4px; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus { border-color: #2f6f8f; }
QLineEdit#search { padding: 7px 10px; font-size: 11pt; }
QTableView, QTreeView, QListWidget {
    background: white; alternate-background-color: #f6f7f5; border: 1px solid #e1e3e0;
    selection-background-color: #cfe0ea; selection-color: #14303f;
}
QHeaderView::section {
    background: #f3f1ec; border: none; border-bottom: 1px solid #e1ded6; padding: 6px 8px;
    font-weight: 600; color: #3c4852;
}
QTabWidget::pane { border: 1px solid #e1e3e0; border-radius: 6px; top: -1px; background: white; }
QTabBar::tab { padding: 7px 16px; border: 1px solid transparent; }
QTabBar::tab:selected { background: white; border: 1px solid #e1e3e0; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; }
QScrollArea#calm, QScrollArea#calm > QWidget, QScrollArea#calm > QWidget > QWidget {
    background: #fbfaf7;
}
QProgressBar { border: none; background: #e4e9ec; border-radius: 3px; }
QProgressBar::chunk { background: #2f6f8f; border-radius: 3px; }
"""


_SIZE = re.compile(r"font-size: ([0-9.]+)pt")


def text_scale(system_points: float, percent: int = 100) -> float:
    """How much larger than `BODY_POINTS` the computer's usual text is (never below 1: 9 pt
    on Windows keeps the 10.5 pt body; 13 pt on a Mac makes it 13 pt), times the text size
    she chose in Settings (`percent`). Widths made for the text (the sidebar) grow by the
    same."""
    return max(1.0, system_points / BODY_POINTS) * percent / 100


def style_sheet(system_points: float, percent: int = 100) -> str:
    """`STYLE` for a computer whose usual text is `system_points` large: every text size
    scaled by `text_scale`."""
    scale = text_scale(system_points, percent)
    if scale == 1.0:
        return STYLE
    return _SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt", STYLE)
