"""Opening editors, deleting with a way back, and keeping drafts across a lock.

One editor per record: asking to edit a record whose editor is open brings that editor to
the front. Deleting asks first and can be undone until Quietcase closes (the snapshot is kept
inside the vault, see `app.journal.bin`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.kinds import JOURNAL_KINDS, RecordKind
from quietcase.app.evidence.recording import Adding
from quietcase.app.evidence.view import EvidenceEntry
from quietcase.app.journal import bin as case_bin
from quietcase.app.journal.drafts import Draft
from quietcase.app.journal.records import JournalRecord
from quietcase.storage.records import Contact, Deadline, Evidence, Incident, Request
from quietcase.ui import text
from quietcase.ui.evidence.notes import EvidenceDialog
from quietcase.ui.journal.editor import RecordDialog
from quietcase.ui.journal.incident import IncidentDialog
from quietcase.ui.journal.quick_record import QUICK, QuickRecordDialog
from quietcase.ui.journal.record_editors import ContactDialog, DeadlineDialog, RequestDialog
from quietcase.ui.journal.recording import RecordingEditor
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session
from quietcase.ui.text import error_text

Choices = Sequence[tuple[int, str]]


def incident_label(incident: Incident) -> str:
    """How pickers name an incident: "around March 2024 · title · Telegram · #deepfake"."""
    parts = [text.when_text(incident.when), incident.title, incident.platform]
    parts += [f"#{tag}" for tag in incident.tags]
    return " · ".join(p for p in parts if p)


class Editors(QObject):
    """Needs from the window: the current lists (for choices) and a way to show messages."""

    changed = Signal(str)  # a record of this kind was saved, deleted or brought back
    undo_available = Signal(str)  # words for the undo bar ("" hides it)
    message = Signal(str)  # an error to show gently

    def __init__(
        self,
        session: Session,
        parent_widget: QWidget,
        contacts: Callable[[], Choices],
        incidents: Callable[[], Choices],
        platforms: Callable[[], Sequence[str]],
        tags: Callable[[], Sequence[str]],
    ) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.window = parent_widget
        self._contacts = contacts
        self._incidents = incidents
        self._platforms = platforms
        self._tags = tags
        self.evidence_choices: Callable[[], Sequence[EvidenceEntry]] = list
        self.reveal_all: Callable[[], bool] = lambda: False  # Settings: pictures unblurred
        self.reopen_intake: Callable[[Draft], None] | None = None  # "Add evidence" drafts
        self.open: dict[str, RecordDialog] = {}
        self._deleted: list[case_bin.Deleted] = []

    # -- opening -------------------------------------------------------------------------

    def edit(
        self, kind: RecordKind, record: Any | None, draft: Draft | None = None
    ) -> RecordDialog:
        key = f"{kind}:{record.id if record is not None else 'new'}"
        if key in self.open and draft is None:
            dialog = self.open[key]
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = self._make(kind, record)
        if draft is not None:
            dialog.restore_draft(draft)
        self._opened(dialog)
        return dialog

    def quick_record(
        self, adding: Sequence[Adding] = (), draft: Draft | None = None
    ) -> QuickRecordDialog:
        """Ctrl+N, the timeline's Quick record, a picture pasted on the Evidence page."""
        key = f"{RecordKind.INCIDENT}:{QUICK}"
        dialog = self.open.get(key)
        if isinstance(dialog, QuickRecordDialog) and draft is None:
            if adding:
                dialog.evidence.add(adding)
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = QuickRecordDialog(self.session, self.window, adding)
        dialog.evidence.pictures.reveal_all = self.reveal_all()
        if draft is not None:
            dialog.restore_draft(draft)
        self._opened(dialog)
        return dialog

    def _opened(self, dialog: RecordDialog) -> None:
        self.open[dialog.draft_key] = dialog
        if isinstance(dialog, RecordingEditor):
            dialog.problems.connect(self.message)
        dialog.saved.connect(lambda k, _id: self.changed.emit(k))
        dialog.finished.connect(lambda _code, d=dialog: self._forget(d))
        dialog.show()

    def _make(self, kind: RecordKind, record: Any | None) -> RecordDialog:
        if kind == RecordKind.INCIDENT:
            dialog = IncidentDialog(
                self.session,
                record,
                self._contacts(),
                self._platforms(),
                self._tags(),
                self.window,
                self.evidence_choices(),
            )
            dialog.evidence.pictures.reveal_all = self.reveal_all()
            return dialog
        if kind == RecordKind.CONTACT:
            return ContactDialog(self.session, record, self.window)
        if kind == RecordKind.DEADLINE:
            return DeadlineDialog(self.session, record, self._incidents(), self.window)
        if kind == RecordKind.EVIDENCE:
            assert record is not None  # evidence is only edited, never made here
            return EvidenceDialog(
                self.session, record, self._incidents(), self.evidence_tags(), self.window
            )
        return RequestDialog(self.session, record, self._contacts(), self._incidents(), self.window)

    def evidence_tags(self) -> Sequence[str]:
        return self._tags()

    def _forget(self, dialog: RecordDialog) -> None:
        for key, open_dialog in list(self.open.items()):
            if open_dialog is dialog:
                del self.open[key]

    def open_by_id(self, kind: str, record_id: int) -> None:
        """Load a record (from search) and open its editor."""
        getters: dict[str, Callable[[Case], Any]] = {
            RecordKind.INCIDENT: lambda c: c.journal.incident(record_id),
            RecordKind.CONTACT: lambda c: c.journal.contact(record_id),
            RecordKind.DEADLINE: lambda c: c.journal.deadline(record_id),
            RecordKind.REQUEST: lambda c: c.journal.request(record_id),
            RecordKind.EVIDENCE: lambda c: c.evidence.item(record_id),
        }
        getter = getters.get(kind)
        if getter is None:
            return
        known = RecordKind(kind)  # one of the kinds above
        self.session.run(getter, lambda record: self.edit(known, record), self._failed)

    # -- deleting ------------------------------------------------------------------------

    def delete(
        self, kind: RecordKind, record: Incident | Contact | Deadline | Request, name: str
    ) -> None:
        question = self.tr(
            "Delete “{name}”? You can bring it back with Undo until you close Quietcase."
        ).format(name=name or self.tr("this record"))
        if not Prompts.confirm(self.window, self.tr("Delete?"), question, self.tr("Delete")):
            return
        record_id = record.id

        def job(case: Case) -> case_bin.Deleted:
            return case_bin.delete(case.journal, kind, record_id)

        self.session.run(job, self._was_deleted, self._failed)

    def _was_deleted(self, deleted: case_bin.Deleted) -> None:
        self._deleted.append(deleted)
        self.changed.emit(deleted.kind)
        self.announce()

    def undo(self) -> None:
        if not self._deleted:
            return
        deleted = self._deleted.pop()

        def job(case: Case) -> int:
            return case_bin.undo(case.journal, deleted)

        def done(_new_id: int) -> None:
            self.changed.emit(deleted.kind)
            self.announce()

        def failed(error: UserError) -> None:
            self._failed(error)
            self.announce()

        self.session.run(job, done, failed)

    def announce(self) -> None:
        if not self._deleted:
            self.undo_available.emit("")
            return
        last = self._deleted[-1]
        if last.title:
            words = self.tr("“{title}” was deleted.").format(title=last.title)
        else:
            words = self.tr("A record was deleted.")
        self.undo_available.emit(words)

    # -- locking -------------------------------------------------------------------------

    def close_all_for_lock(self) -> list[tuple[str, Draft]]:
        """Close every editor without asking; what was typed comes back as drafts."""
        kept = []
        for dialog in list(self.open.values()):
            draft = dialog.close_for_lock()
            if draft is not None:
                kept.append(draft)
        self.open.clear()
        # Record titles leave memory with the lock; undo itself still works after unlocking.
        self._deleted = [replace(d, title="") for d in self._deleted]
        self.undo_available.emit("")
        return kept

    @staticmethod
    def keep_drafts(case: Case, kept: list[tuple[str, Draft]]) -> None:
        """Runs on the worker before the vault closes."""
        for key, fields in kept:
            case.drafts.save(key, fields)

    def reopen_drafts(self) -> None:
        """After unlocking: open an editor for every kept draft."""

        def job(case: Case) -> list[tuple[str, Draft, Any]]:
            found: list[tuple[str, Draft, Any]] = []
            for key, fields in case.drafts.all().items():
                kind, _, raw_id = key.partition(":")
                if key == f"{RecordKind.INCIDENT}:{QUICK}":
                    found.append((QUICK, fields, None))
                    continue
                if kind == "intake":  # asked again at once; kept again at the next lock
                    case.drafts.discard(key)
                    found.append((kind, fields, None))
                    continue
                record: Evidence | JournalRecord | None = None
                if raw_id.isdigit():
                    try:
                        if kind == RecordKind.EVIDENCE:
                            record = case.evidence.item(int(raw_id))
                        else:
                            record = case.journal.record(RecordKind(kind), int(raw_id))
                    except (UserError, ValueError, KeyError):  # gone, or not a kind we know
                        # The record is gone: keep what she typed as a new one instead.
                        if kind != RecordKind.EVIDENCE:  # an item that is gone has no "new" form
                            case.drafts.save(f"{kind}:new", fields)
                        case.drafts.discard(key)
                found.append((kind, fields, record))
            return found

        def done(found: list[tuple[str, Draft, Any]]) -> None:
            for kind, fields, record in found:
                if kind == QUICK:
                    self.quick_record(draft=fields)
                elif kind in JOURNAL_KINDS:
                    self.edit(RecordKind(kind), record, draft=fields)
                elif kind == RecordKind.EVIDENCE and record is not None:
                    self.edit(RecordKind.EVIDENCE, record, draft=fields)
                elif kind == "intake" and self.reopen_intake is not None:
                    self.reopen_intake(fields)

        self.session.run(job, done, self._failed)

    def _failed(self, error: UserError) -> None:
        self.message.emit(error_text(error))
