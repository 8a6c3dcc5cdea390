"""A calm look: soft colours, generous spacing, and an overdue colour that cannot be missed;
light or dark (Settings → Appearance, or as the computer is set).

Text sizes are in points, for a body text of `BODY_POINTS`. `style_sheet` scales them all
when the computer's own text is larger (a larger-text setting of Windows, macOS, KDE or
GNOME makes the system font larger): Quietcase's text is never smaller than the system's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

BODY_POINTS = 10.5

# Every text colour is ≥ 4.5:1 on its background; borders, check boxes, selection and the
# focus ring (2 px) ≥ 3:1 against what is around them, in both themes
# (tests/ui/test_contrast.py reads the pairs from both sheets).
LIGHT_COLOURS = {
    "text": "#26323d",
    "page": "#fbfaf7",
    "heading": "#1f3a4d",
    "hint": "#5b6670",
    "problem": "#9b2c1f",
    "note": "#e8f1f6",
    "overdue_back": "#fbe3e1",
    "overdue_text": "#7d1a12",
    "overdue_border": "#e9a79f",
    "status_text": "#4a5560",
    "status_border": "#e4e1da",
    "status_back": "#f3f1ec",
    "sidebar": "#eef2f4",
    "sidebar_border": "#dde3e6",
    "sidebar_chosen": "#cfe0ea",
    "sidebar_chosen_text": "#14303f",
    "sidebar_hover": "#e1e9ee",
    "accent": "#2f6f8f",
    "accent_hover": "#285f7b",
    "accent_ring": "#14303f",
    "accent_disabled": "#9db9c8",
    "on_accent": "#ffffff",
    "border": "#7d8790",
    "field": "#ffffff",
    "button": "#ffffff",
    "button_hover": "#f1f4f6",
    "disabled_text": "#9aa3aa",
    "disabled_back": "#f4f4f2",
    "disabled_border": "#b5bcc2",
    "lock_back": "#26323d",
    "lock_text": "#ffffff",
    "lock_hover": "#3a4854",
    "warn_back": "#fdf0e6",
    "warn_text": "#7a3b0c",
    "warn_border": "#f0d2b8",
    "undo_back": "#eef4e8",
    "undo_border": "#d6e3c8",
    "notice_back": "#eef4f8",
    "notice_border": "#d3e2ea",
    "close_text": "#3d4a55",
    "close_hover": "rgba(255, 255, 255, 0.6)",
    "alternate": "#f6f7f5",
    "heading_border": "#e1ded6",
    "column_text": "#3c4852",
    "pane_border": "#e1e3e0",
    "progress": "#e4e9ec",
    # Painted, not in the sheet: urgent rows, the chats, cards of evidence without a picture.
    "soon_back": "#fff4d6",
    "soon_text": "#6b4a00",
    "overdue_row_text": "#8c1d18",
    "overdue_nav": "#a1261b",
    "chosen_back": "#eef5f8",
    "line": "#eceeec",
    "tile_border": "#c9cfd4",
    "tile_back": "#e8ecee",
    "extra_text": "#4f6170",
    "band": "rgba(255, 255, 255, 200)",
    "card_image": "#dfe7ec",
    "card_pdf": "#f3e3dc",
    "card_text": "#e6ecdf",
    "card_video": "#e5e0ef",
    "card_audio": "#efe8d8",
    "card_other": "#e8e8e4",
}

# The same roles in the dark: a soft charcoal, never pure black; the accent made lighter so
# it reads on the dark, with dark words on it.
DARK_COLOURS = {
    "text": "#e4e8eb",
    "page": "#1d2226",
    "heading": "#cfe4f2",
    "hint": "#aab4bc",
    "problem": "#ffa194",
    "note": "#233844",
    "overdue_back": "#4c201c",
    "overdue_text": "#ffd9d3",
    "overdue_border": "#d1786d",
    "status_text": "#bcc6cd",
    "status_border": "#384148",
    "status_back": "#181c20",
    "sidebar": "#20272c",
    "sidebar_border": "#384148",
    "sidebar_chosen": "#2d4a5b",
    "sidebar_chosen_text": "#ffffff",
    "sidebar_hover": "#29333a",
    "accent": "#7fbfe0",
    "accent_hover": "#9acde8",
    "accent_ring": "#e4e8eb",
    "accent_disabled": "#4a6473",
    "on_accent": "#10222c",
    "border": "#8a969f",
    "field": "#262d33",
    "button": "#2b3339",
    "button_hover": "#343e45",
    "disabled_text": "#7a848b",
    "disabled_back": "#252b30",
    "disabled_border": "#4e585f",
    "lock_back": "#e4e8eb",
    "lock_text": "#1d2226",
    "lock_hover": "#c9d1d7",
    "warn_back": "#3e2b1a",
    "warn_text": "#ffcfa3",
    "warn_border": "#6e4b2c",
    "undo_back": "#23311f",
    "undo_border": "#3e5536",
    "notice_back": "#1f3340",
    "notice_border": "#36525f",
    "close_text": "#c9d2d8",
    "close_hover": "rgba(255, 255, 255, 0.08)",
    "alternate": "#2b3339",
    "heading_border": "#3b444b",
    "column_text": "#ccd5db",
    "pane_border": "#3d474e",
    "progress": "#333c43",
    "soon_back": "#3d3316",
    "soon_text": "#ffe08f",
    "overdue_row_text": "#ffd9d3",
    "overdue_nav": "#ff9c8f",
    "chosen_back": "#243641",
    "line": "#333b41",
    "tile_border": "#4e585f",
    "tile_back": "#30383e",
    "extra_text": "#b4c0c9",
    "band": "rgba(29, 34, 38, 210)",
    "card_image": "#2e3b44",
    "card_pdf": "#43332d",
    "card_text": "#323b2c",
    "card_video": "#373145",
    "card_audio": "#40392a",
    "card_other": "#35373a",
}

# Chat senders' names: distinct, and ≥ 4.5:1 on the chat's background in each theme.
LIGHT_SENDERS = ("#1f5f7a", "#7a3b6b", "#3d6b2f", "#8a4b14", "#4b4f9a", "#7a2f2f", "#2f6b66")
DARK_SENDERS = ("#8fcbe6", "#e4a6d6", "#a6d98f", "#f2b77d", "#b4b8ff", "#f0a0a0", "#8fd9cf")


@dataclass(frozen=True)
class Theme:
    name: str  # "light" or "dark"
    colours: Mapping[str, str]
    senders: tuple[str, ...]
    tick: str  # the check box's tick, in `on_accent`

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    def colour(self, role: str) -> QColor:
        """A colour of this theme as Qt paints it (`rgba(...)` too)."""
        value = self.colours[role]
        rgba = re.fullmatch(r"rgba\((\d+), (\d+), (\d+), ([0-9.]+)\)", value)
        if rgba is None:
            return QColor(value)
        r, g, b, a = rgba.groups()
        alpha = float(a)
        return QColor(int(r), int(g), int(b), round(alpha * 255) if alpha <= 1 else int(alpha))


TEMPLATE = Template("""
QWidget { font-size: 10.5pt; color: $text; }
QMainWindow, QStackedWidget, QDialog { background: $page; }
QLabel#title { font-size: 19pt; font-weight: 600; color: $heading; }
QLabel#heading { font-size: 16pt; font-weight: 600; color: $heading; }
QLabel#subheading { font-size: 12pt; font-weight: 600; }
QLabel#hint { color: $hint; }
QLabel#hint[problem="true"], QLabel#problem { color: $problem; }
QLabel#note { background: $note; border-radius: 6px; padding: 8px 10px; }
QLabel#empty { color: $hint; font-size: 12pt; padding: 40px; }
QLabel#overdue {
    background: $overdue_back; color: $overdue_text; border: 1px solid $overdue_border;
    border-radius: 6px;     padding: 10px 12px; font-weight: 600;
}
QLabel#status { color: $status_text; padding: 6px 16px; border-top: 1px solid $status_border;
    background: $status_back; }
QListWidget#sidebar {
    background: $sidebar; border: none; border-right: 1px solid $sidebar_border;
    padding-top: 12px;     font-size: 11pt; outline: none;
}
QListWidget#sidebar:focus { border: 2px solid $accent; }
QListWidget#sidebar::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px;
    border-left: 4px solid transparent; }
QListWidget#sidebar::item:selected { background: $sidebar_chosen; color: $sidebar_chosen_text;
    border-left: 4px solid $accent; }
QListWidget#sidebar::item:hover:!selected { background: $sidebar_hover; }
QPushButton {
    padding: 6px 14px; border: 1px solid $border; border-radius: 6px; background: $button;
}
QPushButton:focus { border: 2px solid $accent; padding: 5px 13px; }
QPushButton:hover { background: $button_hover; }
QPushButton:disabled { color: $disabled_text; background: $disabled_back; }
QPushButton#primary { background: $accent; color: $on_accent; border-color: $accent; }
QPushButton#primary:hover { background: $accent_hover; }
QPushButton#primary:focus { border: 2px solid $accent_ring; }
QPushButton#primary:disabled { background: $accent_disabled; border-color: $accent_disabled; }
QPushButton#lock {
    background: $lock_back; color: $lock_text; border-color: $lock_back; font-weight: 600;
    padding: 6px 20px;
}
QPushButton#lock:hover { background: $lock_hover; }
QPushButton#lock:focus { border: 2px solid $accent; padding: 5px 19px; }
QPushButton#link { border: 2px solid transparent; background: transparent; color: $accent;
    padding: 2px 0px; text-decoration: underline; }
QPushButton#link:focus { border: 2px solid $accent; }
QPushButton#problembar {
    background: $warn_back; color: $warn_text; border: none; border-radius: 0;
    border-top: 1px solid $warn_border; border-bottom: 1px solid $warn_border; padding: 0;
}
QPushButton#problembar QLabel { color: $warn_text; background: transparent; }
QFrame#undo { background: $undo_back; border-top: 1px solid $undo_border; }
QFrame#notice { background: $notice_back; border: none; border-bottom: 1px solid $notice_border; }
QFrame#notice QLabel { color: $heading; background: transparent; }
QFrame#notice[tone="problem"] { background: $warn_back; border-bottom: 1px solid $warn_border; }
QFrame#notice[tone="problem"] QLabel { color: $warn_text; }
QFrame#notice QPushButton { padding: 2px 10px; }
QFrame#notice QPushButton#link { padding: 2px 2px; }
QPushButton#close { border: 1px solid transparent; background: transparent; padding: 2px 8px;
    color: $close_text; }
QPushButton#close:hover { border-color: $border; background: $close_hover; }
QPushButton#close:focus { border: 2px solid $accent; padding: 1px 7px; }
QFrame#notice QPushButton:focus { padding: 1px 9px; }
QFrame#lockwarning { background: $note; border-radius: 6px; }
QLineEdit, QPlainTextEdit, QComboBox {
    padding: 5px 7px; border: 1px solid $border; border-radius: 5px; background: $field;
    placeholder-text-color: $hint;
}
QComboBox::drop-down { border: none; width: 22px; }
QTreeView::item { padding: 5px 4px; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {
    border: 2px solid $accent; padding: 4px 6px;
}
QLineEdit#search { padding: 7px 10px; font-size: 11pt; }
QTableView, QTreeView, QListView {
    background: $field; alternate-background-color: $alternate; border: 1px solid $border;
    selection-background-color: $accent; selection-color: $on_accent;
}
QTableView:focus, QTreeView:focus, QListView:focus { border: 2px solid $accent; }
QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 4px; padding: 1px 2px; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid $accent; }
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {
    width: 14px; height: 14px; border: 1px solid $hint; border-radius: 3px; background: $field;
}
QRadioButton::indicator { border-radius: 7px; }
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {
    background: $accent; border-color: $accent; image: url(TICK);
}
QRadioButton::indicator:checked {
    border-color: $accent;
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 $accent, stop: 0.55 $accent, stop: 0.6 $field, stop: 1 $field);
}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {
    border-color: $disabled_border; background: $disabled_back;
}
QHeaderView::section {
    background: $status_back; border: none; border-bottom: 1px solid $heading_border;
    padding: 6px 8px;     font-weight: 600; color: $column_text;
}
QTabWidget::pane {
    border: 1px solid $pane_border; border-radius: 6px; top: -1px; background: $field;
}
QTabBar::tab { padding: 7px 16px; border: 1px solid transparent; }
QTabBar::tab:focus { border: 2px solid $accent; }
QTabBar::tab:selected { background: $field; border: 1px solid $pane_border; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; }
QScrollArea#pages, QScrollArea#pages > QWidget { background: $page; border: none; }
QScrollArea#calm, QScrollArea#calm > QWidget, QScrollArea#calm > QWidget > QWidget {
    background: $page;
}
QProgressBar { border: none; background: $progress; border-radius: 3px; }
QProgressBar::chunk { background: $accent; border-radius: 3px; }
QToolTip { color: $text; background: $field; border: 1px solid $border; padding: 3px; }
QFrame#document {
    background: $field; border: 1px solid $pane_border; border-radius: 8px;
}
QFrame#document QLabel { background: transparent; }
""")


def _icon(name: str) -> str:
    return Path(str(resources.files("quietcase.resources").joinpath("icons", name))).as_posix()


LIGHT = Theme("light", LIGHT_COLOURS, LIGHT_SENDERS, _icon("tick.svg"))
DARK = Theme("dark", DARK_COLOURS, DARK_SENDERS, _icon("tick-dark.svg"))


def sheet_of(theme: Theme) -> str:
    """The style sheet in `theme`'s colours, at the usual text size."""
    return TEMPLATE.substitute(theme.colours).replace("url(TICK)", f"url({theme.tick})")


STYLE = sheet_of(LIGHT)
DARK_STYLE = sheet_of(DARK)

_SIZE = re.compile(r"font-size: ([0-9.]+)pt")
_BOX = re.compile(r"(?<![-\w])(width|height|border-radius): ([0-9]+)px")


def text_scale(system_points: float, percent: int = 100) -> float:
    """How much larger than `BODY_POINTS` the computer's usual text is (never below 1: 9 pt
    on Windows keeps the 10.5 pt body; 13 pt on a Mac makes it 13 pt), times the text size
    she chose in Settings (`percent`). Widths made for the text (the sidebar) grow by the
    same."""
    return max(1.0, system_points / BODY_POINTS) * percent / 100


def style_sheet(system_points: float, percent: int = 100, theme: Theme = LIGHT) -> str:
    """The sheet of `theme` for a computer whose usual text is `system_points` large: every
    text size scaled by `text_scale`."""
    base = sheet_of(theme)
    scale = text_scale(system_points, percent)
    if scale == 1.0:
        return base
    sheet = _SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt", base)
    # Check boxes, the arrow of a choice and rounded corners grow with the text.
    return _BOX.sub(lambda m: f"{m.group(1)}: {round(int(m.group(2)) * scale)}px", sheet)


# -- the theme in use --------------------------------------------------------------------

THEMES = ("", "light", "dark")  # "" follows the computer (Settings → Appearance)


def computer_is_dark() -> bool:
    """Whether the computer asks for dark colours (Qt 6.5+ knows; older: no)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def chosen_theme(setting: str, computer_dark: bool | None = None) -> Theme:
    """The theme for her choice in Settings: "light", "dark", or "" to follow the computer."""
    if setting == "dark":
        return DARK
    if setting == "light":
        return LIGHT
    dark = computer_is_dark() if computer_dark is None else computer_dark
    return DARK if dark else LIGHT


def palette(theme: Theme) -> QPalette:
    """The Fusion style's colours matching the sheet, for what the sheet does not draw
    (menus, tooltips, scroll bars, the PDF preview's surroundings, headers' corners)."""
    c = theme.colour
    shown = QPalette()
    Role = QPalette.ColorRole
    roles = {
        Role.Window: c("page"),
        Role.WindowText: c("text"),
        Role.Base: c("field"),
        Role.AlternateBase: c("alternate"),
        Role.ToolTipBase: c("field"),
        Role.ToolTipText: c("text"),
        Role.PlaceholderText: c("hint"),
        Role.Text: c("text"),
        Role.Button: c("button"),
        Role.ButtonText: c("text"),
        Role.BrightText: c("problem"),
        Role.Highlight: c("accent"),
        Role.HighlightedText: c("on_accent"),
        Role.Link: c("accent"),
        Role.LinkVisited: c("accent"),
        Role.Light: c("button_hover").lighter(115),
        Role.Midlight: c("button_hover"),
        Role.Mid: c("border"),
        Role.Dark: c("status_back").darker(130),
        Role.Shadow: c("status_back").darker(180),
    }
    for role, colour in roles.items():
        shown.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        shown.setColor(QPalette.ColorGroup.Disabled, role, c("disabled_text"))
    shown.setColor(QPalette.ColorGroup.Disabled, Role.Button, c("disabled_back"))
    shown.setColor(QPalette.ColorGroup.Disabled, Role.Base, c("disabled_back"))
    return shown


_in_use: list[Theme] = [LIGHT]


def theme() -> Theme:
    """The theme the window shows now (for what is painted by hand: chats, urgent rows)."""
    return _in_use[0]


def apply_look(app: QApplication, percent: int, shown: Theme) -> None:
    """Her text size and theme, at once: the palette, the sheet, and a repaint of what paints
    its own colours."""
    changed = shown is not _in_use[0]
    _in_use[0] = shown
    if changed or app.palette() != palette(shown):
        app.setPalette(palette(shown))
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), percent, shown))
    if changed:
        for widget in app.allWidgets():
            widget.update()
