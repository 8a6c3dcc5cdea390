"""Settings: language, locking when idle, and the list of recent case files."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.settings import AUTO_LOCK_CHOICES, Settings, SettingsStore


class SettingsPage(QWidget):
    changed = Signal()  # after anything was changed and saved

    def __init__(self, settings: Settings, store: SettingsStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.store = store
        heading = QLabel(self.tr("Settings"), self)
        heading.setObjectName("heading")

        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as this computer"), "")
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        language_hint = QLabel(self.tr("Takes effect the next time Quietcase starts."), self)
        language_hint.setObjectName("hint")

        self.auto_lock = QComboBox(self)
        for minutes in AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(self._after(minutes), minutes)
        lock_hint = QLabel(
            self.tr(
                "When nobody has used Quietcase for this long, it locks itself. Anything you "
                "were writing is kept, encrypted, and comes back when you unlock."
            ),
            self,
        )
        lock_hint.setObjectName("hint")
        lock_hint.setWordWrap(True)
        lock_hint.setMinimumWidth(420)

        self.remember = QCheckBox(self.tr("Remember the case files I open on this computer"))
        self.clear_recent = QPushButton(self.tr("Forget the list now"), self)
        recent_hint = QLabel(
            self.tr(
                "Only where the files are is remembered, never what is in them. If someone else "
                "uses this computer, you may prefer to turn this off."
            ),
            self,
        )
        recent_hint.setObjectName("hint")
        recent_hint.setWordWrap(True)
        recent_hint.setMinimumWidth(420)
        self.saved_note = QLabel(self)
        self.saved_note.setObjectName("hint")

        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", language_hint)
        form.addRow(self.tr("Lock when idle"), self.auto_lock)
        form.addRow("", lock_hint)
        form.addRow(self.tr("Recent case files"), self.remember)
        form.addRow("", recent_hint)
        form.addRow("", self.clear_recent)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(14)
        layout.addWidget(heading)
        holder = QWidget(self)
        holder.setLayout(form)
        holder.setMaximumWidth(760)
        layout.addWidget(holder)
        layout.addWidget(self.saved_note)
        layout.addStretch(1)
        self.load()
        self.language.currentIndexChanged.connect(lambda _i: self._save())
        self.auto_lock.currentIndexChanged.connect(lambda _i: self._save())
        self.remember.toggled.connect(lambda _on: self._save())
        self.clear_recent.clicked.connect(self._forget)

    def load(self) -> None:
        s = self.settings
        for combo, value in ((self.language, s.language), (self.auto_lock, s.auto_lock_minutes)):
            combo.blockSignals(True)
            index = combo.findData(value)
            if index < 0 and combo is self.auto_lock:
                combo.addItem(self._after(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.remember.blockSignals(True)
        self.remember.setChecked(s.remember_recent)
        self.remember.blockSignals(False)
        self.clear_recent.setEnabled(bool(s.recent_vaults))

    def _after(self, minutes: int) -> str:
        return self.tr("Never") if minutes == 0 else self.tr("After %n minutes", "", minutes)

    def _save(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.auto_lock_minutes = int(self.auto_lock.currentData())
        self.settings.set_remember_recent(self.remember.isChecked())
        self._store()

    def _forget(self) -> None:
        self.settings.forget_recent()
        self._store()

    def _store(self) -> None:
        saved = self.store.save(self.settings)
        self.saved_note.setText(
            self.tr("Saved.")
            if saved
            else self.tr(
                "These settings could not be saved on this "
                "computer; they apply until Quietcase closes."
            )
        )
        self.clear_recent.setEnabled(bool(self.settings.recent_vaults))
        self.changed.emit()
