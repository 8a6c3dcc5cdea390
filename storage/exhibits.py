"""Stable exhibit numbers (증 제n호증, 증 제n호증의 m) of the complaint helper: schema step 5.

A number once given stays with its evidence item, and is never given to another one, even
after the item is purged (no foreign key), so a lawyer's references stay valid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from quietcase.storage.vault import Vault


@dataclass(frozen=True)
class Exhibit:
    """An evidence item's exhibit number; `branch` 0 means no branch. `submitted` is
    "", "with_complaint" or "later" (제출 유무: 접수시 제출 / 수사 중 제출)."""

    evidence_id: int
    number: int
    branch: int = 0
    submitted: str = ""


class Exhibits:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def all(self) -> dict[int, Exhibit]:
        rows = self.vault.query(
            "SELECT evidence_id, number, branch, submitted FROM exhibit ORDER BY number, branch"
        )
        return {int(r[0]): Exhibit(int(r[0]), int(r[1]), int(r[2]), str(r[3])) for r in rows}

    def add(self, exhibits: Iterable[Exhibit], at: datetime) -> None:
        self.vault.executemany(
            "INSERT INTO exhibit (evidence_id, number, branch, submitted, assigned_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(e.evidence_id, e.number, e.branch, e.submitted, at.isoformat()) for e in exhibits],
        )

    def set_submitted(self, evidence_id: int, submitted: str) -> bool:
        """False when the item has no number yet."""
        if self.vault.query_one("SELECT 1 FROM exhibit WHERE evidence_id = ?", (evidence_id,)):
            self.vault.execute(
                "UPDATE exhibit SET submitted = ? WHERE evidence_id = ?", (submitted, evidence_id)
            )
            return True
        return False

    def move(self, evidence_id: int, number: int, branch: int) -> None:
        """Give a kept number to another place (the caller checks it is free)."""
        self.vault.execute(
            "UPDATE exhibit SET number = ?, branch = ? WHERE evidence_id = ?",
            (number, branch, evidence_id),
        )

    def export_groups(self) -> dict[int, int]:
        """Evidence id -> the Telegram export it came with (its files are one exhibit)."""
        rows = self.vault.query("SELECT evidence_id, export_id FROM telegram_export_file")
        return {int(r[0]): int(r[1]) for r in rows}
