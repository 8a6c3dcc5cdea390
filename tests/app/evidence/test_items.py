"""Evidence after intake: describe, bin and restore, empty the bin, extract (and refuse to
extract damaged bytes), and the evidence commands of `quietcase-cli`."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from quietcase.app.case import Case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import CancelToken, Progress
from quietcase.app.evidence.intake import Intake, IntakeDetails
from quietcase.cli.main import main
from quietcase.storage.dates import When
from quietcase.storage.records import Incident
from tests.app.core.test_unfinished import left_by_a_dead_process
from tests.shared import NOW, PASS

SMALL = 4096


def random_bytes(n: int, seed: int = 0) -> bytes:
    return random.Random(f"{seed}-{n}").randbytes(n)


def add_file(case: Case, tmp_path: Path, name: str, data: bytes, **details: Any) -> int:
    source = tmp_path / "in" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(data)
    intake = Intake(case.vault, case.clock, chunk_size=SMALL)
    report = intake.import_paths([source], IntakeDetails(**details))
    assert not report.problems, report.problems
    return report.imported[0].evidence.id


def stored(case: Case, evidence_id: int) -> bytes:
    return b"".join(case.evidence.chunks(evidence_id))


def count(case: Case, table: str) -> int:
    return int(case.vault.query_one(f"SELECT count(*) FROM {table}")[0])


# -- describe ------------------------------------------------------------------------------


def test_update_changes_notes_but_never_the_bytes(case: Case, tmp_path: Path) -> None:
    incident = case.journal.add_incident(Incident(title="Room"))
    data = random_bytes(3 * SMALL + 7)
    evidence_id = add_file(case, tmp_path, "room.bin", data)
    before = case.evidence.item(evidence_id)
    case.clock.advance(hours=1)  # type: ignore[attr-defined]

    saved = case.evidence.update(
        replace(
            before,
            source_url="t.me/room/5",
            captured=When.parse("2024-03-15 14:30"),
            captured_by="the police",
            description="방 전체 캡처",
            shows="posted on 15 March",
            tags=("kakao", "screenshot"),
            incident_ids=(incident.id,),
            # None of these may change through an update:
            filename="renamed.bin",
            size=1,
            sha256="0" * 64,
            media_type="image/png",
        )
    )

    assert saved == case.evidence.item(evidence_id)
    assert saved.source_url == "https://t.me/room/5"
    assert saved.captured == When.parse("2024-03-15 14:30")
    assert saved.captured_by == "the police"
    assert saved.description == "방 전체 캡처"
    assert saved.shows == "posted on 15 March"
    assert set(saved.tags) == {"kakao", "screenshot"}
    assert saved.incident_ids == (incident.id,)
    assert (saved.filename, saved.size, saved.sha256, saved.media_type) == (
        before.filename,
        before.size,
        before.sha256,
        before.media_type,
    )
    assert saved.added_at == before.added_at == NOW
    assert saved.updated_at == case.clock.now()
    assert stored(case, evidence_id) == data
    edit, link = case.custody.for_evidence(evidence_id)[1:]
    assert edit.action == "edit"
    for name in ("source_url", "captured", "captured_by", "description", "shows", "tags"):
        assert name in edit.detail
    assert link.action == "link" and "I-1" in link.detail


def test_update_lists_only_what_changed(case: Case, tmp_path: Path) -> None:
    evidence_id = add_file(case, tmp_path, "a.bin", b"abc", description="old")
    case.evidence.update(replace(case.evidence.item(evidence_id), description="new"))
    last = case.custody.for_evidence(evidence_id)[-1]
    assert last.action == "edit"
    assert last.detail == "changed description"


def test_update_refuses_bad_input_and_binned_items(case: Case, tmp_path: Path) -> None:
    evidence_id = add_file(case, tmp_path, "a.bin", b"abc")
    item = case.evidence.item(evidence_id)
    with pytest.raises(UserError):
        case.evidence.update(replace(item, source_url="javascript:alert(1)"))
    with pytest.raises(UserError, match="I-5"):
        case.evidence.update(replace(item, incident_ids=(5,)))
    case.evidence.to_bin(evidence_id)
    with pytest.raises(UserError, match="bin"):
        case.evidence.update(replace(item, description="x"))
    assert replace(case.evidence.item(evidence_id), binned_at=None) == item


# -- the bin -------------------------------------------------------------------------------


def test_bin_hides_and_unbin_restores(case: Case, tmp_path: Path) -> None:
    a = add_file(case, tmp_path, "a.bin", b"aaa")
    b = add_file(case, tmp_path, "b.bin", b"bbb")

    binned = case.evidence.to_bin(a)

    assert binned.binned_at == NOW
    assert [e.id for e in case.evidence.items()] == [b]
    assert [e.id for e in case.evidence.items(binned=True)] == [a]
    assert case.evidence.count() == 1
    assert stored(case, a) == b"aaa"  # still there, just binned

    restored = case.evidence.from_bin(a)

    assert restored.binned_at is None
    assert [e.id for e in case.evidence.items()] == [a, b]
    assert case.evidence.items(binned=True) == []
    assert case.custody.check().ok


def test_empty_bin_removes_bytes_and_keeps_a_record(case: Case, tmp_path: Path) -> None:
    incident = case.journal.add_incident(Incident(title="Room"))
    gone_data = random_bytes(5 * SMALL + 1, seed=1)
    gone = add_file(case, tmp_path, "사진 gone.png.bin", gone_data, incident_ids=(incident.id,))
    kept = add_file(case, tmp_path, "kept.bin", random_bytes(2 * SMALL, seed=2))
    assert (count(case, "blob"), count(case, "blob_chunk")) == (2, 8)
    case.evidence.to_bin(gone)

    purged = case.evidence.empty_bin()

    assert [(p.evidence_id, p.filename, p.size) for p in purged] == [
        (gone, "사진 gone.png.bin", len(gone_data))
    ]
    assert purged[0].sha256 == hashlib.sha256(gone_data).hexdigest()
    assert count(case, "evidence") == 1
    assert count(case, "blob") == 1
    assert count(case, "blob_chunk") == 2
    assert count(case, "evidence_incident") == 0
    assert case.vault.query("SELECT id FROM evidence") == [(kept,)]
    assert case.evidence.items(binned=True) == []
    with pytest.raises(UserError):
        case.evidence.item(gone)
    *_, last, its_record = case.custody.events()
    assert (its_record.action, its_record.detail) == ("records", f"E-{gone} removed")
    assert last.action == "purge"
    assert last.evidence_id == gone
    assert "사진 gone.png.bin" in last.detail
    assert str(len(gone_data)) in last.detail
    assert hashlib.sha256(gone_data).hexdigest() in last.detail
    chain = case.custody.check()
    assert (
        chain.ok and chain.events == 9
    )  # a new incident, then intake, intake, bin, purge: each with a record
    assert case.vault.full_check() == []


def test_the_same_bytes_can_be_added_again_after_the_bin_was_emptied(
    case: Case, tmp_path: Path
) -> None:
    first = add_file(case, tmp_path, "a.bin", b"same")
    case.evidence.to_bin(first)
    case.evidence.empty_bin()
    again = add_file(case, tmp_path, "a.bin", b"same")
    assert stored(case, again) == b"same"
    actions = [e.action for e in case.custody.events() if e.action != "records"]
    assert actions == ["intake", "bin", "purge", "intake"]
    assert case.custody.check().ok


def test_a_purged_evidence_id_is_never_reused(case: Case, tmp_path: Path) -> None:
    add_file(case, tmp_path, "a.bin", b"first")
    purged = add_file(case, tmp_path, "b.bin", b"second")
    case.evidence.to_bin(purged)
    case.evidence.empty_bin()

    newcomer = add_file(case, tmp_path, "c.bin", b"a different file")

    # An E-number she has seen (in an exhibit list, in the custody log) always means one file.
    assert newcomer == purged + 1
    assert [e.action for e in case.custody.for_evidence(newcomer)] == ["intake"]


# -- extract -------------------------------------------------------------------------------


def test_extract_writes_a_copy_and_reports_progress(case: Case, tmp_path: Path) -> None:
    data = random_bytes(10 * SMALL + 5, seed=3)
    evidence_id = add_file(case, tmp_path, "a.bin", data)
    seen: list[Progress] = []
    out = tmp_path / "copy.bin"

    item = case.evidence.extract(evidence_id, out, progress=seen.append)

    assert item.id == evidence_id
    assert out.read_bytes() == data
    assert seen[-1].bytes_done == seen[-1].bytes_total == len(data)
    assert [p.bytes_done for p in seen] == sorted(p.bytes_done for p in seen)
    assert case.custody.for_evidence(evidence_id)[-1].detail.endswith("copy.bin")


def test_extract_gives_the_copy_its_name_only_when_whole(case: Case, tmp_path: Path) -> None:
    """Written under a hidden name beside it (0600): a killed extract never leaves a cut copy
    under the name she chose."""
    evidence_id = add_file(case, tmp_path, "a.bin", random_bytes(8 * SMALL, seed=5))
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    out = out_folder / "copy.bin"
    during: list[tuple[bool, list[str], list[int]]] = []

    def progress(p: Progress) -> None:
        if p.bytes_done < p.bytes_total:
            hidden = [f for f in out_folder.iterdir() if f.name.startswith(".copy.bin.")]
            modes = [f.stat().st_mode & 0o777 for f in hidden]
            during.append((out.exists(), [f.name[-11:] for f in hidden], modes))

    case.evidence.extract(evidence_id, out, progress=progress)
    assert during and all(d == (False, [".incomplete"], [0o600]) for d in during), during
    assert [f.name for f in out_folder.iterdir()] == ["copy.bin"]
    assert out.stat().st_mode & 0o777 == 0o600


def test_extract_syncs_along_the_way_and_keeps_every_byte(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is flushed to the disk every few chunks, on a thread of its own (the
    writing goes on meanwhile); the copy is whole and in order."""
    from quietcase.app.evidence import items

    data = random_bytes(40 * SMALL + 7, seed=6)
    evidence_id = add_file(case, tmp_path, "a.bin", data)
    synced: list[int] = []

    def datasync(fileno: int) -> None:
        synced.append(fileno)
        os.fsync(fileno)

    monkeypatch.setattr(items, "_SYNC_EVERY", 2 * SMALL)
    monkeypatch.setattr(items, "_datasync", datasync)
    out = tmp_path / "copy.bin"
    case.evidence.extract(evidence_id, out)
    assert out.read_bytes() == data
    assert synced  # at least one sync along the way (one at a time, so maybe not all 20)


def test_extract_that_cannot_sync_leaves_nothing(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync along the way that fails (the disk, a removed stick) fails the extract: no
    copy under either name and no custody event."""
    from quietcase.app.evidence import items

    evidence_id = add_file(case, tmp_path, "a.bin", random_bytes(40 * SMALL, seed=7))
    events_before = len(list(case.custody.events()))

    def datasync(fileno: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(items, "_SYNC_EVERY", 2 * SMALL)
    monkeypatch.setattr(items, "_datasync", datasync)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    with pytest.raises(UserError) as caught:
        case.evidence.extract(evidence_id, out_folder / "copy.bin")
    assert os.strerror(errno.EIO) in str(caught.value)
    assert list(out_folder.iterdir()) == []
    assert len(list(case.custody.events())) == events_before


def test_extract_removes_what_a_killed_one_left(case: Case, tmp_path: Path) -> None:
    evidence_id = add_file(case, tmp_path, "a.bin", b"evidence")
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    left_by_a_dead_process(out_folder / "copy.bin")
    case.evidence.extract(evidence_id, out_folder / "again.bin")
    assert [f.name for f in out_folder.iterdir()] == ["again.bin"]


def test_extract_never_overwrites(case: Case, tmp_path: Path) -> None:
    evidence_id = add_file(case, tmp_path, "a.bin", b"evidence")
    out = tmp_path / "mine.txt"
    out.write_bytes(b"her own file")
    with pytest.raises(UserError, match="never overwrites"):
        case.evidence.extract(evidence_id, out)
    assert out.read_bytes() == b"her own file"


def test_extract_into_a_missing_folder(case: Case, tmp_path: Path) -> None:
    evidence_id = add_file(case, tmp_path, "a.bin", b"evidence")
    out = tmp_path / "missing" / "copy.bin"
    with pytest.raises(UserError) as caught:
        case.evidence.extract(evidence_id, out)
    assert str(out) in str(caught.value)
    assert not out.parent.exists()


def test_cancelled_extract_removes_the_partial_copy(case: Case, tmp_path: Path) -> None:
    evidence_id = add_file(case, tmp_path, "a.bin", random_bytes(20 * SMALL, seed=4))
    events_before = len(list(case.custody.events()))
    token = CancelToken()
    out = tmp_path / "copy.bin"

    def progress(p: Progress) -> None:
        if p.bytes_done >= 5 * SMALL:
            token.cancel()

    with pytest.raises(Exception) as caught:
        case.evidence.extract(evidence_id, out, progress=progress, cancel=token)
    assert type(caught.value).__name__ == "Cancelled"
    assert not out.exists()
    assert len(list(case.custody.events())) == events_before


def test_extract_detects_bytes_changed_inside_the_vault(
    case: Case, vault_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """A chunk rewritten through SQL (valid pages, wrong bytes): the SHA-256 catches it."""
    data = random_bytes(10 * SMALL, seed=5)
    evidence_id = add_file(case, tmp_path, "a.bin", data)
    blob_id = case.vault.query_one("SELECT blob_id FROM evidence WHERE id = ?", (evidence_id,))[0]
    chunk = bytearray(data[SMALL : 2 * SMALL])
    chunk[100] ^= 0x01
    case.vault.execute(
        "UPDATE blob_chunk SET data = ? WHERE blob_id = ? AND seq = 1", (bytes(chunk), blob_id)
    )
    events_before = len(list(case.custody.events()))
    out = tmp_path / "copy.bin"

    with pytest.raises(UserError) as caught:
        case.evidence.extract(evidence_id, out)

    assert caught.value.exit_code == 4
    assert "E-1" in str(caught.value)
    assert not out.exists()
    assert len(list(case.custody.events())) == events_before
    case.close()
    report = verify_case(vault_path, PASS, clock)
    assert any(p.startswith("E-1:") for p in report.problems), report.problems


def flip_byte_in_second_half(path: Path, offset_fraction: float = 0.75) -> int:
    raw = bytearray(path.read_bytes())
    page = 4096
    offset = (int(len(raw) * offset_fraction) // page) * page + 1000
    raw[offset] ^= 0x40
    path.write_bytes(bytes(raw))
    return offset


@pytest.fixture
def damaged_vault(case: Case, vault_path: Path, tmp_path: Path) -> tuple[Path, bytes]:
    """A vault with one ~300 KB item, one byte flipped in a page of its stored chunks."""
    data = random_bytes(300 * 1024, seed=6)
    evidence_id = add_file(case, tmp_path, "recording.bin", data)
    assert evidence_id == 1
    case.close()
    flip_byte_in_second_half(vault_path)
    return vault_path, data


def test_extract_detects_a_flipped_byte_in_the_vault_file(
    damaged_vault: tuple[Path, bytes], clock: FixedClock, tmp_path: Path
) -> None:
    vault_path, _ = damaged_vault
    out = tmp_path / "copy.bin"
    written: list[int] = []
    with pytest.raises(UserError) as refused:
        open_case(vault_path, PASS, clock)  # changed since its last clean close: checked
    assert refused.value.exit_code == 4
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        with pytest.raises(UserError) as caught:
            case.evidence.extract(1, out, progress=lambda p: written.append(p.bytes_done))
    assert caught.value.exit_code == 4  # page HMAC failure: the file is damaged
    assert "damaged" in str(caught.value)
    assert written and written[-1] > 0  # it failed part way, with a partial copy on disk...
    assert not out.exists()  # ...which was removed


def test_cli_extract_and_verify_fail_on_the_damaged_file(
    damaged_vault: tuple[Path, bytes], tmp_path: Path, cli: Any
) -> None:
    vault_path, _ = damaged_vault
    out = tmp_path / "copy.bin"

    result = cli("extract", vault_path, "E-1", out)
    assert result.code == 4, result
    assert not out.exists()
    assert result.err.startswith("quietcase-cli: ") and "Traceback" not in result.err

    result = cli("verify", vault_path)
    assert result.code == 4, result
    assert "DAMAGED" in result.out


# -- the CLI -------------------------------------------------------------------------------


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Result(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    """`quietcase-cli` in this process, with the fixed clock and stdin that is not a tty."""
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)

    def run(*argv: str | Path, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main([str(a) for a in argv], clock=FixedClock(NOW))
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_bytes(b"first file\n")
    (folder / "sub" / "b.bin").write_bytes(random_bytes(70_000, seed=7))
    (folder / ".DS_Store").write_bytes(b"junk")
    return folder


def test_cli_import_prints_one_id_per_line(vault_path: Path, files: Path, cli: Any) -> None:
    assert cli("add", "incident", vault_path, "--title", "Room").code == 0

    result = cli(
        "import",
        vault_path,
        files,
        "--incident",
        "I-1",
        "--source",
        "t.me/room",
        "--captured-at",
        "2024-03",
        "--captured-by",
        "me",
        "--description",
        "room export",
        "--shows",
        "it was posted",
        "--tag",
        "telegram",
    )

    assert result.code == 0, result
    assert result.out.splitlines() == ["E-1", "E-2"]
    assert result.err == ""
    rows = cli("list", vault_path, "evidence", "--json").json()
    assert [r["filename"] for r in rows] == ["a.txt", "b.bin"]
    first = rows[0]
    assert first["id"] == "E-1"
    assert first["size"] == len(b"first file\n")
    assert first["sha256"] == hashlib.sha256(b"first file\n").hexdigest()
    assert first["media_type"] == "text/plain"
    assert first["added_at"].startswith("2026-11-25T09:00:00")
    assert first["source_url"] == "https://t.me/room"
    assert first["incident_ids"] == ["I-1"]
    assert first["captured_at"] == "2024-03"
    assert first["captured_by"] == "me"
    assert first["description"] == "room export"
    assert first["shows"] == "it was posted"
    assert first["tags"] == ["telegram"]
    assert rows[1]["sha256"] == hashlib.sha256((files / "sub" / "b.bin").read_bytes()).hexdigest()
    required = {"id", "filename", "size", "sha256", "media_type", "added_at", "source_url"}
    assert all(required | {"incident_ids"} <= set(r) for r in rows)


def test_cli_duplicates_are_named_on_stderr(vault_path: Path, files: Path, cli: Any) -> None:
    assert cli("import", vault_path, files / "a.txt").out == "E-1\n"
    copy = files.parent / "copy of a.txt"
    copy.write_bytes((files / "a.txt").read_bytes())

    result = cli("import", vault_path, copy)

    assert result.code == 0, result
    assert result.out == "E-1\n"
    assert "already in the case" in result.err
    assert "E-1" in result.err
    assert len(cli("list", vault_path, "evidence", "--json").json()) == 1


def test_cli_import_reports_problems_and_keeps_the_rest(
    vault_path: Path, files: Path, tmp_path: Path, cli: Any
) -> None:
    result = cli("import", vault_path, tmp_path / "missing.jpg", files / "a.txt")
    assert result.code == 1
    assert result.out == "E-1\n"
    assert "missing.jpg" in result.err
    assert "Traceback" not in result.err


def test_cli_import_refuses_a_missing_incident(vault_path: Path, files: Path, cli: Any) -> None:
    result = cli("import", vault_path, files / "a.txt", "--incident", "I-9")
    assert result.code == 1
    assert result.out == ""
    assert "I-9" in result.err
    assert cli("list", vault_path, "evidence", "--json").json() == []


def test_cli_list_custody_json(vault_path: Path, files: Path, cli: Any) -> None:
    cli("import", vault_path, files)
    everything = cli("list", vault_path, "custody", "--json").json()
    assert [r["seq"] for r in everything] == [1, 2, 3, 4]  # each file: intake, its record
    assert [r["action"] for r in everything] == ["intake", "records"] * 2
    rows = everything[::2]
    for row in rows:
        assert set(row) >= {"seq", "at", "action", "evidence_id", "detail", "prev_hash", "hash"}
        assert row["action"] == "intake"
        assert row["at"].startswith("2026-11-25T09:00:00")
    assert [r["evidence_id"] for r in rows] == ["E-1", "E-2"]
    assert rows[0]["prev_hash"] == "0" * 64
    assert everything[1]["prev_hash"] == rows[0]["hash"]
    text = cli("list", vault_path, "custody")
    assert text.code == 0 and "intake" in text.out


def test_cli_bin_asks_first(vault_path: Path, files: Path, cli: Any) -> None:
    cli("import", vault_path, files / "a.txt")

    result = cli("bin", vault_path, "E-1", stdin="y\n")  # not a terminal: never ask, refuse

    assert result.code == 1, result
    assert "--yes" in result.err
    assert result.out == ""
    assert [r["id"] for r in cli("list", vault_path, "evidence", "--json").json()] == ["E-1"]
    actions = [r["action"] for r in cli("list", vault_path, "custody", "--json").json()]
    assert actions == ["intake", "records"]


def test_cli_bin_unbin_and_empty_bin(vault_path: Path, files: Path, cli: Any) -> None:
    cli("import", vault_path, files)
    b_sha = hashlib.sha256((files / "sub" / "b.bin").read_bytes()).hexdigest()

    result = cli("bin", vault_path, "E-2", "--yes")
    assert result.code == 0, result
    assert [r["id"] for r in cli("list", vault_path, "evidence", "--json").json()] == ["E-1"]
    in_bin = cli("list", vault_path, "evidence", "--json", "--bin").json()
    assert [r["id"] for r in in_bin] == ["E-2"] and in_bin[0]["in_bin"] is True

    assert cli("unbin", vault_path, "E-2").code == 0
    assert cli("list", vault_path, "evidence", "--json", "--bin").json() == []
    assert cli("bin", vault_path, "2", "--yes").code == 0  # a bare number works too

    refused = cli("empty-bin", vault_path)
    assert refused.code == 1 and "--yes" in refused.err
    assert len(cli("list", vault_path, "evidence", "--json", "--bin").json()) == 1

    result = cli("empty-bin", vault_path, "--yes")
    assert result.code == 0, result
    assert "E-2" in result.out and b_sha in result.out
    assert cli("list", vault_path, "evidence", "--json", "--bin").json() == []
    assert cli("empty-bin", vault_path, "--yes").out.strip() == "The bin is empty."

    custody = cli("list", vault_path, "custody", "--json").json()
    assert [r["action"] for r in custody] == [
        "intake",
        "records",
        "intake",
        "records",
        "bin",
        "records",
        "unbin",
        "records",
        "bin",
        "records",
        "purge",
        "records",
    ]
    assert custody[-1]["detail"] == "E-2 removed"
    assert b_sha in custody[-2]["detail"] and "b.bin" in custody[-2]["detail"]
    assert cli("verify", vault_path).code == 0


def test_cli_describe_changes_fields(vault_path: Path, files: Path, cli: Any) -> None:
    cli("add", "incident", vault_path, "--title", "One")
    cli("add", "incident", vault_path, "--title", "Two")
    cli("import", vault_path, files / "a.txt", "--incident", "I-1")
    before = cli("list", vault_path, "evidence", "--json").json()[0]

    result = cli(
        "describe",
        vault_path,
        "E-1",
        "--description",
        "새 설명",
        "--shows",
        "the upload date",
        "--source",
        "https://x.com/someone/status/1",
        "--captured-at",
        "2024-03-15",
        "--captured-by",
        "a friend",
        "--tag",
        "x",
        "--tag",
        "re-upload",
        "--incident",
        "I-2",
    )

    assert result.code == 0, result
    assert result.out.strip() == "E-1"
    after = cli("list", vault_path, "evidence", "--json").json()[0]
    assert after["description"] == "새 설명"
    assert after["shows"] == "the upload date"
    assert after["source_url"] == "https://x.com/someone/status/1"
    assert after["captured_at"] == "2024-03-15"
    assert after["captured_by"] == "a friend"
    assert set(after["tags"]) == {"x", "re-upload"}
    assert after["incident_ids"] == ["I-2"]
    for unchanged in ("filename", "size", "sha256", "media_type", "added_at"):
        assert after[unchanged] == before[unchanged]
    actions = [r["action"] for r in cli("list", vault_path, "custody", "--json").json()]
    assert actions == ["records", "records", "intake", "records", "edit", "link", "records"]

    bad = cli("describe", vault_path, "E-1", "--source", "not a url")
    assert bad.code == 1 and bad.err.startswith("quietcase-cli: ")
    assert cli("list", vault_path, "evidence", "--json").json()[0] == after


def test_cli_extract(vault_path: Path, files: Path, tmp_path: Path, cli: Any) -> None:
    cli("import", vault_path, files)
    out = tmp_path / "out.bin"
    result = cli("extract", vault_path, "E-2", out)
    assert result.code == 0, result
    assert "SHA-256" in result.out
    assert out.read_bytes() == (files / "sub" / "b.bin").read_bytes()

    again = cli("extract", vault_path, "E-2", out)
    assert again.code == 1
    assert "never overwrites" in again.err
    missing = cli("extract", vault_path, "E-9", tmp_path / "x.bin")
    assert missing.code == 1 and "E-9" in missing.err
    assert not (tmp_path / "x.bin").exists()
