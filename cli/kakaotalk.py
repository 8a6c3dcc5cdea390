"""`quietcase-cli import-kakaotalk VAULT PATH [--time-zone ZONE] [--me NAME]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_FAILED, EXIT_OK
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.ids import parse_id
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.cli.common import existing_passphrase, print_json, progress_printer
from quietcase.cli.language import translate

if TYPE_CHECKING:
    from quietcase.app.chats.kakaotalk.result import KakaoImportResult

_MISSING_WORDS = {
    "not_included": QT_TRANSLATE_NOOP("Cli", "not in the export (a text export holds no media)"),
    "not_downloaded": QT_TRANSLATE_NOOP("Cli", "never downloaded on the phone"),
    "absent": QT_TRANSLATE_NOOP("Cli", "named but not in the folder"),
    "in_archive": QT_TRANSLATE_NOOP("Cli", "inside the ZIP, kept as part of it (not unpacked)"),
}


def cmd_import_kakaotalk(args: argparse.Namespace, clock: Clock) -> int:
    # Imported here: the other commands never load the KakaoTalk reader (cli/main.py).
    from quietcase.app.case import open_case
    from quietcase.app.chats.kakaotalk.importing import KakaoOptions
    from quietcase.app.chats.kakaotalk.times import check_zone, computer_zone

    zone = check_zone(args.time_zone) if args.time_zone else computer_zone()
    options = KakaoOptions(
        time_zone=zone,
        me=args.me or "",
        incident_id=parse_id(args.incident, RecordKind.INCIDENT)[1] if args.incident else None,
    )
    show = progress_printer(sys.stderr.isatty() and not args.json)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        result = case.import_kakaotalk(args.path, options, show)
    if sys.stderr.isatty() and not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(result_dict(result))
    else:
        print_result(result)
    for problem in result.problems:
        print(f"quietcase-cli: {problem.source}: {problem.error}", file=sys.stderr)
    return EXIT_FAILED if result.problems else EXIT_OK


def result_dict(result: KakaoImportResult) -> dict[str, Any]:
    return {
        "app": "kakaotalk",
        "variant": result.variant,
        "encoding": result.encoding,
        "line_ends": result.newline,
        "time_zone": result.time_zone,
        "chat": result.chat_name,
        "incident": (
            None
            if result.incident_id is None
            else format_id(RecordKind.INCIDENT, result.incident_id)
        ),
        "incident_created": result.incident_created,
        "messages_added": result.messages_added,
        "messages_known": result.messages_known,
        "messages_marked": result.messages_flagged,
        "media_stored": result.media_stored,
        "media_missing": result.media_missing,
        "files_added": result.files_added,
        "files_known": result.files_known,
        "main_evidence_id": (
            None
            if result.main_evidence_id is None
            else format_id(RecordKind.EVIDENCE, result.main_evidence_id)
        ),
        "evidence_ids": [
            format_id(RecordKind.EVIDENCE, e) for e in dict.fromkeys(result.evidence_ids)
        ],
        "notes": [r.text() for r in result.repairs],
        "problems": [{"file": p.source, "error": str(p.error)} for p in result.problems],
    }


def print_result(result: KakaoImportResult) -> None:
    print(
        translate("Cli", "KakaoTalk export ({variant}, {encoding}) imported.").format(
            variant=result.variant, encoding=result.encoding
        )
    )
    print(
        "  "
        + translate("Cli", "Times were read in the time zone {zone}.").format(zone=result.time_zone)
    )
    print(f'  "{result.chat_name}"')
    print(
        "    "
        + translate("Cli", "messages: {added} new, {known} already in the case").format(
            added=f"{result.messages_added:,}", known=f"{result.messages_known:,}"
        )
    )
    if result.messages_flagged:
        print(
            "    "
            + translate("Cli", "{n} of the new messages are marked (see the notes below)").format(
                n=f"{result.messages_flagged:,}"
            )
        )
    missing = sum(result.media_missing.values())
    print(
        "    "
        + translate("Cli", "media: {stored} stored, {missing} missing").format(
            stored=f"{result.media_stored:,}", missing=f"{missing:,}"
        )
    )
    for reason, n in sorted(result.media_missing.items()):
        print(f"      {n:,}  {translate('Cli', _MISSING_WORDS.get(reason, reason))}")
    if result.incident_id is not None:
        line = (
            translate("Cli", "new incident {id}")
            if result.incident_created
            else translate("Cli", "linked to {id}")
        )
        print("    " + line.format(id=format_id(RecordKind.INCIDENT, result.incident_id)))
    print(
        translate(
            "Cli",
            "Files: {added} stored as evidence, {known} already in the case (not stored twice).",
        ).format(added=f"{result.files_added:,}", known=f"{result.files_known:,}")
    )
    if result.main_evidence_id is not None:
        print(
            translate("Cli", "The export's main file is {id}.").format(
                id=format_id(RecordKind.EVIDENCE, result.main_evidence_id)
            )
        )
    for note in result.repairs:
        print(translate("Cli", "Note: {what}").format(what=note.text(translate)))


def add_parsers(sub: Any) -> None:
    """Register `import-kakaotalk` on the main parser's subcommands."""
    p = sub.add_parser(
        "import-kakaotalk",
        help=translate("Cli", "import a KakaoTalk chat export (any phone or computer) as evidence"),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument(
        "path",
        metavar="PATH",
        type=Path,
        help=translate(
            "Cli", "the export's .txt or .csv file, or the folder or ZIP of an all-messages export"
        ),
    )
    p.add_argument(
        "--time-zone",
        metavar="ZONE",
        help=translate(
            "Cli", "the time zone of the phone or computer that made it (default: this one's)"
        ),
    )
    p.add_argument(
        "--me",
        metavar="NAME",
        help=translate("Cli", "your name in the chat (회원님, you and 나 are known already)"),
    )
    p.add_argument(
        "--incident", metavar="INCIDENT_ID", help=translate("Cli", "attach to this incident")
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_import_kakaotalk)
