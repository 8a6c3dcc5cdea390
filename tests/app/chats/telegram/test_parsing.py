"""A large export is read in a child process: the same chats, messages and notes as when
read on a thread, her refusals as her messages, and Cancel stops the child."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from quietcase.app.case import Case, open_case
from quietcase.app.chats.telegram import batches as telegram_batches
from quietcase.app.chats.telegram import json as telegram_json
from quietcase.app.chats.telegram import parsing as telegram_parsing
from quietcase.app.chats.telegram.batches import MessageBatch
from quietcase.app.chats.telegram.files import locate
from quietcase.app.chats.telegram.model import ParsedChat, ReadNotes
from quietcase.app.chats.telegram.parsing import MessageStream, read_messages
from quietcase.app.core.child import CHILD_NICENESS
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken, Progress
from quietcase.app.evidence.intake import CHANGED_WHILE_READING
from quietcase.app.search import search
from tests.app.chats.telegram.test_importing import counts, json_export, run, whole_account
from tests.app.chats.telegram.writer import ChatSpec, add_faults, room
from tests.app.chats.telegram.writer_html import write_html
from tests.shared import PASS


def in_thread(path: Path) -> tuple[list[Any], ReadNotes]:
    notes = ReadNotes()
    events = list(read_messages(locate(path), notes, lambda done, total: None))
    return events, notes


def in_child(path: Path) -> tuple[list[Any], ReadNotes, list[Any]]:
    notes = ReadNotes()
    seen: list[tuple[int, int]] = []
    stream = MessageStream(locate(path), notes, lambda done, total: seen.append((done, total)))
    stream.in_child = True
    events: list[Any] = []
    for chat, item in stream:
        if isinstance(item, MessageBatch):
            assert len(item.prepared.rows) == len(item.messages)
            events += [(chat, m) for m in item.messages]
        else:
            events.append((chat, item))
    return events, notes, seen


def children() -> list[str]:
    """This process's children still running (a zombie would show as well)."""
    found = subprocess.run(
        ["ps", "-o", "pid=,stat=,args=", "--ppid", str(os.getpid())],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return [line for line in found.splitlines() if "ps -o" not in line]


def exports(tmp_path: Path) -> dict[str, Path]:
    chat = room()
    chat.messages[1].text = "bad\x0bchar"
    faulty = json_export(tmp_path / "faulty", chat)
    add_faults(faulty / "result.json")
    html_chat = room()
    write_html(tmp_path / "html", [html_chat], per_page=3)
    return {
        "json": json_export(tmp_path / "json"),
        "old json": json_export(tmp_path / "old", old=True),
        "repaired json": faulty,
        "whole account": whole_account(tmp_path / "account"),
        "html": tmp_path / "html",
    }


def test_the_child_reads_what_the_thread_reads(tmp_path: Path) -> None:
    for name, path in exports(tmp_path).items():
        events, notes = in_thread(path)
        child_events, child_notes, progress = in_child(path)
        assert child_events == events, name
        assert child_notes == notes, name
        # The chats as they stand at the end (counts and folders found while reading).
        assert [vars(c) for c, m in child_events if m is None] == [
            vars(c) for c, m in events if m is None
        ], name
        assert progress and progress[-1][0] == progress[-1][1] > 0, name
        assert any(m is not None and m.text for _, m in child_events), name
    assert children() == []


def test_a_whole_import_through_the_child(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = room()
    chat.messages[1].text = "bad\x0bchar"
    folder = json_export(tmp_path / "e", chat)
    add_faults(folder / "result.json")
    result = run(case, folder)
    assert result.messages_added == len(chat.messages)
    assert len(result.repairs) == 1 and "control character" in result.repairs[0].text()
    assert result.chats[0].media_stored > 0
    assert search(case.vault, "Смотрите").totals["message"] == 1
    every = run(case, whole_account(tmp_path / "account"), all_chats=True)
    assert sorted(c.name for c in every.chats) == ["Friend", "딥페이크 공유방"]
    assert children() == []


def test_her_refusals_come_back_as_hers(tmp_path: Path) -> None:
    broken = json_export(tmp_path / "broken")
    text = (broken / "result.json").read_text(encoding="utf-8")
    (broken / "result.json").write_text(text.replace('"text"', '"text" oops', 1), "utf-8")
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / "result.json").write_text('{"about": "no chats here"}', encoding="utf-8")
    for path in (broken, nothing):
        with pytest.raises(UserError) as thread_error:
            in_thread(path)
        with pytest.raises(UserError) as child_error:
            in_child(path)
        assert str(child_error.value) == str(thread_error.value)
        assert child_error.value.exit_code == thread_error.value.exit_code
        assert child_error.value.template == thread_error.value.template
    assert children() == []


def test_stop_kills_the_child_at_once(tmp_path: Path) -> None:
    path = json_export(tmp_path / "e")
    stream = MessageStream(locate(path), ReadNotes(), lambda done, total: None)
    stream.in_child = True
    events = iter(stream)
    chat, message = next(events)
    assert message is None and chat.name
    stream.stop()
    assert list(events) == []  # ends quietly: whoever stopped it knows why
    assert children() == []


def test_cancel_during_an_import_through_the_child_changes_nothing(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = json_export(tmp_path / "e")
    before = counts(case)
    token = CancelToken()

    def progress(p: Progress) -> None:
        token.cancel()

    from quietcase.app.chats.telegram.choices import ImportOptions
    from quietcase.app.chats.telegram.importing import TelegramImport

    with pytest.raises(Cancelled):
        TelegramImport(case.vault, case.clock).import_export(
            folder, ImportOptions(), progress, token
        )
    assert counts(case) == before
    assert children() == []


def test_even_a_small_export_is_read_in_a_child(tmp_path: Path) -> None:
    path = json_export(tmp_path / "e", ChatSpec("Small", "private_group", 7, []))
    there = MessageStream(locate(path), ReadNotes(), lambda d, t: None)
    assert there.in_child
    assert [c.name for c, _ in there] == ["Small"]
    assert children() == []


def content(case: Case) -> dict[str, Any]:
    """What an import wrote, without the row ids and times that differ between two cases."""
    out: dict[str, Any] = {}
    for table, columns in (
        (
            "chat_message",
            "chat_id, message_id, kind, sent_at, local_time, utc_offset, sort_at, "
            "sender, sender_id, text, links, mentions, reply_to, forwarded_from, via_bot, "
            "edited_at, edited_local, action",
        ),
        (
            "chat_media",
            "message_id, position, kind, path, file, file_name, mime_type, missing, "
            "evidence_id IS NULL",
        ),
        ("chat", "name, chat_type, telegram_id, 0, 0"),
    ):
        out[table] = case.vault.query(f"SELECT {columns} FROM {table} ORDER BY 1, 2, 3")
    return out


def test_batches_made_ready_by_the_child_are_written_as_the_thread_writes_them(
    tmp_path: Path, clock: FixedClock, template_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every kind of export, first imported and then imported again over a newer one (known
    messages, a file that was missing and is now there): the same rows either way."""
    import shutil

    from tests.app.chats.telegram.test_importing import newer
    from tests.app.chats.telegram.writer import write_media

    first = exports(tmp_path / "first")
    chat = newer(room())
    again = json_export(tmp_path / "again", chat)
    write_media(again, [chat])
    found: dict[int, list[Any]] = {}
    for limit in (1 << 60, 0):  # on a thread; then in the child
        monkeypatch.setattr(telegram_parsing, "IN_CHILD", limit == 0)
        path = tmp_path / f"case-{limit}.quietcase"
        shutil.copyfile(template_vault, path)
        with open_case(path, PASS, clock) as case:
            results = []
            for name, folder in [*first.items(), ("again", again)]:
                options = {"all_chats": True} if name == "whole account" else {}
                result = run(case, folder, **options)
                results.append(
                    (
                        result.messages_added,
                        result.messages_known,
                        [(c.name, c.first_local, c.last_local) for c in result.chats],
                        [(h.handle, h.count, h.kind) for h in result.handles],
                        [(c.media_stored, sorted(c.media_missing.items())) for c in result.chats],
                    )
                )
            found[limit] = [results, content(case)]
    assert found[0] == found[1 << 60]
    assert found[0][0][-1][1] > 0  # the newer export met messages already there
    assert children() == []


def test_a_batch_of_new_messages_is_written_without_making_its_records(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child made the batch ready: its records are made only when some of its messages
    are already in her case (and then written one by one, as on a thread)."""
    from tests.app.chats.telegram.test_importing import newer

    made: list[int] = []
    real = telegram_batches.record

    def counted(values: tuple[Any, ...]) -> Any:
        made.append(1)
        return real(values)

    monkeypatch.setattr(telegram_batches, "record", counted)
    chat = room()
    first = run(case, json_export(tmp_path / "first", chat))
    assert first.messages_added == len(chat.messages) and made == []
    again = run(case, json_export(tmp_path / "again", newer(room())))
    assert again.messages_known == len(chat.messages) and again.messages_added > 0
    assert len(made) == again.messages_added + again.messages_known
    assert search(case.vault, "Смотрите").totals["message"] == 1


def test_without_an_interpreter_to_start_it_is_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = json_export(tmp_path / "e")
    events, notes = in_thread(path)
    monkeypatch.setattr(telegram_parsing.sys, "executable", str(tmp_path / "no-python"))
    found, child_notes, _ = in_child(path)
    assert found == events and child_notes == notes


def test_progress_through_the_child_starts_at_0_and_ends_at_1(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Progress] = []
    from quietcase.app.chats.telegram.choices import ImportOptions
    from quietcase.app.chats.telegram.importing import TelegramImport

    TelegramImport(case.vault, case.clock).import_export(
        json_export(tmp_path / "e"), ImportOptions(), seen.append
    )
    fractions = [p.fraction for p in seen]
    assert fractions[0] < 1.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)  # never at the end first, and never back


def test_a_single_chat_is_known_from_the_start_of_its_file(tmp_path: Path) -> None:
    """Its files can start while the rest is read: the chat as the whole reading gives it."""
    single = json_export(tmp_path / "single")
    old = json_export(tmp_path / "old", old=True)
    for folder in (single, old):
        events, _ = in_thread(folder)
        first = telegram_json.first_chat(folder / "result.json")
        assert first is not None and telegram_json.same_chat(first, events[0][0])
    account = whole_account(tmp_path / "account")
    not_json = tmp_path / "video" / "result.json"
    not_json.parent.mkdir()
    not_json.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(4096))
    late = tmp_path / "late" / "result.json"  # the messages only after 64 KiB
    late.parent.mkdir()
    late.write_text(
        json.dumps({"about": "x" * (70 * 1024), "name": "Late", "id": 3, "messages": []}),
        encoding="utf-8",
    )
    for path in (account / "result.json", not_json, late, tmp_path / "gone.json"):
        assert telegram_json.first_chat(path) is None, path


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for the interpreter")
def test_the_first_chat_comes_before_the_child_has_started(tmp_path: Path) -> None:
    path = json_export(tmp_path / "e")
    slow = tmp_path / "slow-python"  # an interpreter that takes its time to start
    slow.write_text("#!/bin/sh\nexec sleep 60\n", encoding="utf-8")
    slow.chmod(0o755)
    stream = MessageStream(locate(path), ReadNotes(), lambda done, total: None)
    stream.in_child = True
    events = iter(stream)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(telegram_parsing.sys, "executable", str(slow))
        chat, message = next(events)
    assert message is None and telegram_json.same_chat(chat, in_thread(path)[0][0][0])
    stream.stop()
    assert list(events) == []
    assert children() == []


def test_an_export_that_changed_after_its_start_was_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = json_export(tmp_path / "e")
    monkeypatch.setattr(
        telegram_json, "first_chat", lambda p: ParsedChat(name="Another room", telegram_id=1)
    )
    with pytest.raises(UserError) as refused:
        in_child(path)
    assert refused.value.template == CHANGED_WHILE_READING
    assert "result.json changed while it was being read" in str(refused.value)
    assert children() == []


def test_what_the_child_sends_becomes_records_under_the_guard(tmp_path: Path) -> None:
    """The connection's lock: this thread's Python never runs beside a file being stored."""

    class Guard:
        held = False
        entered = 0

        def __enter__(self) -> None:
            assert not self.held
            self.held, self.entered = True, self.entered + 1

        def __exit__(self, *exc: object) -> None:
            self.held = False

    guard = Guard()
    stream = MessageStream(
        locate(json_export(tmp_path / "e")), ReadNotes(), lambda d, t: None, guard
    )
    stream.in_child = True
    batches = 0
    for _, item in stream:
        assert not guard.held  # given out only once made
        batches += isinstance(item, MessageBatch)
    assert batches >= 1 and guard.entered > batches  # every event (progress, chat, end) too


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX process priorities")
def test_the_child_reads_at_a_lower_priority_than_the_import(tmp_path: Path) -> None:
    """The files stored meanwhile (and the window) go first; the reader has time to spare."""
    from tests.app.chats.telegram.test_large import big_export

    path = big_export(tmp_path / "big", 3000)  # more than a pipe holds: the child waits for us
    stream = MessageStream(locate(path), ReadNotes(), lambda d, t: None)
    stream.in_child = True
    events = iter(stream)
    next(events)
    pid, mine = stream.child.pid, os.getpriority(os.PRIO_PROCESS, 0)
    assert pid is not None
    wanted = min(19, mine + CHILD_NICENESS)
    deadline = time.monotonic() + 20
    while os.getpriority(os.PRIO_PROCESS, pid) != wanted and time.monotonic() < deadline:
        time.sleep(0.01)
    assert os.getpriority(os.PRIO_PROCESS, pid) == wanted
    assert sum(1 for _ in events) > 1  # and it still reads everything
    assert children() == []
