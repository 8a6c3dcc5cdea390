"""Evidence intake: files in, byte for byte, fingerprinted with SHA-256 while they stream.

One item is one transaction: the bytes (in ~1 MiB chunk rows), the metadata, the image
previews and the custody event are kept together or not at all, so a crash, an error or
Cancel never leaves half an item. A reader thread reads and hashes the next chunk while this
thread hands the previous one to SQLite (both release the GIL), and a bounded queue keeps
memory flat whatever the file size.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, TypeVar

from quietcase.app.core import validation
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import UserError, explain
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.kinds import RecordKind
from quietcase.app.core.progress import (
    Cancelled,
    CancelToken,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from quietcase.app.core.transactions import reading
from quietcase.app.core.walk import (
    Changed,
    Found,
    Kind,
    LinkRefused,
    NotRegular,
    found_at,
    open_found,
    walk,
)
from quietcase.app.evidence import custody, imaging
from quietcase.app.evidence.media_type import SNIFF_BYTES, sniff
from quietcase.storage.blobs import CHUNK_SIZE, Blobs
from quietcase.storage.dates import When
from quietcase.storage.errors import RecordMissing
from quietcase.storage.evidence import EvidenceItems
from quietcase.storage.records import Evidence, ImageInfo
from quietcase.storage.repositories import Incidents
from quietcase.storage.vault import Vault

READ_AHEAD = 4  # chunks read and hashed ahead of the vault's thread, at most
PREVIEW_LIMIT = 48 * 1024 * 1024  # images above this keep their bytes but get no preview
JUNK_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}

NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Quietcase", "{name} is not a regular file (a device or a pipe), so it was not added."
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Quietcase", "{name} could not be read ({reason}). The other files were still added."
)
CHANGED_WHILE_READING = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} changed while it was being read (it was moved, shortened or still being "
    "written), so it was not added. Please try it again once it is complete.",
)
NOTHING_FOUND = QT_TRANSLATE_NOOP("Quietcase", "There is no file or folder at {name}.")
A_LINK = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is a link (a shortcut) to somewhere else, so it was not added: a link can point "
    "anywhere on this computer. If you want what it points to, please add that file itself.",
)
SOURCE = QT_TRANSLATE_NOOP("Quietcase", "source address")
CAPTURED_BY = QT_TRANSLATE_NOOP("Quietcase", "who captured it")
SHOWS = QT_TRANSLATE_NOOP("Quietcase", "what this shows")
TAG = QT_TRANSLATE_NOOP("Quietcase", "tag")
FILE_NAME = QT_TRANSLATE_NOOP("Quietcase", "file name")


@dataclass(frozen=True)
class IntakeDetails:
    """What she says about the files she adds (the same for every file of one import)."""

    source_url: str = ""
    captured: When | None = None
    captured_by: str = ""
    description: str = ""
    shows: str = ""
    tags: tuple[str, ...] = ()
    incident_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Imported:
    """One file taken in; `duplicate` when the same bytes were already in the case."""

    source: str
    evidence: Evidence
    duplicate: bool = False


@dataclass(frozen=True)
class ImportProblem:
    source: str
    error: UserError


@dataclass
class ImportReport:
    imported: list[Imported] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    cancelled: bool = False


class _Duplicate(Exception):
    def __init__(self, existing: Evidence) -> None:
        super().__init__(existing.sha256)
        self.existing = existing


class Intake:
    """Evidence intake over one open vault."""

    def __init__(self, vault: Vault, clock: Clock, chunk_size: int = CHUNK_SIZE) -> None:
        self.vault = vault
        self.clock = clock
        self.chunk_size = chunk_size
        self._items = EvidenceItems(vault)
        self._blobs = Blobs(vault)
        self._custody = custody.Custody(vault, clock)

    def import_paths(
        self,
        paths: Sequence[Path | str],
        details: IntakeDetails = IntakeDetails(),
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Add files and folders (recursively, in a stable order); each file is its own item.

        A file that cannot be read is reported and the others are still added. Cancel undoes
        the file in progress; the files finished before it stay. No link is followed, in a
        folder or given as a path: links, pipes and devices are reported, not added
        (app/core/walk.py)."""
        report = ImportReport()
        files = list(self._collect(paths, report))
        return self.import_found(files, details, progress, cancel, report)

    def import_found(
        self,
        files: Sequence[Found],
        details: IntakeDetails = IntakeDetails(),
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
        report: ImportReport | None = None,
    ) -> ImportReport:
        """Add regular files found by `walk` (a chat export's files): each is opened without
        following a link and must still be the file that was listed."""
        clean = self._clean_details(details)
        reading(self.vault, lambda: require_incidents(self.vault, clean.incident_ids))
        report = ImportReport() if report is None else report
        total, done = sum(f.size for f in files), 0
        # The next file is opened and its reader started as soon as the current one has been
        # read, so its first chunks are read and hashed while this one's rows are written
        # and committed (the commit waits for the disk).
        ahead: _Opened | None = None
        try:
            for index, found in enumerate(files):
                current, ahead = ahead or _Opened(found, self.chunk_size), None

                def open_next(following: int = index + 1) -> None:
                    nonlocal ahead
                    if following < len(files):
                        ahead = _Opened(files[following], self.chunk_size)

                try:
                    taken = self._import_file(
                        current, clean, cancel, done, total, index, len(files), progress, open_next
                    )
                    report.imported.append(taken)
                except Cancelled:
                    report.cancelled = True
                    break
                except UserError as exc:
                    report.problems.append(ImportProblem(str(found.path), exc))
                finally:
                    current.close()
                done += found.size
                progress(Progress(done, total, index + 1, len(files)))
        finally:
            if ahead is not None:
                ahead.close()
        return report

    def import_bytes(self, filename: str, data: bytes, details: IntakeDetails) -> Imported:
        """Add bytes that are not a file yet (a screenshot pasted from the clipboard)."""
        clean = self._clean_details(details)
        name = validation.text(filename, FILE_NAME, required=True)
        return self._store(
            name, _in_memory(data, self.chunk_size, name), len(data), None, clean, None
        )

    # -- the pipeline --------------------------------------------------------------------

    def _import_file(
        self,
        opened: _Opened,
        details: IntakeDetails,
        cancel: CancelToken | None,
        done: int,
        total: int,
        index: int,
        count: int,
        progress: ProgressCallback,
        read: Callable[[], None],
    ) -> Imported:
        path = opened.found.path
        chunks, info = opened.reading()
        modified = datetime.fromtimestamp(info.st_mtime, UTC).replace(microsecond=0)

        def report(n: int) -> None:
            progress(Progress(done + n, total, index, count))

        return self._store(
            path.name, chunks, info.st_size, modified, details, cancel, report, str(path), read
        )

    def _store(
        self,
        name: str,
        chunks: Iterator[_Piece],
        expected_size: int | None,
        modified: datetime | None,
        details: IntakeDetails,
        cancel: CancelToken | None,
        report: Callable[[int], None] | None = None,
        source: str | None = None,
        read: Callable[[], None] | None = None,
    ) -> Imported:
        source = source or name
        try:
            with self.vault.atomic():
                require_incidents(self.vault, details.incident_ids)
                item = self._write(
                    name, chunks, expected_size, modified, details, cancel, report, read
                )
            return Imported(source, item)
        except _Duplicate as dup:
            return Imported(source, self._relink(dup.existing, details), duplicate=True)
        except (UserError, Cancelled):
            raise
        except Exception as exc:
            raise explain(exc, self.vault.path) from exc

    def _write(
        self,
        name: str,
        chunks: Iterator[_Piece],
        expected_size: int | None,
        modified: datetime | None,
        details: IntakeDetails,
        cancel: CancelToken | None,
        report: Callable[[int], None] | None,
        read: Callable[[], None] | None = None,
    ) -> Evidence:
        blob_id = self._blobs.create(self.chunk_size)
        size, seq = 0, 0
        media_type = ""
        early: list[bytes] | None = []  # chunks stored before the media type was known
        keep_all: bytearray | None = None
        sha256 = ""
        for data, final_hash, sniffed in chunks:
            if final_hash is not None:
                sha256 = final_hash
                break
            if sniffed is not None:  # sent once, after the chunks holding the first bytes
                media_type = sniffed
                if imaging.is_image_type(media_type) and early is not None:
                    keep_all = bytearray().join(early)  # kept whole in memory for previews
                    if len(keep_all) > PREVIEW_LIMIT:
                        keep_all = None
                early = None
                continue
            if cancel is not None:
                cancel.raise_if_cancelled()
            self._blobs.append(blob_id, seq, data)
            if early is not None:
                early.append(data)  # references, no copies: at most a chunk or two
            elif keep_all is not None:
                keep_all += data
                if len(keep_all) > PREVIEW_LIMIT:
                    keep_all = None
            seq, size = seq + 1, size + len(data)
            if report is not None:
                report(size)
        early = None
        if read is not None:
            read()  # every byte is in hand: the next file may start
        if expected_size is not None and size != expected_size:
            raise UserError(CHANGED_WHILE_READING, name=name)
        existing = self._items.by_sha256(sha256)
        if existing is not None:
            raise _Duplicate(existing)
        self._blobs.finish(blob_id, size, sha256)
        now = self.clock.now()
        item = Evidence(
            filename=name,
            size=size,
            media_type=media_type,
            sha256=sha256,
            added_at=now,
            file_modified_at=modified,
            source_url=details.source_url,
            captured=details.captured,
            captured_by=details.captured_by,
            description=details.description,
            shows=details.shows,
            tags=details.tags,
            incident_ids=details.incident_ids,
            updated_at=now,
        )
        item = replace(item, id=self._items.add(item, blob_id))
        if imaging.is_image_type(media_type):
            picture = None if keep_all is None else bytes(keep_all)
            keep_all = None  # one copy of the bytes while the picture is decoded, not two
            self._items.save_image(item.id, _image_info(picture))
        self._custody.record(custody.INTAKE, item.id, f"{name}; {size} bytes; sha256 {sha256}")
        return item

    def _relink(self, existing: Evidence, details: IntakeDetails) -> Evidence:
        """The same bytes again: link the existing item to the new incidents instead."""
        with self.vault.atomic():
            merged = tuple(dict.fromkeys(existing.incident_ids + details.incident_ids))
            if existing.binned_at is not None:
                self._items.set_binned(existing.id, None)
                self._custody.record(custody.UNBIN, existing.id, "added again while in the bin")
            if merged != existing.incident_ids:
                self._items.set_incidents(existing.id, merged)
            self._custody.record(
                custody.DUPLICATE,
                existing.id,
                "the same file was added again; linked to "
                + (", ".join(f"I-{i}" for i in merged) or "no incident"),
            )
            return self._items.get(existing.id)

    # -- helpers -------------------------------------------------------------------------

    def _collect(self, paths: Sequence[Path | str], report: ImportReport) -> Iterator[Found]:
        """The regular files to add, in a stable order; everything else is reported. A folder
        she names is walked without following links (she may name it through one)."""
        for given in paths:
            path = Path(given)
            try:
                here = found_at(path)
                if here.kind is Kind.LINK and path.is_dir():
                    here = Found(path, "", Kind.FOLDER)  # the folder she chose, by a link
            except FileNotFoundError:
                report.problems.append(
                    ImportProblem(str(path), UserError(NOTHING_FOUND, name=str(path)))
                )
                continue
            except OSError as exc:
                here = Found(path, path.name, Kind.UNREADABLE, error=exc.strerror or "")
            if here.kind is not Kind.FOLDER:
                yield from self._candidate(here, report)
                continue
            try:
                for found in walk(path):
                    yield from self._candidate(found, report)
            except OSError as exc:
                unreadable = Found(path, path.name, Kind.UNREADABLE, error=exc.strerror or "")
                yield from self._candidate(unreadable, report)

    @staticmethod
    def _candidate(found: Found, report: ImportReport) -> Iterator[Found]:
        name, where = found.name, str(found.path)
        if name in JUNK_NAMES or name.startswith("._"):
            report.skipped.append(where)
        elif found.kind is Kind.FILE:
            yield found
        elif found.kind is Kind.LINK:
            report.problems.append(ImportProblem(where, UserError(A_LINK, name=name)))
        elif found.kind is Kind.UNREADABLE:
            error = UserError(UNREADABLE, name=name, reason=found.error)
            report.problems.append(ImportProblem(where, error))
        else:
            report.problems.append(ImportProblem(where, UserError(NOT_A_FILE, name=name)))

    @staticmethod
    def _clean_details(details: IntakeDetails) -> IntakeDetails:
        return clean_notes(details)


_Notes = TypeVar("_Notes", IntakeDetails, Evidence)


def clean_notes(notes: _Notes) -> _Notes:
    """Check and tidy what she noted about evidence (at intake or later)."""
    return replace(
        notes,
        source_url=validation.url(notes.source_url) if notes.source_url.strip() else "",
        captured=validation.valid_when(notes.captured),
        captured_by=validation.text(notes.captured_by, CAPTURED_BY),
        description=validation.text(
            notes.description, validation.DESCRIPTION, limit=validation.LONG_TEXT
        ),
        shows=validation.text(notes.shows, SHOWS, limit=validation.LONG_TEXT),
        tags=validation.words(notes.tags, TAG),
        incident_ids=tuple(dict.fromkeys(notes.incident_ids)),
    )


def require_incidents(vault: Vault, ids: Sequence[int]) -> None:
    """Raise `RecordMissing` for the first incident id that does not exist."""
    incidents = Incidents(vault)
    for incident_id in ids:
        if not incidents.exists(incident_id):
            raise RecordMissing(RecordKind.INCIDENT, incident_id)


def _image_info(data: bytes | None) -> ImageInfo:
    if data is None:
        return ImageInfo(problem="too large to preview")
    facts = imaging.inspect_image(data)
    return ImageInfo(
        width=facts.width,
        height=facts.height,
        exif=facts.exif,
        has_gps=facts.has_gps,
        dhash=facts.dhash,
        thumbnail=facts.thumbnail,
        blurred=facts.blurred,
        problem=facts.problem,
    )


_END = object()
# What the chunk streams below yield: `(chunk, None, None)` for each chunk in order; once,
# after the chunks that hold the first `SNIFF_BYTES`, `(b"", None, media type)`; last,
# `(b"", SHA-256, None)`.
_Piece = tuple[bytes, str | None, str | None]


def _in_memory(data: bytes, chunk_size: int, name: str) -> Iterator[_Piece]:
    for start in range(0, len(data), chunk_size):
        yield data[start : start + chunk_size], None, None
    yield b"", None, sniff(data[:SNIFF_BYTES], name)
    yield b"", hashlib.sha256(data).hexdigest(), None


class _ReadAhead:
    """Chunks read and hashed on a second thread, a few ahead, from the moment it is made;
    the last item carries the SHA-256. The media type is worked out on that thread too
    (puremagic is pure Python: ~1-2 ms a file that the vault's thread spends in SQLite
    meanwhile). At most 4 chunks wait in memory."""

    def __init__(self, handle: BinaryIO, chunk_size: int, path: Path) -> None:
        self._handle, self._chunk_size, self._path = handle, chunk_size, path
        self._pending: queue.Queue[object] = queue.Queue(maxsize=READ_AHEAD)
        self._stop = threading.Event()
        self._finished = False
        self._thread = threading.Thread(
            target=self._read, name="quietcase-intake-reader", daemon=True
        )
        self._thread.start()

    def _read(self) -> None:
        pending, name = self._pending, self._path.name
        digest = hashlib.sha256()
        head: bytearray | None = bytearray()
        try:
            while not self._stop.is_set():
                data = self._handle.read(self._chunk_size)
                if not data:
                    break
                digest.update(data)
                pending.put((data, None, None))
                if head is not None:
                    head += data[: SNIFF_BYTES - len(head)]
                    if len(head) >= SNIFF_BYTES:
                        pending.put((b"", None, sniff(bytes(head), name)))
                        head = None
            if head is not None:
                pending.put((b"", None, sniff(bytes(head), name)))
            pending.put((b"", digest.hexdigest(), None))
        except OSError as exc:
            pending.put(exc)
        finally:
            pending.put(_END)

    def __iter__(self) -> Iterator[_Piece]:
        while not self._finished:
            item = self._pending.get()
            if item is _END:
                self._finished = True
                break
            if isinstance(item, OSError):
                name = self._path.name
                raise UserError(UNREADABLE, name=name, reason=item.strerror or "") from item
            assert isinstance(item, tuple)
            yield item

    def close(self) -> None:
        """Stop reading (at once, or after the chunk in hand) and wait for the thread."""
        self._stop.set()
        while not self._finished:  # it always ends with _END
            self._finished = self._pending.get() is _END
        self._thread.join()


class _Opened:
    """One file to add, opened without following a link (only the file listed: a link or a
    pipe swapped in after the folder was listed is refused), and its reader started; or why
    it could not be opened, raised when its turn comes."""

    def __init__(self, found: Found, chunk_size: int) -> None:
        self.found = found
        self._error: UserError | None = None
        self._handle: BinaryIO | None = None
        self._reader: _ReadAhead | None = None
        name = found.path.name
        try:
            fd = open_found(found)
        except LinkRefused:
            self._error = UserError(A_LINK, name=name)
            return
        except NotRegular:
            self._error = UserError(NOT_A_FILE, name=name)
            return
        except Changed:
            self._error = UserError(CHANGED_WHILE_READING, name=name)
            return
        except OSError as exc:
            self._error = UserError(UNREADABLE, name=name, reason=exc.strerror or "")
            return
        self._handle = os.fdopen(fd, "rb")
        try:
            self._info = os.fstat(fd)
            self._reader = _ReadAhead(self._handle, chunk_size, found.path)
        except BaseException:
            self._handle.close()
            raise

    def reading(self) -> tuple[Iterator[_Piece], os.stat_result]:
        if self._error is not None:
            raise self._error
        assert self._reader is not None
        return iter(self._reader), self._info

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        if self._handle is not None:
            self._handle.close()
