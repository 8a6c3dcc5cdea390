"""`quietcase-cli export` (the case summary PDF) and `bundle` (the evidence bundle ZIP).

Warnings she should read before plaintext leaves the vault (not encrypted, a cloud or shared
folder, GPS inside photos) go to stderr before anything is written; the result goes to stdout.
The summary's code (reportlab) is imported only by these two commands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quietcase.app.core import validation
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_OK
from quietcase.app.core.ids import parse_id
from quietcase.app.core.kinds import RecordKind
from quietcase.app.documents.summary.choices import Section, Thumbnails
from quietcase.cli import documents as cli_documents
from quietcase.cli.common import (
    existing_passphrase,
    open_case,
    password_from_env,
    print_notices,
    progress_printer,
    time_zone,
)
from quietcase.cli.language import current_language, translate
from quietcase.cli.text import human_size

if TYPE_CHECKING:
    from quietcase.app.documents.summary.data import Cover, ReportOptions


def _options(args: argparse.Namespace, cover: Cover) -> ReportOptions:
    from quietcase.app.documents.summary.data import Cover, ReportOptions

    without = {validation.choice(s, Section, "section") for s in args.without}
    return ReportOptions(
        language=args.language,
        cover=Cover(
            args.title if args.title is not None else cover.title,
            args.name if args.name is not None else cover.name,
            args.summary if args.summary is not None else cover.summary,
        ),
        incident_ids=tuple(parse_id(i, RecordKind.INCIDENT)[1] for i in args.incident),
        date_from=validation.when(args.date_from),
        date_to=validation.when(args.date_to),
        contact_ids=tuple(parse_id(c, RecordKind.CONTACT)[1] for c in args.contact)
        if args.contact
        else None,
        sections=frozenset(Section) - without,
        thumbnails=Thumbnails(args.thumbnails),
        private_notes=args.include_private_notes,
        password=password_from_env(getattr(args, "password_env", None)),
        messages=tuple(parse_id(m, RecordKind.MESSAGE)[1] for m in args.message)
        if args.message
        else None,
        time_zone=time_zone(args),
    )


def cmd_export(args: argparse.Namespace, clock: Clock) -> int:
    if args.pdf is None:
        return cli_documents.cmd_export_document(args, clock)
    from quietcase.app.documents.safe_export import check_target
    from quietcase.app.documents.summary.data import load_cover
    from quietcase.app.documents.summary.pdf import check_report, export_notices, export_report

    check_target(args.pdf)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        options = _options(args, load_cover(case))
        check_report(case, options)
        print_notices(export_notices(args.pdf, options))
        tty = sys.stderr.isatty()
        result = export_report(case, options, args.pdf, progress=progress_printer(tty))
    if tty:
        print(file=sys.stderr)
    saved = (
        translate(
            "Cli",
            "Saved the case summary (%Ln pages, {size}, encrypted with AES-256) to {path}.",
            None,
            result.pages,
        )
        if result.encrypted
        else translate(
            "Cli", "Saved the case summary (%Ln pages, {size}) to {path}.", None, result.pages
        )
    )
    print(saved.format(size=human_size(result.size), path=result.path))
    print("  " + translate("Cli", "SHA-256 of the PDF: {sha256}").format(sha256=result.sha256))
    print(
        "  "
        + translate("Cli", "custody head printed in it: {head}").format(head=result.custody_head)
    )
    return EXIT_OK


def cmd_bundle(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.documents.bundle.archive import bundle_notices, make_bundle
    from quietcase.app.documents.safe_export import check_target
    from quietcase.app.documents.summary.data import load_cover
    from quietcase.app.documents.summary.pdf import check_report

    check_target(args.out)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        options = _options(args, load_cover(case))
        check_report(case, options)
        print_notices(bundle_notices(case, args.out, options))
        tty = sys.stderr.isatty()
        result = make_bundle(case, args.out, options, progress=progress_printer(tty))
    if tty:
        print(file=sys.stderr)
    print(
        translate(
            "Cli",
            "Saved the evidence bundle (%Ln files and the summary, {size}) to {path}.",
            None,
            result.items,
        ).format(size=human_size(result.size), path=result.path)
    )
    print("  " + translate("Cli", "Inside it, `sha256sum -c SHA256SUMS` checks every file."))
    print(
        "  "
        + translate("Cli", "SHA-256 of its SHA256SUMS: {sha256}").format(sha256=result.sha256sums)
    )
    return EXIT_OK


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--incident",
        action="append",
        default=[],
        metavar="ID",
        help=translate(
            "Cli", "only this incident and its evidence (repeatable; default: the whole case)"
        ),
    )
    p.add_argument(
        "--language",
        choices=["en", "ko"],
        default=current_language(),
        help=translate("Cli", "the summary's language: en or ko (default: the terminal's)"),
    )
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=translate("Cli", "incidents from this date"),
    )
    p.add_argument(
        "--to", dest="date_to", metavar="DATE", help=translate("Cli", "incidents up to this date")
    )
    p.add_argument(
        "--contact",
        action="append",
        default=[],
        metavar="ID",
        help=translate(
            "Cli", "contacts to list (repeatable; default: those the chosen records mention)"
        ),
    )
    p.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="SECTION",
        help=translate("Cli", "leave out a section: {sections}").format(
            sections=", ".join(s.value for s in Section)
        ),
    )
    p.add_argument(
        "--message",
        action="append",
        default=[],
        metavar="ID",
        help=translate(
            "Cli",
            "a chat message for the transcript excerpt (repeatable; default: those chosen "
            "with report-messages)",
        ),
    )
    p.add_argument(
        "--include-private-notes",
        action="store_true",
        help=translate("Cli", "include your private notes"),
    )
    p.add_argument(
        "--thumbnails",
        choices=[t.value for t in Thumbnails],
        default=Thumbnails.BLURRED.value,
        help=translate("Cli", "pictures in the evidence register: blurred (default), full or none"),
    )
    p.add_argument(
        "--title",
        help=translate("Cli", "the title on the cover (default: the one saved, or generic)"),
    )
    p.add_argument(
        "--time-zone",
        metavar="ZONE",
        help=translate(
            "Cli",
            "show every time in this zone, e.g. Asia/Seoul (default: the case's, else the "
            "computer's)",
        ),
    )
    p.add_argument("--name", help=translate("Cli", "your name or an alias for the cover"))
    p.add_argument("--summary", help=translate("Cli", "a short summary in your own words"))


def add_parsers(sub: Any) -> None:
    """Register `export` and `bundle` on the main parser's subcommands."""
    p = sub.add_parser(
        "export", help=translate("Cli", "save the case summary as a PDF for a lawyer or the police")
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--pdf", metavar="OUT.pdf", type=Path, help=translate("Cli", "the case summary: a new file")
    )
    cli_documents.add_arguments(p, what)
    _common(p)
    p.add_argument(
        "--password-env",
        metavar="NAME",
        help=translate(
            "Cli", "protect the PDF (AES-256) with the password held in this environment variable"
        ),
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "bundle",
        help=translate(
            "Cli", "save a ZIP with the summary, the original evidence files and checksums"
        ),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("out", metavar="OUT.zip", type=Path, help=translate("Cli", "a new file"))
    _common(p)
    p.set_defaults(func=cmd_bundle)
