"""The chat messages chosen for the case summary (schema step 6, `report_message`).

Callers (`app.chats.messages.ChatMessages`) wrap writes in a transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from quietcase.storage.vault import Vault


def _id_list(record_ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in record_ids)


class ReportMessages:
    """Which messages (chat_message record ids) the case summary's excerpt holds."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def chosen(self) -> list[int]:
        """Record ids of the chosen messages, in time order (as the chat view lists them)."""
        rows = self.vault.query(
            "SELECT m.id FROM report_message r JOIN chat_message m ON m.id = r.message_id "
            "ORDER BY m.sort_at, m.chat_id, m.line_first, m.message_id"
        )
        return [int(r[0]) for r in rows]

    def count(self) -> int:
        row = self.vault.query_one("SELECT count(*) FROM report_message")
        return int(row[0]) if row else 0

    def existing(self, record_ids: Sequence[int]) -> set[int]:
        """Which of these message record ids exist."""
        if not record_ids:
            return set()
        rows = self.vault.query(f"SELECT id FROM chat_message WHERE id IN ({_id_list(record_ids)})")
        return {int(r[0]) for r in rows}

    def choose(self, record_ids: Sequence[int], at: datetime) -> None:
        """Add to the choice (already chosen ones keep their first `chosen_at`)."""
        stamp = at.astimezone(UTC).isoformat(timespec="seconds")
        self.vault.executemany(
            "INSERT OR IGNORE INTO report_message (message_id, chosen_at) VALUES (?, ?)",
            [(int(i), stamp) for i in record_ids],
        )

    def unchoose(self, record_ids: Sequence[int]) -> None:
        if record_ids:
            self.vault.execute(
                f"DELETE FROM report_message WHERE message_id IN ({_id_list(record_ids)})"
            )


def export_origins(vault: Vault) -> dict[int, tuple[str, str, tuple[str, ...]]]:
    """Evidence id -> (the export's folder name, the file's path inside it, its chats) for
    every file stored from a Telegram export (the first export it came in). The chats are
    those whose messages hold the file, or else (the export's own files: result.json, css)
    the chats that import read."""
    rows = vault.query(
        "SELECT f.evidence_id, e.folder_name, f.path, e.summary FROM telegram_export_file f "
        "JOIN telegram_export e ON e.id = f.export_id ORDER BY f.export_id DESC, f.path DESC"
    )
    out: dict[int, tuple[str, str, tuple[str, ...]]] = {}
    for evidence_id, folder, path, summary in rows:  # the first export wins (read last)
        try:
            chats = json.loads(str(summary)).get("chats", [])
        except (ValueError, AttributeError):
            chats = []
        names = tuple(str(c) for c in chats) if isinstance(chats, list) else ()
        out[int(evidence_id)] = (str(folder), str(path), names)
    held: dict[int, list[str]] = {}
    for evidence_id, name in vault.query(
        "SELECT DISTINCT md.evidence_id, c.name FROM chat_media md "
        "JOIN chat c ON c.id = md.chat_id WHERE md.evidence_id IS NOT NULL ORDER BY c.name"
    ):
        held.setdefault(int(evidence_id), []).append(str(name))
    for evidence_id, names_of in held.items():
        if evidence_id in out:
            folder, path, _ = out[evidence_id]
            out[evidence_id] = (folder, path, tuple(names_of))
    return out


def export_apps(vault: Vault) -> dict[int, str]:
    """Evidence id -> the app ("kakaotalk") of the export each file came from, for files not
    from a Telegram export (those are the rule: not listed)."""
    rows = vault.query(
        "SELECT f.evidence_id, e.app FROM telegram_export_file f "
        "JOIN telegram_export e ON e.id = f.export_id WHERE e.app != 'telegram' "
        "ORDER BY f.export_id DESC"
    )
    return {int(r[0]): str(r[1]) for r in rows}
