"""Every record's state in the custody history, and the check that the records are still what
the history says.

Each transaction that changes records (an incident, a contact, a deadline, a request, an
evidence item's notes or links, an exhibit number, a chat, a message, an import, the case
summary's cover) ends with one custody event, `records`, that carries the SHA-256 of the
states it recorded (storage/record_states.py). `verify` recomputes every record's state and
compares it with the newest recorded one: a record changed outside Quietcase, or put back
from an older copy of the file (a page of records and a page of history out of step), is a
finding. A file made before this existed gets every record's state in one `upgrade` event
with its first change, as the keyed seal does (app/evidence/seal.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from quietcase.app.core.clock import Clock
from quietcase.app.core.kinds import PREFIXES
from quietcase.app.evidence.custody import RECORDS, UPGRADE, Custody
from quietcase.storage.custody_log import CustodyLog
from quietcase.storage.record_states import KINDS, RecordStates, state_digest
from quietcase.storage.vault import Vault

STATES_SINCE = "states_since"  # meta: every record's state is in the history from this event
_LISTED = 12  # findings of one sort listed one by one; the rest are counted


def label(kind: str, record_id: int) -> str:
    """How a record is named in findings and in the custody log."""
    if kind in PREFIXES:
        return f"{PREFIXES[kind]}-{record_id}"
    return {
        "exhibit": f"exhibit number of E-{record_id}",
        "chat": f"chat {record_id}",
        "export": f"chat import {record_id}",
        "cover": "the case summary's cover and the case's time zone",
    }.get(kind, f"{kind} {record_id}")


def describe(rows: Iterable[tuple[str, int, str]]) -> str:
    """The detail of a `records` event: which records, and which of them were removed."""
    changed = [(kind, record_id, state) for kind, record_id, state in rows]
    if len(changed) <= 6:
        return "; ".join(
            label(kind, record_id) + (" removed" if not state else "")
            for kind, record_id, state in changed
        )
    counts: dict[str, int] = {}
    for kind, _, _ in changed:
        counts[kind] = counts.get(kind, 0) + 1
    return f"{len(changed)} records: " + ", ".join(f"{kind} {n}" for kind, n in counts.items())


class RecordHistory:
    """Records the state of what each transaction changed (writable cases only)."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self._vault = vault
        self._custody = Custody(vault, clock)
        self._states = RecordStates(vault)

    def start(self) -> None:
        """From now on, every transaction of this connection records what it changed."""
        if self._states.available:
            self._states.watch()
            self._vault.before_commit(self.record_changes)

    def begin_new(self) -> None:
        """A new case file: there is nothing yet whose state is not in the history."""
        self._vault.set_meta(STATES_SINCE, "1")

    def record_changes(self) -> None:
        """Inside the transaction, just before it is committed (see `Vault.before_commit`)."""
        if self._vault.meta(STATES_SINCE) is None:
            self._upgrade()
        elif self._states.touched():
            seq = self._custody.next_seq()
            self._states.record_touched(seq)
            rows = list(self._states.rows_of(seq))
            if rows:  # none when every touched record is as it was
                self._custody.record(RECORDS, detail=describe(rows), states=state_digest(rows))

    def _upgrade(self) -> None:
        seq = self._custody.next_seq()
        self._states.record_all(seq)
        rows = list(self._states.rows_of(seq))
        if rows:
            self._custody.record(
                UPGRADE,
                detail=f"the state of every record, recorded at upgrade ({len(rows)} records)",
                states=state_digest(rows),
            )
        self._vault.set_meta(STATES_SINCE, str(seq))


@dataclass
class StatesCheck:
    """What comparing the records with their history found."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    records: int = 0


def check_states(vault: Vault) -> StatesCheck:
    """Compare every record's state now with the newest one its history recorded, and every
    event's recorded states with the SHA-256 the event carries."""
    result = StatesCheck()
    log, states = CustodyLog(vault), RecordStates(vault)
    if not log.has_states or not states.available:
        result.notes.append(
            "this file was made by an older Quietcase: the state of its records is recorded "
            "with the next change made to it"
        )
        return result
    carried = {e.seq: e.states for e in log.events() if e.states is not None}
    expected, wrong_events = _replay(states, carried)
    result.problems += [
        f"custody event {seq}: the record states it carries were changed" for seq in wrong_events
    ]
    if vault.meta(STATES_SINCE) is None:
        if carried:
            result.problems.append(
                "the mark that every record's state is in the history was taken away"
            )
        else:
            result.notes.append(
                "the state of the records is not in the history yet: it is recorded with the "
                "next change made to this file"
            )
        return result
    changed: list[str] = []
    unknown: list[str] = []
    for kind in (k.kind for k in KINDS):
        for record_id, state in states.current(kind):
            result.records += 1
            recorded = expected.pop((kind, record_id), "")
            if not recorded:
                unknown.append(label(kind, record_id))
            elif recorded != state:
                changed.append(label(kind, record_id))
    gone = [label(kind, rid) for (kind, rid), state in sorted(expected.items()) if state]
    result.problems += _listed(
        changed,
        "differs from its last state in the history: changed outside Quietcase, or put back "
        "from an older copy of the file",
    )
    result.problems += _listed(unknown, "is not in the history: added outside Quietcase")
    result.problems += _listed(
        gone, "is in the history but gone, with no change that removed it recorded"
    )
    return result


def _replay(
    states: RecordStates, carried: Mapping[int, str]
) -> tuple[dict[tuple[str, int], str], list[int]]:
    """The newest recorded state of every record, and the events whose rows do not match
    the SHA-256 they carry."""
    expected: dict[tuple[str, int], str] = {}
    wrong: list[int] = []
    rows_by_seq: list[tuple[str, int, str]] = []
    current: int | None = None
    seen: set[int] = set()

    def close(seq: int | None) -> None:
        if seq is not None:
            seen.add(seq)
            if carried.get(seq) != state_digest(rows_by_seq):
                wrong.append(seq)

    for seq, kind, record_id, state in states.recorded():
        if seq != current:
            close(current)
            rows_by_seq.clear()
            current = seq
        rows_by_seq.append((kind, record_id, state))
        expected[(kind, record_id)] = state
    close(current)
    wrong += [seq for seq in carried if seq not in seen]  # rows taken away
    return expected, sorted(wrong)


def _listed(labels: list[str], what: str) -> list[str]:
    shown = [f"{name}: {what}" for name in labels[:_LISTED]]
    if len(labels) > _LISTED:
        shown.append(f"and {len(labels) - _LISTED} more records: {what}")
    return shown


def changed_since(vault: Vault, counter: int) -> list[str]:
    """The records whose state any event after `counter` recorded (labels, in order)."""
    return [
        label(kind, record_id) for kind, record_id in RecordStates(vault).changed_since(counter)
    ]
