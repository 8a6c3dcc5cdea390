"""Errors a person can read and act on, and the mapping from storage's exceptions to them.

A `UserError` carries an English template with `{placeholders}` (marked for translation) and
its parameters, so the window can translate the template first and fill it in after. The CLI
prints `str(error)`; the exit code says what kind of trouble it was.
"""

from __future__ import annotations

from collections.abc import Callable

from quietcase.app.core.i18n import CONTEXT, QT_TRANSLATE_NOOP, Label
from quietcase.app.core.kinds import format_id, kind_label
from quietcase.storage import errors as storage_errors

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CANNOT_OPEN = 3
EXIT_DAMAGED = 4
EXIT_IN_USE = 5


class UserError(Exception):
    """Something went wrong that she can understand; nothing was changed."""

    def __init__(self, template: str, exit_code: int = EXIT_FAILED, **params: object) -> None:
        self.template = template
        self.params = params
        self.exit_code = exit_code
        super().__init__(self.text())

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message, translated by `translate(context, template)` if given."""
        template = translate(CONTEXT, self.template) if translate else self.template
        params = {
            k: translate(CONTEXT, v) if translate and isinstance(v, Label) else v
            for k, v in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "That passphrase does not open {path}. Please check it (capital letters, keyboard "
    "language) and try again. Nothing in the file was changed.",
)
NOT_A_VAULT = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{path} is not a Quietcase case file (it may be empty, or belong to another program). "
    "Nothing in it was changed.",
)
IS_A_FOLDER = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{path} is a folder, not a case file or a backup, so Quietcase did not use it. Please "
    "choose the file itself, or a new name for a new case file. Nothing was changed.",
)
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{path} is a special system item (a pipe or a device), not a case file or a backup, so "
    "Quietcase did not use it. Please choose the file itself, or a new name for a new case "
    "file. Nothing was changed.",
)
VAULT_MISSING = QT_TRANSLATE_NOOP(
    "Quietcase", "There is no case file at {path}. Please check the name and the folder."
)
VAULT_EXISTS = QT_TRANSLATE_NOOP(
    "Quietcase",
    "A file already exists at {path}. Quietcase never overwrites a file: please choose "
    "another name.",
)
VAULT_IN_USE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "This case file is open in another Quietcase (a window, or a command still running). "
    "Please close it there first, then try again.",
)
VAULT_TOO_NEW = QT_TRANSLATE_NOOP(
    "Quietcase",
    "This case file was saved by a newer version of Quietcase. Please update Quietcase to "
    "open it; the file was not changed.",
)
VAULT_UNWRITABLE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Quietcase cannot write to {path}. The folder may be missing, read-only, or on a removed "
    "drive. Please choose another place.",
)
DRIVE_FULL = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The drive is full, so Quietcase could not finish. Nothing was changed. Please free some "
    "space, then try again.",
)
VAULT_LOCKED = QT_TRANSLATE_NOOP(
    "Quietcase", "The case file is locked. Please unlock it again to continue."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Quietcase",
    "This case file is damaged ({detail}). Please do not add anything to it; restore it from "
    "your most recent backup instead.",
)
RECORD_MISSING = QT_TRANSLATE_NOOP(
    "Quietcase", "There is no {kind} with the id {record_id} in this case file."
)
DISK_TROUBLE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Quietcase could not finish writing ({detail}). The disk may be full or removed. "
    "Nothing was changed.",
)


def explain(exc: BaseException, path: object = "") -> UserError:
    """Turn an exception from `storage` (or the OS) into a message she can act on."""
    where = str(path) if path else getattr(exc, "args", [""])[0] if exc.args else ""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, storage_errors.WrongPassphrase):
        return UserError(WRONG_PASSPHRASE, EXIT_CANNOT_OPEN, path=where)
    if isinstance(exc, storage_errors.NotAFile):
        # The vault layer names what it refused: the file, or the journal beside it.
        named = exc.args[0] if exc.args else where
        return UserError(IS_A_FOLDER if exc.folder else NOT_A_FILE, EXIT_CANNOT_OPEN, path=named)
    if isinstance(exc, storage_errors.NotAVault):
        return UserError(NOT_A_VAULT, EXIT_CANNOT_OPEN, path=where)
    if isinstance(exc, storage_errors.VaultMissing):
        return UserError(VAULT_MISSING, EXIT_FAILED, path=where)
    if isinstance(exc, storage_errors.VaultExists):
        return UserError(VAULT_EXISTS, EXIT_FAILED, path=where)
    if isinstance(exc, storage_errors.VaultInUse):
        return UserError(VAULT_IN_USE, EXIT_IN_USE)
    if isinstance(exc, storage_errors.VaultTooNew):
        return UserError(VAULT_TOO_NEW, EXIT_FAILED)
    if isinstance(exc, storage_errors.VaultFull):
        return UserError(DRIVE_FULL, EXIT_FAILED)
    if isinstance(exc, storage_errors.VaultUnwritable):
        # The vault layer names the part that refused: the folder, or the file itself.
        return UserError(VAULT_UNWRITABLE, EXIT_FAILED, path=exc.args[0] if exc.args else where)
    if isinstance(exc, storage_errors.VaultLocked):
        return UserError(VAULT_LOCKED, EXIT_FAILED)
    if isinstance(exc, storage_errors.IntegrityError):
        return UserError(DAMAGED, EXIT_DAMAGED, detail=exc.problems[0] if exc.problems else "")
    if isinstance(exc, storage_errors.RecordMissing):
        return UserError(
            RECORD_MISSING,
            EXIT_FAILED,
            kind=kind_label(exc.kind),
            record_id=format_id(exc.kind, exc.number),
        )
    if isinstance(exc, OSError):
        return UserError(DISK_TROUBLE, EXIT_FAILED, detail=exc.strerror or type(exc).__name__)
    return UserError(
        QT_TRANSLATE_NOOP(
            "Quietcase", "Something unexpected went wrong ({detail}). Nothing was changed."
        ),
        EXIT_FAILED,
        detail=type(exc).__name__,
    )


__all__ = ["CONTEXT", "UserError", "explain"]
