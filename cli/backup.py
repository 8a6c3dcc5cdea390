"""`quietcase-cli backup` and `restore`: an encrypted copy she can always come back to."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_OK
from quietcase.cli.common import existing_passphrase, from_env, open_case, warn_if_easy
from quietcase.cli.language import translate
from quietcase.cli.text import human_size

BACKUP_PASSPHRASE_ENV = "QUIETCASE_BACKUP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "QUIETCASE_NEW_PASSPHRASE"


def cmd_backup(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.backup.backups import make_backup
    from quietcase.app.unlock.passphrase import require_usable

    passphrase = existing_passphrase()
    separate = from_env(BACKUP_PASSPHRASE_ENV, new=True)
    with open_case(args.case_file, passphrase, clock) as case:
        own = warn_if_easy(require_usable(separate)) if separate else None
        result = make_backup(case, args.out, own or passphrase)
    print(
        translate("Cli", "Backup written and checked: {path} ({size})").format(
            path=result.path, size=human_size(result.size)
        )
    )
    print(translate("Cli", "custody head at backup: {head}").format(head=result.custody_head))
    if separate:
        print(
            translate(
                "Cli",
                "This backup has its own passphrase. Keep it safe too: nobody can recover it.",
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.backup.backups import restore_backup
    from quietcase.app.unlock.passphrase import require_usable

    separate = from_env(BACKUP_PASSPHRASE_ENV)
    passphrase = separate if separate is not None else existing_passphrase()
    new = from_env(NEW_PASSPHRASE_ENV, new=True)
    if new:
        warn_if_easy(require_usable(new))
    restored = restore_backup(args.backup, args.new_vault, passphrase, clock, new_passphrase=new)
    print(translate("Cli", "Restored into a new case file: {path}").format(path=restored))
    if new and new != passphrase:
        print(translate("Cli", "It opens with the new passphrase you chose."), file=sys.stderr)
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    """Register `backup` and `restore` on the main parser's subcommands."""
    p = sub.add_parser(
        "backup",
        help=translate("Cli", "write an encrypted, checked backup of a case file"),
        description=translate(
            "Cli",
            "Writes an encrypted backup, checks it, and only then gives it its name. OUT is a "
            "folder (the name quietcase-backup-YYYY-MM-DD.quietcase is used) or a new file. The "
            "backup uses the case file's passphrase, or QUIETCASE_BACKUP_PASSPHRASE.",
        ),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("out", metavar="OUT", type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help=translate("Cli", "check a backup and restore it into a new case file"),
        description=translate(
            "Cli",
            "Checks the backup first, then writes a new case file (never overwriting one). The "
            "backup's passphrase is QUIETCASE_BACKUP_PASSPHRASE or QUIETCASE_PASSPHRASE; "
            "QUIETCASE_NEW_PASSPHRASE, if set, becomes the new file's.",
        ),
    )
    p.add_argument("backup", metavar="BACKUP", type=Path)
    p.add_argument("new_vault", metavar="NEWVAULT", type=Path)
    p.set_defaults(func=cmd_restore)
