"""The vault's tables and their ordered migrations on `PRAGMA user_version`.

Record ids use AUTOINCREMENT: an id she has seen (I-5, E-12) is never given to another record
after a deletion, so old reports and the custody log never point at the wrong thing.
Each migration runs in its own transaction; the vault is copied aside before an existing
vault is migrated (see `Vault.open`). Enumerations (roles, statuses) are validated in `app`,
not with CHECK constraints, so adding a value never needs a table rebuild.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quietcase.storage.chats.schema import create_chat_tables
from quietcase.storage.search.messages import create_message_index
from quietcase.storage.search.schema import create_search_index

# "QCas": marks a SQLCipher database as a Quietcase vault (PRAGMA application_id).
APPLICATION_ID = 0x51436173

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE incident (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    when_text TEXT,
    when_start TEXT,
    when_end TEXT,
    platform TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    handles TEXT NOT NULL DEFAULT '[]',
    tags TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX incident_by_when ON incident (when_start, id);

CREATE TABLE incident_link (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    post_title TEXT NOT NULL DEFAULT '',
    uploader TEXT NOT NULL DEFAULT '',
    found_on TEXT,
    status TEXT NOT NULL DEFAULT 'unknown',
    checked_on TEXT
) STRICT;
CREATE INDEX incident_link_by_incident ON incident_link (incident_id, position);

CREATE TABLE contact (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    handles TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE incident_contact (
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX incident_contact_by_contact ON incident_contact (contact_id);

CREATE TABLE deadline (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    due_text TEXT NOT NULL,
    due_at TEXT NOT NULL,
    incident_id INTEGER REFERENCES incident (id) ON DELETE SET NULL,
    done INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX deadline_by_due ON deadline (done, due_at);
CREATE INDEX deadline_by_incident ON deadline (incident_id);

CREATE TABLE request (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    sent_on TEXT,
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    follow_up_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX request_by_contact ON request (contact_id);

CREATE TABLE request_incident (
    request_id INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, incident_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX request_incident_by_incident ON request_incident (incident_id);
"""

# Evidence: the original bytes in chunk rows (a rowid table: WITHOUT ROWID suits only small
# rows), metadata beside them, derived image data apart, and the append-only custody log.
_V2 = """
CREATE TABLE blob (
    id INTEGER PRIMARY KEY,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    chunk_size INTEGER NOT NULL
) STRICT;

CREATE TABLE blob_chunk (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blob (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (blob_id, seq)
) STRICT;

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    blob_id INTEGER NOT NULL UNIQUE REFERENCES blob (id),
    sha256 TEXT NOT NULL UNIQUE,
    filename TEXT NOT NULL,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    file_modified_at TEXT,
    added_at TEXT NOT NULL,
    source_url TEXT NOT NULL DEFAULT '',
    captured_text TEXT,
    captured_start TEXT,
    captured_end TEXT,
    captured_by TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    shows TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    binned_at TEXT,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_by_added ON evidence (added_at, id);

CREATE TABLE evidence_incident (
    evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    PRIMARY KEY (evidence_id, incident_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX evidence_incident_by_incident ON evidence_incident (incident_id);

CREATE TABLE evidence_image (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    width INTEGER,
    height INTEGER,
    exif TEXT NOT NULL DEFAULT '{}',
    has_gps INTEGER NOT NULL DEFAULT 0,
    dhash TEXT,
    thumbnail BLOB,
    blurred BLOB,
    problem TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE custody_event (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    evidence_id INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX custody_by_evidence ON custody_event (evidence_id, seq);

CREATE TRIGGER custody_event_never_changes BEFORE UPDATE ON custody_event
BEGIN SELECT RAISE(ABORT, 'custody events are never changed'); END;

CREATE TRIGGER custody_event_never_removed BEFORE DELETE ON custody_event
BEGIN SELECT RAISE(ABORT, 'custody events are never removed'); END;
"""

# Step 5: keywords per link (what a support centre searches for), and the stable exhibit
# numbers of the complaint helper (증 제n호증, 의 m): kept once given, never reused, so a
# lawyer's references stay valid (no foreign key: a purged item keeps its number reserved).
_V5 = """
ALTER TABLE incident_link ADD COLUMN keywords TEXT NOT NULL DEFAULT '';

CREATE TABLE exhibit (
    evidence_id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL,
    branch INTEGER NOT NULL DEFAULT 0,
    submitted TEXT NOT NULL DEFAULT '',
    assigned_at TEXT NOT NULL,
    UNIQUE (number, branch)
) STRICT;
"""

# Step 6: the chat messages she chose for the case summary's transcript excerpt (kept, so
# the choice made in the window's chat view or with `quietcase-cli report-messages` is the
# one every later summary uses). A message removed with its chat leaves the choice too.
_V6 = """
CREATE TABLE report_message (
    message_id INTEGER PRIMARY KEY REFERENCES chat_message (id) ON DELETE CASCADE,
    chosen_at TEXT NOT NULL
) STRICT;
"""

# Step 7: every record's state in the custody history (storage/record_states.py): one row per
# record per event that changed it, append-only like the events; each event carries the
# SHA-256 of its rows (NULL: it recorded none), so the rows cannot change without a trace.
_V7 = """
CREATE TABLE custody_state (
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (seq, kind, record_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX custody_state_by_record ON custody_state (kind, record_id, seq);

ALTER TABLE custody_event ADD COLUMN states TEXT;

CREATE TRIGGER custody_state_never_changes BEFORE UPDATE ON custody_state
BEGIN SELECT RAISE(ABORT, 'custody events are never changed'); END;

CREATE TRIGGER custody_state_never_removed BEFORE DELETE ON custody_state
BEGIN SELECT RAISE(ABORT, 'custody events are never removed'); END;
"""

# Step 8: KakaoTalk imports (issue 24). The chat tables serve both apps. `chat.app` and
# `telegram_export.app` say which program a chat and an import came from ("telegram" for
# every row before this step). A KakaoTalk export is plain text without a zone: each
# message keeps where it was in the file (`line_first`, `line_last`), its lines as written
# (`as_written`), what the reader was unsure of (`flags`, a JSON list) and the time zone she
# chose (`time_zone`, also on the import with the file's encoding and the name she said was
# hers, `me`).
KAKAOTALK_IMPORTS = """
ALTER TABLE chat ADD COLUMN app TEXT NOT NULL DEFAULT 'telegram';
ALTER TABLE chat_message ADD COLUMN line_first INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chat_message ADD COLUMN line_last INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chat_message ADD COLUMN as_written TEXT NOT NULL DEFAULT '';
ALTER TABLE chat_message ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE chat_message ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
ALTER TABLE telegram_export ADD COLUMN app TEXT NOT NULL DEFAULT 'telegram';
ALTER TABLE telegram_export ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
ALTER TABLE telegram_export ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE telegram_export ADD COLUMN me TEXT NOT NULL DEFAULT '';
CREATE INDEX chat_by_app_name ON chat (app, name);
"""

# Step 9: her choice of which incidents are acts of an offender, for the complaint helper's
# 범죄일람표 (table of acts). Only her explicit choices are kept; an incident without a row
# follows the default (an act when it names a suspect or has a link). Goes with its incident.
_INCIDENT_ACTS = """
CREATE TABLE incident_act (
    incident_id INTEGER PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
    is_act INTEGER NOT NULL CHECK (is_act IN (0, 1)),
    chosen_at TEXT NOT NULL
) STRICT;
"""

Migration = Callable[[Any], None]


def _script(sql: str) -> Migration:
    def run(conn: Any) -> None:
        # Split on ";" at line ends only, so trigger bodies (which hold ";") stay whole.
        for statement in _statements(sql):
            conn.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    for line in sql.splitlines():
        current.append(line)
        stripped = line.strip()
        if stripped.endswith(";") and (
            not current[0].lstrip().upper().startswith("CREATE TRIGGER")
            or stripped.upper().endswith("END;")
        ):
            statement = "\n".join(current).strip().rstrip(";")
            if statement:
                out.append(statement)
            current = []
    rest = "\n".join(current).strip()
    if rest:
        out.append(rest)
    return out


# Index i holds the step from user_version i to i + 1. Append only; never edit a shipped step.
MIGRATIONS: list[Migration] = [
    _script(_V1),
    _script(_V2),
    create_search_index,
    create_chat_tables,
    _script(_V5),
    _script(_V6),
    _script(_V7),
    _script(KAKAOTALK_IMPORTS),
    _script(_INCIDENT_ACTS),
    create_message_index,
]

LATEST_VERSION = len(MIGRATIONS)
