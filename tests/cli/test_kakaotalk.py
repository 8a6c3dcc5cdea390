"""`quietcase-cli import-kakaotalk`: every variant from the command line, the time zone and
her name, and the messages in `list VAULT messages`, `show` and `search`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quietcase.app.case import Case, open_case
from quietcase.app.chats.kakaotalk import parsing
from quietcase.app.core.clock import SystemClock
from quietcase.cli.main import main
from tests.shared import PASS

Capsys = pytest.CaptureFixture[str]
CORPUS = Path(__file__).parents[1] / "app" / "chats" / "kakaotalk" / "corpus"


@pytest.fixture(autouse=True)
def _read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "IN_CHILD", False)


@pytest.fixture
def vault(case: Case, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    case.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    return str(vault_path)


def test_import_prints_what_was_read(vault: str, capsys: Capsys) -> None:
    path = str(CORPUS / "android_ko.txt")
    assert main(["import-kakaotalk", vault, path, "--time-zone", "Asia/Seoul"]) == 0
    out = capsys.readouterr().out
    assert "KakaoTalk export (android-ko, UTF-8) imported." in out
    assert "time zone Asia/Seoul" in out
    assert "messages: 14 new, 0 already in the case" in out
    assert "2 of the new messages are marked" in out
    assert "media: 0 stored, 5 missing" in out and "never downloaded" in out
    assert "new incident I-1" in out
    assert main(["import-kakaotalk", vault, path, "--time-zone", "Asia/Seoul"]) == 0
    assert "messages: 0 new, 14 already in the case" in capsys.readouterr().out


def test_every_variant_from_the_command_line(vault: str, capsys: Capsys) -> None:
    counts = {}
    for path in sorted(CORPUS.iterdir()):
        args = ["import-kakaotalk", vault, str(path), "--time-zone", "Asia/Seoul", "--json"]
        assert main(args) == 0
        data = json.loads(capsys.readouterr().out)
        counts[path.name] = (data["variant"], data["messages_added"])
        assert data["time_zone"] == "Asia/Seoul" and data["main_evidence_id"]
    assert counts == {
        "android_ko.txt": ("android-ko", 14),
        "android_ko_24h.txt": ("android-ko", 6),
        "android_en.txt": ("android-en", 5),
        "ios_ko.txt": ("ios-ko", 5),
        "ios_ko_24h.txt": ("ios-ko", 4),
        "ios_en.txt": ("ios-en", 3),
        "windows_ko.txt": ("windows-ko", 7),
        "windows_en.txt": ("windows-en", 4),
        "macos.csv": ("macos-csv", 4),
    }


def test_messages_are_listed_shown_and_found(vault: str, capsys: Capsys) -> None:
    path = str(CORPUS / "windows_ko.txt")
    assert (
        main(["import-kakaotalk", vault, path, "--time-zone", "Asia/Seoul", "--me", "김민지"]) == 0
    )
    capsys.readouterr()
    assert main(["list", vault, "messages", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 7
    mine = [r for r in rows if r["from_id"] == "me"]
    assert {r["from"] for r in mine} == {"김민지"}
    multi = next(r for r in rows if "셋째 줄" in r["text"])
    assert multi["source_lines"] == [8, 10] and multi["time_zone"] == "Asia/Seoul"
    assert not multi["time_exact"] and multi["local_time"] == "2018-03-03T20:55:00"
    assert main(["list", vault, "messages"]) == 0
    assert "2018-03-03 20:55 +0900" in capsys.readouterr().out  # as written, her zone
    assert main(["show", vault, multi["id"], "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["as_written"] == "[김민지] [오후 8:55] 첫째 줄\n\n셋째 줄"
    assert main(["search", vault, "녕하", "--json"]) == 0  # inside 안녕하세요
    hello = json.loads(capsys.readouterr().out)
    assert any("안녕하세요" in json.dumps(f, ensure_ascii=False) for f in hello["results"])
    assert main(["search", vault, "시간제", "--json"]) == 0  # inside 24시간제
    found = json.loads(capsys.readouterr().out)
    assert any("24시간제" in json.dumps(f, ensure_ascii=False) for f in found["results"])


def test_an_unknown_zone_is_a_usage_error(vault: str, capsys: Capsys) -> None:
    path = str(CORPUS / "android_ko.txt")
    assert main(["import-kakaotalk", vault, path, "--time-zone", "Nowhere/Land"]) == 2
    assert "not a time zone" in capsys.readouterr().err


def test_she_names_the_person_behind_a_sender(vault: str, capsys: Capsys) -> None:
    path = str(CORPUS / "android_ko.txt")
    assert main(["import-kakaotalk", vault, path, "--time-zone", "Asia/Seoul"]) == 0
    assert main(["add", "contact", vault, "--name", "박서준 (동창)", "--role", "suspect"]) == 0
    capsys.readouterr()
    assert main(["name-sender", vault, "박서준", "박서준", "C-1"]) == 0
    out = capsys.readouterr().out
    assert "KakaoTalk: 박서준" in out and "I-1" in out
    assert main(["show", vault, "I-1", "--json"]) == 0
    incident = json.loads(capsys.readouterr().out)
    assert "KakaoTalk: 박서준" in incident["handles"]
    assert main(["name-sender", vault, "박서준", "박서준", "C-1", "--json"]) == 0  # twice: once
    assert json.loads(capsys.readouterr().out)["handles"] == ["KakaoTalk: 박서준"]
    assert main(["name-sender", vault, "박서준", "누구", "C-1"]) == 2
    assert "Nobody wrote as" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("locale", "title", "described"),
    [
        ("C.UTF-8", "KakaoTalk: ", "Messages imported from a KakaoTalk export"),
        ("ko_KR.UTF-8", "카카오톡: ", "카카오톡 내보내기(android_ko.txt)에서 가져온 메시지."),
    ],
)
def test_the_incident_it_makes_is_in_her_language(
    vault: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Capsys,
    locale: str,
    title: str,
    described: str,
) -> None:
    monkeypatch.setenv("LC_ALL", locale)
    path = str(CORPUS / "android_ko.txt")
    assert main(["import-kakaotalk", vault, path, "--time-zone", "Asia/Seoul"]) == 0
    capsys.readouterr()
    with open_case(Path(vault), PASS, SystemClock()) as case:
        incident = case.journal.incident(1)
        assert incident.title.startswith(title) and len(incident.title) > len(title)
        assert incident.description.startswith(described)
        assert "Asia/Seoul" in incident.description
        (export,) = case.evidence.items()
        if locale.startswith("ko"):
            assert "카카오톡 내보내기" in export.description
        else:
            assert export.description.startswith("From the KakaoTalk export")
