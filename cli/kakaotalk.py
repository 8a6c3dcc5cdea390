"""`quietcase-cli import-kakaotalk VAULT PATH [--time-zone ZONE] [--me NAME]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quietcase.app.core.clock import Clock
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.ids import parse_id
from quietcase.app.core.kinds import RecordKind
from quietcase.cli.chat_import import (
    evidence_ids,
    print_chat,
    print_files,
    print_incident,
    record_id,
    run_import,
)
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
    from quietcase.app.chats.kakaotalk.importing import KakaoOptions
    from quietcase.app.chats.kakaotalk.times import check_zone, computer_zone

    zone = check_zone(args.time_zone) if args.time_zone else computer_zone()
    options = KakaoOptions(
        time_zone=zone,
        me=args.me or "",
        incident_id=parse_id(args.incident, RecordKind.INCIDENT)[1] if args.incident else None,
        words=lambda words: translate("Quietcase", words),  # her case's notes, in --language
    )
    return run_import(
        args,
        clock,
        lambda case, show: case.import_kakaotalk(args.path, options, show),
        result_dict,
        print_result,
    )


def result_dict(result: KakaoImportResult) -> dict[str, Any]:
    return {
        "app": "kakaotalk",
        "variant": result.variant,
        "encoding": result.encoding,
        "line_ends": result.newline,
        "time_zone": result.time_zone,
        "chat": result.chat_name,
        "incident": record_id(RecordKind.INCIDENT, result.incident_id),
        "incident_created": result.incident_created,
        "messages_added": result.messages_added,
        "messages_known": result.messages_known,
        "messages_marked": result.messages_flagged,
        "media_stored": result.media_stored,
        "media_missing": result.media_missing,
        "files_added": result.files_added,
        "files_known": result.files_known,
        "main_evidence_id": record_id(RecordKind.EVIDENCE, result.main_evidence_id),
        "evidence_ids": evidence_ids(result.evidence_ids),
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
    print_chat(
        result.messages_added,
        result.messages_known,
        result.media_stored,
        result.media_missing,
        _MISSING_WORDS,
        lambda: _marked(result.messages_flagged),
    )
    print_incident(result.incident_id, result.incident_created)
    print_files(result.files_added, result.files_known, result.main_evidence_id)
    for note in result.repairs:
        print(translate("Cli", "Note: {what}").format(what=note.text(translate)))


def _marked(n: int) -> None:
    if n:
        print(
            "    "
            + translate("Cli", "{n} of the new messages are marked (see the notes below)").format(
                n=f"{n:,}"
            )
        )


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
