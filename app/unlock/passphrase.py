"""Choosing a passphrase: a gentle strength hint, not a wall of rules.

Nothing can recover a forgotten passphrase, so the hint says how hard it would be to guess,
and the only hard rule is that it is not empty.
"""

from __future__ import annotations

import math
from enum import Enum

from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

EMPTY = QT_TRANSLATE_NOOP("Quietcase", "Please choose a passphrase; it cannot be empty.")
MISMATCH = QT_TRANSLATE_NOOP(
    "Quietcase", "The two passphrases are not the same. Please type them again."
)
HAS_NUL = QT_TRANSLATE_NOOP("Quietcase", "A passphrase cannot contain a NUL character.")


class Strength(Enum):
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


HINTS = {
    Strength.WEAK: QT_TRANSLATE_NOOP(
        "Quietcase",
        "This passphrase would be easy to guess. A few unrelated words together are stronger "
        "and easier to remember.",
    ),
    Strength.FAIR: QT_TRANSLATE_NOOP(
        "Quietcase", "This passphrase is fair. One or two more words would make it strong."
    ),
    Strength.STRONG: QT_TRANSLATE_NOOP("Quietcase", "This passphrase is strong."),
}


def strength(passphrase: str) -> Strength:
    """A rough estimate from length and variety of characters (no dictionary)."""
    if not passphrase:
        return Strength.WEAK
    pools = 0
    pools += 26 if any(c.islower() for c in passphrase) else 0
    pools += 26 if any(c.isupper() for c in passphrase) else 0
    pools += 10 if any(c.isdigit() for c in passphrase) else 0
    pools += 33 if any(not c.isalnum() and c.isascii() for c in passphrase) else 0
    pools += 2000 if any(not c.isascii() for c in passphrase) else 0  # Hangul and others
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pools, 2))
    if bits < 45:
        return Strength.WEAK
    if bits < 70:
        return Strength.FAIR
    return Strength.STRONG


def require_usable(passphrase: str, repeated: str | None = None) -> str:
    """The new passphrase if it can be used; `repeated` is the second typing, if asked."""
    if not passphrase:
        raise UserError(EMPTY)
    if "\x00" in passphrase:
        raise UserError(HAS_NUL)
    if repeated is not None and repeated != passphrase:
        raise UserError(MISMATCH)
    return passphrase
