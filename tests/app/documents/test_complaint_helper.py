"""The complaint helper: its first page says it is not a complaint nor legal advice; the
table of acts, the numbered evidence list (증 제n호증, 의 m) and the people, in Korean and
English; exhibit numbers that stay stable across exports and after adding items.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from quietcase.app.case import Case
from quietcase.app.core.progress import Cancelled, CancelToken
from quietcase.app.documents import acts, exhibits
from quietcase.app.documents.complaint_helper import (
    ComplaintOptions,
    export_complaint_helper,
    render_complaint_helper,
)
from quietcase.app.documents.exhibits import Submitted
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from quietcase.storage.exhibits import Exhibit, Exhibits
from quietcase.storage.records import Evidence
from tests.shared import NOW, PASS


@pytest.fixture
def demo(case: Case) -> Case:
    fill_demo(case.journal, NOW.date())
    for n, incident in enumerate((6, 2, 2)):
        case.intake.import_bytes(
            f"capture-{n}.png",
            f"capture {n}".encode(),
            IntakeDetails(incident_ids=(incident,), shows=f"입증취지 {n}", captured_by="본인"),
        )
    return case


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(BytesIO(pdf)).pages]


def test_first_page_says_what_it_is_not(demo: Case) -> None:
    ko = pages(render_complaint_helper(demo, ComplaintOptions("ko")).rendered.data)
    assert "고소장이 아니며, 법률 자문도 아닙니다" in ko[0]
    en = pages(render_complaint_helper(demo, ComplaintOptions("en")).rendered.data)
    assert "Not a complaint, and not legal advice" in en[0]


def test_korean_sections_and_columns(demo: Case) -> None:
    text = "\n".join(pages(render_complaint_helper(demo, ComplaintOptions("ko")).rendered.data))
    flat = text.replace("\n", " ")
    assert "참고인 (인적증거)" in flat
    for word in ("1. 범죄일람표", "2. 증거자료 세부 목록", "3. 피고소인 및 참고인", "순번", "일시"):
        assert word in flat
    for word in (
        "입증취지",
        "제출 유무",
        "작성자·출처",
        "수집일",
        "증 제1호증",
        "참고인 (인적증거)",
    ):
        assert word in flat
    for incident in acts.acts(demo, demo.journal.incidents()):
        assert f"I-{incident.id}" in flat
    for item in demo.evidence.items():
        assert item.sha256 in text.replace("\n", "")
    suspects = [c for c in demo.journal.contacts() if c.role.value == "suspect"]
    assert suspects and all(c.name.split()[0] in flat for c in suspects)


def test_first_numbering_follows_the_table_of_acts(demo: Case) -> None:
    numbers = render_complaint_helper(demo, ComplaintOptions()).exhibits
    items = {e.filename: e.id for e in demo.evidence.items()}
    # I-2 comes before I-6 in time: its two captures are 1 and 2, then I-6's.
    assert numbers[items["capture-1.png"]].number == 1
    assert numbers[items["capture-2.png"]].number == 2
    assert numbers[items["capture-0.png"]].number == 3


def test_numbers_are_stable_across_exports_and_additions(demo: Case, tmp_path: Path) -> None:
    first = export_complaint_helper(demo, ComplaintOptions("ko"), tmp_path / "a.pdf")
    kept = Exhibits(demo.vault).all()
    assert len(kept) == 3 and first.notices
    # a new item of the EARLIEST incident: it would come first in a fresh numbering
    demo.intake.import_bytes("late.png", b"late", IntakeDetails(incident_ids=(1,)))
    export_complaint_helper(demo, ComplaintOptions("ko"), tmp_path / "b.pdf")
    again = Exhibits(demo.vault).all()
    assert {i: again[i] for i in kept} == kept
    late = next(e for e in demo.evidence.items() if e.filename == "late.png")
    assert again[late.id].number == 4
    text = " ".join(pages((tmp_path / "b.pdf").read_bytes()))
    assert "증 제4호증" in text
    events = [e.detail for e in demo.custody.events() if e.action == "export"]
    assert sum(d.startswith("complaint helper PDF (ko)") for d in events) == 2


def test_cancel_keeps_no_numbers(demo: Case, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_complaint_helper(demo, ComplaintOptions(), tmp_path / "a.pdf", cancel=token)
    assert Exhibits(demo.vault).all() == {}
    assert not (tmp_path / "a.pdf").exists()


def test_submission_is_printed(demo: Case) -> None:
    item = demo.evidence.items()[0]
    exhibit = exhibits.set_submitted(demo, item.id, Submitted.WITH_COMPLAINT)
    assert exhibit.submitted == "with_complaint"
    text = " ".join(pages(render_complaint_helper(demo, ComplaintOptions("ko")).rendered.data))
    assert "접수시 제출" in text


def _item(n: int) -> Evidence:
    return Evidence(f"f{n}", 1, "image/png", f"{n:064x}", datetime(2026, 1, 1, tzinfo=UTC), id=n)


def test_files_of_one_export_are_branches_and_new_files_join_them() -> None:
    items = [_item(n) for n in (1, 2, 3, 4)]
    groups = {2: 7, 3: 7}  # items 2 and 3 came with Telegram export 7
    first = exhibits.plan({}, items, groups)
    assert (first[1].number, first[1].branch) == (1, 0)
    assert (first[2].number, first[2].branch) == (2, 1)
    assert (first[3].number, first[3].branch) == (2, 2)
    assert (first[4].number, first[4].branch) == (3, 0)
    later = exhibits.plan(first, [*items, _item(5), _item(6)], {**groups, 6: 7})
    assert {i: later[i] for i in first} == first
    assert (later[5].number, later[5].branch) == (4, 0)
    assert (later[6].number, later[6].branch) == (2, 3)
    # a purged item's number is never given again
    del items[0]
    assert exhibits.plan(first, [*items, _item(9)], groups)[9].number == 4


def test_labels_and_citations() -> None:
    three = [Exhibit(1, 1), Exhibit(2, 2), Exhibit(3, 3), Exhibit(5, 5, 1), Exhibit(6, 5, 2)]
    assert exhibits.label(Exhibit(5, 5, 1), korean=True) == "증 제5호증의 1"
    assert exhibits.label(Exhibit(5, 5, 1), korean=False) == "Exhibit 5-1"
    assert exhibits.cite(three, korean=True) == "증 제1호증 내지 제3호증, 제5호증의 1, 2"
    assert exhibits.cite(three, korean=False) == "Ex. 1 to 3, 5-1, 5-2"
    assert exhibits.cite([Exhibit(1, 1), Exhibit(2, 2)], korean=True) == "증 제1호증, 제2호증"


def test_cli_export(demo: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = demo.path
    demo.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    out = tmp_path / "helper.pdf"
    assert main(["export", str(path), "--complaint-helper", str(out), "--language", "ko"]) == 0
    assert "범죄일람표" in " ".join(pages(out.read_bytes()))
