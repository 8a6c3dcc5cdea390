"""One search across her whole case: incidents, contacts, deadlines, requests, evidence and
chat messages (imported from Telegram exports).

The window calls `search` as she types; `quietcase-cli search VAULT QUERY` calls the same
function. Every word she types must appear somewhere in a record (in any order). Korean works
without spaces between word parts: "딥페이크" finds "딥페이크 영상", "텔레" finds "텔레그램".
A word that starts a platform's name in either language also looks for its other names
(app/core/platforms.py): "텔레" finds "Telegram", "카톡" KakaoTalk, "엑스" or "트위터" the
incidents recorded on X.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from itertools import accumulate

from quietcase.app.core import platforms
from quietcase.app.core.errors import UserError, explain
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.app.core.zone import shown_zone
from quietcase.storage.search import index as search_index
from quietcase.storage.vault import Vault

# The order groups are shown in.
KINDS = (
    RecordKind.INCIDENT,
    RecordKind.CONTACT,
    RecordKind.DEADLINE,
    RecordKind.REQUEST,
    RecordKind.EVIDENCE,
    RecordKind.MESSAGE,
)
SHOWN_PER_KIND = 50
COUNTED_PER_KIND = 1000
MAX_TERMS = 8
_SNIPPET_BEFORE = 16
_SNIPPET_LENGTH = 110


@dataclass(frozen=True)
class Hit:
    """One record that matched.

    `when` is the record's date as stored (incident date, due date, day sent); `facet` is a
    short word about it (platform, contact role, request status, "done"/"open" for deadlines,
    media type for evidence); `snippet` is the part of its text around the first match."""

    kind: RecordKind
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
    groups: dict[RecordKind, list[Hit]] = field(default_factory=dict)
    totals: dict[RecordKind, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.totals.values())

    def more_than_counted(self, kind: RecordKind) -> bool:
        """True when there are more matches of `kind` than were counted (live search)."""
        return self.totals.get(kind, 0) > COUNTED_PER_KIND

    def hits(self) -> list[Hit]:
        return [hit for kind in KINDS for hit in self.groups.get(kind, [])]


def terms_of(query: str) -> list[str]:
    """The words of a query: NFC, split on spaces, repeats dropped, at most `MAX_TERMS`."""
    cleaned = unicodedata.normalize("NFC", query.replace("\x00", ""))
    words = [w.strip("\"'") for w in cleaned.split()]
    return list(dict.fromkeys(w for w in words if w))[:MAX_TERMS]


def fold(text: str) -> str:
    """What matching compares: compatibility forms unified (full-width "ＫａｋａｏＴａｌｋ",
    typed in a Korean IME's full-width mode, reads as "KakaoTalk"), then case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def spellings(term: str) -> list[str]:
    """The ways a word may be stored: as typed, its NFKC form, and full-width (the index
    holds text as she typed it, so "kakao" must also look for "ｋａｋａｏ")."""
    plain = unicodedata.normalize("NFKC", term)
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in plain)
    return list(dict.fromkeys((term, plain, wide)))


def search(vault: Vault, query: str, per_kind: int = SHOWN_PER_KIND) -> SearchResults:
    """Every record containing every word of `query`, grouped by kind (one query, through the
    FTS5 index: what `quietcase-cli search` uses)."""
    terms = terms_of(query)
    if not terms:
        return SearchResults(query)
    words = [platforms.search_word(t) for t in terms]
    groups = [[s for t in w.texts for s in spellings(t)] for w in words]
    try:
        found = search_index.matching(vault, groups)
        if any(w.platforms for w in words):
            found = _on_platforms(vault, words, groups, found)
        return _results(vault, query, _shown(words), found, per_kind, None)
    except UserError:
        raise
    except Exception as exc:
        raise explain(exc, vault.path) from exc


def _shown(words: list[platforms.SearchWord]) -> list[str]:
    """The words a snippet is centred on: as typed, then the platform names they stand for."""
    return list(dict.fromkeys(t for w in words for t in w.texts))


def _on_platforms(
    vault: Vault,
    words: list[platforms.SearchWord],
    groups: list[list[str]],
    found: dict[str, list[int]],
) -> dict[str, list[int]]:
    """`found` with the incidents recorded on a platform a word names, though their text does
    not hold the word ("엑스" and an incident on "X"): each word is then met by its text or by
    the incident's platform."""
    on = [search_index.incidents_on(vault, w.platforms) for w in words]
    rest = [g for g, o in zip(groups, on, strict=True) if not o]
    kind = RecordKind.INCIDENT
    matched: set[int] | None = None
    if rest:
        matched = set(search_index.matching(vault, rest).get(kind, []))
    for group, incidents in zip(groups, on, strict=True):
        if incidents:
            met = set(search_index.matching(vault, [group]).get(kind, [])) | incidents
            matched = met if matched is None else matched & met
    out = dict(found)
    if matched:
        out[kind] = sorted(matched)
    else:
        out.pop(kind, None)
    return out


class LiveSearch:
    """Search as she types, in the window.

    Each keystroke must answer within a few milliseconds, also for two-letter words like
    "텔레" that the trigram index cannot help with. So the first search after any change loads
    the indexed text once into memory (kind by kind, each in its listing order), and every
    keystroke then scans that one string. The copy lives only on the vault worker while the
    case is open, and is dropped when it locks (measurements: README, "The window").
    """

    _SEPARATOR = "\x1e"

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._changes = -1
        self._items: list[search_index.IndexText] = []
        self._folded = ""
        self._starts: list[int] = []
        self._bounds: dict[str, tuple[int, int]] = {}
        self._incident_rows: dict[int, int] = {}

    def search(self, query: str, per_kind: int = SHOWN_PER_KIND) -> SearchResults:
        terms = [t for t in terms_of(query) if self._SEPARATOR not in t]
        if not terms:
            return SearchResults(query)
        words = [platforms.search_word(t) for t in terms]
        try:
            self._refresh()
            on = [search_index.incidents_on(self.vault, w.platforms) for w in words]
            found = self._find([list(dict.fromkeys(fold(t) for t in w.texts)) for w in words], on)
            texts = {(i.kind, i.record_id): i for i in self._picked(found, per_kind)}
            return _results(self.vault, query, _shown(words), found, per_kind, texts)
        except UserError:
            raise
        except Exception as exc:
            raise explain(exc, self.vault.path) from exc

    def prepare(self) -> None:
        """Load the in-memory copy now (after unlocking, after a change), so that the next
        keystroke does not wait for it."""
        try:
            self._refresh()
        except Exception as exc:
            raise explain(exc, self.vault.path) from exc

    def _refresh(self) -> None:
        changes = search_index.changes(self.vault)
        if changes == self._changes:
            return
        self._items = search_index.everything(self.vault, KINDS)
        pieces = [f"{i.title}\n{i.body}" for i in self._items]
        self._starts = list(accumulate((len(p) + 1 for p in pieces), initial=0))
        self._folded = fold(self._SEPARATOR.join(pieces))
        if len(self._folded) + 1 != self._starts[-1]:  # folding changed a length (ß -> ss)
            folded = [fold(p) for p in pieces]
            self._starts = list(accumulate((len(p) + 1 for p in folded), initial=0))
            self._folded = self._SEPARATOR.join(folded)
        self._bounds = {}
        self._incident_rows = {
            i.record_id: row for row, i in enumerate(self._items) if i.kind == RecordKind.INCIDENT
        }
        for row, item in enumerate(self._items):
            at, _ = self._bounds.get(item.kind, (self._starts[row], 0))
            self._bounds[item.kind] = (at, self._starts[row + 1])
        self._changes = changes

    def _find(self, groups: list[list[str]], on: list[set[int]]) -> dict[str, list[int]]:
        """Ids by kind, in listing order, of the records holding a text of every group (or,
        for an incident, recorded on a platform its word names: `on`); counting stops a
        little past `COUNTED_PER_KIND` (the window then says "1,000+")."""
        folded, starts, items = self._folded, self._starts, self._items
        order = list(range(len(groups)))
        if len(groups) > 1:  # start from the rarest word: fewest candidates to check
            order.sort(key=lambda i: (bool(on[i]), sum(folded.count(t) for t in groups[i])))
        first, *others = order
        found: dict[str, list[int]] = {}
        for kind, (at, end) in self._bounds.items():
            ids: list[int] = []
            for row in self._rows(groups[first], on[first], kind, at, end):
                if len(ids) > COUNTED_PER_KIND:
                    break
                piece = folded[starts[row] : starts[row + 1]]
                record_id = items[row].record_id
                if all(
                    any(t in piece for t in groups[i])
                    or (kind == RecordKind.INCIDENT and record_id in on[i])
                    for i in others
                ):
                    ids.append(record_id)
            if ids:
                found[kind] = ids
        return found

    def _rows(self, texts: list[str], on: set[int], kind: str, at: int, end: int) -> Iterator[int]:
        """The rows of one kind (between `at` and `end`) holding one of `texts`, in order;
        with `on`, also the incidents recorded on those platforms."""
        folded, starts = self._folded, self._starts
        if len(texts) == 1 and not on:  # the usual case: one scan, stopped early
            while (hit := folded.find(texts[0], at, end)) >= 0:
                row = bisect_right(starts, hit) - 1
                yield row
                at = starts[row + 1]
            return
        rows: set[int] = set()
        for text in texts:
            start, taken = at, 0
            while taken <= COUNTED_PER_KIND and (hit := folded.find(text, start, end)) >= 0:
                row = bisect_right(starts, hit) - 1
                rows.add(row)
                taken += 1
                start = starts[row + 1]
        if kind == RecordKind.INCIDENT:
            rows.update(self._incident_rows[i] for i in on if i in self._incident_rows)
        yield from sorted(rows)

    def _picked(self, found: dict[str, list[int]], per_kind: int) -> list[search_index.IndexText]:
        wanted = {(kind, i) for kind, ids in found.items() for i in ids[:per_kind]}
        return [i for i in self._items if (i.kind, i.record_id) in wanted]


def _results(
    vault: Vault,
    query: str,
    terms: list[str],
    found: dict[str, list[int]],
    per_kind: int,
    texts: dict[tuple[str, int], search_index.IndexText] | None,
) -> SearchResults:
    groups: dict[RecordKind, list[Hit]] = {}
    for kind in KINDS:
        ids = found.get(kind)
        if not ids:
            continue
        # In order already (live search): only the first few need their details.
        rows = search_index.details(vault, kind, ids[:per_kind] if texts else ids, per_kind)
        shown: dict[tuple[str, int], search_index.IndexText]
        if texts is None:
            fetched = search_index.texts(vault, kind, (r[0] for r in rows))
            shown = {(kind, i): t for i, t in fetched.items()}
        else:
            shown = texts
        zone = shown_zone(vault) if kind == RecordKind.MESSAGE else None
        groups[kind] = [_hit(kind, row, shown, terms, zone) for row in rows]
    return SearchResults(query, groups, {kind: len(found[kind]) for kind in groups})


def _without_codes(kind: RecordKind, row: tuple[object, ...], body: str) -> str:
    """The indexed text without the stored codes it starts with (a contact's role, a
    request's kind and status): they are found by a search, but shown as words beside the
    hit, never as `support_centre` or `takedown done` in its snippet."""
    if kind == RecordKind.CONTACT:
        code = f"{row[2] or ''} "
    elif kind == RecordKind.REQUEST:
        code = f"{row[3] or ''} {row[2] or ''} "
    else:
        return body
    return body[len(code) :] if body.startswith(code) else body


def _hit(
    kind: RecordKind,
    row: tuple[object, ...],
    texts: dict[tuple[str, int], search_index.IndexText],
    terms: list[str],
    zone: tzinfo | None = None,
) -> Hit:
    record_id = int(str(row[0]))
    text = texts.get((kind, record_id))
    title = text.title if text else ""
    if kind == RecordKind.REQUEST and not title:
        title = str(row[3]).replace("_", " ")  # a request without a subject: its kind
    body = _without_codes(kind, row, text.body if text else "")
    when = None if row[1] is None else str(row[1])
    if kind == RecordKind.MESSAGE and when is not None and "+" in when:
        # an exact (UTC) time: in the case's zone, as the Chats page and documents show it
        when = datetime.fromisoformat(when).astimezone(zone).strftime("%Y-%m-%d %H:%M")
    return Hit(
        kind=kind,
        record_id=record_id,
        title=title,
        snippet=snippet(body, terms),
        when=when,
        facet="" if row[2] is None else str(row[2]),
    )


def snippet(body: str, terms: list[str]) -> str:
    """The part of `body` around the first word found, on one line, with … where cut."""
    flat = re.sub(r"\s+", " ", body).strip()
    if not flat:
        return ""
    folded = fold(flat)
    if len(folded) != len(flat):  # positions would not line up: compare case only
        folded = flat.casefold()
    starts = [folded.find(fold(t)) for t in terms]
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
