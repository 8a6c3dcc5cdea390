"""Unfinished editors, kept encrypted inside the vault so nothing she typed is lost.

When Quietcase locks itself while an editor is open, what she had typed is saved as a draft
(a small JSON object of the form's fields) in the vault's `meta` table; after she unlocks, the
editor opens again with it. A draft is removed once the record is saved or she discards it.
"""

from __future__ import annotations

import json
from typing import Any

from quietcase.app.core.errors import explain
from quietcase.storage.meta import meta_with_prefix, remove_meta
from quietcase.storage.vault import Vault

PREFIX = "draft:"

Draft = dict[str, Any]


class Drafts:
    """The drafts kept in one open case file."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def save(self, key: str, fields: Draft) -> None:
        """Keep `fields` under `key` (e.g. "incident:12", "incident:new")."""
        try:
            with self.vault.atomic():
                self.vault.set_meta(PREFIX + key, json.dumps(fields, ensure_ascii=False))
        except Exception as exc:
            raise explain(exc, self.vault.path) from exc

    def all(self) -> dict[str, Draft]:
        """Every kept draft by key; an unreadable one is skipped rather than shown broken."""
        try:
            stored = meta_with_prefix(self.vault, PREFIX)
        except Exception as exc:
            raise explain(exc, self.vault.path) from exc
        found: dict[str, Draft] = {}
        for key, raw in sorted(stored.items()):
            try:
                value = json.loads(raw)
            except ValueError:
                continue
            if isinstance(value, dict):
                found[key.removeprefix(PREFIX)] = value
        return found

    def discard(self, key: str) -> None:
        try:
            with self.vault.atomic():
                remove_meta(self.vault, PREFIX + key)
        except Exception as exc:
            raise explain(exc, self.vault.path) from exc
