"""`quietcase-cli` commands that remove records or link them, as the window does: bin,
unbin, link, unlink, set-link-status (and `edit`, in cli/editing.py).

Each command is one use case of `app` (the ones the window calls), so it is one transaction,
its validation is the window's, and its change is in the custody history as the window's
would be. The case file code is imported by the commands themselves (tests/cli/test_startup.py).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quietcase.app.core import validation
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_OK, EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.ids import parse_id, parse_link, require_link
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.cli import dates, serialize
from quietcase.cli import evidence as cli_evidence
from quietcase.cli.common import existing_passphrase, open_case, print_json
from quietcase.cli.language import translate
from quietcase.storage.records import LinkStatus

if TYPE_CHECKING:
    from quietcase.app.case import Case
from quietcase.cli import editing
from quietcase.cli.editing import AS_IMPORTED, STATUS, link_json

NOT_A_PAIR = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Please give an incident and an evidence item, contact, request or deadline, such as "
    "E-4 I-2 (given: {first} {second}).",
)


# -- bin and unbin -------------------------------------------------------------------------


def cmd_bin(args: argparse.Namespace, clock: Clock) -> int:
    if (link := parse_link(args.id)) is not None:
        return _remove_link(args, clock, *link)
    kind, number = _binnable(args.id)
    if kind == RecordKind.EVIDENCE:
        return cli_evidence.cmd_bin(args, clock)
    from quietcase.app.journal import bin as journal_bin

    record_id = format_id(kind, number)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        record = case.journal.record(kind, number)
        title = (
            getattr(record, "title", "")
            or getattr(record, "name", "")
            or getattr(record, "subject", "")
        )
        question = translate("Cli", "Delete {record_id} (“{title}”)?").format(
            record_id=record_id, title=title
        )
        cli_evidence.confirm(question, args.yes)
        journal_bin.delete(case.journal, kind, number)
    if args.json:
        print_json({"id": record_id, "record_type": kind, "deleted": True})
    else:
        print(
            translate(
                "Cli",
                "{record_id} is deleted. `quietcase-cli unbin` brings it back until Quietcase's "
                "window closes this case file.",
            ).format(record_id=record_id)
        )
    return EXIT_OK


def cmd_unbin(args: argparse.Namespace, clock: Clock) -> int:
    if (link := parse_link(args.id)) is not None:
        return _put_back_link(args, clock, *link)
    kind, number = _binnable(args.id)
    if kind == RecordKind.EVIDENCE:
        return cli_evidence.cmd_unbin(args, clock)
    from quietcase.app.journal import bin as journal_bin

    with open_case(args.case_file, existing_passphrase(), clock) as case:
        deleted = journal_bin.last_deleted(case.journal, kind, number)
        new_id = journal_bin.undo(case.journal, deleted)
        record = _record_json(case, kind, new_id)
    if args.json:
        print_json(record)
    elif new_id == number:
        print(translate("Cli", "{record_id} is back.").format(record_id=record["id"]))
    else:
        print(
            translate(
                "Cli", "{record_id} is back as {new_id} (its number had been given to another)."
            ).format(record_id=format_id(kind, number), new_id=record["id"])
        )
    return EXIT_OK


def _remove_link(args: argparse.Namespace, clock: Clock, incident_id: int, position: int) -> int:
    from quietcase.app.journal import bin as journal_bin

    name = f"I-{incident_id}/{position}"
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        incident = case.journal.incident(incident_id)
        if 1 <= position <= len(incident.links):
            question = translate("Cli", "Remove the link {link} ({url})?").format(
                link=name, url=incident.links[position - 1].url
            )
            cli_evidence.confirm(question, args.yes)
        journal_bin.remove_link(case.journal, incident_id, position)
    if args.json:
        print_json({"id": f"I-{incident_id}", "link": position, "removed": True})
    else:
        print(
            translate(
                "Cli",
                "{link} is removed from its incident. `quietcase-cli unbin` puts it back until "
                "Quietcase's window closes this case file.",
            ).format(link=name)
        )
    return EXIT_OK


def _put_back_link(args: argparse.Namespace, clock: Clock, incident_id: int, position: int) -> int:
    from quietcase.app.journal import bin as journal_bin

    with open_case(args.case_file, existing_passphrase(), clock) as case:
        removed = journal_bin.last_removed_link(case.journal, incident_id, position)
        at = journal_bin.put_back_link(case.journal, removed)
        record = link_json(case, incident_id, at)
    if args.json:
        print_json(record)
    else:
        print(translate("Cli", "{link} is back.").format(link=f"I-{incident_id}/{at}"))
    return EXIT_OK


def _binnable(text: str) -> tuple[RecordKind, int]:
    if text.strip().isdigit():  # the evidence form of earlier versions: `bin CASE 2`
        return RecordKind.EVIDENCE, int(text.strip())
    kind, number = parse_id(text)
    if kind == RecordKind.MESSAGE:
        raise UserError(AS_IMPORTED, EXIT_USAGE, record_id=text.strip())
    return kind, number


def _record_json(case: Case, kind: RecordKind, number: int) -> dict[str, Any]:
    journal = case.journal
    if kind == RecordKind.INCIDENT:
        return serialize.incident(journal.incident(number))
    if kind == RecordKind.CONTACT:
        return serialize.contact(journal.contact(number))
    if kind == RecordKind.DEADLINE:
        found = journal.deadline(number)
        return serialize.deadline(found, overdue=journal.is_overdue(found))
    return serialize.request(journal.request(number))


# -- link and unlink -----------------------------------------------------------------------


def cmd_link(args: argparse.Namespace, clock: Clock) -> int:
    return _link(args, clock, linked=True)


def cmd_unlink(args: argparse.Namespace, clock: Clock) -> int:
    return _link(args, clock, linked=False)


def _pair(first: str, second: str) -> tuple[int, RecordKind, int]:
    """(incident, other kind, other id) from two ids in either order."""
    a, b = parse_id(first), parse_id(second)
    if b[0] != RecordKind.INCIDENT:
        a, b = b, a
    linkable = (RecordKind.EVIDENCE, RecordKind.CONTACT, RecordKind.REQUEST, RecordKind.DEADLINE)
    if b[0] != RecordKind.INCIDENT or a[0] not in linkable:
        raise UserError(NOT_A_PAIR, EXIT_USAGE, first=first, second=second)
    return b[1], a[0], a[1]


def _link(args: argparse.Namespace, clock: Clock, *, linked: bool) -> int:
    incident_id, kind, number = _pair(args.first, args.second)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        case.journal.incident(incident_id)  # a missing incident is named before anything
        record = LINKERS[kind](case, incident_id, number, linked)
    incident, other = format_id(RecordKind.INCIDENT, incident_id), format_id(kind, number)
    if args.json:
        print_json(record)
    elif linked:
        print(
            translate("Cli", "{record_id} is linked to {incident_id}.").format(
                record_id=other, incident_id=incident
            )
        )
    else:
        print(
            translate("Cli", "{record_id} is not linked to {incident_id}.").format(
                record_id=other, incident_id=incident
            )
        )
    return EXIT_OK


def _link_evidence(case: Case, incident_id: int, number: int, linked: bool) -> dict[str, Any]:
    from quietcase.app.evidence.items import IN_BIN
    from quietcase.app.evidence.view import link_to_incident

    if case.evidence.item(number).binned_at is not None:
        raise UserError(IN_BIN, evidence_id=format_id(RecordKind.EVIDENCE, number))
    wanted = [number] if linked else []
    case.together(lambda: link_to_incident(case, incident_id, wanted, [number]))
    return serialize.evidence(case.evidence.item(number))


def _link_contact(case: Case, incident_id: int, number: int, linked: bool) -> dict[str, Any]:
    incident = case.journal.incident(incident_id)
    case.journal.contact(number)
    ids = _toggled(incident.contact_ids, number, linked)
    if ids != incident.contact_ids:
        incident = case.journal.update_incident(replace(incident, contact_ids=ids))
    return serialize.incident(incident)


def _link_request(case: Case, incident_id: int, number: int, linked: bool) -> dict[str, Any]:
    request = case.journal.request(number)
    ids = _toggled(request.incident_ids, incident_id, linked)
    if ids != request.incident_ids:
        request = case.journal.update_request(replace(request, incident_ids=ids))
    return serialize.request(request)


def _link_deadline(case: Case, incident_id: int, number: int, linked: bool) -> dict[str, Any]:
    journal = case.journal
    deadline = journal.deadline(number)
    wanted = (
        incident_id
        if linked
        else (None if deadline.incident_id == incident_id else deadline.incident_id)
    )
    if wanted != deadline.incident_id:
        deadline = journal.update_deadline(replace(deadline, incident_id=wanted))
    return serialize.deadline(deadline, overdue=journal.is_overdue(deadline))


def _toggled(ids: tuple[int, ...], number: int, linked: bool) -> tuple[int, ...]:
    if linked:
        return ids if number in ids else (*ids, number)
    return tuple(i for i in ids if i != number)


LINKERS = {
    RecordKind.EVIDENCE: _link_evidence,
    RecordKind.CONTACT: _link_contact,
    RecordKind.REQUEST: _link_request,
    RecordKind.DEADLINE: _link_deadline,
}


# -- link status ---------------------------------------------------------------------------


def cmd_set_link_status(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.journal.links import set_link_status

    incident_id, position = require_link(args.link)
    status = validation.choice(args.status, LinkStatus, STATUS)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        checked = dates.day(
            args.checked, "--checked", QT_TRANSLATE_NOOP("Quietcase", "date checked"), clock
        ) or dates.today(clock)
        set_link_status(case, incident_id, position, status, checked)
        record = link_json(case, incident_id, position)
    if args.json:
        print_json(record)
    else:
        print(
            translate("Cli", "{link}: {status} (checked {day}).").format(
                link=f"I-{incident_id}/{position}", status=status.value, day=checked.isoformat()
            )
        )
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    """Register edit, bin, unbin, link, unlink and set-link-status."""
    editing.add_parser(sub)

    for name, func, words in (
        (
            "bin",
            cmd_bin,
            translate(
                "Cli",
                "delete a record as the window does: evidence goes to the bin; an incident, "
                "contact, deadline, request or link (I-1/2) can be brought back with unbin until "
                "the window closes the case file",
            ),
        ),
        (
            "unbin",
            cmd_unbin,
            translate("Cli", "bring back what bin deleted (evidence: take it out of the bin)"),
        ),
    ):
        p = sub.add_parser(name, help=words)
        p.add_argument("case_file", metavar="VAULT", type=Path)
        p.add_argument("id", metavar="ID")
        if name == "bin":
            p.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask"))
        p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
        p.set_defaults(func=func)

    for name, func, words in (
        (
            "link",
            cmd_link,
            translate(
                "Cli",
                "link an evidence item, contact, request or deadline to an incident "
                "(a deadline belongs to one incident)",
            ),
        ),
        ("unlink", cmd_unlink, translate("Cli", "undo such a link")),
    ):
        p = sub.add_parser(name, help=words)
        p.add_argument("case_file", metavar="VAULT", type=Path)
        p.add_argument("first", metavar="ID", help="E-4, C-2, R-3, D-1")
        p.add_argument("second", metavar="INCIDENT_ID", help="I-2")
        p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
        p.set_defaults(func=func)

    p = sub.add_parser(
        "set-link-status",
        help=translate("Cli", "note that you checked a link: still online, removed, or not known"),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("link", metavar="LINK", help=translate("Cli", "I-3/2: the second link of I-3"))
    p.add_argument("status", metavar="STATUS", help=", ".join(s.value for s in LinkStatus))
    p.add_argument(
        "--checked", metavar="DATE", help=translate("Cli", "the day you checked (default: today)")
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_set_link_status)
