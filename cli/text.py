"""Plain-text tables and record cards for the terminal (Korean-aware column widths)."""

from __future__ import annotations

import unicodedata
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from quietcase.app.core import platforms
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.cli.language import current_language, translate

if TYPE_CHECKING:
    from quietcase.app.case import VerifyReport
    from quietcase.app.evidence.anchors import AnchorCheck

# Column headings are marked here and translated when printed (the language is chosen later).
_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "incidents": [
        ("id", "ID"),
        ("when", QT_TRANSLATE_NOOP("Cli", "When")),
        ("platform", QT_TRANSLATE_NOOP("Cli", "Platform")),
        ("title", QT_TRANSLATE_NOOP("Cli", "Title")),
    ],
    "contacts": [
        ("id", "ID"),
        ("role", QT_TRANSLATE_NOOP("Cli", "Role")),
        ("name", QT_TRANSLATE_NOOP("Cli", "Name")),
        ("organisation", QT_TRANSLATE_NOOP("Cli", "Organisation")),
    ],
    "deadlines": [
        ("id", "ID"),
        ("due", QT_TRANSLATE_NOOP("Cli", "Due")),
        ("state", QT_TRANSLATE_NOOP("Cli", "State")),
        ("title", QT_TRANSLATE_NOOP("Cli", "Title")),
    ],
    "requests": [
        ("id", "ID"),
        ("kind", QT_TRANSLATE_NOOP("Cli", "Kind")),
        ("status", QT_TRANSLATE_NOOP("Cli", "Status")),
        ("sent_on", QT_TRANSLATE_NOOP("Cli", "Sent")),
        ("reference", QT_TRANSLATE_NOOP("Cli", "Reference")),
        ("subject", QT_TRANSLATE_NOOP("Cli", "Subject")),
    ],
}
_COLUMNS["links"] = [
    ("id", QT_TRANSLATE_NOOP("Cli", "Incident")),
    ("link", "#"),
    ("platform", QT_TRANSLATE_NOOP("Cli", "Platform")),
    ("status", QT_TRANSLATE_NOOP("Cli", "Status")),
    ("checked_on", QT_TRANSLATE_NOOP("Cli", "Checked")),
    ("url", "URL"),
    ("post_title", QT_TRANSLATE_NOOP("Cli", "Title")),
]
_COLUMNS["evidence"] = [
    ("exhibit", QT_TRANSLATE_NOOP("Cli", "Exhibit")),
    ("id", "ID"),
    ("filename", QT_TRANSLATE_NOOP("Cli", "File")),
    ("size", QT_TRANSLATE_NOOP("Cli", "Size")),
    ("media_type", QT_TRANSLATE_NOOP("Cli", "Type")),
    ("sha256_short", "SHA-256"),
    ("incidents", QT_TRANSLATE_NOOP("Cli", "Incidents")),
]
_COLUMNS["custody"] = [
    ("seq", "#"),
    ("at", QT_TRANSLATE_NOOP("Cli", "When (UTC)")),
    ("action", QT_TRANSLATE_NOOP("Cli", "Action")),
    ("evidence_id", QT_TRANSLATE_NOOP("Cli", "Item")),
    ("detail", QT_TRANSLATE_NOOP("Cli", "Detail")),
]
_MAX_CELL = 60
_NONE_YET = {
    "incidents": QT_TRANSLATE_NOOP("Cli", "No incidents yet."),
    "contacts": QT_TRANSLATE_NOOP("Cli", "No contacts yet."),
    "deadlines": QT_TRANSLATE_NOOP("Cli", "No deadlines yet."),
    "requests": QT_TRANSLATE_NOOP("Cli", "No requests yet."),
    "evidence": QT_TRANSLATE_NOOP("Cli", "No evidence yet."),
    "links": QT_TRANSLATE_NOOP("Cli", "No links yet."),
    "custody": QT_TRANSLATE_NOOP("Cli", "No custody events yet."),
}
# Stored values (role, kind, status, link status, deadline state) in her language; a context
# of their own, since "sent" the status and "sent" the label need different words.
_VALUE_WORDS = {
    "lawyer": QT_TRANSLATE_NOOP("CliWords", "lawyer"),
    "police": QT_TRANSLATE_NOOP("CliWords", "police"),
    "support_centre": QT_TRANSLATE_NOOP("CliWords", "support_centre"),
    "platform": QT_TRANSLATE_NOOP("CliWords", "platform"),
    "activist": QT_TRANSLATE_NOOP("CliWords", "activist"),
    "witness": QT_TRANSLATE_NOOP("CliWords", "witness"),
    "suspect": QT_TRANSLATE_NOOP("CliWords", "suspect"),
    "other": QT_TRANSLATE_NOOP("CliWords", "other"),
    "takedown": QT_TRANSLATE_NOOP("CliWords", "takedown"),
    "police_report": QT_TRANSLATE_NOOP("CliWords", "police_report"),
    "draft": QT_TRANSLATE_NOOP("CliWords", "draft"),
    "sent": QT_TRANSLATE_NOOP("CliWords", "sent"),
    "acknowledged": QT_TRANSLATE_NOOP("CliWords", "acknowledged"),
    "done": QT_TRANSLATE_NOOP("CliWords", "done"),
    "refused": QT_TRANSLATE_NOOP("CliWords", "refused"),
    "open": QT_TRANSLATE_NOOP("CliWords", "open"),
    "OVERDUE": QT_TRANSLATE_NOOP("CliWords", "OVERDUE"),
    "online": QT_TRANSLATE_NOOP("CliWords", "online"),
    "removed": QT_TRANSLATE_NOOP("CliWords", "removed"),
    "unknown": QT_TRANSLATE_NOOP("CliWords", "unknown"),
}


_zone: list[tzinfo | None] = [None]  # the open case's zone; None: the computer's


def use_zone(zone: tzinfo | None) -> None:
    """Print stored (UTC) times in `zone`, the open case's zone, as its documents do."""
    _zone[0] = zone


def local_time(value: str, *, offset: bool = False) -> str:
    """A stored ISO time with its zone as `2025-11-03 21:25` in the case's zone (with
    `offset`: `2025-11-03 21:25 +0900`)."""
    at = datetime.fromisoformat(value)
    zone = _zone[0]
    if zone is None:
        from quietcase.app.core.zone import local_zone

        zone = local_zone()
    shown = at.astimezone(zone)
    return f"{shown:%Y-%m-%d %H:%M %z}" if offset else f"{shown:%Y-%m-%d %H:%M}"


def _word(value: str) -> str:
    """A stored value in her language; in English the value itself (what `--role` takes)."""
    return translate("CliWords", _VALUE_WORDS.get(value, value))


def _total(what: str, n: int) -> str:
    """ "(3 incidents)" under a table."""
    if what == "incidents":
        return translate("Cli", "(%Ln incidents)", None, n)
    if what == "contacts":
        return translate("Cli", "(%Ln contacts)", None, n)
    if what == "deadlines":
        return translate("Cli", "(%Ln deadlines)", None, n)
    if what == "requests":
        return translate("Cli", "(%Ln requests)", None, n)
    if what == "evidence":
        return translate("Cli", "(%Ln evidence items)", None, n)
    if what == "links":
        return translate("Cli", "(%Ln links)", None, n)
    return translate("Cli", "(%Ln custody events)", None, n)


def width(text: str) -> int:
    """Columns the text takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# Right-to-left and isolate controls: in a file name they can make "gpj.exe" read "exe.jpg".
_BIDI = {chr(c) for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """Text from her files (names, Exif) as a terminal may safely show it: control
    characters (an escape sequence in a file name could rewrite the screen) and direction
    overrides become "?"."""
    return "".join(
        char
        if (char == "\n" and keep_newlines)
        or (unicodedata.category(char) != "Cc" and char not in _BIDI)
        else "?"
        for char in text
    )


def _cell(value: object) -> str:
    text = visible("" if value is None else str(value).replace("\n", " ").replace("\t", " "))
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
        return _word(_state(row))
    if key in _WORDS and isinstance(row.get(key), str):
        return _word(str(row[key]))
    if key == "platform" and isinstance(row.get(key), str):
        return _platform(str(row[key]))
    if key == "sha256_short":
        return str(row.get("sha256", ""))[:16] + "…"
    if key == "incidents":
        return ", ".join(row.get("incident_ids", []))
    if key == "size":
        return human_size(int(row.get("size", 0)))
    return row.get(key)


def human_size(size: int) -> str:
    """1,234 bytes -> "1.2 KB" (decimal units, as file managers show them)."""
    if size < 1000:
        return translate("Cli", "%n bytes", None, size)
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1000
        if value < 1000 or unit == "GB":
            return f"{value:.1f} {unit}"
    return f"{value:.1f} TB"  # pragma: no cover


def print_records(what: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        print(translate("Cli", _NONE_YET[what]))
        return
    columns = _COLUMNS[what]
    table = [[_cell(_derived(r, key)) for key, _ in columns] for r in rows]
    heads = [translate("Cli", head) for _, head in columns]
    widths = [
        max(width(c) for c in [head, *(line[i] for line in table)]) for i, head in enumerate(heads)
    ]
    print("  ".join(_pad(h, w) for h, w in zip(heads, widths, strict=True)).rstrip())
    for line in table:
        print("  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True)).rstrip())
    print(_total(what, len(rows)))


_HIDDEN = {"record_type", "when_start", "when_end"}
_LABELS = {
    "id": QT_TRANSLATE_NOOP("Cli", "id"),
    "title": QT_TRANSLATE_NOOP("Cli", "title"),
    "when": QT_TRANSLATE_NOOP("Cli", "when"),
    "platform": QT_TRANSLATE_NOOP("Cli", "platform"),
    "place": QT_TRANSLATE_NOOP("Cli", "place"),
    "handles": QT_TRANSLATE_NOOP("Cli", "handles"),
    "tags": QT_TRANSLATE_NOOP("Cli", "tags"),
    "description": QT_TRANSLATE_NOOP("Cli", "description"),
    "name": QT_TRANSLATE_NOOP("Cli", "name"),
    "role": QT_TRANSLATE_NOOP("Cli", "role"),
    "organisation": QT_TRANSLATE_NOOP("Cli", "organisation"),
    "phone": QT_TRANSLATE_NOOP("Cli", "phone"),
    "email": QT_TRANSLATE_NOOP("Cli", "email"),
    "due": QT_TRANSLATE_NOOP("Cli", "due"),
    "done": QT_TRANSLATE_NOOP("Cli", "done"),
    "overdue": QT_TRANSLATE_NOOP("Cli", "overdue"),
    "kind": QT_TRANSLATE_NOOP("Cli", "kind"),
    "subject": QT_TRANSLATE_NOOP("Cli", "subject"),
    "reference": QT_TRANSLATE_NOOP("Cli", "reference"),
    "status": QT_TRANSLATE_NOOP("Cli", "status"),
    "contact_ids": QT_TRANSLATE_NOOP("Cli", "contacts"),
    "incident_ids": QT_TRANSLATE_NOOP("Cli", "incidents"),
    "incident_id": QT_TRANSLATE_NOOP("Cli", "incident"),
    "contact_id": QT_TRANSLATE_NOOP("Cli", "sent to"),
    "sent_on": QT_TRANSLATE_NOOP("Cli", "sent"),
    "follow_up_on": QT_TRANSLATE_NOOP("Cli", "follow up on"),
    "created_at": QT_TRANSLATE_NOOP("Cli", "added"),
    "updated_at": QT_TRANSLATE_NOOP("Cli", "last changed"),
    "note": QT_TRANSLATE_NOOP("Cli", "private note"),
    "filename": QT_TRANSLATE_NOOP("Cli", "filename"),
    "size": QT_TRANSLATE_NOOP("Cli", "size"),
    "media_type": QT_TRANSLATE_NOOP("Cli", "media type"),
    "sha256": "sha256",
    "added_at": QT_TRANSLATE_NOOP("Cli", "added at"),
    "file_modified_at": QT_TRANSLATE_NOOP("Cli", "file modified at"),
    "source_url": QT_TRANSLATE_NOOP("Cli", "source url"),
    "captured_at": QT_TRANSLATE_NOOP("Cli", "captured at"),
    "captured_by": QT_TRANSLATE_NOOP("Cli", "captured by"),
    "shows": QT_TRANSLATE_NOOP("Cli", "shows"),
    "in_bin": QT_TRANSLATE_NOOP("Cli", "in bin"),
    "similar_images": QT_TRANSLATE_NOOP("Cli", "similar images"),
    "custody": QT_TRANSLATE_NOOP("Cli", "custody"),
    "post_title": QT_TRANSLATE_NOOP("Cli", "post title"),
    "uploader": QT_TRANSLATE_NOOP("Cli", "uploader"),
    "found_on": QT_TRANSLATE_NOOP("Cli", "found on"),
    "checked_on": QT_TRANSLATE_NOOP("Cli", "checked on"),
    "keywords": QT_TRANSLATE_NOOP("Cli", "keywords"),
}


def _label(key: str) -> str:
    return translate("Cli", _LABELS.get(key, key.replace("_", " ")))


_WORDS = {"role", "kind", "status"}


def _platform(value: str) -> str:
    """A stored platform as her language says it ("Telegram" is 텔레그램 in Korean); `--json`
    keeps what is stored."""
    return platforms.display(value, current_language() == "ko")


def _value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return translate("Cli", "yes") if value else translate("Cli", "no")
    if key.endswith("_at") and isinstance(value, str):
        return local_time(value)
    if key in _WORDS and isinstance(value, str):
        return _word(value).replace("_", " ")
    if key == "platform" and isinstance(value, str):
        return _platform(value)
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
                    f"{_label(k)}: {_word(v).replace('_', ' ') if k == 'status' else v}"
                    for k, v in link.items()
                    if v and k != "url"
                )
                lines.append(
                    (
                        translate("Cli", "link {n}").format(n=n),
                        link["url"] + (f"  ({details})" if details else ""),
                    )
                )
            continue
        if key == "image" and isinstance(value, dict):
            lines += _image_lines(value)
            continue
        if key == "custody" and isinstance(value, list):
            lines.append((_label("custody"), "\n".join(str(v) for v in value)))
            continue
        text = _value(key, value)
        if text:
            lines.append((_label(key), text))
    label_width = max((width(label) for label, _ in lines), default=0)
    for label, text in lines:
        first, *rest = visible(text, keep_newlines=True).split("\n")
        print(f"{_pad(label, label_width)}  {first}")
        for line in rest:
            print(f"{'':<{label_width}}  {line}")


def _image_lines(image: dict[str, Any]) -> list[tuple[str, str]]:
    exif = image.get("exif") or {}
    out = []
    if image.get("width"):
        out.append(
            (
                translate("Cli", "dimensions"),
                translate("Cli", "{width} × {height} pixels").format(
                    width=image["width"], height=image["height"]
                ),
            )
        )
    camera = " ".join(v for v in (exif.get("make"), exif.get("model")) if v)
    if camera:
        out.append((translate("Cli", "camera"), camera))
    if exif.get("taken_at"):
        out.append(
            (
                translate("Cli", "taken at"),
                translate("Cli", "{time} (camera clock)").format(time=exif["taken_at"]),
            )
        )
    if image.get("has_gps"):
        where = ", ".join(v for v in (exif.get("gps_latitude"), exif.get("gps_longitude")) if v)
        out.append(
            (
                translate("Cli", "location"),
                translate("Cli", "GPS {where}: this photo records where it was taken").format(
                    where=where
                ),
            )
        )
    if image.get("problem"):
        out.append((translate("Cli", "preview"), translate("Quietcase", image["problem"])))
    return out


def _aligned(lines: list[tuple[str, str]], indent: str = "  ") -> None:
    """`label  value` lines with the values lined up (labels may be Korean: two columns a
    letter)."""
    label_width = max((width(label) for label, _ in lines), default=0)
    for label, text in lines:
        print(f"{indent}{_pad(label, label_width)}  {text}")


def older_copy_note(report: VerifyReport) -> str:
    """The note for a case file older than one seen on this computer ("" when it is not)."""
    if report.older_copy is None:
        return ""
    seen = report.older_copy.seen_at.astimezone()
    return translate(
        "Cli",
        "Note: this case file is older than the one you used on {date}: it may be an old "
        "copy or a backup that was put back.",
    ).format(date=f"{seen:%Y-%m-%d}")


def states_note(report: VerifyReport) -> str:
    """The note for a file whose records' states are not in its history yet ("" if they are)."""
    if report.states_recorded or not report.intact:
        return ""
    return translate(
        "Cli",
        "Note: this case file was made by an older Quietcase, so its records could not be "
        "compared with their history yet; that starts with the next change made to it.",
    )


def verify_notes(report: VerifyReport) -> list[str]:
    return [note for note in (older_copy_note(report), states_note(report)) if note]


def print_verify(report: VerifyReport) -> None:
    for note in verify_notes(report):
        print(note)
    _print_verdict(report)
    if report.against is not None and report.intact:
        print_against(report.against)


def _print_verdict(report: VerifyReport) -> None:
    if report.intact:
        c = report.counts
        if report.backup_made_at:
            print(translate("Cli", "{path}: this backup is intact.").format(path=report.path))
        else:
            print(translate("Cli", "{path}: this case file is intact.").format(path=report.path))
        lines: list[tuple[str, str]] = []
        if report.backup_made_at:
            made = datetime.fromisoformat(report.backup_made_at).astimezone()
            lines.append((translate("Cli", "made at"), f"{made:%Y-%m-%d %H:%M}"))
        records = [
            translate("Cli", "%Ln incidents", None, c.incidents),
            translate("Cli", "%Ln contacts", None, c.contacts),
            translate("Cli", "%Ln deadlines", None, c.deadlines),
            translate("Cli", "%Ln requests", None, c.requests),
        ]
        lines.append((translate("Cli", "records"), ", ".join(records)))
        if report.states_recorded:
            lines.append(
                (
                    "",
                    translate(
                        "Cli",
                        "%Ln records in all, each as its history last recorded it",
                        None,
                        report.records_checked,
                    ),
                )
            )
        lines.append(
            (
                translate("Cli", "evidence"),
                translate(
                    "Cli",
                    "%Ln items ({size}), every one re-hashed: unchanged since added",
                    None,
                    c.evidence,
                ).format(size=human_size(report.evidence_bytes)),
            )
        )
        lines.append(
            (
                translate("Cli", "custody chain"),
                translate("Cli", "%Ln events, unbroken", None, c.custody_events),
            )
        )
        lines.append(
            (
                translate("Cli", "custody head"),
                translate("Cli", "event {counter}: {head}").format(
                    counter=report.custody_counter, head=report.custody_head
                ),
            )
        )
        _aligned(lines)
        return
    print(
        translate(
            "Cli",
            "{path}: DAMAGED. Please do not add anything to it; restore it from your most "
            "recent backup.",
        ).format(path=report.path)
    )
    for problem in report.problems[:20]:
        print(f"  - {problem}")
    if len(report.problems) > 20:
        print("  " + translate("Cli", "... and %Ln more", None, len(report.problems) - 20))


def print_against(check: AnchorCheck) -> None:
    """What `verify --against` found, in a sentence or two."""
    head = check.anchor.head
    if not check.found:
        print(
            translate(
                "Cli",
                "The history behind custody head {head} is NOT the beginning of this case "
                "file's history: it was rewritten since that head was printed, or this is "
                "another case file.",
            ).format(head=head)
        )
        return
    print(
        translate(
            "Cli",
            "The history printed with custody head {head} (event {counter}) is still the "
            "beginning of this case file's history: nothing recorded until then was changed "
            "or removed.",
        ).format(head=head, counter=check.counter)
    )
    if not check.events_since:
        print(translate("Cli", "Nothing was added to it since."))
        return
    changed = ", ".join(check.changed) if check.changed else translate("Cli", "none")
    print(
        translate(
            "Cli", "Since then: %Ln events; records changed: {changed}", None, check.events_since
        ).format(changed=changed)
    )
    if not check.complete:
        print(
            translate(
                "Cli",
                "(That head is older than the upgrade that began recording every record's "
                "state, so records changed before the upgrade are not listed.)",
            )
        )
