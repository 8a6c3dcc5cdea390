"""Evidence after intake: look, describe, link, take out a copy, and delete with care.

Every change is one transaction together with its custody event. Deleting is two steps she
confirms: to the bin (restorable), then emptying the bin, which removes the bytes and leaves a
custody event naming what was removed, so the log stays whole.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_DAMAGED, UserError, explain
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from quietcase.app.core.transactions import reading, writing
from quietcase.app.documents.safe_export import NewFile
from quietcase.app.evidence import custody
from quietcase.storage.blobs import Blobs
from quietcase.storage.errors import VaultError
from quietcase.storage.evidence import EvidenceItems
from quietcase.storage.records import Evidence, ImageInfo
from quietcase.storage.vault import Vault

OUT_EXISTS = QT_TRANSLATE_NOOP(
    "Quietcase", "A file already exists at {path}. Quietcase never overwrites a file."
)
OUT_UNWRITABLE = QT_TRANSLATE_NOOP(
    "Quietcase", "Quietcase could not write {path} ({reason}). Nothing was saved there."
)
EXTRACT_MISMATCH = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The stored bytes of {evidence_id} no longer match the SHA-256 recorded when it was "
    "added. The copy was removed. Please restore the case file from a backup.",
)
EXTRACT_NO_INTAKE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The record of when {evidence_id} was added is missing from the case file, so Quietcase "
    "cannot confirm these are the bytes that were added. No copy was saved. Please restore "
    "the case file from a backup.",
)
_T = TypeVar("_T")
_NOTED = ("source_url", "captured", "captured_by", "description", "shows", "tags")

IN_BIN = QT_TRANSLATE_NOOP(
    "Quietcase", "{evidence_id} is in the bin. Take it out of the bin first to change it."
)


@dataclass(frozen=True)
class Purged:
    """What emptying the bin removed (also written into the custody log)."""

    evidence_id: int
    filename: str
    sha256: str
    size: int


class KeptEvidence:
    """Use cases on evidence already in the vault."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.vault = vault
        self.clock = clock
        self._items = EvidenceItems(vault)
        self._blobs = Blobs(vault)
        self._custody = custody.Custody(vault, clock)

    def items(self, *, binned: bool = False) -> list[Evidence]:
        """Every item in the order added (or those in the bin)."""
        return self._reading(lambda: self._items.all(binned=binned))

    def item(self, evidence_id: int) -> Evidence:
        return self._reading(lambda: self._items.get(evidence_id))

    def image(self, evidence_id: int) -> ImageInfo | None:
        """Dimensions, EXIF and the sharp and blurred thumbnails, for images."""
        return self._reading(lambda: self._items.image(evidence_id))

    def similar(self, evidence_id: int, max_distance: int = 10) -> list[tuple[Evidence, int]]:
        """Other images that look like this one (the same picture re-uploaded, resized or
        re-compressed), closest first, with their perceptual-hash distance."""

        from quietcase.app.evidence.imaging import hamming  # Pillow: only when asked

        def find() -> list[tuple[Evidence, int]]:
            hashes = dict(self._items.dhashes())
            mine = hashes.pop(evidence_id, None)
            if mine is None:
                return []
            close = sorted((hamming(mine, other), other_id) for other_id, other in hashes.items())
            return [(self._items.get(i), d) for d, i in close if d <= max_distance]

        return self._reading(find)

    def count(self) -> int:
        return self._reading(self._items.count)

    def chunks(self, evidence_id: int) -> Iterator[bytes]:
        """The original bytes, streamed (for the viewer: decoded in memory, never a temp file)."""
        blob_id = self._reading(lambda: self._items.blob_id(evidence_id))
        return self._blobs.chunks(blob_id)

    def update(self, item: Evidence) -> Evidence:
        """Change what she noted about an item; the bytes and their hash never change."""
        from quietcase.app.evidence.intake import clean_notes, require_incidents

        clean = clean_notes(item)
        with self._writing():
            before = self._items.get(clean.id)
            if before.binned_at is not None:
                raise UserError(IN_BIN, evidence_id=f"E-{clean.id}")
            require_incidents(self.vault, clean.incident_ids)
            self._items.update(clean, self.clock.now())
            changed = [
                name
                for name in (
                    "source_url",
                    "captured",
                    "captured_by",
                    "description",
                    "shows",
                    "tags",
                )
                if getattr(before, name) != getattr(clean, name)
            ]
            if changed:
                self._custody.record(custody.EDIT, clean.id, "changed " + ", ".join(changed))
            if before.incident_ids != clean.incident_ids:
                self._custody.record(
                    custody.LINK,
                    clean.id,
                    "linked to " + (", ".join(f"I-{i}" for i in clean.incident_ids) or "nothing"),
                )
            return self._items.get(clean.id)

    def to_bin(self, evidence_id: int) -> Evidence:
        """Move an item to the bin (ask her first); it can be taken out again."""
        with self._writing():
            self._items.set_binned(evidence_id, self.clock.now())
            self._custody.record(custody.BIN, evidence_id, "moved to the bin")
            return self._items.get(evidence_id)

    def from_bin(self, evidence_id: int) -> Evidence:
        with self._writing():
            self._items.set_binned(evidence_id, None)
            self._custody.record(custody.UNBIN, evidence_id, "taken out of the bin")
            return self._items.get(evidence_id)

    def empty_bin(self) -> list[Purged]:
        """Remove every binned item's bytes for good (ask her first). The custody log keeps
        the name, hash and size of each."""
        with self._writing():
            purged = []
            for item in self._items.all(binned=True):
                blob_id = self._items.blob_id(item.id)
                self._items.remove(item.id)
                self._blobs.delete(blob_id)
                self._custody.record(
                    custody.PURGE,
                    item.id,
                    f"removed for good: {item.filename}; {item.size} bytes; sha256 {item.sha256}",
                )
                purged.append(Purged(item.id, item.filename, item.sha256, item.size))
            return purged

    def extract(
        self,
        evidence_id: int,
        out: Path,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> Evidence:
        """Write a copy of the original bytes to `out` (never overwriting), checking the
        SHA-256 as it goes. The copy is written under a hidden temporary name beside `out`
        and gets its name only when whole and checked (a killed extract never leaves a cut
        copy under the real name; the next export to that folder removes what it left). On
        a mismatch or Cancel nothing is left."""
        item = self.item(evidence_id)
        detail = self._reading(lambda: self._custody.intake_detail(evidence_id))
        # What was recorded when it was added: the stored hash alone could have been rewritten
        # together with the bytes. (None: a detail of another form, so nothing to compare.)
        if detail is None:
            raise UserError(EXTRACT_NO_INTAKE, EXIT_DAMAGED, evidence_id=f"E-{evidence_id}")
        recorded = custody.recorded_at_intake(detail)
        out = Path(out)
        if out.exists() or out.is_symlink():
            raise UserError(OUT_EXISTS, path=str(out))
        try:
            file = NewFile(out)
        except OSError as exc:
            raise UserError(OUT_UNWRITABLE, path=str(out), reason=exc.strerror or "") from exc
        try:
            writer = _WriteBehind(file.handle)
            try:
                done = 0
                for chunk in self.chunks(evidence_id):
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    writer.put(chunk)
                    done += len(chunk)
                    progress(Progress(done, item.size, 0, 1))
            finally:
                digest = writer.finish()
            if (
                digest.hexdigest() != item.sha256
                or done != item.size
                or (recorded is not None and recorded != custody.Recorded(done, item.sha256))
            ):
                raise UserError(EXTRACT_MISMATCH, EXIT_DAMAGED, evidence_id=f"E-{evidence_id}")
            with self._writing():
                self._custody.record(custody.EXTRACT, evidence_id, f"copy saved as {out.name}")
                file.place()  # last: a failure here undoes the custody event too
        except BaseException as exc:
            file.discard()
            if isinstance(exc, OSError):
                raise UserError(OUT_UNWRITABLE, path=str(out), reason=exc.strerror or "") from exc
            if isinstance(exc, VaultError):
                raise explain(exc, self.vault.path) from exc
            raise
        progress(Progress(item.size, item.size, 1, 1))
        return item

    # -- plumbing ------------------------------------------------------------------------

    def _writing(self) -> AbstractContextManager[None]:
        return writing(self.vault)

    def _reading(self, read: Callable[[], _T]) -> _T:
        return reading(self.vault, read)


_SYNC_EVERY = 64 * 1024 * 1024
_WRITE_AHEAD = 4  # chunks read from SQLite ahead of the writer, at most
_datasync = getattr(os, "fdatasync", os.fsync)


class _WriteBehind:
    """Hash and write chunks on a second thread while this one reads the next from SQLite
    (both release the GIL). At most a few chunks wait in memory."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_WRITE_AHEAD)
        self._digest = hashlib.sha256()
        self._error: BaseException | None = None
        self._syncing: threading.Thread | None = None
        self._thread = threading.Thread(target=self._run, name="quietcase-extract", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        unsynced = 0
        while (chunk := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._digest.update(chunk)
                    self._handle.write(chunk)
                    unsynced += len(chunk)
                    if unsynced >= _SYNC_EVERY and not self._sync_running():
                        # Flushing as we go keeps the kernel from throttling a huge pile of
                        # dirty pages at the end (measured: 1 GiB in 0.45 s instead of 1.8 s),
                        # on a thread of its own so the writing never waits for the disk
                        # (it did: the reading stopped for every sync, ~0.2-0.6 s in 240 MiB).
                        self._handle.flush()
                        self._sync_behind()
                        unsynced = 0
                except BaseException as exc:  # reported by finish(), on the caller's thread
                    self._error = exc
        self._wait_for_sync()

    def _sync_running(self) -> bool:
        return self._syncing is not None and self._syncing.is_alive()

    def _sync_behind(self) -> None:
        fileno = self._handle.fileno()

        def sync() -> None:
            try:
                _datasync(fileno)
            except BaseException as exc:
                self._error = self._error or exc

        self._syncing = threading.Thread(target=sync, name="quietcase-extract-sync", daemon=True)
        self._syncing.start()

    def _wait_for_sync(self) -> None:
        if self._syncing is not None:
            self._syncing.join()  # before finish() returns: the caller syncs and closes

    def put(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def finish(self) -> hashlib._Hash:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._digest
