"""Contrast read from the style sheet itself (WCAG 2.2 1.4.3 and 1.4.11): every text colour
≥ 4.5:1 on its background, and borders, check boxes, selection and the focus ring ≥ 3:1
against what is around them, in the light and the dark theme; and every rule of both sheets
that puts words on a background. A colour changed in `ui/style.py` is checked again here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quietcase.ui.style import DARK, LIGHT, Theme, sheet_of


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


def hex_in(value: str) -> str | None:
    match = re.search(r"#[0-9a-fA-F]{6}|\bwhite\b", value)
    if match is None:
        return None
    return "#ffffff" if match.group() == "white" else match.group().lower()


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def tick_colour(theme: Theme) -> str:
    found = hex_in(Path(theme.tick).read_text(encoding="utf-8"))
    assert found, theme.tick
    return found


Pair = tuple[str, str, str]  # what, foreground, background


def pairs(theme: Theme) -> tuple[list[Pair], list[Pair]]:
    """(text pairs, non-text pairs) of `theme`, read from its sheet; and what is painted by
    hand (urgent rows, chats, cards of files without a picture) from its colours."""
    found = rules(sheet_of(theme))

    def colour(selector: str, prop: str) -> str:
        value = found[selector][prop]
        hexed = hex_in(value)
        assert hexed, f"{theme.name}: {selector} {prop}: {value}"
        return hexed

    page = colour("QMainWindow", "background")
    field = colour("QLineEdit", "background")
    body = colour("QWidget", "color")
    table = colour("QTableView", "background")
    box = colour("QCheckBox::indicator", "background")
    painted = theme.colours
    text = [
        ("body text on the page", body, page),
        ("body text in a field", body, field),
        ("headings", colour("QLabel#title", "color"), page),
        ("hints", colour("QLabel#hint", "color"), page),
        ("hints in a field", colour("QLabel#hint", "color"), field),
        ("problems", colour("QLabel#problem", "color"), page),
        ("notes", body, colour("QLabel#note", "background")),
        ("lock warning", body, colour("QFrame#lockwarning", "background")),
        ("empty lists", colour("QLabel#empty", "color"), page),
        ("overdue", colour("QLabel#overdue", "color"), colour("QLabel#overdue", "background")),
        ("status line", colour("QLabel#status", "color"), colour("QLabel#status", "background")),
        ("placeholders", colour("QLineEdit", "placeholder-text-color"), field),
        ("sidebar", body, colour("QListWidget#sidebar", "background")),
        (
            "sidebar, chosen page",
            colour("QListWidget#sidebar::item:selected", "color"),
            colour("QListWidget#sidebar::item:selected", "background"),
        ),
        ("sidebar, overdue deadlines", painted["overdue_nav"], painted["sidebar"]),
        (
            "sidebar, overdue deadlines chosen",
            painted["overdue_nav"],
            colour("QListWidget#sidebar::item:selected", "background"),
        ),
        ("buttons", body, colour("QPushButton", "background")),
        ("buttons, pointed at", body, colour("QPushButton:hover", "background")),
        (
            "main buttons",
            colour("QPushButton#primary", "color"),
            colour("QPushButton#primary", "background"),
        ),
        (
            "main buttons, pointed at",
            colour("QPushButton#primary", "color"),
            colour("QPushButton#primary:hover", "background"),
        ),
        ("Lock", colour("QPushButton#lock", "color"), colour("QPushButton#lock", "background")),
        (
            "Lock, pointed at",
            colour("QPushButton#lock", "color"),
            colour("QPushButton#lock:hover", "background"),
        ),
        ("links", colour("QPushButton#link", "color"), page),
        (
            "problem bar",
            colour("QPushButton#problembar", "color"),
            colour("QPushButton#problembar", "background"),
        ),
        ("undo bar", body, colour("QFrame#undo", "background")),
        (
            "notices",
            colour("QFrame#notice QLabel", "color"),
            colour("QFrame#notice", "background"),
        ),
        (
            "links in notices",
            colour("QPushButton#link", "color"),
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
        ("rows", body, table),
        ("shaded rows", body, colour("QTableView", "alternate-background-color")),
        ("tooltips", colour("QToolTip", "color"), colour("QToolTip", "background")),
        ("document cards", body, colour("QFrame#document", "background")),
        ("tabs", body, colour("QTabBar::tab:selected", "background")),
        ("overdue rows", painted["overdue_row_text"], painted["overdue_back"]),
        ("rows due soon", painted["soon_text"], painted["soon_back"]),
        ("chats: details", painted["extra_text"], field),
        ("chats: chosen message", body, painted["chosen_back"]),
        ("chats: time and '…'", painted["hint"], field),
        ("chats: 'In the report'", painted["accent"], painted["chosen_back"]),
        ("chats: kept file", body, painted["sidebar"]),
        ("chats: missing file", painted["hint"], painted["status_back"]),
        ("chats: a tile's words", painted["column_text"], painted["tile_back"]),
    ]
    text += [(f"chats: sender {c}", c, field) for c in theme.senders]
    text += [(f"chats: sender {c}, chosen", c, painted["chosen_back"]) for c in theme.senders]
    text += [
        (f"evidence card {kind}", painted["column_text"], painted[kind])
        for kind in painted
        if kind.startswith("card_")
    ]
    non_text = [
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
        ("field borders", colour("QLineEdit", "border"), field),
        ("field borders on the page", colour("QLineEdit", "border"), page),
        ("button borders", colour("QPushButton", "border"), page),
        ("table borders", colour("QTableView", "border"), page),
        ("check boxes", colour("QCheckBox::indicator", "border"), box),
        ("check boxes on the page", colour("QCheckBox::indicator", "border"), page),
        ("check boxes in a table", colour("QCheckBox::indicator", "border"), table),
        ("a ticked check box", colour("QCheckBox::indicator:checked", "background"), page),
        (
            "a ticked check box in a table",
            colour("QCheckBox::indicator:checked", "background"),
            table,
        ),
        ("the tick", tick_colour(theme), colour("QCheckBox::indicator:checked", "background")),
        ("chosen rows", colour("QTableView", "selection-background-color"), table),
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
        ("focus: buttons", colour("QPushButton:focus", "border"), page),
        ("focus: main buttons", colour("QPushButton#primary:focus", "border"), page),
        ("focus: Lock", colour("QPushButton#lock:focus", "border"), page),
        ("focus: links", colour("QPushButton#link:focus", "border"), page),
        ("focus: fields", colour("QLineEdit:focus", "border"), field),
        ("focus: fields on the page", colour("QLineEdit:focus", "border"), page),
        ("focus: tables and gallery", colour("QTableView:focus", "border"), page),
        ("focus: check boxes", colour("QCheckBox:focus", "border"), page),
        (
            "focus: tabs",
            colour("QTabBar::tab:focus", "border"),
            colour("QTabBar::tab:selected", "background"),
        ),
        ("focus: tabs on the page", colour("QTabBar::tab:focus", "border"), page),
        (
            "progress",
            colour("QProgressBar::chunk", "background"),
            colour("QProgressBar", "background"),
        ),
        ("chats: chosen message's bar", painted["accent"], painted["chosen_back"]),
    ]
    return text, non_text


THEMES = (LIGHT, DARK)
TEXT = [(t.name, *p) for t in THEMES for p in pairs(t)[0]]
NON_TEXT = [(t.name, *p) for t in THEMES for p in pairs(t)[1]]


def every_rule_with_words_on_a_background(theme: Theme) -> list[Pair]:
    """Every rule of the sheet that sets both a text colour and a background (hover, chosen
    and the rest): its words on its own background."""
    found = []
    for selector, declarations in rules(sheet_of(theme)).items():
        if "disabled" in selector:  # WCAG exempts what cannot be used
            continue
        fore = hex_in(declarations.get("color", ""))
        back = hex_in(declarations.get("background", ""))
        if fore and back and "gradient" not in declarations.get("background", ""):
            found.append((selector, fore, back))
    return found


EVERY_RULE = [(t.name, *p) for t in THEMES for p in every_rule_with_words_on_a_background(t)]


@pytest.mark.parametrize(
    ("theme", "what", "fore", "back"), EVERY_RULE, ids=[f"{t[0]}: {t[1]}" for t in EVERY_RULE]
)
def test_every_rule_s_words_read_at_4_5_to_1(theme: str, what: str, fore: str, back: str) -> None:
    assert ratio(fore, back) >= 4.5, (
        f"{theme} {what}: {fore} on {back} is {ratio(fore, back):.2f}:1"
    )


@pytest.mark.parametrize(
    ("theme", "what", "fore", "back"), TEXT, ids=[f"{t[0]}: {t[1]}" for t in TEXT]
)
def test_text_reads_at_4_5_to_1(theme: str, what: str, fore: str, back: str) -> None:
    assert ratio(fore, back) >= 4.5, (
        f"{theme} {what}: {fore} on {back} is {ratio(fore, back):.2f}:1"
    )


@pytest.mark.parametrize(
    ("theme", "what", "fore", "back"), NON_TEXT, ids=[f"{t[0]}: {t[1]}" for t in NON_TEXT]
)
def test_borders_boxes_selection_and_focus_at_3_to_1(
    theme: str, what: str, fore: str, back: str
) -> None:
    assert ratio(fore, back) >= 3.0, (
        f"{theme} {what}: {fore} on {back} is {ratio(fore, back):.2f}:1"
    )


@pytest.mark.parametrize("theme", THEMES, ids=[t.name for t in THEMES])
def test_every_focusable_kind_has_a_ring(theme: Theme) -> None:
    found = rules(sheet_of(theme))
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
        assert "2px solid" in found[selector]["border"], selector


def test_the_ratio_is_wcag_s() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#93999f", "#ffffff") == pytest.approx(2.88, abs=0.01)  # the old placeholder


def lowest(theme: str) -> dict[str, tuple[float, str]]:
    """The lowest text and non-text pair of a theme (for docs/measurements.md)."""
    return {
        "text": min((ratio(f, b), w) for t, w, f, b in TEXT + EVERY_RULE if t == theme),
        "non-text": min((ratio(f, b), w) for t, w, f, b in NON_TEXT if t == theme),
    }
