"""`quietcase-cli import-telegram`, `list VAULT messages`, `show VAULT M-1`, and `search`
finding messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quietcase.app.case import Case, open_case
from quietcase.app.core.clock import SystemClock
from quietcase.app.documents import time_zone
from quietcase.cli.main import main
from quietcase.storage.records import Incident
from tests.app.chats.telegram.writer import T0, ChatSpec, Msg, room, write_json, write_media
from tests.shared import PASS

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    chat = room()
    write_json(folder, [chat])
    write_media(folder, [chat])
    return folder


@pytest.fixture
def vault(case: Case, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    case.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    return str(vault_path)


def test_import_prints_a_summary_and_suggestions(vault: str, export: Path, capsys: Capsys) -> None:
    assert main(["import-telegram", vault, str(export)]) == 0
    out = capsys.readouterr().out
    assert "Telegram export (JSON) imported." in out
    assert "messages: 12 new, 0 already in the case" in out
    assert "media: 4 stored, 2 missing" in out and "not included in the export" in out
    assert "new incident I-1" in out
    assert "Files: 5 stored as evidence, 0 already in the case" in out
    assert "user5550001 (그림자)  messages: 6" in out and "@dealer_kim  mentions: 1" in out

    assert main(["import-telegram", vault, str(export / "result.json")]) == 0
    out = capsys.readouterr().out
    assert "messages: 0 new, 12 already in the case" in out and "linked to I-1" in out
    assert "Files: 0 stored as evidence, 5 already in the case" in out


def test_import_json_output_and_an_incident(
    vault: str, export: Path, vault_path: Path, capsys: Capsys
) -> None:
    assert main(["add", "incident", vault, "--title", "Room"]) == 0
    capsys.readouterr()
    code = main(["import-telegram", vault, str(export), "--incident", "I-1", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["chats"][0]["incident"] == "I-1" and not data["chats"][0]["incident_created"]
    assert data["messages_added"] == 12 and data["files_added"] == 5
    assert data["main_evidence_id"] == "E-1"
    assert {"handle": "@dealer_kim", "name": "", "count": 1, "kind": "mention"} in data[
        "handle_suggestions"
    ]


def test_list_messages_and_show_one(
    vault: str, export: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = export.parent / "other"
    write_json(other, [ChatSpec("Other room", "private_group", 9, [Msg(1, T0, "Z", "user9", "z")])])
    assert main(["import-telegram", vault, str(export)]) == 0
    assert main(["import-telegram", vault, str(other)]) == 0
    capsys.readouterr()

    assert main(["list", vault, "messages", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 13
    first = next(r for r in rows if r["chat"] == "딥페이크 공유방" and r["message_id"] == 3)
    for field in ("id", "chat", "message_id", "at", "from", "from_id", "text", "evidence_ids"):
        assert field in first
    assert first["at"] == "2025-11-03T12:25:06+00:00" and first["time_exact"] is True
    assert (first["from"], first["from_id"]) == ("그림자", "user5550001")
    assert first["evidence_ids"] == ["E-3"]

    assert main(["list", vault, "messages", "--json", "--chat", "Other room"]) == 0
    assert [r["text"] for r in json.loads(capsys.readouterr().out)] == ["z"]
    monkeypatch.setenv("TZ", "Europe/Berlin")  # the computer's zone, when the case has none
    assert main(["list", vault, "messages", "--chat", "1722334455"]) == 0
    out = capsys.readouterr().out
    assert "2025-11-03 13:25 +0100" in out and "(12 messages)" in out
    with open_case(Path(vault), PASS, SystemClock()) as case:
        time_zone.choose(case, "Asia/Seoul")  # the zone her documents print: the listing too
    assert main(["list", vault, "messages", "--chat", "1722334455"]) == 0
    assert "2025-11-03 21:25 +0900" in capsys.readouterr().out
    assert main(["list", vault, "messages", "--chat", "nobody"]) == 2
    assert "No imported chat" in capsys.readouterr().err

    assert main(["show", vault, first["id"]]) == 0
    out = capsys.readouterr().out
    assert "사진 @dealer_kim 에게 문의" in out and "photo photos/photo_1@" in out
    assert main(["show", vault, "M-999"]) == 1
    assert "no chat message with the id M-999" in capsys.readouterr().err


def test_search_includes_messages(vault: str, export: Path, capsys: Capsys) -> None:
    assert main(["import-telegram", vault, str(export)]) == 0
    capsys.readouterr()
    for query in ("딥페이크", "Смотрите", "مزيف", "深伪"):
        assert main(["search", vault, query, "--json"]) == 0
        results = json.loads(capsys.readouterr().out)["results"]
        assert any(r["record_type"] == "message" and r["id"].startswith("M-") for r in results)


def test_a_whole_account_lists_its_chats_first(vault: str, tmp_path: Path, capsys: Capsys) -> None:
    friend = ChatSpec("Friend", "personal_chat", 42, [Msg(1, T0, "Friend", "user42", "hi")])
    folder = tmp_path / "account"
    write_json(folder, [room("chats/chat_001"), friend], whole_account=True)
    assert main(["import-telegram", vault, str(folder)]) == 2
    captured = capsys.readouterr()
    assert "1722334455" in captured.out and "Friend" in captured.out
    assert "--chat" in captured.err
    assert main(["import-telegram", vault, str(folder), "--chat", "friend"]) == 0
    assert '"Friend"' in capsys.readouterr().out


def test_errors_are_one_clear_line(vault: str, tmp_path: Path, capsys: Capsys) -> None:
    assert main(["import-telegram", vault, str(tmp_path / "nothing")]) == 1
    assert "There is no file or folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["import-telegram", vault, str(tmp_path / "empty")]) == 1
    assert "not a Telegram Desktop export" in capsys.readouterr().err
    folder = tmp_path / "e"
    write_json(folder, [room()])
    assert main(["import-telegram", vault, str(folder), "--username", "no spaces!"]) == 2
    assert "not a Telegram username" in capsys.readouterr().err


def test_an_incident_she_already_has_keeps_its_handles(case: Case, export: Path) -> None:
    from quietcase.app.chats.telegram.choices import ImportOptions
    from quietcase.app.chats.telegram.importing import TelegramImport

    mine = case.journal.add_incident(Incident(title="Room", handles=("@shadow",)))
    TelegramImport(case.vault, case.clock).import_export(export, ImportOptions(incident_id=mine.id))
    assert case.journal.incident(mine.id).handles == ("@shadow",)


@pytest.mark.parametrize(
    ("locale", "title", "described"),
    [
        ("C.UTF-8", "Telegram: 딥페이크 공유방", "From the Telegram export export: "),
        ("ko_KR.UTF-8", "텔레그램: 딥페이크 공유방", "텔레그램 내보내기 export"),
    ],
)
def test_what_the_import_writes_into_her_case_is_in_her_language(
    vault: str,
    export: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Capsys,
    locale: str,
    title: str,
    described: str,
) -> None:
    """The incident made for the chat and each file's description read in the language the
    command line speaks (her lawyer reads them in the Korean summary)."""
    monkeypatch.setenv("LC_ALL", locale)
    assert main(["import-telegram", vault, str(export)]) == 0
    capsys.readouterr()
    with open_case(Path(vault), PASS, SystemClock()) as case:
        incident = case.journal.incident(1)
        assert incident.title == title
        files = case.evidence.items()
        assert files and all(item.description.startswith(described) for item in files)
        if locale.startswith("ko"):
            assert "Telegram" not in incident.description and "export" not in incident.title
