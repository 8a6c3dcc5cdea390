"""Words about backups: how a backup's last check went, and the gentle reminder."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from quietcase.app.backup.history import CheckState, KnownBackup
from quietcase.app.core.clock import Clock
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.overview import CaseOverview
from quietcase.app.settings import BACKUP_REMINDER_CHOICES
from quietcase.ui import text
from quietcase.ui.widgets.notice_bar import NoticeBar
from quietcase.ui.widgets.plain import plain_tooltip

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
            "this computer is lost or taken.",
        )
    age = (now - seen.last_backup).days
    if age < days:
        return ""
    return QCoreApplication.translate(
        "BackupReminder",
        "Your last backup was %n day(s) ago. A fresh copy keeps what you added since then "
        "safe too.",
        None,
        age,
    )


SNOOZE_DAYS = 3  # closing the reminder: "remind me in 3 days"


class BackupReminder(NoticeBar):
    """A calm line above the pages: "Back up now…" opens the Backup page; closing it asks
    again in `SNOOZE_DAYS` days (kept in her settings, so a restart does not bring it back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, action=QCoreApplication.translate("BackupReminder", "Back up now…")
        )
        later = QCoreApplication.translate(
            "BackupReminder", "Remind me in %n day(s)", None, SNOOZE_DAYS
        )
        self.close_button.setToolTip(later)
        self.close_button.setAccessibleName(later)

    def update_for(
        self, seen: CaseOverview, days: int, clock: Clock, snoozed_until: str = ""
    ) -> None:
        words = reminder_text(seen, days, clock.now())
        today = text.local(clock.now()).date().isoformat()
        self.show_text("" if snoozed_until and today < snoozed_until else words)

    @staticmethod
    def snooze_until(clock: Clock) -> str:
        return (text.local(clock.now()).date() + timedelta(days=SNOOZE_DAYS)).isoformat()


class KnownList(QTreeWidget):
    """The backups the case knows of: name, when made, how the last check went, folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels(
            [self.tr("Backup"), self.tr("Made"), self.tr("Last check"), self.tr("Folder")]
        )
        # the columns share the width (the date whole): nothing scrolls sideways at any text
        # size, and what is cut is in the row's tooltips
        header = self.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_known(self, known: list[KnownBackup]) -> None:
        self.clear()
        for b in known:
            path = Path(b.path)
            row = QTreeWidgetItem(
                [path.name, text.timestamp_text(b.made), state_text(b), str(path.parent)]
            )
            row.setToolTip(0, plain_tooltip(b.path))  # folder names are words of anyone
            row.setToolTip(2, plain_tooltip(state_text(b)))
            row.setToolTip(3, plain_tooltip(str(path.parent)))
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
        # as wide as its longest choice when there is room; down to 12 letters when not
        # (200 % text): `minimumSizeHint`
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for days in BACKUP_REMINDER_CHOICES:
            self.addItem(self._after(days), days)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        letters = self.fontMetrics().horizontalAdvance("x" * 12)
        return QSize(min(hint.width(), letters + 40), hint.height())

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
