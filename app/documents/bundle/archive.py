"""The evidence bundle for counsel: one ZIP with the case summary, the original evidence files
exactly as stored, `manifest.csv` and `manifest.json`, `SHA256SUMS` and a README.

Layout (everything inside one folder, so unpacking never scatters files):

    NAME/README.txt
    NAME/case-summary.pdf
    NAME/evidence/Exhibit-03-1_screenshot.png   (exhibit 3-1, `증제03호증의1_…` in Korean;
                                                names made safe and unique)
    NAME/manifest.csv
    NAME/manifest.json
    NAME/SHA256SUMS                         (`sha256sum -c SHA256SUMS` inside NAME/)

Streamed: each file goes from the vault's chunks into the ZIP (stored, not recompressed: the
bytes stay exactly as they are), hashed on the way and checked against the SHA-256 recorded
at intake; a second thread hashes and writes while this one reads the next chunk, and memory
does not grow with the bundle. Written under a temporary name and renamed when complete
(app/safe_export.py); the export is one custody event.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import queue
import threading
import zipfile
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from quietcase.app.case import Case
from quietcase.app.core.errors import EXIT_DAMAGED, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from quietcase.app.core.transactions import writing
from quietcase.app.documents import exhibits
from quietcase.app.documents.bundle.names import folder_name, safe_name
from quietcase.app.documents.bundle.text import readme
from quietcase.app.documents.safe_export import Notice, check_target, destination_notices, new_file
from quietcase.app.documents.summary.data import ReportData, ReportOptions, collect
from quietcase.app.documents.summary.pdf import (
    RenderedReport,
    id_ranges,
    keep_exhibits,
    render_report,
)
from quietcase.app.documents.summary.text import Words, human_size
from quietcase.app.evidence import custody
from quietcase.storage.records import Evidence

SUMMARY_NAME = "case-summary.pdf"

MISMATCH = QT_TRANSLATE_NOOP(
    "Quietcase",
    "The stored bytes of {evidence_id} no longer match the SHA-256 recorded when it was added, "
    "so no bundle was made. Please restore the case file from a backup.",
)
GPS_INSIDE_ONE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "One of the photos in the bundle records where it was taken (GPS location). It is "
    "included unchanged, because changing it would change its SHA-256. Please keep this in "
    "mind before you share the bundle.",
)
GPS_INSIDE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{count} of the photos in the bundle record where they were taken (GPS location). They "
    "are included unchanged, because changing them would change their SHA-256. Please keep "
    "this in mind before you share the bundle.",
)

_CSV_FIELDS = [
    "exhibit", "exhibit_number", "exhibit_branch", "id", "original_name", "bundle_path",
    "size", "sha256", "media_type",
    "added_at", "file_modified_at", "captured_at", "captured_by", "source_url", "incidents",
    "shows", "description",
]  # fmt: skip


@dataclass(frozen=True)
class BundleResult:
    path: Path
    items: int
    size: int
    sha256sums: str  # SHA-256 of the SHA256SUMS file: it pins every file in the bundle
    custody_head: str
    notices: list[Notice] = field(default_factory=list)


def bundle_notices(case: Case, out: Path, options: ReportOptions) -> list[Notice]:
    """What to tell her before writing: not encrypted, cloud or shared folder, GPS inside."""
    notices = destination_notices(Path(out), encrypted=False, bundle=True)
    gps = _gps_count(case, collect(case, options).evidence)
    if gps:
        notices.append(_gps_notice(gps))
    return notices


def _gps_notice(count: int) -> Notice:
    return Notice(GPS_INSIDE_ONE) if count == 1 else Notice(GPS_INSIDE, {"count": str(count)})


def make_bundle(
    case: Case,
    out: Path,
    options: ReportOptions | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> BundleResult:
    """Write the bundle to `out` (a new file; never overwrites). The evidence is what the
    summary lists (the whole case, or the chosen incidents' evidence)."""
    out = Path(out)
    options = ReportOptions() if options is None else options
    options = replace(options, password="")  # the ZIP is plaintext; so is the PDF inside
    check_target(out)
    notices = destination_notices(out, encrypted=False, bundle=True)
    data = collect(case, options)
    report = render_report(case, options, cancel=cancel)
    words = Words(options.language, data.zone)
    folder = folder_name(out.stem)
    names = _names(data, words.korean)
    # What each item's intake event recorded: the stored hash alone could have been rewritten
    # together with the bytes (None: a detail of another form, nothing to compare).
    intakes = custody.evidence_history(case.vault).intakes
    total = sum(e.size for e in data.evidence)
    sums: list[tuple[str, str]] = []
    with new_file(out) as file:
        with zipfile.ZipFile(file.handle, "w", allowZip64=True) as zf:
            writer = _Entries(zf, folder, words.local(data.made_at))
            text = readme(
                words.language,
                title=data.cover.title.strip() or words("default_title"),
                date=words.long_date(words.local(data.made_at)),
                zone=words.zone_legend(data.made_at),
                summary=SUMMARY_NAME,
                count=len(data.evidence),
                size=human_size(total),
                seq=data.custody_seq,
                head=data.custody_head,
            )
            sums.append((writer.text("README.txt", text), "README.txt"))
            sums.append((writer.stored(SUMMARY_NAME, report.pdf), SUMMARY_NAME))
            done = 0
            for index, item in enumerate(data.evidence):
                path = f"evidence/{names[item.id]}"
                digest = writer.stream(
                    path,
                    case.evidence.chunks(item.id),
                    cancel,
                    _bytes(progress, done, total, index, len(data.evidence)),
                )
                recorded = intakes.get(item.id)
                if digest != item.sha256 or (
                    recorded is not None and recorded != custody.Recorded(item.size, digest)
                ):
                    raise UserError(MISMATCH, EXIT_DAMAGED, evidence_id=f"E-{item.id}")
                sums.append((digest, path))
                done += item.size
                progress(Progress(done, total, index + 1, len(data.evidence)))
            rows = [
                _row(data, item, f"evidence/{names[item.id]}", words.korean)
                for item in data.evidence
            ]
            table = _csv(rows, words)
            sums.append((writer.text("manifest.csv", table, bom=True), "manifest.csv"))
            manifest = _manifest(data, report, rows)
            sums.append((writer.text("manifest.json", manifest), "manifest.json"))
            listing = "".join(f"{digest}  {path}\n" for digest, path in sorted(sums, key=_by_path))
            sums_digest = writer.text("SHA256SUMS", listing)
        gps = _gps_count(case, data.evidence)
        if gps:
            notices.append(_gps_notice(gps))
        if cancel is not None:
            cancel.raise_if_cancelled()
        with writing(case.vault):
            keep_exhibits(case, report)  # the summary inside cites them
            case.custody.record(
                custody.EXPORT,
                None,
                f"evidence bundle saved as {out.name}: {len(data.evidence)} evidence items "
                f"({id_ranges([e.id for e in data.evidence])}), {human_size(total)}; summary "
                f"PDF sha256 {report.sha256}; SHA256SUMS sha256 {sums_digest}; "
                f"custody head {data.custody_head}",
            )
            file.place()
    return BundleResult(
        out, len(data.evidence), out.stat().st_size, sums_digest, data.custody_head, notices
    )


def _by_path(entry: tuple[str, str]) -> str:
    return entry[1]


def _bytes(progress: ProgressCallback, done: int, total: int, index: int, count: int) -> Any:
    def report(seen: int) -> None:
        progress(Progress(done + seen, total, index, count))

    return report


class _Entries:
    """Entries of the bundle, all under one folder; each returns its SHA-256."""

    def __init__(self, zf: zipfile.ZipFile, folder: str, when: Any) -> None:
        self.zf, self.folder = zf, folder
        local = when
        self.date_time = (
            local.year,
            local.month,
            local.day,
            local.hour,
            local.minute,
            local.second,
        )

    def info(self, path: str, compress: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self.folder}/{path}", self.date_time)
        info.compress_type = compress
        info.external_attr = 0o600 << 16  # readable only by whoever unpacks it
        return info

    def text(self, path: str, content: str, *, bom: bool = False) -> str:
        data = content.encode("utf-8-sig" if bom else "utf-8")
        self.zf.writestr(self.info(path, zipfile.ZIP_DEFLATED), data)
        return hashlib.sha256(data).hexdigest()

    def stored(self, path: str, data: bytes) -> str:
        self.zf.writestr(self.info(path, zipfile.ZIP_STORED), data)
        return hashlib.sha256(data).hexdigest()

    def stream(self, path: str, chunks: Any, cancel: CancelToken | None, report: Any) -> str:
        """Copy the chunks in (stored), hashing on a second thread; returns the SHA-256."""
        with self.zf.open(self.info(path, zipfile.ZIP_STORED), "w", force_zip64=True) as dest:
            pipe = _Pipe(dest)
            seen = 0
            try:
                for chunk in chunks:
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    pipe.put(chunk)
                    seen += len(chunk)
                    report(seen)
            finally:
                digest = pipe.finish()
        return digest


class _Pipe:
    """Hash and write on a second thread; at most a few chunks wait in memory."""

    def __init__(self, dest: IO[bytes]) -> None:
        self._dest = dest
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._digest = hashlib.sha256()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quietcase-bundle", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._digest.update(chunk)
                    self._dest.write(chunk)
                except BaseException as exc:  # reported by finish(), on the caller's thread
                    self._error = exc

    def put(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def finish(self) -> str:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._digest.hexdigest()


def _names(data: ReportData, korean: bool) -> dict[int, str]:
    """Each file's name in the bundle, starting with its exhibit number (zero-padded, so the
    files sort as the register does)."""
    taken: set[str] = set()
    names = {}
    digits = max(2, len(str(max((e.number for e in data.exhibits.values()), default=0))))
    for item in data.evidence:
        exhibit = data.exhibits.get(item.id)
        prefix = exhibits.file_prefix(exhibit, korean, digits) if exhibit is not None else ""
        name = safe_name(item.id, item.filename, item.media_type, prefix)
        stem, dot, ext = name.rpartition(".")
        n = 2
        while name.casefold() in taken:  # cannot happen with unique ids; cheap to be sure
            name = f"{stem}_{n}.{ext}" if dot else f"{name}_{n}"
            n += 1
        taken.add(name.casefold())
        names[item.id] = name
    return names


def _row(data: ReportData, item: Evidence, path: str, korean: bool) -> dict[str, Any]:
    exhibit = data.exhibits.get(item.id)
    return {
        "exhibit": exhibits.label(exhibit, korean) if exhibit is not None else "",
        "exhibit_number": exhibit.number if exhibit is not None else "",
        "exhibit_branch": exhibit.branch if exhibit is not None else "",
        "id": f"E-{item.id}",
        "original_name": item.filename,
        "bundle_path": path,
        "size": item.size,
        "sha256": item.sha256,
        "media_type": item.media_type,
        "added_at": item.added_at.isoformat(),
        "file_modified_at": item.file_modified_at.isoformat() if item.file_modified_at else "",
        "captured_at": item.captured.text() if item.captured else "",
        "captured_by": item.captured_by,
        "source_url": item.source_url,
        "incidents": [f"I-{i}" for i in item.incident_ids],
        "shows": item.shows,
        "description": item.description,
    }


def _csv(rows: list[dict[str, Any]], words: Words) -> str:
    """manifest.csv, its headers in the summary's language and its times in the summary's
    zone (manifest.json keeps the keys and the UTC times)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([words("manifest_" + name) for name in _CSV_FIELDS])
    for row in rows:
        row = dict(row)
        for key in ("added_at", "file_modified_at"):
            if row[key]:
                row[key] = words.local(datetime.fromisoformat(row[key])).isoformat()
        cells = ["; ".join(v) if isinstance(v, list) else str(v) for v in row.values()]
        writer.writerow([_spreadsheet_safe(c) for c in cells])
    return out.getvalue()


def _spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def _manifest(data: ReportData, report: RenderedReport, rows: list[dict[str, Any]]) -> str:
    document = {
        "format": "quietcase-evidence-bundle",
        "version": 1,
        "created_at": data.made_at.isoformat(),
        "language": data.options.language,
        "summary": SUMMARY_NAME,
        "summary_sha256": report.sha256,
        "custody_event": data.custody_seq,
        "custody_head": data.custody_head,
        "items": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _gps_count(case: Case, items: list[Evidence]) -> int:
    count = 0
    for item in items:
        if item.media_type.startswith("image/"):
            info = case.evidence.image(item.id)
            count += bool(info is not None and info.has_gps)
    return count
