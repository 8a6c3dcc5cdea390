"""Rows of the chat imports (Telegram, and KakaoTalk since its schema step): one per import,
and every file of it by its path inside the export (so the export can be put back together
from the evidence, file by file)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from quietcase.storage.vault import Vault


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")


class TelegramExports:
    """The `telegram_export` and `telegram_export_file` rows of one vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add_export(
        self,
        fmt: str,
        folder_name: str,
        now: datetime,
        *,
        app: str = "telegram",
        time_zone: str = "",
        encoding: str = "",
        me: str = "",
    ) -> int:
        """One import's row: the app, the export's format (KakaoTalk: its variant), and for
        text exports the time zone she chose, the file's encoding and her name in it."""
        return self.vault.execute(
            "INSERT INTO telegram_export (imported_at, format, folder_name, app, time_zone, "
            "encoding, me) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (_ts(now), fmt, folder_name, app, time_zone, encoding, me),
        )

    def finish_export(
        self,
        export_id: int,
        main_evidence_id: int | None,
        repairs: Sequence[str],
        summary: dict[str, Any],
    ) -> None:
        self.vault.execute(
            "UPDATE telegram_export SET main_evidence_id = ?, repairs = ?, summary = ? "
            "WHERE id = ?",
            (
                main_evidence_id,
                json.dumps(list(repairs), ensure_ascii=False),
                json.dumps(summary, ensure_ascii=False, sort_keys=True),
                export_id,
            ),
        )

    def add_export_files(self, export_id: int, files: Sequence[tuple[str, int]]) -> None:
        """Where each `(path inside the export, evidence id)` was, in one statement."""
        self.vault.executemany(
            "INSERT OR REPLACE INTO telegram_export_file (export_id, path, evidence_id) "
            "VALUES (?, ?, ?)",
            [(export_id, path, evidence_id) for path, evidence_id in files],
        )

    def export_files(self, export_id: int) -> list[tuple[str, int]]:
        """(path inside the export, evidence id) of every file stored from one export."""
        rows = self.vault.query(
            "SELECT path, evidence_id FROM telegram_export_file WHERE export_id = ? ORDER BY path",
            (export_id,),
        )
        return [(str(r[0]), int(r[1])) for r in rows]
