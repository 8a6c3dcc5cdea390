"""Before a Telegram export comes in: which chats (a whole account holds many), and the
incident it belongs to. Not modal, so Lock stays in reach."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.model import ExportListing
from quietcase.ui import text
from quietcase.ui.journal.fields import ChecklistEdit
from quietcase.ui.widgets.plain import PlainLabel


class ImportDialog(QDialog):
    chosen = Signal(object)  # ImportOptions

    def __init__(
        self,
        listing: ExportListing,
        incidents: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.listing = listing
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import a Telegram export"))
        self.resize(620, 560 if listing.whole_account else 340)
        heading = PlainLabel(self.tr("Import a Telegram export"), self)
        heading.setObjectName("heading")
        kind = "JSON" if listing.format == "json" else "HTML"
        if listing.whole_account:
            what = self.tr(
                "This export ({kind}) holds the chats of a whole account. Please tick the "
                "chats to import."
            ).format(kind=kind)
        else:
            first = listing.chats[0] if listing.chats else None
            what = self.tr(
                "The chat “{name}” ({kind}, %Ln messages).", "", first.message_count if first else 0
            ).format(name=first.name if first else listing.root.name, kind=kind)
        self.what = PlainLabel(what, self)
        self.what.setWordWrap(True)
        hint = PlainLabel(
            self.tr(
                "Every file of the export is kept byte for byte as evidence inside your "
                "encrypted case file. Nothing in the export folder is changed."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.chats = ChecklistEdit(self)
        self.chats.setAccessibleName(self.tr("Chats to import"))
        self.chats.set_choices(
            [(i, self._chat_label(i)) for i in range(len(listing.chats))],
            [] if listing.whole_account else list(range(len(listing.chats))),
        )
        self.chats.setVisible(listing.whole_account)
        self.chats.changed.connect(self._update)

        self.new_incident = QRadioButton(
            self.tr("A new incident for each chat")
            if listing.whole_account
            else self.tr("A new incident for this chat"),
            self,
        )
        self.new_incident.setToolTip(
            self.tr(
                "Called “Telegram: ” and the chat's name. A chat imported before keeps its "
                "incident."
            )
        )
        self.existing = QRadioButton(self.tr("This incident:"), self)
        self.incident = QComboBox(self)
        self.incident.setAccessibleName(self.tr("Incident"))
        self.incident.setMinimumContentsLength(30)
        self.incident.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for incident_id, label in incidents:
            self.incident.addItem(label, incident_id)
        group = QButtonGroup(self)
        group.addButton(self.new_incident)
        group.addButton(self.existing)
        self.new_incident.setChecked(True)
        self.existing.setEnabled(bool(incidents))
        self.incident.setEnabled(False)
        self.existing.toggled.connect(self.incident.setEnabled)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText("@")
        self.username.setAccessibleName(self.tr("The chat's public @username"))
        where = PlainLabel(self.tr("Add it to"), self)
        where.setObjectName("subheading")
        existing = QHBoxLayout()
        existing.addWidget(self.existing)
        existing.addWidget(self.incident, 1)
        choices = QVBoxLayout()
        choices.setContentsMargins(0, 4, 0, 4)
        choices.addWidget(where)
        choices.addWidget(self.new_incident)
        choices.addLayout(existing)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if not listing.whole_account:
            form.addRow(self.tr("Public @username, if you know it"), self.username)
        else:
            self.username.hide()

        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("primary")
        self.import_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.what)
        layout.addWidget(self.chats, 1)
        layout.addWidget(hint)
        layout.addLayout(choices)
        layout.addLayout(form)
        if not listing.whole_account:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.import_button.clicked.connect(self._import)
        cancel.clicked.connect(self.reject)
        self._update()

    def _chat_label(self, at: int) -> str:
        chat = self.listing.chats[at]
        count = self.tr("%Ln messages", "", chat.message_count)
        left = self.tr(" (left)") if chat.left else ""
        return f"{chat.name}{left} · {count}"

    def _update(self) -> None:
        self.import_button.setEnabled(bool(self.chats.checked_ids()))

    def options(self) -> ImportOptions:
        chosen = [self.listing.chats[i] for i in self.chats.checked_ids()]
        return ImportOptions(
            chats=tuple(c.key for c in chosen) if self.listing.whole_account else (),
            incident_id=self.incident.currentData() if self.existing.isChecked() else None,
            username=self.username.text().strip().lstrip("@"),
            words=text.tr,  # what is written into her case, in her language
        )

    def _import(self) -> None:
        self.chosen.emit(self.options())
        self.accept()
