"""The KakaoTalk reader in its bounded child process: the same records as read here, a
refusal carried back in her words, and Cancel killing the child at once.

The child is started as the import starts it (`python -I`, no environment), but with this
process's import path, so it runs the reader under test (the installed Quietcase may be
another checkout)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.chats.kakaotalk import parsing
from quietcase.app.chats.kakaotalk.files import locate
from quietcase.app.chats.kakaotalk.importing import KakaoOptions
from quietcase.app.chats.kakaotalk.reader import ReadOptions
from quietcase.app.chats.telegram.parsing import Child
from quietcase.app.core import child
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken
from tests.app.chats.kakaotalk.generate import android_ko
from tests.shared import checkout_child_command

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(autouse=True)
def _this_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "IN_CHILD", True)
    monkeypatch.setattr(child, "child_command", checkout_child_command)


def events(path: Path, in_child: bool, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    monkeypatch.setattr(parsing, "IN_CHILD", in_child)
    out: list[object] = []
    for kind, payload in parsing.stream(
        locate(path), ReadOptions("Asia/Seoul"), Child(parsing.__name__), lambda *_: None
    ):
        if kind == "messages":
            out += payload
        elif kind == "end":
            out.append(payload[0])
    return out


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()))
def test_the_child_reads_what_this_process_reads(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert events(CORPUS / name, True, monkeypatch) == events(CORPUS / name, False, monkeypatch)


def test_a_large_export_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    android_ko(path, 5000)
    found = events(path, True, monkeypatch)
    assert len(found) == 5001 and found == events(path, False, monkeypatch)


def test_a_refusal_comes_back_in_her_words(tmp_path: Path, case: Case) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a chat\n")
    with pytest.raises(UserError, match="not a KakaoTalk chat export") as refused:
        case.import_kakaotalk(notes, KakaoOptions("Asia/Seoul"))
    assert refused.value.params["name"] == "notes.txt"


def test_cancel_kills_the_child(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "big.txt"
    android_ko(path, 60_000)
    token = CancelToken()
    timer = threading.Timer(0.5, token.cancel)
    timer.start()
    try:
        with pytest.raises(Cancelled):
            case.import_kakaotalk(path, KakaoOptions("Asia/Seoul"), cancel=token)
    finally:
        timer.cancel()
    assert case.vault.query_one("SELECT count(*) FROM chat_message")[0] == 0
