"""Schema step 4: chats and their messages, from Telegram Desktop exports.

The export's files themselves are evidence (SHA-256, custody); these tables hold what was
read from them, so that every message can be searched and listed, and can point back at the
export (`telegram_export`, whose main file is an evidence item) and at its media (evidence).

- `chat`: one Telegram chat, group or channel. `telegram_id` comes from JSON exports (HTML
  exports carry no id; such a chat is matched by its name when the same chat comes again).
- `chat_message`: one message; `(chat_id, message_id)` is unique, so a newer export of the
  same chat adds only what is new. `sent_at` is exact UTC (from `date_unixtime`), when the
  export gives it; `local_time` is the time as the export wrote it, in the local time of the
  computer that made it; `sort_at` orders both kinds (the exact one when known).
- `chat_media`: a message's photo or file: where the export put it, the evidence item that
  holds it, or why it is missing ("not included", "too large", ...).
- `telegram_export`, `telegram_export_file`: one row per import, and every file of it with
  its path inside the export, so the export can be rebuilt file by file.

Messages were in the shared search index (kind code 6, see `storage.search.schema`) until
schema step 10 gave them one of their own (`storage.search.messages`): added in bulk by
`storage.chats.messages.ChatLog.index_messages`, kept in sync by triggers on change.
"""

from __future__ import annotations

from typing import Any

from quietcase.storage.search.schema import KIND_STRIDE

MESSAGE_KIND = "message"
MESSAGE_CODE = 6  # the search index's kind code for chat messages (rowid = id * 8 + 6)

_TABLES = """
CREATE TABLE telegram_export (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    imported_at TEXT NOT NULL,
    format TEXT NOT NULL,
    folder_name TEXT NOT NULL DEFAULT '',
    main_evidence_id INTEGER REFERENCES evidence (id) ON DELETE SET NULL,
    repairs TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE TABLE telegram_export_file (
    export_id INTEGER NOT NULL REFERENCES telegram_export (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    PRIMARY KEY (export_id, path)
) STRICT, WITHOUT ROWID;
CREATE INDEX telegram_export_file_by_evidence ON telegram_export_file (evidence_id);

CREATE TABLE chat (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    telegram_id INTEGER UNIQUE,
    name TEXT NOT NULL,
    chat_type TEXT NOT NULL DEFAULT '',
    username TEXT NOT NULL DEFAULT '',
    incident_id INTEGER REFERENCES incident (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX chat_by_incident ON chat (incident_id);

CREATE TABLE chat_message (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL REFERENCES chat (id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'message',
    sent_at TEXT,
    local_time TEXT NOT NULL DEFAULT '',
    utc_offset TEXT NOT NULL DEFAULT '',
    sort_at TEXT NOT NULL DEFAULT '',
    sender TEXT NOT NULL DEFAULT '',
    sender_id TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    links TEXT NOT NULL DEFAULT '[]',
    mentions TEXT NOT NULL DEFAULT '[]',
    reply_to INTEGER,
    forwarded_from TEXT NOT NULL DEFAULT '',
    via_bot TEXT NOT NULL DEFAULT '',
    edited_at TEXT,
    edited_local TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    export_id INTEGER REFERENCES telegram_export (id) ON DELETE SET NULL,
    UNIQUE (chat_id, message_id)
) STRICT;
CREATE INDEX chat_message_by_time ON chat_message (sort_at, id);

CREATE TABLE chat_media (
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    mime_type TEXT NOT NULL DEFAULT '',
    missing TEXT NOT NULL DEFAULT '',
    evidence_id INTEGER REFERENCES evidence (id) ON DELETE SET NULL,
    export_id INTEGER REFERENCES telegram_export (id) ON DELETE SET NULL,
    PRIMARY KEY (chat_id, message_id, position),
    FOREIGN KEY (chat_id, message_id)
        REFERENCES chat_message (chat_id, message_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX chat_media_by_evidence ON chat_media (evidence_id);
CREATE INDEX chat_media_by_export ON chat_media (export_id, file);
"""


# Title: who wrote it (the chat's name for posts without a sender). Body: everything else
# that can be searched for: the text, who it was forwarded from, ids, and link targets
# that the text does not show (text links).
def index_rows(ref: str) -> str:
    """The SELECT list of a message's search row, from the row `ref` (NEW, or an alias)."""
    return (
        f"{ref}.id * {KIND_STRIDE} + {MESSAGE_CODE}, "
        f"CASE WHEN {ref}.sender != '' THEN {ref}.sender "
        f"ELSE ifnull((SELECT name FROM chat WHERE id = {ref}.chat_id), '') END, "
        f"{ref}.text || ' ' || {ref}.forwarded_from || ' ' || {ref}.sender_id || ' ' || "
        f"{ref}.via_bot || ' ' || "
        # the JSON list of links as words (cheaper than json_each, per row)
        f"CASE {ref}.links WHEN '[]' THEN '' ELSE "
        f"replace(replace(replace({ref}.links, '[\"', ''), '\"]', ''), '\",\"', ' ') END"
    )


def _remove(ref: str) -> str:
    return f"DELETE FROM search_text WHERE rowid = {ref}.id * {KIND_STRIDE} + {MESSAGE_CODE};"


# New messages are indexed by `ChatLog.index_messages`, an import per statement. An AFTER INSERT
# trigger indexed 20,000 messages 12x slower than one INSERT ... SELECT (FTS5 seems to flush
# its pending terms at every trigger run). Changes and removals are rare: triggers.
STATEMENTS: tuple[str, ...] = (
    *(s.strip() for s in _TABLES.split(";") if s.strip()),
    f"CREATE TRIGGER search_chat_message_changed AFTER UPDATE ON chat_message BEGIN "
    f"{_remove('OLD')} INSERT INTO search_text (rowid, title, body) "
    f"SELECT {index_rows('NEW')}; END",
    f"CREATE TRIGGER search_chat_message_removed AFTER DELETE ON chat_message BEGIN "
    f"{_remove('OLD')} END",
)


def create_chat_tables(conn: Any) -> None:
    """Migration step 3 -> 4 (runs inside the migration's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)
