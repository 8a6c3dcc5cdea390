"""How one chat message is painted: sender and time, what it replies to or was forwarded
from, its text, and its pictures and files (blurred until she reveals them; a file the export
left out is said so plainly). Painted, not built from widgets, so a chat of any length scrolls
smoothly; the height of a row is measured only when the view shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.evidence.media_type import IMAGE, chat_media_kind
from quietcase.storage.dates import Moment
from quietcase.storage.records import ChatMedia, ChatMessage
from quietcase.ui import text
from quietcase.ui.chats.model import CHOSEN_ROLE, MESSAGE_ROLE, PEEK_ROLE, REPLIED_ROLE, Pictures
from quietcase.ui.chats.words import missing_words, reply_words, service_words, source_words
from quietcase.ui.evidence.model import kind_word
from quietcase.ui.style import theme

Index = QModelIndex | QPersistentModelIndex
PAD = 10
TILE = QSize(168, 126)
MAX_LINES = 18  # longer messages are cut here in the list (the whole text is in the tooltip)


def time_text(message: ChatMessage) -> str:
    """Exact times in the case's zone (as its documents print them); times the export wrote
    without a zone, as written, with the zone she chose for them when she chose one
    (KakaoTalk)."""
    if message.sent_at is not None and not message.time_zone:
        return text.timestamp_text(message.sent_at)
    try:
        at = datetime.fromisoformat(message.local_time)
    except ValueError:
        return message.local_time
    shown = text.moment_text(Moment(at.year, at.month, at.day, at.hour, at.minute))
    return f"{shown} ({message.time_zone})" if message.time_zone else shown


def _is_tile(media: ChatMedia) -> bool:
    """Pictures kept in the case are shown as pictures; other files and missing ones as a
    line of words."""
    return media.evidence_id is not None and chat_media_kind(media.kind, media.mime_type) == IMAGE


def one_line(words: str) -> str:
    return " ".join(words.split())


@dataclass
class Parts:
    """The measured pieces of one message (heights in pixels)."""

    header: int
    extra: list[str]  # reply, forward and bot lines
    body: QRect
    tiles: int
    missing: int
    height: int


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView, pictures: Pictures) -> None:
        super().__init__(view)
        self.view = view
        self.pictures = pictures

    # -- measuring -----------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = self.view.font()
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def _width(self) -> int:
        return max(200, self.view.viewport().width() - 2 * PAD - 8)

    def _parts(self, message: ChatMessage, replied: ChatMessage | None) -> Parts:
        base, bold, small = self._fonts()
        line = QFontMetrics(base).lineSpacing()
        small_line = QFontMetrics(small).lineSpacing()
        width = self._width()
        if message.kind == "service":
            return Parts(0, [], QRect(0, 0, width, line), 0, 0, line + 2 * PAD)
        extra = []
        if message.reply_to is not None:
            extra.append(reply_words(replied))
        if message.forwarded_from:
            extra.append(self.tr("Forwarded from {name}").format(name=message.forwarded_from))
        if message.via_bot:
            extra.append(self.tr("via {bot}").format(bot=message.via_bot))
        extra += source_words(message)
        body = QRect(0, 0, width, 0)
        if message.text:
            flags = Qt.TextFlag.TextWordWrap
            body = QFontMetrics(base).boundingRect(QRect(0, 0, width, 100000), flags, message.text)
            body.setHeight(min(body.height(), MAX_LINES * line))
        tiles = sum(1 for m in message.media if _is_tile(m))
        missing = sum(1 for m in message.media if not _is_tile(m))
        header = QFontMetrics(bold).lineSpacing()
        height = PAD + header + len(extra) * small_line + 4
        height += body.height() + (6 if body.height() else 0)
        height += (TILE.height() + 6) if tiles else 0
        height += missing * (small_line + 12 + 4)
        return Parts(header, extra, body, tiles, missing, height + PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        message = index.data(PEEK_ROLE)  # measuring rows far away must not read them
        if message is None:
            return QSize(self._width(), QFontMetrics(self.view.font()).lineSpacing() * 3)
        return QSize(self._width(), self._parts(message, index.data(REPLIED_ROLE)).height)

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        message: ChatMessage | None = index.data(MESSAGE_ROLE)
        chosen = bool(index.data(CHOSEN_ROLE))
        painter.save()
        look = theme()
        background = "sidebar_chosen" if selected else ("chosen_back" if chosen else "field")
        painter.fillRect(rect, look.colour(background))
        painter.setPen(look.colour("line"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if chosen:
            painter.fillRect(
                QRect(rect.left(), rect.top(), 5, rect.height()), look.colour("accent")
            )
        base, bold, small = self._fonts()
        inner = rect.adjusted(PAD + 6, PAD, -PAD, -PAD)
        if message is None:
            painter.setPen(look.colour("hint"))  # ≥ 4.5:1 (was #8a949c, 3.09:1 on white)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft, "…")
        elif message.kind == "service":
            painter.setFont(small)
            painter.setPen(look.colour("hint"))
            words = one_line(service_words(message))
            words = QFontMetrics(small).elidedText(
                words, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter, words)
        else:
            self._paint_message(painter, inner, message, index, chosen, (base, bold, small))
        painter.restore()

    def _paint_message(
        self,
        painter: QPainter,
        inner: QRect,
        message: ChatMessage,
        index: Index,
        chosen: bool,
        fonts: tuple[QFont, QFont, QFont],
    ) -> None:
        base, bold, small = fonts
        parts = self._parts(message, index.data(REPLIED_ROLE))
        y = inner.top()
        right = time_text(message)
        if message.edited_at is not None or message.edited_local:
            right = self.tr("{time} (edited)").format(time=right)
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        right_width = small_metrics.horizontalAdvance(right)
        header = QRect(inner.left(), y, inner.width(), parts.header)
        painter.setPen(theme().colour("hint"))
        painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        if chosen:
            badge = self.tr("In the report")
            painter.setPen(theme().colour("accent"))
            badge_rect = header.adjusted(0, 0, -right_width - 14, 0)
            painter.drawText(
                badge_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, badge
            )
            right_width += small_metrics.horizontalAdvance(badge) + 14
        painter.setFont(bold)
        sender = message.sender or message.chat_name
        senders = theme().senders
        colour = senders[sum(map(ord, message.sender_id or sender)) % len(senders)]
        painter.setPen(QColor(colour))
        room = max(40, inner.width() - right_width - 16)
        sender = QFontMetrics(bold).elidedText(sender, Qt.TextElideMode.ElideRight, room)
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sender)
        y += parts.header
        painter.setFont(small)
        painter.setPen(theme().colour("extra_text"))
        for words in parts.extra:
            words = small_metrics.elidedText(
                one_line(words), Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(
                QRect(inner.left(), y, inner.width(), small_metrics.lineSpacing()), 0, words
            )
            y += small_metrics.lineSpacing()
        y += 4
        if message.text:
            painter.setFont(base)
            painter.setPen(theme().colour("text"))
            body = QRect(inner.left(), y, inner.width(), parts.body.height())
            painter.drawText(body, Qt.TextFlag.TextWordWrap, message.text)
            y += body.height() + 6
        if parts.tiles:
            self._paint_tiles(painter, inner.left(), y, message, small)
            y += TILE.height() + 6
        painter.setFont(small)
        for media in message.media:
            if _is_tile(media):
                continue
            box = QRect(inner.left(), y, min(inner.width(), 520), small_metrics.lineSpacing() + 12)
            kept = media.evidence_id is not None
            painter.setPen(theme().colour("tile_border"))
            painter.setBrush(theme().colour("sidebar" if kept else "status_back"))
            painter.drawRoundedRect(box, 5, 5)
            painter.setPen(theme().colour("text" if kept else "hint"))
            name = media.file_name or media.path.rsplit("/", 1)[-1]
            if kept:
                words = self.tr("{kind}: {name} (evidence E-{id})").format(
                    kind=kind_word(chat_media_kind(media.kind, media.mime_type)),
                    name=name,
                    id=media.evidence_id,
                )
            else:
                words = self.tr("{kind}: {why}").format(
                    kind=kind_word(chat_media_kind(media.kind, media.mime_type)),
                    why=missing_words(media.missing),
                )
            words = small_metrics.elidedText(words, Qt.TextElideMode.ElideRight, box.width() - 16)
            painter.drawText(box.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter, words)
            y += box.height() + 4

    def _paint_tiles(
        self, painter: QPainter, left: int, top: int, message: ChatMessage, small: QFont
    ) -> None:
        x = left
        for media in message.media:
            if not _is_tile(media) or media.evidence_id is None:
                continue
            tile = QRect(x, top, TILE.width(), TILE.height())
            kind = chat_media_kind(media.kind, media.mime_type)
            picture, blurred = self.pictures.picture(media.evidence_id)
            painter.setPen(theme().colour("tile_border"))
            painter.setBrush(theme().colour("tile_back"))
            painter.drawRoundedRect(tile, 6, 6)
            if picture is not None:
                scaled = picture.scaled(
                    tile.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                at = tile.center() - scaled.rect().center()
                painter.drawPixmap(at, scaled)
            painter.setFont(small)
            painter.setPen(theme().colour("column_text"))
            if picture is None:
                name = media.file_name or media.path.rsplit("/", 1)[-1]
                words = f"{kind_word(kind)}\n{name}\nE-{media.evidence_id}"
                painter.drawText(
                    tile.adjusted(6, 6, -6, -6),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWrapAnywhere,
                    words,
                )
            elif blurred:
                band = QRect(tile.left(), tile.bottom() - 22, tile.width(), 22)
                painter.fillRect(band, theme().colour("band"))
                painter.drawText(
                    band,
                    Qt.AlignmentFlag.AlignCenter,
                    text.tr(QT_TRANSLATE_NOOP("Quietcase", "blurred")),
                )
            x += TILE.width() + 8
