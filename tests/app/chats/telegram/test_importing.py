"""Importing Telegram exports into a real vault: every file hash-verified evidence, every
message searchable, the incident, re-imports, whole accounts, Cancel."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from quietcase.app.case import Case, open_case
from quietcase.app.chats.messages import ChatMessages, as_dict
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.chats.telegram.result import TelegramImportResult
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.progress import Cancelled, CancelToken, Progress
from quietcase.app.journal import bin as bin_
from quietcase.app.search import search
from quietcase.storage.records import Incident
from tests.app.chats.telegram.writer import (
    NOT_INCLUDED,
    T0,
    ChatSpec,
    Msg,
    add_faults,
    room,
    write_json,
    write_media,
)
from tests.app.chats.telegram.writer_html import write_html
from tests.shared import PASS

TABLES = ("evidence", "blob", "custody_event", "incident", "chat", "chat_message", "chat_media")


def json_export(folder: Path, chat: ChatSpec | None = None, **kwargs: object) -> Path:
    chat = chat or room()
    write_json(folder, [chat], **kwargs)  # type: ignore[arg-type]
    write_media(folder, [chat])
    return folder


def run(case: Case, path: Path, **options: object) -> TelegramImportResult:
    return TelegramImport(case.vault, case.clock).import_export(path, ImportOptions(**options))  # type: ignore[arg-type]


def counts(case: Case) -> dict[str, int]:
    return {t: case.vault.query_one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_files(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): sha256(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_every_file_is_evidence_and_every_message_a_record(case: Case, tmp_path: Path) -> None:
    folder = json_export(tmp_path / "export")
    result = run(case, folder)

    # Every file of the export, result.json included, went through the intake.
    on_disk = export_files(folder)
    stored = {e.sha256: e for e in case.evidence.items()}
    assert set(on_disk.values()) == set(stored)
    assert result.files_added == len(on_disk) == 5 and result.files_known == 0
    for e in stored.values():
        assert [ev.action for ev in case.custody.for_evidence(e.id)][0] == "intake"
    files = ChatMessages(case.vault).export_files(result.export_id)
    assert {p: case.evidence.item(i).sha256 for p, i in files} == on_disk
    main = case.evidence.item(result.main_evidence_id or 0)
    assert main.filename == "result.json"
    assert b"".join(case.evidence.chunks(main.id)) == (folder / "result.json").read_bytes()

    # One custody event for the import itself, naming the main file.
    *_, last, its_records = case.custody.events()
    assert last.action == "telegram_import" and last.evidence_id == main.id
    assert its_records.action == "records" and "message 12" in its_records.detail
    assert "12 new messages" in last.detail
    assert case.custody.check().ok and case.vault.full_check() == []

    [chat] = result.chats
    assert (chat.messages_added, chat.media_stored, chat.media_missing) == (
        12,
        4,
        {"not_included": 2},
    )
    messages = {m.message_id: m for m in ChatMessages(case.vault).messages()}
    photo = messages[3].media[0]
    assert case.evidence.item(photo.evidence_id or 0).sha256 == on_disk[photo.path]
    assert messages[5].media[0].missing == "not_included" and messages[5].evidence_ids == ()
    assert messages[2].chat_name == "딥페이크 공유방"


def test_a_new_incident_is_made_for_the_chat(case: Case, tmp_path: Path) -> None:
    result = run(case, json_export(tmp_path / "e"), username="@deepfake_room")
    [chat] = result.chats
    assert chat.incident_created
    incident = case.journal.incident(chat.incident_id or 0)
    assert incident.title == "Telegram: 딥페이크 공유방"
    assert (incident.platform, incident.place) == ("Telegram", "딥페이크 공유방")
    assert [link.url for link in incident.links] == ["https://t.me/deepfake_room"]
    assert incident.when is not None and incident.when.text() == "2025-11-03"
    assert all(chat.incident_id in e.incident_ids for e in case.evidence.items())
    # Sender ids and @mentions are suggested, never added.
    handles = {h.handle: h for h in result.handles}
    assert handles["user5550001"].name == "그림자" and handles["user5550001"].count == 6
    assert handles["@dealer_kim"].kind == "mention"
    assert incident.handles == ()


def test_it_can_be_attached_to_her_incident(case: Case, tmp_path: Path) -> None:
    mine = case.journal.add_incident(Incident(title="The room"))
    result = run(case, json_export(tmp_path / "e"), incident_id=mine.id)
    assert [c.incident_id for c in result.chats] == [mine.id]
    assert not result.chats[0].incident_created
    assert len(case.journal.incidents()) == 1
    assert all(e.incident_ids == (mine.id,) for e in case.evidence.items())


def test_undoing_the_deletion_of_its_incident_links_the_chat_again(
    case: Case, tmp_path: Path
) -> None:
    mine = case.journal.add_incident(Incident(title="The room"))
    run(case, json_export(tmp_path / "e"), incident_id=mine.id)
    deleted = bin_.delete(case.journal, "incident", mine.id)
    assert [c.incident_id for c in ChatMessages(case.vault).chats()] == [None]
    assert bin_.undo(case.journal, deleted) == mine.id
    assert [c.incident_id for c in ChatMessages(case.vault).chats()] == [mine.id]


def test_a_missing_incident_is_refused_before_anything_is_written(
    case: Case, tmp_path: Path
) -> None:
    before = counts(case)
    with pytest.raises(UserError) as info:
        run(case, json_export(tmp_path / "e"), incident_id=99)
    assert "I-99" in str(info.value)
    assert counts(case) == before


def newer(chat: ChatSpec) -> ChatSpec:
    later = [
        Msg(13, T0 + timedelta(days=2), "그림자", "user5550001", "새 영상 올림"),
        Msg(
            14,
            T0 + timedelta(days=2, minutes=1),
            "Иван",
            "user5550002",
            "ещё",
            photo="photos/photo_14.jpg",
        ),
        Msg(15, T0 + timedelta(days=2, minutes=2), "그림자", "user5550001", "마지막"),
    ]
    messages = list(chat.messages) + later
    messages[5] = Msg(
        6, messages[5].at, "王伟", "user5550004", "深伪视频 #频道", photo="photos/photo_6.jpg"
    )  # included this time
    return ChatSpec(chat.name, chat.type, chat.id, messages)


def test_a_newer_export_adds_only_what_is_new(case: Case, tmp_path: Path) -> None:
    first = run(case, json_export(tmp_path / "first"))
    second = run(case, json_export(tmp_path / "second", newer(room())))

    [chat] = second.chats
    assert (chat.messages_added, chat.messages_known) == (3, 12)
    assert chat.incident_id == first.chats[0].incident_id and not chat.incident_created
    # New: result.json (changed), photo_14, photo_6. The other media are the same bytes.
    assert (second.files_added, second.files_known) == (3, 4)
    assert len(case.journal.incidents()) == 1
    messages = {m.message_id: m for m in ChatMessages(case.vault).messages()}
    assert len(messages) == 15
    assert messages[6].media[0].evidence_id is not None  # a file now included is linked
    assert messages[14].evidence_ids != ()
    assert len({m.chat_id for m in messages.values()}) == 1

    third = run(case, json_export(tmp_path / "third", newer(room())))
    assert (third.messages_added, third.messages_known, third.files_added) == (0, 15, 0)


def test_json_and_then_html_of_the_same_chat_is_one_chat(case: Case, tmp_path: Path) -> None:
    chat = room()
    run(case, json_export(tmp_path / "json", chat))
    write_html(tmp_path / "html", [chat], per_page=5)
    write_media(tmp_path / "html", [chat], thumbs=True)
    result = run(case, tmp_path / "html")
    assert (result.messages_added, result.messages_known) == (0, 12)
    assert len(ChatMessages(case.vault).chats()) == 1
    assert result.chats[0].incident_id is not None and len(case.journal.incidents()) == 1


def test_two_rooms_with_the_same_name_are_kept_apart(case: Case, tmp_path: Path) -> None:
    one = ChatSpec("방", "private_group", 1, [Msg(i, T0, "A", "user1", f"one {i}") for i in (1, 2)])
    two = ChatSpec("방", "private_group", 2, [Msg(i, T0, "B", "user2", f"two {i}") for i in (1, 2)])
    write_html(tmp_path / "one", [one])
    write_html(tmp_path / "two", [two])
    run(case, tmp_path / "one")
    result = run(case, tmp_path / "two")
    assert result.messages_added == 2
    assert len(ChatMessages(case.vault).chats()) == 2


def whole_account(folder: Path) -> Path:
    friend = ChatSpec(
        "Friend",
        "personal_chat",
        42,
        [Msg(1, T0, "Friend", "user42", "hi", photo="chats/chat_002/photos/p.jpg")],
    )
    chats = [room("chats/chat_001"), friend]
    write_json(folder, chats, whole_account=True)
    write_media(folder, chats)
    return folder


def test_a_whole_account_needs_her_choice(case: Case, tmp_path: Path) -> None:
    folder = whole_account(tmp_path / "account")
    before = counts(case)
    with pytest.raises(UserError) as info:
        run(case, folder)
    assert info.value.exit_code == EXIT_USAGE and "choose" in str(info.value)
    with pytest.raises(UserError) as info:
        run(case, folder, chats=("Nobody",))
    assert '"Nobody"' in str(info.value) and '"Friend" (42)' in str(info.value)
    assert counts(case) == before


def test_only_the_chosen_chats_of_a_whole_account(case: Case, tmp_path: Path) -> None:
    folder = whole_account(tmp_path / "account")
    result = run(case, folder, chats=("42",))
    assert [c.name for c in result.chats] == ["Friend"]
    assert result.messages_added == 1
    assert result.files_not_chosen == 4  # the other chat's folder was not stored
    stored = {e.filename for e in case.evidence.items()}
    assert stored == {"result.json", "p.jpg"}
    every = run(case, folder, all_chats=True)
    assert sorted(c.name for c in every.chats) == ["Friend", "딥페이크 공유방"]
    assert every.messages_added == 12 and every.messages_known == 1
    incidents = {i.title for i in case.journal.incidents()}
    assert incidents == {"Telegram: Friend", "Telegram: 딥페이크 공유방"}


def test_messages_in_every_language_are_found(case: Case, tmp_path: Path) -> None:
    run(case, json_export(tmp_path / "e"))
    for query, message_id in (
        ("딥페이크 영상", 2),
        ("올립", 2),
        ("Смотрите", 4),
        ("смотрите", 4),
        ("مزيف", 5),
        ("深伪", 6),
        ("频道", 6),
        ("dealer_kim", 3),
        ("AbCdEf", 4),  # a text link's target
        ("Archive Channel", 7),
    ):
        hits = search(case.vault, query).groups.get("message", [])
        found = [ChatMessages(case.vault).message(h.record_id).message_id for h in hits]
        assert found == [message_id], query
        assert hits[0].ref.startswith("M-") and hits[0].facet == "딥페이크 공유방"


def test_the_bulk_index_leaves_the_search_settings_as_they_were(case: Case, tmp_path: Path) -> None:
    """The import loads the index in bulk (a larger FTS5 `hashsize`, no merging into the
    files' small segments) and sets both back."""
    run(case, json_export(tmp_path / "e"))
    for table in ("search_text_config", "message_text_config"):
        row = case.vault.query_one(f"SELECT v FROM {table} WHERE k = 'hashsize'")
        assert row is None or row[0] == 1 << 20
        row = case.vault.query_one(f"SELECT v FROM {table} WHERE k = 'automerge'")
        assert row is None or row[0] == 4  # merging as usual again
    run(case, json_export(tmp_path / "f", newer(room())))  # only the new ones are indexed
    assert search(case.vault, "딥페이크 영상").totals["message"] == 1
    assert case.vault.full_check() == []


def test_an_old_export_keeps_local_times(case: Case, tmp_path: Path) -> None:
    run(case, json_export(tmp_path / "e", old=True))
    message = ChatMessages(case.vault).messages()[1]
    row = as_dict(message)
    assert (row["at"], row["time_exact"], row["from_id"]) == (
        "2025-11-03T21:22:06",
        False,
        "5550001",
    )


def test_repairs_are_reported_and_kept(case: Case, tmp_path: Path) -> None:
    chat = room()
    chat.messages[1].text = "bad\x0bchar"
    folder = json_export(tmp_path / "e", chat)
    add_faults(folder / "result.json")
    result = run(case, folder)
    assert len(result.repairs) == 1 and "control character" in result.repairs[0].text()
    kept = case.vault.query_one("SELECT repairs FROM telegram_export")
    assert kept is not None and "control character" in kept[0]
    assert "repaired" in list(case.custody.events())[-2].detail


def test_queries_by_chat_sender_and_date(case: Case, tmp_path: Path) -> None:
    run(case, json_export(tmp_path / "a", newer(room())))
    other = ChatSpec("Other", "private_group", 5, [Msg(1, T0, "Z", "user7", "zzz")])
    run(case, json_export(tmp_path / "b", other))
    store = ChatMessages(case.vault)
    [room_chat] = store.find_chats("딥페이크 공유방")
    assert store.find_chats("1722334455") == [room_chat]
    assert store.count() == 16
    assert store.count(chat_ids=[room_chat.id]) == 15
    mine = store.messages(chat_ids=[room_chat.id], senders=["user5550002"])
    assert [m.message_id for m in mine] == [4, 10, 14]
    assert [m.message_id for m in store.messages(senders=["Иван"])] == [4, 10, 14]
    later = store.messages(since=date(2025, 11, 4))
    assert [m.message_id for m in later] == [13, 14, 15]
    assert [m.message_id for m in store.messages(until=date(2025, 11, 3), senders=["Z"])] == [1]
    moment = store.messages(since=datetime(2025, 11, 3, 12, 40, tzinfo=T0.tzinfo), limit=2)
    assert [m.message_id for m in moment] == [8, 9]
    senders = store.senders([room_chat.id])
    assert (senders[0].sender_id, senders[0].name, senders[0].messages) == (
        "user5550001",
        "그림자",
        8,
    )
    page = store.messages(chat_ids=[room_chat.id], limit=5, offset=5)
    assert [m.message_id for m in page] == [6, 7, 8, 9, 10]


def test_cancel_leaves_the_case_as_it_was(case: Case, tmp_path: Path, vault_path: Path) -> None:
    folder = json_export(tmp_path / "e")
    (folder / "video_files" / "big.bin").write_bytes(b"x" * 3_000_000)
    before = counts(case)
    token = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.items_done >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        TelegramImport(case.vault, case.clock).import_export(
            folder, ImportOptions(), progress, token
        )
    assert counts(case) == before
    assert case.vault.full_check() == [] and case.custody.check().ok
    assert not vault_path.with_name(vault_path.name + "-journal").exists()


def test_progress_goes_to_the_end(case: Case, tmp_path: Path) -> None:
    seen: list[Progress] = []
    TelegramImport(case.vault, case.clock).import_export(
        json_export(tmp_path / "e"), ImportOptions(), seen.append
    )
    assert seen and seen[-1].fraction == 1.0
    assert seen[-1].items_done == seen[-1].items_total == 5


def test_the_search_index_is_a_step_of_its_own(case: Case, tmp_path: Path) -> None:
    """After the last file the messages are still to be indexed: shown, and Cancel there
    still leaves the case as it was."""
    seen: list[Progress] = []
    TelegramImport(case.vault, case.clock).import_export(
        json_export(tmp_path / "e"), ImportOptions(), seen.append
    )
    files_in = [p for p in seen if p.items_done == p.items_total]
    assert files_in and files_in[0].fraction < 1.0 and seen[-1].fraction == 1.0
    before = counts(case)
    token = CancelToken()

    def cancel_after_the_files(p: Progress) -> None:
        if p.items_total and p.items_done == p.items_total:
            token.cancel()

    folder = json_export(tmp_path / "f", replace(room(), name="Другая комната", id=7001))
    with pytest.raises(Cancelled):
        TelegramImport(case.vault, case.clock).import_export(
            folder, ImportOptions(), cancel_after_the_files, token
        )
    assert counts(case) == before


def test_a_copy_of_the_export_elsewhere_changes_nothing(case: Case, tmp_path: Path) -> None:
    folder = json_export(tmp_path / "e")
    run(case, folder)
    shutil.copytree(folder, tmp_path / "copy")
    again = run(case, tmp_path / "copy")
    assert (again.messages_added, again.files_added, again.files_known) == (0, 0, 5)


def test_missing_media_of_a_missing_file_is_absent(case: Case, tmp_path: Path) -> None:
    folder = json_export(tmp_path / "e")
    (folder / "files" / "list.pdf").unlink()
    result = run(case, folder)
    assert result.chats[0].media_missing == {"not_included": 2, "absent": 1}
    assert NOT_INCLUDED.startswith("(File not included")


def test_a_whole_account_html_export(case: Case, tmp_path: Path) -> None:
    friend = ChatSpec(
        "Friend",
        "personal_chat",
        42,
        [Msg(1, T0, "Friend", "user42", "hi", photo="chats/chat_002/photos/p.jpg")],
        "chats/chat_002",
    )
    chats = [room("chats/chat_001"), friend]
    write_html(tmp_path / "account", chats, whole_account=True, per_page=5)
    write_media(tmp_path / "account", chats, thumbs=True)
    with pytest.raises(UserError):
        run(case, tmp_path / "account")
    result = run(case, tmp_path / "account", chats=("chat_001",))
    assert [c.name for c in result.chats] == ["딥페이크 공유방"]
    assert result.messages_added == 12 and result.chats[0].media_stored == 4
    assert result.files_not_chosen == 3  # chat_002's page, photo and its thumbnail
    names = {e.filename for e in case.evidence.items()}
    assert "p.jpg" not in names and "export_results.html" in names
    assert case.evidence.item(result.main_evidence_id or 0).filename == "export_results.html"


def test_her_case_file_inside_the_export_folder_is_left_alone(
    tmp_path: Path, template_vault: Path, clock: FixedClock
) -> None:
    folder = json_export(tmp_path / "e")
    (folder / "notes.txt").write_text("her notes", encoding="utf-8")
    shutil.copyfile(template_vault, folder / "case.quietcase")
    with open_case(folder / "case.quietcase", PASS, clock) as mine:
        result = TelegramImport(mine.vault, mine.clock).import_export(folder)
        names = {e.filename for e in mine.evidence.items()}
    assert "case.quietcase" not in names and "notes.txt" in names
    assert result.problems == []


def test_selected_messages_for_a_transcript(case: Case, tmp_path: Path) -> None:
    run(case, json_export(tmp_path / "e"))
    store = ChatMessages(case.vault)
    every = store.messages()
    picked = store.selected([every[5].id, every[2].id])
    assert [m.message_id for m in picked] == [3, 6]
    assert store.selected([]) == []
