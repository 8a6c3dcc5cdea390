"""Pieces every `quietcase-cli` command shares: passphrases, opening a case file, JSON output.

Imported by every command, so it imports nothing heavy at module level: the passphrase
checks (zxcvbn) and the case file code are imported by the functions that use them
(tests/cli/test_startup.py)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.progress import Progress
from quietcase.cli.language import translate

if TYPE_CHECKING:
    from quietcase.app.case import Case
    from quietcase.app.documents.safe_export import Notice

PASSPHRASE_ENV = "QUIETCASE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "QUIETCASE_NEW_PASSPHRASE"

NO_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Quietcase", "No passphrase was given. Type it when asked, or set QUIETCASE_PASSPHRASE."
)
NO_NEW_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "No passphrase was given for the new case file. Type it when asked, or set "
    "QUIETCASE_NEW_PASSPHRASE (QUIETCASE_PASSPHRASE is only for opening a case file).",
)
FORGET_WARNING = QT_TRANSLATE_NOOP(
    "Cli",
    "Keep your passphrase somewhere safe: nobody, including the makers of Quietcase, "
    "can recover it or open the case file without it.",
)


NOT_USED = QT_TRANSLATE_NOOP(
    "Quietcase", "Nothing was changed. Please choose a passphrase that is harder to guess."
)
YES = ("y", "yes", "예", "네", "ㅇ")  # what counts as yes to a [y/N] question

NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is not valid UTF-8 text. Please set it again from a terminal that uses UTF-8; "
    "nothing was changed.",
)


def open_case(path: Path, passphrase: str, clock: Clock, *, read_only: bool = False) -> Case:
    """`app.case.open_case`, imported when a command opens a case file."""
    from quietcase.app.case import open_case as open_existing
    from quietcase.cli.text import use_zone

    case = open_existing(path, passphrase, clock, read_only=read_only)
    use_zone(case.time_zone())  # times are printed in the zone her documents use
    return case


def from_env(name: str, *, new: bool = False) -> str | None:
    value = os.environ.get(name)
    if value is None:
        return None
    raw = value.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        if new:  # never make a passphrase she could not type again
            raise UserError(NOT_UTF8, name=name) from None
        # An old passphrase with such bytes cannot be the right one: exit 3, not a crash.
        return raw.decode("utf-8", "replace")


def _ask(prompt: str, missing: str = NO_PASSPHRASE) -> str:
    if not sys.stdin.isatty():
        # Piped in by a script: one line, no prompt, no "echo" warning from getpass.
        line = sys.stdin.readline()
        if not line:
            raise UserError(missing)
        return line.rstrip("\r\n")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UserError(missing) from None


def existing_passphrase() -> str:
    value = from_env(PASSPHRASE_ENV)
    return value if value is not None else _ask(translate("Cli", "Passphrase: "))


def new_passphrase() -> str:
    """A new passphrase from QUIETCASE_NEW_PASSPHRASE, or typed twice. One that is easy to
    guess is used only if she says so when typed at a terminal; from a script (the variable
    or a pipe) it is used, with a warning on stderr."""
    from quietcase.app.unlock.passphrase import (
        EASY_TO_GUESS,
        HINTS,
        Strength,
        require_usable,
        strength,
    )

    value = from_env(NEW_PASSPHRASE_ENV, new=True)
    if value is not None:
        return warn_if_easy(require_usable(value))
    first = _typed_utf8(_ask(translate("Cli", "New passphrase: "), NO_NEW_PASSPHRASE))
    require_usable(first)
    level = strength(first)
    if level is not Strength.STRONG:
        print(translate("Quietcase", HINTS[level]), file=sys.stderr)
    again = _ask(translate("Cli", "The same passphrase again: "), NO_NEW_PASSPHRASE)
    chosen = require_usable(first, again)
    if level is Strength.WEAK and sys.stdin.isatty():
        question = translate("Quietcase", EASY_TO_GUESS) + " " + translate("Cli", "[y/N]") + " "
        print(question, end="", file=sys.stderr, flush=True)  # stdout is for results
        if sys.stdin.readline().strip().lower() not in YES:
            raise UserError(NOT_USED)
    return chosen


def warn_if_easy(passphrase: str) -> str:
    """`passphrase`, after a warning on stderr if it is easy to guess (for scripts, which
    cannot be asked)."""
    from quietcase.app.unlock.passphrase import HINTS, Strength, easy_to_guess

    if easy_to_guess(passphrase):
        notice = translate("Quietcase", HINTS[Strength.WEAK])
        print(translate("Cli", "Please note: {notice}").format(notice=notice), file=sys.stderr)
    return passphrase


def _typed_utf8(value: str) -> str:
    """A new passphrase piped in as bytes that are not UTF-8 (Python carries them as lone
    surrogates) is refused: she could never type it again."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(NOT_UTF8, name="stdin") from None
    return value


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The environment variable {name} holds no password. Please set it to the password for the "
    "PDF, or leave out --password-env to save it without one.",
)


def print_notices(notices: list[Notice]) -> None:
    for notice in notices:
        print(
            translate("Cli", "Please note: {notice}").format(notice=notice.text(translate)),
            file=sys.stderr,
        )


def password_from_env(name: str | None) -> str:
    if not name:
        return ""
    value = os.environ.get(name, "")
    if not value:
        raise UserError(NO_PASSWORD, EXIT_USAGE, name=name)
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def progress_printer(enabled: bool, files: bool = False) -> Callable[[Progress], None]:
    """Prints "42%" (and "3/10 files") on stderr as work goes on, when `enabled`."""
    last = [-1]

    def show(p: Progress) -> None:
        percent = int(p.fraction * 100)
        if enabled and percent != last[0]:
            last[0] = percent
            count = ""
            if files:
                count = "  " + translate("Cli", "{done}/{total} files").format(
                    done=p.items_done, total=p.items_total
                )
            print(f"\r{percent:3d}%{count}", end="", file=sys.stderr)

    return show


def time_zone(args: argparse.Namespace) -> str:
    """`--time-zone`, checked now (an unknown zone is a usage error said before any work)."""
    from quietcase.app.core.zone import zone_named

    name = str(getattr(args, "time_zone", None) or "").strip()
    if name:
        zone_named(name)
    return name
