"""`quietcase-cli`: the same use cases as the window, from a terminal or a script.

Exit codes: 0 done; 1 failed (one clear line on stderr, never a traceback); 2 usage error;
3 wrong passphrase or not a vault; 4 integrity failure; 5 vault in use by another Quietcase.
Passphrases come from the terminal without echo, or from QUIETCASE_PASSPHRASE (to open) and
QUIETCASE_NEW_PASSPHRASE (init, passwd) for scripts and tests.

Start-up: building the parser imports only what the command table needs (argparse, the
translations, the records' choices). What a command does (the case file, Pillow, reportlab,
the chat code, the passphrase checks) is imported by the command itself, so `--version`,
`--help` and `list` never load the PDF or picture code (tests/cli/test_startup.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quietcase.app.core import hardening, validation
from quietcase.app.core.clock import Clock, SystemClock
from quietcase.app.core.errors import (
    EXIT_DAMAGED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    WRONG_PASSPHRASE,
    UserError,
    explain,
)
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.ids import parse_id
from quietcase.app.core.kinds import RecordKind
from quietcase.cli import acts as cli_acts
from quietcase.cli import backup as cli_backup
from quietcase.cli import chats as cli_telegram
from quietcase.cli import dates, serialize
from quietcase.cli import evidence as cli_evidence
from quietcase.cli import kakaotalk as cli_kakaotalk
from quietcase.cli import records as cli_records
from quietcase.cli import reports as cli_reports
from quietcase.cli.common import (
    FORGET_WARNING,
    existing_passphrase,
    new_passphrase,
    open_case,
    print_json,
)
from quietcase.cli.language import (
    argparse_in_language,
    language_from_environment,
    translate,
    use_language,
)
from quietcase.cli.text import print_record, print_records, print_verify, verify_notes
from quietcase.storage.records import (
    Contact,
    ContactRole,
    Deadline,
    Incident,
    Link,
    LinkStatus,
    Request,
    RequestKind,
    RequestStatus,
)

if TYPE_CHECKING:
    from quietcase.app.case import Case

BACKUPS_KEEP_THE_OLD_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Cli",
    "Please note: backups made before keep the old passphrase, so anyone who knows it can "
    "still open them. If that worries you, make a new backup and delete the old ones.",
)

# -- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.case import create_case

    passphrase = new_passphrase()
    with create_case(args.case_file, passphrase, clock) as case:
        print(translate("Cli", "Your new case file is ready: {path}").format(path=case.path))
    print(translate("Cli", FORGET_WARNING), file=sys.stderr)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, clock: Clock) -> int:
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        case.change_passphrase(new_passphrase())
    print(
        translate(
            "Cli", "The passphrase has been changed. The old one no longer opens this case file."
        )
    )
    print(translate("Cli", BACKUPS_KEEP_THE_OLD_PASSPHRASE), file=sys.stderr)
    return EXIT_OK


def cmd_add(args: argparse.Namespace, clock: Clock) -> int:
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        saved_id = ADDERS[args.record](args, case)
    print(saved_id)
    return EXIT_OK


def _add_incident(args: argparse.Namespace, case: Case) -> str:
    saved = case.journal.add_incident(
        Incident(
            title=args.title,
            when=dates.when(args.when, "--when", case.clock),
            platform=args.platform or "",
            place=args.place or "",
            links=tuple(Link(url=u) for u in args.url),
            handles=tuple(args.handle),
            tags=tuple(args.tag),
            description=args.description or "",
            note=args.note or "",
            contact_ids=tuple(parse_id(c, RecordKind.CONTACT)[1] for c in args.contact),
        )
    )
    return str(serialize.incident(saved)["id"])


def _add_contact(args: argparse.Namespace, case: Case) -> str:
    saved = case.journal.add_contact(
        Contact(
            name=args.name,
            role=validation.choice(args.role, ContactRole, QT_TRANSLATE_NOOP("Quietcase", "role")),
            organisation=args.organisation or "",
            phone=args.phone or "",
            email=args.email or "",
            handles=tuple(args.handle),
            note=args.note or "",
        )
    )
    return str(serialize.contact(saved)["id"])


def _add_deadline(args: argparse.Namespace, case: Case) -> str:
    saved = case.journal.add_deadline(
        Deadline(
            title=args.title,
            due=dates.due(args.due, "--due", case.clock),
            incident_id=parse_id(args.incident, RecordKind.INCIDENT)[1] if args.incident else None,
            note=args.note or "",
        )
    )
    return str(serialize.deadline(saved)["id"])


def _add_request(args: argparse.Namespace, case: Case) -> str:
    saved = case.journal.add_request(
        Request(
            kind=validation.choice(
                args.kind, RequestKind, QT_TRANSLATE_NOOP("Quietcase", "kind of request")
            ),
            subject=args.subject or "",
            sent_on=dates.day(
                args.sent, "--sent", QT_TRANSLATE_NOOP("Quietcase", "date sent"), case.clock
            ),
            contact_id=parse_id(args.to, RecordKind.CONTACT)[1] if args.to else None,
            reference=args.reference or "",
            status=validation.choice(
                args.status, RequestStatus, QT_TRANSLATE_NOOP("Quietcase", "status")
            ),
            follow_up_on=dates.day(
                args.follow_up,
                "--follow-up",
                QT_TRANSLATE_NOOP("Quietcase", "follow-up date"),
                case.clock,
                prefer="future",
            ),
            incident_ids=tuple(parse_id(i, RecordKind.INCIDENT)[1] for i in args.incident),
            note=args.note or "",
        )
    )
    return str(serialize.request(saved)["id"])


def _add_link(args: argparse.Namespace, case: Case) -> str:
    incident = case.journal.incident(parse_id(args.incident, RecordKind.INCIDENT)[1])
    link = Link(
        url=args.url,
        post_title=args.title or "",
        uploader=args.uploader or "",
        keywords=args.keywords or "",
        found_on=dates.day(
            args.found, "--found", QT_TRANSLATE_NOOP("Quietcase", "date found"), case.clock
        ),
        status=validation.choice(args.status, LinkStatus, QT_TRANSLATE_NOOP("Quietcase", "status")),
    )
    saved = case.journal.update_incident(replace(incident, links=(*incident.links, link)))
    return f"{serialize.incident(saved)['id']} link {len(saved.links)}"


ADDERS: dict[str, Callable[[argparse.Namespace, Case], str]] = {
    "incident": _add_incident,
    "link": _add_link,
    "contact": _add_contact,
    "deadline": _add_deadline,
    "request": _add_request,
}


def _records(case: Case, what: str, upcoming: bool = False) -> list[dict[str, Any]]:
    journal = case.journal
    if what == "incidents":
        return [serialize.incident(r) for r in journal.incidents()]
    if what == "contacts":
        return [serialize.contact(r) for r in journal.contacts()]
    if what == "links":
        from quietcase.app.journal.links import all_links, link_record

        return [link_record(row) for row in all_links(case)]
    if what == "deadlines":
        rows = journal.upcoming_deadlines() if upcoming else journal.deadlines()
        return [serialize.deadline(r, overdue=journal.is_overdue(r)) for r in rows]
    return [serialize.request(r) for r in journal.requests()]


def cmd_list(args: argparse.Namespace, clock: Clock) -> int:
    if args.what == "messages":
        return cli_telegram.cmd_list_messages(args, clock)
    if args.upcoming and args.what != "deadlines":
        raise UserError(
            QT_TRANSLATE_NOOP("Quietcase", "--upcoming only works with deadlines."), EXIT_USAGE
        )
    if args.bin and args.what != "evidence":
        raise UserError(
            QT_TRANSLATE_NOOP("Quietcase", "--bin only works with evidence."), EXIT_USAGE
        )
    with open_case(args.case_file, existing_passphrase(), clock, read_only=True) as case:
        if args.what in ("evidence", "custody"):
            rows = cli_evidence.list_rows(case, args.what, args.bin)
        else:
            rows = _records(case, args.what, upcoming=args.upcoming)
    if args.json:
        print_json(rows)
    else:
        print_records(args.what, rows)
    return EXIT_OK


def cmd_show(args: argparse.Namespace, clock: Clock) -> int:
    kind, number = parse_id(args.id)
    with open_case(args.case_file, existing_passphrase(), clock, read_only=True) as case:
        journal = case.journal
        record: dict[str, Any]
        if kind == RecordKind.INCIDENT:
            record = serialize.incident(journal.incident(number))
        elif kind == RecordKind.CONTACT:
            record = serialize.contact(journal.contact(number))
        elif kind == RecordKind.DEADLINE:
            found = journal.deadline(number)
            record = serialize.deadline(found, overdue=journal.is_overdue(found))
        elif kind == RecordKind.EVIDENCE:
            record = cli_evidence.show_record(case, number)
        elif kind == RecordKind.MESSAGE:
            record = cli_telegram.show_record(case, number)
        else:
            record = serialize.request(journal.request(number))
    if args.json:
        print_json(record)
    else:
        print_record(record)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.case import verify_case
    from quietcase.app.evidence.anchors import parse_anchor

    anchor = parse_anchor(args.against) if args.against else None
    report = verify_case(args.file, existing_passphrase(), clock, against=anchor)
    if args.json:
        document: dict[str, Any] = {
            "file": str(report.path),
            "ok": report.ok,
            "problems": report.problems,
            "notes": verify_notes(report),
            "custody_counter": report.custody_counter,
            "custody_head": report.custody_head,
        }
        if report.against is not None:
            document["against"] = serialize.anchor_check(report.against)
        print_json(document)
    else:
        print_verify(report)
    return EXIT_OK if report.ok else EXIT_DAMAGED


def cmd_search(args: argparse.Namespace, clock: Clock) -> int:
    with open_case(args.case_file, existing_passphrase(), clock, read_only=True) as case:
        results = case.search(args.query)
    if args.json:
        print_json(
            {
                "query": args.query,
                "totals": results.totals,
                "results": [
                    {
                        "id": h.ref,
                        "record_type": h.kind,
                        "title": h.title,
                        "when": h.when,
                        "facet": h.facet,
                        "snippet": h.snippet,
                    }
                    for h in results.hits()
                ],
            }
        )
    elif not results.total:
        print(translate("Cli", "Nothing found."))
    else:
        for hit in results.hits():
            print("  ".join(x for x in (hit.ref, hit.when or "", hit.title) if x))
        print(translate("Cli", "(%Ln found)", None, results.total))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.case import create_case
    from quietcase.cli.demo import fill_demo

    passphrase = new_passphrase()
    case = create_case(args.case_file, passphrase, clock)
    try:
        case.together(lambda: fill_demo(case.journal, clock.now().date()))
        counts = case.journal.counts()
    except BaseException:
        case.close()
        Path(args.case_file).unlink(missing_ok=True)
        raise
    case.close()
    print(
        translate(
            "Cli",
            "A demo case file with {incidents} incidents, {contacts} contacts, {deadlines} "
            "deadlines and {requests} requests is ready: {path}",
        ).format(
            incidents=counts.incidents,
            contacts=counts.contacts,
            deadlines=counts.deadlines,
            requests=counts.requests,
            path=args.case_file,
        )
    )
    print(translate("Cli", "Everything in it is invented."), file=sys.stderr)
    return EXIT_OK


# -- parser --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quietcase-cli",
        description=translate(
            "Cli",
            "Quietcase keeps your case private, in one encrypted file on this computer. This "
            "is its command-line front end.",
        ),
        epilog=translate(
            "Cli",
            "Passphrases are asked without echo, or read from QUIETCASE_PASSPHRASE and "
            "QUIETCASE_NEW_PASSPHRASE. Exit codes: 0 done, 1 failed, 2 usage error, 3 wrong "
            "passphrase or not a case file, 4 damaged, 5 in use by another Quietcase.",
        ),
    )
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        help=translate("Cli", "print the version of Quietcase and stop"),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help=translate("Cli", "create a new, empty case file"))
    p.add_argument(
        "case_file",
        metavar="VAULT",
        type=Path,
        help=translate("Cli", "where to create the case file"),
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("passwd", help=translate("Cli", "change the passphrase of a case file"))
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.set_defaults(func=cmd_passwd)

    _add_parsers(sub)
    cli_evidence.add_parsers(sub)
    cli_records.add_parsers(sub)
    cli_reports.add_parsers(sub)
    cli_acts.add_parsers(sub)
    cli_backup.add_parsers(sub)
    cli_telegram.add_parsers(sub)
    cli_kakaotalk.add_parsers(sub)

    p = sub.add_parser("list", help=translate("Cli", "list the records of one kind"))
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument(
        "what",
        choices=[
            "incidents",
            "links",
            "contacts",
            "deadlines",
            "requests",
            "evidence",
            "custody",
            "messages",
        ],
    )
    p.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON instead of a table")
    )
    p.add_argument(
        "--bin", action="store_true", help=translate("Cli", "evidence only: the items in the bin")
    )
    p.add_argument(
        "--chat",
        action="append",
        default=[],
        metavar="NAME_OR_ID",
        help=translate("Cli", "messages only: the messages of this chat (repeatable)"),
    )
    p.add_argument(
        "--upcoming",
        action="store_true",
        help=translate(
            "Cli", "deadlines only: those not done that are overdue or due within 14 days"
        ),
    )
    p.set_defaults(func=cmd_list)

    p = sub.add_parser(
        "show", help=translate("Cli", "show one record by its id (I-1, C-2, D-3, R-4, E-5)")
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "search", help=translate("Cli", "find records containing every word of QUERY")
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "verify", help=translate("Cli", "check that a case file (or backup) is intact")
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--against",
        metavar="HEAD",
        help=translate(
            "Cli",
            "also check that the history behind a custody head printed earlier (on a summary, "
            "or a bundle or its manifest.json) is still the beginning of this one, and list "
            "what changed since",
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "demo", help=translate("Cli", "create a case file filled with an invented example case")
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.set_defaults(func=cmd_demo)
    return parser


class _Version(argparse.Action):
    """`--version`: the installed version, read only when asked (importlib.metadata is not
    free at start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("quietcase")
        except PackageNotFoundError:  # run from a source tree that was never installed
            found = "unknown"
        parser.exit(message=f"quietcase-cli {found}\n")


def _add_parsers(sub: Any) -> None:
    add = sub.add_parser(
        "add", help=translate("Cli", "add an incident, contact, deadline or request")
    )
    kinds = add.add_subparsers(dest="record", required=True, metavar="KIND")

    p = kinds.add_parser("incident", help=translate("Cli", "something that happened"))
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("--title", required=True)
    p.add_argument(
        "--when",
        help=translate(
            "Cli",
            "2024, 2024-03, 2024-03-15, 2024-03-15 14:30, a range: 2024-03 .. 2024-05, or your "
            "words: “작년 3월”, “last March”, “2주 전”",
        ),
    )
    p.add_argument(
        "--platform", help=translate("Cli", "Telegram, KakaoTalk, X, Instagram, Discord, ...")
    )
    p.add_argument("--place", help=translate("Cli", "room, channel or place"))
    p.add_argument(
        "--url", action="append", default=[], help=translate("Cli", "a link (repeatable)")
    )
    p.add_argument(
        "--handle",
        action="append",
        default=[],
        help=translate("Cli", "an offender's ID or nickname (repeatable)"),
    )
    p.add_argument(
        "--tag", action="append", default=[], help=translate("Cli", "a tag (repeatable)")
    )
    p.add_argument(
        "--contact",
        action="append",
        default=[],
        metavar="CONTACT_ID",
        help=translate("Cli", "a contact involved (repeatable)"),
    )
    p.add_argument("--description")
    p.add_argument(
        "--note", help=translate("Cli", "a private note (never exported unless you ask)")
    )

    p = kinds.add_parser("link", help=translate("Cli", "a web address where it was seen"))
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("--incident", required=True, metavar="INCIDENT_ID")
    p.add_argument("--url", required=True)
    p.add_argument("--title", help=translate("Cli", "the post's title"))
    p.add_argument("--uploader", help=translate("Cli", "the uploader's ID or nickname"))
    p.add_argument("--keywords", help=translate("Cli", "words to find the post by"))
    p.add_argument("--found", metavar="DATE", help=translate("Cli", "the day you found it"))
    p.add_argument("--status", default="unknown", help=", ".join(s.value for s in LinkStatus))

    p = kinds.add_parser("contact", help=translate("Cli", "a person or organisation"))
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, help=", ".join(r.value for r in ContactRole))
    p.add_argument("--organisation", "--organization")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--handle", action="append", default=[], help=translate("Cli", "repeatable"))
    p.add_argument("--note")

    p = kinds.add_parser("deadline", help=translate("Cli", "a date not to miss"))
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("--title", required=True)
    p.add_argument("--due", required=True, help=translate("Cli", "2026-12-01 or 2026-12-01 14:00"))
    p.add_argument("--incident", metavar="INCIDENT_ID")
    p.add_argument("--note")

    p = kinds.add_parser("request", help=translate("Cli", "something you asked of someone"))
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("--kind", required=True, help=", ".join(k.value for k in RequestKind))
    p.add_argument("--subject")
    p.add_argument("--to", metavar="CONTACT_ID", help=translate("Cli", "who it was sent to"))
    p.add_argument("--reference", help=translate("Cli", "reference or case number"))
    p.add_argument("--status", default="draft", help=", ".join(s.value for s in RequestStatus))
    p.add_argument("--sent", metavar="DATE", help=translate("Cli", "the day it was sent"))
    p.add_argument("--follow-up", metavar="DATE", help=translate("Cli", "when to follow up"))
    p.add_argument(
        "--incident",
        action="append",
        default=[],
        metavar="INCIDENT_ID",
        help=translate("Cli", "repeatable"),
    )
    p.add_argument("--note")
    add.set_defaults(func=cmd_add)


# -- entry point ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    hardening.no_crash_dumps()  # her passphrase and records never land in a core file
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    use_language(language_from_environment())
    with argparse_in_language():
        args = build_parser().parse_args(argv)
    clock = clock or SystemClock()
    from quietcase.app.settings import SettingsStore, tidy_up

    tidy_up(SettingsStore().load())  # what a killed export, backup or restore left unfinished
    try:
        code: int = args.func(args, clock)
        return code
    except UserError as exc:
        return _fail(_noted(exc, args, clock))
    except KeyboardInterrupt:
        print("\n" + translate("Cli", "Stopped. Nothing was changed."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("QUIETCASE_DEBUG"):
            raise
        return _fail(_noted(explain(exc), args, clock))


def _noted(exc: UserError, args: argparse.Namespace, clock: Clock) -> UserError:
    """A wrong passphrase for her case file is noted where the window notes its own, so she
    hears of it after her next unlock (times and counts only; app/attempts.py)."""
    case_file = getattr(args, "case_file", None)
    if exc.template == WRONG_PASSPHRASE and isinstance(case_file, Path):
        from quietcase.app.settings import default_folder
        from quietcase.app.unlock.attempts import AttemptLog

        AttemptLog(default_folder()).failed(case_file, clock.now())
    return exc


def _fail(exc: UserError) -> int:
    print(f"quietcase-cli: {exc.text(translate)}", file=sys.stderr)
    return exc.exit_code if exc.exit_code != EXIT_USAGE else EXIT_USAGE


def run() -> None:  # pragma: no cover - console script shim
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

__all__ = ["EXIT_FAILED", "build_parser", "main"]
