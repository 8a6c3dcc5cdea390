"""Who is who in an imported chat: she says which contact wrote under a sender's name.

A KakaoTalk export names people only by the name they chose for themselves (a Telegram one
by an id too). When she says "박서준 in this chat is C-3", that name becomes one of the
contact's handles and of the chat's incident's handles, and the contact is linked to the
incident: the complaint helper's list of acts (범죄일람표) and its suspects then name the
person. Nothing about the messages changes.
"""

from __future__ import annotations

from dataclasses import replace

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.transactions import writing
from quietcase.app.journal.records import Journal
from quietcase.storage.chats.messages import ChatLog
from quietcase.storage.records import Contact, ContactRole
from quietcase.storage.vault import Vault

NO_SUCH_SENDER = QT_TRANSLATE_NOOP("Quietcase", 'Nobody wrote as "{sender}" in the chat "{chat}".')
NO_SUCH_CHAT_ROW = QT_TRANSLATE_NOOP("Quietcase", "There is no imported chat {chat}.")
APP_NAMES = {"kakaotalk": "KakaoTalk", "telegram": "Telegram"}


def sender_handle(app: str, sender: str, sender_id: str = "") -> str:
    """How a sender is written among the handles: `KakaoTalk: 박서준`, or a Telegram id."""
    if app == "telegram" and sender_id:
        return sender_id
    return f"{APP_NAMES.get(app, app)}: {sender}"


def name_sender(vault: Vault, clock: Clock, chat_id: int, sender: str, contact_id: int) -> Contact:
    """Say that `contact_id` wrote under `sender` (a name as the export wrote it, or a
    Telegram id) in a chat (see the module); one transaction. Returns the contact as it is
    now. `UserError` when the chat, the sender or the contact is not there."""
    with writing(vault):
        return _attach(vault, Journal(vault, clock), chat_id, sender, contact_id)


def name_sender_as_new(
    vault: Vault, clock: Clock, chat_id: int, sender: str, role: ContactRole
) -> Contact:
    """As `name_sender`, for a person not in her case yet: a contact named as the sender
    wrote (`role`: suspect, witness...) is made and attached, in the same transaction."""
    journal = Journal(vault, clock)
    with writing(vault):
        log = ChatLog(vault)
        found = [n for i, n, _ in log.senders([chat_id]) if sender in (i, n)]
        name = (found[0] if found else "") or sender
        contact = journal.add_contact(Contact(name=name, role=role))
        return _attach(vault, journal, chat_id, sender, contact.id)


def _attach(vault: Vault, journal: Journal, chat_id: int, sender: str, contact_id: int) -> Contact:
    """Attach `contact_id` to the sender (inside the caller's transaction)."""
    log = ChatLog(vault)
    chat = log.chat(chat_id)
    if chat is None:
        raise UserError(NO_SUCH_CHAT_ROW, EXIT_USAGE, chat=str(chat_id))
    found = [(i, n) for i, n, _ in log.senders([chat_id]) if sender in (i, n)]
    if not found:
        raise UserError(NO_SUCH_SENDER, EXIT_USAGE, sender=sender, chat=chat.name)
    sender_id, name = found[0]
    handle = sender_handle(chat.app, name, "" if sender_id == "me" else sender_id)
    contact = journal.contact(contact_id)
    if handle not in contact.handles:
        contact = journal.update_contact(replace(contact, handles=(*contact.handles, handle)))
    if chat.incident_id is not None:
        incident = journal.incident(chat.incident_id)
        handles = incident.handles
        if handle not in handles:
            handles = (*handles, handle)
        contacts = tuple(dict.fromkeys((*incident.contact_ids, contact_id)))
        if (handles, contacts) != (incident.handles, incident.contact_ids):
            journal.update_incident(replace(incident, handles=handles, contact_ids=contacts))
    return contact
