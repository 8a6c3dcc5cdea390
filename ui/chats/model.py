"""The messages of one chat as a list model that reads them a page at a time.

The model knows how many messages the chosen chat and filters hold, and asks the worker for a
page of 200 only when a view paints one of its rows; a few dozen pages stay in memory and older
ones are read again when she scrolls back, so 100,000 messages scroll like 100. Pictures come
the same way (`Pictures`): blurred previews first, the sharp ones only once she reveals them,
and every revealed choice is forgotten on lock.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap

from quietcase.app.chats.view import PAGE_SIZE, Page
from quietcase.storage.records import ChatMessage

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the ChatMessage, or None while it is read
REPLIED_ROLE = Qt.ItemDataRole.UserRole + 2  # the message it replies to, if the case has it
CHOSEN_ROLE = Qt.ItemDataRole.UserRole + 3  # True when chosen for the report
PEEK_ROLE = Qt.ItemDataRole.UserRole + 4  # the ChatMessage if in memory (never asks for it)
KEEP_PAGES = 40  # 8,000 messages in memory at most
KEEP_PICTURES = 300


class Pictures(QObject):
    """Previews of the chats' pictures by evidence id, blurred unless revealed."""

    changed = Signal()

    def __init__(self, reveal_all: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reveal_all = reveal_all
        self.fetch: Callable[[list[int], bool], None] | None = None  # (ids, sharp) -> worker
        self._store: dict[bool, OrderedDict[int, QPixmap]] = {
            False: OrderedDict(),
            True: OrderedDict(),
        }
        self._none: set[int] = set()  # items without a preview (not a picture)
        self._revealed: set[int] = set()
        self._want: dict[bool, set[int]] = {False: set(), True: set()}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fetch_now)

    def is_revealed(self, evidence_id: int) -> bool:
        return self.reveal_all() or evidence_id in self._revealed

    def picture(self, evidence_id: int) -> tuple[QPixmap | None, bool]:
        """(the picture to paint or None while it is read or when there is none, blurred)."""
        if evidence_id in self._none:
            return None, False
        if self.is_revealed(evidence_id):
            sharp = self._store[True].get(evidence_id)
            if sharp is not None:
                return sharp, False
            self._ask(evidence_id, sharp=True)
        blurred = self._store[False].get(evidence_id)
        if blurred is None:
            self._ask(evidence_id, sharp=False)
        return blurred, True

    def _ask(self, evidence_id: int, *, sharp: bool) -> None:
        self._want[sharp].add(evidence_id)
        if not self._timer.isActive():
            self._timer.start()

    def fetch_now(self) -> None:
        self._timer.stop()
        for sharp in (False, True):
            wanted = sorted(self._want[sharp])
            self._want[sharp].clear()
            if wanted and self.fetch is not None:
                self.fetch(wanted, sharp)

    def add(self, asked: list[int], found: dict[int, QImage], *, sharp: bool) -> None:
        store = self._store[sharp]
        for evidence_id in asked:
            image = found.get(evidence_id)
            if image is None or image.isNull():
                if not sharp:
                    self._none.add(evidence_id)
            elif not sharp or self.is_revealed(evidence_id):
                store[evidence_id] = QPixmap.fromImage(image)
        while len(store) > KEEP_PICTURES:
            store.popitem(last=False)
        self.changed.emit()

    def reveal(self, ids: Iterable[int]) -> None:
        self._revealed |= set(ids)
        self.changed.emit()

    def blur_all(self) -> None:
        self._revealed.clear()
        self._store[True].clear()
        self._want[True].clear()
        self.changed.emit()

    def forget(self) -> None:
        """On lock: no picture and no revealed choice stays in memory."""
        for store in self._store.values():
            store.clear()
        for wanted in self._want.values():
            wanted.clear()
        self._none.clear()
        self._revealed.clear()
        self._timer.stop()


class ChatModel(QAbstractListModel):
    """Rows are the filtered messages of one chat in time order, read a page at a time."""

    looks_changed = Signal()  # pictures or report marks: repaint, the heights stay

    def __init__(self, pictures: Pictures, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pictures = pictures
        self.fetch: Callable[[int, int], None] | None = None  # (generation, offset) -> worker
        self.generation = 0
        self.for_report: set[int] = set()
        self._total = 0
        self._pages: OrderedDict[int, list[ChatMessage]] = OrderedDict()
        self._replied: dict[int, ChatMessage] = {}
        self._asked: set[int] = set()
        self._want: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fetch_now)
        pictures.changed.connect(self.looks_changed)

    # -- what views ask ------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role == PEEK_ROLE:
            return self.message(index.row(), ask=False)
        message = self.message(index.row())
        if role == MESSAGE_ROLE:
            return message
        if message is None:
            return None
        if role == REPLIED_ROLE:
            return None if message.reply_to is None else self._replied.get(message.reply_to)
        if role == CHOSEN_ROLE:
            return message.id in self.for_report
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{message.sender}: {message.text}" if message.sender else message.text
        return None

    def message(self, row: int, *, ask: bool = True) -> ChatMessage | None:
        """The message of a row, or None while its page is being read (then it is asked)."""
        number, at = divmod(row, PAGE_SIZE)
        found = self._pages.get(number)
        if found is None:
            if ask and number not in self._asked:
                self._want.add(number)
                if not self._timer.isActive():
                    self._timer.start()
            return None
        self._pages.move_to_end(number)
        return found[at] if at < len(found) else None

    def loaded(self) -> Iterable[tuple[int, ChatMessage]]:
        """(row, message) of every message in memory."""
        for number, messages in self._pages.items():
            for at, message in enumerate(messages):
                yield number * PAGE_SIZE + at, message

    def row_of(self, record_id: int) -> int:
        return next((row for row, m in self.loaded() if m.id == record_id), -1)

    # -- pages ---------------------------------------------------------------------------

    def show_total(self, total: int) -> None:
        """A new chat or filter: forget every page, and say how many rows there are."""
        self.beginResetModel()
        self.generation += 1
        self._total = total
        self._pages.clear()
        self._replied.clear()
        self._asked.clear()
        self._want.clear()
        self.endResetModel()

    def fetch_now(self) -> None:
        self._timer.stop()
        for number in sorted(self._want):
            self._asked.add(number)
            if self.fetch is not None:
                self.fetch(self.generation, number * PAGE_SIZE)
        self._want.clear()

    def add_page(self, generation: int, page: Page) -> None:
        if generation != self.generation:
            return  # a page of a chat or filter she has left
        number = page.offset // PAGE_SIZE
        self._asked.discard(number)
        self._pages[number] = page.messages
        if len(self._replied) > KEEP_PAGES * PAGE_SIZE:
            self._replied.clear()
        self._replied.update(page.replied)
        for message in page.messages:
            self._replied.setdefault(message.message_id, message)
        while len(self._pages) > KEEP_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(self._total, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    def page_failed(self, generation: int, offset: int) -> None:
        if generation == self.generation:
            self._asked.discard(offset // PAGE_SIZE)

    def set_for_report(self, ids: Iterable[int]) -> None:
        self.for_report = set(ids)
        self.looks_changed.emit()

    def clear(self) -> None:
        self.for_report = set()
        self.pictures.forget()
        self.show_total(0)
