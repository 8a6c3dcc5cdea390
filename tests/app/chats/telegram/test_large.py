"""A 100,000-message export: imported, searchable, listed, re-imported, in reasonable time."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.search import search
from tests.app.chats.telegram.writer import KST, T0, Msg, message_json

MESSAGES = 100_000
LINES = (
    "딥페이크 영상 {n}번 올립니다",
    "Новое видео номер {n}",
    "مقطع جديد رقم {n}",
    "新的深伪视频 {n}",
    "check https://example.org/{n} now",
)


def big_export(folder: Path, count: int = MESSAGES, media_every: int = 1000) -> Path:
    """A channel-sized group: five senders, five languages, a photo every `media_every`."""
    folder.mkdir(parents=True)
    (folder / "photos").mkdir()
    messages = []
    for n in range(1, count + 1):
        photo = f"photos/photo_{n}.jpg" if n % media_every == 0 else None
        if photo:
            (folder / photo).write_bytes(f"photo {n}".encode())
        m = Msg(
            n,
            T0 + timedelta(seconds=30 * n),
            f"sender {n % 5}",
            f"user{1000 + n % 5}",
            LINES[n % 5].format(n=n),
            photo=photo,
            reply_to=n - 1 if n % 7 == 0 else None,
        )
        messages.append(message_json(m, KST))
    data = {"name": "Big room", "type": "public_supergroup", "id": 4242, "messages": messages}
    (folder / "result.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return folder


def check_big_import(case: Case, folder: Path, count: int, limit: float) -> None:
    started = time.monotonic()
    result = TelegramImport(case.vault, case.clock).import_export(folder, ImportOptions())
    took = time.monotonic() - started
    assert result.messages_added == count
    assert result.files_added == count // 1000 + 1
    assert result.chats[0].media_stored == count // 1000
    assert took < limit, f"import took {took:.1f} s"

    store = ChatMessages(case.vault)
    assert store.count() == count
    last = count - 5
    hits = search(case.vault, f"딥페이크 {last}번")
    assert [store.message(h.record_id).message_id for h in hits.groups["message"]] == [last]
    assert search(case.vault, "Новое видео").totals["message"] == count // 5
    assert [m.message_id for m in store.messages(senders=["user1003"], limit=3)] == [3, 8, 13]
    rows = store.messages()
    assert [m.message_id for m in rows[:3]] == [1, 2, 3] and len(rows) == count

    started = time.monotonic()
    again = TelegramImport(case.vault, case.clock).import_export(folder, ImportOptions())
    assert (again.messages_added, again.messages_known, again.files_added) == (0, count, 0)
    assert time.monotonic() - started < limit


def test_a_10000_message_export(case: Case, tmp_path: Path) -> None:
    check_big_import(case, big_export(tmp_path / "big", 10_000), 10_000, limit=60)


@pytest.mark.slow
def test_a_100000_message_export(case: Case, tmp_path: Path) -> None:
    """About 10 s on the shared 2-core test machine (README: the benchmark), so marked slow."""
    check_big_import(case, big_export(tmp_path / "big", MESSAGES), MESSAGES, limit=180)
