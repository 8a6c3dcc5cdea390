"""Plain-text tables and record cards for the terminal (Korean-aware column widths)."""

from __future__ import annotations

import unicodedata
from typing import Any

from app.case import VerifyReport

_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "incidents": [("id", "ID"), ("when", "When"), ("platform", "Platform"), ("title", "Title")],
    "contacts": [
        ("id", "ID"),
        ("role", "Role"),
        ("name", "Name"),
        ("organisation", "Organisation"),
    ],
    "deadlines": [("id", "ID"), ("due", "Due"), ("state", "State"), ("title", "Title")],
    "requests": [
        ("id", "ID"),
        ("kind", "Kind"),
        ("status", "Status"),
        ("sent_on", "Sent"),
        ("reference", "Reference"),
        ("subject", "Subject"),
    ],
}
_MAX_CELL = 60


def width(text: str) -> int:
    """Columns the text takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: object) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    if width(text) <= _MAX_CELL:
        return text
    out = ""
    for char in text:
        if width(out + char) > _MAX_CELL - 1:
            break
        out += char
    return out + "…"


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def _state(row: dict[str, Any]) -> str:
    if row.get("done"):
        return "done"
    return "OVERDUE" if row.get("overdue") else "open"


def print_records(what: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        print(f"No {what} yet.")
        return
    columns = _COLUMNS[what]
    table = [
        [_cell(_state(r) if key == "state" else r.get(key)) for key, _ in columns] for r in rows
    ]
    heads = [head for _, head in columns]
    widths = [
        max(width(c) for c in [head, *(line[i] for line in table)]) for i, head in enumerate(heads)
    ]
    print("  ".join(_pad(h, w) for h, w in zip(heads, widths, strict=True)).rstrip())
    for line in table:
        print("  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True)).rstrip())
    print(f"({len(rows)} {what[:-1] if len(rows) == 1 else what})")


def print_record(record: dict[str, Any]) -> None:
    label_width = max(len(k) for k in record)
    for key, value in record.items():
        if key == "links":
            for n, link in enumerate(value, 1):
                details = ", ".join(f"{k}: {v}" for k, v in link.items() if v and k != "url")
                print(
                    f"{'link ' + str(n):<{label_width}}  {link['url']}"
                    + (f"  ({details})" if details else "")
                )
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value in (None, ""):
            continue
        lines = str(value).splitlines() or [""]
        print(f"{key:<{label_width}}  {lines[0]}")
        for line in lines[1:]:
            print(f"{'':<{label_width}}  {line}")


def print_verify(report: VerifyReport) -> None:
    if report.ok:
        c = report.counts
        print(
            f"{report.path}: intact. Every page checked; {c.incidents} incidents, "
            f"{c.contacts} contacts, {c.deadlines} deadlines, {c.requests} requests."
        )
        return
    print(
        f"{report.path}: DAMAGED. Please do not add anything to it; restore it from your "
        "most recent backup."
    )
    for problem in report.problems[:20]:
        print(f"  - {problem}")
    if len(report.problems) > 20:
        print(f"  ... and {len(report.problems) - 20} more")
