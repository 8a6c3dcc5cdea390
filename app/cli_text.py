"""Plain-text tables and record cards for the terminal (Korean-aware column widths)."""

from __future__ import annotations

import unicodedata
from datetime import datetime
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
_COLUMNS["evidence"] = [
    ("id", "ID"),
    ("filename", "File"),
    ("size", "Size"),
    ("media_type", "Type"),
    ("sha256_short", "SHA-256"),
    ("incidents", "Incidents"),
]
_COLUMNS["custody"] = [
    ("seq", "#"),
    ("at", "When (UTC)"),
    ("action", "Action"),
    ("evidence_id", "Item"),
    ("detail", "Detail"),
]
_MAX_CELL = 60
_NOUNS = {"evidence": "evidence item", "custody": "custody event"}


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


def _derived(row: dict[str, Any], key: str) -> object:
    if key == "state":
        return _state(row)
    if key == "sha256_short":
        return str(row.get("sha256", ""))[:16] + "…"
    if key == "incidents":
        return ", ".join(row.get("incident_ids", []))
    if key == "size":
        return human_size(int(row.get("size", 0)))
    return row.get(key)


def human_size(size: int) -> str:
    """1,234 bytes -> "1.2 KB" (decimal units, as file managers show them)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"  # pragma: no cover


def print_records(what: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        print(f"No {what} yet." if what != "custody" else "No custody events yet.")
        return
    columns = _COLUMNS[what]
    table = [[_cell(_derived(r, key)) for key, _ in columns] for r in rows]
    heads = [head for _, head in columns]
    widths = [
        max(width(c) for c in [head, *(line[i] for line in table)]) for i, head in enumerate(heads)
    ]
    print("  ".join(_pad(h, w) for h, w in zip(heads, widths, strict=True)).rstrip())
    for line in table:
        print("  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True)).rstrip())
    print(f"({_count(len(rows), _NOUNS.get(what, what[:-1]))})")


_HIDDEN = {"record_type", "when_start", "when_end"}
_LABELS = {
    "contact_ids": "contacts",
    "incident_ids": "incidents",
    "incident_id": "incident",
    "contact_id": "sent to",
    "sent_on": "sent",
    "follow_up_on": "follow up on",
    "created_at": "added",
    "updated_at": "last changed",
    "note": "private note",
}
_WORDS = {"role", "kind", "status"}


def _value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key.endswith("_at") and isinstance(value, str):
        return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
    if key in _WORDS and isinstance(value, str):
        return value.replace("_", " ")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def print_record(record: dict[str, Any]) -> None:
    """One record as `label  value` lines; empty fields left out."""
    lines: list[tuple[str, str]] = []
    for key, value in record.items():
        if key in _HIDDEN:
            continue
        if key == "links":
            for n, link in enumerate(value, 1):
                details = ", ".join(
                    f"{k.replace('_', ' ')}: {v}" for k, v in link.items() if v and k != "url"
                )
                lines.append((f"link {n}", link["url"] + (f"  ({details})" if details else "")))
            continue
        if key == "image" and isinstance(value, dict):
            lines += _image_lines(value)
            continue
        if key == "custody" and isinstance(value, list):
            lines.append(("custody", "\n".join(str(v) for v in value)))
            continue
        text = _value(key, value)
        if text:
            lines.append((_LABELS.get(key, key.replace("_", " ")), text))
    label_width = max((width(label) for label, _ in lines), default=0)
    for label, text in lines:
        first, *rest = text.splitlines() or [""]
        print(f"{_pad(label, label_width)}  {first}")
        for line in rest:
            print(f"{'':<{label_width}}  {line}")


def _image_lines(image: dict[str, Any]) -> list[tuple[str, str]]:
    exif = image.get("exif") or {}
    out = []
    if image.get("width"):
        out.append(("dimensions", f"{image['width']} × {image['height']} pixels"))
    camera = " ".join(v for v in (exif.get("make"), exif.get("model")) if v)
    if camera:
        out.append(("camera", camera))
    if exif.get("taken_at"):
        out.append(("taken at", exif["taken_at"] + " (camera clock)"))
    if image.get("has_gps"):
        where = ", ".join(v for v in (exif.get("gps_latitude"), exif.get("gps_longitude")) if v)
        out.append(("location", f"GPS {where}: this photo records where it was taken"))
    if image.get("problem"):
        out.append(("preview", image["problem"]))
    return out


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def print_verify(report: VerifyReport) -> None:
    if report.ok:
        c = report.counts
        what = "backup" if report.backup_made_at else "case file"
        print(f"{report.path}: this {what} is intact.")
        if report.backup_made_at:
            made = datetime.fromisoformat(report.backup_made_at).astimezone()
            print(f"  made at        {made:%Y-%m-%d %H:%M}")
        print(
            f"  records        {_count(c.incidents, 'incident')}, "
            f"{_count(c.contacts, 'contact')}, {_count(c.deadlines, 'deadline')}, "
            f"{_count(c.requests, 'request')}"
        )
        print(
            f"  evidence       {_count(c.evidence, 'item')} "
            f"({human_size(report.evidence_bytes)}), every one re-hashed: unchanged since added"
        )
        print(f"  custody chain  {_count(c.custody_events, 'event')}, unbroken")
        print(f"  custody head   {report.custody_head}")
        return
    print(
        f"{report.path}: DAMAGED. Please do not add anything to it; restore it from your "
        "most recent backup."
    )
    for problem in report.problems[:20]:
        print(f"  - {problem}")
    if len(report.problems) > 20:
        print(f"  ... and {len(report.problems) - 20} more")
