"""Backup: an encrypted copy of the whole case, checked, and listed with how its check went.

"Back up now" asks for a folder the first time (a USB stick, ideally) and remembers it inside
the case file. The backup is encrypted with her passphrase, typed here each time and never
kept, or with a separate one she chooses. "Check a backup" opens one and checks every page
and every evidence file. A gentle reminder (`BackupReminder`, shown above the pages) appears
when there is evidence but no backup, or the last one is older than she chose in Settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.backup.backups import check_backup, make_backup
from quietcase.app.backup.history import (
    KnownBackup,
    backup_folder,
    forget_backup,
    known_backups,
    note_check,
    passphrase_opens,
    remember_backup,
)
from quietcase.app.case import Case, VerifyReport
from quietcase.app.core.errors import UserError
from quietcase.app.overview import CaseOverview
from quietcase.app.settings import Settings, SettingsStore
from quietcase.ui import text
from quietcase.ui.backup.words import NOT_THE_PASSPHRASE, BackupReminder, KnownList, ReminderChoice
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session
from quietcase.ui.unlock.easy import use_anyway
from quietcase.ui.widgets.flow import FlowLayout
from quietcase.ui.widgets.long_job import JobBar, PageJobs
from quietcase.ui.widgets.plain import PlainLabel


def _passphrase_line(parent: QWidget, placeholder: str) -> QLineEdit:
    line = QLineEdit(parent)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setPlaceholderText(placeholder)
    line.setMaximumWidth(340)
    return line


class BackupPage(PageJobs, QWidget):
    changed = Signal()  # a backup was written: the status line and the reminder change
    restore_requested = Signal()

    def __init__(
        self, session: Session, settings: Settings, store: SettingsStore, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.store = store
        self.folder: Path | None = None
        self.reminder = BackupReminder(parent)
        heading = PlainLabel(self.tr("Backup"), self)
        heading.setObjectName("heading")
        intro = PlainLabel(
            self.tr(
                "A backup is an encrypted copy of your whole case: records, evidence files and "
                "the custody log. Keep it on a USB stick or a drive you keep somewhere safe, "
                "away from this computer, so your case survives if the computer is lost, "
                "broken or taken."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setMaximumWidth(760)

        self.passphrase = _passphrase_line(self, self.tr("Your passphrase"))
        self.separate = QCheckBox(self.tr("Give the backup its own passphrase"), self)
        self.own = _passphrase_line(self, self.tr("The backup's passphrase"))
        self.own_again = _passphrase_line(self, self.tr("Type it again"))
        own_row = QHBoxLayout()
        own_row.addWidget(self.own)
        own_row.addWidget(self.own_again)
        own_row.addStretch(1)
        self.own_box = QWidget(self)
        self.own_box.setLayout(own_row)
        own_row.setContentsMargins(0, 0, 0, 0)
        self.own_box.hide()
        self.where = PlainLabel(self)
        self.where.setObjectName("hint")
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.setObjectName("link")
        where_row = QHBoxLayout()
        where_row.addWidget(self.where)
        where_row.addSpacing(8)
        where_row.addWidget(self.change_button)
        where_row.addStretch(1)
        self.remind = ReminderChoice(self)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # At 200 % text a label goes above its field rather than pushing it off the page.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self._hint(self.tr("Needed for each backup and check; it is not kept.")))
        form.addRow("", self.separate)
        form.addRow("", self.own_box)
        form.addRow(self.tr("Back up to"), where_row)
        form.addRow(self.tr("Remind me"), self.remind)

        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.setObjectName("primary")
        self.check_button = QPushButton(self.tr("Check a backup…"), self)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        buttons = FlowLayout()  # one row, or more at 200 % text
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.restore_button)
        self.job = JobBar(self)
        self.note = PlainLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")

        self.list = KnownList(self)
        self.check_selected = QPushButton(self.tr("Check this backup"), self)
        self.forget_selected = QPushButton(self.tr("Take off the list"), self)
        self.forget_selected.setToolTip(self.tr("The backup file itself is left where it is."))
        under = QHBoxLayout()
        under.addWidget(self.check_selected)
        under.addWidget(self.forget_selected)
        under.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.job)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        known = PlainLabel(self.tr("Backups Quietcase knows of"), self)
        known.setObjectName("subheading")
        known.setBuddy(self.list)  # its name for a screen reader
        layout.addWidget(known)
        layout.addWidget(self.list, 1)
        layout.addLayout(under)

        self.separate.toggled.connect(self.own_box.setVisible)
        self.change_button.clicked.connect(self.choose_folder)
        self.backup_button.clicked.connect(self.back_up)
        self.check_button.clicked.connect(self.check_other)
        self.check_selected.clicked.connect(self.check_current)
        self.forget_selected.clicked.connect(self.forget_current)
        self.restore_button.clicked.connect(self.restore_requested)
        self.remind.currentIndexChanged.connect(self._remind_changed)
        self.list.currentItemChanged.connect(lambda *_: self._set_buttons())
        session.opened.connect(self._opened)
        session.locked.connect(self.clear)
        self.remind.select(settings.backup_reminder_days)
        self._show_folder()
        self._set_buttons()

    def _hint(self, words: str) -> QLabel:
        label = PlainLabel(words, self)
        label.setObjectName("hint")
        label.setWordWrap(True)  # at 200 % text it wraps instead of widening the window
        label.setMinimumWidth(420)  # and not narrower than a line of usual text
        return label

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()  # each time: incidents or backups may have changed meanwhile

    def _opened(self) -> None:
        self.remind.select(self.settings.backup_reminder_days)
        self.load()

    def load(self) -> None:
        self.session.run(
            lambda case: (known_backups(case), backup_folder(case)), self._got, self._failed
        )

    def _got(self, loaded: tuple[list[KnownBackup], Path | None]) -> None:
        known, folder = loaded
        self.folder = folder
        self._show_folder()
        self.show_known(known)

    def show_known(self, known: list[KnownBackup]) -> None:
        self.list.show_known(known)
        self._set_buttons()

    def attach(self, view: Any, column: QVBoxLayout) -> None:
        """Put the reminder into the case view's column, above the pages: clicking it opens
        this page; a new backup refreshes the view's status line (and so the reminder)."""
        column.insertWidget(1, self.reminder)
        self.reminder.clicked.connect(lambda: view.show_page("backup"))
        self.reminder.closed.connect(self._snooze)
        self.changed.connect(view.load_counts)

    def show_overview(self, seen: CaseOverview) -> None:
        """The reminder above the pages follows the status line's numbers."""
        self.reminder.update_for(
            seen,
            self.settings.backup_reminder_days,
            self.session.clock,
            self.settings.backup_snoozed_until,
        )

    def _snooze(self) -> None:
        """She closed the reminder: ask again in a few days."""
        self.settings.backup_snoozed_until = self.reminder.snooze_until(self.session.clock)
        self.store.save(self.settings)

    # -- her choices -------------------------------------------------------------------------

    def _remind_changed(self) -> None:
        self.settings.backup_reminder_days = int(self.remind.currentData())
        self.store.save(self.settings)
        self.changed.emit()

    def _show_folder(self) -> None:
        if self.folder is None:
            self.where.setText(self.tr("You will be asked the first time."))
        else:
            self.where.setText(str(self.folder))

    def choose_folder(self) -> Path | None:
        start = self.folder if self.folder and self.folder.is_dir() else Path.home()
        chosen = Prompts.open_paths(
            self, self.tr("Choose a folder for your backups"), start, folders=True
        )
        if not chosen:
            return None
        self.folder = chosen[0]
        self._show_folder()
        return self.folder

    def _key(self) -> tuple[str, str | None] | None:
        """Her passphrase, and the backup's own if she chose one; None (and a word) if
        something is missing."""
        own = None
        if self.separate.isChecked():
            if not self.own.text():
                self._missing(self.tr("Please type the backup's own passphrase."))
                return None
            if self.own.text() != self.own_again.text():
                self._missing(self.tr("The two backup passphrases are not the same."))
                return None
            own = self.own.text()
        if not self.passphrase.text() and own is None:
            self._missing(self.tr("Please type your passphrase first."))
            return None
        return self.passphrase.text(), own

    def _missing(self, words: str) -> None:
        self._say(words, problem=True)

    # -- backing up, checking ----------------------------------------------------------------

    def back_up(self) -> None:
        key = self._key()
        if key is None:
            return
        mine, own = key
        if own is not None and not use_anyway(self, own):
            return
        folder = self.folder if self.folder and self.folder.is_dir() else self.choose_folder()
        if folder is None:
            return

        def job(case: Case, progress: Any, cancel: Any) -> tuple[Path, list[KnownBackup]]:
            if own is None and not passphrase_opens(case, mine):
                raise UserError(NOT_THE_PASSPHRASE)
            result = make_backup(case, folder, own or mine, progress, cancel)
            return result.path, remember_backup(case, result.path, result.made_at)

        self._run(self.tr("Writing the backup and checking it…"), job, self._backed_up)

    def _backed_up(self, done: tuple[Path, list[KnownBackup]]) -> None:
        path, known = done
        self._clear_passphrases()
        self.show_known(known)
        self._say(
            self.tr(
                "Your backup is written and checked: {path}. Keep the drive somewhere safe."
            ).format(path=str(path))
        )
        self.changed.emit()

    def check_other(self) -> None:
        start = self.folder if self.folder and self.folder.is_dir() else Path.home()
        path = Prompts.open_path(self, self.tr("Check a backup"), start)
        if path is not None:
            self.check(path)

    def check_current(self) -> None:
        path = self.list.current_path()
        if path is not None:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        key = self._key()
        if key is None:
            return
        passphrase = key[1] or key[0]
        clock = self.session.clock

        def job(case: Case, progress: Any, _cancel: Any) -> tuple[Any, list[KnownBackup]]:
            if not path.is_file():
                return None, note_check(case, path, None, clock.now())
            report = check_backup(path, passphrase, clock, progress)
            return report, note_check(case, path, report, clock.now())

        self._run(self.tr("Checking every page and every evidence file…"), job, self._checked)

    def _checked(self, done: tuple[VerifyReport | None, list[KnownBackup]]) -> None:
        report, known = done
        self._clear_passphrases()
        self.show_known(known)
        if report is None:
            self._say(
                self.tr(
                    "That backup was not found where it was written. If it is on a USB stick, "
                    "please plug it in and check again."
                ),
                problem=True,
            )
        elif report.ok:
            self._say(
                self.tr(
                    "This backup is good: every page and all %n evidence file(s) checked.",
                    "",
                    report.counts.evidence,
                )
            )
        else:
            self._say(
                self.tr(
                    "This backup is damaged ({detail}), so it cannot be trusted to bring your "
                    "case back. Your case file itself is not affected. Please make a new "
                    "backup, if you can on another drive."
                ).format(detail=report.problems[0]),
                problem=True,
            )

    def forget_current(self) -> None:
        path = self.list.current_path()
        if path is None:
            return
        self.session.run(lambda case: forget_backup(case, path), self.show_known, self._failed)

    # -- common ------------------------------------------------------------------------------

    def _stopped_words(self) -> str:
        return self.tr("Stopped. No backup was left behind, and your case file is unchanged.")

    def _say(self, words: str, *, problem: bool = False) -> None:
        text.say(self.note, words, problem=problem)
        self._set_buttons()

    def _set_buttons(self) -> None:
        busy = self.job.running
        for button in (self.backup_button, self.check_button, self.restore_button):
            button.setEnabled(not busy)
        chosen = self.list.currentItem() is not None
        self.check_selected.setEnabled(not busy and chosen)
        self.forget_selected.setEnabled(not busy and chosen)

    def _clear_passphrases(self) -> None:
        for line in (self.passphrase, self.own, self.own_again):
            line.clear()

    def clear(self) -> None:
        """On lock: forget the list, the folder, every passphrase typed and every message."""
        self.job.forget()
        self._clear_passphrases()
        self.separate.setChecked(False)
        self.list.clear()
        self.folder = None
        self._show_folder()
        self._say("")
        self.reminder.hide()
