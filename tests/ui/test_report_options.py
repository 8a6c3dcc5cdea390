"""The report options form's chat-messages box: it says how many she chose, and its choice
reaches `ReportOptions` like the other sections."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.report_data import Section
from ui.report_options import ReportOptionsForm


def test_the_chat_messages_box_counts_and_toggles(qtbot: QtBot) -> None:
    form = ReportOptionsForm()
    qtbot.addWidget(form)
    box = form.sections[Section.MESSAGES]
    assert not box.isEnabled() and box.toolTip()  # nothing chosen yet: says where to choose
    form.set_message_count(3)
    assert box.text() == "Chat messages you chose (3)" and box.isEnabled()
    assert Section.MESSAGES in form.options().sections
    assert form.options().messages is None  # the saved choice
    box.setChecked(False)
    assert Section.MESSAGES not in form.options().sections
    form.set_message_count(1)
    assert box.text() == "Chat messages you chose (1)"
