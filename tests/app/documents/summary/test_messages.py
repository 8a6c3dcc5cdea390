"""The chat messages chosen for the case summary: kept in the vault (schema step 6), chosen
and unchosen in one transaction, and `quietcase-cli report-messages`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quietcase.app.case import Case, open_case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.core.errors import UserError
from quietcase.cli.main import main
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


def _import(case: Case, folder: Path) -> ChatMessages:
    TelegramImport(case.vault, case.clock).import_export(folder, ImportOptions())
    return ChatMessages(case.vault, case.clock)


def _ids(store: ChatMessages, *message_ids: int) -> list[int]:
    by_message = {m.message_id: m.id for m in store.messages()}
    return [by_message[i] for i in message_ids]


def test_chosen_messages_are_kept_in_time_order(
    case: Case, export: Path, vault_path: Path, clock: object
) -> None:
    store = _import(case, export)
    assert store.for_report() == [] and store.count_for_report() == 0
    nine, three, five = _ids(store, 9, 3, 5)
    store.set_for_report([nine, three], True)
    store.set_for_report([five, three], True)  # choosing again is fine
    assert store.for_report() == [three, five, nine]
    store.set_for_report([five], False)
    store.set_for_report([five], False)  # and unchoosing one that is not chosen
    assert store.for_report() == [three, nine]
    case.close()

    with open_case(vault_path, PASS, case.clock, read_only=True) as again:
        assert ChatMessages(again.vault).for_report() == [three, nine]


def test_an_unknown_id_changes_nothing(case: Case, export: Path) -> None:
    store = _import(case, export)
    (two,) = _ids(store, 2)
    with pytest.raises(UserError) as raised:
        store.set_for_report([two, 999, 1000], True)
    assert str(raised.value) == (
        "There is no chat message with the id M-999, M-1000 in this case file."
    )
    assert store.for_report() == []  # the known one was not chosen either
    with pytest.raises(UserError):
        store.set_for_report([999], False)


def test_a_removed_chat_takes_its_chosen_messages_along(case: Case, export: Path) -> None:
    store = _import(case, export)
    store.set_for_report(_ids(store, 2, 3), True)
    with case.vault.atomic():
        case.vault.execute("DELETE FROM chat")
    assert store.for_report() == []


def test_later_imports_keep_the_choice(case: Case, export: Path, tmp_path: Path) -> None:
    store = _import(case, export)
    chosen = _ids(store, 4)
    store.set_for_report(chosen, True)
    newer = room()
    newer.messages.append(Msg(13, T0.replace(hour=20), "그림자", "user5550001", "new"))
    folder = tmp_path / "newer"
    write_json(folder, [newer])
    other = tmp_path / "other"
    write_json(other, [ChatSpec("Other", "private_group", 9, [Msg(1, T0, "Z", "user9", "z")])])
    TelegramImport(case.vault, case.clock).import_export(folder, ImportOptions())
    TelegramImport(case.vault, case.clock).import_export(other, ImportOptions())
    assert store.for_report() == chosen


@pytest.fixture
def vault(case: Case, export: Path, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    _import(case, export)
    case.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    return str(vault_path)


def test_cli_chooses_lists_and_removes(vault: str, capsys: Capsys) -> None:
    assert main(["report-messages", vault]) == 0
    assert "No messages are chosen for the case summary." in capsys.readouterr().out

    assert main(["report-messages", vault, "M-9", "m3", "M-5"]) == 0
    out = capsys.readouterr().out
    assert "(3 messages chosen for the case summary)" in out
    lines = [line for line in out.splitlines() if line.startswith("M-")]
    assert [line.split()[0] for line in lines] == ["M-3", "M-5", "M-9"]
    assert "사진 @dealer_kim 에게 문의" in lines[0] and "딥페이크 공유방" in lines[0]

    assert main(["report-messages", vault, "M-5", "--remove", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["M-3", "M-9"]
    assert rows[0]["evidence_ids"] == ["E-3"]

    assert main(["report-messages", vault, "--clear"]) == 0
    assert "No messages are chosen" in capsys.readouterr().out


def test_cli_refuses_clearly(vault: str, capsys: Capsys) -> None:
    assert main(["report-messages", vault, "M-2", "M-77"]) == 1
    assert "no chat message with the id M-77" in capsys.readouterr().err
    assert main(["report-messages", vault, "E-2"]) == 2
    assert "E-2" in capsys.readouterr().err
    assert main(["report-messages", vault, "--remove"]) == 2
    assert "--remove needs" in capsys.readouterr().err
    assert main(["report-messages", vault, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
