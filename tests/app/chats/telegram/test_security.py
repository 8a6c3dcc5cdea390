"""Malicious exports: paths with `..`, absolute paths, links pointing outside the folder, a
main file that is a link, huge or deeply nested "JSON". Refused or contained, said clearly,
and nothing outside the export folder is ever opened."""

from __future__ import annotations

import builtins
import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quietcase.app.case import Case
from quietcase.app.chats.messages import ChatMessages
from quietcase.app.chats.telegram import parsing as telegram_parsing
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.files import inside
from quietcase.app.chats.telegram.importing import TelegramImport, list_chats
from quietcase.app.core.errors import UserError
from tests.app.chats.telegram.writer import JPEG, T0, ChatSpec, Msg, room, write_json, write_media
from tests.app.chats.telegram.writer_html import write_html

SECRET = JPEG[:-2] + b"outside the export: never to be read" + JPEG[-2:]


@pytest.fixture(autouse=True, params=["on a thread", "in a child process"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test here both ways: exports are read by a child process; on a thread of this
    process where no child can be started (the same functions; checked the same way)."""
    if request.param == "on a thread":
        monkeypatch.setattr(telegram_parsing, "IN_CHILD", False)
    return str(request.param)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every path Python opens while the test runs."""
    seen: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def tracking_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | bytes | os.PathLike):
            seen.append(os.fsdecode(file))
        return real_open(file, *args, **kwargs)

    def tracking_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if os.fsdecode(path) != os.devnull:  # a child process's standard error goes there
            seen.append(os.fsdecode(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", tracking_open)
    monkeypatch.setattr(io, "open", tracking_open)
    monkeypatch.setattr(os, "open", tracking_os_open)
    yield seen


def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.jpg").write_bytes(SECRET)
    (folder / "movie.mp4").write_bytes(SECRET + b"movie")
    return folder


def hostile_chat(secret: Path) -> ChatSpec:
    return ChatSpec(
        "Hostile",
        "private_group",
        66,
        [
            Msg(1, T0, "A", "user1", "up", photo="../outside/secret.jpg"),
            Msg(2, T0, "A", "user1", "abs", photo=str(secret)),
            Msg(3, T0, "A", "user1", "link", photo="photos/link.jpg"),
            Msg(4, T0, "A", "user1", "dir", file="video_files/movie.mp4"),
            Msg(5, T0, "A", "user1", "win", photo="C:\\Users\\her\\secret.jpg"),
            Msg(6, T0, "A", "user1", "sneaky", photo="photos/../../outside/secret.jpg"),
            Msg(7, T0, "A", "user1", "fine", photo="photos/ok.jpg"),
            Msg(8, T0, "A", "user1", "unc", photo="\\\\server\\share\\secret.jpg"),
        ],
    )


def build(tmp_path: Path) -> tuple[Path, Path]:
    out = outside(tmp_path)
    folder = tmp_path / "export"
    write_json(folder, [hostile_chat(out / "secret.jpg")])
    (folder / "photos").mkdir()
    (folder / "photos" / "ok.jpg").write_bytes(JPEG)
    (folder / "photos" / "link.jpg").symlink_to(out / "secret.jpg")
    (folder / "video_files").symlink_to(out, target_is_directory=True)
    return folder, out


def test_nothing_outside_the_export_is_read(case: Case, tmp_path: Path, opened: list[str]) -> None:
    folder, out = build(tmp_path)
    opened.clear()  # what the test itself wrote does not count
    result = TelegramImport(case.vault, case.clock).import_export(folder)

    root = folder.resolve()
    assert opened, "the import opened its files"
    for path in opened:
        assert Path(path).resolve().is_relative_to(root), path
    secret_hashes = {
        hashlib.sha256(SECRET).hexdigest(),
        hashlib.sha256(SECRET + b"movie").hexdigest(),
    }
    assert not secret_hashes & {e.sha256 for e in case.evidence.items()}
    media = {m.message_id: m.media[0] for m in ChatMessages(case.vault).messages()}
    assert {i: media[i].missing for i in (1, 2, 3, 4, 5, 6, 8)} == dict.fromkeys(
        (1, 2, 3, 4, 5, 6, 8), "refused"
    )
    assert media[7].evidence_id is not None and media[7].missing == ""
    assert sorted(result.links_skipped) == ["photos/link.jpg", "video_files"]
    assert result.chats[0].media_missing == {"refused": 7}
    assert {e.filename for e in case.evidence.items()} == {"result.json", "ok.jpg"}


def test_html_links_out_of_the_folder_are_refused(
    case: Case, tmp_path: Path, opened: list[str]
) -> None:
    out = outside(tmp_path)
    folder = tmp_path / "export"
    chat = room()
    write_html(folder, [chat])
    write_media(folder, [chat])
    page = folder / "messages.html"
    text = page.read_text(encoding="utf-8")
    text = text.replace('href="photos/photo_1@', 'href="../outside/secret.jpg#', 1)
    text = text.replace('href="files/list.pdf"', f'href="{out / "secret.jpg"}"', 1)
    text = text.replace(
        'href="video_files/clip_8.mp4"', 'href="photos/../../../outside/movie.mp4"', 1
    )
    page.write_text(text, encoding="utf-8")
    opened.clear()
    TelegramImport(case.vault, case.clock).import_export(folder)
    for path in opened:
        assert Path(path).resolve().is_relative_to(folder.resolve()), path
    media = {m.message_id: m.media for m in ChatMessages(case.vault).messages() if m.media}
    assert [m.missing for m in media[3]] == ["refused"]
    assert [m.missing for m in media[8]] == ["refused"]
    assert [m.missing for m in media[9]] == ["refused"]


def test_a_main_file_that_links_outside_is_refused(tmp_path: Path, case: Case) -> None:
    out = outside(tmp_path)
    elsewhere = write_json(out, [room()])
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "result.json").symlink_to(elsewhere)
    with pytest.raises(UserError) as info:
        TelegramImport(case.vault, case.clock).import_export(folder)
    assert "not a Telegram Desktop export" in str(info.value)
    with pytest.raises(UserError):
        list_chats(folder / "result.json")


@pytest.mark.parametrize(
    "relative",
    ["../x", "/etc/passwd", "a/../../x", "C:\\x", "\\\\host\\share", "a\x00b", "", "a/../b"],
)
def test_paths_that_climb_out_are_refused(tmp_path: Path, relative: str) -> None:
    assert inside(tmp_path.resolve(), relative) is None


def test_a_link_loop_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert inside(tmp_path.resolve(), "a") is None
    assert inside(tmp_path.resolve(), "photos/ok.jpg") == tmp_path.resolve() / "photos/ok.jpg"


@pytest.mark.parametrize(
    ("content", "size", "expected"),
    [
        (b"\x00\x00\x00\x20ftypisom", 2 * 1024**3, "does not start like JSON"),
        (b'{"name": "x", "messages": [', 2 * 1024**3, "more than Quietcase reads"),
        (b'{"name": "x", "messages": [' + b"[" * 300_000, 0, "nested far deeper"),
    ],
)
def test_hostile_main_files_change_nothing(
    case: Case, tmp_path: Path, content: bytes, size: int, expected: str
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    with open(folder / "result.json", "wb") as handle:
        handle.write(content)
        if size:
            handle.truncate(size)
    before = case.vault.query_one("SELECT count(*) FROM custody_event")
    with pytest.raises(UserError) as info:
        TelegramImport(case.vault, case.clock).import_export(folder, ImportOptions())
    assert expected in str(info.value)
    assert case.vault.query_one("SELECT count(*) FROM custody_event") == before
    assert case.evidence.items() == []
