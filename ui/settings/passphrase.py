"""Settings → "Change the passphrase…": the one she uses now, the new one twice, with the
same honest strength hint as when the case file was made. The change runs on the worker
(`app.unlock.change`); a mistake is said in the dialog, which stays open with what she typed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.unlock.change import change_passphrase
from quietcase.ui import text
from quietcase.ui.session import Session
from quietcase.ui.unlock.start import Busy, strength_hint
from quietcase.ui.widgets.calm import keep_room, passphrase_line, wrapped_label


class PassphraseDialog(QDialog):
    chosen = Signal(str, str, str)  # the one in use, the new one, the new one again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._busy = False
        intro = wrapped_label(
            self,
            self.tr(
                "First the passphrase you use now, then the new one twice. Nobody can recover "
                "it if it is forgotten, so please write it down and keep it where only you can "
                "reach it. Backups made before keep the old passphrase."
            ),
        )
        self.current = passphrase_line(self)
        self.current.setAccessibleName(self.tr("The passphrase you use now"))
        self.new = passphrase_line(self)
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.again = passphrase_line(self)
        self.again.setAccessibleName(self.tr("Type the new one again"))
        self.show_box = QCheckBox(self.tr("Show what I type"), self)
        self.strength = wrapped_label(self, "", "hint")
        self.error = wrapped_label(self, "", "problem")
        self.error.hide()
        self.busy = Busy(self)
        self._keep_room()
        keep_room(self.busy)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("The passphrase you use now"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Type the new one again"), self.again)
        form.addRow("", self.show_box)
        form.addRow("", self.strength)
        self.change_button = QPushButton(self.tr("Change the passphrase"), self)
        self.change_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.show_box.toggled.connect(self._show_typed)
        self.new.textChanged.connect(self._update_hint)
        self.again.textChanged.connect(self._update_hint)
        self.change_button.clicked.connect(self._change)
        self.again.returnPressed.connect(self._change)
        self.cancel_button.clicked.connect(self.reject)
        self.change_button.setDefault(True)

    def _keep_room(self) -> None:
        """Room for a hint and an error of up to three lines each, so the buttons keep still
        while she types (again once shown: the style sheet's text size is known only then)."""
        keep_room(self.strength, 3)
        keep_room(self.error, 3)

    def showEvent(self, event: QShowEvent) -> None:
        self._keep_room()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(max(self.width(), 560), max(self.height(), self.sizeHint().height()))
        super().showEvent(event)

    def _show_typed(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for line in (self.current, self.new, self.again):
            line.setEchoMode(mode)

    def _update_hint(self) -> None:
        self.strength.setText(strength_hint(self.new.text(), self.again.text()))

    def _change(self) -> None:
        if not self.change_button.isEnabled():
            return
        self.show_error("")
        self.chosen.emit(self.current.text(), self.new.text(), self.again.text())

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.start(self.tr("Changing the passphrase… this takes a moment."))
        else:
            self.busy.stop()
        self._busy = busy
        for widget in (self.change_button, self.cancel_button, self.current, self.new, self.again):
            widget.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def reject(self) -> None:
        if not self._busy:  # not while the file is being re-encrypted (Esc, the close box)
            super().reject()

    def done(self, result: int) -> None:
        """Closed either way: what she typed does not stay in the fields."""
        for line in (self.current, self.new, self.again):
            line.clear()
        super().done(result)


class PassphraseChange(QObject):
    """The dialog and the job: asked from Settings; `changed(new)` once the case file opens
    only with the new passphrase (the window then updates the keychain's copy, if she keeps
    one); `notice(words)` for the Settings page."""

    changed = Signal(str)
    notice = Signal(str)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.dialog: PassphraseDialog | None = None

    def ask(self) -> PassphraseDialog:
        if self.dialog is None:
            self.dialog = PassphraseDialog(self.window.window())
            self.dialog.chosen.connect(self._chosen)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.current.setFocus()
        return self.dialog

    def _closed(self) -> None:
        self.dialog = None

    def _chosen(self, current: str, new: str, again: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return

        def job(case: Case) -> None:
            change_passphrase(case, current, new, again)

        def failed(error: UserError) -> None:
            if self.dialog is dialog:
                dialog.set_busy(False)
                dialog.show_error(text.error_text(error))

        def done(_none: None) -> None:
            self.changed.emit(new)
            self.notice.emit(
                self.tr(
                    "Your passphrase was changed. The old one no longer opens this case file; "
                    "backups made before still open with the old one."
                )
            )
            if self.dialog is dialog:
                dialog.set_busy(False)
                dialog.accept()

        dialog.set_busy(True)
        if not self.session.run(job, done, failed):
            dialog.set_busy(False)

    def close_for_lock(self) -> None:
        """Locked: the dialog goes, and what was typed in it."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.set_busy(False)
            dialog.done(QDialog.DialogCode.Rejected)
