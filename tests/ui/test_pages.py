"""Contacts, deadlines and requests pages; every model passes Qt's model tester."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.overview import Urgency
from quietcase.ui.journal.record_editors import ContactDialog, DeadlineDialog, RequestDialog
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.shared import PASS

WindowAt = Callable[..., MainWindow]


def opened(window_at: WindowAt, vault_path: Path) -> MainWindow:
    window = window_at(vault_path)
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert window.session.is_open
    return window


def add_contact(window: MainWindow, name: str = "김지원 변호사") -> None:
    window.case_view.contacts.add_button.click()
    dialog = window.case_view.editors.open["contact:new"]
    assert isinstance(dialog, ContactDialog)
    dialog.name.setText(name)
    dialog.role.setCurrentIndex(dialog.role.findData("lawyer"))
    dialog.organisation.setText("법무법인 예시")
    dialog.phone.setText("010-0000-1234")
    dialog.email.setText("kim@example.org")
    dialog.handles.set_values(["@kim_lawyer"])
    dialog.note.setPlainText("Thursdays are best.")
    dialog.save_button.click()


def test_contacts_page(window_at: WindowAt, vault_path: Path, qtmodeltester: ModelTester) -> None:
    window = opened(window_at, vault_path)
    page = window.case_view.contacts
    assert not page.empty.isHidden() or page.stack.currentWidget() is page.empty
    add_contact(window)
    add_contact(window, "박도윤 경위")
    assert page.model.rowCount() == 2
    assert page.model.index(0, 1).data() == "Lawyer"
    page.filter_text.setText("박도")
    assert page.proxy.rowCount() == 1
    page.filter_text.clear()
    page.role.setCurrentIndex(page.role.findData("police"))
    assert page.proxy.rowCount() == 0
    page.role.setCurrentIndex(0)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    # The new contact can be chosen in the incident editor and the timeline filter.
    window.case_view.timeline.add_button.click()
    editor = window.case_view.editors.open["incident:new"]
    assert editor.contacts.count() == 2  # type: ignore[attr-defined]
    editor.reject()
    assert window.case_view.timeline.contact.count() == 3


def test_deadlines_are_grouped_and_overdue_cannot_be_missed(
    window_at: WindowAt, vault_path: Path, clock: FixedClock, qtmodeltester: ModelTester
) -> None:
    window = opened(window_at, vault_path)
    today = clock.now().astimezone().date()
    for days, title in ((-3, "Appeal deadline"), (2, "Police interview"), (30, "Hearing")):
        window.case_view.deadlines.add_button.click()
        dialog = window.case_view.editors.open["deadline:new"]
        assert isinstance(dialog, DeadlineDialog)
        dialog.title.setText(title)
        dialog.due.set_text((today + timedelta(days=days)).isoformat())
        assert dialog.due.hint.text().startswith("→ ")
        dialog.save_button.click()
    page = window.case_view.deadlines
    rows = page.model.rows()
    assert [e.urgency for e in rows] == [Urgency.OVERDUE, Urgency.THIS_WEEK, Urgency.LATER]
    assert page.model.index(0, 0).data() == "Overdue"
    assert page.model.index(0, 2).data() == "3 days ago"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Appeal deadline" in page.overdue_banner.text()
    assert not page.overdue_banner.isHidden()
    view = window.case_view
    nav = view.nav.item(view.page_names.index("deadlines")).text()
    assert "1 overdue" in nav
    qtmodeltester.check(page.model)

    # Mark it done: no longer overdue, the banner goes.
    page.table.selectRow(0)
    page.edit_button.click()
    dialog = window.case_view.editors.open[f"deadline:{rows[0].deadline.id}"]
    assert isinstance(dialog, DeadlineDialog)
    dialog.done_box.setChecked(True)
    dialog.save_button.click()
    assert page.overdue_banner.isHidden()
    assert view.nav.item(view.page_names.index("deadlines")).text() == "Deadlines"
    page.show_done.setChecked(False)
    assert page.proxy.rowCount() == 2


def test_requests_page(
    window_at: WindowAt, vault_path: Path, clock: FixedClock, qtmodeltester: ModelTester
) -> None:
    window = opened(window_at, vault_path)
    add_contact(window, "디지털성범죄피해자지원센터")
    window.case_view.requests.add_button.click()
    dialog = window.case_view.editors.open["request:new"]
    assert isinstance(dialog, RequestDialog)
    dialog.request_kind.setCurrentIndex(dialog.request_kind.findData("takedown"))
    dialog.subject.setText("삭제지원 신청")
    dialog.contact.setCurrentIndex(1)
    dialog.reference.setText("DSC-2026-001")
    dialog.status.setCurrentIndex(dialog.status.findData("sent"))
    dialog.sent.set_text("2026-11-01")
    dialog.follow_up.set_text("2026-10-01")
    dialog.save_button.click()
    assert "follow-up date comes before" in dialog.error.text()
    dialog.follow_up.set_text("2026-11-20")
    dialog.save_button.click()
    page = window.case_view.requests
    assert page.model.rowCount() == 1
    entry = page.model.record_at(0)
    assert entry.contact_name == "디지털성범죄피해자지원센터"
    assert entry.follow_up_due  # 20 November has come (the clock says 25 November)
    assert page.model.index(0, 4).data() == "Sent"
    assert page.model.index(0, 5).data() == "20 Nov 2026"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    page.status.setCurrentIndex(page.status.findData("done"))
    assert page.proxy.rowCount() == 0
    page.status.setCurrentIndex(0)
    qtmodeltester.check(page.model)
    window.lock()
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        assert case.journal.requests()[0].reference == "DSC-2026-001"


def test_timeline_and_search_models_pass_the_model_tester(
    window_at: WindowAt, vault_path: Path, qtmodeltester: ModelTester, clock: FixedClock
) -> None:
    from quietcase.storage.dates import When
    from quietcase.storage.records import Incident

    with open_case(vault_path, PASS, clock) as case:
        for n in range(30):
            case.journal.add_incident(
                Incident(title=f"Telegram post {n}", when=When.parse(f"2024-{n % 12 + 1:02d}"))
            )
        case.journal.add_incident(Incident(title="Undated Telegram"))
    window = opened(window_at, vault_path)
    timeline = window.case_view.timeline
    assert timeline.model.rowCount() == 31
    qtmodeltester.check(timeline.model)
    timeline.model.sort(0, Qt.SortOrder.DescendingOrder)
    assert timeline.model.record_at(0).incident.title == "Undated Telegram"
    timeline.model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(timeline.proxy)
    window.case_view.search_box.setText("telegram")
    qtmodeltester.check(window.case_view.search_page.model)


def test_search_while_a_search_runs_keeps_only_the_latest(
    window_at: WindowAt, vault_path: Path
) -> None:
    window = opened(window_at, vault_path)
    search = window.case_view.search
    search._searching = True  # as if one were still running on the worker
    search.box.setText("a")
    search.box.setText("ab")
    assert search._pending == "ab"
    search._searching = False
    search._run("a")
    assert search._pending is None


def test_settings_page(window_at: WindowAt, vault_path: Path, store: object) -> None:
    window = opened(window_at, vault_path)
    page = window.case_view.settings_page
    page.auto_lock.setCurrentIndex(page.auto_lock.findData(2))
    assert window.settings.auto_lock_minutes == 2
    page.language.setCurrentIndex(page.language.findData("ko"))
    page.remember.setChecked(False)
    loaded = store.load()  # type: ignore[attr-defined]
    assert (loaded.language, loaded.auto_lock_minutes, loaded.recent_vaults) == ("ko", 2, [])
    assert not page.clear_recent.isEnabled()
    Prompts.reset()


def test_search_snippets_show_words_not_codes() -> None:
    from quietcase.app.core.kinds import RecordKind
    from quietcase.app.search import Hit
    from quietcase.ui.search.page import worded_snippet

    suspect = Hit(RecordKind.CONTACT, 1, "그림자", "suspect  @shadow_demo")
    assert worded_snippet(suspect).startswith("Suspect") and "suspect" not in worded_snippet(
        suspect
    )
    request = Hit(RecordKind.REQUEST, 2, "", "takedown done ECRM-2026-1")
    assert worded_snippet(request) == "Takedown · Done  ECRM-2026-1"
    incident = Hit(RecordKind.INCIDENT, 3, "t", "suspect words")
    assert worded_snippet(incident) == "suspect words"  # her own words are never touched


def test_the_sidebar_follows_the_page_shown(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    view = window.case_view
    contacts = view.page_names.index("contacts")
    view.show_page("contacts")
    assert view.nav.currentRow() == contacts
    view.search_box.setText("텔레")
    assert view.pages.currentWidget() is view.search_page
    # Search shows: no page is selected in the sidebar (not a stale Contacts); its row stays
    # current, so Tab through the sidebar does not leave the results
    assert view.nav.selectedItems() == []
    view.nav.setFocus()
    assert view.pages.currentWidget() is view.search_page
    view.nav.itemClicked.emit(view.nav.item(contacts))  # choosing it again brings it back
    assert view.pages.currentWidget() is view.contacts
    view.search_box.setText("")
    view.search_box.setText("텔레")
    assert view.pages.currentWidget() is view.search_page
    view.search_box.setText("")  # emptied: back where she was, marked again
    assert view.pages.currentWidget() is view.contacts
    assert view.nav.currentRow() == contacts
    assert view.nav.selectedItems() == [view.nav.item(contacts)]
    view.search_box.setText("텔레")
    view.nav.setCurrentRow(0)  # a page chosen in the sidebar while Search shows
    assert view.pages.currentWidget() is view.timeline
    assert view.nav.selectedItems() == [view.nav.item(0)]
    view.search_box.setText("증거")
    view.show_page("evidence")  # as opening an evidence hit does
    assert view.nav.currentRow() == view.page_names.index("evidence")
