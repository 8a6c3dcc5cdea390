"""Record ids as she and her lawyer see them: a letter for the kind and a number (`I-12`).

The letter makes an id unambiguous on its own, so `show VAULT I-12` needs no kind, and an
evidence register can say `E-7` without confusion with incident 7.
"""

from __future__ import annotations

import re

from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP, Label

PREFIXES = {
    "incident": "I",
    "contact": "C",
    "deadline": "D",
    "request": "R",
    "evidence": "E",
    "message": "M",
}
KINDS = {letter: kind for kind, letter in PREFIXES.items()}

_ID = re.compile(r"^\s*([A-Za-z])\s*-?\s*(\d{1,12})\s*$")
_BARE = re.compile(r"^\s*#?(\d{1,12})\s*$")

BAD_ID = QT_TRANSLATE_NOOP(
    "Quietcase",
    '"{text}" is not a record id. Ids look like I-12 (incident), C-3 (contact), '
    "D-4 (deadline), R-5 (request) or E-6 (evidence).",
)
WRONG_KIND = QT_TRANSLATE_NOOP(
    "Quietcase",
    '"{text}" cannot be used here: please give the id of a record of this kind: '
    "{kind} (like {example}).",
)

# The kinds as words inside sentences; translated on their own (see app/i18n.Label).
KIND_LABELS = {
    "incident": QT_TRANSLATE_NOOP("Quietcase", "incident"),
    "contact": QT_TRANSLATE_NOOP("Quietcase", "contact"),
    "deadline": QT_TRANSLATE_NOOP("Quietcase", "deadline"),
    "request": QT_TRANSLATE_NOOP("Quietcase", "request"),
    "evidence": QT_TRANSLATE_NOOP("Quietcase", "evidence item"),
    "message": QT_TRANSLATE_NOOP("Quietcase", "chat message"),
}


def kind_label(kind: str) -> Label:
    return Label(KIND_LABELS.get(kind, kind))


def format_id(kind: str, number: int) -> str:
    return f"{PREFIXES.get(kind, '?')}-{number}"


def parse_id(text: str, expected: str | None = None) -> tuple[str, int]:
    """`I-12`, `i12`, and (when the kind is known) a bare `12` -> ("incident", 12)."""
    m = _ID.match(text)
    if m and m.group(1).upper() in KINDS:
        kind, number = KINDS[m.group(1).upper()], int(m.group(2))
    elif expected and (bare := _BARE.match(text)):
        kind, number = expected, int(bare.group(1))
    else:
        raise UserError(BAD_ID, EXIT_USAGE, text=text)
    if expected and kind != expected:
        raise UserError(
            WRONG_KIND,
            EXIT_USAGE,
            text=text,
            kind=kind_label(expected),
            example=format_id(expected, 12),
        )
    return kind, number
