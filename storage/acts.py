"""Which incidents she marked as acts of an offender (table `incident_act`).

Only her explicit choices are stored; `app.documents.acts` gives the default for the rest.
Callers wrap writes in a transaction.
"""

from __future__ import annotations

from datetime import datetime

from quietcase.storage.vault import Vault


class IncidentActs:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def choices(self) -> dict[int, bool]:
        """Incident id -> her choice (True: an act), for the incidents she chose for."""
        rows = self.vault.query("SELECT incident_id, is_act FROM incident_act")
        return {int(r[0]): bool(r[1]) for r in rows}

    def choose(self, incident_ids: list[int], is_act: bool | None, at: datetime) -> None:
        """Keep her choice for these incidents; None forgets it (back to the default)."""
        ids = [(int(i),) for i in incident_ids]
        self.vault.executemany("DELETE FROM incident_act WHERE incident_id = ?", ids)
        if is_act is not None:
            self.vault.executemany(
                "INSERT INTO incident_act (incident_id, is_act, chosen_at) VALUES (?, ?, ?)",
                [(i, int(is_act), at.isoformat()) for (i,) in ids],
            )
