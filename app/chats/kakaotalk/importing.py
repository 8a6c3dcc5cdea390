"""Importing a KakaoTalk chat export, as evidence first and as messages on top.

The export's files (the text file, the all-messages folder's files, or its ZIP kept whole)
go through the normal evidence intake first: SHA-256, custody event, the
same bytes twice stored once. The messages are a view of that evidence: each keeps its
source lines and its lines as written, and the time zone she chose is recorded with every
message and with the import. The whole import is one transaction: Cancel (or Lock), an
error or a crash leaves the case as it was. A newer export of the same chat adds only the
messages that are new (`model.message_key`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from quietcase.app.chats.kakaotalk import parsing
from quietcase.app.chats.kakaotalk.files import KakaoExport, export_files, locate, main_size
from quietcase.app.chats.kakaotalk.model import APP, KakaoChat, ReadNotes
from quietcase.app.chats.kakaotalk.reader import ReadOptions
from quietcase.app.chats.kakaotalk.result import KakaoImportResult
from quietcase.app.chats.kakaotalk.times import check_zone, computer_zone
from quietcase.app.chats.telegram.files import relative_name
from quietcase.app.chats.telegram.parsing import Child
from quietcase.app.chats.telegram.stores import Stores
from quietcase.app.chats.telegram.ticker import Ticker
from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import UserError, explain
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP, as_written
from quietcase.app.core.progress import Cancelled, CancelToken, ProgressCallback, ignore_progress
from quietcase.app.core.transactions import reading
from quietcase.app.evidence.intake import ImportProblem, IntakeDetails, require_incidents
from quietcase.storage.dates import When
from quietcase.storage.records import Chat, ChatMessage, Incident
from quietcase.storage.repositories import Incidents
from quietcase.storage.vault import Vault

KAKAOTALK_IMPORT = "kakaotalk_import"  # the custody action of one import
PLATFORM = "KakaoTalk"
TAG = "kakaotalk"
FILE_DESCRIPTION = QT_TRANSLATE_NOOP("Quietcase", "From the KakaoTalk export {export}: {path}")
INCIDENT_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Messages imported from a KakaoTalk export ({export}); times read in the time zone {zone}.",
)
INCIDENT_TITLE = QT_TRANSLATE_NOOP("Quietcase", "KakaoTalk: {chat}")


@dataclass(frozen=True)
class KakaoOptions:
    """Her choices: the time zone the export's times are in ("" = this computer's), the
    name that is hers in it (회원님, you and 나 are known already), the incident to attach
    to (else the chat's incident from an earlier import, else a new one)."""

    time_zone: str = ""
    me: str = ""
    incident_id: int | None = None
    # how the notes written into her case are worded: see ImportOptions.words (Telegram)
    words: Callable[[str], str] = as_written


class KakaoTalkImport:
    """The import use case over one open vault."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.stores = Stores.over(vault, clock)
        self.vault = vault
        self.clock = clock
        self.log = self.stores.log

    def import_export(
        self,
        path: Path | str,
        options: KakaoOptions = KakaoOptions(),
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> KakaoImportResult:
        """Import the export at `path` (a .txt or .csv file, or an all-messages folder or
        ZIP). Raises `UserError` or `Cancelled`; either way nothing changed."""
        export = locate(path)
        zone = check_zone(options.time_zone or computer_zone())
        if options.incident_id is not None:
            reading(self.vault, lambda: require_incidents(self.vault, [options.incident_id or 0]))
        try:
            with self.vault.atomic():
                return self._import(export, options, zone, progress, cancel)
        except (UserError, Cancelled):
            raise
        except Exception as exc:
            raise explain(exc, self.vault.path) from exc

    def _import(
        self,
        export: KakaoExport,
        options: KakaoOptions,
        zone: str,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> KakaoImportResult:
        now = self.clock.now()
        tick = Ticker(progress, cancel)
        tick.parse_total = main_size(export)
        child = Child(parsing.__name__)
        if cancel is not None:
            cancel.when_cancelled(child.stop)

        def parsed(line: int, lines: int) -> None:
            tick.parsed(tick.parse_total * line // max(1, lines))

        events = parsing.stream(export, ReadOptions(zone, options.me), child, parsed)
        try:
            return self._events(export, options, zone, now, tick, events)
        finally:
            child.stop()
            events.close()

    def _events(
        self,
        export: KakaoExport,
        options: KakaoOptions,
        zone: str,
        now: datetime,
        tick: Ticker,
        events: parsing.Events,
    ) -> KakaoImportResult:
        writer: _Writer | None = None
        first_row = self.log.last_row()
        for kind, payload in events:
            tick.check()
            if kind == "chat":
                chat: KakaoChat = payload
                writer = self._begin(export, chat, options, zone, now, tick)
            elif kind == "messages" and writer is not None:
                writer.add(payload)
                tick.report()
            elif kind == "end" and writer is not None:
                final, notes = payload
                return self._finish(export, writer, final, notes, first_row, tick, now)
        tick.check()  # a stream stopped by Cancel ends without its end
        raise Cancelled()

    def _begin(
        self,
        export: KakaoExport,
        chat: KakaoChat,
        options: KakaoOptions,
        zone: str,
        now: datetime,
        tick: Ticker,
    ) -> _Writer:
        """The chat is known: its record, its incident, and the export's files as evidence."""
        exports = self.stores.exports
        export_id = exports.add_export(
            chat.variant,
            export.name,
            now,
            app=APP,
            time_zone=zone,
            encoding=chat.encoding,
            me=options.me,
        )
        result = KakaoImportResult(export_id, chat.variant, chat.encoding, chat.newline, zone)
        record, known = self._chat(chat.name or export.name, now)
        incident_id, created = self._incident(record, options, export.name, zone)
        if incident_id != record.incident_id:
            record = replace(record, incident_id=incident_id)
            self.log.update_chat(record, now)
        result.chat_id, result.chat_name = record.id, record.name
        result.incident_id, result.incident_created = incident_id, created
        self._store_files(export, result, incident_id, tick, options.words)
        return _Writer(self, record, known, result)

    def _chat(self, name: str, now: datetime) -> tuple[Chat, set[int]]:
        """Her KakaoTalk chat of this name (made when new) and the ids it already holds."""
        found = self.log.chats_named(name, APP)
        if found:
            chat = found[-1]
            return chat, set(self.log.known_texts(chat.id))
        chat = Chat(name=name, app=APP)
        return replace(chat, id=self.log.add_chat(chat, now)), set()

    def _incident(
        self, chat: Chat, options: KakaoOptions, export_name: str, zone: str
    ) -> tuple[int, bool]:
        if options.incident_id is not None:
            return options.incident_id, False
        if chat.incident_id is not None and Incidents(self.vault).exists(chat.incident_id):
            return chat.incident_id, False
        incident = self.stores.journal.add_incident(
            Incident(
                title=options.words(INCIDENT_TITLE).format(chat=chat.name),
                platform=PLATFORM,
                place=chat.name,
                tags=(TAG,),
                description=options.words(INCIDENT_DESCRIPTION).format(
                    export=export_name, zone=zone
                ),
            )
        )
        return incident.id, True

    def _store_files(
        self,
        export: KakaoExport,
        result: KakaoImportResult,
        incident_id: int,
        tick: Ticker,
        words: Callable[[str], str],
    ) -> None:
        """The export's files into evidence, each with where it was inside the export."""
        vault = self.vault.path.resolve()
        files = [
            f
            for f in export_files(export)
            if not (f.path.parent.resolve() == vault.parent and f.name.startswith(vault.name))
        ]
        details = IntakeDetails(tags=(TAG,), incident_ids=(incident_id,))
        tick.files_total = sum(f.size for f in files)
        tick.files_count = len(files)
        placed: list[tuple[str, int]] = []
        done = 0
        intake = self.stores.intake
        for index, found in enumerate(files):
            inner = relative_name(export.root, found.path)
            described = replace(
                details, description=words(FILE_DESCRIPTION).format(export=export.name, path=inner)
            )
            taken = intake.import_found([found], described, cancel=tick.cancel)
            if taken.cancelled:
                raise Cancelled()
            result.problems += [ImportProblem(inner, p.error) for p in taken.problems]
            for item in taken.imported:
                placed.append((inner, item.evidence.id))
                self._count(result, item.evidence.id, item.duplicate)
                if found.path == export.main:
                    result.main_evidence_id = item.evidence.id
            done += found.size
            tick.files(done, index + 1)
        self.stores.exports.add_export_files(result.export_id, placed)

    @staticmethod
    def _count(result: KakaoImportResult, evidence_id: int, duplicate: bool) -> None:
        result.evidence_ids.append(evidence_id)
        if duplicate:
            result.files_known += 1
        else:
            result.files_added += 1

    def _finish(
        self,
        export: KakaoExport,
        writer: _Writer,
        chat: KakaoChat,
        notes: ReadNotes,
        first_row: int,
        tick: Ticker,
        now: datetime,
    ) -> KakaoImportResult:
        result = writer.result
        log = self.log
        log.link_media(result.export_id)
        tick.indexing()
        log.index_messages(first_row)
        for _, missing, linked, count in log.media_counts(result.export_id):
            if linked:
                result.media_stored += count
            elif missing:
                result.media_missing[missing] = result.media_missing.get(missing, 0) + count
        result.repairs = list(notes.repairs)
        if result.incident_created:
            self._date_incident(result, now)
        summary = {
            "app": APP,
            "chat": result.chat_name,
            "chats": [result.chat_name],  # as Telegram's: the case summary names the chat
            "variant": result.variant,
            "encoding": result.encoding,
            "line_ends": result.newline,
            "time_zone": result.time_zone,
            "saved_at": chat.saved_at,
            "messages_added": result.messages_added,
            "messages_known": result.messages_known,
            "messages_flagged": result.messages_flagged,
            "files_added": result.files_added,
            "files_known": result.files_known,
        }
        repairs = [r.text() for r in result.repairs]
        self.stores.exports.finish_export(
            result.export_id, result.main_evidence_id, repairs, summary
        )
        detail = (
            f"KakaoTalk export {export.name} ({result.variant}, {result.encoding}, "
            f"{result.newline}; times read in {result.time_zone}): {result.chat_name}; "
            f"{result.messages_added} new messages, {result.messages_known} already kept, "
            f"{result.messages_flagged} marked; {result.files_added} new files, "
            f"{result.files_known} already kept" + (f"; {' '.join(repairs)}" if repairs else "")
        )
        self.stores.custody.record(KAKAOTALK_IMPORT, result.main_evidence_id, detail)
        tick.finished()
        return result

    def _date_incident(self, result: KakaoImportResult, now: datetime) -> None:
        """A new incident spans the days of the messages (set once they are all read)."""
        if not result.first_local or result.incident_id is None:
            return
        start, end = result.first_local[:10], result.last_local[:10]
        when = When.parse(start if start == end else f"{start} .. {end}")
        incidents = Incidents(self.vault)
        incident = incidents.get(result.incident_id)
        incidents.update(replace(incident, when=when), incident.updated_at or now)


class _Writer:
    """Writes one chat's new messages, a batch at a time (inside the import's transaction)."""

    def __init__(
        self, use_case: KakaoTalkImport, chat: Chat, known: set[int], result: KakaoImportResult
    ) -> None:
        self.log = use_case.log
        self.chat = chat
        self.known = known
        self.result = result
        self.after = ""

    def add(self, batch: Sequence[ChatMessage]) -> None:
        new = [m for m in batch if m.message_id not in self.known]
        result = self.result
        result.messages_known += len(batch) - len(new)
        locals_ = [m.local_time for m in batch if m.local_time]
        if locals_:
            first, last = min(locals_), max(locals_)
            if not result.first_local or first < result.first_local:
                result.first_local = first
            result.last_local = max(result.last_local, last)
        if not new:
            return
        self.known.update(m.message_id for m in new)
        files = [[m.path if not m.missing else "" for m in message.media] for message in new]
        rows, media, self.after = self.log.message_rows(
            self.chat.id, new, files, result.export_id, self.after
        )
        self.log.write_messages(rows, media)
        result.messages_added += len(new)
        result.messages_flagged += sum(1 for m in new if m.flags)
