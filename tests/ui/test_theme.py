"""Light or dark (Settings → Appearance): chosen in Settings or followed from the computer,
applied at once to the sheet, the Fusion palette and what is painted by hand, and kept for the
next start (real widgets offscreen, a real settings file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quietcase.app.settings import Settings, SettingsStore
from quietcase.ui.style import DARK, LIGHT, apply_look, chosen_theme, palette, style_sheet, theme
from quietcase.ui.widgets.models import Column, Look, RecordTableModel
from tests.ui.evidence.helpers import WindowAt
from tests.ui.test_contrast import ratio


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application, given back light as the other tests expect it."""
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    sheet, colours = found.styleSheet(), found.palette()
    yield found
    apply_look(found, 100, LIGHT)
    found.setPalette(colours)
    found.setStyleSheet(sheet)


def test_dark_from_settings_applies_at_once_and_is_kept(
    app: QApplication, window_at: WindowAt, vault_path: Path, store: SettingsStore
) -> None:
    window = window_at(vault_path)
    page = window.case_view.settings_page
    labels = [page.theme.itemText(i) for i in range(page.theme.count())]
    assert labels == ["Follow the computer", "Light", "Dark"]
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert theme() is DARK
    assert app.styleSheet() == style_sheet(app.font().pointSizeF(), 100, DARK)
    shown = app.palette()
    assert shown.color(QPalette.ColorRole.Window) == DARK.colour("page")
    assert shown.color(QPalette.ColorRole.Base) == DARK.colour("field")
    assert shown.color(QPalette.ColorRole.Text) == DARK.colour("text")
    assert store.load().theme == "dark"  # the next start opens dark
    page.theme.setCurrentIndex(page.theme.findData("light"))
    assert theme() is LIGHT
    assert app.palette().color(QPalette.ColorRole.Window) == LIGHT.colour("page")
    assert store.load().theme == "light"


def test_the_text_size_keeps_the_theme(
    app: QApplication, window_at: WindowAt, vault_path: Path
) -> None:
    page = window_at(vault_path).case_view.settings_page
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    page.text_size.setCurrentIndex(page.text_size.findData(150))
    assert app.styleSheet() == style_sheet(app.font().pointSizeF(), 150, DARK)


def test_following_the_computer() -> None:
    assert chosen_theme("", computer_dark=True) is DARK
    assert chosen_theme("", computer_dark=False) is LIGHT
    assert chosen_theme("light", computer_dark=True) is LIGHT
    assert chosen_theme("dark", computer_dark=False) is DARK


def test_the_computer_turning_dark_turns_the_window_dark(
    app: QApplication, window_at: WindowAt, vault_path: Path
) -> None:
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "setColorScheme"):
        pytest.skip("Qt before 6.8 cannot be told the computer's colour scheme")
    window = window_at(vault_path)
    assert window.settings.theme == ""
    try:
        hints.setColorScheme(Qt.ColorScheme.Dark)
        QApplication.processEvents()
        if hints.colorScheme() != Qt.ColorScheme.Dark:
            pytest.skip("this platform does not take a colour scheme")
        assert theme() is DARK
        hints.setColorScheme(Qt.ColorScheme.Light)
        QApplication.processEvents()
        assert theme() is LIGHT
    finally:
        hints.unsetColorScheme()


def test_a_wrong_theme_in_the_file_falls_back_to_following_the_computer(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    (tmp_path / "settings.json").write_text('{"theme": "purple"}', encoding="utf-8")
    assert store.load().theme == ""
    settings = Settings()
    settings.theme = "dark"
    store.save(settings)
    assert store.load().theme == "dark"


@pytest.mark.parametrize("shown", [LIGHT, DARK], ids=["light", "dark"])
def test_the_palette_s_words_read_on_its_backgrounds(shown: object) -> None:
    """Menus, tooltips, scroll bars and other widgets the sheet does not draw."""
    assert shown is LIGHT or shown is DARK
    colours = palette(shown)
    Role = QPalette.ColorRole
    for fore, back in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.HighlightedText, Role.Highlight),
        (Role.PlaceholderText, Role.Base),
        (Role.Link, Role.Base),
    ):
        a, b = colours.color(fore).name(), colours.color(back).name()
        assert ratio(a, b) >= 4.5, f"{fore.name} {a} on {back.name} {b}"


def test_urgent_rows_are_painted_in_the_theme_shown(app: QApplication, qtbot: QtBot) -> None:
    model: RecordTableModel[str] = RecordTableModel(
        [Column("What", lambda r: r)],
        record_id=lambda r: 1,
        look=lambda r: Look(foreground="overdue_row_text", background="overdue_back"),
    )
    model.set_rows(["Send the results"])
    cell = model.index(0, 0)
    apply_look(app, 100, DARK)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == DARK.colour("overdue_back")
    apply_look(app, 100, LIGHT)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == LIGHT.colour("overdue_row_text")
