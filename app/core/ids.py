"""Reading a record id she typed (`I-12`, `i12`, or a bare `12` where the kind is known)."""

from __future__ import annotations

import re

from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.kinds import KINDS, RecordKind, format_id, kind_label

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


BAD_LINK = QT_TRANSLATE_NOOP(
    "Quietcase",
    '"{text}" is not a link. A link is named by its incident and its number there: I-3/2 is '
    "the second link of I-3 (`list VAULT links` shows them).",
)
NO_SUCH_LINK = QT_TRANSLATE_NOOP("Quietcase", "Incident I-{incident} has no link number {n}.")
_LINK = re.compile(r"^\s*[Ii]\s*-?\s*(\d{1,12})\s*(?:/|#|:|\s+link\s+)\s*(\d{1,6})\s*$")


def parse_link(text: str) -> tuple[int, int] | None:
    """`I-3/2` (also `I-3#2`, `I-3:2`, `I-3 link 2`) -> (3, 2): the incident and the link's
    number within it, counting from 1; None when `text` does not name a link."""
    m = _LINK.match(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def require_link(text: str) -> tuple[int, int]:
    """Like `parse_link`, but a text that is not a link is a usage error."""
    found = parse_link(text)
    if found is None or found[1] < 1:
        raise UserError(BAD_LINK, EXIT_USAGE, text=text)
    return found


def parse_id(text: str, expected: RecordKind | None = None) -> tuple[RecordKind, int]:
    """`I-12`, `i12`, and (when the kind is known) a bare `12` -> ("incident", 12)."""
    m = _ID.match(text)
    if m and m.group(1).upper() in KINDS:
        kind, number = KINDS[m.group(1).upper()], int(m.group(2))
    elif expected and (bare := _BARE.match(text)):
        kind, number = RecordKind(expected), int(bare.group(1))
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
