"""`quietcase-cli export` for the documents besides the case summary: the deletion-support
list (`--deletion-list OUT.pdf|OUT.csv [--platform P] [--status S]`), the complaint helper
(`--complaint-helper OUT.pdf`), the calendar (`--ics OUT.ics [--discreet]`) and the CSV files
(`--csv OUT_DIR`). Warnings go to stderr before anything is written; the result to stdout.

Each document's code (reportlab for the PDFs, icalendar) is imported only when that document
is asked for, so that other commands start fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from quietcase.app.core import validation
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_OK
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.ids import parse_id
from quietcase.app.core.kinds import RecordKind
from quietcase.cli.acts import incident_ids
from quietcase.cli.common import (
    existing_passphrase,
    open_case,
    password_from_env,
    print_notices,
    progress_printer,
    time_zone,
)
from quietcase.cli.language import translate
from quietcase.cli.text import human_size
from quietcase.storage.records import LinkStatus


def add_arguments(p: argparse.ArgumentParser, what: Any) -> None:
    """The documents as alternatives to `--pdf`, and their own options."""
    what.add_argument(
        "--deletion-list",
        metavar="OUT.pdf|OUT.csv",
        type=Path,
        help=translate("Cli", "the list of links for deletion support (a support centre)"),
    )
    what.add_argument(
        "--complaint-helper",
        metavar="OUT.pdf",
        type=Path,
        help=translate(
            "Cli", "table of acts, numbered evidence list and people, for a lawyer (PDF)"
        ),
    )
    what.add_argument(
        "--ics",
        metavar="OUT.ics",
        type=Path,
        help=translate("Cli", "deadlines and follow-up dates for a phone's calendar"),
    )
    what.add_argument(
        "--csv",
        metavar="OUT_DIR",
        type=Path,
        help=translate("Cli", "every record as CSV files for a spreadsheet, in this folder"),
    )
    p.add_argument(
        "--platform",
        metavar="P",
        default="",
        help=translate("Cli", "deletion list only: the links of this platform"),
    )
    p.add_argument(
        "--status",
        metavar="S",
        help=translate("Cli", "deletion list only: links with this status: {statuses}").format(
            statuses=", ".join(s.value for s in LinkStatus)
        ),
    )
    p.add_argument(
        "--acts",
        action="append",
        default=[],
        metavar="I-1,I-3",
        help=translate(
            "Cli",
            "complaint helper only: these incidents in the table of acts, for this document "
            "(default: those marked with the acts command)",
        ),
    )
    p.add_argument(
        "--all-links",
        action="store_true",
        help=translate(
            "Cli", "deletion list only: also the links already removed (default: only the others)"
        ),
    )
    p.add_argument(
        "--discreet",
        action="store_true",
        help=translate("Cli", "calendar only: every event is called Appointment"),
    )


def cmd_export_document(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.documents.safe_export import check_target

    tty = sys.stderr.isatty()
    if args.deletion_list is not None:
        from quietcase.app.documents.deletion_list import (
            DeletionChoice,
            deletion_notices,
            export_deletion_list,
        )

        status = (
            validation.choice(args.status, LinkStatus, QT_TRANSLATE_NOOP("Quietcase", "status"))
            if args.status
            else None
        )
        check_target(args.deletion_list)
        with open_case(args.case_file, existing_passphrase(), clock) as case:
            choice = DeletionChoice(
                incident_ids=tuple(parse_id(i, RecordKind.INCIDENT)[1] for i in args.incident),
                platform=args.platform,
                status=status,
                language=args.language,
                password=password_from_env(getattr(args, "password_env", None)),
                time_zone=time_zone(args),
                all_links=args.all_links,
            )
            print_notices(deletion_notices(args.deletion_list, choice))
            saved = export_deletion_list(case, choice, args.deletion_list, progress_printer(tty))
        _done(tty)
        message = translate("Cli", "Saved the deletion list ({size}) to {path}.")
    elif args.complaint_helper is not None:
        from quietcase.app.documents.complaint_helper import (
            ComplaintOptions,
            complaint_notices,
            export_complaint_helper,
        )

        check_target(args.complaint_helper)
        with open_case(args.case_file, existing_passphrase(), clock) as case:
            options = ComplaintOptions(
                language=args.language,
                password=password_from_env(getattr(args, "password_env", None)),
                time_zone=time_zone(args),
                acts=incident_ids(args.acts) if args.acts else None,
            )
            print_notices(complaint_notices(args.complaint_helper, options))
            saved = export_complaint_helper(
                case, options, args.complaint_helper, progress_printer(tty)
            )
        _done(tty)
        message = translate(
            "Cli", "Saved the complaint helper (%Ln pages, {size}) to {path}.", None, saved.pages
        )
    elif args.ics is not None:
        from quietcase.app.documents.calendar_export import calendar_notices, export_calendar

        check_target(args.ics)
        with open_case(args.case_file, existing_passphrase(), clock) as case:
            print_notices(calendar_notices(args.ics, args.discreet))
            saved = export_calendar(case, args.ics, discreet=args.discreet, language=args.language)
        message = translate("Cli", "Saved the calendar ({size}) to {path}.")
    else:
        from quietcase.app.documents.csv_export import check_folder, csv_notices, export_csv

        check_folder(args.csv)
        with open_case(args.case_file, existing_passphrase(), clock) as case:
            print_notices(csv_notices(args.csv))
            result = export_csv(
                case, args.csv, private_notes=args.include_private_notes, language=args.language
            )
        print(
            translate("Cli", "Saved %Ln CSV files in {path}.", None, len(result.files)).format(
                path=result.folder
            )
        )
        for path, rows, _ in result.files:
            print("  " + translate("Cli", "{name}: %Ln rows", None, rows).format(name=path.name))
        return EXIT_OK
    print(message.format(size=human_size(saved.size), path=saved.path))
    print("  " + translate("Cli", "SHA-256 of the file: {sha256}").format(sha256=saved.sha256))
    return EXIT_OK


def _done(tty: bool) -> None:
    if tty:
        print(file=sys.stderr)
