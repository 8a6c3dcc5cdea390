"""Changing the passphrase from the window: she types the one she uses now, then the new one
twice. Asking for the one in use means that someone who finds the case open cannot lock her
out of it; the new one must be usable (not empty, no NUL, typed the same twice)."""

from __future__ import annotations

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError, explain
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.unlock.passphrase import require_usable

NOT_THE_ONE_IN_USE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "That is not the passphrase this case file opens with now. Nothing was changed.",
)
SAME_AS_NOW = QT_TRANSLATE_NOOP(
    "Quietcase", "The new passphrase is the same as the one you use now. Nothing was changed."
)


def change_passphrase(case: Case, current: str, new: str, again: str) -> None:
    """Re-encrypt the case file with `new` (see `Case.change_passphrase`), once `current`
    is shown to open it. One step: a failure leaves the old passphrase working."""
    require_usable(new, again)
    try:
        opens = case.vault.key_matches(current)
    except Exception as exc:
        raise explain(exc, case.vault.path) from exc
    if not opens:
        raise UserError(NOT_THE_ONE_IN_USE)
    if new == current:
        raise UserError(SAME_AS_NOW)
    case.change_passphrase(new)
