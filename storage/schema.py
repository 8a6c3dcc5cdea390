"""The vault's tables and their ordered migrations on `PRAGMA user_version`.

Each migration runs in its own transaction; the vault is copied aside before an existing
vault is migrated (see `Vault.open`). Enumerations (roles, statuses) are validated in `app`,
not with CHECK constraints, so adding a value never needs a table rebuild.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# "QCas": marks a SQLCipher database as a Quietcase vault (PRAGMA application_id).
APPLICATION_ID = 0x51436173

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE incident (
    id INTEGER PRIMARY KEY,
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
    id INTEGER PRIMARY KEY,
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
    id INTEGER PRIMARY KEY,
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
    id INTEGER PRIMARY KEY,
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

Migration = Callable[[Any], None]


def _script(sql: str) -> Migration:
    def run(conn: Any) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(statement)

    return run


# Index i holds the step from user_version i to i + 1. Append only; never edit a shipped step.
MIGRATIONS: list[Migration] = [_script(_V1)]

LATEST_VERSION = len(MIGRATIONS)
