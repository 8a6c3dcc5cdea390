"""`quietcase-cli acts`: which incidents are acts of an offender (the complaint helper's
범죄일람표). Lists every incident with its mark; with ids, marks them (`--not`: not acts,
`--default`: back to the default: an act when it names a suspect or has a link)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_OK
from quietcase.app.core.ids import parse_id
from quietcase.app.core.kinds import RecordKind
from quietcase.cli.common import existing_passphrase, open_case, print_json
from quietcase.cli.language import translate


def incident_ids(values: list[str]) -> tuple[int, ...]:
    """`I-1,I-3 I-5` (commas or repeated) as incident numbers."""
    out: list[int] = []
    for value in values:
        for part in value.split(","):
            if part.strip():
                out.append(parse_id(part.strip(), RecordKind.INCIDENT)[1])
    return tuple(out)


def cmd_acts(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.documents import acts

    numbers = list(incident_ids(args.ids))
    with open_case(args.case_file, existing_passphrase(), clock, read_only=not numbers) as case:
        if numbers:
            acts.choose(case, numbers, None if args.default else not args.not_act)
        incidents = case.journal.incidents()
        marked = acts.marks(case, incidents)
        chosen = acts.choices(case)
    rows = [
        {
            "id": f"I-{i.id}",
            "act": marked[i.id],
            "chosen": i.id in chosen,  # False: the default
            "when": None if i.when is None else i.when.text(),
            "title": i.title,
        }
        for i in incidents
    ]
    if args.json:
        print_json(rows)
        return EXIT_OK
    yes, no = translate("Cli", "act"), translate("Cli", "not an act")
    default = translate("Cli", "(default)")
    for row in rows:
        mark = (yes if row["act"] else no) + ("" if row["chosen"] else f" {default}")
        print(f"{row['id']:<6} {mark:<22} {row['when'] or '':<24} {row['title']}".rstrip())
    count = sum(1 for r in rows if r["act"])
    print(translate("Cli", "(%Ln incidents in the table of acts)", None, count))
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    """Register `acts` on the main parser's subcommands."""
    p = sub.add_parser(
        "acts",
        help=translate(
            "Cli", "choose which incidents are acts of an offender (the table of acts), or list"
        ),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument(
        "ids",
        nargs="*",
        metavar="INCIDENT_ID",
        help=translate("Cli", "incidents to mark as acts (I-1 I-3 ...); none: list every mark"),
    )
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--not",
        dest="not_act",
        action="store_true",
        help=translate("Cli", "mark them as not acts instead"),
    )
    how.add_argument(
        "--default",
        action="store_true",
        help=translate(
            "Cli",
            "forget your choice for them (default: an act when it names a suspect or has a link)",
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_acts)
