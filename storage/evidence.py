"""Evidence rows: metadata beside the bytes (storage/blobs.py), images' derived data, links."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from quietcase.storage.dates import When
from quietcase.storage.errors import RecordMissing
from quietcase.storage.records import Evidence, ImageInfo
from quietcase.storage.repositories import when_columns
from quietcase.storage.vault import Vault

_COLUMNS = (
    "id, filename, size, media_type, sha256, added_at, file_modified_at, source_url, "
    "captured_text, captured_by, description, shows, tags, binned_at, updated_at"
)


def _ts(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def _from_ts(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class EvidenceItems:
    kind = "evidence"

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, item: Evidence, blob_id: int) -> int:
        captured = item.captured
        new_id = self.vault.execute(
            "INSERT INTO evidence (blob_id, sha256, filename, size, media_type, "
            "file_modified_at, added_at, source_url, captured_text, captured_start, "
            "captured_end, captured_by, description, shows, tags, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                blob_id,
                item.sha256,
                item.filename,
                item.size,
                item.media_type,
                _ts(item.file_modified_at),
                _ts(item.added_at),
                item.source_url,
                *when_columns(captured),
                item.captured_by,
                item.description,
                item.shows,
                json.dumps(list(item.tags), ensure_ascii=False),
                _ts(item.added_at),
            ),
        )
        self.set_incidents(new_id, item.incident_ids)
        return new_id

    def update(self, item: Evidence, now: datetime) -> None:
        """Her notes about the item; the bytes, hash, size and name never change."""
        self._require(item.id)
        captured = item.captured
        self.vault.execute(
            "UPDATE evidence SET source_url = ?, captured_text = ?, captured_start = ?, "
            "captured_end = ?, captured_by = ?, description = ?, shows = ?, tags = ?, "
            "updated_at = ? WHERE id = ?",
            (
                item.source_url,
                *when_columns(captured),
                item.captured_by,
                item.description,
                item.shows,
                json.dumps(list(item.tags), ensure_ascii=False),
                _ts(now),
                item.id,
            ),
        )
        self.set_incidents(item.id, item.incident_ids)

    def set_incidents(self, evidence_id: int, incident_ids: Sequence[int]) -> None:
        self.vault.execute("DELETE FROM evidence_incident WHERE evidence_id = ?", (evidence_id,))
        self.vault.executemany(
            "INSERT OR IGNORE INTO evidence_incident (evidence_id, incident_id) VALUES (?, ?)",
            [(evidence_id, i) for i in incident_ids],
        )

    def get(self, evidence_id: int) -> Evidence:
        found = self._load(f"WHERE id = {int(evidence_id)}")
        if not found:
            raise RecordMissing(self.kind, evidence_id)
        return found[0]

    def by_sha256(self, sha256: str) -> Evidence | None:
        row = self.vault.query_one("SELECT id FROM evidence WHERE sha256 = ?", (sha256,))
        return None if row is None else self.get(int(row[0]))

    def all(self, *, binned: bool = False) -> list[Evidence]:
        """Items in the order they were added; `binned` lists the bin instead."""
        where = "WHERE binned_at IS NOT NULL" if binned else "WHERE binned_at IS NULL"
        return self._load(f"{where} ORDER BY id")

    def blob_id(self, evidence_id: int) -> int:
        row = self.vault.query_one("SELECT blob_id FROM evidence WHERE id = ?", (evidence_id,))
        if row is None:
            raise RecordMissing(self.kind, evidence_id)
        return int(row[0])

    def fingerprints(self) -> list[tuple[int, int, str, int, str]]:
        """(id, blob_id, sha256, size, filename) of every item, binned ones too."""
        return [
            (int(r[0]), int(r[1]), str(r[2]), int(r[3]), str(r[4]))
            for r in self.vault.query(
                "SELECT id, blob_id, sha256, size, filename FROM evidence ORDER BY id"
            )
        ]

    def highest_id_given(self) -> int:
        """The highest id ever given to an item (AUTOINCREMENT keeps it after a deletion)."""
        row = self.vault.query_one("SELECT seq FROM sqlite_sequence WHERE name = 'evidence'")
        return int(row[0]) if row and row[0] is not None else 0

    def set_binned(self, evidence_id: int, at: datetime | None) -> None:
        self._require(evidence_id)
        self.vault.execute("UPDATE evidence SET binned_at = ? WHERE id = ?", (_ts(at), evidence_id))

    def remove(self, evidence_id: int) -> None:
        """Delete the row, its links and derived data (the caller removes the blob)."""
        self._require(evidence_id)
        self.vault.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))

    def count(self) -> int:
        row = self.vault.query_one("SELECT count(*) FROM evidence WHERE binned_at IS NULL")
        return int(row[0]) if row else 0

    def save_image(self, evidence_id: int, info: ImageInfo) -> None:
        self.vault.execute(
            "INSERT OR REPLACE INTO evidence_image (evidence_id, width, height, exif, has_gps, "
            "dhash, thumbnail, blurred, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                evidence_id,
                info.width,
                info.height,
                json.dumps(info.exif, ensure_ascii=False),
                int(info.has_gps),
                info.dhash,
                info.thumbnail,
                info.blurred,
                info.problem,
            ),
        )

    def image(self, evidence_id: int) -> ImageInfo | None:
        row = self.vault.query_one(
            "SELECT width, height, exif, has_gps, dhash, thumbnail, blurred, problem "
            "FROM evidence_image WHERE evidence_id = ?",
            (evidence_id,),
        )
        if row is None:
            return None
        return ImageInfo(
            width=row[0],
            height=row[1],
            exif={str(k): str(v) for k, v in json.loads(row[2]).items()},
            has_gps=bool(row[3]),
            dhash=row[4],
            thumbnail=None if row[5] is None else bytes(row[5]),
            blurred=None if row[6] is None else bytes(row[6]),
            problem=row[7],
        )

    def without_preview(
        self, prefixes: Sequence[str] = (), types: Sequence[str] = ()
    ) -> list[tuple[int, str]]:
        """(id, media type) of the items not in the bin that have no row of derived picture
        data yet (no preview was tried for them), newest first; with `prefixes` or `types`,
        only those whose media type starts with one of the prefixes or is one of the types
        (either way, ignoring case)."""
        where = ""
        if prefixes or types:
            chosen = [r"e.media_type LIKE ? ESCAPE '\'" for _ in prefixes]
            chosen += ["lower(e.media_type) = ?" for _ in types]
            where = " AND (" + " OR ".join(chosen) + ")"
        wanted = [p.replace("%", r"\%").replace("_", r"\_") + "%" for p in prefixes]
        return [
            (int(r[0]), str(r[1]))
            for r in self.vault.query(
                "SELECT e.id, e.media_type FROM evidence e LEFT JOIN evidence_image i "
                "ON i.evidence_id = e.id WHERE i.evidence_id IS NULL AND e.binned_at IS NULL"
                f"{where} ORDER BY e.id DESC",
                (*wanted, *(t.lower() for t in types)),
            )
        ]

    def with_problem(self, problem: str) -> set[int]:
        """The items whose derived picture data says exactly `problem`."""
        rows = self.vault.query(
            "SELECT evidence_id FROM evidence_image WHERE problem = ?", (problem,)
        )
        return {int(r[0]) for r in rows}

    def without_preview_one(self, evidence_id: int) -> bool:
        """Whether this item is still there, not in the bin, and without derived picture data."""
        return (
            self.vault.query_one(
                "SELECT 1 FROM evidence e WHERE e.id = ? AND e.binned_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM evidence_image i WHERE i.evidence_id = e.id)",
                (evidence_id,),
            )
            is not None
        )

    def image_flags(self) -> dict[int, tuple[bool, bool]]:
        """Per item with a picture: (it has a blurred preview, its EXIF holds a location)."""
        rows = self.vault.query(
            "SELECT evidence_id, blurred IS NOT NULL, has_gps FROM evidence_image"
        )
        return {int(r[0]): (bool(r[1]), bool(r[2])) for r in rows}

    def previews(self, evidence_ids: Sequence[int], *, sharp: bool = False) -> dict[int, bytes]:
        """Stored previews of these items (blurred unless `sharp`), in one query; items
        without one are left out."""
        if not evidence_ids:
            return {}
        column = "thumbnail" if sharp else "blurred"
        marks = ",".join("?" * len(evidence_ids))
        rows = self.vault.query(
            f"SELECT evidence_id, {column} FROM evidence_image "
            f"WHERE evidence_id IN ({marks}) AND {column} IS NOT NULL",
            tuple(int(i) for i in evidence_ids),
        )
        return {int(r[0]): bytes(r[1]) for r in rows}

    def dhashes(self) -> list[tuple[int, str]]:
        """(evidence id, perceptual hash) of every image that has one, binned ones excluded."""
        return [
            (int(r[0]), str(r[1]))
            for r in self.vault.query(
                "SELECT i.evidence_id, i.dhash FROM evidence_image i JOIN evidence e "
                "ON e.id = i.evidence_id WHERE i.dhash IS NOT NULL AND e.binned_at IS NULL "
                "ORDER BY i.evidence_id"
            )
        ]

    def _require(self, evidence_id: int) -> None:
        if self.vault.query_one("SELECT 1 FROM evidence WHERE id = ?", (evidence_id,)) is None:
            raise RecordMissing(self.kind, evidence_id)

    def _load(self, where_order: str) -> list[Evidence]:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM evidence {where_order}")
        links: dict[int, list[int]] = defaultdict(list)
        if rows:
            for evidence_id, incident_id in self.vault.query(
                "SELECT evidence_id, incident_id FROM evidence_incident "
                "ORDER BY evidence_id, incident_id"
            ):
                links[int(evidence_id)].append(int(incident_id))
        return [self._record(r, links.get(int(r[0]), [])) for r in rows]

    @staticmethod
    def _record(r: tuple[Any, ...], incident_ids: list[int]) -> Evidence:
        added = datetime.fromisoformat(r[5])
        return Evidence(
            id=int(r[0]),
            filename=r[1],
            size=int(r[2]),
            media_type=r[3],
            sha256=r[4],
            added_at=added,
            file_modified_at=_from_ts(r[6]),
            source_url=r[7],
            captured=None if r[8] is None else When.parse(r[8]),
            captured_by=r[9],
            description=r[10],
            shows=r[11],
            tags=tuple(str(t) for t in json.loads(r[12])),
            binned_at=_from_ts(r[13]),
            updated_at=_from_ts(r[14]),
            incident_ids=tuple(incident_ids),
        )
