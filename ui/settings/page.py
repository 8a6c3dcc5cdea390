"""Settings: language, text size, light or dark, locking and hiding, pictures, the clipboard,
recent case files."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.settings import (
    AUTO_LOCK_CHOICES,
    CLIPBOARD_CHOICES,
    MAX_TITLE,
    TEXT_SIZES,
    THEMES,
    Settings,
    SettingsStore,
)
from quietcase.app.unlock import keychain
from quietcase.app.unlock.attempts import OPENED, Happening
from quietcase.ui import text
from quietcase.ui.widgets.plain import PlainLabel


def _hint(words: str, parent: QWidget) -> QLabel:
    label = PlainLabel(words, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setMinimumWidth(420)
    return label


ZONE_CHOICES = ("Asia/Seoul", "UTC", "Asia/Tokyo", "America/New_York", "Europe/London")


class SettingsPage(QWidget):
    changed = Signal()  # after anything was changed and saved
    case_zone_chosen = Signal(str)  # the open case's time zone ("" : the computer's)
    passphrase_change_requested = Signal()

    def __init__(self, settings: Settings, store: SettingsStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.store = store
        heading = PlainLabel(self.tr("Settings"), self)
        heading.setObjectName("heading")

        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as this computer"), "")
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        language_hint = PlainLabel(self.tr("Takes effect the next time Quietcase starts."), self)
        language_hint.setObjectName("hint")
        self.text_size = QComboBox(self)
        for percent, words in zip(
            TEXT_SIZES,
            (self.tr("Usual"), self.tr("Larger"), self.tr("Larger still"), self.tr("Largest")),
            strict=True,
        ):
            self.text_size.addItem(f"{words} ({percent}%)", percent)
        text_size_hint = _hint(
            self.tr(
                "Changes at once. Quietcase also follows a larger text size set for the whole "
                "computer."
            ),
            self,
        )

        self.theme = QComboBox(self)
        for value, words in zip(
            THEMES,
            (self.tr("Follow the computer"), self.tr("Light"), self.tr("Dark")),
            strict=True,
        ):
            self.theme.addItem(words, value)
        theme_hint = _hint(self.tr("Changes at once."), self)

        self.auto_lock = QComboBox(self)
        for minutes in AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(self._after(minutes), minutes)
        lock_hint = PlainLabel(
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
        recent_hint = PlainLabel(
            self.tr(
                "Only where the files are is remembered, never what is in them. If someone else "
                "uses this computer, you may prefer to turn this off."
            ),
            self,
        )
        recent_hint.setObjectName("hint")
        recent_hint.setWordWrap(True)
        recent_hint.setMinimumWidth(420)
        self.saved_note = PlainLabel(self)
        self.saved_note.setObjectName("hint")

        self.hide_key = QComboBox(self)
        self.hide_key.addItem(self.tr("Shift pressed three times"), "shift3")
        self.hide_key.addItem("F12", "f12")
        self.title = QLineEdit(self)
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(self.tr("Quietcase"))
        self.title.setMaximumWidth(260)
        hide_hint = _hint(
            self.tr(
                "Hide covers Quietcase at once, locks it and minimises the window. The title "
                "is what the taskbar shows, for example “Notes”. Hiding does not remove the "
                "traces the computer itself keeps (such as a list of programs that ran), and "
                "it cannot protect against monitoring software on this computer."
            ),
            self,
        )
        self.reveal = QCheckBox(self.tr("Show pictures without blurring them first"), self)
        reveal_hint = _hint(
            self.tr(
                "Off is gentler: pictures stay blurred until you choose to look at one. "
                "Pictures you reveal are blurred again when Quietcase locks."
            ),
            self,
        )
        self.clipboard = QComboBox(self)
        for seconds in CLIPBOARD_CHOICES:
            self.clipboard.addItem(self.tr("After {n} seconds").format(n=seconds), seconds)
        clipboard_hint = _hint(
            self.tr(
                "What you copy from Quietcase is marked as private for clipboard history "
                "tools, and cleared after this time, when Quietcase locks, and when it closes."
            ),
            self,
        )
        self.zone = QComboBox(self)
        self.zone.setEditable(True)  # any zone name, e.g. Europe/Berlin
        self.zone.addItem(self.tr("Same as this computer"), "")
        for name in ZONE_CHOICES:
            self.zone.addItem(name, name)
        self.zone.setEnabled(False)  # until a case is open: it belongs to the case file
        zone_hint = _hint(
            self.tr(
                "Every time in your documents is shown in this zone, and the document says "
                "which it is. Kept in this case file. For a Korean lawyer or support centre: "
                "Asia/Seoul."
            ),
            self,
        )
        self.notes = QCheckBox(self.tr("Show private notes in the timeline"), self)
        self.quick_unlock = QCheckBox(self.tr("Remember my passphrase in the system keychain"))
        found = keychain.availability()
        self.quick_unlock.setEnabled(found.available)
        unlock_hint = _hint(
            text.tr(found.reason)
            if not found.available
            else self.tr(
                "Anyone who can use your account on this computer could then open the case "
                "file without the passphrase. Off unless you turn it on."
            ),
            self,
        )

        self.change_passphrase = QPushButton(self.tr("Change the passphrase…"), self)
        self.change_passphrase.setEnabled(False)  # until a case is open
        self.change_passphrase.clicked.connect(self.passphrase_change_requested)
        self.passphrase_note = PlainLabel(self)  # "Your passphrase was changed…"
        self.passphrase_note.setObjectName("note")
        self.passphrase_note.setWordWrap(True)
        self.passphrase_note.hide()
        passphrase_hint = _hint(
            self.tr(
                "For this case file, if someone may have seen or guessed it. Backups made "
                "before keep the old passphrase."
            ),
            self,
        )

        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", language_hint)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow("", text_size_hint)
        form.addRow(self.tr("Appearance"), self.theme)
        form.addRow("", theme_hint)
        form.addRow(self.tr("Lock when idle"), self.auto_lock)
        form.addRow("", lock_hint)
        form.addRow(self.tr("Quick-hide key"), self.hide_key)
        form.addRow(self.tr("Window title"), self.title)
        form.addRow("", hide_hint)
        form.addRow(self.tr("Pictures"), self.reveal)
        form.addRow("", reveal_hint)
        form.addRow(self.tr("Clear copied text"), self.clipboard)
        form.addRow("", clipboard_hint)
        form.addRow(self.tr("Time zone of documents"), self.zone)
        form.addRow("", zone_hint)
        form.addRow(self.tr("Timeline"), self.notes)
        form.addRow(self.tr("Quick unlock"), self.quick_unlock)
        form.addRow("", unlock_hint)
        form.addRow(self.tr("Passphrase"), self.change_passphrase)
        form.addRow("", passphrase_hint)
        form.addRow("", self.passphrase_note)
        form.addRow(self.tr("Recent case files"), self.remember)
        form.addRow("", recent_hint)
        form.addRow("", self.clear_recent)
        self.history = PlainLabel(self)
        self.history.setWordWrap(True)
        # Read by its words (the times), named by the form's label: a name of its own would
        # be all a screen reader says of it.
        form.addRow(self.tr("History on this computer"), self.history)
        self.history_hint = _hint(
            self.tr(
                "When this case file was unlocked here, and when a wrong passphrase was "
                "typed (times only, newest first)."
            ),
            self,
        )
        form.addRow("", self.history_hint)
        self.show_history(None)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setObjectName("calm")
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the settings inside
        outer.addWidget(scroll)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(14)
        layout.addWidget(heading)
        # At 200 % text a label goes above its field rather than squeezing a check box's words.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for box in self.findChildren(QCheckBox):
            box.setSizePolicy(QSizePolicy.Policy.Minimum, box.sizePolicy().verticalPolicy())
        holder = QWidget(inner)
        holder.setLayout(form)
        holder.setMaximumWidth(900)
        layout.addWidget(holder)
        layout.addWidget(self.saved_note)
        layout.addStretch(1)
        self.load()
        for combo in (
            self.language,
            self.text_size,
            self.theme,
            self.auto_lock,
            self.hide_key,
            self.clipboard,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._save())
        for box in (self.remember, self.reveal, self.notes, self.quick_unlock):
            box.toggled.connect(lambda _on: self._save())
        self.title.editingFinished.connect(self._save)
        self.zone.activated.connect(lambda _i: self._zone_chosen())
        zone_editor = self.zone.lineEdit()
        if zone_editor is not None:
            zone_editor.editingFinished.connect(self._zone_chosen)
        self.clear_recent.clicked.connect(self._forget)

    def load(self) -> None:
        s = self.settings
        combos = (
            (self.language, s.language),
            (self.text_size, s.text_size),
            (self.theme, s.theme),
            (self.auto_lock, s.auto_lock_minutes),
            (self.hide_key, s.hide_key),
            (self.clipboard, s.clipboard_seconds),
        )
        for combo, value in combos:
            combo.blockSignals(True)
            index = combo.findData(value)
            if index < 0 and combo is self.auto_lock:  # so `value` is s.auto_lock_minutes
                combo.addItem(self._after(s.auto_lock_minutes), s.auto_lock_minutes)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        for box, on in (
            (self.remember, s.remember_recent),
            (self.reveal, s.reveal_images),
            (self.notes, s.show_private_notes),
            (self.quick_unlock, s.quick_unlock and self.quick_unlock.isEnabled()),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.title.setText(s.discreet_title)
        self.clear_recent.setEnabled(bool(s.recent_vaults))

    def show_history(self, happenings: list[Happening] | None) -> None:
        """Unlocks and wrong passphrases for the open case (None: no case open)."""
        for widget in (self.history, self.history_hint):
            widget.setVisible(happenings is not None)
        lines = []
        for h in (happenings or [])[:20]:
            what = self.tr("unlocked") if h.what == OPENED else self.tr("wrong passphrase typed")
            lines.append(f"{text.timestamp_text(h.at)} · {what}")
        self.history.setText("\n".join(lines) or self.tr("Nothing yet."))

    def show_case_zone(self, name: str | None) -> None:
        """The open case's zone (None: no case open, the choice is disabled)."""
        self.zone.blockSignals(True)
        self.zone.setEnabled(name is not None)
        self.change_passphrase.setEnabled(name is not None)  # a case is open (or not)
        if name is None:
            self.show_note("")
        index = self.zone.findData(name or "")
        if index < 0:
            self.zone.addItem(name or "", name or "")
            index = self.zone.count() - 1
        self.zone.setCurrentIndex(index)
        self.zone.blockSignals(False)
        self._shown_zone = name or ""

    def _zone_chosen(self) -> None:
        index = self.zone.currentIndex()
        typed = self.zone.currentText().strip()
        data = self.zone.itemData(index) if index >= 0 else None
        name = str(data) if data is not None and self.zone.itemText(index) == typed else typed
        if name == getattr(self, "_shown_zone", "") or not self.zone.isEnabled():
            return
        self._shown_zone = name
        self.case_zone_chosen.emit(name)

    def show_note(self, words: str) -> None:
        """What became of her passphrase change, under its button ("" hides it)."""
        self.passphrase_note.setText(words)
        self.passphrase_note.setVisible(bool(words))

    def _after(self, minutes: int) -> str:
        return self.tr("Never") if minutes == 0 else self.tr("After %n minutes", "", minutes)

    def _save(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.text_size = int(self.text_size.currentData())
        self.settings.theme = str(self.theme.currentData())
        self.settings.auto_lock_minutes = int(self.auto_lock.currentData())
        self.settings.set_remember_recent(self.remember.isChecked())
        self.settings.hide_key = str(self.hide_key.currentData())
        self.settings.clipboard_seconds = int(self.clipboard.currentData())
        self.settings.reveal_images = self.reveal.isChecked()
        self.settings.show_private_notes = self.notes.isChecked()
        self.settings.quick_unlock = self.quick_unlock.isChecked()
        title = " ".join(self.title.text().split())
        self.settings.discreet_title = title if title.isprintable() else ""
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
