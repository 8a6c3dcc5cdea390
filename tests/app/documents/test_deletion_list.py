"""The deletion-support list: every chosen link with its title, uploader, keywords and status
(and nothing else), grouped by platform, in Korean and English PDFs and in CSV; the keywords
column of schema step 5; `add link`, `list links` and `export --deletion-list` from the CLI.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken
from quietcase.app.documents.deletion_list import (
    DeletionChoice,
    choose,
    deletion_csv,
    export_deletion_list,
    render_deletion_pdf,
)
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.app.journal.links import all_links, set_link_status
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from quietcase.storage.records import Incident, Link, LinkStatus
from tests.shared import NOW, PASS


@pytest.fixture
def demo(case: Case) -> Case:
    fill_demo(case.journal, NOW.date())
    incident = case.journal.incident(2)
    extra = Link(
        "https://example.org/board/77",
        post_title='=HYPERLINK("http://x")',
        uploader="나쁜손_99",
        keywords="새내기, 합성",
        found_on=date(2026, 8, 20),
        status=LinkStatus.ONLINE,
        checked_on=date(2026, 9, 1),
    )
    case.journal.update_incident(
        Incident(**{**incident.__dict__, "links": (*incident.links, extra)})
    )
    case.intake.import_bytes(
        "capture.png",
        b"\x89PNG fake capture",
        IntakeDetails(incident_ids=(2,), source_url="https://T.ME/example_room_1/204/"),
    )
    return case


def pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def test_keywords_are_kept_and_listed(demo: Case) -> None:
    rows = all_links(demo)
    extra = [r for r in rows if r.link.url == "https://example.org/board/77"]
    assert len(extra) == 1 and extra[0].link.keywords == "새내기, 합성"
    assert extra[0].position == len(demo.journal.incident(2).links)


def test_evidence_showing_a_post_is_matched_by_its_address(demo: Case) -> None:
    row = next(r for r in all_links(demo) if r.link.url == "https://t.me/example_room_1/204")
    assert [e.filename for e in row.evidence] == ["capture.png"]
    other = next(r for r in all_links(demo) if r.link.url == "https://example.org/board/77")
    assert other.evidence == () and [e.filename for e in other.same_incident] == ["capture.png"]


def test_choice_by_status_platform_and_incident(demo: Case) -> None:
    every = all_links(demo)
    online = choose(demo, DeletionChoice(status=LinkStatus.ONLINE))
    assert online and all(r.link.status is LinkStatus.ONLINE for r in online)
    assert len(online) == sum(1 for r in every if r.link.status is LinkStatus.ONLINE)
    telegram = choose(demo, DeletionChoice(platform="telegram"))
    assert telegram and {r.platform for r in telegram} == {"Telegram"}
    assert {r.incident.id for r in choose(demo, DeletionChoice(incident_ids=(2,)))} == {2}
    with pytest.raises(UserError):
        choose(demo, DeletionChoice(incident_ids=(999,)))


@pytest.mark.parametrize("language", ["en", "ko"])
def test_pdf_has_every_chosen_link_and_nothing_else(demo: Case, language: str) -> None:
    choice = DeletionChoice(status=LinkStatus.ONLINE, language=language)
    chosen = choose(demo, choice)
    text = pdf_text(render_deletion_pdf(demo, choice).data).replace("\n", "")
    days = (NOW.astimezone().date() - date(2026, 9, 1)).days  # checked long ago
    for row in chosen:
        assert row.link.url.replace("\n", "") in text
        if row.link.uploader:
            assert row.link.uploader in text
    for row in all_links(demo):
        if row.link.status is not LinkStatus.ONLINE:
            assert row.link.url not in text
    if language == "ko":
        for word in (
            "삭제를 요청할 게시물 목록",
            "게시자 ID·닉네임",
            "키워드",
            "게시 중",
            "새내기, 합성",
        ):
            assert word in text
        assert f"{days}일 전" in text
    else:
        assert (
            "Posts to be removed" in text and "still online" in text and f"{days} days ago" in text
        )


def test_pdf_names_the_evidence_with_its_sha256(demo: Case) -> None:
    item = demo.evidence.items()[0]
    text = pdf_text(render_deletion_pdf(demo, DeletionChoice(incident_ids=(2,))).data)
    assert f"E-{item.id}" in text and item.sha256 in text.replace("\n", "")


def test_csv_is_excel_ready_and_neutralises_formulas(demo: Case) -> None:
    rows = choose(demo, DeletionChoice(incident_ids=(2,)))
    data = deletion_csv(rows, "ko")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0][:4] == ["순번", "플랫폼", "게시물 주소(URL)", "게시물 제목"]
    assert len(table) == 1 + len(rows)
    extra = next(r for r in table if r[2] == "https://example.org/board/77")
    assert extra[3] == '\'=HYPERLINK("http://x")' and extra[4] == "나쁜손_99"
    assert extra[5] == "새내기, 합성" and extra[7] == "게시 중"


def test_export_writes_pdf_and_csv_with_custody(demo: Case, tmp_path: Path) -> None:
    saved = export_deletion_list(demo, DeletionChoice(), tmp_path / "list.pdf")
    assert saved.path.read_bytes().startswith(b"%PDF") and saved.notices
    export_deletion_list(demo, DeletionChoice(language="ko"), tmp_path / "list.csv")
    details = [e.detail for e in demo.custody.events() if e.action == "export"]
    assert any(d.startswith("deletion list PDF (en)") and saved.sha256 in d for d in details)
    assert any(d.startswith("deletion list CSV (ko)") for d in details)
    with pytest.raises(UserError):
        export_deletion_list(demo, DeletionChoice(), tmp_path / "list.docx")


def test_cancel_leaves_nothing(demo: Case, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_deletion_list(demo, DeletionChoice(), out / "list.pdf", cancel=token)
    assert list(out.iterdir()) == []


def test_set_link_status(demo: Case) -> None:
    link = set_link_status(demo, 2, 1, LinkStatus.REMOVED)
    assert link.status is LinkStatus.REMOVED and link.checked_on == NOW.date()
    assert demo.journal.incident(2).links[0].checked_on == NOW.date()
    with pytest.raises(UserError):
        set_link_status(demo, 2, 99, LinkStatus.REMOVED)


def test_cli_add_link_list_links_and_export(
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    assert main(["add", "incident", str(vault_path), "--title", "Repost", "--platform", "X"]) == 0
    capsys.readouterr()
    args = ["add", "link", str(vault_path), "--incident", "I-1", "--url", "https://x.com/a/1"]
    args += ["--title", "post", "--uploader", "@bad", "--keywords", "my name", "--found"]
    args += ["2026-11-01", "--status", "online"]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "I-1 link 1"
    assert main(["list", str(vault_path), "links", "--json"]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["keywords"] == "my name" and record["status"] == "online"
    assert record["found_on"] == "2026-11-01" and record["uploader"] == "@bad"
    assert main(["list", str(vault_path), "links"]) == 0
    assert "https://x.com/a/1" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main(["export", str(vault_path), "--deletion-list", str(out), "--status", "online"]) == 0
    assert "https://x.com/a/1" in out.read_text(encoding="utf-8-sig")
    pdf = tmp_path / "out.pdf"
    assert main(["export", str(vault_path), "--deletion-list", str(pdf), "--platform", "x"]) == 0
    assert "https://x.com/a/1" in pdf_text(pdf.read_bytes())
    args = ["export", str(vault_path), "--deletion-list", str(tmp_path / "o2.csv")]
    assert main([*args, "--status", "gone"]) == 1  # like every other wrong choice
