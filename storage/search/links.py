"""Link keywords in the search index.

The index row of an incident is rebuilt by the triggers of schema step 3 from the incident
and its links' addresses, titles and uploaders. The keywords of a link (schema step 5) came
later; rather than replace those triggers in a new schema step, the incident's row is built
again here, with the keywords, after every write of an incident's links (`Incidents` and
`storage.bin.restore` call `reindex`). Rebuilding a row is idempotent, so `catch_up` can
bring rows written before this existed up to date on any writable open, in one small query.
"""

from __future__ import annotations

from collections.abc import Iterable

from quietcase.storage.search.schema import INDEXED_ROWS, KIND_CODES, KIND_STRIDE
from quietcase.storage.vault import Vault

_CODE = KIND_CODES["incident"]

_KEYWORDS = (
    "ifnull((SELECT group_concat(l.keywords, ' ') FROM incident_link l "
    f"WHERE l.incident_id = x.r / {KIND_STRIDE} AND l.keywords != ''), '')"
)


def reindex(vault: Vault, incident_ids: Iterable[int]) -> None:
    """Build the index rows of these incidents again, with their links' keywords."""
    wanted = sorted({int(i) for i in incident_ids})
    if not wanted:
        return
    ids = ",".join(str(i) for i in wanted)
    rowids = ",".join(str(i * KIND_STRIDE + _CODE) for i in wanted)
    rows = INDEXED_ROWS["incident"].format(where=f"WHERE i.id IN ({ids})")
    vault.execute(f"DELETE FROM search_text WHERE rowid IN ({rowids})")
    vault.execute(
        f"WITH x(r, t, b) AS ({rows}) "
        f"INSERT INTO search_text (rowid, title, body) SELECT r, t, b || ' ' || {_KEYWORDS} FROM x"
    )


_MISSING = (
    "SELECT DISTINCT l.incident_id FROM incident_link l "
    f"JOIN search_text s ON s.rowid = l.incident_id * {KIND_STRIDE} + {_CODE} "
    "WHERE l.keywords != '' AND instr(s.body, l.keywords) = 0"
)


def catch_up(vault: Vault) -> int:
    """Index the keywords of incidents whose row lacks them (written before this existed);
    returns how many rows were rebuilt (none on a usual open, and then nothing is written)."""
    missing = [int(r[0]) for r in vault.query(_MISSING)]
    if missing:
        with vault.atomic():
            reindex(vault, missing)
    return len(missing)
