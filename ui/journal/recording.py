"""What the incident editor and the quick record form share: her screenshots in the form.

Ctrl+V anywhere in the form adds a copied picture (text still pastes into a text field),
files and folders dropped onto it are added, and Save stores the incident with everything
added in one transaction, with progress and a Cancel that undoes all of it. What she typed
and added is kept as an encrypted draft as she goes (a moment after each change, at once
after a picture), so neither a lock nor a crash loses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from quietcase.app.case import Case
from quietcase.app.core import validation
from quietcase.app.core.kinds import RecordKind
from quietcase.app.core.progress import CancelToken, ProgressCallback, ignore_progress
from quietcase.app.documents import acts
from quietcase.app.evidence import recording
from quietcase.app.evidence.recording import Adding, Recorded
from quietcase.app.journal.drafts import Draft
from quietcase.storage.records import Incident
from quietcase.ui.evidence.drops import FileDrops
from quietcase.ui.evidence.intake import ProgressRelay
from quietcase.ui.evidence.pasting import has_evidence
from quietcase.ui.journal.editor import RecordDialog
from quietcase.ui.journal.incident_evidence import IncidentEvidence
from quietcase.ui.session import Session
from quietcase.ui.text import error_text

KEEP_AFTER_MS = 800  # a pause in typing, then the draft is kept


@dataclass
class Recording:
    """Everything Save hands to the worker: plain data and a token, no widgets."""

    incident: Incident
    wanted: list[int] = field(default_factory=list)
    offered: list[int] = field(default_factory=list)
    adding: list[Adding] = field(default_factory=list)
    act: bool | None = None
    progress: ProgressCallback = ignore_progress
    cancel: CancelToken | None = None


class RecordingEditor(RecordDialog):
    """Base of the incident editor and the quick record form."""

    kind = RecordKind.INCIDENT
    problems = Signal(str)  # saved, but some files she added could not be read
    pictures_here: IncidentEvidence  # set by `attach`
    title: QLineEdit  # what happened, in a few words: every such form has it

    def __init__(self, session: Session, record_id: int, parent: QWidget | None) -> None:
        super().__init__(session, record_id, parent)
        self.evidence_tab: QWidget | None = None  # the tab to show when she adds something
        self.relay: ProgressRelay | None = None
        self.token: CancelToken | None = None
        self._kept = False  # a draft of this form is in the case file
        self._keep_timer = QTimer(self)
        self._keep_timer.setSingleShot(True)
        self._keep_timer.timeout.connect(self.keep_draft)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self._paste)
        FileDrops(self, self._dropped, lambda: session.is_open)

    def attach(self, evidence: IncidentEvidence) -> None:
        """Call once the form is built: `evidence` takes what she adds."""
        self.pictures_here = evidence
        evidence.changed.connect(lambda: self.keep_soon(0))
        evidence.notice.connect(self.show_error)
        evidence.import_bar.cancel_requested.connect(self.cancel_saving)
        for line in self.findChildren(QLineEdit):
            line.installEventFilter(self)  # Ctrl+V with a picture: evidence, not text
            line.textChanged.connect(lambda _t: self.keep_soon())
        for edit in self.findChildren(QPlainTextEdit):
            edit.installEventFilter(self)
            edit.textChanged.connect(self.keep_soon)

    # -- adding --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and has_evidence(QGuiApplication.clipboard().mimeData())
        ):
            if event.type() == QEvent.Type.KeyPress:
                self._paste()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _paste(self) -> None:
        if self.pictures_here.paste():
            self._show_evidence()

    def _dropped(self, paths: list[Path], _at: QPoint) -> None:
        self.pictures_here.add_paths(paths)
        self._show_evidence()

    def _show_evidence(self) -> None:
        tabs = getattr(self, "tabs", None)
        if tabs is not None and self.evidence_tab is not None:
            tabs.setCurrentWidget(self.evidence_tab)

    # -- keeping a draft as she goes -----------------------------------------------------

    def keep_soon(self, after: int = KEEP_AFTER_MS) -> None:
        if not self._finished and not self._saving:
            self._keep_timer.start(after)

    def keep_draft(self) -> None:
        if self._finished or self._saving or not self.has_changes():
            return
        key, fields = self.draft_key, self.fields()

        def job(case: Case) -> None:
            case.drafts.save(key, fields)

        self._kept = self.session.run(job) or self._kept

    def _discard_and_close(self) -> None:
        self._keep_timer.stop()
        if self._kept and not self.restored_note.isVisible():
            key = self.draft_key
            self.session.run(lambda case: case.drafts.discard(key))
        super()._discard_and_close()

    def close_for_lock(self) -> tuple[str, Draft] | None:
        self._keep_timer.stop()
        return super().close_for_lock()

    # -- saving --------------------------------------------------------------------------

    def check_title(self) -> str:
        return validation.text(self.title.text(), validation.TITLE, required=True)

    def recording(self, incident: Incident, act: bool | None = None) -> Recording:
        """What Save stores; with new files, a progress bar and a Cancel that works."""
        self._keep_timer.stop()
        adding = self.pictures_here.new_items()
        job = Recording(
            incident,
            list(self.pictures_here.linked),
            sorted(self.pictures_here.entries),
            adding,
            act,
        )
        if adding:
            self.token = job.cancel = CancelToken()
            self.relay = ProgressRelay()
            self.relay.progressed.connect(self.pictures_here.import_bar.update_progress)
            job.progress = self.relay.report
            self.pictures_here.import_bar.start(self.tr("Saving, with the files you added…"))
        return job

    def cancel_saving(self) -> None:
        if self.token is not None:
            self.token.cancel()

    @staticmethod
    def write(case: Case, record: Any) -> Recorded:
        assert isinstance(record, Recording)
        done: Recorded = recording.record(
            case,
            record.incident,
            record.wanted,
            record.offered,
            record.adding,
            record.progress,
            record.cancel,
        )
        if record.act is not None:
            acts.choose(case, [done.incident.id], record.act)
        return done

    def _saving_over(self) -> None:
        self.token = None
        self.relay = None
        self.pictures_here.import_bar.finish()

    def _saved(self, record: Any) -> None:
        self._saving_over()
        problems = record.report.problems if isinstance(record, Recorded) else []
        if problems:  # the rest was kept; she hears which files were not
            self.problems.emit(" ".join(error_text(p.error) for p in problems[:3]))
        super()._saved(record)

    def _failed(self, error: Any) -> None:
        self._saving_over()
        super()._failed(error)

    def wipe(self) -> None:
        self._keep_timer.stop()
        self.pictures_here.clear()
        super().wipe()
