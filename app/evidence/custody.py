"""The chain of custody: every intake, edit, link change, extract, export, backup and restore
appends an event that carries the SHA-256 of the one before it.

The newest event's hash (the head) therefore summarises the whole history: change any event,
and every hash after it stops matching. Events are never updated or removed (the schema's
triggers refuse it). The hash covers a canonical encoding: JSON with sorted keys, no spaces,
UTF-8, of seq, at, action, evidence_id, detail and prev_hash.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from quietcase.app.core.clock import Clock
from quietcase.app.evidence import seal
from quietcase.storage.custody_log import CustodyLog
from quietcase.storage.records import CustodyEvent
from quietcase.storage.vault import Vault

GENESIS = "0" * 64  # the "previous hash" of the first event

CREATED = "created"
INTAKE = "intake"
DUPLICATE = "duplicate"
EDIT = "edit"
LINK = "link"
EXTRACT = "extract"
BIN = "bin"
UNBIN = "unbin"
PURGE = "purge"
EXPORT = "export"
BACKUP = "backup"
RESTORE = "restore"
RECORDS = "records"  # the new state of every record a change touched (app/evidence/history.py)
UPGRADE = "upgrade"  # the state of every record, recorded once when the file was upgraded


# The end of an intake event's detail: f"{name}; {size} bytes; sha256 {sha256}". The name is
# hers and may hold "; " (or even this very pattern), so it is matched at the very end only.
_INTAKE_TAIL = re.compile(r"; (\d+) bytes; sha256 ([0-9a-f]{64})\Z")


@dataclass(frozen=True)
class Recorded:
    """The size and SHA-256 an intake event recorded for an item."""

    size: int
    sha256: str


def recorded_at_intake(detail: str) -> Recorded | None:
    """The size and hash written into an intake event's detail, or None when it has another
    form. Every version of Quietcase so far wrote the same form; should an older or foreign
    one differ, that is "no hash recorded", never by itself a sign of tampering."""
    found = _INTAKE_TAIL.search(detail)
    return None if found is None else Recorded(int(found.group(1)), found.group(2))


@dataclass
class EvidenceHistory:
    """What the custody log says about evidence items, read in one pass.

    `intakes` maps each id with an intake event to what it recorded (None when the detail
    could not be read); `purged` holds the ids whose bytes were removed for good; `named`
    every id any event names."""

    intakes: dict[int, Recorded | None] = field(default_factory=dict)
    purged: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)


def evidence_history(vault: Vault) -> EvidenceHistory:
    """Every evidence item's intake, purge and mention in the log (one query)."""
    history = EvidenceHistory()
    for evidence_id, action, detail in CustodyLog(vault).evidence_actions():
        history.named.add(evidence_id)
        if action == INTAKE:
            history.intakes[evidence_id] = recorded_at_intake(detail)
        elif action == PURGE:
            history.purged.add(evidence_id)
    return history


def event_hash(
    seq: int,
    at: str,
    action: str,
    evidence_id: int | None,
    detail: str,
    prev_hash: str,
    states: str | None = None,
) -> str:
    """SHA-256 (hex) of the canonical encoding of one event. `states` (the SHA-256 of the
    record states the event recorded) is part of it only when there is one, so every event
    written before schema step 7 keeps its hash."""
    fields: dict[str, object] = {
        "action": action,
        "at": at,
        "detail": detail,
        "evidence_id": evidence_id,
        "prev_hash": prev_hash,
        "seq": seq,
    }
    if states is not None:
        fields["states"] = states
    payload = json.dumps(
        fields,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    """The result of recomputing the chain: `broken_at` is the first bad event, if any."""

    events: int
    head: str
    broken_at: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


class Custody:
    """Append to and check the custody log of one vault."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self._log = CustodyLog(vault)
        self._vault = vault
        self._clock = clock

    def record(
        self,
        action: str,
        evidence_id: int | None = None,
        detail: str = "",
        *,
        states: str | None = None,
    ) -> CustodyEvent:
        """Append one event. Call it inside the use case's transaction, so the event and the
        change it describes are kept together or not at all. The seal is refreshed with it.
        `states`: the SHA-256 of the record states it recorded (app/evidence/history.py)."""
        last = self._log.last()
        seq = 1 if last is None else last.seq + 1
        prev = GENESIS if last is None else last.hash
        at = self._clock.now().replace(microsecond=0)
        digest = event_hash(
            seq, at.isoformat(timespec="seconds"), action, evidence_id, detail, prev, states
        )
        event = CustodyEvent(seq, at, action, evidence_id, detail, prev, digest, states)
        self._log.add(event)
        seal.refresh(self._vault, (seq - 1, prev), (seq, digest))
        return event

    def next_seq(self) -> int:
        last = self._log.last()
        return 1 if last is None else last.seq + 1

    def state(self) -> tuple[int, str]:
        """(counter, head): the newest event's seq and hash ((0, GENESIS) when empty)."""
        last = self._log.last()
        return (0, GENESIS) if last is None else (last.seq, last.hash)

    def sealed(self) -> bool | None:
        """Whether the keyed seal matches the history (None: no seal key yet)."""
        return seal.matches(self._vault, *self.state())

    def head(self) -> str:
        """The newest event's hash (GENESIS when nothing has happened yet)."""
        last = self._log.last()
        return GENESIS if last is None else last.hash

    def events(self) -> Iterator[CustodyEvent]:
        return self._log.events()

    def for_evidence(self, evidence_id: int) -> list[CustodyEvent]:
        return self._log.for_evidence(evidence_id)

    def intake_detail(self, evidence_id: int) -> str | None:
        """The detail of the item's intake event (None: it has none)."""
        details = [e.detail for e in self._log.for_evidence(evidence_id) if e.action == INTAKE]
        return details[-1] if details else None

    def check(self) -> ChainCheck:
        """Recompute every hash and link; report the first event that does not fit."""
        prev, expected_seq, count = GENESIS, 1, 0
        for event in self._log.events():
            count += 1
            if event.seq != expected_seq:
                return ChainCheck(count, prev, event.seq, f"event {expected_seq} is missing")
            if event.prev_hash != prev:
                return ChainCheck(
                    count, prev, event.seq, "it does not point to the event before it"
                )
            digest = event_hash(
                event.seq,
                event.at.isoformat(timespec="seconds"),
                event.action,
                event.evidence_id,
                event.detail,
                event.prev_hash,
                event.states,
            )
            if digest != event.hash:
                return ChainCheck(count, prev, event.seq, "its contents were changed")
            prev, expected_seq = event.hash, expected_seq + 1
        return ChainCheck(count, prev)
