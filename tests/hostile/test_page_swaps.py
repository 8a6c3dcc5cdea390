"""Rollback without the passphrase: one page of the case file put back from an older copy of
the same file (SQLCipher checks each page's HMAC and number, not which version of the file it
belongs to). Every page that differs between the older copy and today's file is swapped in
on its own; whenever that changes what the file holds, `verify` must say so (exit 4) or name
the file an older copy. Real SQLCipher files, a real Telegram export, every kind of record."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from quietcase.app.case import Case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.documents import exhibits
from quietcase.app.documents.exhibits import Submitted
from quietcase.app.documents.summary.data import Cover, save_cover
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.cli.demo import fill_demo
from quietcase.storage.vault import Vault
from tests.app.chats.telegram.writer import room, write_json
from tests.shared import NOW, PASS

PAGE = 4096  # SQLCipher 4's default page size, as every case file has it


def _fill(case: Case, tmp_path: Path) -> None:
    case.together(lambda: case.vault.set_meta("vault_id", str(uuid.uuid4())))
    fill_demo(case.journal, NOW.date())
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(3):
        (folder / f"shot{n}.png.bin").write_bytes(bytes([n]) * (3000 + n))
    case.intake.import_paths(sorted(folder.iterdir()), IntakeDetails(incident_ids=(1,)))
    case.import_telegram(write_json(tmp_path / "export", [room()]))
    items = case.evidence.items()
    case.together(
        lambda: exhibits.keep(case, exhibits.numbers(case, items, case.journal.incidents()))
    )
    save_cover(case, Cover(title="사건 요약", name="A", summary="처음"))


def _change_one_of_each(case: Case) -> None:
    journal = case.journal
    journal.update_incident(replace(journal.incident(1), title="바뀐 제목"))
    journal.update_contact(replace(journal.contact(1), note="새 메모"))
    journal.mark_deadline_done(1)
    journal.update_request(replace(journal.request(1), reference="디성센터-2026-00001"))
    case.evidence.update(replace(case.evidence.item(1), description="새 설명"))
    exhibits.set_submitted(case, 1, Submitted.LATER)
    first_message = case.chats.messages()[0]
    case.chats.set_for_report([first_message.id], True)
    save_cover(case, Cover(title="사건 요약", name="A", summary="바뀐 요약"))


def _contents(path: Path) -> dict[str, list[tuple[Any, ...]]] | None:
    """Every row of every table but the search index's (derived text), or None when the file
    cannot be read whole."""
    try:
        with Vault.open(path, PASS, read_only=True) as vault:
            names = [
                str(r[0])
                for r in vault.query("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not str(r[0]).startswith(("search_", "sqlite_"))
            ]
            return {name: sorted(vault.query(f"SELECT * FROM {name}"), key=repr) for name in names}
    except Exception:
        return None


@pytest.fixture
def versions(case: Case, tmp_path: Path, clock: FixedClock) -> tuple[Path, Path]:
    """(older, newer): the same case file before and after one change to each kind."""
    _fill(case, tmp_path)
    path = case.path
    case.close()
    older = tmp_path / "older.quietcase"
    shutil.copyfile(path, older)
    later = FixedClock(clock.now() + timedelta(days=2))
    with open_case(path, PASS, later) as again:
        _change_one_of_each(again)
    return older, path


def _differing_pages(older: Path, newer: Path) -> list[int]:
    old_bytes, new_bytes = older.read_bytes(), newer.read_bytes()
    return [
        n
        for n in range(min(len(old_bytes), len(new_bytes)) // PAGE)
        if old_bytes[n * PAGE : (n + 1) * PAGE] != new_bytes[n * PAGE : (n + 1) * PAGE]
    ]


def _swap_in(older: Path, newer: Path, pages: list[int], target: Path) -> None:
    data = bytearray(newer.read_bytes())
    old_bytes = older.read_bytes()
    for n in pages:
        data[n * PAGE : (n + 1) * PAGE] = old_bytes[n * PAGE : (n + 1) * PAGE]
    target.write_bytes(bytes(data))


def _check_swaps(
    versions: tuple[Path, Path], groups: list[list[int]], tmp_path: Path, clock: FixedClock
) -> list[str]:
    """Each group of pages put back on its own: found, or the file is no different. Returns
    every problem verify named."""
    older, newer = versions
    assert verify_case(newer, PASS, clock).ok
    today = _contents(newer)
    told: list[str] = []
    unnoticed = 0
    for index, pages in enumerate(groups):
        swapped = tmp_path / f"swapped-{index}.quietcase"
        _swap_in(older, newer, pages, swapped)
        try:
            report = verify_case(swapped, PASS, clock)
        except UserError:
            continue  # refused as damaged: found
        if report.ok and report.older_copy is None:
            # Only a swap that changes nothing the file holds may pass unnoticed (page 1's
            # change counter, a free page, the search index's derived text).
            assert _contents(swapped) == today, f"pages {pages} put back unnoticed"
            unnoticed += 1
        told += report.problems
    assert unnoticed < len(groups)
    return told


def test_pages_put_back_from_an_older_copy_are_found(
    versions: tuple[Path, Path], tmp_path: Path, clock: FixedClock
) -> None:
    """Every differing page, in four groups (each group at once): quick enough for every run."""
    differing = _differing_pages(*versions)
    assert len(differing) > 10  # each change touched pages of its own
    groups = [differing[start::4] for start in range(4)]
    _check_swaps(versions, groups, tmp_path, clock)


@pytest.mark.slow
def test_every_page_put_back_alone_is_found(
    versions: tuple[Path, Path], tmp_path: Path, clock: FixedClock
) -> None:
    """Every differing page on its own (one verify each: about a second a page). A page of
    records put back alone leaves the file sound, so only the records' history can tell:
    the change of every kind is among what verify named."""
    told = _check_swaps(versions, [[n] for n in _differing_pages(*versions)], tmp_path, clock)
    named = " ".join(told)
    for record in ("I-1", "C-1", "D-1", "R-1", "E-1", "exhibit number of E-1", "cover"):
        assert record in named, (record, told)
    assert any(p.startswith("M-") for p in told), told


def test_a_whole_older_copy_is_an_older_copy_not_an_error(
    versions: tuple[Path, Path], clock: FixedClock
) -> None:
    older, newer = versions
    shutil.copyfile(older, newer)
    report = verify_case(newer, PASS, clock)
    assert report.ok and report.older_copy is not None
