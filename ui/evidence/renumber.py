"""Moving an item to another exhibit number before a document cites it (증 제n호증의 m).

The numbers are kept by `app.documents.exhibits`; this is the small question she answers: the
number, and a branch (0: none). A number already printed is noted in the custody log with the
old and the new number, so the dialog says so; a taken number is refused with the app's words
and the dialog stays open with what she typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.documents import exhibits
from quietcase.storage.exhibits import Exhibit
from quietcase.ui import text
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import PlainLabel


class ExhibitNumberDialog(QDialog):
    """Number and branch for one item, with what the change means."""

    def __init__(self, exhibit: Exhibit, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the exhibit number"))
        self.exhibit = exhibit
        now = exhibits.label(exhibit, text.korean())
        intro = PlainLabel(
            self.tr(
                "“{name}” is {label} in every document. You can give it another free number "
                "before you print. If a document with the old number was already made, the "
                "change is noted in the case's history with both numbers."
            ).format(name=filename, label=now),
            self,
        )
        intro.setWordWrap(True)
        self.number = QSpinBox(self)
        self.number.setRange(1, 9999)
        self.number.setValue(exhibit.number)
        self.number.setAccessibleName(self.tr("Exhibit number"))
        self.branch = QSpinBox(self)
        self.branch.setRange(0, 999)
        self.branch.setValue(exhibit.branch)
        self.branch.setSpecialValueText(self.tr("none"))
        self.branch.setAccessibleName(self.tr("Branch number (none for no branch)"))
        self.preview = PlainLabel(self)
        self.preview.setObjectName("hint")
        self.problem = PlainLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Number"), self.number)
        form.addRow(self.tr("&Branch"), self.branch)
        form.addRow(self.tr("Will read"), self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change the number"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.number.valueChanged.connect(self._changed)
        self.branch.valueChanged.connect(self._changed)
        self._changed()
        self.setMinimumWidth(460)

    def chosen(self) -> tuple[int, int]:
        return self.number.value(), self.branch.value()

    def _changed(self) -> None:
        number, branch = self.chosen()
        self.preview.setText(
            exhibits.label(Exhibit(self.exhibit.evidence_id, number, branch), text.korean())
        )
        self.problem.hide()

    def show_problem(self, words: str) -> None:
        self.problem.setText(words)
        self.problem.show()
        self.adjustSize()  # room for the words, nothing cut


class Renumbering(QObject):
    """Opens the question for the chosen item and keeps the answer (one transaction); a
    refused number is said in the dialog, which stays open with what she chose."""

    def __init__(
        self, session: Session, window: QWidget, done: Callable[[list[int]], None]
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.done = done  # reload the list, keeping this item chosen
        self.dialog: ExhibitNumberDialog | None = None

    def ask(self, exhibit: Exhibit | None, filename: str) -> ExhibitNumberDialog | None:
        if exhibit is None:
            return None
        self.close_for_lock()
        dialog = ExhibitNumberDialog(exhibit, filename, self.window)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self._keep(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _keep(self, dialog: ExhibitNumberDialog) -> None:
        number, branch = dialog.chosen()
        evidence_id = dialog.exhibit.evidence_id

        def job(case: Case) -> Exhibit:
            return exhibits.renumber(case, evidence_id, number, branch)

        def kept(_exhibit: Exhibit) -> None:
            dialog.accept()
            self.dialog = None
            self.done([evidence_id])

        def refused(error: UserError) -> None:
            dialog.show_problem(text.error_text(error))

        self.session.run(job, kept, refused)

    def close_for_lock(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
