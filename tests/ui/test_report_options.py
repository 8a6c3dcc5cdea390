"""The report options form's chat-messages box: it says how many she chose, and its choice
reaches `ReportOptions` like the other sections."""

# ruff: noqa: F811 - pytest fixtures imported from ui_fixtures are redefined as arguments

from __future__ import annotations

import sys
from pathlib import Path

from evidence_helpers import WindowAt, opened
from pytestqt.qtbot import QtBot
from ui_fixtures import _prompts, fake_time, store, window_at  # noqa: F401 - fixtures

from app.case import Case
from app.report_data import Section
from app.telegram_import import ImportOptions, TelegramImport
from app.telegram_messages import ChatMessages
from ui.report_options import ReportOptionsForm

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from test_telegram_writer import room, write_json  # noqa: E402


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
