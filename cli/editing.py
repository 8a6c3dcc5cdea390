"""`quietcase-cli edit`: change a record or a link as the window's editors do (only the
fields given change, checked as the window checks them), one use case of `app` each, so one
transaction with its change in the custody history. The case file code is imported by the
command itself (tests/cli/test_startup.py).
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
from quietcase.app.core.ids import NO_SUCH_LINK, parse_id, parse_link
from quietcase.app.core.kinds import RecordKind
from quietcase.cli import dates, serialize
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
    return link_json(case, incident_id, position)


def link_json(case: Case, incident_id: int, position: int) -> dict[str, Any]:
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


def add_parser(sub: Any) -> None:
    """Register edit."""
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
