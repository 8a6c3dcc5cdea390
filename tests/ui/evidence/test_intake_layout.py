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
        assert fitted.height() >= dialog.minimumSizeHint().height()  # nothing squeezed
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
