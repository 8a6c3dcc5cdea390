"""The few ways opening or using a vault can fail.

`app` turns these into messages a person can read; nothing here is shown as is.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class for everything the vault layer raises on purpose."""


class WrongPassphrase(VaultError):
    """The passphrase does not open this file (or the file is random bytes: the two look alike)."""


class NotAVault(VaultError):
    """The file is empty, a plain SQLite database, or an encrypted database of another program."""


class NotAFile(NotAVault):
    """The path names a folder, a pipe, a device or a socket, not a file. Refused before
    anything reads it, so a pipe never blocks the program; `folder` says which kind."""

    def __init__(self, path: str, *, folder: bool) -> None:
        super().__init__(path)
        self.folder = folder


class VaultMissing(VaultError):
    """There is no file at the given path."""


class VaultExists(VaultError):
    """A new vault would overwrite an existing file."""


class VaultInUse(VaultError):
    """Another Quietcase (another process) has this vault open."""


class VaultTooNew(VaultError):
    """The vault was written by a newer Quietcase whose schema this version does not know."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema version {found} is newer than {supported}")
        self.found = found
        self.supported = supported


class VaultLocked(VaultError):
    """The vault has been closed (locked); open it again before using it."""


class VaultUnwritable(VaultError):
    """The folder or file cannot be written (missing, read-only, or no permission)."""


class VaultFull(VaultUnwritable):
    """The drive holding the vault (or the file being written) has no space left."""


class IntegrityError(VaultError):
    """The file opened but its pages or records are damaged."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:5]))
        self.problems = problems


class RecordMissing(VaultError):
    """A record with the given id does not exist (any more)."""

    def __init__(self, kind: str, number: int) -> None:
        super().__init__(f"{kind} {number} not found")
        self.kind = kind
        self.number = number
