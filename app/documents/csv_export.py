"""Her records as CSV files for a spreadsheet: incidents, links, evidence register, contacts,
requests and deadlines, one file each, in a folder she chooses.

UTF-8 with a byte-order mark (Excel on Korean Windows otherwise reads CP949 and shows
gibberish), CRLF line ends, and a cell that a spreadsheet would run as a formula (`= + - @`,
and tab or carriage return before them) gets a leading apostrophe. Columns are the field
names of `--json` (stable for scripts), values as stored. Private notes only when she asks;
evidence in the bin never. Each file is written under a temporary name and renamed; one
custody event records the export; Cancel or an error removes every file already placed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.app.core.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from quietcase.app.core.transactions import writing
from quietcase.app.documents import exhibits
from quietcase.app.documents.safe_export import (
    NO_FOLDER,
    OUT_EXISTS,
    NewFile,
    Notice,
    destination_notices,
    explain_write,
)
from quietcase.app.documents.summary.text import Words
from quietcase.app.evidence import custody
from quietcase.storage.records import Contact, Deadline, Evidence, Incident, Request

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
FILES = ("incidents", "links", "evidence", "contacts", "requests", "deadlines")

NOT_ENCRYPTED_CSV = QT_TRANSLATE_NOOP(
    "Quietcase",
    "CSV files are not encrypted: anyone who gets them can read them. Please keep them "
    "somewhere only you and the people you give them to can reach, such as your own USB stick.",
)


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_bytes(head: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """A whole CSV file: BOM, CRLF, every cell text and neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([spreadsheet_safe(str(h)) for h in head])
    for row in rows:
        writer.writerow([spreadsheet_safe(_cell(v)) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class CsvExport:
    """What was written: each file's path, rows and SHA-256."""

    folder: Path
    files: list[tuple[Path, int, str]]
    notices: list[Notice] = field(default_factory=list)


def _day(value: Any) -> str:
    return "" if value is None else str(value.isoformat())


def tables(
    case: Case, *, private_notes: bool = False, language: str = "en"
) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """Every table as (header, rows). The evidence register is in exhibit order, with the
    exhibit number every document gives the item (in `language`)."""
    journal = case.journal
    incidents = journal.incidents()
    items = case.evidence.items()
    numbers = exhibits.numbers(case, items, incidents)
    items.sort(key=lambda e: exhibits.sort_key(numbers.get(e.id), e.id))
    korean = language == "ko"

    def exhibit(item: Evidence) -> str:
        number = numbers.get(item.id)
        return "" if number is None else exhibits.label(number, korean)

    note = (lambda text: text) if private_notes else (lambda text: None)
    out: dict[str, tuple[list[str], list[list[Any]]]] = {}
    head = ["id", "title", "when", "platform", "place", "handles", "tags", "description"]
    head += ["contact_ids", "created_at", "updated_at"]
    out["incidents"] = (
        head + (["note"] if private_notes else []),
        [_incident(i) + ([note(i.note)] if private_notes else []) for i in incidents],
    )
    head = ["incident_id", "link", "platform", "url", "post_title", "uploader", "keywords"]
    out["links"] = (
        head + ["found_on", "status", "checked_on"],
        [
            [format_id(RecordKind.INCIDENT, i.id), n, i.platform, *_link(link)]
            for i in incidents
            for n, link in enumerate(i.links, 1)
        ],
    )
    head = ["exhibit", "id", "filename", "size", "media_type", "sha256", "added_at"]
    head += ["file_modified_at", "source_url", "captured", "captured_by", "description", "shows"]
    out["evidence"] = (
        head + ["tags", "incident_ids"],
        [[exhibit(e), *_evidence(e)] for e in items],
    )
    head = ["id", "name", "role", "organisation", "phone", "email", "handles"]
    out["contacts"] = (
        head + (["note"] if private_notes else []),
        [_contact(c) + ([c.note] if private_notes else []) for c in journal.contacts()],
    )
    head = ["id", "kind", "subject", "sent_on", "contact_id", "reference", "status"]
    out["requests"] = (
        head + ["follow_up_on", "incident_ids"] + (["note"] if private_notes else []),
        [_request(r) + ([r.note] if private_notes else []) for r in journal.requests()],
    )
    out["deadlines"] = (
        ["id", "due", "title", "incident_id", "done", "overdue"]
        + (["note"] if private_notes else []),
        [
            _deadline(d, journal.is_overdue(d)) + ([d.note] if private_notes else [])
            for d in journal.deadlines()
        ],
    )
    return out


def _incident(i: Incident) -> list[Any]:
    return [
        format_id(RecordKind.INCIDENT, i.id),
        i.title,
        "" if i.when is None else i.when.text(),
        i.platform,
        i.place,
        list(i.handles),
        list(i.tags),
        i.description,
        [format_id(RecordKind.CONTACT, c) for c in i.contact_ids],
        _day(i.created_at),
        _day(i.updated_at),
    ]


def _link(link: Any) -> list[Any]:
    return [
        link.url,
        link.post_title,
        link.uploader,
        link.keywords,
        _day(link.found_on),
        link.status.value,
        _day(link.checked_on),
    ]


def _evidence(e: Evidence) -> list[Any]:
    return [
        format_id(RecordKind.EVIDENCE, e.id),
        e.filename,
        e.size,
        e.media_type,
        e.sha256,
        _day(e.added_at),
        _day(e.file_modified_at),
        e.source_url,
        "" if e.captured is None else e.captured.text(),
        e.captured_by,
        e.description,
        e.shows,
        list(e.tags),
        [format_id(RecordKind.INCIDENT, i) for i in e.incident_ids],
    ]


def _contact(c: Contact) -> list[Any]:
    return [
        format_id(RecordKind.CONTACT, c.id),
        c.name,
        c.role.value,
        c.organisation,
        c.phone,
        c.email,
        list(c.handles),
    ]


def _request(r: Request) -> list[Any]:
    return [
        format_id(RecordKind.REQUEST, r.id),
        r.kind.value,
        r.subject,
        _day(r.sent_on),
        "" if r.contact_id is None else format_id(RecordKind.CONTACT, r.contact_id),
        r.reference,
        r.status.value,
        _day(r.follow_up_on),
        [format_id(RecordKind.INCIDENT, i) for i in r.incident_ids],
    ]


def _deadline(d: Deadline, overdue: bool) -> list[Any]:
    return [
        format_id(RecordKind.DEADLINE, d.id),
        d.due.text(),
        d.title,
        "" if d.incident_id is None else format_id(RecordKind.INCIDENT, d.incident_id),
        d.done,
        overdue,
    ]


# Korean headers for `--language ko` (English keeps the `--json` field names, for scripts).
_KO_HEADERS = {
    "id": "ID",
    "exhibit": "증거번호",
    "title": "제목",
    "when": "일시",
    "platform": "플랫폼",
    "place": "장소",
    "handles": "계정·ID",
    "tags": "키워드",
    "description": "설명",
    "contact_ids": "관련 연락처",
    "created_at": "기록한 때",
    "updated_at": "수정한 때",
    "note": "개인 메모",
    "incident_id": "사건",
    "link": "링크 번호",
    "url": "주소(URL)",
    "post_title": "게시물 제목",
    "uploader": "게시자 ID·닉네임",
    "keywords": "키워드",
    "found_on": "발견일",
    "status": "상태",
    "checked_on": "마지막 확인일",
    "filename": "파일 이름",
    "size": "크기(바이트)",
    "media_type": "파일 형식",
    "sha256": "SHA-256",
    "added_at": "보관 시작",
    "file_modified_at": "파일 수정 시각",
    "source_url": "출처 주소",
    "captured": "수집일",
    "captured_by": "작성자·출처",
    "shows": "입증취지",
    "incident_ids": "관련 사건",
    "name": "이름",
    "role": "역할",
    "organisation": "소속",
    "phone": "전화",
    "email": "이메일",
    "kind": "종류",
    "subject": "제목",
    "sent_on": "보낸 날",
    "contact_id": "받는 곳",
    "reference": "접수번호",
    "follow_up_on": "다시 확인할 날",
    "due": "기한",
    "done": "완료",
    "overdue": "기한 지남",
}
# Stored codes in Korean (the value in the case file stays the code).
_KO_VALUES = {
    ("contacts", "role"): "one_",
    ("requests", "kind"): "kind_",
    ("requests", "status"): "status_",
    ("links", "status"): "",
}


def in_language(
    name: str, head: list[str], rows: list[list[Any]], language: str
) -> tuple[list[str], list[list[Any]]]:
    """A table in her language: Korean headers, codes and yes/no as words (English as is)."""
    if language != "ko":
        return head, rows
    words = Words("ko")
    prefixes = {
        n: _KO_VALUES[(name, column)]
        for n, column in enumerate(head)
        if (name, column) in _KO_VALUES
    }

    def value(n: int, cell: Any) -> Any:
        if isinstance(cell, bool):
            return "예" if cell else "아니요"
        prefix = prefixes.get(n)
        if prefix is not None and isinstance(cell, str) and words.has(prefix + cell):
            return words(prefix + cell)
        return cell

    return (
        [_KO_HEADERS.get(h, h) for h in head],
        [[value(n, cell) for n, cell in enumerate(row)] for row in rows],
    )


def csv_notices(folder: Path) -> list[Notice]:
    """What to tell her before writing the CSV files into `folder`."""
    return [
        Notice(NOT_ENCRYPTED_CSV),
        *destination_notices(Path(folder) / "incidents.csv", encrypted=True),
    ]


def check_folder(folder: Path) -> None:
    """Refuse before any work: no such folder above it, or a file that would be replaced."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UserError(OUT_EXISTS, path=str(folder))
    parent = folder if folder.is_dir() else folder.parent
    if not parent.is_dir():
        raise UserError(NO_FOLDER, path=str(parent))
    for name in FILES:
        target = folder / f"{name}.csv"
        if target.exists() or target.is_symlink():
            raise UserError(OUT_EXISTS, path=str(target))


def export_csv(
    case: Case,
    folder: Path,
    *,
    private_notes: bool = False,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    language: str = "en",
) -> CsvExport:
    """Write the six CSV files into `folder` (made if missing; existing files are never
    replaced) and record one custody event. Cancel or an error leaves nothing behind."""
    folder = Path(folder)
    check_folder(folder)
    notices = csv_notices(folder)
    contents = {
        name: csv_bytes(*in_language(name, head, rows, language))
        for name, (head, rows) in tables(
            case, private_notes=private_notes, language=language
        ).items()
    }
    counts = {name: len(rows) for name, (_, rows) in tables(case, private_notes=False).items()}
    made_folder = not folder.exists()
    placed: list[NewFile] = []
    files: list[tuple[Path, int, str]] = []
    try:
        if made_folder:
            os.mkdir(folder, 0o700)
        for n, name in enumerate(FILES):
            if cancel is not None:
                cancel.raise_if_cancelled()
            target = folder / f"{name}.csv"
            file = NewFile(target)
            placed.append(file)
            file.handle.write(contents[name])
            digest = hashlib.sha256(contents[name]).hexdigest()
            files.append((target, counts[name], digest))
            progress(Progress(0, 0, n, len(FILES)))
        with writing(case.vault):
            listing = ", ".join(f"{p.name} ({rows} rows, sha256 {d})" for p, rows, d in files)
            notes = "; private notes included" if private_notes else ""
            case.custody.record(
                custody.EXPORT, None, f"CSV files saved in {folder.name}: {listing}{notes}"
            )
            for file in placed:
                file.place()
    except BaseException as exc:
        _undo(placed, folder if made_folder else None)
        converted = explain_write(exc, folder)
        if converted is exc:
            raise
        raise converted from exc
    progress(Progress(0, 0, len(FILES), len(FILES)))
    return CsvExport(folder, files, notices)


def _undo(files: list[NewFile], made_folder: Path | None) -> None:
    for file in files:
        file.discard()
    if made_folder is not None:
        try:
            os.rmdir(made_folder)
        except OSError:
            pass
