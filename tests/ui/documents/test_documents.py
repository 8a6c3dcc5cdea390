"""The documents beside the case summary, on a real vault: each button writes a real file
(deletion list as PDF and CSV, complaint helper, calendar, CSV tables), warns first, records a
custody event, and Cancel or "no" leaves nothing."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import icalendar
from pypdf import PdfReader
from PySide6.QtCore import Qt

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.documents import acts, time_zone
from quietcase.app.evidence.custody import EXPORT
from quietcase.cli.demo import fill_demo
from quietcase.storage.records import Incident, Link, LinkStatus, RequestStatus
from quietcase.ui.documents.documents import DocumentsPanel
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.shared import NOW, PASS
from tests.ui.evidence.helpers import WindowAt, opened

KEYWORD = "합성 유출 kw_marker"


def fill(vault_path: Path, clock: FixedClock) -> None:
    """The invented example case, and one more incident whose link carries keywords."""
    with open_case(vault_path, PASS, clock) as case:
        fill_demo(case.journal, NOW.date())
        link = Link(
            url="https://board.example.org/post/991",
            post_title="몰래 올린 사진",
            uploader="uploader_991",
            status=LinkStatus.ONLINE,
            checked_on=NOW.date() - timedelta(days=60),
            keywords=KEYWORD,
        )
        case.journal.add_incident(
            Incident(title="A board post", platform="ExampleBoard", links=(link,))
        )


def documents(window: MainWindow) -> DocumentsPanel:
    window.case_view.show_page("reports")
    page = window.case_view.reports
    page.tabs.setCurrentWidget(page.documents)
    assert page.documents.isVisible()
    return page.documents


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def exports(vault_path: Path, clock: FixedClock) -> list[str]:
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        return [e.detail for e in case.custody.events() if e.action == EXPORT]


def test_choices_come_from_the_links(
    window_at: WindowAt, vault_path: Path, clock: FixedClock
) -> None:
    fill(vault_path, clock)
    panel = documents(opened(window_at, vault_path))
    platforms = [panel.platform.itemText(i) for i in range(panel.platform.count())]
    assert platforms[0] == "Every platform" and "ExampleBoard" in platforms
    assert "Telegram" in platforms
    incidents = [panel.incident.itemText(i) for i in range(panel.incident.count())]
    assert any("A board post" in t for t in incidents)
    statuses = [panel.status.itemText(i) for i in range(panel.status.count())]
    assert statuses == ["Any status", "Still online", "Removed", "Not known"]


def test_deletion_list_pdf_in_korean_holds_only_the_chosen_links(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    fill(vault_path, clock)
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        links = [link for i in case.journal.incidents() for link in i.links]
    online = [lk for lk in links if lk.status is LinkStatus.ONLINE]
    removed = [lk for lk in links if lk.status is LinkStatus.REMOVED]
    assert online and removed
    window = opened(window_at, vault_path)
    panel = documents(window)
    panel.language.setCurrentIndex(panel.language.findData("ko"))
    panel.status.setCurrentIndex(panel.status.findData("online"))
    Prompts.set_next_answer(str(tmp_path / "list"))  # no ending: .pdf is added
    Prompts.set_next_answer("yes")  # not encrypted: she goes on
    panel.deletion_pdf_button.click()
    saved = tmp_path / "list.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert any("not be encrypted" in q for q in Prompts.asked)
    assert "Saved as" in panel.note.text() and str(saved) in panel.note.text()
    words = pdf_text(saved).replace("\n", "")
    assert "삭제를 요청할 게시물 목록" in words
    assert "board.example.org/post/991" in words and "uploader_991" in words
    for link in removed:
        assert link.url not in words
    window.lock()
    assert any(
        "deletion list PDF (ko)" in d and "status online" in d for d in exports(vault_path, clock)
    )


def test_deletion_list_csv_for_one_platform(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault_path, FixedClock(NOW))
    panel = documents(opened(window_at, vault_path))
    panel.platform.setCurrentIndex(panel.platform.findData("ExampleBoard"))
    Prompts.set_next_answer(str(tmp_path / "links.csv"))
    Prompts.set_next_answer("yes")
    panel.deletion_csv_button.click()
    data = (tmp_path / "links.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 2  # the heading and the one ExampleBoard link
    assert "https://board.example.org/post/991" in rows[1] and KEYWORD in rows[1]


def test_complaint_helper_in_english_and_korean(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault_path, FixedClock(NOW))
    panel = documents(opened(window_at, vault_path))
    panel.language.setCurrentIndex(panel.language.findData("en"))
    Prompts.set_next_answer(str(tmp_path / "helper-en.pdf"))
    Prompts.set_next_answer("yes")
    panel.complaint_button.click()
    english = pdf_text(tmp_path / "helper-en.pdf")
    assert "Not a complaint, and not legal advice" in english and "A board post" in english
    panel.language.setCurrentIndex(panel.language.findData("ko"))
    Prompts.set_next_answer(str(tmp_path / "helper-ko.pdf"))
    Prompts.set_next_answer("yes")
    panel.complaint_button.click()
    korean = pdf_text(tmp_path / "helper-ko.pdf").replace("\n", "")
    assert (tmp_path / "helper-ko.pdf").read_bytes().startswith(b"%PDF")
    assert "고소장이 아니며" in korean and "범죄일람표" in korean


def test_a_password_encrypts_the_pdfs_and_two_that_differ_save_nothing(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault_path, FixedClock(NOW))
    panel = documents(opened(window_at, vault_path))
    panel.language.setCurrentIndex(panel.language.findData("en"))
    panel.password.setText("우산 세 개")
    panel.again.setText("우산 세 개!")
    panel.complaint_button.click()  # asks nothing: the two passwords differ
    assert "not the same" in panel.note.text()
    assert not list(tmp_path.glob("*.pdf"))
    panel.again.setText("우산 세 개")
    pdfs = [
        (panel.complaint_button, "helper.pdf", "A board post"),
        (panel.deletion_pdf_button, "deletion.pdf", "uploader_991"),
    ]
    for button, name, shown in pdfs:
        Prompts.set_next_answer(str(tmp_path / name))  # encrypted: no "not encrypted" warning
        button.click()
        reader = PdfReader(tmp_path / name)
        assert reader.is_encrypted
        assert reader.decrypt("wrong") == 0
        assert reader.decrypt("우산 세 개") != 0
        assert shown in "".join(p.extract_text() for p in reader.pages)
    Prompts.set_next_answer(str(tmp_path / "deletion.csv"))
    Prompts.set_next_answer("yes")
    panel.deletion_csv_button.click()  # a CSV cannot be encrypted: written plain, as warned
    assert (tmp_path / "deletion.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    window = panel.window()
    assert isinstance(window, MainWindow)
    window.lock()
    assert panel.password.text() == "" and panel.again.text() == ""


def test_calendar_plain_and_discreet(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    fill(vault_path, clock)
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        deadlines = [d.title for d in case.journal.deadlines() if not d.done]
        closed = (RequestStatus.DONE, RequestStatus.REFUSED)
        follow_ups = [
            r for r in case.journal.requests() if r.follow_up_on and r.status not in closed
        ]
    panel = documents(opened(window_at, vault_path))
    Prompts.set_next_answer(str(tmp_path / "dates.ics"))
    Prompts.set_next_answer("yes")
    panel.calendar_button.click()
    cal = icalendar.Calendar.from_ical((tmp_path / "dates.ics").read_bytes())
    events = [e for e in cal.walk("VEVENT")]
    assert len(events) == len(deadlines) + len(follow_ups) > 0
    assert set(deadlines) <= {str(e["SUMMARY"]) for e in events}
    assert "Open this file on your phone" in panel.note.text()

    panel.discreet.setChecked(True)
    Prompts.set_next_answer(str(tmp_path / "quiet.ics"))
    Prompts.set_next_answer("yes")
    panel.calendar_button.click()
    raw = (tmp_path / "quiet.ics").read_bytes()
    quiet = [e for e in icalendar.Calendar.from_ical(raw).walk("VEVENT")]
    assert len(quiet) == len(events)
    assert {str(e["SUMMARY"]) for e in quiet} == {"Appointment"}
    assert b"Quietcase" not in raw and not any(t.encode() in raw for t in deadlines)


def test_tables_go_into_a_new_folder_inside_the_chosen_one(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault_path, FixedClock(NOW))
    panel = documents(opened(window_at, vault_path))
    for n in (1, 2):
        Prompts.set_next_answer([str(tmp_path)])
        Prompts.set_next_answer("yes")
        panel.tables_button.click()
        made = sorted(p for p in tmp_path.iterdir() if p.name.startswith("case-tables-"))
        assert len(made) == n  # the second time a new folder, never a replaced file
    names = sorted(p.name for p in made[0].iterdir())
    assert names == sorted(
        f"{n}.csv" for n in ("incidents", "links", "evidence", "contacts", "requests", "deadlines")
    )
    links = (made[0] / "links.csv").read_bytes()
    assert links.startswith(b"\xef\xbb\xbf") and KEYWORD.encode() in links
    assert "Saved 6 CSV file" in panel.note.text()


def test_no_at_the_warning_and_cancel_leave_nothing(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    fill(vault_path, clock)
    out = tmp_path / "out"
    out.mkdir()
    window = opened(window_at, vault_path)
    panel = documents(window)
    Prompts.set_next_answer(str(out / "helper.pdf"))
    Prompts.set_next_answer("no")
    panel.complaint_button.click()
    assert "Nothing was saved" in panel.note.text() and list(out.iterdir()) == []

    panel.job._relay.moved.connect(lambda _f: panel.job.cancel_button.click())
    Prompts.set_next_answer(str(out / "helper.pdf"))
    Prompts.set_next_answer("yes")
    panel.complaint_button.click()
    assert "Stopped" in panel.note.text() and panel.job.isHidden()
    Prompts.set_next_answer([str(out)])
    Prompts.set_next_answer("yes")
    panel.tables_button.click()
    assert "Stopped" in panel.note.text()
    Prompts.set_next_answer(str(out / "list.pdf"))
    Prompts.set_next_answer("yes")
    panel.deletion_pdf_button.click()
    assert "Stopped" in panel.note.text()
    assert list(out.iterdir()) == []  # no file, no half-written one, no folder
    assert all(b.isEnabled() for b in panel.cards.buttons())
    window.lock()
    assert exports(vault_path, clock) == []
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        assert case.vault.query("SELECT count(*) FROM exhibit")[0][0] == 0  # none kept


def test_an_error_is_said_kindly(window_at: WindowAt, vault_path: Path, tmp_path: Path) -> None:
    fill(vault_path, FixedClock(NOW))
    panel = documents(opened(window_at, vault_path))
    (tmp_path / "there.pdf").write_bytes(b"hers")
    Prompts.set_next_answer(str(tmp_path / "there.pdf"))
    Prompts.set_next_answer("yes")
    panel.complaint_button.click()
    assert panel.note.objectName() == "problem"
    assert "Traceback" not in panel.note.text() and panel.note.text()
    assert (tmp_path / "there.pdf").read_bytes() == b"hers"


def test_lock_forgets_the_choices(window_at: WindowAt, vault_path: Path) -> None:
    fill(vault_path, FixedClock(NOW))
    window = opened(window_at, vault_path)
    panel = documents(window)
    panel.platform.setCurrentIndex(panel.platform.findData("ExampleBoard"))
    panel.discreet.setChecked(True)
    window.lock()
    assert panel.platform.count() == 1 and panel.incident.count() == 1
    assert not panel.discreet.isChecked() and panel.note.text() == ""


def test_she_ticks_the_acts_on_the_complaint_card_and_the_choice_is_kept(
    window_at: WindowAt, vault_path: Path, clock: FixedClock
) -> None:
    fill(vault_path, clock)
    panel = documents(opened(window_at, vault_path))
    listing = panel.cards.acts
    rows = {listing.item(n).text().split(" · ")[0]: listing.item(n) for n in range(listing.count())}
    assert rows["I-2"].checkState() == Qt.CheckState.Checked  # a link: an act by default
    assert rows["I-12"].checkState() == Qt.CheckState.Unchecked  # "A colleague told me…"
    rows["I-2"].setCheckState(Qt.CheckState.Unchecked)
    rows["I-12"].setCheckState(Qt.CheckState.Checked)
    found: list[dict[int, bool]] = []
    panel.session.run(acts.marks, found.append)  # the tests' worker runs inline
    assert not found[0][2] and found[0][12]


def test_settings_keep_the_case_time_zone(
    window_at: WindowAt, vault_path: Path, clock: FixedClock
) -> None:
    fill(vault_path, clock)
    window = opened(window_at, vault_path)
    page = window.case_view.settings_page
    assert page.zone.isEnabled() and page.zone.currentData() == ""
    page.zone.setCurrentIndex(page.zone.findData("Asia/Seoul"))
    page.zone.activated.emit(page.zone.currentIndex())
    found: list[str] = []
    window.session.run(time_zone.chosen, found.append)
    assert found == ["Asia/Seoul"]
    window.lock()
    assert not page.zone.isEnabled()
