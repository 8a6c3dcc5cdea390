"""Schema step 3: a full-text search index over everything she wrote, kept in sync by triggers.

One FTS5 table with the trigram tokenizer, so Korean (no spaces between the parts of a word)
is found by any three characters of it: "딥페이크" finds "딥페이크 영상". Shorter queries ("텔레")
fall back to LIKE over the same table (see `storage.search.index`).

Each indexed record is one row: `title` (what the record is called) and `body` (everything else
she typed). The rowid encodes the record: `id * 8 + kind`, so a trigger replaces a record's
row by rowid without a scan. The index lives inside the encrypted vault like everything else.

A shipped step is never edited; the statements are listed one by one (no `;` splitting).
"""

from __future__ import annotations

from typing import Any

KIND_CODES = {"incident": 1, "contact": 2, "deadline": 3, "request": 4, "evidence": 5}
KIND_STRIDE = 8

_CREATE = (
    "CREATE VIRTUAL TABLE search_text USING fts5(title, body, tokenize = 'trigram', "
    "detail = 'full')"
)


def _words(column: str) -> str:
    """A JSON list column (handles, tags) as words separated by spaces."""
    return f"ifnull((SELECT group_concat(value, ' ') FROM json_each({column})), '')"


# For each kind: the SELECT that builds its index row(s); `{where}` picks the records.
INDEXED_ROWS = {
    "incident": (
        "SELECT i.id * 8 + 1, i.title, "
        "i.platform || ' ' || i.place || ' ' || i.description || ' ' || i.note || ' ' || "
        + _words("i.handles")
        + " || ' ' || "
        + _words("i.tags")
        + " || ' ' || ifnull((SELECT group_concat(l.url || ' ' || l.post_title || ' ' || "
        "l.uploader, ' ') FROM incident_link l WHERE l.incident_id = i.id), '') "
        "FROM incident i {where}"
    ),
    "contact": (
        "SELECT c.id * 8 + 2, c.name, "
        "c.role || ' ' || c.organisation || ' ' || c.phone || ' ' || c.email || ' ' || "
        "c.note || ' ' || " + _words("c.handles") + " FROM contact c {where}"
    ),
    "deadline": (
        "SELECT d.id * 8 + 3, d.title, d.due_text || ' ' || d.note FROM deadline d {where}"
    ),
    "request": (
        "SELECT r.id * 8 + 4, r.subject, "
        "r.kind || ' ' || r.status || ' ' || r.reference || ' ' || r.note FROM request r {where}"
    ),
    "evidence": (
        "SELECT e.id * 8 + 5, e.filename, "
        "e.description || ' ' || e.shows || ' ' || e.source_url || ' ' || e.captured_by || "
        "' ' || " + _words("e.tags") + " FROM evidence e {where}"
    ),
}
_ALIAS = {"incident": "i", "contact": "c", "deadline": "d", "request": "r", "evidence": "e"}


def _insert(kind: str, record_id: str) -> str:
    where = f"WHERE {_ALIAS[kind]}.id = {record_id}"
    return f"INSERT INTO search_text (rowid, title, body) {INDEXED_ROWS[kind].format(where=where)};"


def _remove(kind: str, record_id: str) -> str:
    return f"DELETE FROM search_text WHERE rowid = {record_id} * 8 + {KIND_CODES[kind]};"


def _triggers(kind: str, table: str) -> list[str]:
    return [
        f"CREATE TRIGGER search_{table}_added AFTER INSERT ON {table} BEGIN "
        f"{_insert(kind, 'NEW.id')} END",
        f"CREATE TRIGGER search_{table}_changed AFTER UPDATE ON {table} BEGIN "
        f"{_remove(kind, 'OLD.id')} {_insert(kind, 'NEW.id')} END",
        f"CREATE TRIGGER search_{table}_removed AFTER DELETE ON {table} BEGIN "
        f"{_remove(kind, 'OLD.id')} END",
    ]


def _link_triggers() -> list[str]:
    """A link belongs to its incident's row: rebuild that row when links change. (When the
    incident itself is being deleted, the SELECT finds nothing and nothing is re-added.)"""

    def rebuild(ref: str) -> str:
        incident = f"{ref}.incident_id"
        return _remove("incident", incident) + " " + _insert("incident", incident)

    return [
        f"CREATE TRIGGER search_incident_link_{event.lower()} AFTER {event} ON incident_link "
        f"BEGIN {' '.join(rebuild(ref) for ref in refs)} END"
        for event, refs in (("INSERT", ["NEW"]), ("DELETE", ["OLD"]), ("UPDATE", ["OLD", "NEW"]))
    ]


STATEMENTS: tuple[str, ...] = (
    _CREATE,
    *_triggers("incident", "incident"),
    *_link_triggers(),
    *_triggers("contact", "contact"),
    *_triggers("deadline", "deadline"),
    *_triggers("request", "request"),
    *_triggers("evidence", "evidence"),
    # Records already in the vault before this step:
    *(
        f"INSERT INTO search_text (rowid, title, body) {INDEXED_ROWS[kind].format(where='')}"
        for kind in KIND_CODES
    ),
)


def create_search_index(conn: Any) -> None:
    """Migration step 2 -> 3 (runs inside the migration's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)
