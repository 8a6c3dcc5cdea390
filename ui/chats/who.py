"""Who is who in a chat: she says which person wrote under the sender chosen on the Chats
page (`app.chats.people`). The sender's name becomes one of the person's IDs and the person
is linked to the chat's incident, so the complaint helper's table of acts names them. Not
modal, so Lock stays in reach."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.storage.records import Contact, ContactRole
from quietcase.ui import text
from quietcase.ui.chats.page import ChatsPage
from quietcase.ui.session import Session
from quietcase.ui.widgets.plain import PlainLabel

NEW_PERSON = -1  # the combo's value for "a new person named as the sender"


class WhoDialog(QDialog):
    chosen = Signal(int)  # a contact's id, or NEW_PERSON

    def __init__(self, sender: str, contacts: list[Contact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Who is this?"))
        self.resize(520, 220)
        heading = PlainLabel(self.tr("Who wrote as “{name}”?").format(name=sender), self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        hint = PlainLabel(
            self.tr(
                "The name becomes one of the person's IDs, and the person is linked to the "
                "chat's incident, so the complaint helper's table of acts names them. The "
                "messages stay as they were."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person"))
        self.person.addItem(
            self.tr("A new person (suspect): “{name}”").format(name=sender), NEW_PERSON
        )
        for contact in contacts:
            self.person.addItem(
                self.tr("{name} · C-{id}").format(name=contact.name, id=contact.id), contact.id
            )
        # A person whose name or IDs hold the sender's name is offered first; else a new one
        # (never a person she did not mean, only because the list has one first).
        for row, contact in enumerate(contacts, 1):
            if sender and any(sender in v for v in (contact.name, *contact.handles)):
                self.person.setCurrentIndex(row)
                break
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Attach"), self)
        self.ok_button.setObjectName("primary")
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.person)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _chosen(self) -> None:
        self.chosen.emit(int(self.person.currentData()))
        self.accept()


class SenderNaming(QObject):
    """The "Who is this?…" button of the Chats page and what it does."""

    named = Signal()  # a contact and the chat's incident changed

    def __init__(self, session: Session, page: ChatsPage, window: QWidget) -> None:
        super().__init__(page)
        self.session = session
        self.page = page
        self.window = window
        self.dialogs: list[WhoDialog] = []
        page.who_button.clicked.connect(self.ask)

    def ask(self) -> None:
        chat_id, sender = self.page.chat.currentData(), self.page.senders.currentData()
        if chat_id is None or not sender:
            return

        def job(case: Case) -> tuple[str, list[Contact]]:
            found = [
                s for s in case.chats.senders([int(chat_id)]) if sender in (s.sender_id, s.name)
            ]
            return (found[0].name if found else "") or str(sender), case.journal.contacts()

        self.session.run(
            job,
            lambda found: self._show(int(chat_id), str(sender), found[0], found[1]),
            self._failed,
        )

    def _show(self, chat_id: int, sender: str, label: str, contacts: list[Contact]) -> WhoDialog:
        dialog = WhoDialog(label, contacts, self.window)
        dialog.chosen.connect(lambda contact_id: self.attach(chat_id, sender, label, contact_id))
        dialog.finished.connect(lambda _c, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def attach(self, chat_id: int, sender: str, label: str, contact_id: int) -> None:
        def job(case: Case) -> Contact:
            if contact_id == NEW_PERSON:
                return case.chats.name_sender_as_new(chat_id, sender, ContactRole.SUSPECT)
            return case.chats.name_sender(chat_id, sender, contact_id)

        def done(contact: Contact) -> None:
            self.page.show_notice(
                self.tr(
                    "“{sender}” is now one of the IDs of {name} (C-{id}), who is linked to the "
                    "chat's incident."
                ).format(sender=label, name=contact.name, id=contact.id)
            )
            self.named.emit()

        self.session.run(job, done, self._failed)

    def _forget(self, dialog: WhoDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def _failed(self, error: UserError) -> None:
        self.page.show_notice(text.error_text(error))

    def close_for_lock(self) -> None:
        for dialog in list(self.dialogs):
            dialog.close()
        self.dialogs.clear()
