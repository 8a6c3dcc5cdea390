"""Counts for the window's overview: evidence and requests per incident, incidents per contact.

Each runs one query whatever the number of records, so a timeline of 10,000 incidents gets
its counts of evidence and requests in two queries.
"""

from __future__ import annotations

from quietcase.storage.vault import Vault


def _per_incident(vault: Vault, sql: str) -> dict[int, int]:
    return {int(r[0]): int(r[1]) for r in vault.query(sql)}


def evidence_per_incident(vault: Vault) -> dict[int, int]:
    """How many evidence items (not in the bin) each incident has linked."""
    return _per_incident(
        vault,
        "SELECT l.incident_id, count(*) FROM evidence_incident l "
        "JOIN evidence e ON e.id = l.evidence_id WHERE e.binned_at IS NULL "
        "GROUP BY l.incident_id",
    )


def requests_per_incident(vault: Vault) -> dict[int, int]:
    return _per_incident(
        vault, "SELECT incident_id, count(*) FROM request_incident GROUP BY incident_id"
    )


def incidents_per_contact(vault: Vault) -> dict[int, int]:
    return _per_incident(
        vault, "SELECT contact_id, count(*) FROM incident_contact GROUP BY contact_id"
    )


def evidence_count(vault: Vault) -> int:
    row = vault.query_one("SELECT count(*) FROM evidence WHERE binned_at IS NULL")
    return int(row[0]) if row else 0
