"""Restore from a backup: check it, write it as a new case file, and open that.

Reached from the welcome screen ("I have a backup") and from the Backup page. It never
overwrites a file: the restored case is always a new file, and the backup is only read. With
a case open, that case is locked first (it stays exactly as it is).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from quietcase.app.backup.backups import restore_backup
from quietcase.app.core.errors import UserError
from quietcase.app.settings import default_case_folder, restored_path
from quietcase.app.unlock.passphrase import require_usable
from quietcase.ui import text
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session
from quietcase.ui.unlock.easy import use_anyway
from quietcase.ui.unlock.start import StartScreen
from quietcase.ui.widgets.calm import centred_column, passphrase_line, wrapped_label
from quietcase.ui.widgets.long_job import JobBar


class RestorePage(QWidget):
    back = Signal()
    choose_backup = Signal()
    choose_place = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self)
        column.addWidget(wrapped_label(self, self.tr("Restore from a backup"), "title"))
        column.addWidget(
            wrapped_label(
                self,
                self.tr(
                    "Quietcase checks the backup first, then makes a new case file from it and "
                    "opens it. The backup itself is not changed, and no file is ever replaced."
                ),
            )
        )
        self.backup = QLineEdit(self)
        self.backup_button = QPushButton(self.tr("Choose…"), self)
        self.path = QLineEdit(self)
        self.place_button = QPushButton(self.tr("Choose…"), self)
        self.passphrase = passphrase_line(self)
        self.new_box = QCheckBox(self.tr("Give the restored case file a new passphrase"), self)
        self.new = passphrase_line(self)
        self.new.setPlaceholderText(self.tr("New passphrase"))
        self.again = passphrase_line(self)
        self.again.setPlaceholderText(self.tr("Type it again"))
        form = QFormLayout()
        form.addRow(self.tr("The backup"), self._row(self.backup, self.backup_button))
        form.addRow(self.tr("Its passphrase"), self.passphrase)
        form.addRow(self.tr("Save the new case file as"), self._row(self.path, self.place_button))
        form.addRow("", self.new_box)
        form.addRow("", self.new)
        form.addRow("", self.again)
        column.addLayout(form)
        self.error = wrapped_label(self, "", "problem")
        self.error.hide()
        column.addWidget(self.error)
        self.job = JobBar(self)
        column.addWidget(self.job)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("primary")
        self.back_button = QPushButton(self.tr("Back"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        column.addLayout(buttons)
        column.addStretch(1)
        self.new_box.toggled.connect(self._show_new)
        self.back_button.clicked.connect(self.back)
        self.backup_button.clicked.connect(self.choose_backup)
        self.place_button.clicked.connect(self.choose_place)
        self.restore_button.clicked.connect(self.restore_requested)
        self.passphrase.returnPressed.connect(self.restore_requested)
        self._show_new(False)

    def _row(self, line: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(line, 1)
        row.addWidget(button)
        return row

    def _show_new(self, on: bool) -> None:
        self.new.setVisible(on)
        self.again.setVisible(on)

    def reset(self, where: Path) -> None:
        self.backup.clear()
        self.path.setText(str(restored_path(where)))
        for line in (self.passphrase, self.new, self.again):
            line.clear()
        self.new_box.setChecked(False)
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_busy(self, busy: bool) -> None:
        for widget in (self.restore_button, self.back_button, self.backup_button):
            widget.setEnabled(not busy)


class RestoreFlow(QObject):
    """Connects the restore page to the window: choose, restore on the worker, open.

    `start` holds the pages seen before a case is open (the restore page joins them);
    `lock` locks the open case, `show_start` goes back to the first page, `bring_forward`
    shows the `start` pages in the window."""

    def __init__(
        self,
        parent: QWidget,
        start: StartScreen,
        session: Session,
        *,
        lock: Callable[[], None],
        show_start: Callable[[], None],
        bring_forward: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.start = start
        self.session = session
        self.lock = lock
        self.bring_forward = bring_forward
        self.page = RestorePage(start)
        start.addWidget(self.page)
        start.welcome.restore_chosen.connect(self.show)
        self.page.back.connect(show_start)
        self.page.choose_backup.connect(self._choose_backup)
        self.page.choose_place.connect(self._choose_place)
        self.page.restore_requested.connect(self.restore)

    def show(self) -> None:
        self.page.reset(default_case_folder())
        self.start.setCurrentWidget(self.page)
        self.bring_forward()
        self.page.backup.setFocus()

    def from_open_case(self) -> None:
        if not Prompts.confirm(
            self.parent_widget,
            self.tr("Restore from a backup"),
            self.tr(
                "To restore, Quietcase locks this case file (it stays exactly as it is) and "
                "makes a new case file from the backup. Go on?"
            ),
            self.tr("Lock and restore"),
        ):
            return
        self.lock()
        self.show()

    def _choose_backup(self) -> None:
        path = Prompts.open_path(
            self.parent_widget, self.tr("Choose the backup to restore"), Path.home()
        )
        if path is not None:
            self.page.backup.setText(str(path))

    def _choose_place(self) -> None:
        current = Path(self.page.path.text() or restored_path(default_case_folder()))
        path = Prompts.save_path(
            self.parent_widget, self.tr("Where to keep the new case file"), current
        )
        if path is not None:
            self.page.path.setText(str(path if path.suffix else path.with_suffix(".quietcase")))

    def restore(self) -> None:
        page = self.page
        backup = Path(page.backup.text().strip()).expanduser()
        target = Path(page.path.text().strip()).expanduser()
        passphrase = page.passphrase.text()
        if not page.backup.text().strip():
            page.show_error(self.tr("Please choose the backup to restore."))
            return
        if not passphrase:
            page.show_error(self.tr("Please type the backup's passphrase."))
            return
        if not target.suffix:
            target = target.with_suffix(".quietcase")
        new: str | None = None
        try:
            if page.new_box.isChecked():
                new = require_usable(page.new.text(), page.again.text())
        except UserError as exc:
            page.show_error(text.error_text(exc))
            return
        if new is not None and not use_anyway(self.parent_widget, new):
            return
        page.show_error("")
        page.set_busy(True)
        clock = self.session.clock

        def job(progress: Any, cancel: Any) -> Path:
            return restore_backup(backup, target, passphrase, clock, new, progress, cancel)

        page.job.run_on(
            self.session.worker,
            self.tr("Checking the backup and restoring it…"),
            job,
            lambda path: self._restored(path, new or passphrase),
            self._failed,
            lambda: self._failed(None),
        )

    def _restored(self, path: Path, passphrase: str) -> None:
        self.page.passphrase.clear()
        self.page.new.clear()
        self.page.again.clear()
        self.session.open(path, passphrase, self._failed)

    def _failed(self, error: UserError | None) -> None:
        self.page.set_busy(False)
        if error is None:
            self.page.show_error(self.tr("Stopped. Nothing was restored or left behind."))
        else:
            self.page.show_error(text.error_text(error))
