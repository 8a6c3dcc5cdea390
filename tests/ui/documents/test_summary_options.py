"""The report options form's chat-messages box: it says how many she chose, and its choice
reaches `ReportOptions` like the other sections."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from quietcase.app.case import Case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.documents.summary.data import Section
from quietcase.ui.documents.summary_options import ReportOptionsForm
from tests.app.chats.telegram.writer import room, write_json
from tests.ui.evidence.helpers import WindowAt, opened


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


def test_the_reports_page_counts_her_chosen_messages(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    """Messages chosen through the app (as the chat view does) show on the Reports page, and
    the preview holds the excerpt."""
    folder = tmp_path / "export"
    write_json(folder, [room()])
    window = opened(window_at, vault_path)

    def choose(case: Case) -> None:
        TelegramImport(case.vault, case.clock).import_export(folder, ImportOptions())
        store = ChatMessages(case.vault, case.clock)
        store.set_for_report([m.id for m in store.messages()][2:4], True)

    window.session.run(choose, lambda _r: None)
    window.case_view.show_page("reports")
    page = window.case_view.reports
    box = page.form.sections[Section.MESSAGES]
    assert box.text() == "Chat messages you chose (2)" and box.isEnabled()
    page.preview_button.click()
    assert page.report is not None and page.report.messages == 2
    box.setChecked(False)
    page.preview_button.click()
    assert page.report is not None and page.report.messages == 0
