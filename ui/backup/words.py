"""Words about backups: how a backup's last check went, and the gentle reminder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QTreeWidget, QTreeWidgetItem, QWidget

from quietcase.app.backup.history import CheckState, KnownBackup
from quietcase.app.core.clock import Clock
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.overview import CaseOverview
from quietcase.app.settings import BACKUP_REMINDER_CHOICES
from quietcase.ui import text
from quietcase.ui.widgets.plain import plain_tooltip
from quietcase.ui.widgets.wrapping_bar import WrappingBar

NOT_THE_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Quietcase",
    "That is not the passphrase of this case file, so no backup was made. Please type the "
    "passphrase you unlock Quietcase with, or give the backup its own passphrase.",
)


def state_text(backup: KnownBackup) -> str:
    """ "Good (checked 3 March 2026, 14:30)", "Damaged …", "Not found …", "Not checked yet"."""
    when = text.timestamp_text(backup.checked)
    if backup.state is CheckState.GOOD:
        return QCoreApplication.translate("BackupReminder", "Good (checked {when})").format(
            when=when
        )
    if backup.state is CheckState.DAMAGED:
        return QCoreApplication.translate(
            "BackupReminder", "Damaged: please make a new backup (checked {when})"
        ).format(when=when)
    if backup.state is CheckState.MISSING:
        return QCoreApplication.translate(
            "BackupReminder", "Not found: is the drive plugged in? (looked {when})"
        ).format(when=when)
    return QCoreApplication.translate("BackupReminder", "Not checked yet")


def reminder_text(seen: CaseOverview, days: int, now: datetime) -> str:
    """What the reminder says, or "" when no reminder is due."""
    if days <= 0:
        return ""
    if seen.last_backup is None:
        if not seen.evidence:
            return ""
        return QCoreApplication.translate(
            "BackupReminder",
            "Your case has no backup yet. An encrypted copy on a USB stick keeps it safe if "
            "this computer is lost or taken. Back up now…",
        )
    age = (now - seen.last_backup).days
    if age < days:
        return ""
    return QCoreApplication.translate(
        "BackupReminder",
        "Your last backup was %n day(s) ago. A fresh copy keeps what you added since then "
        "safe too. Back up now…",
        None,
        age,
    )


class BackupReminder(WrappingBar):
    """A calm bar above the pages; clicking it opens the Backup page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder")
        self.setStyleSheet(
            "QPushButton#reminder { background: #eef4f8; color: #1f3a4d;"
            " border: none; border-radius: 0; border-bottom: 1px solid #d3e2ea;"
            " padding: 0; }"
            " QPushButton#reminder:hover { background: #e3eef5; }"
            " QPushButton#reminder QLabel { color: #1f3a4d; background: transparent; }"
        )
        self.hide()

    def update_for(self, seen: CaseOverview, days: int, clock: Clock) -> None:
        words = reminder_text(seen, days, clock.now())
        self.setText(words)
        self.setVisible(bool(words))


class KnownList(QTreeWidget):
    """The backups the case knows of: name, when made, how the last check went, folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels(
            [self.tr("Backup"), self.tr("Made"), self.tr("Last check"), self.tr("Folder")]
        )
        self.setColumnWidth(0, 280)
        self.setColumnWidth(1, 200)
        self.setColumnWidth(2, 330)

    def show_known(self, known: list[KnownBackup]) -> None:
        self.clear()
        for b in known:
            path = Path(b.path)
            row = QTreeWidgetItem(
                [path.name, text.timestamp_text(b.made), state_text(b), str(path.parent)]
            )
            row.setToolTip(0, plain_tooltip(b.path))  # folder names are words of anyone
            row.setToolTip(2, plain_tooltip(state_text(b)))
            row.setData(0, Qt.ItemDataRole.UserRole, b.path)
            self.addTopLevelItem(row)
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)

    def current_path(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))


class ReminderChoice(QComboBox):
    """After how many days without a backup the reminder appears (or never)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(12)  # narrower than its longest choice at 200 % text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for days in BACKUP_REMINDER_CHOICES:
            self.addItem(self._after(days), days)

    def _after(self, days: int) -> str:
        if days == 0:
            return self.tr("Never")
        return self.tr("When my last backup is more than %n day(s) old", "", days)

    def select(self, days: int) -> None:
        index = self.findData(days)
        if index < 0:
            self.addItem(self._after(days), days)
            index = self.count() - 1
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
