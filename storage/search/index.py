"""Queries over the full-text search indexes: `search_text` for her records
(`storage.search.schema`), `message_text` for chat messages (`storage.search.messages`).

Words of three characters or more use the FTS5 trigram index; shorter ones ("텔레", "X")
cannot be split into trigrams, so they are matched with LIKE over the indexed text (the
records' table, the messages' view), which the index cannot speed up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from quietcase.storage.chats.schema import MESSAGE_CODE, MESSAGE_KIND
from quietcase.storage.search.messages import MESSAGE_INDEX, MESSAGE_VIEW
from quietcase.storage.search.schema import KIND_CODES, KIND_STRIDE
from quietcase.storage.vault import Vault

# Chat messages came later (schema step 4, an index of their own since step 10); their code
# names them in `texts`, `everything` and the window's search as before.
SEARCH_CODES = {**KIND_CODES, MESSAGE_KIND: MESSAGE_CODE}
KINDS_BY_CODE = {code: kind for kind, code in SEARCH_CODES.items()}
TRIGRAM = 3
# FTS5 writes its pending terms out as a new segment whenever they pass `hashsize` (1 MiB
# by default), and merges segments as they pile up. A bulk load (a chat import) raises it
# for its one INSERT ... SELECT: half the CPU time for 100,000 messages, ~20 MiB more memory.
_FTS5_HASHSIZE = 1 << 20  # FTS5's own defaults
_FTS5_AUTOMERGE = 4
BULK_HASHSIZE = 16 << 20


@dataclass(frozen=True)
class IndexText:
    """What the index holds for one record."""

    kind: str
    record_id: int
    title: str
    body: str


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching(vault: Vault, terms: Sequence[str | Sequence[str]]) -> dict[str, list[int]]:
    """Ids of the records containing every term, by kind (binned evidence left out). A term
    may be a list of spellings, any of which will do ("kakao" or full-width "ｋａｋａｏ")."""
    groups = [[t] if isinstance(t, str) else [s for s in t if s] for t in terms]
    groups = [g for g in groups if g and all(g)]
    if not groups:
        return {}
    long_groups = [g for g in groups if all(len(t) >= TRIGRAM for t in g)]
    match = " AND ".join("(" + " OR ".join(_phrase(t) for t in g) + ")" for g in long_groups)
    short_groups = [g for g in groups if g not in long_groups]
    params = [like for g in short_groups for t in g for like in (_like(t), _like(t))]

    def likes(at: str) -> list[str]:
        one = f"{at}title LIKE ? ESCAPE '\\' OR {at}body LIKE ? ESCAPE '\\'"
        return ["(" + " OR ".join([one] * len(g)) + ")" for g in short_groups]

    found: dict[str, list[int]] = {}
    # Her records: one table, the kind in the rowid.
    where = (["search_text MATCH ?"] if match else []) + likes("")
    rows = vault.query(
        f"SELECT rowid FROM search_text WHERE {' AND '.join(where)}",
        ([match] if match else []) + params,
    )
    for (rowid,) in rows:
        kind = KINDS_BY_CODE.get(int(rowid) % KIND_STRIDE)
        if kind is not None and kind != MESSAGE_KIND:
            found.setdefault(kind, []).append(int(rowid) // KIND_STRIDE)
    # Chat messages: their own index; short words against the text the index was made from.
    if match and short_groups:
        sql = (
            f"SELECT v.id FROM {MESSAGE_INDEX} x JOIN {MESSAGE_VIEW} v ON v.id = x.rowid "
            f"WHERE {MESSAGE_INDEX} MATCH ? AND {' AND '.join(likes('v.'))}"
        )
    elif match:
        sql = f"SELECT rowid FROM {MESSAGE_INDEX} WHERE {MESSAGE_INDEX} MATCH ?"
    else:
        sql = f"SELECT id FROM {MESSAGE_VIEW} WHERE {' AND '.join(likes(''))}"
    messages = [int(r[0]) for r in vault.query(sql, ([match] if match else []) + params)]
    if messages:
        found[MESSAGE_KIND] = messages
    if "evidence" in found:
        binned = {int(r[0]) for r in vault.query(_BINNED)}
        found["evidence"] = [i for i in found["evidence"] if i not in binned]
        if not found["evidence"]:
            del found["evidence"]
    return found


_BINNED = "SELECT id FROM evidence WHERE binned_at IS NOT NULL"


def texts(vault: Vault, kind: str, ids: Iterable[int]) -> dict[int, IndexText]:
    """The indexed title and body of some records of one kind."""
    if kind == MESSAGE_KIND:
        id_list = ",".join(str(int(i)) for i in ids)
        if not id_list:
            return {}
        rows = vault.query(f"SELECT id, title, body FROM {MESSAGE_VIEW} WHERE id IN ({id_list})")
        return {int(r[0]): IndexText(kind, int(r[0]), str(r[1]), str(r[2])) for r in rows}
    code = SEARCH_CODES[kind]
    rowids = ",".join(str(int(i) * KIND_STRIDE + code) for i in ids)
    if not rowids:
        return {}
    rows = vault.query(f"SELECT rowid, title, body FROM search_text WHERE rowid IN ({rowids})")
    return {
        int(r[0]) // KIND_STRIDE: IndexText(kind, int(r[0]) // KIND_STRIDE, str(r[1]), str(r[2]))
        for r in rows
    }


# What a result line shows beside the title, in the order results are listed.
_DETAILS = {
    "incident": "SELECT id, when_text, platform FROM incident WHERE id IN ({ids}) "
    "ORDER BY when_start IS NULL, when_start, id",
    "contact": "SELECT id, NULL, role FROM contact WHERE id IN ({ids}) "
    "ORDER BY name COLLATE NOCASE, id",
    "deadline": "SELECT id, due_text, CASE done WHEN 1 THEN 'done' ELSE 'open' END "
    "FROM deadline WHERE id IN ({ids}) ORDER BY due_at, id",
    "request": "SELECT id, sent_on, status, kind FROM request WHERE id IN ({ids}) "
    "ORDER BY sent_on IS NULL, sent_on DESC, id DESC",
    "evidence": "SELECT id, captured_text, media_type FROM evidence WHERE id IN ({ids}) "
    "ORDER BY added_at, id",
    # the exact moment (UTC, converted for her by app/search.py) when the export gave it,
    # else the local time as the export wrote it
    "message": "SELECT m.id, coalesce(m.sent_at, "
    "nullif(substr(replace(m.local_time, 'T', ' '), 1, 16), '')), c.name "
    "FROM chat_message m JOIN chat c ON c.id = m.chat_id WHERE m.id IN ({ids}) "
    "ORDER BY m.sort_at, m.chat_id, m.message_id",
}


def details(vault: Vault, kind: str, ids: Iterable[int], limit: int) -> list[tuple[Any, ...]]:
    """`(id, when, facet, ...)` for the first `limit` records, in the order the kind is
    usually listed (incidents in time order, deadlines soonest first...)."""
    id_list = ",".join(str(int(i)) for i in ids)
    if not id_list:
        return []
    return vault.query(_DETAILS[kind].format(ids=id_list) + f" LIMIT {int(limit)}")


# Each kind's records in the order results are listed (binned evidence left out).
_ORDER = {
    "incident": "SELECT id FROM incident ORDER BY when_start IS NULL, when_start, id",
    "contact": "SELECT id FROM contact ORDER BY name COLLATE NOCASE, id",
    "deadline": "SELECT id FROM deadline ORDER BY due_at, id",
    "request": "SELECT id FROM request ORDER BY sent_on IS NULL, sent_on DESC, id DESC",
    "evidence": "SELECT id FROM evidence WHERE binned_at IS NULL ORDER BY added_at, id",
    "message": "SELECT id FROM chat_message ORDER BY sort_at, chat_id, message_id",
}


def everything(vault: Vault, kinds: Sequence[str]) -> list[IndexText]:
    """Every indexed record, kind by kind in `kinds` order, each kind in its listing order."""
    stored = {
        int(r[0]): (str(r[1]), str(r[2]))
        for r in vault.query("SELECT rowid, title, body FROM search_text")
    }
    out: list[IndexText] = []
    for kind in kinds:
        if kind == MESSAGE_KIND:
            out += (
                IndexText(kind, int(r[0]), str(r[1]), str(r[2]))
                for r in vault.query(_MESSAGES_IN_ORDER)
            )
            continue
        code = SEARCH_CODES[kind]
        for (record_id,) in vault.query(_ORDER[kind]):
            found = stored.get(int(record_id) * KIND_STRIDE + code)
            if found is not None:
                out.append(IndexText(kind, int(record_id), found[0], found[1]))
    return out


_MESSAGES_IN_ORDER = (
    f"SELECT v.id, v.title, v.body FROM chat_message m JOIN {MESSAGE_VIEW} v ON v.id = m.id "
    "ORDER BY m.sort_at, m.chat_id, m.message_id"
)


@contextmanager
def bulk_loading(vault: Vault, table: str = "search_text") -> Iterator[None]:
    """Inside a transaction: many rows go into the index in one statement. The index holds
    the same terms either way; only how often FTS5 writes and merges its segments changes:
    a larger in-memory batch, and no merging into the small segments already there (an
    import's files left one per file; 100,000 messages: 1.9 -> 1.35 s). Later writes merge
    them as usual (FTS5's `automerge`)."""
    if table not in INDEXES:
        raise ValueError(table)
    setting = f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)"
    vault.execute(setting, ("hashsize", BULK_HASHSIZE))
    vault.execute(setting, ("automerge", 0))
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the caller's transaction is undone anyway
            _restore(vault, setting)
        raise
    _restore(vault, setting)


def _restore(vault: Vault, setting: str) -> None:
    vault.execute(setting, ("hashsize", _FTS5_HASHSIZE))
    vault.execute(setting, ("automerge", _FTS5_AUTOMERGE))


INDEXES = ("search_text", MESSAGE_INDEX)


def changes(vault: Vault) -> int:
    """How many rows this connection has changed since it opened (any write moves it)."""
    return int(vault.conn.total_changes)


def rebuild(vault: Vault) -> None:
    """Rebuild the FTS5 index structures from the stored text (a repair, not normally needed)."""
    vault.execute("INSERT INTO search_text (search_text) VALUES ('rebuild')")


def incidents_on(vault: Vault, platforms: Sequence[str]) -> set[int]:
    """Ids of the incidents recorded on one of `platforms` (stored names, any case)."""
    if not platforms:
        return set()
    marks = ",".join("?" * len(platforms))
    rows = vault.query(
        f"SELECT id FROM incident WHERE lower(platform) IN ({marks})",
        [p.lower() for p in platforms],
    )
    return {int(r[0]) for r in rows}
