"""CSV files for a spreadsheet: BOM and CRLF, formulas neutralised, every record, private notes
only when asked, nothing left behind on Cancel, never a file replaced."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken
from quietcase.app.documents.csv_export import FILES, csv_bytes, export_csv, spreadsheet_safe
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from quietcase.storage.records import Contact, ContactRole
from tests.shared import NOW, PASS


@pytest.fixture
def demo(case: Case) -> Case:
    fill_demo(case.journal, NOW.date())
    case.journal.add_contact(
        Contact("=cmd|' /C calc'!A0", ContactRole.OTHER, organisation="+82 부서", note="비밀 메모")
    )
    case.intake.import_bytes("@evil.png", b"png", IntakeDetails(incident_ids=(2,), shows="-1+1"))
    return case


def read(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n") and data.count(b"\r\n") >= data.count(b"\n") - 1
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_formulas_are_neutralised(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell
    assert spreadsheet_safe("안전한 값") == "안전한 값"


def test_csv_bytes_bom_crlf_and_korean() -> None:
    data = csv_bytes(["a", "b"], [["가나다", "x,y"], ["줄\n바꿈", None]])
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [["a", "b"], ["가나다", "x,y"], ["줄\n바꿈", ""]]


def test_every_record_and_no_private_notes(demo: Case, tmp_path: Path) -> None:
    result = export_csv(demo, tmp_path / "out")
    assert [p.name for p, _, _ in result.files] == [f"{n}.csv" for n in FILES]
    incidents = read(tmp_path / "out" / "incidents.csv")
    assert len(incidents) == 1 + len(demo.journal.incidents()) and "note" not in incidents[0]
    links = read(tmp_path / "out" / "links.csv")
    assert len(links) == 1 + sum(len(i.links) for i in demo.journal.incidents())
    assert "keywords" in links[0]
    contacts = read(tmp_path / "out" / "contacts.csv")
    evil = next(r for r in contacts if "calc" in r[1])
    assert evil[1] == "'=cmd|' /C calc'!A0" and evil[3] == "'+82 부서"
    assert all("비밀 메모" not in cell for row in contacts for cell in row)
    evidence = read(tmp_path / "out" / "evidence.csv")
    assert evidence[0][:2] == ["exhibit", "id"] and evidence[1][0] == "Exhibit 1"
    assert evidence[1][2] == "'@evil.png" and evidence[1][12] == "'-1+1"
    assert len(read(tmp_path / "out" / "deadlines.csv")) == 1 + len(demo.journal.deadlines())
    assert len(read(tmp_path / "out" / "requests.csv")) == 1 + len(demo.journal.requests())
    assert any(e.detail.startswith("CSV files saved in out") for e in demo.custody.events())
    assert result.notices


def test_private_notes_when_asked(demo: Case, tmp_path: Path) -> None:
    export_csv(demo, tmp_path / "out", private_notes=True)
    contacts = read(tmp_path / "out" / "contacts.csv")
    assert contacts[0][-1] == "note" and any(r[-1] == "비밀 메모" for r in contacts)


def test_cancel_and_existing_files(demo: Case, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_csv(demo, tmp_path / "out", cancel=token)
    assert not (tmp_path / "out").exists()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "links.csv").write_text("mine")
    with pytest.raises(UserError):
        export_csv(demo, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["links.csv"]


def test_cli(demo: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = demo.path
    demo.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    assert main(["export", str(path), "--csv", str(tmp_path / "csv")]) == 0
    assert len(list((tmp_path / "csv").iterdir())) == len(FILES)


def test_korean_tables_speak_korean(demo: Case, tmp_path: Path) -> None:
    """`--language ko`: Korean headers, roles, statuses and yes/no; English keeps the
    `--json` field names and the stored codes."""
    export_csv(demo, tmp_path / "ko", language="ko")
    contacts = read(tmp_path / "ko" / "contacts.csv")
    assert contacts[0][:3] == ["ID", "이름", "역할"]
    roles = {r[2] for r in contacts[1:]}
    assert "조력자" in roles and "activist" not in roles
    links = read(tmp_path / "ko" / "links.csv")
    assert "삭제됨" in {r[links[0].index("상태")] for r in links[1:]}
    deadlines = read(tmp_path / "ko" / "deadlines.csv")
    assert {r[-1] for r in deadlines[1:]} <= {"예", "아니요"}
    evidence = read(tmp_path / "ko" / "evidence.csv")
    assert evidence[0][0] == "증거번호" and evidence[1][0].startswith("증 제1호증")
    export_csv(demo, tmp_path / "en")
    assert read(tmp_path / "en" / "contacts.csv")[0][:3] == ["id", "name", "role"]
