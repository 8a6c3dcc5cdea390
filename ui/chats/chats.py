"""The Chats page with what it does, as one piece the open case's view builds and wires."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from quietcase.app.settings import Settings
from quietcase.ui.chats.actions import ChatsActions
from quietcase.ui.chats.kakaotalk.importing import KakaoImporter
from quietcase.ui.chats.page import ChatsPage
from quietcase.ui.chats.telegram.importing import Choices, TelegramImporter
from quietcase.ui.chats.who import SenderNaming
from quietcase.ui.session import Session


class Chats(QObject):
    def __init__(
        self, session: Session, settings: Settings, incidents: Choices, window: QWidget
    ) -> None:
        super().__init__(window)
        self.page = ChatsPage(settings, window)
        self.actions = ChatsActions(session, self.page, window)
        self.importer = TelegramImporter(session, self.page, incidents, window)
        self.kakaotalk = KakaoImporter(session, self.page, window)
        self.naming = SenderNaming(session, self.page, window)
        menu = self.page.import_button.menu()
        if menu is not None:
            self.kakaotalk.offer_on(menu)

    def attach(self, case_view: Any) -> None:
        """Offer the import in the evidence page's "Add evidence…" menu too; show the page
        while an import runs; after it, everything is read again (evidence, incidents)."""
        menu = case_view.evidence.add_button.menu()
        if menu is not None:
            menu.addAction(self.tr("A Telegram export…"), lambda: self.importer.choose(folder=True))
            menu.addAction(
                self.tr("A KakaoTalk export…"), lambda: self.kakaotalk.choose(folder=False)
            )
        for importer in (self.importer, self.kakaotalk):
            importer.started.connect(lambda: case_view.show_page("chats"))
            importer.imported.connect(lambda chat: self._imported(case_view, chat))
        self.naming.named.connect(case_view.reload)  # people, incidents
        self.actions.save_copy = case_view.evidence_actions.save_copy

    def _imported(self, case_view: Any, chat_id: int) -> None:
        case_view.reload()  # evidence, incidents, counts, search
        self.actions.load(chat_id or None)  # after it: the new chat is the one shown

    def load(self) -> None:
        self.actions.load()

    def open_message(self, record_id: int) -> None:
        self.actions.open_message(record_id)

    def clear(self) -> None:
        """On lock: questions closed, and nothing of the chats left in memory."""
        self.importer.close_for_lock()
        self.kakaotalk.close_for_lock()
        self.naming.close_for_lock()
        self.actions.close_for_lock()
