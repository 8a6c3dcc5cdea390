"""Before a case is open: welcome, create a case file, unlock one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.unlock.passphrase import HINTS, MISMATCH, Strength, strength
from quietcase.ui import text
from quietcase.ui.widgets.calm import centred_column, keep_room, passphrase_line, wrapped_label
from quietcase.ui.widgets.plain import PlainLabel


def strength_hint(first: str, second: str) -> str:
    """How hard a new passphrase would be to guess, and whether the second typing matches
    (creating a case file, changing the passphrase)."""
    if not first:
        return ""
    level = strength(first)
    hint = text.tr(HINTS[level])
    if second and second != first and len(second) >= len(first):
        hint += " " + text.tr(MISMATCH)
    elif second == first and level is not Strength.WEAK:
        hint += " " + QCoreApplication.translate("CreatePage", "Both are the same.")
    return hint


class Busy(QWidget):
    """An indeterminate progress bar with a line of text: the window never freezes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.words = PlainLabel(self)
        self.words.setObjectName("hint")
        self.words.setWordWrap(True)  # a longer reason (checking every page) stays readable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, words: str) -> None:
        self.words.setText(words)
        self.show()

    def stop(self) -> None:
        self.hide()


class WelcomePage(QWidget):
    create_chosen = Signal()
    open_chosen = Signal()
    recent_chosen = Signal(Path)
    forget_recent = Signal()
    restore_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self)
        column.addWidget(wrapped_label(self, self.tr("Welcome to Quietcase"), "title"))
        self.message = wrapped_label(
            self,
            self.tr(
                "Quietcase keeps your case in one encrypted file on this computer: what "
                "happened and when, the people involved, the dates you must not miss and the "
                "requests you have made. It never goes online, and nobody can open the file "
                "without your passphrase. Please choose the passphrase with care and write it "
                "down somewhere safe, because nobody can recover a forgotten passphrase, not "
                "even the makers of Quietcase."
            ),
        )
        column.addWidget(self.message)
        self.create_button = QPushButton(self.tr("Create a new case file"), self)
        self.create_button.setObjectName("primary")
        self.open_button = QPushButton(self.tr("Open an existing case file"), self)
        self.backup_button = QPushButton(self.tr("I have a backup"), self)
        self.backup_button.setToolTip(self.tr("Make a new case file from a Quietcase backup"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.recent_heading = wrapped_label(
            self, self.tr("Recently opened on this computer"), "subheading"
        )
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(130)
        self.forget_button = QPushButton(self.tr("Forget this list"), self)
        self.forget_button.setObjectName("link")
        column.addSpacing(12)
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent)
        column.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.create_button.clicked.connect(self.create_chosen)
        self.open_button.clicked.connect(self.open_chosen)
        self.backup_button.clicked.connect(self.restore_chosen)
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(Path(item.text())))
        self.recent.itemClicked.connect(lambda item: self.recent_chosen.emit(Path(item.text())))
        self.forget_button.clicked.connect(self.forget_recent)
        self.set_recent([])

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        self.recent.addItems(paths)
        for widget in (self.recent_heading, self.recent, self.forget_button):
            widget.setVisible(bool(paths))


class CreatePage(QWidget):
    create_requested = Signal(Path, str, str)  # where, passphrase, passphrase again
    back = Signal()
    choose_place = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self)
        column.addWidget(wrapped_label(self, self.tr("Create a new case file"), "title"))
        column.addWidget(
            wrapped_label(
                self,
                self.tr(
                    "Choose a passphrase you can remember: a few unrelated words are strong and "
                    "easy to type. Nobody can recover it if it is forgotten, so please write it "
                    "down and keep it where only you can reach it."
                ),
            )
        )
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Save it in"))  # its row's label has a layout
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.choose_button)
        self.passphrase = passphrase_line(self)
        self.again = passphrase_line(self)
        self.show_box = QCheckBox(self.tr("Show what I type"), self)
        self.strength = wrapped_label(self, "", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Save it in"), where)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Type it again"), self.again)
        form.addRow("", self.show_box)
        form.addRow("", self.strength)
        column.addLayout(form)
        self.error = wrapped_label(self, "", "problem")
        self.error.hide()
        column.addWidget(self.error)
        self.busy = Busy(self)
        column.addWidget(self.busy)
        # Hints, errors and the busy bar come and go in room kept for them: the Create
        # button stays where it is while she types (it moved 41 px, and clicks missed it).
        keep_room(self.strength, 3)
        keep_room(self.error, 2)
        keep_room(self.busy)
        self.create_button = QPushButton(self.tr("Create the case file"), self)
        self.create_button.setObjectName("primary")
        self.back_button = QPushButton(self.tr("Back"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        column.addLayout(buttons)
        column.addStretch(1)
        self.show_box.toggled.connect(self._show_typed)
        self.passphrase.textChanged.connect(self._update_hint)
        self.again.textChanged.connect(self._update_hint)
        self.create_button.clicked.connect(self._create)
        self.again.returnPressed.connect(self._create)
        self.back_button.clicked.connect(self.back)
        self.choose_button.clicked.connect(self.choose_place)

    def _show_typed(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def _update_hint(self) -> None:
        self.strength.setText(strength_hint(self.passphrase.text(), self.again.text()))

    def _create(self) -> None:
        self.create_requested.emit(
            Path(self.path.text().strip()).expanduser(), self.passphrase.text(), self.again.text()
        )

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.start(self.tr("Creating your case file… this takes a moment."))
        else:
            self.busy.stop()
        for widget in (self.create_button, self.back_button, self.passphrase, self.again):
            widget.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def clear_passphrases(self) -> None:
        self.passphrase.clear()
        self.again.clear()
        self.show_box.setChecked(False)


class UnlockPage(QWidget):
    unlock_requested = Signal(Path, str)
    other_file = Signal()
    create_new = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        column = centred_column(self)
        self.title = wrapped_label(self, self.tr("Unlock your case file"), "title")
        column.addWidget(self.title)
        self.discreet = ""  # her discreet window title ("Notes"); "" when not discreet
        self.file_name = wrapped_label(self, "", "subheading")
        self.folder = wrapped_label(self, "", "hint")
        column.addWidget(self.file_name)
        column.addWidget(self.folder)
        self.passphrase = passphrase_line(self)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.show_box = QCheckBox(self.tr("Show what I type"), self)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("primary")
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        column.addLayout(row)
        self.quick_button = QPushButton(self.tr("Unlock with the system keychain"), self)
        self.quick_button.hide()
        column.addWidget(self.quick_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.show_box)
        self.error = wrapped_label(self, "", "problem")
        self.error.hide()
        column.addWidget(self.error)
        self.busy = Busy(self)
        column.addWidget(self.busy)
        self.other_button = QPushButton(self.tr("Open a different case file"), self)
        self.other_button.setObjectName("link")
        self.new_button = QPushButton(self.tr("Create a new case file"), self)
        self.new_button.setObjectName("link")
        links = QHBoxLayout()
        links.addWidget(self.other_button)
        links.addWidget(self.new_button)
        links.addStretch(1)
        column.addSpacing(10)
        column.addLayout(links)
        column.addStretch(1)
        self.show_box.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.other_button.clicked.connect(self.other_file)
        self.new_button.clicked.connect(self.create_new)

    def set_path(self, path: Path, discreet: str = "") -> None:
        """Unlock `path`. With a discreet title (Settings), the page says only that title and
        asks for the passphrase: no file name, no folder, nothing about a case."""
        self.path = path
        self.discreet = discreet.strip()
        if self.discreet:
            self.title.setText(self.discreet)
            self.file_name.clear()
            self.folder.clear()
        else:
            self.title.setText(self.tr("Unlock your case file"))
            self.file_name.setText(path.name)
            self.folder.setText(self.tr("in {folder}").format(folder=str(path.parent)))
        for widget in (self.file_name, self.folder, self.other_button, self.new_button):
            widget.setVisible(not self.discreet)
        self.show_error("")

    def _unlock(self) -> None:
        if self.path is not None and self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.path, self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.start(self.tr("Unlocking… this takes a moment."))
        else:
            self.busy.stop()
        for widget in (
            self.unlock_button,
            self.passphrase,
            self.other_button,
            self.new_button,
            self.quick_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class StartScreen(QStackedWidget):
    """Welcome, create and unlock, one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = WelcomePage(self)
        self.create_page = CreatePage(self)  # not `create`: that is QWidget.create()
        self.unlock = UnlockPage(self)
        for page in (self.welcome, self.create_page, self.unlock):
            self.addWidget(page)
