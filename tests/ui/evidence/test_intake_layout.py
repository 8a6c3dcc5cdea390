"""The Add evidence form stays compact: spare height never opens a gap under the date field
(it goes to the incidents list, or below the form), at 100 % and 150 % text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from quietcase.ui.evidence.intake import IntakeDialog
from quietcase.ui.style import style_sheet

INCIDENTS = [
    (n, f"{n} March 2026 · something that happened, told in a few words") for n in range(1, 30)
]


def _gap_under(dialog: IntakeDialog, field: QWidget) -> int:
    """Pixels between `field` and the next row's field."""
    form = dialog.findChild(QFormLayout)
    assert form is not None
    row, _role = form.getWidgetPosition(field)
    below = form.itemAt(row + 1, QFormLayout.ItemRole.FieldRole).widget()
    return below.geometry().top() - field.geometry().bottom()


@pytest.mark.parametrize("percent", [100, 150])
@pytest.mark.parametrize("with_incidents", [False, True])
def test_no_gap_under_the_date_however_tall_the_dialog(
    qtbot: QtBot, percent: int, with_incidents: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), percent))
    try:
        dialog = IntakeDialog("Adding 2 files.", INCIDENTS if with_incidents else [], [])
        qtbot.addWidget(dialog)
        dialog.show()
        fitted = dialog.size()
        spacing = max(dialog.findChild(QFormLayout).verticalSpacing(), 0)
        for height in (fitted.height(), fitted.height() + 300):
            dialog.resize(fitted.width(), height)
            qtbot.wait(5)
            date = dialog.captured
            assert date.height() <= date.sizeHint().height() + 2
            assert _gap_under(dialog, date) <= spacing + 4
            if with_incidents:  # the room goes to the list she chooses from
                assert dialog.incidents.height() >= dialog.fontMetrics().lineSpacing() * 6
        dialog.close()
    finally:
        app.setStyleSheet(before)


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_the_buttons_stay_in_view_and_the_fields_scroll_when_the_screen_is_short(
    qtbot: QtBot, percent: int
) -> None:
    """However large her text, the dialog fits the screen, "Add to my case" is never drawn
    over a field, and what does not fit scrolls (at 100 % nothing needs to)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), percent))
    try:
        dialog = IntakeDialog("Adding 2 files.", INCIDENTS, [])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(5)
        screen = dialog.screen().availableGeometry()
        assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
        assert dialog.record_button.isHidden()  # only for a pasted picture
        fields, buttons = dialog.fields, dialog.buttons
        assert fields.geometry().bottom() < buttons.geometry().top()
        assert buttons.geometry().bottom() <= dialog.height()
        inside = fields.widget()
        bar = fields.verticalScrollBar()
        needed = inside.heightForWidth(fields.viewport().width())
        assert bar.maximum() == max(0, needed - fields.viewport().height())
        if percent == 100:
            assert bar.maximum() == 0
        fields.ensureWidgetVisible(dialog.incidents)  # the last field can be reached
        qtbot.wait(5)
        top = dialog.incidents.mapTo(fields.viewport(), dialog.incidents.rect().topLeft())
        assert 0 <= top.y() < fields.viewport().height()
        dialog.close()
    finally:
        app.setStyleSheet(before)


def test_an_unreadable_date_is_said_once_beside_it_and_nothing_is_added(qtbot: QtBot) -> None:
    dialog = IntakeDialog("Adding 2 files.", INCIDENTS, [])
    qtbot.addWidget(dialog)
    chosen: list[object] = []
    dialog.chosen.connect(chosen.append)
    dialog.show()
    dialog.captured.set_text("the day after the party")
    beside = dialog.captured.hint.text()
    assert "the day after the party" in beside  # the line under the date says what and why
    dialog.add_button.click()
    assert chosen == [] and dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert "the day after the party" not in dialog.error.text()  # not the same words twice
    assert dialog.focusWidget() is dialog.captured.line  # where she types it again
    dialog.captured.set_text("2026-03-05")
    dialog.add_button.click()
    assert len(chosen) == 1 and not dialog.isVisible()
