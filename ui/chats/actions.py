"""What the Chats page does: list the chats and their senders, read messages a page at a time,
choose messages for the report, reveal and open pictures, and open a message found by the
search. Every vault step is a job on the serial worker; only results come back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from quietcase.app.case import Case
from quietcase.app.chats import view as chat_view
from quietcase.app.chats.messages import Sender
from quietcase.app.chats.view import PAGE_SIZE, ChatFilter, Page
from quietcase.app.core.errors import UserError
from quietcase.app.evidence.view import Details, details, previews
from quietcase.storage.records import Chat
from quietcase.ui import text
from quietcase.ui.chats.model import MESSAGE_ROLE
from quietcase.ui.chats.page import ChatsPage
from quietcase.ui.evidence.model import decode_previews
from quietcase.ui.evidence.viewer import ViewerDialog
from quietcase.ui.session import Session


class ChatsActions(QObject):
    def __init__(self, session: Session, page: ChatsPage, window: QWidget) -> None:
        super().__init__(page)
        self.session = session
        self.page = page
        self.window = window
        self.viewers: list[ViewerDialog] = []
        # "Save a copy to…" in a viewer opened from a chat: the evidence page's, set by
        # `Chats.attach` (id, file name, where the notice goes).
        self.save_copy: Callable[[int, str, Callable[[str], None]], None] = lambda *_: None
        self._filter: ChatFilter | None = None
        self._ids: list[int] = []  # the rows: record ids of the chosen messages, in order
        self._senders_of: int | None = None
        self._select: int | None = None  # a row to select once the chat is counted
        page.model.fetch = self._fetch_page
        page.pictures.fetch = self._fetch_pictures
        page.filters_changed.connect(self.apply_filters)
        page.add_button.clicked.connect(lambda: self.choose_for_report(True))
        page.remove_button.clicked.connect(lambda: self.choose_for_report(False))
        page.reveal_button.clicked.connect(self.reveal_chosen)
        page.view.activated.connect(self.open_media)  # double-click or Enter

    # -- loading -------------------------------------------------------------------------

    def load(self, chat_id: int | None = None) -> None:
        """The chats and the report's choice; then the chat shown (or `chat_id`)."""

        def job(case: Case) -> tuple[list[Chat], list[int]]:
            store = case.chats
            return store.chats(), store.for_report()

        keep = chat_id if chat_id is not None else self.page.chat.currentData()
        self.session.run(job, lambda found: self._loaded(found, keep), self._failed)

    def _loaded(self, found: tuple[list[Chat], list[int]], keep: object) -> None:
        chats, chosen = found
        self.page.fill(self.page.chat, [(c.id, self._label(c)) for c in chats], keep)
        self.page.model.for_report = set(chosen)
        self._senders_of = None
        self.apply_filters()

    def _label(self, chat: Chat) -> str:
        """The chat's name and the app it came from (one view for both apps)."""
        if chat.app == "kakaotalk":
            return self.tr("{name} (KakaoTalk)").format(name=chat.name)
        return self.tr("{name} (Telegram)").format(name=chat.name)

    def apply_filters(self) -> None:
        page = self.page
        chat_id = page.chat.currentData()
        if chat_id is not None and chat_id != self._senders_of:
            keep = page.senders.currentData() if self._senders_of is None else None
            self._senders_of = chat_id
            page.fill(page.senders, [(None, self.tr("Everyone"))], None)
            self.session.run(
                lambda case: case.chats.senders([chat_id]),
                lambda found: self._senders_loaded(chat_id, found, keep),
                self._failed,
            )
        chosen = self._filter = page.current_filter()
        if chosen is None:
            self._ids = []
            page.model.show_total(0)
            return
        self.session.run(
            lambda case: chat_view.message_ids(case, chosen),
            lambda ids: self._counted(chosen, ids),
            self._failed,
        )

    def _senders_loaded(self, chat_id: int, senders: list[Sender], keep: object = None) -> None:
        """The chat's senders in the filter; `keep`: the one chosen before the chats were
        read again (after an import, or after she said who is who)."""
        if chat_id != self.page.chat.currentData():
            return
        choices: list[tuple[object, str]] = [(None, self.tr("Everyone"))]
        for sender in senders:
            name = sender.name or sender.sender_id or self.tr("(no name)")
            label = self.tr("{name} · %Ln messages", "", sender.messages).format(name=name)
            choices.append((sender.sender_id or sender.name, label))
        chosen = self.page.senders.currentData()
        self.page.fill(self.page.senders, choices, chosen if chosen is not None else keep)
        if chosen is None and self.page.senders.currentData() is not None:
            self.apply_filters()  # the sender chosen before: its messages again

    def _counted(self, chosen: ChatFilter, ids: list[int]) -> None:
        if chosen != self._filter:
            return  # she changed the filters meanwhile
        self._ids = ids
        self.page.model.show_total(len(ids))
        if self._select is not None:
            row, self._select = self._select, None
            self.page.model.message(row)  # ask for its page now
            self.page.model.fetch_now()
            self.page.select_row(row)

    def _fetch_page(self, generation: int, offset: int) -> None:
        chosen = self._filter
        if chosen is None:
            return
        ids = self._ids[offset : offset + PAGE_SIZE]
        self.session.run(
            lambda case: chat_view.page(case, chosen.chat_id, offset, ids),
            lambda found: self._page_loaded(generation, found),
            lambda error: self._page_failed(generation, offset, error),
        )

    def _page_loaded(self, generation: int, found: Page) -> None:
        self.page.model.add_page(generation, found)
        self.page.update_buttons()

    def _page_failed(self, generation: int, offset: int, error: UserError) -> None:
        self.page.model.page_failed(generation, offset)
        self._failed(error)

    def _fetch_pictures(self, ids: list[int], sharp: bool) -> None:
        def job(case: Case) -> dict[int, QImage]:
            return decode_previews(previews(case, ids, sharp=sharp))

        self.session.run(job, lambda found: self.page.pictures.add(ids, found, sharp=sharp))

    # -- a message found by the search ---------------------------------------------------

    def open_message(self, record_id: int) -> None:
        """Show the message's chat, unfiltered, with the message chosen and in view."""

        def found(where: tuple[int, int]) -> None:
            chat_id, row = where
            page = self.page
            self._select = row
            page.clear_filters(quiet=True)
            at = page.chat.findData(chat_id)
            if at < 0:  # a chat imported since the list was read
                self.load(chat_id)
                return
            page.chat.blockSignals(True)
            page.chat.setCurrentIndex(at)
            page.chat.blockSignals(False)
            self.apply_filters()  # counts, then selects the row

        self.session.run(lambda case: chat_view.locate(case, record_id), found, self._failed)

    # -- the report ----------------------------------------------------------------------

    def choose_for_report(self, chosen: bool) -> None:
        ids = [m.id for m in self.page.chosen_messages()]
        if not ids:
            return

        def job(case: Case) -> list[int]:
            store = case.chats
            store.set_for_report(ids, chosen)
            return store.for_report()

        def done(marked: list[int]) -> None:
            self.page.model.set_for_report(marked)
            self.page.update_state()

        self.session.run(job, done, self._failed)

    # -- pictures ------------------------------------------------------------------------

    def reveal_chosen(self) -> None:
        self.page.pictures.reveal(
            media.evidence_id
            for message in self.page.chosen_messages()
            for media in message.media
            if media.evidence_id is not None
        )
        self.page.pictures.fetch_now()
        self.page.update_buttons()

    def open_media(self, index: QModelIndex) -> None:
        """Double-click or Enter: its first picture or file in the viewer (blurred first)."""
        message = index.data(MESSAGE_ROLE)
        ids = [] if message is None else list(message.evidence_ids)
        if not ids:
            return
        chosen = ids[0]

        def job(case: Case) -> tuple[Details, bytes | None]:
            return details(case, chosen), previews(case, [chosen]).get(chosen)

        self.session.run(job, self._show_viewer, self._failed)

    def _show_viewer(self, found: tuple[Details, bytes | None]) -> ViewerDialog:
        viewer = ViewerDialog(self.session, found[0], found[1], self.window)
        name = found[0].entry.evidence.filename
        viewer.save_requested.connect(
            lambda evidence_id: self.save_copy(evidence_id, name, self.page.show_notice)
        )
        viewer.finished.connect(lambda _c, v=viewer: self._forget_viewer(v))
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer: ViewerDialog) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    # -- locking -------------------------------------------------------------------------

    def close_for_lock(self) -> None:
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers.clear()
        self._filter = None
        self._ids = []
        self._senders_of = None
        self._select = None
        self.page.clear()

    def _failed(self, error: UserError) -> None:
        self.page.show_notice(text.error_text(error))
