"""Contrast read from the style sheet itself (WCAG 2.2 1.4.3 and 1.4.11): every text colour
≥ 4.5:1 on its background, and borders, check boxes, selection and the focus ring ≥ 3:1
against what is around them. A colour changed in `ui/style.py` is checked again here."""

from __future__ import annotations

import re

import pytest

from quietcase.ui.style import STYLE

PAGE = "#fbfaf7"  # QMainWindow, QStackedWidget, QDialog


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """Selector → its declarations (a selector list gives each selector the declarations)."""
    found: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip()
        for selector in selectors.split(","):
            found.setdefault(selector.strip(), {}).update(declarations)
    return found


RULES = rules(STYLE)


def colour(selector: str, prop: str) -> str:
    """A colour of the sheet: `prop` of `selector`, or the colour inside a border value."""
    value = RULES[selector][prop]
    match = re.search(r"#[0-9a-fA-F]{6}|\bwhite\b", value)
    assert match, f"{selector} {prop}: {value}"
    return "#ffffff" if match.group() == "white" else match.group().lower()


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


WHITE = "#ffffff"
BODY = colour("QWidget", "color")

# (what, foreground, background, at least)
TEXT = [
    ("body text on the page", BODY, PAGE),
    ("body text in a field", BODY, colour("QLineEdit", "background")),
    ("headings", colour("QLabel#title", "color"), PAGE),
    ("hints", colour("QLabel#hint", "color"), PAGE),
    ("problems", colour("QLabel#problem", "color"), PAGE),
    ("notes", BODY, colour("QLabel#note", "background")),
    ("empty lists", colour("QLabel#empty", "color"), PAGE),
    ("overdue", colour("QLabel#overdue", "color"), colour("QLabel#overdue", "background")),
    ("status line", colour("QLabel#status", "color"), colour("QLabel#status", "background")),
    ("placeholders", colour("QLineEdit", "placeholder-text-color"), WHITE),
    ("sidebar", BODY, colour("QListWidget#sidebar", "background")),
    (
        "sidebar, chosen page",
        colour("QListWidget#sidebar::item:selected", "color"),
        colour("QListWidget#sidebar::item:selected", "background"),
    ),
    ("buttons", BODY, colour("QPushButton", "background")),
    ("main buttons", WHITE, colour("QPushButton#primary", "background")),
    ("Lock", WHITE, colour("QPushButton#lock", "background")),
    ("links", colour("QPushButton#link", "color"), PAGE),
    (
        "problem bar",
        colour("QPushButton#problembar", "color"),
        colour("QPushButton#problembar", "background"),
    ),
    (
        "notices",
        colour("QFrame#notice QLabel", "color"),
        colour("QFrame#notice", "background"),
    ),
    (
        "problem notices",
        colour('QFrame#notice[tone="problem"] QLabel', "color"),
        colour('QFrame#notice[tone="problem"]', "background"),
    ),
    (
        "notice close button",
        colour("QPushButton#close", "color"),
        colour("QFrame#notice", "background"),
    ),
    (
        "column headings",
        colour("QHeaderView::section", "color"),
        colour("QHeaderView::section", "background"),
    ),
    (
        "chosen rows",
        colour("QTableView", "selection-color"),
        colour("QTableView", "selection-background-color"),
    ),
    ("rows", BODY, colour("QTableView", "alternate-background-color")),
]

NON_TEXT = [
    (
        "notice close button, pointed at",
        colour("QPushButton#close:hover", "border-color"),
        colour("QFrame#notice", "background"),
    ),
    (
        "notice close button, focused",
        colour("QPushButton#close:focus", "border"),
        colour("QFrame#notice", "background"),
    ),
    ("field borders", colour("QLineEdit", "border"), WHITE),
    ("field borders on the page", colour("QLineEdit", "border"), PAGE),
    ("button borders", colour("QPushButton", "border"), PAGE),
    ("table borders", colour("QTableView", "border"), PAGE),
    ("check boxes", colour("QCheckBox::indicator", "border"), WHITE),
    ("check boxes on the page", colour("QCheckBox::indicator", "border"), PAGE),
    ("a ticked check box", colour("QCheckBox::indicator:checked", "background"), PAGE),
    ("the tick", WHITE, colour("QCheckBox::indicator:checked", "background")),
    ("chosen rows", colour("QTableView", "selection-background-color"), WHITE),
    (
        "chosen rows between shaded ones",
        colour("QTableView", "selection-background-color"),
        colour("QTableView", "alternate-background-color"),
    ),
    (
        "the chosen page's bar",
        colour("QListWidget#sidebar::item:selected", "border-left"),
        colour("QListWidget#sidebar", "background"),
    ),
    (
        "the chosen page's bar on its highlight",
        colour("QListWidget#sidebar::item:selected", "border-left"),
        colour("QListWidget#sidebar::item:selected", "background"),
    ),
    (
        "focus: sidebar",
        colour("QListWidget#sidebar:focus", "border"),
        colour("QListWidget#sidebar", "background"),
    ),
    ("focus: buttons", colour("QPushButton:focus", "border"), PAGE),
    ("focus: main buttons", colour("QPushButton#primary:focus", "border"), PAGE),
    ("focus: Lock", colour("QPushButton#lock:focus", "border"), PAGE),
    ("focus: links", colour("QPushButton#link:focus", "border"), PAGE),
    ("focus: fields", colour("QLineEdit:focus", "border"), WHITE),
    ("focus: fields on the page", colour("QLineEdit:focus", "border"), PAGE),
    ("focus: tables and gallery", colour("QTableView:focus", "border"), PAGE),
    ("focus: check boxes", colour("QCheckBox:focus", "border"), PAGE),
    ("focus: tabs", colour("QTabBar::tab:focus", "border"), WHITE),
]


@pytest.mark.parametrize(("what", "fore", "back"), TEXT, ids=[t[0] for t in TEXT])
def test_text_reads_at_4_5_to_1(what: str, fore: str, back: str) -> None:
    assert ratio(fore, back) >= 4.5, f"{what}: {fore} on {back} is {ratio(fore, back):.2f}:1"


@pytest.mark.parametrize(("what", "fore", "back"), NON_TEXT, ids=[t[0] for t in NON_TEXT])
def test_borders_boxes_selection_and_focus_at_3_to_1(what: str, fore: str, back: str) -> None:
    assert ratio(fore, back) >= 3.0, f"{what}: {fore} on {back} is {ratio(fore, back):.2f}:1"


def test_every_focusable_kind_has_a_ring() -> None:
    for selector in (
        "QPushButton:focus",
        "QLineEdit:focus",
        "QComboBox:focus",
        "QPlainTextEdit:focus",
        "QTableView:focus",
        "QTreeView:focus",
        "QListView:focus",
        "QListWidget#sidebar:focus",
        "QCheckBox:focus",
        "QRadioButton:focus",
        "QTabBar::tab:focus",
    ):
        assert "2px solid" in RULES[selector]["border"], selector


def test_the_ratio_is_wcag_s() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#93999f", "#ffffff") == pytest.approx(2.88, abs=0.01)  # the old placeholder


def lowest() -> tuple[float, str]:
    """The lowest pair of each kind (for docs/measurements.md)."""
    text = min((ratio(f, b), w) for w, f, b in TEXT)
    other = min((ratio(f, b), w) for w, f, b in NON_TEXT)
    return min(text, other)
