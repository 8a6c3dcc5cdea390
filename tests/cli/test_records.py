"""`quietcase-cli` changes and removes records as the window does (issue 22, item 7): edit,
bin, unbin, link, unlink, set-link-status; on real case files, each change one transaction and
one entry in the custody history, with the window's checks and date words."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.cli.main import main
from tests.shared import NOW, PASS

TODAY = NOW.date()  # 2026-11-25, a Wednesday


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Result(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture(autouse=True)
def _setting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    for name in ("LC_ALL", "LC_MESSAGES", "LC_TIME", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    def call(*argv: str | Path) -> Result:
        capsys.readouterr()
        try:
            code = main([str(a) for a in argv], clock=FixedClock(NOW))
        except SystemExit as stop:  # argparse: help and usage errors
            code = int(stop.code or 0)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return call


@pytest.fixture(scope="module")
def case_template(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One record of each kind, a link on the incident and an evidence file (built through the
    command line once per module)."""
    folder = tmp_path_factory.mktemp("records")
    path = folder / "case.quietcase"
    shutil.copyfile(template_vault, path)
    note = folder / "screenshot-note.txt"
    note.write_text("what the post said\n", encoding="utf-8")
    steps = [
        ["add", "contact", path, "--name", "김지원", "--role", "lawyer"],
        ["add", "contact", path, "--name", "Platform desk", "--role", "platform"],
        ["add", "incident", path, "--title", "사진 유포", "--when", "2026-03", "--contact", "C-1",
         "--tag", "사진", "--url", "https://t.me/room/1"],
        ["add", "incident", path, "--title", "Second one"],
        ["add", "link", path, "--incident", "I-1", "--url", "https://example.com/p/2"],
        ["add", "deadline", path, "--title", "Complaint", "--due", "2026-12-01"],
        ["add", "request", path, "--kind", "takedown", "--incident", "I-1"],
        ["import", path, note],
    ]  # fmt: skip
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIETCASE_PASSPHRASE", PASS)
        for argv in steps:
            assert main([str(a) for a in argv], clock=FixedClock(NOW)) == 0, argv
    return path


@pytest.fixture
def case_file(case_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "case.quietcase"
    shutil.copyfile(case_template, path)
    return path


def history(path: Path) -> list[tuple[str, str]]:
    with open_case(path, PASS, FixedClock(NOW), read_only=True) as case:
        return [(e.action, e.detail) for e in case.custody.events()]


def show(run: Any, path: Path, record_id: str) -> dict[str, Any]:
    result = run("show", path, record_id, "--json")
    assert result.code == 0, result
    found: dict[str, Any] = result.json()
    return found


def one_line(result: Result) -> str:
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("quietcase-cli: "), result
    assert "Traceback" not in result.err
    return lines[0]


# -- edit ----------------------------------------------------------------------------------


def test_edit_an_incident_in_her_words(run: Any, case_file: Path) -> None:
    before = len(history(case_file))
    result = run(
        "edit", case_file, "I-1", "--title", "텔레그램에 사진 유포", "--when", "작년 3월",
        "--tag", "", "--contact", "C-2", "--handle", "@bad", "--json",
    )  # fmt: skip
    assert result.code == 0, result
    saved = result.json()
    assert saved["id"] == "I-1"
    assert saved["title"] == "텔레그램에 사진 유포"
    assert saved["when"] == "2025-03"  # 작년 3월 in November 2026
    assert saved["tags"] == [] and saved["contact_ids"] == ["C-2"] and saved["handles"] == ["@bad"]
    assert saved["links"][0]["url"] == "https://t.me/room/1"  # what was not given stays
    assert "“작년 3월” reads as 2025-03" in result.err  # shown back, as the window shows it
    assert show(run, case_file, "I-1") == saved
    events = history(case_file)
    assert events[before:] == [("records", "I-1")]  # one change, one entry


@pytest.mark.parametrize(
    ("argv", "field", "expected"),
    [
        (["C-1", "--role", "Support Centre", "--email", "help@example.or.kr"], "role",
         "support_centre"),
        (["D-1", "--due", "금요일", "--done"], "due", "2026-11-27"),
        (["D-1", "--incident", "I-2"], "incident_id", "I-2"),
        (["R-1", "--status", "sent", "--sent", "그저께"], "sent_on", "2026-11-23"),
        (["R-1", "--follow-up", "3/5"], "follow_up_on", "2027-03-05"),
        (["R-1", "--incident", "I-2", "--incident", "I-1"], "incident_ids", ["I-1", "I-2"]),
        (["E-1", "--captured-at", "two weeks ago", "--shows", "the post"], "captured_at",
         "2026-11-08 .. 2026-11-14"),
        (["E-1", "--incident", "I-2"], "incident_ids", ["I-2"]),
    ],
)  # fmt: skip
def test_edit_every_kind(
    run: Any, case_file: Path, argv: list[str], field: str, expected: object
) -> None:
    result = run("edit", case_file, *argv, "--json")
    assert result.code == 0, result
    assert result.json()[field] == expected
    assert show(run, case_file, argv[0])[field] == expected
    assert history(case_file)[-1] == ("records", argv[0])


def test_edit_clears_a_date_and_a_deadline_s_incident(run: Any, case_file: Path) -> None:
    assert run("edit", case_file, "I-1", "--when", "").code == 0
    assert show(run, case_file, "I-1")["when"] is None
    assert run("edit", case_file, "D-1", "--incident", "I-1").code == 0
    assert run("edit", case_file, "D-1", "--incident", "").code == 0
    assert show(run, case_file, "D-1")["incident_id"] is None


def test_edit_a_link(run: Any, case_file: Path) -> None:
    result = run(
        "edit", case_file, "I-1/2", "--title", "archive vol.3", "--uploader", "@bad",
        "--found", "지난주 월요일", "--status", "online", "--json",
    )  # fmt: skip
    assert result.code == 0, result
    link = result.json()
    assert (link["id"], link["link"], link["post_title"]) == ("I-1", 2, "archive vol.3")
    assert (link["found_on"], link["status"]) == ("2026-11-16", "online")
    assert run("edit", case_file, "I-1 link 1", "--url", "t.me/room/9").out == "I-1/1\n"
    links = show(run, case_file, "I-1")["links"]
    assert [entry["url"] for entry in links] == ["https://t.me/room/9", "https://example.com/p/2"]
    assert history(case_file)[-1] == ("records", "I-1")


def test_the_evidence_edit_is_in_its_custody_as_the_window_s(run: Any, case_file: Path) -> None:
    before = len(history(case_file))
    assert run("edit", case_file, "E-1", "--description", "a screenshot").code == 0
    assert history(case_file)[before:] == [
        ("edit", "changed description"),
        ("records", "E-1"),
    ]


@pytest.mark.parametrize(
    ("argv", "code", "fragment"),
    [
        (["I-1", "--due", "2026-12-01"], 2, "--due does not belong to I-1"),
        (["E-1", "--title", "x"], 2, "--title does not belong to E-1"),
        (["I-1/1", "--when", "2024"], 2, "--when does not belong to I-1/1"),
        (["I-1"], 2, "Nothing to change"),
        (["X-1", "--title", "x"], 2, "is not a record id"),
        (["M-1", "--title", "x"], 2, "stay as they were imported"),
        (["I-9", "--title", "x"], 1, "I-9"),
        (["I-1/7", "--status", "online"], 2, "has no link number 7"),
        (["I-1", "--title", "  "], 1, "Please fill in the title"),
        (["I-1", "--when", "2/30"], 1, "not a day in the calendar"),
        (["I-1", "--when", "the other day"], 1, "last March"),
        (["C-1", "--email", "kim at law"], 1, "email"),
        (["C-1", "--role", "dentist"], 1, "is not a role"),
        (["D-1", "--due", "다음 달"], 1, "please give a day"),
        (["D-1", "--incident", "I-1", "--incident", "I-2"], 2, "one incident"),
        (["R-1", "--sent", "2026-11-20", "--follow-up", "2026-11-01"], 1, "follow-up date"),
        (["R-1", "--to", "C-9"], 1, "C-9"),
        (["I-1/1", "--url", "ftp://x.org"], 1, "web address"),
        (["I-1/1", "--status", "gone"], 1, "is not a status"),
    ],
)
def test_edit_refuses_and_changes_nothing(
    run: Any, case_file: Path, argv: list[str], code: int, fragment: str
) -> None:
    before = case_file.read_bytes()
    result = run("edit", case_file, *argv)
    assert result.code == code, result
    assert fragment in one_line(result)
    assert case_file.read_bytes() == before


# -- bin and unbin -------------------------------------------------------------------------


@pytest.mark.parametrize("record_id", ["I-1", "C-1", "D-1", "R-1"])
def test_bin_and_unbin_every_journal_kind(run: Any, case_file: Path, record_id: str) -> None:
    kept = show(run, case_file, record_id)
    before = len(history(case_file))
    result = run("bin", case_file, record_id, "--yes")
    assert result.code == 0, result
    assert f"{record_id} is deleted" in result.out
    assert run("show", case_file, record_id).code == 1
    (action, detail), *more = history(case_file)[before:]
    assert not more and action == "records" and detail.startswith(f"{record_id} removed")
    result = run("unbin", case_file, record_id, "--json")
    assert result.code == 0, result
    assert result.json() == kept  # as it was, with its links
    action, detail = history(case_file)[-1]
    assert action == "records" and detail.split("; ")[0] == record_id
    again = run("unbin", case_file, record_id)
    assert again.code == 1 and "can no longer be brought back" in one_line(again)


def test_unbin_brings_back_the_links_of_an_incident(run: Any, case_file: Path) -> None:
    assert run("link", case_file, "E-1", "I-1").code == 0
    assert run("bin", case_file, "I-1", "--yes").code == 0
    assert show(run, case_file, "R-1")["incident_ids"] == []
    assert run("unbin", case_file, "I-1").out == "I-1 is back.\n"
    assert show(run, case_file, "R-1")["incident_ids"] == ["I-1"]
    assert show(run, case_file, "E-1")["incident_ids"] == ["I-1"]


def test_bin_asks_a_script_to_confirm(run: Any, case_file: Path) -> None:
    before = case_file.read_bytes()
    result = run("bin", case_file, "C-1")
    assert result.code == 1
    assert "Delete C-1 (“김지원”)? Add --yes" in one_line(result)
    assert case_file.read_bytes() == before


def test_evidence_bin_works_as_before(run: Any, case_file: Path) -> None:
    result = run("bin", case_file, "E-1", "--yes")
    assert result.code == 0, result
    assert result.out == "E-1 is in the bin. `quietcase-cli unbin` takes it out again.\n"
    assert run("list", case_file, "evidence", "--bin", "--json").json()[0]["id"] == "E-1"
    result = run("unbin", case_file, "E-1", "--json")
    assert result.code == 0 and result.json()["in_bin"] is False
    assert history(case_file)[-4:] == [
        ("bin", "moved to the bin"),
        ("records", "E-1"),
        ("unbin", "taken out of the bin"),
        ("records", "E-1"),
    ]


def test_bin_and_unbin_a_link(run: Any, case_file: Path) -> None:
    kept = show(run, case_file, "I-1")["links"]
    result = run("bin", case_file, "I-1/1", "--yes")
    assert result.code == 0, result
    assert result.out.startswith("I-1/1 is removed from its incident.")
    assert [entry["url"] for entry in show(run, case_file, "I-1")["links"]] == [kept[1]["url"]]
    assert history(case_file)[-1] == ("records", "I-1")
    result = run("unbin", case_file, "I-1/1", "--json")
    assert result.code == 0, result
    assert (result.json()["link"], result.json()["url"]) == (1, "https://t.me/room/1")
    assert show(run, case_file, "I-1")["links"] == kept  # where it was, as it was
    again = run("unbin", case_file, "I-1/1")
    assert again.code == 1 and "I-1/1" in one_line(again)
    before = case_file.read_bytes()
    refused = run("bin", case_file, "I-1/2")  # a script is asked to confirm
    assert refused.code == 1 and "Remove the link I-1/2" in one_line(refused)
    assert case_file.read_bytes() == before


@pytest.mark.parametrize(("record_id", "code"), [("M-1", 2), ("I-1/5", 2), ("I-9", 1)])
def test_bin_refuses_what_it_cannot_delete(
    run: Any, case_file: Path, record_id: str, code: int
) -> None:
    before = case_file.read_bytes()
    result = run("bin", case_file, record_id, "--yes")
    assert result.code == code, result
    one_line(result)
    assert case_file.read_bytes() == before


# -- link and unlink -----------------------------------------------------------------------


def test_link_and_unlink_evidence_either_way_round(run: Any, case_file: Path) -> None:
    result = run("link", case_file, "I-2", "E-1")
    assert (result.code, result.out) == (0, "E-1 is linked to I-2.\n")
    assert show(run, case_file, "E-1")["incident_ids"] == ["I-2"]
    assert history(case_file)[-2:] == [("link", "linked to I-2"), ("records", "E-1")]
    count = len(history(case_file))
    assert run("link", case_file, "E-1", "I-2").code == 0  # already linked: nothing written
    assert len(history(case_file)) == count
    result = run("unlink", case_file, "E-1", "I-2", "--json")
    assert result.code == 0 and result.json()["incident_ids"] == []
    assert history(case_file)[-2:] == [("link", "linked to nothing"), ("records", "E-1")]


@pytest.mark.parametrize(
    ("other", "field", "record_id"),
    [("C-2", "contact_ids", "I-2"), ("R-1", "incident_ids", "R-1"), ("D-1", "incident_id", "D-1")],
)
def test_link_and_unlink_contacts_requests_and_deadlines(
    run: Any, case_file: Path, other: str, field: str, record_id: str
) -> None:
    assert run("link", case_file, other, "I-2").code == 0
    linked = show(run, case_file, record_id)[field]
    assert linked == "I-2" or (isinstance(linked, list) and other if field == "contact_ids"
                               else "I-2") in linked  # fmt: skip
    assert history(case_file)[-1] == ("records", record_id)
    assert run("unlink", case_file, other, "I-2").code == 0
    unlinked = show(run, case_file, record_id)[field]
    assert unlinked is None or ("I-2" not in unlinked and other not in unlinked)


@pytest.mark.parametrize(
    ("first", "second", "code", "fragment"),
    [
        ("E-1", "C-1", 2, "Please give an incident"),
        ("I-1", "I-2", 2, "Please give an incident"),
        ("M-1", "I-1", 2, "Please give an incident"),
        ("E-1", "I-9", 1, "I-9"),
        ("E-9", "I-1", 1, "E-9"),
    ],
)
def test_link_refuses_and_changes_nothing(
    run: Any, case_file: Path, first: str, second: str, code: int, fragment: str
) -> None:
    before = case_file.read_bytes()
    result = run("link", case_file, first, second)
    assert result.code == code, result
    assert fragment in one_line(result)
    assert case_file.read_bytes() == before


def test_evidence_in_the_bin_is_not_linked(run: Any, case_file: Path) -> None:
    assert run("bin", case_file, "E-1", "--yes").code == 0
    result = run("link", case_file, "E-1", "I-1")
    assert result.code == 1 and "in the bin" in one_line(result)


# -- link status ---------------------------------------------------------------------------


def test_set_link_status(run: Any, case_file: Path) -> None:
    result = run("set-link-status", case_file, "I-1/2", "removed")
    assert (result.code, result.out) == (0, "I-1/2: removed (checked 2026-11-25).\n")
    result = run("set-link-status", case_file, "I-1#1", "Online", "--checked", "어제", "--json")
    assert result.code == 0, result
    assert (result.json()["status"], result.json()["checked_on"]) == ("online", "2026-11-24")
    links = {(r["id"], r["link"]): r for r in run("list", case_file, "links", "--json").json()}
    assert links[("I-1", 2)]["status"] == "removed"
    assert links[("I-1", 2)]["checked_on"] == "2026-11-25"
    assert history(case_file)[-1] == ("records", "I-1")


@pytest.mark.parametrize(
    ("argv", "code", "fragment"),
    [
        (["I-1", "removed"], 2, "is not a link"),
        (["E-1/1", "removed"], 2, "is not a link"),
        (["I-1/5", "removed"], 2, "has no link number 5"),
        (["I-1/1", "gone"], 1, "is not a status"),
        (["I-9/1", "removed"], 1, "I-9"),
    ],
)
def test_set_link_status_refuses(
    run: Any, case_file: Path, argv: list[str], code: int, fragment: str
) -> None:
    before = case_file.read_bytes()
    result = run("set-link-status", case_file, *argv)
    assert result.code == code, result
    assert fragment in one_line(result)
    assert case_file.read_bytes() == before


# -- in Korean -----------------------------------------------------------------------------


def test_help_and_messages_in_korean(
    run: Any, case_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    for command in ("edit", "bin", "unbin", "link", "unlink", "set-link-status"):
        result = run(command, "--help")
        assert result.code == 0
        assert any("\uac00" <= c <= "\ud7a3" for c in result.out.split("options:")[0]), command
    result = run("edit", case_file, "I-1", "--when", "지난달")
    assert result.code == 0
    assert "“지난달”" in result.err and "2026-10" in result.err
    result = run("bin", case_file, "I-1", "--yes")
    assert "되살릴" in result.out or "되돌" in result.out or "다시" in result.out
    result = run("edit", case_file, "I-1", "--due", "2026-12-01")
    assert result.code == 2 and "--due" in one_line(result)
