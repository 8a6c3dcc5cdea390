"""Before a KakaoTalk export comes in: the time zone its times are in (KakaoTalk writes
none) and her name in it. Not modal, so Lock stays in reach."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.chats.kakaotalk.importing import KakaoOptions
from quietcase.app.chats.kakaotalk.times import computer_zone
from quietcase.ui import text
from quietcase.ui.widgets.plain import PlainLabel

FIRST_ZONES = ("Asia/Seoul", "UTC")


class KakaoDialog(QDialog):
    chosen = Signal(object)  # KakaoOptions

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import a KakaoTalk export"))
        self.resize(580, 360)
        heading = PlainLabel(self.tr("Import a KakaoTalk export"), self)
        heading.setObjectName("heading")
        self.what = PlainLabel(self.tr("The export “{name}”.").format(name=path.name), self)
        self.what.setWordWrap(True)
        hint = PlainLabel(
            self.tr(
                "The export is kept byte for byte as evidence inside your encrypted case file, "
                "with its photos and files when they are there. Each message keeps its line "
                "numbers and its lines as written. KakaoTalk writes no time zone: choose the "
                "one of the phone or computer that made the export."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.zone = QComboBox(self)
        self.zone.setEditable(False)
        here = computer_zone()
        zones = list(dict.fromkeys((here, *FIRST_ZONES, *sorted(available_timezones()))))
        for zone in zones:
            self.zone.addItem(zone, zone)
        self.zone.setCurrentIndex(0)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.me = QLineEdit(self)
        self.me.setPlaceholderText(self.tr("회원님, you and 나 are known already"))
        self.me.setAccessibleName(self.tr("Your name in the chat"))
        form = QFormLayout()
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Your name in the chat"), self.me)

        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("primary")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.what)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def options(self) -> KakaoOptions:
        return KakaoOptions(
            time_zone=str(self.zone.currentData()),
            me=self.me.text().strip(),
            words=text.tr,  # what is written into her case, in her language
        )

    def _import(self) -> None:
        self.chosen.emit(self.options())
        self.accept()
