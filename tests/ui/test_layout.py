"""Every page at 1280×800, at 100 %, 150 % and 200 % text, in English and Korean: nothing scrolls
sideways, and no words are cut without a tooltip that holds them whole (the demo case, a few
real photos, the real window offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quietcase.app.case import create_case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.ui.style import style_sheet
from tests.i18n.korean_window import demo_case, speaking, window
from tests.shared import NOW, PASS, REAL_IMAGES

ROWS_LOOKED_AT = 12


def _cut_cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found: list[str] = []
    if model is None:
        return found
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model: one column (its columnCount is private in PySide6)
        columns = 1
    metrics = view.fontMetrics()
    for column in range(columns):
        if isinstance(view, QTableView) and view.isColumnHidden(column):
            continue
        width = view.columnWidth(column) if isinstance(view, QTableView) else view.width()
        head = model.headerData(column, Qt.Orientation.Horizontal)
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if isinstance(view, QTableView) and head and not tip:
            header = view.horizontalHeader()
            if QFontMetrics(header.font()).horizontalAdvance(str(head)) + 16 > width:
                found.append(f"heading {head!r} cut at {width} px")
        for row in range(min(model.rowCount(top), ROWS_LOOKED_AT)):
            index = model.index(row, column)
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(shown, str) or not shown or index.data(Qt.ItemDataRole.ToolTipRole):
                continue
            if metrics.horizontalAdvance(shown) + 12 > width:
                found.append(f"cell {shown[:40]!r} (column {head!r}) cut without a tooltip")
                break
    return found


def problems(root: QWidget) -> list[str]:
    """Horizontal scroll bars, and text cut without a tooltip, in what `root` shows."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{name} scrolls sideways")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.text())
            if need > widget.contentsRect().width() + 1 and not widget.toolTip():
                found.append(f"{name} {widget.text()[:40]!r} cut ({need} px wanted)")
        if isinstance(widget, QPushButton | QCheckBox) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1 and not widget.toolTip():
                found.append(f"{name} {widget.text()[:40]!r} cut")
        if isinstance(widget, QAbstractItemView):
            found += [f"{name}: {p}" for p in _cut_cells(widget)]
    return found


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("percent", [100, 150, 200])
def test_no_page_scrolls_sideways_or_cuts_words(
    qtbot: QtBot, tmp_path: Path, language: str, percent: int
) -> None:
    if not REAL_IMAGES.is_dir():
        pytest.skip(f"the shared real photos are not at {REAL_IMAGES}")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    clock = FixedClock(NOW)
    vault = tmp_path / "case.quietcase"
    create_case(vault, PASS, clock).close()
    demo_case(vault, PASS, clock, NOW.date())
    with open_case(vault, PASS, clock) as case:
        photos = sorted(p for p in REAL_IMAGES.glob("*.jpg") if "invalid" not in p.name)[:4]
        case.intake.import_paths(photos, IntakeDetails(incident_ids=(1,)))
    found: list[str] = []
    try:
        with speaking(language):
            if True:
                app.setStyleSheet(style_sheet(app.font().pointSizeF(), percent))
                win = window(clock, tmp_path / f"config{percent}")
                qtbot.addWidget(win)
                win.resize(1280, 800)
                win.show()
                win.show_unlock(vault)
                win.start.unlock.passphrase.setText(PASS)
                win.start.unlock.unlock_button.click()
                view = win.case_view
                view.use_text_size(percent)
                for page in view.page_names:
                    view.show_page(page)
                    qtbot.wait(5)
                    found += [f"{language} {percent}% {page}: {p}" for p in problems(view)]
                win.lock()
                win.close()
    finally:
        app.setStyleSheet(before)
    assert not found, "\n".join(found)
