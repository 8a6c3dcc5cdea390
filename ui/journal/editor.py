"""What every editor shares: saving through the worker, kind errors, and never losing text.

An editor is not modal, so the Lock button stays in reach while it is open. Closing it with
changes asks whether to save them; locking (by hand or when idle) keeps its contents as an
encrypted draft in the vault, and the editor opens again with them after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.kinds import RecordKind
from quietcase.app.journal.drafts import Draft
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session
from quietcase.ui.text import error_text
from quietcase.ui.widgets.calm import keep_room
from quietcase.ui.widgets.plain import PlainLabel


class RecordDialog(QDialog):
    """Base of the four editors. Subclasses build their fields into `form` (or `body`) and
    implement `fields`, `load_fields`, `build` and `write`."""

    kind: RecordKind  # set by each editor
    saved = Signal(str, int)  # kind, id of the record as saved

    def __init__(self, session: Session, record_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_id = record_id
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._finished = False
        self._saving = False

        self.heading = PlainLabel(self)
        self.heading.setObjectName("heading")
        self.windowTitleChanged.connect(self.heading.setText)

        self.restored_note = PlainLabel(
            self.tr(
                "This is what you were writing when Quietcase locked. Nothing was lost; "
                "save it when you are ready."
            ),
            self,
        )
        self.restored_note.setObjectName("note")
        self.restored_note.setWordWrap(True)
        self.restored_note.hide()

        self.body = QVBoxLayout()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # The error has its room kept (two lines), so nothing moves when it comes or goes.
        self.error = PlainLabel(self)
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        keep_room(self.error, 2)
        self.error.hide()
        self._fault: tuple[QWidget | None, Callable[[], object] | None] | None = None
        self._watching = False

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(12)
        outer.addWidget(self.heading)
        outer.addWidget(self.restored_note)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        self._baseline: Draft = {}

    # -- for subclasses ------------------------------------------------------------------

    def fields(self) -> Draft:
        """Everything in the form as plain JSON values (for drafts and change tracking)."""
        raise NotImplementedError

    def load_fields(self, fields: Draft) -> None:
        raise NotImplementedError

    def build(self) -> Any:
        """The record from the form (raises `UserError` for what the form itself can check)."""
        raise NotImplementedError

    @staticmethod
    def write(case: Case, record: Any) -> Any:
        """Save `record` (runs on the worker thread: a plain function, no widgets)."""
        raise NotImplementedError

    def checks(self) -> list[tuple[QWidget, Callable[[], object]]]:
        """What the form can check by itself, field by field in the order she sees them:
        (the field, a check raising `UserError`)."""
        return []

    def field_widgets(self) -> dict[str, QWidget]:
        """Fields by the name the app's messages give them (`validation.TITLE`...), to lead
        her to the field a refused save was about."""
        return {}

    # -- state ---------------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        return f"{self.kind}:{self.record_id or 'new'}"

    def mark_clean(self) -> None:
        self._baseline = self.fields()

    def has_changes(self) -> bool:
        return self.fields() != self._baseline

    def restore_draft(self, fields: Draft) -> None:
        """Fill the form from a kept draft; it counts as unsaved until she saves."""
        self.load_fields(fields)
        self.restored_note.show()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if not message:
            self._fault = None

    def show_fault(
        self, message: str, widget: QWidget | None, check: Callable[[], object] | None = None
    ) -> None:
        """Say what to change, open the tab that has the field and put her in it; the words
        go as soon as the field is right (`check` passes, or she changes the field)."""
        self.show_error(message)
        self._fault = (widget, check)
        if widget is None:
            return
        for tabs in self.findChildren(QTabWidget):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    tabs.setCurrentIndex(index)
        target = widget.focusProxy() or widget
        lines = widget.findChildren(QLineEdit)
        if target is widget and lines and not isinstance(widget, QLineEdit | QComboBox):
            target = lines[0]
        target.setFocus()
        self._watch_fields()

    def _watch_fields(self) -> None:
        if self._watching:
            return
        self._watching = True
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(lambda _t, w=line: self._recheck(w))
        for edit in self.findChildren(QPlainTextEdit):
            edit.textChanged.connect(lambda w=edit: self._recheck(w))
        for combo in self.findChildren(QComboBox):
            combo.currentTextChanged.connect(lambda _t, w=combo: self._recheck(w))
        for table in self.findChildren(QTableWidget):
            table.itemChanged.connect(lambda _i, w=table: self._recheck(w))

    def _recheck(self, changed: QWidget) -> None:
        if self._fault is None:
            return
        widget, check = self._fault
        if check is None:  # a refusal from the case file: gone once she changes that field
            if widget is None or widget is changed or widget.isAncestorOf(changed):
                self.show_error("")
            return
        try:
            check()
        except UserError as exc:
            self.error.setText(error_text(exc))  # still wrong: say what is wrong now
            return
        self.show_error("")

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        for widget, check in self.checks():
            try:
                check()
            except UserError as exc:
                self.show_fault(error_text(exc), widget, check)
                return
        try:
            record = self.build()
        except UserError as exc:
            self.show_fault(error_text(exc), None)
            return
        key = self.draft_key
        write = self.write  # a static method: the job never touches this dialog

        def job(case: Case) -> Any:
            def both() -> Any:  # the record and the end of its draft: together or neither
                saved = write(case, record)
                case.drafts.discard(key)
                return saved

            return case.together(both)

        self._saving = True
        self.save_button.setEnabled(False)
        if not self.session.run(job, self._saved, self._failed):
            self._saving = False
            self.save_button.setEnabled(True)

    def _saved(self, record: Any) -> None:
        self._saving = False
        self.record_id = int(record.id)
        self.saved.emit(self.kind, self.record_id)
        self._finish(QDialog.DialogCode.Accepted)

    def _failed(self, error: UserError) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        field = error.params.get("field") if isinstance(error, UserError) else None
        widget = self.field_widgets().get(str(field)) if field else None
        self.show_fault(error_text(error), widget)

    # -- closing -------------------------------------------------------------------------

    def _finish(self, code: QDialog.DialogCode) -> None:
        self._finished = True
        self.done(code)
        self.wipe()

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask before dropping changes."""
        if self._finished or not self.has_changes():
            self._discard_and_close()
            return
        answer = Prompts.choose(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved yet. What would you like to do?"),
            [
                ("save", self.tr("Save them")),
                ("discard", self.tr("Discard them")),
                ("stay", self.tr("Keep editing")),
            ],
            default="save",
            escape="stay",
        )
        if answer == "save":
            self.save()
        elif answer == "discard":
            self._discard_and_close()

    def _discard_and_close(self) -> None:
        if self.restored_note.isVisible():
            key = self.draft_key
            self.session.run(lambda case: case.drafts.discard(key))
        self._finish(QDialog.DialogCode.Rejected)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        event.ignore()
        self.reject()

    def close_for_lock(self) -> tuple[str, Draft] | None:
        """Close without asking; returns the draft to keep if anything was typed."""
        draft = (
            (self.draft_key, self.fields())
            if self.has_changes() or (self.restored_note.isVisible())
            else None
        )
        self._finish(QDialog.DialogCode.Rejected)
        return draft

    def wipe(self) -> None:
        """Empty every field (the dialog is deleted a moment later; until then it holds no
        record text)."""
        for line in self.findChildren(QLineEdit):
            line.clear()
        for edit in self.findChildren(QPlainTextEdit):
            edit.clear()
        for listing in self.findChildren(QListWidget):
            listing.clear()
        for table in self.findChildren(QTableWidget):
            table.setRowCount(0)
        for combo in self.findChildren(QComboBox):
            combo.clear()
        self.setWindowTitle("")
