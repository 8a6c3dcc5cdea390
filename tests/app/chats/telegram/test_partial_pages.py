"""An HTML export of which only some pages were kept (messages119.html, messages120.html, no
messages.html): the pages that are there are imported in order, the missing ones named;
a refusal names only what she chose."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.chats.telegram import parsing
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.files import locate
from quietcase.app.chats.telegram.importing import TelegramImport
from quietcase.app.core.errors import UserError
from tests.app.chats.telegram.writer import room
from tests.app.chats.telegram.writer_html import write_html


@pytest.fixture(autouse=True)
def _read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read in this process: a child runs the installed Quietcase (see test_parsing.py for
    the child itself)."""
    monkeypatch.setattr(parsing, "IN_CHILD", False)


def partial(folder: Path, keep_from: int) -> list[str]:
    """A room written 2 messages a page, its pages before `keep_from` removed."""
    write_html(folder, [room()], per_page=2)
    pages = sorted(p.name for p in folder.glob("messages*.html"))
    for page in pages:
        digits = "".join(c for c in page if c.isdigit())
        if int(digits or 1) < keep_from:
            (folder / page).unlink()
    return sorted(p.name for p in folder.glob("messages*.html"))


def full_texts(tmp_path: Path, case: Case) -> list[str]:
    """The texts of the whole export, every page of it imported."""
    write_html(tmp_path / "full", [room()], per_page=2)
    TelegramImport(case.vault, case.clock).import_export(tmp_path / "full", ImportOptions())
    return [m.text for m in case.chats.messages()]


@pytest.mark.parametrize("chosen", ["folder", "page"])
def test_the_pages_that_are_there_are_imported_in_order(
    tmp_path: Path, case: Case, chosen: str
) -> None:
    folder = tmp_path / "export"
    left = partial(folder, keep_from=3)
    assert "messages.html" not in left and "messages3.html" in left
    path = folder if chosen == "folder" else folder / left[-1]
    result = TelegramImport(case.vault, case.clock).import_export(path, ImportOptions())
    texts = [m.text for m in case.chats.messages()]
    assert result.messages_added == len(texts) > 0
    notes = [r.text() for r in result.repairs]
    assert any("messages.html, messages2.html" in n for n in notes), notes
    assert result.chats[0].name == "딥페이크 공유방"
    export = locate(path)
    assert export.main.name == "messages3.html"  # the first page there is
    assert result.main_evidence_id is not None


def test_listing_names_the_missing_pages(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    partial(folder, keep_from=5)
    listing = parsing.listing(locate(folder / "messages5.html"))
    assert [c.name for c in listing.chats] == ["딥페이크 공유방"]
    assert any("messages.html to messages4.html" in r.text() for r in listing.repairs)


def test_messages_keep_the_order_of_the_pages(tmp_path: Path, case: Case) -> None:
    everything = full_texts(tmp_path, case)  # every page, imported first
    folder = tmp_path / "export"
    partial(folder, keep_from=3)
    result = TelegramImport(case.vault, case.clock).import_export(folder, ImportOptions())
    assert result.messages_added == 0  # the same messages: nothing new
    assert 0 < result.messages_known < len(everything)
    listing = parsing.listing(locate(folder))
    assert listing.chats[0].message_count < len(everything)


def test_a_refusal_names_only_what_she_chose(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    outside = tmp_path / "elsewhere.html"
    outside.write_text("<html></html>")
    os.symlink(outside, folder / "messages119.html")
    with pytest.raises(UserError) as refused:
        locate(folder / "messages119.html")
    assert refused.value.params["name"] == "messages119.html"
    assert "messages.html" not in str(refused.value.params)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UserError) as nothing:
        locate(empty)
    assert nothing.value.params["name"] == "empty"
