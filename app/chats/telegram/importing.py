"""Importing a Telegram Desktop export ("Export chat history" or "Export Telegram data").

Every file of the export, `result.json` and the HTML pages included, goes through the normal
evidence intake (SHA-256, custody event; the same bytes twice are stored once), so the
export can be taken out again and checked byte for byte. On top, each message becomes a
searchable chat-message record pointing at the evidence items of its media.

The whole import is one transaction: Cancel, an error or a crash leaves the case exactly as
it was. A newer export of the same chat adds only the messages and files that are new.
"""

from __future__ import annotations

from pathlib import Path

from quietcase.app.chats.telegram import parsing
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.files import ExportFolder, locate
from quietcase.app.chats.telegram.intake import date_incident, link_incidents, store_files
from quietcase.app.chats.telegram.model import ExportListing, ReadNotes
from quietcase.app.chats.telegram.reading import MessageReader
from quietcase.app.chats.telegram.result import TelegramImportResult
from quietcase.app.chats.telegram.stores import Stores
from quietcase.app.chats.telegram.ticker import Ticker
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import UserError, explain
from quietcase.app.core.progress import Cancelled, CancelToken, ProgressCallback, ignore_progress
from quietcase.app.core.transactions import reading
from quietcase.app.evidence.intake import require_incidents
from quietcase.storage.vault import Vault

TELEGRAM_IMPORT = "telegram_import"  # the custody action of one import


def list_chats(path: Path | str, cancel: CancelToken | None = None) -> ExportListing:
    """The chats of an export (names, types, ids, message counts), for her to choose from.
    Read by a child process (`app.chats.telegram.parsing`); raises `UserError` for what is
    not a readable export, `Cancelled` when she cancels."""
    return parsing.list_chats(locate(path), cancel)


class TelegramImport:
    """The import use case over one open vault."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.stores = Stores.over(vault, clock)
        self.vault = vault
        self.clock = clock
        self.log = self.stores.log
        self.exports = self.stores.exports
        self.custody = self.stores.custody

    def import_export(
        self,
        path: Path | str,
        options: ImportOptions = ImportOptions(),
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> TelegramImportResult:
        """Import the export at `path` (its folder, `result.json`, or an HTML page). Raises
        `UserError` (nothing changed) or `Cancelled` (nothing changed)."""
        export = locate(path)
        if options.incident_id is not None:
            reading(self.vault, lambda: require_incidents(self.vault, [options.incident_id or 0]))
        try:
            with self.vault.atomic():
                return self._import(export, options, progress, cancel)
        except (UserError, Cancelled):
            raise
        except Exception as exc:
            raise explain(exc, self.vault.path) from exc

    def _import(
        self,
        export: ExportFolder,
        options: ImportOptions,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> TelegramImportResult:
        now = self.clock.now()
        notes = ReadNotes()
        export_id = self.exports.add_export(export.format, export.name, now)
        first_row = self.log.last_row()
        result = TelegramImportResult(export_id, export.format, export.whole_account)
        tick = Ticker(progress, cancel)
        # The messages are read and stored on a second thread while this one stores the
        # files (see app.chats.telegram.reading: one connection, used by one thread at a time).
        reader = MessageReader(self.stores, export, options, notes, tick, now, export_id)
        reader.start()
        try:
            reader.wait(reader.ready)
            store_files(
                self.stores,
                export,
                result,
                list(reader.chosen),
                tick,
                reader.lock,
                options.words,
            )
            reader.wait(reader.done)
        finally:
            reader.stop()
        for intake in reader.chosen:
            created = reader.created[intake.chat.id]
            if created and intake.chat.id in reader.early:
                date_incident(self.vault, intake, now)
            intake.result.incident_created = created
            result.chats.append(intake.result)
        if reader.early and len(reader.chosen) > 1:  # a second chat after the first's files
            link_incidents(self.vault, result.evidence_ids, reader.chosen)
        self.log.link_media(export_id)
        # Every new message searchable, in one statement; after the files, whose index rows
        # (one per file) would otherwise each start FTS5 merging into the messages' segments.
        tick.indexing()
        self.log.index_messages(first_row)
        self._count_media(result)
        result.repairs = list(notes.repairs)
        result.entries_skipped = notes.skipped_entries
        result.handles = reader.handles.suggestions() if reader.handles else []
        self._finish(export, result)
        tick.finished()
        return result

    def _count_media(self, result: TelegramImportResult) -> None:
        by_chat = {c.chat_id: c for c in result.chats}
        for chat_id, missing, linked, count in self.log.media_counts(result.export_id):
            chat_result = by_chat.get(chat_id)
            if chat_result is None:
                continue
            if linked:
                chat_result.media_stored += count
            elif missing:
                chat_result.media_missing[missing] = (
                    chat_result.media_missing.get(missing, 0) + count
                )

    def _finish(self, export: ExportFolder, result: TelegramImportResult) -> None:
        summary = {
            "chats": [c.name for c in result.chats],
            "messages_added": result.messages_added,
            "messages_known": result.messages_known,
            "files_added": result.files_added,
            "files_known": result.files_known,
        }
        repairs = [r.text() for r in result.repairs]
        self.exports.finish_export(result.export_id, result.main_evidence_id, repairs, summary)
        detail = (
            f"Telegram export {export.name} ({export.format}): "
            + ", ".join(c.name for c in result.chats)
            + f"; {result.messages_added} new messages, {result.messages_known} already kept; "
            f"{result.files_added} new files, {result.files_known} already kept"
            + (f"; repaired: {' '.join(repairs)}" if repairs else "")
        )
        self.custody.record(TELEGRAM_IMPORT, result.main_evidence_id, detail)
