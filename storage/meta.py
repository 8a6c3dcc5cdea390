"""The case file's `meta` entries beyond single keys: by prefix (drafts, undo snapshots), and
removing one."""

from __future__ import annotations

from quietcase.storage.vault import Vault


def meta_with_prefix(vault: Vault, prefix: str) -> dict[str, str]:
    """Every meta entry whose key starts with `prefix` (drafts, undo snapshots)."""
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = vault.query("SELECT key, value FROM meta WHERE key LIKE ? ESCAPE '\\'", (pattern,))
    return {str(r[0]): str(r[1]) for r in rows}


def remove_meta(vault: Vault, key: str) -> None:
    vault.execute("DELETE FROM meta WHERE key = ?", (key,))
