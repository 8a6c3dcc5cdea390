"""Every record's state as a SHA-256, the append-only rows that record it, and the temporary
triggers that note which records a transaction touched (schema step 7).

A record's *state* is the SHA-256 (hex) of a JSON array of everything that makes it: its own
row's columns and the rows that belong to it (an incident's "where it was seen" links and
people, a request's incidents, an evidence item's incidents, a message's media and whether it
was chosen for the report). Derived data (the search index, thumbnails) is not part of it. A
record that is gone has the state "" (empty).

`custody_state` holds one row per record per custody event that changed it; the event carries
the SHA-256 of its rows (`app/evidence/custody.py`), so the rows cannot be changed without
breaking the chain. `verify` recomputes every record's state here and compares it with the
newest row for that record: a record changed outside Quietcase, or put back from an older
copy of the file, no longer matches.

Which records a transaction touched is noted by TEMP triggers (this connection only, never
written into the file): a change made by anything but Quietcase is never recorded, so it
stays a finding. The state of a kind is defined once, here; a later schema step that adds a
column to one of these tables changes the states, so it must record every record again (an
"upgrade" event, as `app/evidence/custody.py` does for files older than step 7).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from quietcase.storage.functions import SHA256_FUNCTION, sha256_text
from quietcase.storage.vault import Vault


# Each kind: its table, its key column, and the state as an SQL expression over the row `r`.
# Ordered sub-lists use ORDER BY inside a sub-select, so their order is part of the state.
@dataclass(frozen=True)
class StateOf:
    kind: str
    table: str
    key: str
    state: str  # json_array(...) over the row `r`
    empty: str | None = None  # the state that means "nothing here" (the cover only)


def _rows(columns: str, table: str, where: str, order: str) -> str:
    return (
        f"(SELECT json_group_array(json(x)) FROM (SELECT json_array({columns}) AS x "
        f"FROM {table} WHERE {where} ORDER BY {order}))"
    )


KINDS: tuple[StateOf, ...] = (
    StateOf(
        "incident",
        "incident",
        "id",
        "json_array(r.title, r.when_text, r.when_start, r.when_end, r.platform, r.place, "
        "r.handles, r.tags, r.description, r.note, r.created_at, r.updated_at, "
        + _rows(
            "position, url, post_title, uploader, found_on, status, checked_on, keywords",
            "incident_link",
            "incident_id = r.id",
            "position, id",
        )
        + ", "
        + _rows("contact_id", "incident_contact", "incident_id = r.id", "contact_id")
        + ", (SELECT json_array(is_act, chosen_at) FROM incident_act WHERE incident_id = r.id))",
    ),
    StateOf(
        "contact",
        "contact",
        "id",
        "json_array(r.name, r.role, r.organisation, r.phone, r.email, r.handles, r.note, "
        "r.created_at, r.updated_at)",
    ),
    StateOf(
        "deadline",
        "deadline",
        "id",
        "json_array(r.title, r.due_text, r.due_at, r.incident_id, r.done, r.note, "
        "r.created_at, r.updated_at)",
    ),
    StateOf(
        "request",
        "request",
        "id",
        "json_array(r.kind, r.subject, r.sent_on, r.contact_id, r.reference, r.status, "
        "r.follow_up_on, r.note, r.created_at, r.updated_at, "
        + _rows("incident_id", "request_incident", "request_id = r.id", "incident_id")
        + ")",
    ),
    StateOf(
        "evidence",
        "evidence",
        "id",
        "json_array(r.blob_id, r.sha256, r.filename, r.size, r.media_type, r.file_modified_at, "
        "r.added_at, r.source_url, r.captured_text, r.captured_start, r.captured_end, "
        "r.captured_by, r.description, r.shows, r.tags, r.binned_at, r.updated_at, "
        + _rows("incident_id", "evidence_incident", "evidence_id = r.id", "incident_id")
        + ")",
    ),
    StateOf(
        "exhibit",
        "exhibit",
        "evidence_id",
        "json_array(r.number, r.branch, r.submitted, r.assigned_at)",
    ),
    StateOf(
        "chat",
        "chat",
        "id",
        "json_array(r.telegram_id, r.name, r.chat_type, r.username, r.incident_id, "
        "r.created_at, r.updated_at, r.app)",
    ),
    StateOf(
        "message",
        "chat_message",
        "id",
        "json_array(r.chat_id, r.message_id, r.kind, r.sent_at, r.local_time, r.utc_offset, "
        "r.sort_at, r.sender, r.sender_id, r.text, r.links, r.mentions, r.reply_to, "
        "r.forwarded_from, r.via_bot, r.edited_at, r.edited_local, r.action, r.export_id, "
        "r.line_first, r.line_last, r.as_written, r.flags, r.time_zone, "
        + _rows(
            "position, kind, path, file, file_name, mime_type, missing, evidence_id, export_id",
            "chat_media",
            "chat_id = r.chat_id AND message_id = r.message_id",
            "position",
        )
        + ", (SELECT chosen_at FROM report_message WHERE message_id = r.id))",
    ),
    StateOf(
        "export",
        "telegram_export",
        "id",
        "json_array(r.imported_at, r.format, r.folder_name, r.main_evidence_id, r.repairs, "
        "r.summary, r.app, r.time_zone, r.encoding, r.me, "
        + _rows("path, evidence_id", "telegram_export_file", "export_id = r.id", "path")
        + ")",
    ),
    # The case summary's cover (title, her name, summary) and the time zone of the case's
    # documents, kept in meta: one record, id 1.
    StateOf(
        "cover",
        "(SELECT 1 AS one)",
        "one",
        "json_array((SELECT value FROM meta WHERE key = 'report.title'), "
        "(SELECT value FROM meta WHERE key = 'report.name'), "
        "(SELECT value FROM meta WHERE key = 'report.summary'), "
        "(SELECT value FROM meta WHERE key = 'case.time_zone'))",
        sha256_text("[null,null,null,null]"),
    ),
)
BY_KIND = {k.kind: k for k in KINDS}


# (table, kind, the key of the record it belongs to, as SQL over the row REF): a change to
# a row of `table` touches that record. Rows that belong to two records touch both.
_TOUCHES: tuple[tuple[str, str, str], ...] = (
    ("incident", "incident", "REF.id"),
    ("incident_link", "incident", "REF.incident_id"),
    ("incident_contact", "incident", "REF.incident_id"),
    ("incident_act", "incident", "REF.incident_id"),
    ("contact", "contact", "REF.id"),
    ("deadline", "deadline", "REF.id"),
    ("request", "request", "REF.id"),
    ("request_incident", "request", "REF.request_id"),
    ("evidence", "evidence", "REF.id"),
    ("evidence_incident", "evidence", "REF.evidence_id"),
    ("exhibit", "exhibit", "REF.evidence_id"),
    ("chat", "chat", "REF.id"),
    ("chat_message", "message", "REF.id"),
    (
        "chat_media",
        "message",
        "(SELECT id FROM chat_message WHERE chat_id = REF.chat_id AND message_id = REF.message_id)",
    ),
    ("report_message", "message", "REF.message_id"),
    ("telegram_export", "export", "REF.id"),
    ("telegram_export_file", "export", "REF.export_id"),
)
_COVER_KEYS = "('report.title', 'report.name', 'report.summary', 'case.time_zone')"


TOUCH_FUNCTION = "qc_touched"  # called by the temporary triggers; notes (kind, id) in Python


def _touch(kind: str, key: str) -> str:
    return f"SELECT {TOUCH_FUNCTION}('{kind}', {key});"


def _watch_statements() -> Iterator[str]:
    # The triggers call a function rather than write to a TEMP table: a write per row into
    # the temporary database made a 20,000-message import six times slower (a statement
    # journal for it at every row, each allocation locked in memory by SQLCipher).
    for table, kind, key in _TOUCHES:
        for event, refs in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            if (table, event) == ("chat_message", "INSERT"):
                continue  # an import adds 100,000 at once: found by their ids instead
            body = " ".join(_touch(kind, key.replace("REF", ref)) for ref in refs)
            yield (
                f"CREATE TEMP TRIGGER IF NOT EXISTS touch_{table}_{event.lower()} "
                f"AFTER {event} ON main.{table} BEGIN {body} END"
            )
    for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        yield (
            f"CREATE TEMP TRIGGER IF NOT EXISTS touch_cover_{event.lower()} "
            f"AFTER {event} ON main.meta WHEN {ref}.key IN {_COVER_KEYS} "
            f"BEGIN {_touch('cover', '1')} END"
        )


class RecordStates:
    """The states of the records of one vault, and the rows that record them."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        # (kind, id) of every record changed since the last `record_touched`. A change later
        # undone may leave its record here: harmless, as its state is then the one recorded.
        self._touched: dict[str, set[int]] = {}
        # Messages are only ever added with new ids (AUTOINCREMENT, never given twice), so the
        # ones added since the last `record_touched` are those above the highest id then:
        # no trigger has to run for each of them.
        self._messages_below = 0

    @property
    def available(self) -> bool:
        """Whether the file has schema step 7 (an older one read by `verify` has not)."""
        row = self.vault.query_one(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'custody_state'"
        )
        return bool(row and row[0])

    def watch(self) -> None:
        """From now on, note every record this connection changes (temporary triggers)."""
        touched = self._touched

        def note(kind: str, record_id: int | None) -> None:
            if record_id is not None:
                touched.setdefault(kind, set()).add(int(record_id))

        self.vault.conn.create_function(TOUCH_FUNCTION, 2, note)
        for statement in _watch_statements():
            self.vault.execute(statement)
        self._messages_below = self._highest_message()

    def _highest_message(self) -> int:
        row = self.vault.query_one("SELECT ifnull(max(id), 0) FROM chat_message")
        return int(row[0]) if row else 0

    def touched(self) -> int:
        """How many records were changed since the last `record_touched` (at least)."""
        added = self._highest_message() - self._messages_below
        return sum(len(ids) for ids in self._touched.values()) + max(added, 0)

    def record_touched(self, seq: int) -> None:
        """Record, as event `seq`, the state now of every record touched since the last call
        whose state is not the one recorded last (inside the transaction that changed them),
        and forget them."""
        # Messages added since: new ids, so no state of theirs was recorded before.
        message = BY_KIND["message"]
        self.vault.execute(
            "INSERT INTO custody_state (seq, kind, record_id, state) "
            f"SELECT ?, 'message', r.id, {SHA256_FUNCTION}({message.state}) "
            "FROM chat_message AS r WHERE r.id > ?",
            (seq, self._messages_below),
        )
        changed = self._touched.get("message")
        if changed:
            changed.difference_update(range(self._messages_below + 1, self._highest_message() + 1))
        for k in KINDS:
            ids = self._touched.get(k.kind)
            if not ids:
                continue  # each statement costs to prepare
            # A row only where the state differs from the newest recorded one (a save that
            # changed nothing records nothing); a record added and removed again, none.
            self.vault.execute(
                "INSERT INTO custody_state (seq, kind, record_id, state) "
                "SELECT ?, ?, record_id, state FROM ("
                "SELECT t.value AS record_id, "
                f"ifnull(nullif((SELECT {SHA256_FUNCTION}({k.state}) FROM {k.table} AS r "
                f"WHERE r.{k.key} = t.value), ?), '') AS state, "
                "(SELECT s.state FROM custody_state AS s WHERE s.kind = ? "
                "AND s.record_id = t.value ORDER BY s.seq DESC LIMIT 1) AS before "
                "FROM json_each(?) AS t) "
                "WHERE state IS NOT ifnull(before, '')",
                (seq, k.kind, k.empty, k.kind, json.dumps(sorted(ids))),
            )
        self._touched.clear()
        self._messages_below = self._highest_message()

    def record_all(self, seq: int) -> None:
        """Record, as event `seq`, the state of every record there is (an upgrade)."""
        for k in KINDS:
            self.vault.execute(
                "INSERT INTO custody_state (seq, kind, record_id, state) "
                f"SELECT ?, '{k.kind}', r.{k.key}, {SHA256_FUNCTION}({k.state}) AS s "
                f"FROM {k.table} AS r WHERE s IS NOT ?",
                (seq, k.empty),
            )
        self._touched.clear()
        self._messages_below = self._highest_message()

    def rows_of(self, seq: int) -> Iterator[tuple[str, int, str]]:
        """(kind, record_id, state) recorded by event `seq`, in their canonical order."""
        for row in self.vault.stream(
            "SELECT kind, record_id, state FROM custody_state WHERE seq = ? "
            "ORDER BY kind, record_id",
            (seq,),
        ):
            yield str(row[0]), int(row[1]), str(row[2])

    def recorded(self) -> Iterator[tuple[int, str, int, str]]:
        """Every (seq, kind, record_id, state) row, in order of seq, then kind and id."""
        for row in self.vault.stream(
            "SELECT seq, kind, record_id, state FROM custody_state ORDER BY seq, kind, record_id"
        ):
            yield int(row[0]), str(row[1]), int(row[2]), str(row[3])

    def changed_since(self, seq: int) -> list[tuple[str, int]]:
        """Every (kind, record_id) an event after `seq` recorded, in order."""
        return [
            (str(r[0]), int(r[1]))
            for r in self.vault.query(
                "SELECT DISTINCT kind, record_id FROM custody_state WHERE seq > ? "
                "ORDER BY kind, record_id",
                (seq,),
            )
        ]

    def current(self, kind: str) -> Iterator[tuple[int, str]]:
        """(record_id, state) of every record of `kind` as it is now."""
        k = BY_KIND[kind]
        for row in self.vault.stream(
            f"SELECT r.{k.key}, {SHA256_FUNCTION}({k.state}) FROM {k.table} AS r"
        ):
            if row[1] != k.empty:
                yield int(row[0]), str(row[1])


def state_digest(rows: Iterator[tuple[str, int, str]] | list[tuple[str, int, str]]) -> str:
    """SHA-256 over an event's state rows, in canonical order: "kind:id:state" lines."""
    digest = hashlib.sha256()
    for kind, record_id, state in rows:
        digest.update(f"{kind}:{record_id}:{state}\n".encode())
    return digest.hexdigest()
