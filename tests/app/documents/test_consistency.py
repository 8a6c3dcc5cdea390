"""One case, every document: each evidence item carries the same exhibit number in the case
summary, the complaint helper, the deletion-support list (PDF and CSV), the bundle (file
names, manifest.csv, manifest.json), the CSV tables and `list evidence`; times agree and are
in the case's zone, said once; the 범죄일람표 holds exactly the acts she chose; and every
web address can be copied out of the PDFs whole.

A demo case with photos linked to incidents, a Telegram export (its files are one exhibit
with branches), an item moved to start a new branch, and acts chosen by hand. Real vault, real
files, PDFs read back with pypdf.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from quietcase.app.case import Case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.core import zone
from quietcase.app.core.kinds import RecordKind
from quietcase.app.documents import acts, exhibits
from quietcase.app.documents.bundle.archive import make_bundle
from quietcase.app.documents.complaint_helper import ComplaintOptions, render_complaint_helper
from quietcase.app.documents.csv_export import tables
from quietcase.app.documents.deletion_list import (
    DeletionChoice,
    choose,
    deletion_csv,
    render_deletion_pdf,
)
from quietcase.app.documents.summary.data import ReportOptions
from quietcase.app.documents.summary.pdf import render_report
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.cli.demo import fill_demo
from quietcase.storage.records import LinkStatus
from tests.app.chats.telegram.writer import room, write_json, write_media
from tests.shared import NOW

LONG_URL = "https://example.com/board/view.php?id=free&no=123456&page=2&search_target=title_content"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def rich(case: Case, tmp_path: Path) -> Case:
    fill_demo(case.journal, NOW.date())
    intake = case.intake
    intake.import_bytes(
        "room-capture.png",
        b"room capture",
        IntakeDetails(incident_ids=(2,), source_url="https://t.me/example_room_1/204"),
    )
    intake.import_bytes(
        "board-capture.png",
        b"board capture",
        IntakeDetails(incident_ids=(6,), source_url=LONG_URL, shows="게시글 캡처"),
    )
    intake.import_bytes("loose.png", b"loose", IntakeDetails())
    folder = tmp_path / "export"
    write_json(folder, [room()])
    write_media(folder, [room()])
    TelegramImport(case.vault, case.clock).import_export(folder, ImportOptions(incident_id=1))
    messages = ChatMessages(case.vault, case.clock)
    messages.set_for_report([m.id for m in messages.messages()][1:4], True)
    loose = next(e for e in case.evidence.items() if e.filename == "loose.png")
    room_capture = next(e for e in case.evidence.items() if e.filename == "room-capture.png")
    plain = exhibits.numbers(case, case.evidence.items(), case.journal.incidents())
    exhibits.renumber(case, loose.id, plain[room_capture.id].number, 2)  # a new branch
    acts.choose(case, [12], True)  # "A colleague told me…": she counts it
    acts.choose(case, [2], False)  # and leaves this one out
    return case


def expected(case: Case) -> dict[int, tuple[str, str]]:
    kept = exhibits.numbers(case, case.evidence.items(), case.journal.incidents())
    return {i: (exhibits.label(e, True), exhibits.label(e, False)) for i, e in kept.items()}


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_document_names_each_item_the_same(rich: Case, tmp_path: Path, language: str) -> None:
    korean = language == "ko"
    names = expected(rich)
    labels = {i: pair[0 if korean else 1] for i, pair in names.items()}
    assert any(" 의 " in v or "의 2" in v for v in (p[0] for p in names.values()))
    summary = flat(text_of(render_report(rich, ReportOptions(language=language)).pdf))
    helper = flat(text_of(render_complaint_helper(rich, ComplaintOptions(language)).rendered.data))
    for evidence_id, label in labels.items():
        assert f"{label} (E-{evidence_id})" in summary  # the register's card of each item
        assert label in helper
    # registers are in exhibit order
    order = sorted(labels, key=lambda i: exhibits.sort_key(exhibits_of(rich)[i], i))
    details = summary.index("증거별 상세 내용" if korean else "Each item in full")
    at = [summary.index(f"{labels[i]} (E-{i})", details) for i in order]
    assert at == sorted(at)
    # the deletion list's CSV names the evidence of each link by the same number
    rows = choose(rich, DeletionChoice(all_links=True))
    table = deletion_csv(rows, language, exhibits_of(rich)).decode("utf-8-sig")
    for evidence_id, label in labels.items():
        if f"E-{evidence_id})" in table:
            assert f"{label} (E-{evidence_id})" in table
    # the bundle: file names start with the number, the manifest holds it and the E-id apart
    out = tmp_path / "bundle.zip"
    make_bundle(rich, out, ReportOptions(language=language))
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("bundle/manifest.json"))
        sheet = list(csv.reader(io.StringIO(zf.read("bundle/manifest.csv").decode("utf-8-sig"))))
        files = [n for n in zf.namelist() if n.startswith("bundle/evidence/")]
    assert len(files) == len(labels)
    for row in manifest["items"]:
        evidence_id = int(row["id"][2:])
        assert row["exhibit"] == labels[evidence_id]
        prefix = exhibits.file_prefix(exhibits_of(rich)[evidence_id], korean)
        assert row["bundle_path"].startswith(f"evidence/{prefix}_")
    assert [r["exhibit"] for r in manifest["items"]] == [labels[i] for i in order]
    head = sheet[0]
    assert head[0] == ("증거번호" if korean else "exhibit")
    assert [r[0] for r in sheet[1:]] == [labels[i] for i in order]
    # the CSV tables
    head, body = tables(rich, language=language)["evidence"]
    assert head[:2] == ["exhibit", "id"]
    assert {r[1]: r[0] for r in body} == {f"E-{i}": v for i, v in labels.items()}


def exhibits_of(case: Case) -> dict[int, exhibits.Exhibit]:
    return exhibits.numbers(case, case.evidence.items(), case.journal.incidents())


def test_renumbering_is_noted_and_kept(rich: Case) -> None:
    loose = next(e for e in rich.evidence.items() if e.filename == "loose.png")
    room_capture = next(e for e in rich.evidence.items() if e.filename == "room-capture.png")
    kept = exhibits_of(rich)
    assert kept[room_capture.id].branch == 1 and kept[loose.id].branch == 2
    assert kept[loose.id].number == kept[room_capture.id].number
    notes = [e.detail for e in rich.custody.events() if "renumbered" in e.detail]
    assert len(notes) == 2  # the plain item became 의 1, then the loose one 의 2
    assert any("의 1" in n for n in notes) and any("의 2" in n for n in notes)
    with pytest.raises(Exception, match="already given"):
        exhibits.renumber(rich, room_capture.id, kept[loose.id].number, 2)


def test_the_table_of_acts_holds_exactly_the_chosen_acts(rich: Case) -> None:
    chosen = acts.acts(rich, rich.journal.incidents())
    ids = [i.id for i in chosen]
    assert 12 in ids and 2 not in ids
    assert 16 not in ids  # "경찰이 기기를 증거로 가져갔어요": not an act by default
    for language, start, end in (("ko", "1. 범죄일람표", "2. 증거자료"), ("en", "1. ", "2. ")):
        helper = flat(
            text_of(render_complaint_helper(rich, ComplaintOptions(language)).rendered.data)
        )
        table = helper[helper.index(start, helper.index(start) + 10) : helper.rindex(end)]
        table = table[: table.index(end)] if end in table else table
        found = [int(n) for n in re.findall(r"\bI-(\d+)\b", table)]
        assert found == ids  # in time order; 순번 1, 2, 3 ... follow it
    # the same selection prints the same 순번; a one-off choice changes only that document
    one_off = render_complaint_helper(rich, ComplaintOptions("ko", acts=(2, 12)))
    assert "2 acts (I-2, I-12)" in one_off.rendered.detail
    assert acts.acts(rich, rich.journal.incidents()) == chosen


def test_times_are_in_the_case_zone_and_said_once(rich: Case, tmp_path: Path) -> None:
    zone.set_case_zone(rich.vault, "Asia/Seoul")
    summary = flat(text_of(render_report(rich, ReportOptions(language="ko")).pdf))
    assert summary.count("모든 시각은 한국 표준시(UTC+9) 기준입니다") == 2  # cover, chats
    # the room's message 3 was sent at 12:25:06 UTC: 21:25:06 in Seoul, UTC kept beside it
    assert "2025-11-03 21:25:06" in summary and "2025-11-03 12:25:06 (UTC)" in summary
    helper = flat(text_of(render_complaint_helper(rich, ComplaintOptions("ko")).rendered.data))
    item = rich.evidence.items()[0]
    intake = item.added_at.astimezone(zone.zone_named("Asia/Seoul")).strftime("%Y-%m-%d %H:%M")
    assert intake in helper and intake in summary
    assert "한국 표준시(UTC+9)" in helper
    english = flat(
        text_of(render_report(rich, ReportOptions(language="en", time_zone="Europe/Berlin")).pdf)
    )
    assert "All times are Europe/Berlin time (UTC+1)." in english
    assert "2025-11-03 13:25:06" in english
    # the bundle: its README names the zone, manifest.csv is in it, manifest.json keeps UTC
    make_bundle(rich, tmp_path / "b.zip", ReportOptions(language="ko"))
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        readme = zf.read("b/README.txt").decode()
        sheet = list(csv.DictReader(io.StringIO(zf.read("b/manifest.csv").decode("utf-8-sig"))))
        manifest = json.loads(zf.read("b/manifest.json"))
    assert "모든 시각은 한국 표준시(UTC+9) 기준입니다." in readme
    assert all(r["Quietcase 보관 시작"].endswith("+09:00") for r in sheet)
    assert all(r["added_at"].endswith("+00:00") for r in manifest["items"])


def test_web_addresses_are_copied_whole(rich: Case) -> None:
    """Each address comes out of the PDF as stored: broken only after / or before ? and &,
    with nothing inserted."""
    urls = {link.url for i in rich.journal.incidents() for link in i.links} | {LONG_URL}
    documents = [
        render_report(rich, ReportOptions(language="ko")).pdf,
        render_complaint_helper(rich, ComplaintOptions("ko")).rendered.data,
        render_deletion_pdf(rich, DeletionChoice(language="ko", all_links=True)).data,
        render_complaint_helper(rich, ComplaintOptions("en")).rendered.data,
    ]
    for pdf in documents:
        lines = text_of(pdf).splitlines()
        joined = "".join(lines)
        for url in urls:
            if url not in joined:
                continue
            for n, line in enumerate(lines[:-1]):
                tail = line.rstrip()
                for cut in range(1, len(url)):
                    head, rest = url[:cut], url[cut:]
                    if tail.endswith(head) and lines[n + 1].lstrip().startswith(rest[:12]):
                        allowed = head.endswith("/") or rest[0] in "?&"
                        assert allowed, f"{url} cut after {head!r}"


def test_deletion_list_leaves_removed_links_out_unless_asked(rich: Case) -> None:
    every = choose(rich, DeletionChoice(all_links=True))
    default = choose(rich, DeletionChoice())
    assert any(r.link.status is LinkStatus.REMOVED for r in every)
    assert all(r.link.status is not LinkStatus.REMOVED for r in default)
    text = flat(text_of(render_deletion_pdf(rich, DeletionChoice(language="ko")).data))
    assert "1366" in text and "02-735-8994" in text and "d4u.stop.or.kr" in text
    assert "디성센터-2026-82118" in text  # the case reference she recorded
    assert "초안 v3" not in text  # a draft's reference is not one


def test_search_shows_a_message_at_the_time_the_chats_page_shows(rich: Case) -> None:
    """The Chats page shows an exact time in the computer's zone; so does search (it showed
    the export's own local time before, 9 hours apart on a UTC computer)."""
    hits = rich.search("dealer_kim").groups.get(RecordKind.MESSAGE, [])
    assert hits
    message = next(m for m in ChatMessages(rich.vault).messages() if m.id == hits[0].record_id)
    assert message.sent_at is not None
    assert hits[0].when == message.sent_at.astimezone().strftime("%Y-%m-%d %H:%M")
