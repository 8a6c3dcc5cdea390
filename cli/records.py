"""`quietcase-cli` commands that change or remove records, as the window's editors do: edit,
bin, unbin, link, unlink, set-link-status.

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
from quietcase.app.core.ids import NO_SUCH_LINK, parse_id, parse_link, require_link
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.cli import dates, serialize
from quietcase.cli import evidence as cli_evidence
from quietcase.cli.common import existing_passphrase, open_case, print_json
from quietcase.cli.language import translate
from quietcase.storage.records import ContactRole, LinkStatus, RequestKind, RequestStatus

if TYPE_CHECKING:
    from quietcase.app.case import Case

LINK = "link"

# What `edit` can change on each kind of record (the fields of the window's editors).
FIELDS: dict[str, tuple[str, ...]] = {
    RecordKind.INCIDENT: (
        "title", "when", "platform", "place", "handle", "tag", "contact", "description", "note",
    ),
    RecordKind.CONTACT: ("name", "role", "organisation", "phone", "email", "handle", "note"),
    RecordKind.DEADLINE: ("title", "due", "incident", "done", "note"),
    RecordKind.REQUEST: (
        "kind", "subject", "to", "reference", "status", "sent", "follow_up", "incident", "note",
    ),
    RecordKind.EVIDENCE: (
        "description", "shows", "source", "captured_at", "captured_by", "tag", "incident",
    ),
    LINK: ("url", "title", "uploader", "keywords", "found", "status", "checked"),
}  # fmt: skip

NOT_FOR_KIND = QT_TRANSLATE_NOOP(
    "Quietcase", "{option} does not belong to {record_id}. It can change: {options}."
)
NOTHING_TO_CHANGE = QT_TRANSLATE_NOOP(
    "Quietcase", "Nothing to change: please give at least one option, such as {options}."
)
AS_IMPORTED = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{record_id} cannot be changed or deleted: chat messages stay as they were imported.",
)
NOT_A_PAIR = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Please give an incident and an evidence item, contact, request or deadline, such as "
    "E-4 I-2 (given: {first} {second}).",
)
STATUS = QT_TRANSLATE_NOOP("Quietcase", "status")


# -- edit ----------------------------------------------------------------------------------


def cmd_edit(args: argparse.Namespace, clock: Clock) -> int:
    link = parse_link(args.id)
    kind: str = LINK if link else parse_id(args.id)[0]
    if kind == RecordKind.MESSAGE:
        raise UserError(AS_IMPORTED, EXIT_USAGE, record_id=args.id.strip())
    given = [name for name in _ALL_FIELDS if getattr(args, name) is not None]
    allowed = FIELDS[kind]
    wrong = [name for name in given if name not in allowed]
    if wrong:
        raise UserError(
            NOT_FOR_KIND,
            EXIT_USAGE,
            option=_option(wrong[0]),
            record_id=args.id.strip(),
            options=", ".join(_option(n) for n in allowed),
        )
    if not given:
        raise UserError(
            NOTHING_TO_CHANGE, EXIT_USAGE, options=", ".join(_option(n) for n in allowed)
        )
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        if link is not None:
            record = _edit_link(case, args, clock, *link)
        else:
            record_kind, number = parse_id(args.id)
            record = EDITORS[record_kind](case, args, clock, number)
    if args.json:
        print_json(record)
    else:
        print(_shown_id(record))
    return EXIT_OK


def _shown_id(record: dict[str, Any]) -> str:
    return f"{record['id']}/{record['link']}" if "link" in record else str(record["id"])


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def _ids(values: list[str] | None, kind: RecordKind) -> tuple[int, ...] | None:
    """Ids given with a repeatable option; `--tag ""` (an empty one) clears the list."""
    if values is None:
        return None
    return tuple(parse_id(v, kind)[1] for v in values if v.strip())


def _words(values: list[str] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(v for v in values if v.strip())


def _one_id(value: str | None, kind: RecordKind) -> int | None:
    return parse_id(value, kind)[1] if value and value.strip() else None


def _changes(args: argparse.Namespace, names: dict[str, str]) -> dict[str, Any]:
    """Plain text options that were given, under the record's field names."""
    return {
        field: getattr(args, name)
        for name, field in names.items()
        if getattr(args, name) is not None
    }


def _edit_incident(
    case: Case, args: argparse.Namespace, clock: Clock, number: int
) -> dict[str, Any]:
    incident = case.journal.incident(number)
    changes = _changes(
        args,
        {
            "title": "title",
            "platform": "platform",
            "place": "place",
            "description": "description",
            "note": "note",
        },
    )
    if args.when is not None:
        changes["when"] = dates.when(args.when, "--when", clock)
    if (handles := _words(args.handle)) is not None:
        changes["handles"] = handles
    if (tags := _words(args.tag)) is not None:
        changes["tags"] = tags
    if (contacts := _ids(args.contact, RecordKind.CONTACT)) is not None:
        changes["contact_ids"] = contacts
    return serialize.incident(case.journal.update_incident(replace(incident, **changes)))


def _edit_contact(
    case: Case, args: argparse.Namespace, clock: Clock, number: int
) -> dict[str, Any]:
    contact = case.journal.contact(number)
    changes = _changes(
        args,
        {
            "name": "name",
            "organisation": "organisation",
            "phone": "phone",
            "email": "email",
            "note": "note",
        },
    )
    if args.role is not None:
        changes["role"] = validation.choice(
            args.role, ContactRole, QT_TRANSLATE_NOOP("Quietcase", "role")
        )
    if (handles := _words(args.handle)) is not None:
        changes["handles"] = handles
    return serialize.contact(case.journal.update_contact(replace(contact, **changes)))


def _edit_deadline(
    case: Case, args: argparse.Namespace, clock: Clock, number: int
) -> dict[str, Any]:
    journal = case.journal
    deadline = journal.deadline(number)
    changes = _changes(args, {"title": "title", "note": "note", "done": "done"})
    if args.due is not None:
        changes["due"] = dates.due(args.due, "--due", clock)
    if args.incident is not None:
        if len(args.incident) > 1:
            raise UserError(ONE_INCIDENT, EXIT_USAGE)
        changes["incident_id"] = _one_id(args.incident[0], RecordKind.INCIDENT)
    saved = journal.update_deadline(replace(deadline, **changes))
    return serialize.deadline(saved, overdue=journal.is_overdue(saved))


ONE_INCIDENT = QT_TRANSLATE_NOOP(
    "Quietcase", "A deadline belongs to one incident: please give --incident once."
)


def _edit_request(
    case: Case, args: argparse.Namespace, clock: Clock, number: int
) -> dict[str, Any]:
    request = case.journal.request(number)
    changes = _changes(args, {"subject": "subject", "reference": "reference", "note": "note"})
    if args.kind is not None:
        changes["kind"] = validation.choice(
            args.kind, RequestKind, QT_TRANSLATE_NOOP("Quietcase", "kind of request")
        )
    if args.status is not None:
        changes["status"] = validation.choice(args.status, RequestStatus, STATUS)
    if args.to is not None:
        changes["contact_id"] = _one_id(args.to, RecordKind.CONTACT)
    if args.sent is not None:
        changes["sent_on"] = dates.day(
            args.sent, "--sent", QT_TRANSLATE_NOOP("Quietcase", "date sent"), clock
        )
    if args.follow_up is not None:
        changes["follow_up_on"] = dates.day(
            args.follow_up,
            "--follow-up",
            QT_TRANSLATE_NOOP("Quietcase", "follow-up date"),
            clock,
            prefer="future",
        )
    if (incidents := _ids(args.incident, RecordKind.INCIDENT)) is not None:
        changes["incident_ids"] = incidents
    return serialize.request(case.journal.update_request(replace(request, **changes)))


def _edit_evidence(
    case: Case, args: argparse.Namespace, clock: Clock, number: int
) -> dict[str, Any]:
    item = case.evidence.item(number)
    changes = _changes(
        args,
        {
            "description": "description",
            "shows": "shows",
            "captured_by": "captured_by",
            "source": "source_url",
        },
    )
    if args.captured_at is not None:
        changes["captured"] = dates.when(args.captured_at, "--captured-at", clock)
    if (tags := _words(args.tag)) is not None:
        changes["tags"] = tags
    if (incidents := _ids(args.incident, RecordKind.INCIDENT)) is not None:
        changes["incident_ids"] = incidents
    return serialize.evidence(case.evidence.update(replace(item, **changes)))


def _edit_link(
    case: Case, args: argparse.Namespace, clock: Clock, incident_id: int, position: int
) -> dict[str, Any]:
    incident = case.journal.incident(incident_id)
    if not 1 <= position <= len(incident.links):
        raise UserError(NO_SUCH_LINK, EXIT_USAGE, incident=str(incident_id), n=str(position))
    link = incident.links[position - 1]
    changes = _changes(
        args, {"url": "url", "title": "post_title", "uploader": "uploader", "keywords": "keywords"}
    )
    if args.found is not None:
        changes["found_on"] = dates.day(
            args.found, "--found", QT_TRANSLATE_NOOP("Quietcase", "date found"), clock
        )
    if args.checked is not None:
        changes["checked_on"] = dates.day(
            args.checked, "--checked", QT_TRANSLATE_NOOP("Quietcase", "date checked"), clock
        )
    if args.status is not None:
        changes["status"] = validation.choice(args.status, LinkStatus, STATUS)
    links = list(incident.links)
    links[position - 1] = replace(link, **changes)
    case.journal.update_incident(replace(incident, links=tuple(links)))
    return _link_json(case, incident_id, position)


def _link_json(case: Case, incident_id: int, position: int) -> dict[str, Any]:
    """The link as `list VAULT links --json` shows it."""
    from quietcase.app.journal.links import all_links, link_record

    row = next(r for r in all_links(case) if (r.incident.id, r.position) == (incident_id, position))
    return link_record(row)


EDITORS = {
    RecordKind.INCIDENT: _edit_incident,
    RecordKind.CONTACT: _edit_contact,
    RecordKind.DEADLINE: _edit_deadline,
    RecordKind.REQUEST: _edit_request,
    RecordKind.EVIDENCE: _edit_evidence,
}
_ALL_FIELDS = tuple(dict.fromkeys(name for names in FIELDS.values() for name in names))


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
        record = _link_json(case, incident_id, at)
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
        record = _link_json(case, incident_id, position)
    if args.json:
        print_json(record)
    else:
        print(
            translate("Cli", "{link}: {status} (checked {day}).").format(
                link=f"I-{incident_id}/{position}", status=status.value, day=checked.isoformat()
            )
        )
    return EXIT_OK


# -- parsers -------------------------------------------------------------------------------


def add_parsers(sub: Any) -> None:
    """Register edit, bin, unbin, link, unlink and set-link-status."""
    p = sub.add_parser(
        "edit",
        help=translate(
            "Cli",
            "change a record (I-1, C-2, D-3, R-4, E-5) or a link (I-1/2): only the fields you "
            "give change, checked as the window checks them",
        ),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("id", metavar="ID")
    text = translate("Cli", "for {kinds}")
    words = translate(
        "Cli", "for {kinds}; a date, or your words: “작년 3월”, “last March”, “2주 전”"
    )
    link = translate("Cli", "link")
    for name, kinds, metavar, shape in (
        ("title", "I, D, " + translate("Cli", "link (the post's title)"), None, text),
        ("name", "C", None, text),
        ("subject", "R", None, text),
        ("when", "I", "WHEN", words),
        ("due", "D", "DATE", words),
        ("platform", "I", None, text),
        ("place", "I", None, text),
        ("role", "C: " + ", ".join(r.value for r in ContactRole), None, text),
        ("organisation", "C", None, text),
        ("phone", "C", None, text),
        ("email", "C", None, text),
        ("kind", "R: " + ", ".join(k.value for k in RequestKind), None, text),
        ("to", "R", "CONTACT_ID", text),
        ("reference", "R", None, text),
        (
            "status",
            f"R: {', '.join(s.value for s in RequestStatus)}; "
            f"{link}: {', '.join(s.value for s in LinkStatus)}",
            None,
            text,
        ),
        ("sent", "R", "DATE", words),
        ("follow_up", "R", "DATE", words),
        ("description", "I, E", None, text),
        ("shows", "E", None, text),
        ("source", "E", "URL", text),
        ("captured_at", "E", "WHEN", words),
        ("captured_by", "E", "WHO", text),
        ("url", link, None, text),
        ("uploader", link, None, text),
        ("keywords", link, None, text),
        ("found", link, "DATE", words),
        ("checked", link, "DATE", words),
        ("note", "I, C, D, R", None, text),
    ):
        p.add_argument(
            _option(name),
            dest=name,
            metavar=metavar or name.upper(),
            help=shape.format(kinds=kinds),
        )
    repeat = translate("Cli", 'for {kinds}; replaces the list (repeatable; "" empties it)')
    for name, kinds in (
        ("handle", "I, C"),
        ("tag", "I, E"),
        ("contact", "I"),
        ("incident", "D, R, E"),
    ):
        p.add_argument(
            _option(name),
            dest=name,
            action="append",
            metavar=name.upper() if name in ("handle", "tag") else "ID",
            help=repeat.format(kinds=kinds),
        )
    done = p.add_mutually_exclusive_group()
    done.add_argument(
        "--done", dest="done", action="store_const", const=True, help=text.format(kinds="D")
    )
    done.add_argument(
        "--not-done", dest="done", action="store_const", const=False, help=text.format(kinds="D")
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print the record as JSON"))
    p.set_defaults(func=cmd_edit)

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
