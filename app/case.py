"""A case file as a whole: create, open, lock, change the passphrase, verify.

`Case` bundles an open vault with the use cases that work on it; both front ends (window and
CLI) get one from `create_case` / `open_case` and close it when done (locking = closing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.clock import Clock
from app.errors import UserError, explain
from app.journal import Journal
from app.passphrase import require_usable
from storage.errors import VaultError
from storage.records import CaseCounts
from storage.vault import Vault


class Case:
    """An open case file and its use cases."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.vault = vault
        self.clock = clock
        self.journal = Journal(vault, clock)

    @property
    def path(self) -> Path:
        return self.vault.path

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the case file with a new passphrase; the old one stops working."""
        require_usable(new_passphrase)
        try:
            self.vault.rekey(new_passphrase)
        except VaultError as exc:
            raise explain(exc, self.path) from exc

    def close(self) -> None:
        """Lock: close the vault and release it for other programs."""
        self.vault.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_case(path: Path | str, passphrase: str, clock: Clock) -> Case:
    """A new, empty case file at `path` (never overwrites a file)."""
    require_usable(passphrase)
    try:
        vault = Vault.create(Path(path), passphrase)
        vault.set_meta("created_at", clock.now().isoformat())
    except (VaultError, OSError) as exc:
        raise explain(exc, path) from exc
    return Case(vault, clock)


def open_case(path: Path | str, passphrase: str, clock: Clock, *, read_only: bool = False) -> Case:
    """Open an existing case file; a wrong passphrase raises `UserError` (exit code 3)."""
    try:
        return Case(Vault.open(Path(path), passphrase, read_only=read_only), clock)
    except (VaultError, OSError, ValueError) as exc:
        raise explain(exc, path) from exc


@dataclass(frozen=True)
class VerifyReport:
    """What `verify` found: an empty `problems` list means the file is intact."""

    path: Path
    problems: list[str] = field(default_factory=list)
    counts: CaseCounts = field(default_factory=CaseCounts)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_case(path: Path | str, passphrase: str, clock: Clock) -> VerifyReport:
    """Check every page's HMAC, SQLite's integrity and the links between records, without
    writing anything. Raises `UserError` when the file cannot be opened at all."""
    case = open_case(path, passphrase, clock, read_only=True)
    try:
        problems = case.vault.full_check()
        counts = CaseCounts()
        if not problems:
            try:
                counts = case.journal.counts()
            except UserError as exc:
                problems.append(str(exc))
        return VerifyReport(Path(path), problems, counts)
    finally:
        case.close()
