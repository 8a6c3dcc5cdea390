"""The export's files into evidence, and the incident each chat belongs to.

Each file goes through the normal intake, one at a time, with a description naming where it
was in the export; its evidence item is linked to the incident of its chat (or, for files
shared by the chats of an export, such as `result.json`, to all of them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime

from quietcase.app.chats.telegram.chats import ChatIntake
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.files import ExportFolder, folder_files, relative_name
from quietcase.app.chats.telegram.result import TelegramImportResult
from quietcase.app.chats.telegram.stores import Stores
from quietcase.app.chats.telegram.ticker import Ticker
from quietcase.app.core import validation
from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.progress import Cancelled, Progress
from quietcase.app.evidence.intake import ImportProblem, IntakeDetails
from quietcase.app.journal.records import Journal
from quietcase.storage.dates import When
from quietcase.storage.evidence import EvidenceItems
from quietcase.storage.records import Incident, Link
from quietcase.storage.repositories import Incidents
from quietcase.storage.vault import Vault

PLATFORM = "Telegram"
TAG = "telegram"
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")

BAD_USERNAME = QT_TRANSLATE_NOOP(
    "Quietcase",
    '"{text}" is not a Telegram username (5 to 32 letters, digits or _, like @example_room).',
)
FILE_DESCRIPTION = QT_TRANSLATE_NOOP("Quietcase", "From the Telegram export {export}: {path}")
INCIDENT_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Quietcase", "Messages imported from a Telegram Desktop export ({export})."
)
INCIDENT_TITLE = QT_TRANSLATE_NOOP("Quietcase", "Telegram: {chat}")


def clean_username(text: str) -> str:
    """`@room`, `t.me/room`, `https://t.me/room` -> `room`; "" stays ""."""
    cleaned = re.sub(r"^(?:https?://)?(?:www\.)?t(?:elegram)?\.me/", "", text.strip())
    cleaned = cleaned.lstrip("@").strip("/")
    if cleaned and not _USERNAME.match(cleaned):
        raise UserError(BAD_USERNAME, EXIT_USAGE, text=text)
    return cleaned


def incident_for(
    journal: Journal, intake: ChatIntake, options: ImportOptions, export_name: str, single: bool
) -> tuple[int, bool]:
    """The incident a chat's import belongs to: the one she named, else the chat's incident
    from an earlier import, else a new one ("Telegram: <chat name>"). Returns (id, created)."""
    if options.incident_id is not None:
        return options.incident_id, False
    existing = intake.chat.incident_id
    if existing is not None and Incidents(journal.vault).exists(existing):
        return existing, False
    name = intake.chat.name
    username = clean_username(options.username) if single else ""
    result = intake.result
    incident = journal.add_incident(
        Incident(
            title=options.words(INCIDENT_TITLE).format(chat=name),
            when=_span(result.first_local, result.last_local),
            platform=PLATFORM,
            place=name,
            links=(Link(url=validation.url(f"https://t.me/{username}")),) if username else (),
            tags=(TAG,),
            description=options.words(INCIDENT_DESCRIPTION).format(export=export_name),
        )
    )
    return incident.id, True


def date_incident(vault: Vault, intake: ChatIntake, now: datetime) -> None:
    """An incident made before its chat's messages were all read: the days they span now
    (as `incident_for` writes them), its other fields and its time of writing unchanged."""
    result = intake.result
    when = _span(result.first_local, result.last_local)
    incident_id = intake.chat.incident_id
    if when is None or incident_id is None:
        return
    incidents = Incidents(vault)
    incident = incidents.get(incident_id)
    incidents.update(replace(incident, when=when), incident.updated_at or now)


def link_incidents(vault: Vault, evidence_ids: Sequence[int], chosen: Sequence[ChatIntake]) -> None:
    """Files stored while the export seemed to hold one chat also belong to the incidents of
    the chats that came after it (an export that is not as Telegram writes them)."""
    more = tuple(i for c in chosen for i in _one(c.chat.incident_id))
    items = EvidenceItems(vault)
    for evidence_id in dict.fromkeys(evidence_ids):
        current = items.get(evidence_id).incident_ids
        items.set_incidents(evidence_id, tuple(dict.fromkeys(current + more)))


def _span(first: str, last: str) -> When | None:
    """The days the messages span, as she would write them ("2024-03-05 .. 2024-04-01")."""
    if not first:
        return None
    start, end = first[:10], last[:10]
    return When.parse(start if start == end else f"{start} .. {end}")


def store_files(
    stores: Stores,
    export: ExportFolder,
    result: TelegramImportResult,
    chosen: Sequence[ChatIntake],
    tick: Ticker,
    lock: AbstractContextManager[object],
    words: Callable[[str], str],
) -> None:
    """Every file of the export (of the chosen chats' folders, for a whole account) into
    evidence; records where each was inside the export. `lock` is held for each whole file
    (the messages may be written from another thread between files)."""
    whole = export.whole_account or result.whole_account
    folders: dict[str, tuple[int, ...]] = {}
    for intake in chosen:
        incident = intake.chat.incident_id
        for folder in {intake.parsed.folder, *intake.parsed.folders_seen} - {""}:
            folders[folder] = tuple(dict.fromkeys(folders.get(folder, ()) + _one(incident)))
    everyone = tuple(dict.fromkeys(i for c in chosen for i in _one(c.chat.incident_id)))
    listing = folder_files(export.root, set(folders) if whole else None)
    # Her case file (saved inside the export folder), its journal, lock and copies made
    # before a migration are not part of the export.
    vault = stores.vault.path.resolve()
    listing.files = [
        f
        for f in listing.files
        if not (f.path.parent.resolve() == vault.parent and f.name.startswith(vault.name))
    ]
    result.links_skipped = listing.links
    result.other_skipped = listing.other
    result.files_not_chosen = listing.not_chosen
    tick.files_total = sum(f.size for f in listing.files)
    tick.files_count = len(listing.files)
    main = relative_name(export.root, export.main)
    placed: list[tuple[str, int]] = []  # where each file was inside the export
    done = 0
    for index, found in enumerate(listing.files):
        inner, size = found.inner, found.size
        folder = "/".join(inner.split("/")[:2])
        details = IntakeDetails(
            description=words(FILE_DESCRIPTION).format(export=export.name, path=inner),
            tags=(TAG,),
            incident_ids=folders.get(folder, everyone) if whole else everyone,
        )

        def report(p: Progress, before: int = done, item: int = index) -> None:
            tick.files(before + p.bytes_done, item)

        with lock:
            taken = stores.intake.import_found([found], details, report, tick.cancel)
            if taken.cancelled:
                raise Cancelled()
        result.problems += [ImportProblem(inner, p.error) for p in taken.problems]
        for item in taken.imported:
            placed.append((inner, item.evidence.id))
            result.evidence_ids.append(item.evidence.id)
            if item.duplicate:
                result.files_known += 1
            else:
                result.files_added += 1
            if inner == main:
                result.main_evidence_id = item.evidence.id
        done += size
        tick.files(done, index + 1)
    with lock:
        stores.exports.add_export_files(result.export_id, placed)


def _one(incident_id: int | None) -> tuple[int, ...]:
    return () if incident_id is None else (incident_id,)
