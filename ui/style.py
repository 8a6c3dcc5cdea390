"""A calm look: soft colours, generous spacing, and an overdue colour that cannot be missed.

Text sizes are in points, for a body text of `BODY_POINTS`. `style_sheet` scales them all
when the computer's own text is larger (a larger-text setting of Windows, macOS, KDE or
GNOME makes the system font larger): Quietcase's text is never smaller than the system's.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

BODY_POINTS = 10.5

# The tick of a chosen check box (white on the accent colour), a file beside the translations.
TICK = Path(str(resources.files("quietcase.resources").joinpath("icons", "tick.svg"))).as_posix()

# Every text colour is ≥ 4.5:1 on its background; borders, check boxes, selection and the
# focus ring (2 px, #2f6f8f, or #14303f around the accent-coloured buttons) ≥ 3:1 against
# what is around them (tests/ui/test_contrast.py reads the pairs from this sheet).
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
QListWidget#sidebar:focus { border: 2px solid #2f6f8f; }
QListWidget#sidebar::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px;
    border-left: 4px solid transparent; }
QListWidget#sidebar::item:selected { background: #cfe0ea; color: #14303f;
    border-left: 4px solid #2f6f8f; }
QListWidget#sidebar::item:hover:!selected { background: #e1e9ee; }
QPushButton {
    padding: 6px 14px; border: 1px solid #7d8790; border-radius: 6px; background: #ffffff;
}
QPushButton:focus { border: 2px solid #2f6f8f; padding: 5px 13px; }
QPushButton:hover { background: #f1f4f6; }
QPushButton:disabled { color: #9aa3aa; background: #f4f4f2; }
QPushButton#primary { background: #2f6f8f; color: white; border-color: #2f6f8f; }
QPushButton#primary:hover { background: #285f7b; }
QPushButton#primary:focus { border: 2px solid #14303f; }
QPushButton#primary:disabled { background: #9db9c8; border-color: #9db9c8; }
QPushButton#lock {
    background: #26323d; color: white; border-color: #26323d; font-weight: 600;
    padding: 6px 20px;
}
QPushButton#lock:hover { background: #3a4854; }
QPushButton#lock:focus { border: 2px solid #2f6f8f; padding: 5px 19px; }
QPushButton#link { border: 2px solid transparent; background: transparent; color: #2f6f8f;
    padding: 2px 0px; text-decoration: underline; }
QPushButton#link:focus { border: 2px solid #2f6f8f; }
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
QPushButton#close:hover { border-color: #7d8790; background: rgba(255, 255, 255, 0.6); }
QPushButton#close:focus { border: 2px solid #2f6f8f; padding: 1px 7px; }
QFrame#notice QPushButton:focus { padding: 1px 9px; }
QFrame#lockwarning { background: #e8f1f6; border-radius: 6px; }
QLineEdit, QPlainTextEdit, QComboBox {
    padding: 5px 7px; border: 1px solid #7d8790; border-radius: 5px; background: white;
    placeholder-text-color: #5b6670;
}
QComboBox::drop-down { border: none; width: 22px; }
QTreeView::item { padding: 5px 4px; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {
    border: 2px solid #2f6f8f; padding: 4px 6px;
}
QLineEdit#search { padding: 7px 10px; font-size: 11pt; }
QTableView, QTreeView, QListView {
    background: white; alternate-background-color: #f6f7f5; border: 1px solid #7d8790;
    selection-background-color: #2f6f8f; selection-color: white;
}
QTableView:focus, QTreeView:focus, QListView:focus { border: 2px solid #2f6f8f; }
QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 4px; padding: 1px 2px; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid #2f6f8f; }
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {
    width: 14px; height: 14px; border: 1px solid #5b6670; border-radius: 3px; background: white;
}
QRadioButton::indicator { border-radius: 7px; }
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {
    background: #2f6f8f; border-color: #2f6f8f; image: url(TICK);
}
QRadioButton::indicator:checked {
    border-color: #2f6f8f;
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 #2f6f8f, stop: 0.55 #2f6f8f, stop: 0.6 white, stop: 1 white);
}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #b5bcc2;
    background: #f4f4f2; }
QHeaderView::section {
    background: #f3f1ec; border: none; border-bottom: 1px solid #e1ded6; padding: 6px 8px;
    font-weight: 600; color: #3c4852;
}
QTabWidget::pane { border: 1px solid #e1e3e0; border-radius: 6px; top: -1px; background: white; }
QTabBar::tab { padding: 7px 16px; border: 1px solid transparent; }
QTabBar::tab:focus { border: 2px solid #2f6f8f; }
QTabBar::tab:selected { background: white; border: 1px solid #e1e3e0; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; }
QScrollArea#pages, QScrollArea#pages > QWidget { background: #fbfaf7; border: none; }
QScrollArea#calm, QScrollArea#calm > QWidget, QScrollArea#calm > QWidget > QWidget {
    background: #fbfaf7;
}
QProgressBar { border: none; background: #e4e9ec; border-radius: 3px; }
QProgressBar::chunk { background: #2f6f8f; border-radius: 3px; }
""".replace("url(TICK)", f"url({TICK})")


_SIZE = re.compile(r"font-size: ([0-9.]+)pt")
_BOX = re.compile(r"(?<![-\w])(width|height|border-radius): ([0-9]+)px")


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
    sheet = _SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt", STYLE)
    # Check boxes, the arrow of a choice and rounded corners grow with the text.
    return _BOX.sub(lambda m: f"{m.group(1)}: {round(int(m.group(2)) * scale)}px", sheet)
