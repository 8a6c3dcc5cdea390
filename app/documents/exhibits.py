"""Stable exhibit numbers for the complaint helper: 증 제1호증, 증 제2호증, and branches
증 제3호증의 1, 의 2 for the files of one Telegram export (one chat).

Numbers are planned from what the case holds (`plan`), shown in a preview, and kept when a
document leaves the program (`keep`), so exporting again never renumbers an item that already
had a number: new items get the next numbers, a new file of an export already numbered gets
the next branch, and a purged item's number is never reused.

The first numbering follows the table of acts: evidence of the earliest incident first, then
by when it was captured, then in the order it was added; evidence of no incident last.
"""

from __future__ import annotations

from enum import StrEnum

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.transactions import reading, writing
from quietcase.app.evidence import custody
from quietcase.storage.exhibits import Exhibit, Exhibits
from quietcase.storage.records import Evidence, Incident

NOT_KEPT = QT_TRANSLATE_NOOP(
    "Quietcase", "Evidence item E-{id} is in the bin or no longer kept, so it has no exhibit."
)


class Submitted(StrEnum):
    """제출 유무: when the item is handed in."""

    UNSET = ""
    WITH_COMPLAINT = "with_complaint"  # 접수시 제출
    LATER = "later"  # 수사 중 제출


def order_for_numbering(items: list[Evidence], incidents: list[Incident]) -> list[Evidence]:
    """The order in which new items are numbered: by their earliest incident in time order,
    then by when captured, then as added."""
    position = {incident.id: n for n, incident in enumerate(incidents)}
    last = len(position)

    def key(item: Evidence) -> tuple[int, str, int]:
        first = min((position.get(i, last) for i in item.incident_ids), default=last)
        captured = item.captured.earliest() if item.captured is not None else "~"
        return (first, captured, item.id)

    return sorted(items, key=key)


def plan(
    existing: dict[int, Exhibit], ordered: list[Evidence], groups: dict[int, int]
) -> dict[int, Exhibit]:
    """Every item of `ordered` with its number: the kept one, or the next free one.
    `groups` maps an evidence id to its export; the files of one export share a number,
    always with branches (so a branch never has to be added to a number already cited)."""
    result = dict(existing)
    next_number = max((e.number for e in existing.values()), default=0) + 1
    group_number: dict[int, int] = {}
    branches: dict[int, int] = {}
    for exhibit in existing.values():
        branches[exhibit.number] = max(branches.get(exhibit.number, 0), exhibit.branch)
        group = groups.get(exhibit.evidence_id)
        if group is not None and exhibit.branch:
            group_number.setdefault(group, exhibit.number)
    for item in ordered:
        if item.id in result:
            continue
        group = groups.get(item.id)
        if group is None:
            result[item.id] = Exhibit(item.id, next_number)
            next_number += 1
            continue
        number = group_number.get(group)
        if number is None:
            number = group_number[group] = next_number
            next_number += 1
        branches[number] = branches.get(number, 0) + 1
        result[item.id] = Exhibit(item.id, number, branches[number])
    return result


def numbers(case: Case, items: list[Evidence], incidents: list[Incident]) -> dict[int, Exhibit]:
    """The exhibit of every item in `items` (kept numbers, and planned ones for the rest);
    nothing is written."""
    store = Exhibits(case.vault)
    existing = reading(case.vault, store.all)
    groups = reading(case.vault, store.export_groups)
    planned = plan(existing, order_for_numbering(items, incidents), groups)
    wanted = {item.id for item in items}
    return {i: e for i, e in planned.items() if i in wanted}


def keep(case: Case, planned: dict[int, Exhibit]) -> int:
    """Keep the planned numbers not kept yet (inside the caller's transaction); how many."""
    store = Exhibits(case.vault)
    existing = store.all()
    new = [e for i, e in sorted(planned.items()) if i not in existing]
    store.add(new, case.clock.now())
    return len(new)


def set_submitted(case: Case, evidence_id: int, submitted: Submitted) -> Exhibit:
    """Record whether an item is handed in with the complaint or later (제출 유무). An item
    without a number gets it now (with every other item not numbered yet)."""
    item = case.evidence.item(evidence_id)
    if item.binned_at is not None:
        raise UserError(NOT_KEPT, id=str(evidence_id))
    with writing(case.vault):
        store = Exhibits(case.vault)
        if evidence_id not in store.all():
            keep(case, numbers(case, case.evidence.items(), case.journal.incidents()))
        store.set_submitted(evidence_id, submitted.value)
        case.custody.record(
            custody.EDIT, evidence_id, f"submission set to {submitted.value or 'not set'}"
        )
        return store.all()[evidence_id]


TAKEN = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{label} ({korean}) is already given to another item (or to one no longer kept), so it "
    "cannot be given again. Please choose a free number.",
)
BAD_NUMBER = QT_TRANSLATE_NOOP(
    "Quietcase", "An exhibit number is a whole number from 1, and a branch one from 0."
)


def renumber(case: Case, evidence_id: int, number: int, branch: int = 0) -> Exhibit:
    """Move an item to exhibit `number` (branch `branch`, 0 for none) before a document
    cites it: numbers are kept for every item first, a number still held by another item
    (or reserved by a purged one) is refused, and starting branches of a number held
    without one makes that item branch 1. Each move is noted in the custody log with the
    old and the new number, so a number already printed can be traced."""
    if number < 1 or branch < 0:
        raise UserError(BAD_NUMBER)
    item = case.evidence.item(evidence_id)
    if item.binned_at is not None:
        raise UserError(NOT_KEPT, id=str(evidence_id))
    with writing(case.vault):
        store = Exhibits(case.vault)
        keep(case, numbers(case, case.evidence.items(), case.journal.incidents()))
        kept = store.all()
        old = kept[evidence_id]
        target = Exhibit(evidence_id, number, branch, old.submitted)
        if (old.number, old.branch) == (number, branch):
            return old
        held = {(e.number, e.branch): e for e in kept.values() if e.evidence_id != evidence_id}
        if (number, branch) in held:
            raise UserError(TAKEN, label=label(target, False), korean=label(target, True))
        plain = held.get((number, 0))
        if branch and plain is not None:  # 증 제3호증 becomes 증 제3호증의 1
            if (number, 1) in held or branch == 1:
                raise UserError(
                    TAKEN,
                    label=label(Exhibit(0, number, 1), False),
                    korean=label(Exhibit(0, number, 1), True),
                )
            _move(case, store, plain, Exhibit(plain.evidence_id, number, 1, plain.submitted))
        if not branch and any(n == number and b for n, b in held):
            raise UserError(TAKEN, label=label(target, False), korean=label(target, True))
        _move(case, store, old, target)
        return store.all()[evidence_id]


def _move(case: Case, store: Exhibits, old: Exhibit, new: Exhibit) -> None:
    store.move(old.evidence_id, new.number, new.branch)
    case.custody.record(
        custody.EDIT,
        old.evidence_id,
        f"exhibit renumbered from {label(old, False)} ({label(old, True)}) to "
        f"{label(new, False)} ({label(new, True)})",
    )


def label(exhibit: Exhibit, korean: bool) -> str:
    """증 제3호증의 1 / Exhibit 3-1."""
    if korean:
        base = f"증 제{exhibit.number}호증"
        return f"{base}의 {exhibit.branch}" if exhibit.branch else base
    return f"Exhibit {exhibit.number}" + (f"-{exhibit.branch}" if exhibit.branch else "")


def file_prefix(exhibit: Exhibit, korean: bool, digits: int = 2) -> str:
    """The exhibit at the start of a file name, sorting in order: `증제03호증의1` /
    `Exhibit-03-1`."""
    number = f"{exhibit.number:0{digits}d}"
    if korean:
        return f"증제{number}호증" + (f"의{exhibit.branch}" if exhibit.branch else "")
    return f"Exhibit-{number}" + (f"-{exhibit.branch}" if exhibit.branch else "")


def sort_key(exhibit: Exhibit | None, evidence_id: int) -> tuple[int, int, int]:
    """Registers are in exhibit order; an item without a number (none planned) comes last."""
    if exhibit is None:
        return (1 << 62, 0, evidence_id)
    return (exhibit.number, exhibit.branch, evidence_id)


def cite(exhibits: list[Exhibit], korean: bool) -> str:
    """Several exhibits as a complaint cites them: 증 제1호증 내지 제3호증, 제5호증의 1, 2 /
    Ex. 1 to 3, 5-1, 5-2 (a range never written with a dash: branches use one)."""
    ordered = sorted(exhibits, key=lambda e: (e.number, e.branch))
    parts: list[str] = []
    plain: list[int] = []

    def flush() -> None:
        runs: list[list[int]] = []
        for n in plain:
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            if len(run) > 2:
                parts.append(
                    f"제{run[0]}호증 내지 제{run[-1]}호증" if korean else f"{run[0]} to {run[-1]}"
                )
            else:
                parts.extend(f"제{n}호증" if korean else str(n) for n in run)
        plain.clear()

    n = 0
    while n < len(ordered):
        exhibit = ordered[n]
        if not exhibit.branch:
            plain.append(exhibit.number)
            n += 1
            continue
        flush()
        same = [e.branch for e in ordered[n:] if e.number == exhibit.number and e.branch]
        if korean:
            parts.append(f"제{exhibit.number}호증의 " + ", ".join(str(b) for b in same))
        else:
            parts.extend(f"{exhibit.number}-{b}" for b in same)
        n += len(same)
    flush()
    if not parts:
        return ""
    return ("증 " if korean else "Ex. ") + ", ".join(parts)
