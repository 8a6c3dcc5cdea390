"""The kinds of record in a case file, and how she and her lawyer see them named.

A record id is a letter for the kind and a number (`I-12`): the letter makes an id
unambiguous on its own, so `show VAULT I-12` needs no kind, and an evidence register can say
`E-7` without confusion with incident 7.
"""

from __future__ import annotations

from enum import StrEnum

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP, Label


class RecordKind(StrEnum):
    """One kind of record. A `StrEnum`, so `RecordKind.INCIDENT == "incident"` and the value
    is what storage, search and the JSON output use."""

    INCIDENT = "incident"
    CONTACT = "contact"
    DEADLINE = "deadline"
    REQUEST = "request"
    EVIDENCE = "evidence"
    MESSAGE = "message"


# The four kinds she writes herself in the journal (evidence and messages are brought in).
JOURNAL_KINDS = (RecordKind.INCIDENT, RecordKind.CONTACT, RecordKind.DEADLINE, RecordKind.REQUEST)

PREFIXES: dict[str, str] = {
    RecordKind.INCIDENT: "I",
    RecordKind.CONTACT: "C",
    RecordKind.DEADLINE: "D",
    RecordKind.REQUEST: "R",
    RecordKind.EVIDENCE: "E",
    RecordKind.MESSAGE: "M",
}
KINDS = {letter: RecordKind(kind) for kind, letter in PREFIXES.items()}

# The kinds as words inside sentences; translated on their own (see app/core/i18n.Label).
KIND_LABELS: dict[str, str] = {
    RecordKind.INCIDENT: QT_TRANSLATE_NOOP("Quietcase", "incident"),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP("Quietcase", "contact"),
    RecordKind.DEADLINE: QT_TRANSLATE_NOOP("Quietcase", "deadline"),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP("Quietcase", "request"),
    RecordKind.EVIDENCE: QT_TRANSLATE_NOOP("Quietcase", "evidence item"),
    RecordKind.MESSAGE: QT_TRANSLATE_NOOP("Quietcase", "chat message"),
}


def kind_label(kind: str) -> Label:
    return Label(KIND_LABELS.get(kind, kind))


def format_id(kind: str, number: int) -> str:
    return f"{PREFIXES.get(kind, '?')}-{number}"
