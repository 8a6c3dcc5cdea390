"""The custody log's rows. Append-only: triggers in the schema refuse UPDATE and DELETE.

The hashing and the chain rules live in app/custody.py; this module only stores and reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from quietcase.storage.errors import IntegrityError
from quietcase.storage.records import CustodyEvent
from quietcase.storage.vault import Vault

_COLUMNS = "seq, at, action, evidence_id, detail, prev_hash, hash"
# Files older than schema step 7 (read, never migrated, by `verify`) have no `states` column.
_NO_STATES = f"{_COLUMNS}, NULL"
_WITH_STATES = f"{_COLUMNS}, states"


def _event(row: tuple[Any, ...]) -> CustodyEvent:
    # The table is STRICT, but SQLite checks types on writing only: a row of another table's
    # page put in its place (a damaged or tampered file) is read as it is.
    texts = (row[1], row[2], row[4], row[5], row[6])
    if not all(isinstance(v, str) for v in texts) or not isinstance(row[3], int | None):
        raise IntegrityError([f"custody event {row[0]!r} is not a custody event"])
    try:
        at = datetime.fromisoformat(row[1])
    except ValueError:
        raise IntegrityError([f"custody event {row[0]!r} has no valid time"]) from None
    return CustodyEvent(
        seq=int(row[0]),
        at=at,
        action=row[2],
        evidence_id=None if row[3] is None else int(row[3]),
        detail=row[4],
        prev_hash=row[5],
        hash=row[6],
        states=row[7],
    )


class CustodyLog:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._columns: str | None = None

    @property
    def has_states(self) -> bool:
        """Whether the file has schema step 7 (record states in the history)."""
        return self._read_columns == _WITH_STATES

    @property
    def _read_columns(self) -> str:
        if self._columns is None:
            names = {str(r[1]) for r in self.vault.query("PRAGMA table_info(custody_event)")}
            self._columns = _WITH_STATES if "states" in names else _NO_STATES
        return self._columns

    def last(self) -> CustodyEvent | None:
        row = self.vault.query_one(
            f"SELECT {self._read_columns} FROM custody_event ORDER BY seq DESC"
        )
        return None if row is None else _event(row)

    def add(self, event: CustodyEvent) -> None:
        self.vault.execute(
            f"INSERT INTO custody_event ({_WITH_STATES}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.seq,
                event.at.isoformat(timespec="seconds"),
                event.action,
                event.evidence_id,
                event.detail,
                event.prev_hash,
                event.hash,
                event.states,
            ),
        )

    def events(self) -> Iterator[CustodyEvent]:
        """Every event in order, streamed."""
        for row in self.vault.stream(
            f"SELECT {self._read_columns} FROM custody_event ORDER BY seq"
        ):
            yield _event(row)

    def for_evidence(self, evidence_id: int) -> list[CustodyEvent]:
        return [
            _event(r)
            for r in self.vault.query(
                f"SELECT {self._read_columns} FROM custody_event "
                "WHERE evidence_id = ? ORDER BY seq",
                (evidence_id,),
            )
        ]

    def evidence_actions(self) -> list[tuple[int, str, str]]:
        """(evidence_id, action, detail) of every event that names an evidence item, in order:
        one query, for checking every item against its history at once."""
        return [
            (int(r[0]), str(r[1]), str(r[2]))
            for r in self.vault.query(
                "SELECT evidence_id, action, detail FROM custody_event "
                "WHERE evidence_id IS NOT NULL ORDER BY seq"
            )
        ]

    def count(self) -> int:
        row = self.vault.query_one("SELECT count(*) FROM custody_event")
        return int(row[0]) if row else 0
