"""One search across her whole case: incidents, contacts, deadlines, requests and evidence.

The window calls `search` as she types; `quietcase-cli search VAULT QUERY` calls the same
function. Every word she types must appear somewhere in a record (in any order). Korean works
without spaces between word parts: "딥페이크" finds "딥페이크 영상", "텔레" finds "텔레그램".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from app.errors import UserError, explain
from app.ids import format_id
from storage import search_index
from storage.vault import Vault

# The order groups are shown in.
KINDS = ("incident", "contact", "deadline", "request", "evidence")
SHOWN_PER_KIND = 50
MAX_TERMS = 8
_SNIPPET_BEFORE = 30
_SNIPPET_LENGTH = 110


@dataclass(frozen=True)
class Hit:
    """One record that matched.

    `when` is the record's date as stored (incident date, due date, day sent); `facet` is a
    short word about it (platform, contact role, request status, "done"/"open" for deadlines,
    media type for evidence); `snippet` is the part of its text around the first match."""

    kind: str
    record_id: int
    title: str
    snippet: str = ""
    when: str | None = None
    facet: str = ""

    @property
    def ref(self) -> str:
        """The id as she sees it: I-12, C-3..."""
        return format_id(self.kind, self.record_id)


@dataclass(frozen=True)
class SearchResults:
    """Matches grouped by kind (in `KINDS` order); `totals` counts all matches, even those
    beyond the first `SHOWN_PER_KIND` of a kind."""

    query: str
    groups: dict[str, list[Hit]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.totals.values())

    def hits(self) -> list[Hit]:
        return [hit for kind in KINDS for hit in self.groups.get(kind, [])]


def terms_of(query: str) -> list[str]:
    """The words of a query: NFC, split on spaces, repeats dropped, at most `MAX_TERMS`."""
    cleaned = unicodedata.normalize("NFC", query.replace("\x00", ""))
    words = [w.strip("\"'") for w in cleaned.split()]
    return list(dict.fromkeys(w for w in words if w))[:MAX_TERMS]


def search(vault: Vault, query: str, per_kind: int = SHOWN_PER_KIND) -> SearchResults:
    """Every record containing every word of `query`, grouped by kind."""
    terms = terms_of(query)
    if not terms:
        return SearchResults(query)
    try:
        found = search_index.matching(vault, terms)
        groups: dict[str, list[Hit]] = {}
        for kind in KINDS:
            ids = found.get(kind)
            if not ids:
                continue
            rows = search_index.details(vault, kind, ids, per_kind)
            texts = search_index.texts(vault, kind, (r[0] for r in rows))
            groups[kind] = [_hit(kind, row, texts, terms) for row in rows]
    except UserError:
        raise
    except Exception as exc:
        raise explain(exc, vault.path) from exc
    return SearchResults(query, groups, {kind: len(found[kind]) for kind in groups})


def _hit(
    kind: str,
    row: tuple[object, ...],
    texts: dict[int, search_index.IndexText],
    terms: list[str],
) -> Hit:
    record_id = int(str(row[0]))
    text = texts.get(record_id)
    title = text.title if text else ""
    if kind == "request" and not title:
        title = str(row[3]).replace("_", " ")  # a request without a subject: its kind
    return Hit(
        kind=kind,
        record_id=record_id,
        title=title,
        snippet=snippet(text.body if text else "", terms),
        when=None if row[1] is None else str(row[1]),
        facet="" if row[2] is None else str(row[2]),
    )


def snippet(body: str, terms: list[str]) -> str:
    """The part of `body` around the first word found, on one line, with … where cut."""
    flat = re.sub(r"\s+", " ", body).strip()
    if not flat:
        return ""
    folded = flat.casefold()
    starts = [folded.find(t.casefold()) for t in terms]
    found = [s for s in starts if s >= 0]
    if not found:
        return _cut(flat, 0)
    return _cut(flat, max(0, min(found) - _SNIPPET_BEFORE), min(found))


def _cut(flat: str, start: int, match: int = 0) -> str:
    if start > 0:
        space = flat.find(" ", start, match)  # begin at a word, never in the middle of one
        start = space + 1 if space >= 0 else start
    piece = flat[start : start + _SNIPPET_LENGTH]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + _SNIPPET_LENGTH < len(flat) else ""
    return prefix + piece.strip() + suffix
