"""Quietcase's text follows the computer's larger-text setting: never smaller than the
system's own text (real Qt widgets, offscreen)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from quietcase.app.settings import SettingsStore
from quietcase.ui.journal.pages import DeadlinesPage, RequestsPage
from quietcase.ui.journal.timeline import TimelinePage
from quietcase.ui.style import BODY_POINTS, STYLE, style_sheet, text_scale
from quietcase.ui.widgets.table_page import TablePage
from tests.ui.evidence.helpers import WindowAt


def sizes(sheet: str) -> list[float]:
    return [float(v) for v in re.findall(r"font-size: ([0-9.]+)pt", sheet)]


@pytest.mark.parametrize("system", [-1.0, 8.0, 9.0, BODY_POINTS])
def test_usual_system_text_keeps_the_calm_look(system: float) -> None:
    assert style_sheet(system) == STYLE


def test_the_scale_is_never_below_one() -> None:
    assert [text_scale(p) for p in (-1.0, 9.0, BODY_POINTS, 21.0)] == [1.0, 1.0, 1.0, 2.0]


def test_larger_system_text_makes_every_size_larger_in_proportion() -> None:
    larger = sizes(style_sheet(BODY_POINTS * 1.5))
    assert larger == pytest.approx([s * 1.5 for s in sizes(STYLE)], abs=0.06)
    assert larger[0] == pytest.approx(15.75, abs=0.06)  # the body text


def test_the_window_shows_the_larger_text(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    title, body, button = QLabel("Timeline"), QLabel("What happened"), QPushButton("Lock")
    title.setObjectName("title")
    for widget in (title, body, button):
        layout.addWidget(widget)
    try:
        app.setStyleSheet(STYLE)
        page.show()
        qtbot.waitExposed(page)
        usual = button.sizeHint().height()
        app.setStyleSheet(style_sheet(21.0))  # twice the usual size
        page.show()
        qtbot.waitExposed(page)
        assert body.font().pointSizeF() == pytest.approx(21.0, abs=0.1)
        assert button.font().pointSizeF() == pytest.approx(21.0, abs=0.1)
        assert title.font().pointSizeF() == pytest.approx(38.0, abs=0.1)
        assert button.sizeHint().height() > usual * 1.5
    finally:
        app.setStyleSheet(before)


def test_the_sidebar_is_as_much_wider_as_the_text_is_larger(
    window_at: WindowAt, vault_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    usual = app.font()
    widths = []
    try:
        for points in (usual.pointSizeF(), 2 * BODY_POINTS):
            font = QFont(usual)
            font.setPointSizeF(points)
            app.setFont(font)
            view = window_at(vault_path).case_view
            widths.append(view.nav.width())
            item = view.nav.item(view.page_names.index("deadlines"))
            item.setText(view.tr("Deadlines · %Ln overdue", "", 12))  # the longest it says
            view.nav.doItemsLayout()
            need = view.nav.fontMetrics().horizontalAdvance(item.text())
            room = view.nav.visualItemRect(item).width() - 2 * 12  # inside the item's padding
            assert need <= room, (need, room)
    finally:
        app.setFont(usual)
    assert widths[1] >= 1.7 * widths[0]  # the words twice as wide; the padding stays


def test_her_text_size_from_settings_applies_at_once_and_is_kept(
    window_at: WindowAt, vault_path: Path, store: SettingsStore
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    window = window_at(vault_path)
    page, view = window.case_view.settings_page, window.case_view
    label = QLabel("What happened", view)
    system = app.font().pointSizeF()
    try:
        page.text_size.setCurrentIndex(page.text_size.findData(150))
        assert app.styleSheet() == style_sheet(system, 150)
        label.ensurePolished()
        assert label.font().pointSizeF() == pytest.approx(BODY_POINTS * 1.5, abs=0.1)
        larger = view.nav.width()
        assert store.load().text_size == 150  # kept for the next start
        page.text_size.setCurrentIndex(page.text_size.findData(100))
        assert larger >= 1.35 * view.nav.width()  # the sidebar follows, both ways
        assert store.load().text_size == 100
    finally:
        app.setStyleSheet(before)


@pytest.mark.parametrize("page_type", [DeadlinesPage, TimelinePage, RequestsPage])
def test_a_date_column_is_as_wide_whether_the_text_was_large_before_or_after(
    qtbot: QtBot, page_type: type[TablePage]
) -> None:
    """Quietcase starts at her saved text size (the style sheet is set before the window is
    made) or she changes it in Settings: the date columns come out the same width, not
    scaled twice."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    system = app.font().pointSizeF()
    widths = []
    try:
        for large_first in (True, False):
            app.setStyleSheet(style_sheet(system, 150 if large_first else 100))
            page = page_type()
            qtbot.addWidget(page)
            page.resize(1600, 600)  # room for every column
            page.show()
            page.stack.setCurrentWidget(page.table)  # (no rows: it shows its empty words)
            app.setStyleSheet(style_sheet(system, 150))
            qtbot.wait(5)
            date_column = {DeadlinesPage: 1, RequestsPage: 3, TimelinePage: 0}[page_type]
            assert not page.table.isColumnHidden(date_column)
            widths.append(page.table.columnWidth(date_column))
            page.close()
    finally:
        app.setStyleSheet(before)
    assert abs(widths[0] - widths[1]) <= 2, widths
