"""Recording what happened with its screenshots: the incident and the files she added to it
in the editor, kept together in one transaction when she saves.

Until she saves, what she added lives in the editor (and, across a lock or a crash, in its
encrypted draft): a pasted picture as its bytes, a dropped or chosen file as its path. The
previews shown meanwhile are made here, from memory, the same way intake makes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from quietcase.app.evidence import imaging
from quietcase.app.evidence.intake import PREVIEW_LIMIT, ImportReport, IntakeDetails
from quietcase.app.evidence.media_type import SNIFF_BYTES, sniff
from quietcase.app.evidence.view import save_incident
from quietcase.storage.records import Incident

STOPPED = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Saving was stopped, so nothing was saved. What you wrote and added is still here.",
)


@dataclass(frozen=True)
class Adding:
    """One thing she added in the editor and has not saved yet: a pasted picture (`data`)
    or a file or folder on this computer (`path`), with what she said about it."""

    name: str
    data: bytes | None = None
    path: str = ""
    captured_by: str = ""
    shows: str = ""


@dataclass
class Recorded:
    incident: Incident
    report: ImportReport = field(default_factory=ImportReport)

    @property
    def id(self) -> int:
        return self.incident.id


def record(
    case: Case,
    incident: Incident,
    wanted: Sequence[int] = (),
    offered: Sequence[int] = (),
    adding: Sequence[Adding] = (),
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Recorded:
    """Save the incident (new or changed), link exactly the `wanted` ones of the `offered`
    evidence items, and add every new file or picture linked to it: all in one transaction.
    Cancel undoes all of it. A file that cannot be read is reported; the rest is kept."""

    def work() -> Recorded:
        saved = save_incident(case, incident, wanted, offered)  # nested: one transaction
        done = Recorded(saved)
        for number, item in enumerate(adding):
            details = IntakeDetails(
                captured_by=item.captured_by, shows=item.shows, incident_ids=(saved.id,)
            )
            if item.data is not None:
                if cancel is not None and cancel.cancelled:
                    raise UserError(STOPPED)
                done.report.imported.append(case.intake.import_bytes(item.name, item.data, details))
            else:

                def report(p: Progress, n: int = number) -> None:
                    progress(Progress(p.bytes_done, p.bytes_total, n, len(adding)))

                found = case.intake.import_paths([item.path], details, report, cancel)
                if found.cancelled:
                    raise UserError(STOPPED)
                done.report.imported += found.imported
                done.report.problems += found.problems
                done.report.skipped += found.skipped
            progress(Progress(1, 1, number + 1, len(adding)))
        return done

    return case.together(work)


def preview(item: Adding, *, sharp: bool = False) -> bytes | None:
    """The picture to show for something not saved yet (blurred unless `sharp`), made in
    memory as intake makes it; None for a file that is not a picture, or too large."""
    data = item.data
    if data is None:
        data = _small_picture(Path(item.path))
    if data is None:
        return None
    facts = imaging.inspect_image(data)
    return facts.thumbnail if sharp else facts.blurred


def _small_picture(path: Path) -> bytes | None:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > PREVIEW_LIMIT:
            return None
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
            if not imaging.is_image_type(sniff(head, path.name)):
                return None
            return head + handle.read()
    except OSError:
        return None
