"""`quietcase-cli` commands for evidence: import, extract, describe, bin, unbin, empty-bin."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.ids import parse_id
from quietcase.app.core.kinds import RecordKind
from quietcase.cli import dates, serialize
from quietcase.cli.common import existing_passphrase, open_case, print_json, progress_printer
from quietcase.cli.language import current_language, translate
from quietcase.cli.text import visible

CONFIRM_IN_SCRIPT = QT_TRANSLATE_NOOP(
    "Quietcase", "{question} Add --yes to confirm when running from a script."
)
NOTHING_CHANGED = QT_TRANSLATE_NOOP("Quietcase", "Nothing was changed.")


def _incidents(values: list[str]) -> tuple[int, ...]:
    return tuple(parse_id(v, RecordKind.INCIDENT)[1] for v in values)


def cmd_import(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.evidence.intake import IntakeDetails

    details = IntakeDetails(
        source_url=args.source or "",
        captured=dates.when(args.captured_at, "--captured-at", clock),
        captured_by=args.captured_by or "",
        description=args.description or "",
        shows=args.shows or "",
        tags=tuple(args.tag),
        incident_ids=_incidents(args.incident),
    )
    show = progress_printer(sys.stderr.isatty(), files=True)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        report = case.intake.import_paths(args.paths, details, progress=show)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for item in report.imported:
        print(serialize.evidence(item.evidence)["id"])
        if item.duplicate:
            print(
                translate(
                    "Cli",
                    "{source}: already in the case as {evidence_id}; not stored twice, linked "
                    "again.",
                ).format(source=visible(item.source), evidence_id=f"E-{item.evidence.id}"),
                file=sys.stderr,
            )
    for problem in report.problems:
        print(f"quietcase-cli: {visible(problem.error.text(translate))}", file=sys.stderr)
    if report.cancelled:
        print(translate("Cli", "Stopped. The file in progress was not added."), file=sys.stderr)
    return EXIT_FAILED if report.problems or report.cancelled else EXIT_OK


def cmd_extract(args: argparse.Namespace, clock: Clock) -> int:
    number = parse_id(args.id, RecordKind.EVIDENCE)[1]
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        item = case.evidence.extract(number, args.out)
    print(
        translate(
            "Cli", "Saved a copy of {evidence_id} ({filename}) to {path}; SHA-256 checked."
        ).format(evidence_id=f"E-{item.id}", filename=item.filename, path=args.out)
    )
    return EXIT_OK


def cmd_describe(args: argparse.Namespace, clock: Clock) -> int:
    number = parse_id(args.id, RecordKind.EVIDENCE)[1]
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        item = case.evidence.item(number)
        changes: dict[str, Any] = {}
        for name in ("description", "shows", "captured_by"):
            if getattr(args, name) is not None:
                changes[name] = getattr(args, name)
        if args.source is not None:
            changes["source_url"] = args.source
        if args.captured_at is not None:
            changes["captured"] = dates.when(args.captured_at, "--captured-at", clock)
        if args.tag:
            changes["tags"] = tuple(args.tag)
        if args.incident:
            changes["incident_ids"] = _incidents(args.incident)
        saved = case.evidence.update(replace(item, **changes))
    print(serialize.evidence(saved)["id"])
    return EXIT_OK


def confirm(question: str, yes: bool) -> None:
    """Ask before deleting (a script says --yes); `NOTHING_CHANGED` when she says no."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UserError(CONFIRM_IN_SCRIPT, question=question)
    answer = input(question + " " + translate("Cli", "[y/N]") + " ").strip().lower()
    if answer not in ("y", "yes", "예", "네", "ㅇ"):
        raise UserError(NOTHING_CHANGED)


def cmd_bin(args: argparse.Namespace, clock: Clock) -> int:
    number = parse_id(args.id, RecordKind.EVIDENCE)[1]
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        item = case.evidence.item(number)
        question = translate("Cli", "Move {evidence_id} ({filename}) to the bin?")
        confirm(question.format(evidence_id=f"E-{number}", filename=item.filename), args.yes)
        binned = case.evidence.to_bin(number)
    if getattr(args, "json", False):
        print_json(serialize.evidence(binned))
        return EXIT_OK
    print(
        translate(
            "Cli", "{evidence_id} is in the bin. `quietcase-cli unbin` takes it out again."
        ).format(evidence_id=f"E-{number}")
    )
    return EXIT_OK


def cmd_unbin(args: argparse.Namespace, clock: Clock) -> int:
    number = parse_id(args.id, RecordKind.EVIDENCE)[1]
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        back = case.evidence.from_bin(number)
    if getattr(args, "json", False):
        print_json(serialize.evidence(back))
        return EXIT_OK
    print(
        translate("Cli", "{evidence_id} is back with the evidence.").format(
            evidence_id=f"E-{number}"
        )
    )
    return EXIT_OK


def cmd_empty_bin(args: argparse.Namespace, clock: Clock) -> int:
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        binned = case.evidence.items(binned=True)
        if not binned:
            print(translate("Cli", "The bin is empty."))
            return EXIT_OK
        confirm(
            translate(
                "Cli",
                "Remove the %Ln items in the bin for good? This cannot be undone.",
                None,
                len(binned),
            ),
            args.yes,
        )
        purged = case.evidence.empty_bin()
    for item in purged:
        print(
            translate("Cli", "removed {evidence_id} ({filename}, sha256 {sha256})").format(
                evidence_id=f"E-{item.evidence_id}", filename=item.filename, sha256=item.sha256
            )
        )
    return EXIT_OK


NOT_AN_EXHIBIT = QT_TRANSLATE_NOOP(
    "Quietcase", "“{text}” is not an exhibit number. Please write it like 3, or 3-2 for a branch."
)


def cmd_renumber(args: argparse.Namespace, clock: Clock) -> int:
    """Give an item another exhibit number before a document cites it (noted in custody)."""
    from quietcase.app.documents import exhibits

    _, number = parse_id(args.id, RecordKind.EVIDENCE)
    main, _, branch = args.number.strip().partition("-")
    if not main.isdigit() or (branch and not branch.isdigit()):
        raise UserError(NOT_AN_EXHIBIT, EXIT_USAGE, text=args.number)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        exhibit = exhibits.renumber(case, number, int(main), int(branch or 0))
    korean = current_language() == "ko"
    print(f"E-{number}: {exhibits.label(exhibit, korean)}")
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    """Register the evidence commands on the main parser's subcommands."""
    p = sub.add_parser(
        "renumber",
        help=translate(
            "Cli",
            "give an evidence item another exhibit number (증 제n호증) before you hand a "
            "document over; the old number is noted in the custody log",
        ),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("id", metavar="EVIDENCE_ID")
    p.add_argument(
        "number",
        metavar="NUMBER",
        help=translate("Cli", "3 for 증 제3호증, 3-2 for 증 제3호증의 2"),
    )
    p.set_defaults(func=cmd_renumber)

    p = sub.add_parser(
        "import", help=translate("Cli", "add files or folders as evidence (one item per file)")
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("paths", metavar="FILE_OR_FOLDER", nargs="+", type=Path)
    p.add_argument(
        "--incident",
        action="append",
        default=[],
        metavar="INCIDENT_ID",
        help=translate("Cli", "link to an incident (repeatable)"),
    )
    p.add_argument("--source", metavar="URL", help=translate("Cli", "where it came from"))
    p.add_argument(
        "--captured-at",
        metavar="WHEN",
        help=translate("Cli", "when it was captured (may be approximate)"),
    )
    p.add_argument(
        "--captured-by",
        metavar="WHO",
        help=translate("Cli", "you, a friend, the police, the platform"),
    )
    p.add_argument("--description")
    p.add_argument("--shows", help=translate("Cli", "what this helps prove (입증취지)"))
    p.add_argument("--tag", action="append", default=[], help=translate("Cli", "repeatable"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "extract", help=translate("Cli", "save a copy of an evidence item's original bytes")
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("id", metavar="EVIDENCE_ID")
    p.add_argument(
        "out", metavar="OUT", type=Path, help=translate("Cli", "a new file (never overwritten)")
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "describe", help=translate("Cli", "change what you noted about an evidence item")
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("id", metavar="EVIDENCE_ID")
    p.add_argument("--description")
    p.add_argument("--shows", help=translate("Cli", "what this helps prove (입증취지)"))
    p.add_argument("--source", metavar="URL")
    p.add_argument("--captured-at", metavar="WHEN")
    p.add_argument("--captured-by", metavar="WHO")
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        help=translate("Cli", "replaces the tags (repeatable)"),
    )
    p.add_argument(
        "--incident",
        action="append",
        default=[],
        metavar="INCIDENT_ID",
        help=translate("Cli", "replaces the linked incidents (repeatable)"),
    )
    p.set_defaults(func=cmd_describe)

    # bin and unbin take any record's id: cli/records.py, which calls cmd_bin and cmd_unbin.

    p = sub.add_parser("empty-bin", help=translate("Cli", "remove the items in the bin for good"))
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask"))
    p.set_defaults(func=cmd_empty_bin)


def show_record(case: Any, number: int) -> dict[str, Any]:
    """One evidence item with its image facts, similar images and custody history."""
    record = serialize.evidence(case.evidence.item(number), case.evidence.image(number))
    record["similar_images"] = [f"E-{e.id}" for e, _ in case.evidence.similar(number)]
    record["custody"] = [
        f"{e.seq}. {e.at.isoformat(timespec='seconds')} {e.action}: {e.detail}"
        for e in case.custody.for_evidence(number)
    ]
    return record


def list_rows(case: Any, what: str, binned: bool) -> list[dict[str, Any]]:
    """Rows for `list VAULT evidence|custody`."""
    from quietcase.app.documents import exhibits

    if what == "evidence":
        # the exhibit number every document gives it (kept, or the one the next document
        # will give); the list in that order, as the documents list it
        numbers = exhibits.numbers(case, case.evidence.items(), case.journal.incidents())
        items = case.evidence.items(binned=binned)
        items.sort(key=lambda e: exhibits.sort_key(numbers.get(e.id), e.id))
        korean = current_language() == "ko"
        rows = []
        for item in items:
            row = serialize.evidence(item, case.evidence.image(item.id))
            number = numbers.get(item.id)
            row["exhibit"] = None if number is None else exhibits.label(number, korean)
            rows.append(row)
        return rows
    return [serialize.custody_event(e) for e in case.custody.events()]
