"""The Chats page: an imported chat read like the chat, filtered by sender and dates, from which
she picks messages for the report. The work behind the buttons is in `ui.chats.actions`;
bringing an export in is in `ui.chats.telegram.importing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.chats.view import ChatFilter
from quietcase.app.core.errors import UserError
from quietcase.app.settings import Settings
from quietcase.storage.records import ChatMessage
from quietcase.ui import text
from quietcase.ui.chats.delegate import MessageDelegate
from quietcase.ui.chats.model import MESSAGE_ROLE, ChatModel, Pictures
from quietcase.ui.widgets.fitted_line import DATE_SAMPLE, FittedLine
from quietcase.ui.widgets.flow import FlowLayout
from quietcase.ui.widgets.long_job import JobBar
from quietcase.ui.widgets.plain import PlainLabel


class MessageView(QTreeView):
    """A flat list whose rows have their own heights, measured only when shown."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(120)
        self._relayout.timeout.connect(self.scheduleDelayedItemsLayout)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolled by `dy` rows: QTreeView measures every row in between to move the picture
        by pixels; after a long jump everything is painted anew anyway, so skip that."""
        if dx == 0 and abs(dy) > 40:
            self.viewport().update()
            return
        super().scrollContentsBy(dx, dy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._relayout.start()  # wrapped text takes other heights


class ChatsPage(QWidget):
    filters_changed = Signal()
    chosen = Signal()  # the selected messages changed

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pictures = Pictures(lambda: settings.reveal_images, self)
        self.model = ChatModel(self.pictures, self)
        heading = PlainLabel(self.tr("Chats"), self)
        heading.setObjectName("heading")
        explanation = PlainLabel(
            self.tr(
                "The chats you imported, as they were written. Pictures stay blurred until you "
                "choose to look. Choose messages for the report, and they are marked."
            ),
            self,
        )
        explanation.setObjectName("hint")
        explanation.setWordWrap(True)

        self.import_button = QPushButton(self.tr("Import chat export…"), self)
        self.import_button.setObjectName("primary")
        self.chat = self._combo(self.tr("Chat"))
        self.chat.setMinimumContentsLength(20)  # "name (app)"
        self.senders = self._combo(self.tr("Sender"))
        self.senders.setMinimumContentsLength(15)
        self.senders.currentIndexChanged.connect(lambda _i: self._sender_chosen())
        self.who_button = QPushButton(self.tr("Who is this?…"), self)
        self.who_button.setToolTip(
            self.tr("Say which person in your case wrote under this name in the chat")
        )
        self.who_button.setEnabled(False)
        self.since = self._date(self.tr("From"))
        self.until = self._date(self.tr("Until"))
        self.clear_button = QPushButton(self.tr("Show all"), self)
        self.clear_button.clicked.connect(lambda: self.clear_filters())
        self.date_problem = PlainLabel(self)
        self.date_problem.setObjectName("problem")
        filters = FlowLayout()
        for widget in (
            self.import_button,
            self.chat,
            self.senders,
            self.who_button,
            self.since,
            self.until,
            self.clear_button,
            self.date_problem,
        ):
            filters.addWidget(widget)

        self.add_button = QPushButton(self.tr("Add to report"), self)
        self.add_button.setToolTip(self.tr("The chosen messages go into the case summary"))
        self.remove_button = QPushButton(self.tr("Remove from report"), self)
        self.reveal_button = QPushButton(self.tr("Show chosen pictures"), self)
        self.blur_button = QPushButton(self.tr("Blur all again"), self)
        self.shown = PlainLabel(self)
        self.shown.setObjectName("hint")
        actions = FlowLayout()
        for widget in (
            self.add_button,
            self.remove_button,
            self.reveal_button,
            self.blur_button,
            self.shown,
        ):
            actions.addWidget(widget)

        self.notice = QFrame(self)
        self.notice.setObjectName("undo")
        self.notice_words = PlainLabel(self.notice)
        self.notice_words.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self.notice)
        close.clicked.connect(self.notice.hide)
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.notice_words, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.notice.hide()

        self.view = MessageView(self)
        self.view.setAccessibleName(self.tr("Messages of the chat"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(MessageDelegate(self.view, self.pictures))
        self.model.looks_changed.connect(self.view.viewport().update)
        self.empty = PlainLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.view)
        self.views.addWidget(self.empty)
        self.job_bar = JobBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.job_bar)
        self.blur_button.clicked.connect(self.pictures.blur_all)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.model.modelReset.connect(self.update_state)
        self.update_state()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        return combo

    def _sender_chosen(self) -> None:
        """Who is who: for one sender (her own messages are hers already)."""
        sender = self.senders.currentData()
        self.who_button.setEnabled(bool(sender) and sender != "me")

    def _date(self, placeholder: str) -> QLineEdit:
        line = FittedLine(DATE_SAMPLE, self)
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(placeholder)
        line.setToolTip(self.tr("A year, a month or a day: 2024, 2024-03, 2024-03-15"))
        line.textChanged.connect(lambda _t: self.filters_changed.emit())
        return line

    # -- filters -------------------------------------------------------------------------

    def current_filter(self) -> ChatFilter | None:
        chat_id = self.chat.currentData()
        if chat_id is None:
            return None
        self.date_problem.clear()
        sender = self.senders.currentData()
        return ChatFilter(
            chat_id=int(chat_id),
            senders=(sender,) if sender else (),
            since=self._day(self.since, last=False),
            until=self._day(self.until, last=True),
        )

    def _day(self, line: QLineEdit, *, last: bool) -> date | None:
        try:
            return text.filter_day(line.text(), last=last)
        except UserError:
            self.date_problem.setText(self.tr("That date cannot be read yet."))
            return None

    def clear_filters(self, *, quiet: bool = False) -> None:
        for widget in (self.senders, self.since, self.until):
            widget.blockSignals(True)
        self.senders.setCurrentIndex(0)
        self.since.clear()
        self.until.clear()
        for widget in (self.senders, self.since, self.until):
            widget.blockSignals(False)
        if not quiet:
            self.filters_changed.emit()

    def fill(self, combo: QComboBox, choices: Sequence[tuple[object, str]], keep: object) -> None:
        combo.blockSignals(True)
        combo.clear()
        for value, label in choices:
            combo.addItem(label, value)
        found = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)
        self._sender_chosen()

    # -- selection -----------------------------------------------------------------------

    def chosen_messages(self) -> list[ChatMessage]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        found = [self.model.index(r, 0).data(MESSAGE_ROLE) for r in rows]
        return [m for m in found if m is not None]

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().setCurrentIndex(
            index, flags | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _chosen(self) -> None:
        self.update_buttons()
        self.chosen.emit()

    def update_buttons(self) -> None:
        chosen = self.chosen_messages()
        marked = self.model.for_report
        self.add_button.setEnabled(any(m.id not in marked for m in chosen))
        self.remove_button.setEnabled(any(m.id in marked for m in chosen))
        self.reveal_button.setEnabled(
            any(
                media.evidence_id is not None and not self.pictures.is_revealed(media.evidence_id)
                for m in chosen
                for media in m.media
            )
        )

    def update_state(self) -> None:
        total = self.model.rowCount()
        has_chats = self.chat.count() > 0
        self.views.setCurrentWidget(self.view if total else self.empty)
        if not has_chats:
            self.empty.setText(
                self.tr(
                    "No chats yet.\n\nIn Telegram Desktop, “Export chat history” saves a chat "
                    "to a folder; in KakaoTalk, “Export chat” (대화 내보내기) saves it as a "
                    "text file. Choose “Import chat export…” to keep it here: every file stays "
                    "evidence, byte for byte, and every message can be read and searched."
                )
            )
        else:
            self.empty.setText(self.tr("No messages match these filters."))
        for widget in (
            self.chat,
            self.senders,
            self.who_button,
            self.since,
            self.until,
            self.clear_button,
        ):
            widget.setVisible(has_chats)
        for widget in (self.add_button, self.remove_button, self.reveal_button, self.blur_button):
            widget.setVisible(has_chats)
        chosen = len(self.model.for_report)
        parts = [self.tr("%Ln messages", "", total)] if has_chats else []
        if chosen:
            parts.append(self.tr("%Ln chosen for the report", "", chosen))
        self.shown.setText(" · ".join(parts))
        self.update_buttons()

    def show_notice(self, words: str) -> None:
        self.notice_words.setText(words)
        self.notice.setVisible(bool(words))

    def clear(self) -> None:
        """On lock: no message, name or picture left in the page."""
        self.view.selectionModel().clear()
        self.model.clear()
        for combo in (self.chat, self.senders):
            self.fill(combo, [], None)
        for line in (self.since, self.until):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        self.show_notice("")
        self.job_bar.forget()
        self.update_state()
        self.empty.clear()  # locked: no words about what the case holds or not
