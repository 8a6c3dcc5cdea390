"""Keeping a deleted record so its deletion can be undone.

Before a record is deleted, its row and every row that links to it (an incident's links, its
contacts, the requests and evidence linked to it, the deadlines pointing at it) are copied
into a snapshot: plain values, JSON-friendly. `restore` puts them back, with the same id when
that id is still free. Links to records that were deleted in the meantime are left out.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3

from quietcase.storage.search import links as search_links
from quietcase.storage.vault import Vault

# kind: (table, [(child table, column naming the record)], [(table, column set NULL)])
_FAMILIES: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "incident": (
        "incident",
        [
            ("incident_link", "incident_id"),
            ("incident_contact", "incident_id"),
            ("request_incident", "incident_id"),
            ("evidence_incident", "incident_id"),
        ],
        [("deadline", "incident_id"), ("chat", "incident_id")],
    ),
    "contact": ("contact", [("incident_contact", "contact_id")], [("request", "contact_id")]),
    "deadline": ("deadline", [], []),
    "request": ("request", [("request_incident", "request_id")], []),
}

Snapshot = dict[str, Any]


def _columns(vault: Vault, table: str) -> list[str]:
    return [str(r[1]) for r in vault.query(f"PRAGMA table_info({table})")]


def _rows(vault: Vault, table: str, column: str, record_id: int) -> list[dict[str, Any]]:
    names = _columns(vault, table)
    rows = vault.query(f"SELECT {', '.join(names)} FROM {table} WHERE {column} = ?", (record_id,))
    return [dict(zip(names, row, strict=True)) for row in rows]


def snapshot(vault: Vault, kind: str, record_id: int) -> Snapshot | None:
    """Everything needed to bring the record back; None if there is no such record."""
    table, children, pointers = _FAMILIES[kind]
    main = _rows(vault, table, "id", record_id)
    if not main:
        return None
    return {
        "kind": kind,
        "id": record_id,
        "row": main[0],
        "children": {child: _rows(vault, child, col, record_id) for child, col in children},
        "pointers": {
            ptr: [
                int(r[0])
                for r in vault.query(f"SELECT id FROM {ptr} WHERE {col} = ?", (record_id,))
            ]
            for ptr, col in pointers
        },
    }


def _insert(vault: Vault, table: str, row: dict[str, Any]) -> int:
    names = list(row)
    marks = ", ".join("?" for _ in names)
    return vault.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", [row[n] for n in names]
    )


def restore(vault: Vault, snap: Snapshot) -> int:
    """Put a snapshot back (call inside `vault.atomic()`); returns the record's id, which is
    the old one unless a new record took it meanwhile."""
    table, children, pointers = _FAMILIES[str(snap["kind"])]
    row = dict(snap["row"])
    old_id = int(snap["id"])
    if vault.query_one(f"SELECT 1 FROM {table} WHERE id = ?", (old_id,)) is not None:
        row.pop("id")
    new_id = _insert(vault, table, row)  # the old id when it is still in the row
    for child, column in children:
        for child_row in snap["children"].get(child, []):
            values = {k: v for k, v in child_row.items() if k != "id"}
            values[column] = new_id
            try:
                _insert(vault, child, values)
            except sqlcipher3.IntegrityError:
                pass  # it linked to a record that has been deleted since
    for ptr, column in pointers:
        ids = [int(i) for i in snap["pointers"].get(ptr, [])]
        if ids:
            vault.execute(
                f"UPDATE {ptr} SET {column} = ? WHERE {column} IS NULL AND id IN "
                f"({','.join(str(i) for i in ids)})",
                (new_id,),
            )
    if table == "incident":
        search_links.reindex(vault, [new_id])  # the triggers leave out links' keywords
    return new_id
