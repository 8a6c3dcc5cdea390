"""The Links page on a real vault: every link of every incident, filters, links not checked
for a long time made visible, and statuses that persist, marked checked today."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.storage.records import Incident, Link, LinkStatus
from quietcase.ui.journal.links import LinksPage
from quietcase.ui.main_window import MainWindow
from tests.shared import NOW, PASS
from tests.ui.evidence.helpers import WindowAt, opened

TODAY = NOW.astimezone().date()


def fill(vault_path: Path, clock: FixedClock) -> dict[str, int]:
    """Three incidents, four links: checked recently, long ago, never."""
    with open_case(vault_path, PASS, clock) as case:
        j = case.journal
        first = j.add_incident(
            Incident(
                title="Deepfake in a Telegram room",
                platform="Telegram",
                links=(
                    Link(
                        url="https://t.me/room_a/10",
                        post_title="room post",
                        uploader="@poster_a",
                        status=LinkStatus.ONLINE,
                        checked_on=TODAY - timedelta(days=3),
                        keywords="합성 kw_room",
                    ),
                    Link(
                        url="https://t.me/room_a/11",
                        status=LinkStatus.ONLINE,
                        checked_on=TODAY - timedelta(days=45),
                    ),
                ),
            )
        )
        second = j.add_incident(
            Incident(
                title="Re-upload on a board",
                links=(Link(url="https://board.example.org/p/5", post_title="게시물 제목"),),
            )
        )
        third = j.add_incident(
            Incident(
                title="Gone from X",
                platform="X",
                links=(
                    Link(
                        url="https://x.com/u/status/9",
                        status=LinkStatus.REMOVED,
                        checked_on=TODAY - timedelta(days=1),
                    ),
                ),
            )
        )
    return {"first": first.id, "second": second.id, "third": third.id}


def links_page(window: MainWindow) -> LinksPage:
    window.case_view.show_page("links")
    page = window.case_view.links
    assert page.isVisible()
    return page


def shown(page: LinksPage, column: int = 1) -> list[str]:
    return [
        page.proxy.index(r, column).data(Qt.ItemDataRole.DisplayRole)
        for r in range(page.proxy.rowCount())
    ]


def select(page: LinksPage, *urls: str) -> None:
    page.table.clearSelection()
    page.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
    for row, url in enumerate(shown(page)):
        if url in urls:
            page.table.selectRow(row)
    page.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)


def test_every_link_is_listed_and_filtered(
    window_at: WindowAt, vault_path: Path, clock: FixedClock
) -> None:
    fill(vault_path, clock)
    page = links_page(opened(window_at, vault_path))
    assert sorted(shown(page)) == sorted(
        [
            "https://t.me/room_a/10",
            "https://t.me/room_a/11",
            "https://board.example.org/p/5",
            "https://x.com/u/status/9",
        ]
    )
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == [
        "Platform",
        "Address",
        "Post title",
        "Uploader",
        "Incident",
        "Status",
        "Last checked",
    ]
    page.status.setCurrentIndex(page.status.findData("removed"))
    assert shown(page) == ["https://x.com/u/status/9"]
    page.status.setCurrentIndex(0)
    page.platform.setCurrentIndex(page.platform.findData("Telegram"))
    assert sorted(shown(page)) == ["https://t.me/room_a/10", "https://t.me/room_a/11"]
    assert "Showing 2 of 4" in page.shown.text()
    page.platform.setCurrentIndex(page.platform.findData("board.example.org"))  # the host
    assert shown(page) == ["https://board.example.org/p/5"]
    page.platform.setCurrentIndex(0)
    page.filter_text.setText("kw_room")  # keywords count in the filter box
    assert shown(page) == ["https://t.me/room_a/10"]
    page.filter_text.clear()


def test_links_checked_long_ago_stand_out_and_sort_first(
    window_at: WindowAt, vault_path: Path, clock: FixedClock
) -> None:
    fill(vault_path, clock)
    page = links_page(opened(window_at, vault_path))
    page.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.AscendingOrder)
    assert shown(page)[:2] == ["https://board.example.org/p/5", "https://t.me/room_a/11"]
    assert shown(page, 6)[0] == "Never" and "45 days ago" in shown(page, 6)[1]
    stale = [
        page.proxy.index(r, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
        for r in range(page.proxy.rowCount())
    ]
    assert stale == [True, True, False, False]
    tip = page.proxy.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert "more than 30 days" in tip
    page.stale_only.setChecked(True)
    assert shown(page) == ["https://board.example.org/p/5", "https://t.me/room_a/11"]


def test_marking_several_links_persists_and_records_today(
    window_at: WindowAt, vault_path: Path, clock: FixedClock
) -> None:
    ids = fill(vault_path, clock)
    window = opened(window_at, vault_path)
    page = links_page(window)
    assert not page.removed_button.isEnabled()  # nothing chosen yet
    select(page, "https://t.me/room_a/11", "https://board.example.org/p/5")
    assert page.removed_button.isEnabled() and not page.edit_button.isEnabled()
    page.removed_button.click()
    assert "2 link" in page.note.text() and "checked today" in page.note.text()
    assert sorted(r.link.url for r in page.chosen()) == [
        "https://board.example.org/p/5",
        "https://t.me/room_a/11",
    ]  # still chosen after the reload
    page.stale_only.setChecked(True)
    assert shown(page) == []  # both were checked today
    window.lock()
    assert page.model.rowCount() == 0
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        first = case.journal.incident(ids["first"])
        second = case.journal.incident(ids["second"])
        assert [lk.status for lk in first.links] == [LinkStatus.ONLINE, LinkStatus.REMOVED]
        assert first.links[0].checked_on == TODAY - timedelta(days=3)  # not chosen: unchanged
        assert first.links[1].checked_on == TODAY
        assert first.links[0].keywords == "합성 kw_room"  # the rest of the link is kept
        assert second.links[0].status is LinkStatus.REMOVED
        assert second.links[0].checked_on == TODAY
        assert second.links[0].post_title == "게시물 제목"


def test_one_link_opens_its_incident_and_copies_its_address(
    window_at: WindowAt, vault_path: Path, clock: FixedClock
) -> None:
    ids = fill(vault_path, clock)
    window = opened(window_at, vault_path)
    page = links_page(window)
    select(page, "https://x.com/u/status/9")
    page.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "https://x.com/u/status/9"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert "cleared from the clipboard" in page.note.text()
    page.edit_button.click()
    editors = window.case_view.editors.open
    assert f"incident:{ids['third']}" in editors
    editors[f"incident:{ids['third']}"].close()
    window.lock()
    assert clipboard.text() == ""  # cleared on lock


def test_an_edited_incident_shows_its_new_link(
    window_at: WindowAt, vault_path: Path, clock: FixedClock
) -> None:
    ids = fill(vault_path, clock)
    window = opened(window_at, vault_path)
    page = links_page(window)

    def add_link(case: object) -> None:
        from dataclasses import replace

        journal = case.journal  # type: ignore[attr-defined]
        incident = journal.incident(ids["third"])
        new = Link(url="https://x.com/u/status/10")
        journal.update_incident(replace(incident, links=(*incident.links, new)))

    window.session.run(add_link)
    window.case_view.editors.changed.emit("incident")
    assert "https://x.com/u/status/10" in shown(page)
