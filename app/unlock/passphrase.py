"""Choosing a passphrase: an honest strength hint, not a wall of rules.

Nothing can recover a forgotten passphrase, so the hint says how hard it would be to guess,
and the only hard rules are that it is not empty and holds no NUL. The estimate is zxcvbn's
(dictionaries, keyboard patterns, repeats, sequences, dates, l33t), with common Korean words
added and Hangul also looked at as the keys that type it (app/unlock/korean.py). Whoever takes
the case file can try guesses offline for as long as they like, so "strong" means about 10^14
guesses (years for one graphics card against SQLCipher's key derivation).
"""

from __future__ import annotations

from enum import Enum
from math import isqrt

from zxcvbn import zxcvbn
from zxcvbn.matching import (
    L33T_TABLE,
    RANKED_DICTIONARIES,
    add_frequency_lists,
    enumerate_l33t_subs,
    relevant_l33t_subtable,
)

from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.unlock.korean import has_hangul, ranked_words, typed_keys

EMPTY = QT_TRANSLATE_NOOP("Quietcase", "Please choose a passphrase; it cannot be empty.")
MISMATCH = QT_TRANSLATE_NOOP(
    "Quietcase", "The two passphrases are not the same. Please type them again."
)
HAS_NUL = QT_TRANSLATE_NOOP("Quietcase", "A passphrase cannot contain a NUL character.")
EASY_TO_GUESS = QT_TRANSLATE_NOOP("Quietcase", "This is easy to guess. Use it anyway?")

# Only the first characters are weighed, because the hint is worked out again at every key
# she presses and zxcvbn's time grows quickly with length (100 random characters: ~0.5 s).
# Leaving characters out can only make the estimate lower, never higher. Its l33t matcher
# costs ~1.5 us per substitution table (up to 736 when every l33t symbol is present) per
# length squared: a view dense in symbols is shortened so that this stays under ~50 ms.
ESTIMATED_LENGTH = 40
L33T_WORK = 30_000
FAIR_FROM = 10.0  # log10 of the guesses: below this, weak (zxcvbn's own "score 4" starts here)
STRONG_FROM = 14.0

if "korean" not in RANKED_DICTIONARIES:
    add_frequency_lists({"korean": ranked_words()})


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


def guesses_log10(passphrase: str) -> float:
    """About how many guesses (as a power of ten) finding `passphrase` would take: the lower
    of the estimates for what she typed and, with Hangul, for the keys that typed it."""
    views = [passphrase]
    if has_hangul(passphrase):
        views.append(typed_keys(passphrase))
    return min(_estimate(_weighed(view)) for view in views)


def _weighed(view: str) -> str:
    """The beginning of `view` that is estimated: at most ESTIMATED_LENGTH characters, fewer
    if it is dense in l33t symbols."""
    view = view[:ESTIMATED_LENGTH]
    substitutions = len(enumerate_l33t_subs(relevant_l33t_subtable(view, L33T_TABLE)))
    return view[: max(1, isqrt(L33T_WORK // max(1, substitutions)))]


def _estimate(view: str) -> float:
    return float(zxcvbn(view, max_length=ESTIMATED_LENGTH)["guesses_log10"])


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength.WEAK
    guesses = guesses_log10(passphrase)
    if guesses < FAIR_FROM:
        return Strength.WEAK
    return Strength.FAIR if guesses < STRONG_FROM else Strength.STRONG


def easy_to_guess(passphrase: str) -> bool:
    """Whether to ask "Use it anyway?" before a passphrase is used for a new key."""
    return strength(passphrase) is Strength.WEAK


def require_usable(passphrase: str, repeated: str | None = None) -> str:
    """The new passphrase if it can be used; `repeated` is the second typing, if asked."""
    if not passphrase:
        raise UserError(EMPTY)
    if "\x00" in passphrase:
        raise UserError(HAS_NUL)
    if repeated is not None and repeated != passphrase:
        raise UserError(MISMATCH)
    return passphrase
