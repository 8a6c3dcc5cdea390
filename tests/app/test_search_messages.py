"""Chat messages in a search index of their own (schema step 10): a case file from before
the step finds the same messages after it as a new one does, and the index follows changes."""

from __future__ import annotations

from pathlib import Path

import pytest

import quietcase.storage.schema
import quietcase.storage.vault
from quietcase.app.case import Case, create_case, open_case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.history import check_states
from quietcase.app.search import LiveSearch, search
from quietcase.storage.chats.messages import ChatLog
from quietcase.storage.chats.schema import index_rows
from quietcase.storage.search.messages import MESSAGE_INDEX
from tests.app.chats.telegram.test_importing import json_export, run
from tests.shared import NOW, PASS

STEP = 10
QUERIES = (
    "딥페이크 영상",
    "올립",  # two letters: matched with LIKE
    "Смотрите",
    "مزيف",
    "深伪",
    "频道",
    "dealer_kim",
    "AbCdEf",  # a text link's target
    "Archive Channel",
    "딥페이크 공유방",  # the chat's name: the title of its posts without a sender
    "영상 올립",  # a long word and a short one
    "nothing like this",
)


def _old_index_messages(self: ChatLog, after_row: int) -> None:
    """How messages were indexed before step 10: rows of the shared index, kind code 6."""
    self.vault.execute(
        f"INSERT INTO search_text (rowid, title, body) SELECT {index_rows('m')} "
        "FROM chat_message m WHERE m.id > ?",
        (after_row,),
    )


def _old_case(path: Path, export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case file made by Quietcase before step 10, holding a Telegram import."""
    older = quietcase.storage.schema.MIGRATIONS[: STEP - 1]
    with monkeypatch.context() as m:
        for module in (quietcase.storage.schema, quietcase.storage.vault):
            m.setattr(module, "MIGRATIONS", older)
            m.setattr(module, "LATEST_VERSION", STEP - 1)
        m.setattr(ChatLog, "index_messages", _old_index_messages)
        with create_case(path, PASS, FixedClock(NOW)) as case:
            run(case, export)
            assert case.vault.query_one("PRAGMA user_version") == (STEP - 1,)
            rows = case.vault.query_one("SELECT count(*) FROM search_text WHERE rowid % 8 = 6")
            assert rows is not None and rows[0] > 0


def _seen(case: Case) -> dict[str, object]:
    """What every query finds, as she sees it (ids, titles, snippets, counts), in both
    searches."""
    live = LiveSearch(case.vault)
    out: dict[str, object] = {}
    for query in QUERIES:
        found = search(case.vault, query)
        assert live.search(query) == found, query
        out[query] = found
    return out


def test_an_older_case_file_finds_the_same_messages_after_the_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = json_export(tmp_path / "export")
    old, new = tmp_path / "old.quietcase", tmp_path / "new.quietcase"
    _old_case(old, export, monkeypatch)
    with create_case(new, PASS, FixedClock(NOW)) as fresh:
        run(fresh, export)
        expected = _seen(fresh)
    with open_case(old, PASS, FixedClock(NOW)) as case:
        assert case.vault.query_one("PRAGMA user_version") == (STEP,)
        assert _seen(case) == expected
        messages = expected["딥페이크 영상"].groups["message"]  # type: ignore[attr-defined]
        assert [ChatMessages(case.vault).message(h.record_id).message_id for h in messages] == [2]
        # Out of the shared index, and nothing of them stored twice.
        row = case.vault.query_one("SELECT count(*) FROM search_text WHERE rowid % 8 = 6")
        assert row == (0,)
        assert (
            case.vault.query("SELECT name FROM sqlite_master WHERE name = 'message_text_content'")
            == []
        )
        count = case.vault.query_one("SELECT count(*) FROM chat_message")
        indexed = case.vault.query_one(f"SELECT count(*) FROM {MESSAGE_INDEX}")
        assert count == indexed
        assert case.vault.full_check() == []
        case.vault.execute(
            f"INSERT INTO {MESSAGE_INDEX} ({MESSAGE_INDEX}) VALUES ('integrity-check')"
        )
        assert check_states(case.vault).problems == []
    assert not old.with_name(f"old.quietcase.before-v{STEP}").exists()


def test_the_index_follows_changed_and_removed_messages_and_a_renamed_chat(
    case: Case, tmp_path: Path
) -> None:
    run(case, json_export(tmp_path / "e"))
    hits = search(case.vault, "딥페이크 영상").groups["message"]
    first = hits[0].record_id
    case.vault.execute("UPDATE chat_message SET text = 'replaced words' WHERE id = ?", (first,))
    assert "message" not in search(case.vault, "딥페이크 영상").groups
    assert [h.record_id for h in search(case.vault, "replaced words").groups["message"]] == [first]
    # Posts without a sender are titled with the chat's name, and follow it when it changes.
    post = int(case.vault.query("SELECT max(id) FROM chat_message")[0][0])
    case.vault.execute("UPDATE chat_message SET sender = '' WHERE id = ?", (post,))
    assert post in [h.record_id for h in search(case.vault, "딥페이크 공유방").groups["message"]]
    case.vault.execute("UPDATE chat SET name = 'Another room name'")
    assert "message" not in search(case.vault, "딥페이크 공유방").groups
    renamed = search(case.vault, "Another room name").groups["message"]
    assert [(h.record_id, h.title) for h in renamed] == [(post, "Another room name")]
    case.vault.execute("DELETE FROM chat_message WHERE id = ?", (first,))
    assert "message" not in search(case.vault, "replaced words").groups
    assert case.vault.full_check() == []
