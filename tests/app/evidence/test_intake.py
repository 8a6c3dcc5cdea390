"""Evidence intake: byte-exact round trips, what is stored per item, duplicates, folders,
files that misbehave while being read, Cancel, pasted bytes and real camera images."""

from __future__ import annotations

import hashlib
import io
import os
import random
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from quietcase.app.case import Case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import CancelToken, Progress
from quietcase.app.evidence.intake import ImportReport, Intake, IntakeDetails
from quietcase.storage.blobs import CHUNK_SIZE
from quietcase.storage.dates import When
from quietcase.storage.records import Incident
from tests.shared import NOW, REAL_IMAGES

SMALL = 4096


# -- helpers -------------------------------------------------------------------------------


def random_bytes(n: int, seed: int = 0) -> bytes:
    return random.Random(f"{seed}-{n}").randbytes(n)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def stored(case: Case, evidence_id: int) -> bytes:
    return b"".join(case.evidence.chunks(evidence_id))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def row_counts(case: Case) -> dict[str, int]:
    tables = (
        "evidence",
        "blob",
        "blob_chunk",
        "evidence_incident",
        "evidence_image",
        "custody_event",
    )
    return {t: case.vault.query_one(f"SELECT count(*) FROM {t}")[0] for t in tables}


def chunk_lengths(case: Case, evidence_id: int) -> list[int]:
    rows = case.vault.query(
        "SELECT length(c.data) FROM blob_chunk c JOIN evidence e ON e.blob_id = c.blob_id "
        "WHERE e.id = ? ORDER BY c.seq",
        (evidence_id,),
    )
    return [int(r[0]) for r in rows]


def png_bytes(size: tuple[int, int] = (40, 30), color: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def jpeg_bytes(size: tuple[int, int] = (40, 30), color: str = "blue") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def only(report: ImportReport) -> int:
    assert not report.problems, report.problems
    assert not report.cancelled
    assert len(report.imported) == 1
    return report.imported[0].evidence.id


@pytest.fixture
def small(case: Case, clock: FixedClock) -> Intake:
    """Intake with 4 KiB chunks, so chunk boundaries are cheap to reach."""
    return Intake(case.vault, clock, chunk_size=SMALL)


# -- round trips ---------------------------------------------------------------------------


ROUND_TRIP_SIZES = [0, 1, SMALL - 1, SMALL, SMALL + 1, 5 * SMALL + 3]


@pytest.mark.parametrize("size", ROUND_TRIP_SIZES)
def test_round_trip_is_byte_exact(case: Case, small: Intake, tmp_path: Path, size: int) -> None:
    data = random_bytes(size)
    source = write(tmp_path / "in" / f"file-{size}.bin", data)

    evidence_id = only(small.import_paths([source]))

    item = case.evidence.item(evidence_id)
    assert item.size == size
    assert item.sha256 == hashlib.sha256(data).hexdigest() == sha256_file(source)
    assert stored(case, evidence_id) == data
    lengths = chunk_lengths(case, evidence_id)
    assert sum(lengths) == size
    assert len(lengths) == -(-size // SMALL)  # ceil: no empty chunk rows
    assert all(n == SMALL for n in lengths[:-1])

    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()
    case.evidence.extract(evidence_id, out)
    assert out.read_bytes() == data
    assert source.read_bytes() == data  # the original is never touched


def test_round_trip_with_default_chunks(case: Case, tmp_path: Path) -> None:
    assert case.intake.chunk_size == CHUNK_SIZE == 1 << 20
    size = 3 * CHUNK_SIZE + 12345
    data = random_bytes(size, seed=7)
    source = write(tmp_path / "recording.mp4", data)

    evidence_id = only(case.intake.import_paths([source]))

    assert chunk_lengths(case, evidence_id) == [CHUNK_SIZE] * 3 + [12345]
    assert case.evidence.item(evidence_id).sha256 == hashlib.sha256(data).hexdigest()
    assert stored(case, evidence_id) == data
    out = tmp_path / "copy.mp4"
    case.evidence.extract(evidence_id, out)
    assert sha256_file(out) == sha256_file(source)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    chunk_size=st.integers(min_value=1, max_value=5000),
    length=st.integers(min_value=0, max_value=20000),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_any_chunk_size_and_length_round_trip(
    case: Case, clock: FixedClock, tmp_path: Path, chunk_size: int, length: int, seed: int
) -> None:
    data = random_bytes(length, seed)
    folder = tmp_path / f"h-{seed}-{length}-{chunk_size}"
    source = write(folder / "data.bin", data)
    intake = Intake(case.vault, clock, chunk_size=chunk_size)

    report = intake.import_paths([source])

    assert not report.problems and len(report.imported) == 1
    imported = report.imported[0]
    assert imported.evidence.sha256 == hashlib.sha256(data).hexdigest()
    assert stored(case, imported.evidence.id) == data
    if not imported.duplicate:  # hypothesis may repeat the same bytes
        lengths = chunk_lengths(case, imported.evidence.id)
        assert len(lengths) == -(-length // chunk_size)
        assert all(n == chunk_size for n in lengths[:-1])
        assert sum(lengths) == length


# -- what is stored per item ---------------------------------------------------------------


def test_metadata_is_stored(case: Case, small: Intake, tmp_path: Path) -> None:
    j = case.journal
    first = j.add_incident(Incident(title="Telegram room"))
    second = j.add_incident(Incident(title="Re-upload"))
    data = random_bytes(10_000, seed=3)
    source = write(tmp_path / "채팅 export.bin", data)
    modified = datetime(2024, 3, 15, 14, 30, 5, tzinfo=UTC)
    os.utime(source, (modified.timestamp(), modified.timestamp()))
    details = IntakeDetails(
        source_url="  t.me/some_room/123 ",
        captured=When.parse("2024-03"),
        captured_by="a friend",
        description="Export of the room",
        shows="The offender posted the picture on 2024-03-15",
        tags=("telegram", "deepfake"),
        incident_ids=(first.id, second.id, first.id),
    )

    evidence_id = only(small.import_paths([source], details))

    item = case.evidence.item(evidence_id)
    assert item.filename == "채팅 export.bin"
    assert item.size == 10_000
    assert item.media_type == "application/octet-stream"
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.file_modified_at == modified
    assert item.added_at == NOW
    assert item.source_url == "https://t.me/some_room/123"
    assert item.captured == When.parse("2024-03")
    assert item.captured_by == "a friend"
    assert item.description == "Export of the room"
    assert item.shows == "The offender posted the picture on 2024-03-15"
    assert set(item.tags) == {"telegram", "deepfake"}
    assert item.incident_ids == (first.id, second.id)
    assert item.binned_at is None
    assert case.evidence.image(evidence_id) is None  # not an image


def test_added_at_follows_the_clock(case: Case, clock: FixedClock, tmp_path: Path) -> None:
    intake = Intake(case.vault, clock, chunk_size=SMALL)
    a = only(intake.import_paths([write(tmp_path / "a.txt", b"first")]))
    clock.advance(days=2, hours=3)
    b = only(intake.import_paths([write(tmp_path / "b.txt", b"second")]))
    assert case.evidence.item(a).added_at == NOW
    assert case.evidence.item(b).added_at == clock.now() != NOW


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("screenshot.txt", png_bytes(), "image/png"),  # a .txt that is really a PNG
        ("letter.pdf", jpeg_bytes(), "image/jpeg"),  # a JPEG renamed .pdf
        ("notes.jpg", "평범한 메모입니다\nplain notes\n".encode(), "text/plain"),
        ("empty.png", b"", "application/x-empty"),
    ],
)
def test_media_type_is_sniffed_from_content(
    case: Case, small: Intake, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    evidence_id = only(small.import_paths([write(tmp_path / name, content)]))
    item = case.evidence.item(evidence_id)
    assert item.media_type == expected
    assert item.filename == name
    assert stored(case, evidence_id) == content


def test_bad_source_url_is_refused_before_anything_is_written(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    before = row_counts(case)
    with pytest.raises(UserError):
        small.import_paths(
            [write(tmp_path / "a.bin", b"abc")], IntakeDetails(source_url="ftp://x y")
        )
    assert row_counts(case) == before


# -- duplicates ----------------------------------------------------------------------------


def test_same_bytes_again_are_linked_not_stored_twice(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    j = case.journal
    one = j.add_incident(Incident(title="One"))
    two = j.add_incident(Incident(title="Two"))
    data = random_bytes(3 * SMALL + 10, seed=11)
    first = write(tmp_path / "a" / "original.jpg.bin", data)
    again = write(tmp_path / "b" / "renamed copy.bin", data)

    evidence_id = only(small.import_paths([first], IntakeDetails(incident_ids=(one.id,))))
    counts = row_counts(case)
    report = small.import_paths([again], IntakeDetails(incident_ids=(two.id,)))

    assert not report.problems
    [imported] = report.imported
    assert imported.duplicate is True
    assert imported.source == str(again)
    assert imported.evidence.id == evidence_id
    assert imported.evidence.filename == "original.jpg.bin"  # the first name stays
    assert imported.evidence.incident_ids == (one.id, two.id)
    assert case.evidence.item(evidence_id).incident_ids == (one.id, two.id)
    after = row_counts(case)
    assert after["evidence"] == counts["evidence"] == 1
    assert after["blob"] == 1
    assert after["blob_chunk"] == counts["blob_chunk"] == 4
    assert after["custody_event"] == counts["custody_event"] + 2  # duplicate, its new links
    events = case.custody.for_evidence(evidence_id)
    assert [e.action for e in events] == ["intake", "duplicate"]
    assert "I-1" in events[-1].detail and "I-2" in events[-1].detail


def test_duplicate_within_one_import_is_reported_as_such(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    write(tmp_path / "dir" / "a.bin", b"same bytes")
    write(tmp_path / "dir" / "b.bin", b"same bytes")
    report = small.import_paths([tmp_path / "dir"])
    assert [i.duplicate for i in report.imported] == [False, True]
    assert report.imported[0].evidence.id == report.imported[1].evidence.id
    assert row_counts(case)["blob"] == 1


def test_binned_item_added_again_comes_out_of_the_bin(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    source = write(tmp_path / "photo.bin", random_bytes(5000, seed=5))
    evidence_id = only(small.import_paths([source]))
    case.evidence.to_bin(evidence_id)
    assert case.evidence.items() == []

    report = small.import_paths([source])

    assert report.imported[0].duplicate
    assert report.imported[0].evidence.id == evidence_id
    assert report.imported[0].evidence.binned_at is None
    assert [e.id for e in case.evidence.items()] == [evidence_id]
    assert case.evidence.items(binned=True) == []
    actions = [e.action for e in case.custody.for_evidence(evidence_id)]
    assert actions == ["intake", "bin", "unbin", "duplicate"]
    assert case.custody.check().ok


# -- folders and awkward files -------------------------------------------------------------


def test_folder_import_is_recursive_sorted_and_skips_junk(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    root = tmp_path / "evidence"
    for rel in ("b.txt", "a.txt", "zed/e.txt", "sub/deeper/d.txt", "sub/c.txt", "B.txt"):
        write(root / rel, f"content of {rel}".encode())
    for junk in (".DS_Store", "Thumbs.db", "sub/.DS_Store", "sub/._c.txt", "desktop.ini"):
        write(root / junk, b"junk " + junk.encode())

    report = small.import_paths([root])

    assert not report.problems
    names = [Path(i.source).relative_to(root).as_posix() for i in report.imported]
    assert names == ["B.txt", "a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "zed/e.txt"]
    assert all(not i.duplicate for i in report.imported)
    skipped = {Path(s).relative_to(root).as_posix() for s in report.skipped}
    assert {".DS_Store", "Thumbs.db", "sub/.DS_Store"} <= skipped
    assert [e.filename for e in case.evidence.items()] == [
        "B.txt",
        "a.txt",
        "b.txt",
        "c.txt",
        "d.txt",
        "e.txt",
    ]
    for imported in report.imported:
        assert stored(case, imported.evidence.id) == Path(imported.source).read_bytes()


def test_folder_with_symlink_loop_dangling_link_fifo_and_missing_path(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    root = tmp_path / "evidence"
    write(root / "a.txt", b"a")
    write(root / "sub" / "b.txt", b"b")
    os.symlink(root, root / "sub" / "loop")  # a folder that contains itself
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    os.mkfifo(root / "pipe")
    missing = tmp_path / "not-there"

    result: dict[str, ImportReport] = {}
    worker = threading.Thread(
        target=lambda: result.setdefault("r", small.import_paths([root, missing])), daemon=True
    )
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "intake hung on a FIFO or a symlink loop"
    report = result["r"]

    assert [Path(i.source).name for i in report.imported] == ["a.txt", "b.txt"]
    problems = {Path(p.source).name: str(p.error) for p in report.problems}
    assert set(problems) == {"dangling.txt", "loop", "pipe", "not-there"}
    assert "not a regular file" in problems["pipe"]
    # Links are never followed, to a file or a folder: each is named, none taken in.
    assert "is a link" in problems["dangling.txt"]
    assert "is a link" in problems["loop"]
    assert "There is no file or folder" in problems["not-there"]
    assert not report.cancelled
    assert row_counts(case)["evidence"] == 2


def test_a_fifo_given_directly_does_not_hang(case: Case, small: Intake, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    ok = write(tmp_path / "ok.txt", b"ok")
    result: dict[str, ImportReport] = {}
    worker = threading.Thread(
        target=lambda: result.setdefault("r", small.import_paths([pipe, ok])), daemon=True
    )
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "intake hung on a FIFO"
    report = result["r"]
    assert [Path(p.source).name for p in report.problems] == ["pipe"]
    assert "not a regular file" in str(report.problems[0].error)
    assert [Path(i.source).name for i in report.imported] == ["ok.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without permissions")
def test_unreadable_file_is_reported_and_others_imported(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    secret = write(tmp_path / "dir" / "a-locked.bin", b"locked")
    write(tmp_path / "dir" / "b.bin", b"fine")
    secret.chmod(0)
    try:
        report = small.import_paths([tmp_path / "dir"])
    finally:
        secret.chmod(0o600)
    assert [Path(p.source).name for p in report.problems] == ["a-locked.bin"]
    assert "could not be read" in str(report.problems[0].error)
    assert [Path(i.source).name for i in report.imported] == ["b.bin"]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_read_error_is_reported_and_others_imported(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    # /proc/self/mem is a "regular file" that fails with EIO when read from offset 0: the
    # same path as a disk error or a removed USB stick in the middle of a file.
    write(tmp_path / "dir" / "b.bin", b"fine")
    before = row_counts(case)

    report = small.import_paths([Path("/proc/self/mem"), tmp_path / "dir"])

    assert [Path(p.source).name for p in report.problems] == ["mem"]
    assert "could not be read" in str(report.problems[0].error)
    assert [Path(i.source).name for i in report.imported] == ["b.bin"]
    after = row_counts(case)
    assert after["blob"] == before["blob"] + 1
    assert after["evidence"] == before["evidence"] + 1


def test_file_that_shrinks_while_read_leaves_nothing(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    shrinking = write(tmp_path / "dir" / "a-growing.mp4", random_bytes(64 * SMALL, seed=9))
    other = write(tmp_path / "dir" / "b-fine.bin", random_bytes(3 * SMALL, seed=10))
    before = row_counts(case)
    state = {"cut": False}

    def progress(p: Progress) -> None:
        if not state["cut"] and p.items_done == 0 and p.bytes_done >= SMALL:
            state["cut"] = True
            os.truncate(shrinking, 32 * SMALL)

    report = small.import_paths([tmp_path / "dir"], progress=progress)

    assert state["cut"]
    assert [Path(p.source).name for p in report.problems] == ["a-growing.mp4"]
    assert "changed while it was being read" in str(report.problems[0].error)
    assert [Path(i.source).name for i in report.imported] == ["b-fine.bin"]
    after = row_counts(case)
    assert after["evidence"] == before["evidence"] + 1
    assert after["blob"] == before["blob"] + 1
    assert after["blob_chunk"] == before["blob_chunk"] + 3  # only the other file's chunks
    assert after["custody_event"] == before["custody_event"] + 2  # its intake, its record
    assert stored(case, report.imported[0].evidence.id) == other.read_bytes()


def test_file_that_grows_while_read_is_not_added(case: Case, small: Intake, tmp_path: Path) -> None:
    growing = write(tmp_path / "still-recording.mp4", random_bytes(64 * SMALL, seed=12))
    before = row_counts(case)
    state = {"grown": False}

    def progress(p: Progress) -> None:
        if not state["grown"] and p.bytes_done >= SMALL:
            state["grown"] = True
            with open(growing, "ab") as handle:
                handle.write(random_bytes(10 * SMALL, seed=13))

    report = small.import_paths([growing], progress=progress)

    assert state["grown"]
    assert report.imported == []
    assert "changed while it was being read" in str(report.problems[0].error)
    assert row_counts(case) == before


def logical_dump(case: Case) -> dict[str, list[str]]:
    """Every row of every table (schema included), independent of how pages are encrypted."""
    names = [
        str(r[0])
        for r in case.vault.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    dump = {n: sorted(repr(r) for r in case.vault.query(f'SELECT * FROM "{n}"')) for n in names}
    dump["sqlite_master"] = sorted(repr(r) for r in case.vault.query("SELECT * FROM sqlite_master"))
    return dump


@dataclass
class CancelRun:
    report: ImportReport
    fractions: list[float]
    size_at_cancel: int
    before_size: int
    before_hash: str
    before_counts: dict[str, int]
    before_dump: dict[str, list[str]]


def cancel_half_way(
    case: Case, clock: FixedClock, vault_path: Path, tmp_path: Path, *, spill: bool
) -> CancelRun:
    """Import one file and press Cancel at 50 %. With `spill`, a tiny page cache makes SQLite
    write pages into the vault file before the end of the transaction (as it does for any
    file much larger than its 8 MB cache), so Cancel must be undone from the rollback journal."""
    intake = Intake(case.vault, clock, chunk_size=64 * 1024)
    only(intake.import_paths([write(tmp_path / "earlier.bin", random_bytes(70_000, seed=1))]))
    size = (2 if spill else 6) * 1024 * 1024
    source = write(tmp_path / "big.bin", random_bytes(size, seed=2))
    if spill:
        case.vault.conn.execute("PRAGMA cache_size = 64")
    before_counts, before_dump = row_counts(case), logical_dump(case)
    before_hash, before_size = sha256_file(vault_path), vault_path.stat().st_size
    token = CancelToken()
    fractions: list[float] = []
    size_at_cancel: list[int] = []

    def progress(p: Progress) -> None:
        fractions.append(p.fraction)
        if p.fraction >= 0.5 and not token.cancelled:
            size_at_cancel.append(vault_path.stat().st_size)
            token.cancel()

    report = intake.import_paths([source], progress=progress, cancel=token)
    return CancelRun(
        report,
        fractions,
        size_at_cancel[0],
        before_size,
        before_hash,
        before_counts,
        before_dump,
    )


def test_cancel_at_half_leaves_the_vault_file_exactly_as_before(
    case: Case, clock: FixedClock, vault_path: Path, tmp_path: Path
) -> None:
    run = cancel_half_way(case, clock, vault_path, tmp_path, spill=False)

    assert run.report.cancelled
    assert run.report.imported == []
    assert run.report.problems == []
    assert 0.5 <= max(run.fractions) < 1.0
    assert row_counts(case) == run.before_counts
    assert not vault_path.with_name(vault_path.name + "-journal").exists()
    assert vault_path.stat().st_size == run.before_size
    assert sha256_file(vault_path) == run.before_hash
    assert case.custody.check().ok


def test_cancel_after_pages_reached_the_file_restores_the_same_content(
    case: Case, clock: FixedClock, vault_path: Path, tmp_path: Path
) -> None:
    run = cancel_half_way(case, clock, vault_path, tmp_path, spill=True)

    assert run.report.cancelled and run.report.imported == []
    assert run.size_at_cancel > run.before_size + 512 * 1024  # half the file was on disk
    assert not vault_path.with_name(vault_path.name + "-journal").exists()
    assert vault_path.stat().st_size == run.before_size  # truncated back
    assert row_counts(case) == run.before_counts
    assert logical_dump(case) == run.before_dump
    assert case.vault.full_check() == []
    assert case.custody.check().ok


def test_cancel_keeps_the_files_finished_before(case: Case, small: Intake, tmp_path: Path) -> None:
    write(tmp_path / "dir" / "a.bin", random_bytes(2 * SMALL, seed=1))
    write(tmp_path / "dir" / "b.bin", random_bytes(8 * SMALL, seed=2))
    write(tmp_path / "dir" / "c.bin", random_bytes(2 * SMALL, seed=3))
    token = CancelToken()

    def progress(p: Progress) -> None:
        if p.items_done >= 1 and p.bytes_done >= 5 * SMALL:
            token.cancel()

    report = small.import_paths([tmp_path / "dir"], progress=progress, cancel=token)

    assert report.cancelled
    assert [Path(i.source).name for i in report.imported] == ["a.bin"]
    assert [e.filename for e in case.evidence.items()] == ["a.bin"]
    assert row_counts(case)["blob"] == 1


# -- pasted bytes and incidents ------------------------------------------------------------


def test_import_bytes_for_a_pasted_screenshot(case: Case, small: Intake) -> None:
    incident = case.journal.add_incident(Incident(title="Room"))
    data = png_bytes((300, 200), "green")

    imported = small.import_bytes(
        "Screenshot 2026-11-25.png",
        data,
        IntakeDetails(source_url="https://t.me/room", incident_ids=(incident.id,)),
    )

    assert not imported.duplicate
    item = case.evidence.item(imported.evidence.id)
    assert item.filename == "Screenshot 2026-11-25.png"
    assert item.media_type == "image/png"
    assert item.size == len(data)
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.file_modified_at is None
    assert item.added_at == NOW
    assert item.incident_ids == (incident.id,)
    assert stored(case, item.id) == data
    image = case.evidence.image(item.id)
    assert image is not None
    assert (image.width, image.height) == (300, 200)
    assert image.thumbnail and image.blurred
    assert [e.action for e in case.custody.for_evidence(item.id)] == ["intake"]

    again = small.import_bytes("paste again.png", data, IntakeDetails())
    assert again.duplicate and again.evidence.id == item.id


def test_import_bytes_needs_a_name(case: Case, small: Intake) -> None:
    before = row_counts(case)
    with pytest.raises(UserError):
        small.import_bytes("  ", b"data", IntakeDetails())
    assert row_counts(case) == before


def test_linking_to_a_missing_incident_writes_nothing(
    case: Case, small: Intake, tmp_path: Path
) -> None:
    before = row_counts(case)
    with pytest.raises(UserError, match="I-99"):
        small.import_bytes("paste.png", png_bytes(), IntakeDetails(incident_ids=(99,)))
    assert row_counts(case) == before

    # A whole import is refused at once (one message, not one per file), before any file.
    with pytest.raises(UserError, match="I-99"):
        small.import_paths(
            [write(tmp_path / "a.bin", random_bytes(3 * SMALL))],
            IntakeDetails(incident_ids=(99,)),
        )
    assert row_counts(case) == before


# -- real camera images --------------------------------------------------------------------

needs_images = pytest.mark.skipif(
    not REAL_IMAGES.is_dir(), reason=f"shared fixtures missing: {REAL_IMAGES}"
)


def _real(pattern: str) -> list[Path]:
    return sorted(REAL_IMAGES.glob(pattern)) if REAL_IMAGES.is_dir() else []


@needs_images
def test_real_images_get_previews_and_gps_flag(case: Case, tmp_path: Path) -> None:
    files = [p for p in _real("*.jpg") if not p.name.startswith("invalid_")]
    assert files
    report = case.intake.import_paths(files)
    assert not report.problems
    assert len(report.imported) == len(files)
    for imported in report.imported:
        source = Path(imported.source)
        item = imported.evidence
        assert item.media_type == "image/jpeg"
        assert item.sha256 == sha256_file(source)
        assert stored(case, item.id) == source.read_bytes()
        image = case.evidence.image(item.id)
        assert image is not None, source.name
        assert image.thumbnail is not None and image.blurred is not None, source.name
        assert image.thumbnail != image.blurred
        assert image.width and image.height
        assert image.has_gps == source.name.startswith("gps_"), source.name


@needs_images
def test_real_images_in_a_folder_import_in_name_order(case: Case) -> None:
    report = case.intake.import_paths([REAL_IMAGES])
    assert not report.problems
    names = [Path(i.source).name for i in report.imported]
    assert names == sorted(p.name for p in REAL_IMAGES.iterdir() if p.is_file())


@needs_images
def test_invalid_images_still_import_with_bytes_intact(case: Case, tmp_path: Path) -> None:
    files = _real("invalid_*.jpg")
    assert files
    report = case.intake.import_paths(files)
    assert not report.problems
    for imported in report.imported:
        source = Path(imported.source)
        assert imported.evidence.sha256 == sha256_file(source)
        assert stored(case, imported.evidence.id) == source.read_bytes()
        image = case.evidence.image(imported.evidence.id)
        assert image is not None
        assert image.thumbnail is not None or image.problem, source.name
        out = tmp_path / source.name
        case.evidence.extract(imported.evidence.id, out)
        assert out.read_bytes() == source.read_bytes()


def test_the_next_file_read_ahead_is_stopped_by_cancel_and_an_error(
    case: Case, tmp_path: Path
) -> None:
    """The next file is opened and read while the current one is stored: Cancel after the
    first file keeps only it, a file gone before its turn is reported in its place, and no
    reader thread is left running."""
    names = ["a.bin", "b.bin", "c.png", "d.bin"]
    files = [
        write(tmp_path / "in" / n, random_bytes(3 * CHUNK_SIZE + 7, seed=i))
        for i, n in enumerate(names)
    ]
    write(files[2], png_bytes())  # a picture after a file read ahead: still kept whole
    token = CancelToken()

    def progress(p: Progress) -> None:
        if p.items_done == 1:
            token.cancel()

    report = case.intake.import_paths([files[0], files[1]], progress=progress, cancel=token)
    assert report.cancelled and [i.source for i in report.imported] == [str(files[0])]
    assert stored(case, report.imported[0].evidence.id) == files[0].read_bytes()

    def remove_the_last(p: Progress) -> None:
        if p.items_done == 1:  # listed, then gone while c is stored, before d is opened
            files[3].unlink(missing_ok=True)

    report = case.intake.import_paths([files[1], files[2], files[3]], progress=remove_the_last)
    assert not report.cancelled
    assert [i.source for i in report.imported] == [str(files[1]), str(files[2])]
    assert [p.source for p in report.problems] == [str(files[3])]
    picture = report.imported[1].evidence
    assert picture.media_type == "image/png"
    assert case.evidence.image(picture.id).thumbnail is not None
    assert stored(case, report.imported[0].evidence.id) == files[1].read_bytes()
    assert not [t for t in threading.enumerate() if t.name == "quietcase-intake-reader"]
