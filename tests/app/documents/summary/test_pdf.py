"""The case summary PDF: what is in it (and what is not), its metadata, AES-256 encryption,
Korean, thumbnails, custody, and that a cancelled or refused export leaves nothing behind.

Every test builds a real vault (the demo case plus real camera images as evidence) and reads
the PDF back with pypdf, as a lawyer's computer would.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken, Progress
from quietcase.app.documents.summary import fonts as report_fonts
from quietcase.app.documents.summary.data import (
    Cover,
    ReportOptions,
    Section,
    Thumbnails,
    load_cover,
    save_cover,
)
from quietcase.app.documents.summary.pdf import export_report, id_ranges, render_report
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from quietcase.storage.dates import When
from quietcase.storage.records import Contact, ContactRole, Incident
from tests.shared import NOW, PASS, REAL_IMAGES

IMAGES = ["Canon_40D.jpg", "gps_DSCN0010.jpg", "orientation_portrait_6.jpg"]


@pytest.fixture
def demo(case: Case) -> Case:
    """The demo case, three real photos linked to I-2, and a text file linked to I-15."""
    if not REAL_IMAGES.is_dir():
        pytest.skip(f"the shared real photos are not at {REAL_IMAGES}")
    fill_demo(case.journal, NOW.date())
    case.intake.import_paths(
        [REAL_IMAGES / name for name in IMAGES],
        IntakeDetails(
            incident_ids=(2,),
            captured_by="me (screenshot)",
            source_url="https://t.me/example_room_1/204",
            shows="합성 이미지가 텔레그램 방에 게시된 사실",
        ),
    )
    case.intake.import_bytes(
        "police-note.txt", b"device handed over\n", IntakeDetails(incident_ids=(15,))
    )
    return case


def text_of(pdf: bytes, password: str = "") -> str:
    reader = PdfReader(BytesIO(pdf))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Lines joined with single spaces: a title may wrap onto a second line."""
    return re.sub(r"\s+", " ", text)


def test_the_english_summary_holds_every_incident_hash_and_the_custody_head(demo: Case) -> None:
    report = render_report(demo, ReportOptions())
    text = text_of(report.pdf)
    words = flat(text)
    for incident in demo.journal.incidents():
        assert flat(incident.title) in words, incident.title
    for item in demo.evidence.items():
        assert item.sha256 in text, item.filename  # on one line, never broken
    assert demo.custody.head() in text
    assert report.custody_head == demo.custody.head()
    assert "Timeline of incidents" in text and "Evidence register" in text
    assert "certutil -hashfile" in text and "shasum -a 256" in text and "sha256sum" in text
    assert report.pages == len(PdfReader(BytesIO(report.pdf)).pages)


def test_every_page_has_the_title_the_date_and_page_x_of_y(demo: Case) -> None:
    cover = Cover(title="Case of J.", name="J. (alias)")
    reader = PdfReader(BytesIO(render_report(demo, ReportOptions(cover=cover)).pdf))
    total = len(reader.pages)
    assert total > 5
    for number, page in enumerate(reader.pages, 1):
        text = flat(page.extract_text())
        assert "Case of J." in text
        assert "25 November 2026" in text
        assert f"Page {number} of {total}" in text


def test_contents_links_and_bookmarks(demo: Case) -> None:
    reader = PdfReader(BytesIO(render_report(demo, ReportOptions()).pdf))
    titles = [item["/Title"] for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == ["Contents", "1. Timeline of incidents", "2. Evidence register"]
    assert "Appendix: how to verify these files" in titles
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert any(str(entry["/Title"]).startswith("I-2 ") for entry in nested[0])
    contents = reader.pages[1]
    links = [a.get_object() for a in contents.get("/Annots", [])]
    assert len([a for a in links if a["/Subtype"] == "/Link"]) >= 6
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_metadata_is_neutral(demo: Case) -> None:
    cover = Cover(title="김지수 사건", name="김지수")
    meta = PdfReader(BytesIO(render_report(demo, ReportOptions(cover=cover)).pdf)).metadata
    assert meta is not None
    assert meta.title == "Case summary"
    assert meta.get("/Author", "") == ""
    assert meta.get("/Producer") == "Quietcase" and meta.get("/Creator") == "Quietcase"
    values = " ".join(str(v) for v in meta.values())
    assert "김지수" not in values and "/" not in values.replace("/False", "")
    assert "ReportLab" not in values and "reportlab" not in values
    assert meta.get("/CreationDate", "").startswith("D:20261125090000")


def test_korean_summary_uses_korean_terms_and_exhibit_numbers(demo: Case) -> None:
    text = text_of(render_report(demo, ReportOptions(language="ko")).pdf)
    assert "사건 경위" in text and "증거 목록" in text and "입증취지" in text
    assert "증 제1호증 (E-1)" in text
    assert "텔레그램 방에 제 사진으로 만든 합성 이미지가 올라왔어요" in flat(text)
    assert re.search(r"1 / \d+ 쪽", text)
    assert "2026년 11월 25일" in text
    for item in demo.evidence.items():
        assert item.sha256 in text


def test_selected_incidents_only_and_their_evidence(demo: Case) -> None:
    incidents = {i.id: i for i in demo.journal.incidents()}
    text = flat(text_of(render_report(demo, ReportOptions(incident_ids=(2,))).pdf))
    assert incidents[2].title in text
    for other in (1, 3, 15, 20):
        assert incidents[other].title not in text
    items = {e.filename: e for e in demo.evidence.items()}
    assert items["Canon_40D.jpg"].sha256 in text
    assert items["police-note.txt"].sha256 not in text  # linked to I-15, not chosen
    assert "selected incidents: I-2" in text


def test_a_date_range_keeps_the_incidents_that_overlap_it(demo: Case) -> None:
    incidents = demo.journal.incidents()
    dated = [i for i in incidents if i.when is not None]
    middle = dated[len(dated) // 2]
    assert middle.when is not None
    start = When.parse(middle.when.start.text()[:7])
    options = ReportOptions(date_from=start, date_to=start)
    text = flat(text_of(render_report(demo, options).pdf))
    assert middle.title in text
    undated = [i for i in incidents if i.when is None]
    assert undated and all(i.title not in text for i in undated)
    assert dated[0].title not in text and dated[-1].title not in text


def test_private_notes_only_when_asked(demo: Case) -> None:
    notes = [i.note for i in demo.journal.incidents() if i.note]
    notes += [c.note for c in demo.journal.contacts() if c.note]
    assert notes
    without = flat(text_of(render_report(demo, ReportOptions()).pdf))
    assert not any(flat(note)[:25] in without for note in notes)
    assert "private notes" not in without
    with_notes = flat(text_of(render_report(demo, ReportOptions(private_notes=True)).pdf))
    assert all(flat(note)[:25] in with_notes for note in notes)
    assert "This summary includes private notes." in with_notes


def test_sections_can_be_left_out(demo: Case) -> None:
    options = ReportOptions(sections=frozenset({Section.TIMELINE}))
    text = text_of(render_report(demo, options).pdf)
    assert "Timeline of incidents" in text
    assert (
        "Evidence register" not in text
        and "Requests and reports" not in text.split("In this summary")[1].split("Contents")[1]
    )
    assert "how to verify" not in text


def test_thumbnails_blurred_by_default_full_when_asked_none_when_asked(demo: Case) -> None:
    photo = next(e for e in demo.evidence.items() if e.filename == "Canon_40D.jpg")
    info = demo.evidence.image(photo.id)
    assert info is not None and info.blurred and info.thumbnail

    def images(thumbnails: Thumbnails | None) -> list[bytes]:
        options = ReportOptions() if thumbnails is None else ReportOptions(thumbnails=thumbnails)
        reader = PdfReader(BytesIO(render_report(demo, options).pdf))
        found = []
        for page in reader.pages:
            for xobject in page["/Resources"].get("/XObject", {}).values():
                stream = xobject.get_object()
                if stream["/Subtype"] == "/Image":
                    found.append(stream.get_data())  # JPEG bytes, embedded as stored
        return found

    default = images(None)
    assert info.blurred in default and info.thumbnail not in default
    full = images(Thumbnails.FULL)
    assert info.thumbnail in full and info.blurred not in full
    assert images(Thumbnails.NONE) == []


def test_password_gives_aes_256_and_opens_only_with_it(demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    result = export_report(demo, ReportOptions(password="비밀 pass 1"), out)
    assert result.encrypted
    assert not any("not be encrypted" in str(n) for n in result.notices)
    reader = PdfReader(out)
    assert reader.is_encrypted
    encryption = reader._encryption
    assert encryption is not None and (encryption.V, encryption.R) == (5, 6)
    assert reader.trailer["/Encrypt"]["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert reader.decrypt("wrong") == 0
    assert reader.decrypt("비밀 pass 1") != 0
    assert demo.custody.head() != result.custody_head  # the export became the next event
    assert any(
        i.title in flat(text_of(out.read_bytes(), "비밀 pass 1")) for i in demo.journal.incidents()
    )
    assert reader.metadata is not None and reader.metadata.get("/Producer") == "Quietcase"


def test_export_writes_a_new_file_and_records_a_custody_event(demo: Case, tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    out = tmp_path / "usb" / "summary.pdf"
    head = demo.custody.head()
    result = export_report(demo, ReportOptions(), out)
    assert out.read_bytes()[:5] == b"%PDF-"
    assert (out.stat().st_mode & 0o777) == 0o600
    assert result.custody_head == head and result.sha256 and not result.encrypted
    assert any("not be encrypted" in str(n) for n in result.notices)
    last = [e for e in demo.custody.events() if e.action == "export"][-1]
    assert result.sha256 in last.detail and head in last.detail
    assert demo.custody.check().ok
    assert [p.name for p in out.parent.iterdir()] == ["summary.pdf"]


def test_never_overwrites(demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"hers")
    events = len(list(demo.custody.events()))
    with pytest.raises(UserError, match="already exists"):
        export_report(demo, ReportOptions(), out)
    assert out.read_bytes() == b"hers"
    assert len(list(demo.custody.events())) == events


def test_cancel_leaves_no_file_and_no_temporary_file(demo: Case, tmp_path: Path) -> None:
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    token = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if len(seen) == 5:
            token.cancel()

    events = len(list(demo.custody.events()))
    with pytest.raises(Cancelled):
        export_report(demo, ReportOptions(), out_dir / "summary.pdf", progress, token)
    assert list(out_dir.iterdir()) == []
    assert len(list(demo.custody.events())) == events


def test_no_korean_font_is_said_before_anything_is_written(
    demo: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_fonts, "_find", lambda korean: None)
    (tmp_path / "usb").mkdir()
    out = tmp_path / "usb" / "summary.pdf"
    with pytest.raises(UserError, match="font with Korean letters"):
        export_report(demo, ReportOptions(language="ko"), out)
    assert list(out.parent.iterdir()) == []


def test_her_text_is_printed_as_written_even_markup_and_very_long_text(case: Case) -> None:
    long = "\n".join(f"line {n}: 친구가 링크를 보내 줬어요 & <b>not bold</b>" for n in range(3000))
    case.journal.add_incident(Incident(title='Title with <tags> & "quotes"', description=long))
    text = text_of(render_report(case, ReportOptions()).pdf)
    assert 'Title with <tags> & "quotes"' in text
    assert "line 2999: 친구가 링크를 보내 줬어요 & <b>not bold</b>" in text


def test_a_table_row_taller_than_a_page_flows_on(case: Case) -> None:
    handles = tuple(f"@acc{n}" for n in range(1500))
    contact = case.journal.add_contact(
        Contact(name="many", role=ContactRole.SUSPECT, handles=handles)
    )
    case.journal.add_incident(Incident(title="with them", contact_ids=(contact.id,)))
    text = text_of(render_report(case, ReportOptions()).pdf)
    assert "@acc1499" in text


def test_an_empty_case_still_gives_a_sensible_summary(case: Case) -> None:
    report = render_report(case, ReportOptions())
    text = text_of(report.pdf)
    assert "CASE SUMMARY" in text and case.custody.head() in text
    assert report.incidents == 0 and report.evidence_ids == ()


def test_missing_incident_id_is_an_error_she_can_read(demo: Case) -> None:
    with pytest.raises(UserError, match="I-999"):
        render_report(demo, ReportOptions(incident_ids=(999,)))


def test_cover_details_are_kept_in_the_case_file(demo: Case) -> None:
    save_cover(demo, Cover("Case of J.", "J.", "What happened, briefly."))
    assert load_cover(demo) == Cover("Case of J.", "J.", "What happened, briefly.")
    text = text_of(render_report(demo, ReportOptions()).pdf)
    assert "Case of J." in text and "What happened, briefly." in text and "Summary" in text


def test_id_ranges() -> None:
    assert id_ranges((1, 2, 3, 5, 7, 8)) == "E-1 to E-3, E-5, E-7 to E-8"
    assert id_ranges(()) == "none"


# -- the command line ------------------------------------------------------------------------


def test_cli_export_and_refusal(
    demo: Case,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    monkeypatch.setenv("PDF_PASSWORD", "for the lawyer")
    out = tmp_path / "summary.pdf"
    args = [
        "export",
        str(vault_path),
        "--pdf",
        str(out),
        "--language",
        "ko",
        "--incident",
        "I-2",
        "--thumbnails",
        "none",
        "--password-env",
        "PDF_PASSWORD",
    ]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "AES-256" in captured.out and "Traceback" not in captured.err
    reader = PdfReader(out)
    assert reader.decrypt("for the lawyer") != 0
    assert main(args) == 1
    assert "already exists" in capsys.readouterr().err
    plain = tmp_path / "plain.pdf"
    assert main(["export", str(vault_path), "--pdf", str(plain)]) == 0
    assert "not be encrypted" in capsys.readouterr().err
    monkeypatch.delenv("PDF_PASSWORD")
    assert main([*args[:3], str(tmp_path / "x.pdf"), "--password-env", "PDF_PASSWORD"]) == 2
    assert not (tmp_path / "x.pdf").exists()
