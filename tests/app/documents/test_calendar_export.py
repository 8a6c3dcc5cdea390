"""The calendar file, parsed back by hand as strictly as RFC 5545 asks: CRLF line ends, lines
folded at 75 octets, escaped text, one event per open deadline and follow-up with a stable
UID, all-day events for date-only deadlines and UTC times for timed ones; discreet mode.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.documents.calendar_export import export_calendar, render_calendar
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from quietcase.storage.dates import Moment
from quietcase.storage.records import Deadline, Request, RequestKind, RequestStatus
from tests.shared import NOW, PASS

TITLE = 'Call lawyer, bring "USB"; ask about 고소장\nand the 증거 list'


@pytest.fixture
def seoul(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def demo(case: Case, seoul: None) -> Case:
    fill_demo(case.journal, NOW.date())
    case.journal.add_deadline(
        Deadline(
            'Call lawyer, bring "USB"; ask about 고소장\nand the 증거 list',
            Moment.parse("2026-12-03 14:30"),
        )
    )
    case.journal.add_deadline(
        Deadline("Long " + "가나다라마바사 " * 20, Moment.parse("2026-12-04"))
    )
    case.journal.add_request(
        Request(
            RequestKind.TAKEDOWN,
            subject="X repost",
            sent_on=date(2026, 11, 20),
            follow_up_on=date(2026, 12, 1),
            status=RequestStatus.SENT,
            reference="KC-1, 2",
        )
    )
    return case


def unfold(data: bytes) -> list[str]:
    """Content lines, checking CRLF and the 75-octet limit on the way."""
    assert data.endswith(b"\r\n")
    physical = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in physical)
    assert all(len(line) <= 75 for line in physical), max(physical, key=len)
    lines: list[bytes] = []
    for line in physical:
        if line.startswith((b" ", b"\t")):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return [line.decode("utf-8") for line in lines]


def events(data: bytes) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    depth = 0
    for line in unfold(data):
        if line == "BEGIN:VEVENT":
            current, depth = {}, 0
        elif line == "END:VEVENT":
            assert current is not None
            out.append(current)
            current = None
        elif line == "BEGIN:VALARM":
            depth += 1
        elif line == "END:VALARM":
            depth -= 1
        elif current is not None and depth == 0:
            name, _, value = line.partition(":")
            current[name] = value
    return out


def unescape(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def test_one_event_per_open_deadline_and_follow_up(demo: Case) -> None:
    data = render_calendar(demo).data
    lines = unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines and lines[-1] == "END:VCALENDAR"
    found = events(data)
    deadlines = [d for d in demo.journal.deadlines() if not d.done]
    follow_ups = [
        r
        for r in demo.journal.requests()
        if r.follow_up_on and r.status not in (RequestStatus.DONE, RequestStatus.REFUSED)
    ]
    assert len(found) == len(deadlines) + len(follow_ups)
    assert len({e["UID"] for e in found}) == len(found)
    summaries = {unescape(e["SUMMARY"]) for e in found}
    assert {d.title for d in deadlines} <= summaries
    for event in found:
        assert "DTSTAMP" in event and event["DTSTAMP"].endswith("Z")


def test_dates_times_and_escaping(demo: Case) -> None:
    found = events(render_calendar(demo).data)
    timed = next(e for e in found if e["SUMMARY"].startswith("Call lawyer"))
    assert timed["DTSTART"] == "20261203T053000Z"  # 14:30 in Seoul
    assert timed["DTEND"] == "20261203T060000Z"
    assert (
        unescape(timed["SUMMARY"])
        == 'Call lawyer, bring "USB"; ask about 고소장\nand the 증거 list'
    )
    assert "\\," in timed["SUMMARY"] and "\\;" in timed["SUMMARY"] and "\\n" in timed["SUMMARY"]
    day = next(e for e in found if e["SUMMARY"].startswith("Long"))
    assert day["DTSTART;VALUE=DATE"] == "20261204" and day["DTEND;VALUE=DATE"] == "20261205"
    follow = next(e for e in found if "X repost" in e["SUMMARY"])
    assert follow["DTSTART;VALUE=DATE"] == "20261201"
    assert "KC-1\\, 2" in follow["DESCRIPTION"]


def test_uids_are_stable_and_discreet_mode_hides_everything(demo: Case) -> None:
    plain = events(render_calendar(demo).data)
    data = render_calendar(demo, discreet=True, language="ko").data
    hidden = events(data)
    assert [e["UID"] for e in plain] == [e["UID"] for e in hidden]
    assert all(e["SUMMARY"] == "약속" and "DESCRIPTION" not in e for e in hidden)
    text = data.decode("utf-8")
    assert "Quietcase" not in text and "http" not in text.lower()
    for deadline in demo.journal.deadlines():
        assert deadline.title.split()[0] not in text


def test_export_and_cli(demo: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = export_calendar(demo, tmp_path / "a.ics")
    assert saved.path.read_bytes() == render_calendar(demo).data and saved.notices
    assert any(e.detail.startswith("calendar (.ics") for e in demo.custody.events())
    path = demo.path
    demo.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    out = tmp_path / "b.ics"
    assert main(["export", str(path), "--ics", str(out), "--discreet"]) == 0
    assert b"SUMMARY:Appointment" in out.read_bytes()


def test_discreet_export_does_not_tell_her_to_choose_discreet_mode(tmp_path: Path) -> None:
    from quietcase.app.documents.calendar_export import calendar_notices

    plain = " ".join(n.text() for n in calendar_notices(tmp_path / "a.ics"))
    discreet = " ".join(n.text() for n in calendar_notices(tmp_path / "a.ics", discreet=True))
    assert "Choose discreet mode" in plain
    assert "Choose discreet mode" not in discreet and "“Appointment”" in discreet
