"""What `import-telegram` and `import-kakaotalk` share: running the import with progress on a
terminal, the result as JSON or as words, the files' problems on standard error, and the
lines every chat import prints (its messages, its media, its incident, its files).

Light: no app module is imported here (the commands import the readers when they run).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_FAILED, EXIT_OK
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.cli.common import existing_passphrase, open_case, print_json, progress_printer
from quietcase.cli.language import translate


class _Problem(Protocol):
    source: str
    error: Any


class _Result(Protocol):
    @property
    def problems(self) -> list[Any]: ...


def run_import(
    args: argparse.Namespace,
    clock: Clock,
    job: Callable[[Any, Callable[..., None]], Any],
    as_dict: Callable[[Any], dict[str, Any]],
    as_words: Callable[[Any], None],
) -> int:
    """Open the case, run `job(case, progress)`, print its result (`--json` or words) and
    each file's problem; the exit code says whether a file could not be taken."""
    show = progress_printer(sys.stderr.isatty() and not args.json)
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        result = job(case, show)
    if sys.stderr.isatty() and not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(as_dict(result))
    else:
        as_words(result)
    problems: list[_Problem] = result.problems
    for problem in problems:
        print(f"quietcase-cli: {problem.source}: {problem.error}", file=sys.stderr)
    return EXIT_FAILED if problems else EXIT_OK


def record_id(kind: RecordKind, value: int | None) -> str | None:
    """`I-3`, `E-7`, or None."""
    return None if value is None else format_id(kind, value)


def evidence_ids(ids: list[int]) -> list[str]:
    """Each evidence item once, in the order first met."""
    return [format_id(RecordKind.EVIDENCE, e) for e in dict.fromkeys(ids)]


def print_chat(
    added: int,
    known: int,
    stored: int,
    missing: Mapping[str, int],
    missing_words: Mapping[str, str],
    between: Callable[[], None] = lambda: None,
) -> None:
    """A chat's lines: its messages (then `between`), its media and why some are missing."""
    print(
        "    "
        + translate("Cli", "messages: {added} new, {known} already in the case").format(
            added=f"{added:,}", known=f"{known:,}"
        )
    )
    between()
    print(
        "    "
        + translate("Cli", "media: {stored} stored, {missing} missing").format(
            stored=f"{stored:,}", missing=f"{sum(missing.values()):,}"
        )
    )
    for reason, n in sorted(missing.items()):
        print(f"      {n:,}  {translate('Cli', missing_words.get(reason, reason))}")


def print_incident(incident_id: int | None, created: bool) -> None:
    if incident_id is None:
        return
    line = translate("Cli", "new incident {id}") if created else translate("Cli", "linked to {id}")
    print("    " + line.format(id=format_id(RecordKind.INCIDENT, incident_id)))


def print_files(added: int, known: int, main_evidence_id: int | None) -> None:
    print(
        translate(
            "Cli",
            "Files: {added} stored as evidence, {known} already in the case (not stored twice).",
        ).format(added=f"{added:,}", known=f"{known:,}")
    )
    if main_evidence_id is not None:
        print(
            translate("Cli", "The export's main file is {id}.").format(
                id=format_id(RecordKind.EVIDENCE, main_evidence_id)
            )
        )
