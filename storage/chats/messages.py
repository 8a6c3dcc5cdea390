"""Rows <-> records for imported chats: chats, messages, their media, and the exports.

Callers (`app.chats.telegram.importing`, `app.chats.messages`) wrap writes in `vault.atomic()`.
Lists are read with a fixed number of queries, so 100,000 messages list in one pass.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from quietcase.storage.records import Chat, ChatMedia, ChatMessage
from quietcase.storage.search import index as search_index
from quietcase.storage.search.messages import MESSAGE_INDEX, MESSAGE_VIEW
from quietcase.storage.vault import Vault

_CHAT_COLUMNS = "id, name, chat_type, telegram_id, username, incident_id, app"
_MESSAGE_COLUMNS = (
    "m.id, m.chat_id, m.message_id, m.kind, m.sent_at, m.local_time, m.utc_offset, m.sender, "
    "m.sender_id, m.text, m.links, m.mentions, m.reply_to, m.forwarded_from, m.via_bot, "
    "m.edited_at, m.edited_local, m.action, m.export_id, c.name, m.line_first, m.line_last, "
    "m.as_written, m.flags, m.time_zone"
)
_MEDIA_COLUMNS = "md.kind, md.path, md.evidence_id, md.missing, md.file_name, md.mime_type"


def _ts(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat(timespec="seconds")


def _from_ts(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False) if values else "[]"


def _from_json_list(text: str) -> tuple[str, ...]:
    return () if text == "[]" else tuple(str(v) for v in json.loads(text))


def sort_key(message: ChatMessage) -> str:
    """What messages are ordered and filtered by: the exact time in UTC when known, else the
    local time as the export wrote it (`YYYY-MM-DDTHH:MM:SS`)."""
    if message.sent_at is not None:
        return message.sent_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return message.local_time


def _media_rows(rows: Iterable[tuple[int, int, int, ChatMedia, str, int]]) -> list[tuple[Any, ...]]:
    return [
        (
            chat_id,
            message_id,
            position,
            media.kind,
            media.path,
            file,
            media.file_name,
            media.mime_type,
            media.missing,
            media.evidence_id,
            export_id,
        )
        for chat_id, message_id, position, media, file, export_id in rows
    ]


def _chat(row: Sequence[Any]) -> Chat:
    return Chat(
        id=int(row[0]),
        name=str(row[1]),
        chat_type=str(row[2]),
        telegram_id=None if row[3] is None else int(row[3]),
        username=str(row[4]),
        incident_id=None if row[5] is None else int(row[5]),
        app=str(row[6]),
    )


class ChatLog:
    """Chats, messages and exports of one vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- chats ---------------------------------------------------------------------------

    def chat(self, chat_id: int) -> Chat | None:
        row = self.vault.query_one(f"SELECT {_CHAT_COLUMNS} FROM chat WHERE id = ?", (chat_id,))
        return None if row is None else _chat(row)

    def chat_by_telegram_id(self, telegram_id: int) -> Chat | None:
        row = self.vault.query_one(
            f"SELECT {_CHAT_COLUMNS} FROM chat WHERE telegram_id = ?", (telegram_id,)
        )
        return None if row is None else _chat(row)

    def chats_named(self, name: str, app: str = "telegram") -> list[Chat]:
        """The chats of one app with this name."""
        rows = self.vault.query(
            f"SELECT {_CHAT_COLUMNS} FROM chat WHERE app = ? AND name = ? ORDER BY id",
            (app, name),
        )
        return [_chat(r) for r in rows]

    def chats(self) -> list[Chat]:
        rows = self.vault.query(f"SELECT {_CHAT_COLUMNS} FROM chat ORDER BY name, id")
        return [_chat(r) for r in rows]

    def add_chat(self, chat: Chat, now: datetime) -> int:
        return self.vault.execute(
            "INSERT INTO chat (telegram_id, name, chat_type, username, incident_id, created_at, "
            "updated_at, app) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                chat.telegram_id,
                chat.name,
                chat.chat_type,
                chat.username,
                chat.incident_id,
                _ts(now),
                _ts(now),
                chat.app,
            ),
        )

    def update_chat(self, chat: Chat, now: datetime) -> None:
        self.vault.execute(
            "UPDATE chat SET telegram_id = ?, name = ?, chat_type = ?, username = ?, "
            "incident_id = ?, updated_at = ? WHERE id = ?",
            (
                chat.telegram_id,
                chat.name,
                chat.chat_type,
                chat.username,
                chat.incident_id,
                _ts(now),
                chat.id,
            ),
        )

    # -- messages ------------------------------------------------------------------------

    def known_texts(self, chat_id: int) -> dict[int, str]:
        """Message id -> text of the messages already kept for a chat."""
        rows = self.vault.query(
            "SELECT message_id, text FROM chat_message WHERE chat_id = ?", (chat_id,)
        )
        return {int(r[0]): str(r[1]) for r in rows}

    def ids_in_order(
        self,
        chat_id: int,
        senders: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
    ) -> list[int]:
        """The record ids of one chat's messages in time order, of these senders (their ids,
        or names where the export gave no id) and from `since` to before `until` (ISO times)
        when given."""
        clauses = ["chat_id = ?"]
        params: list[object] = [chat_id]
        if senders:
            marks = ",".join("?" * len(senders))
            clauses.append(f"(sender_id IN ({marks}) OR sender IN ({marks}))")
            params += list(senders) * 2
        if since is not None:
            clauses.append("sort_at >= ?")
            params.append(since)
        if until is not None:
            clauses.append("sort_at < ?")
            params.append(until)
        rows = self.vault.query(
            f"SELECT id FROM chat_message WHERE {' AND '.join(clauses)} "
            "ORDER BY sort_at, chat_id, line_first, message_id",
            tuple(params),
        )
        return [int(r[0]) for r in rows]

    def ids_of_messages(self, chat_id: int, message_ids: Sequence[int]) -> list[int]:
        """The record ids of one chat's messages with these Telegram message ids."""
        if not message_ids:
            return []
        marks = ",".join("?" * len(message_ids))
        rows = self.vault.query(
            f"SELECT id FROM chat_message WHERE chat_id = ? AND message_id IN ({marks})",
            (chat_id, *(int(i) for i in message_ids)),
        )
        return [int(r[0]) for r in rows]

    def media_without_file(self, chat_id: int) -> set[tuple[int, int]]:
        """(message id, position) of the media of a chat that have no evidence item yet."""
        rows = self.vault.query(
            "SELECT message_id, position FROM chat_media WHERE chat_id = ? AND evidence_id IS NULL",
            (chat_id,),
        )
        return {(int(r[0]), int(r[1])) for r in rows}

    @staticmethod
    def message_rows(
        chat_id: int,
        messages: Sequence[ChatMessage],
        files: Sequence[Sequence[str]],
        export_id: int,
        after: str = "",
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], str]:
        """Rows for new messages of one chat (their own `chat_id` is not used) and their
        media, and the order key of the last message, made without the vault (another thread
        may be using it meanwhile; `write_messages` writes them). `files[i][j]` is where media
        j of message i is inside the export folder ("" when it is missing or refused). A
        message without a time (the service lines of HTML exports) is ordered with the
        message before it (`after` for the first of the batch). They are not searchable until
        `index_messages` (once, after the last batch: FTS5 indexes many rows in one statement
        far faster than in many)."""
        rows: list[tuple[Any, ...]] = []
        for m in messages:  # one pass: 100,000 messages spend most of their time here
            sent = _ts(m.sent_at)
            after = (sent[:19] if sent else m.local_time) or after  # as `sort_key`
            rows.append(
                (
                    chat_id,
                    m.message_id,
                    m.kind,
                    sent,
                    m.local_time,
                    m.utc_offset,
                    after,
                    m.sender,
                    m.sender_id,
                    m.text,
                    _json_list(m.links),
                    _json_list(m.mentions),
                    m.reply_to,
                    m.forwarded_from,
                    m.via_bot,
                    None if m.edited_at is None else _ts(m.edited_at),
                    m.edited_local,
                    m.action,
                    m.line_first,
                    m.line_last,
                    m.as_written,
                    _json_list(m.flags),
                    m.time_zone,
                    export_id,
                )
            )
        media = _media_rows(
            (chat_id, m.message_id, position, item, file, export_id)
            for m, message_files in zip(messages, files, strict=True)
            if m.media
            for position, (item, file) in enumerate(zip(m.media, message_files, strict=True))
        )
        return rows, media, after

    def write_messages(
        self, rows: Sequence[tuple[Any, ...]], media: Sequence[tuple[Any, ...]]
    ) -> None:
        """Insert rows made by `message_rows`."""
        self.vault.executemany(
            "INSERT INTO chat_message (chat_id, message_id, kind, sent_at, local_time, "
            "utc_offset, sort_at, sender, sender_id, text, links, mentions, reply_to, "
            "forwarded_from, via_bot, edited_at, edited_local, action, line_first, line_last, "
            "as_written, flags, time_zone, export_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._write_media(media)

    def last_row(self) -> int:
        """The row id of the newest message (0 when there is none): where an import starts."""
        row = self.vault.query_one("SELECT max(id) FROM chat_message")
        return int(row[0]) if row and row[0] is not None else 0

    def index_messages(self, after_row: int) -> None:
        """Add the messages stored after row `after_row` to the search index, in one
        statement (see `search_index.bulk_loading`)."""
        with search_index.bulk_loading(self.vault, MESSAGE_INDEX):
            self.vault.execute(
                f"INSERT INTO {MESSAGE_INDEX} (rowid, title, body) "
                f"SELECT id, title, body FROM {MESSAGE_VIEW} WHERE id > ?",
                (after_row,),
            )

    def set_media(self, rows: Iterable[tuple[int, int, int, ChatMedia, str, int]]) -> None:
        """Write media rows `(chat_id, message_id, position, media, file, export_id)`,
        replacing what a row held before (a file a newer export now includes)."""
        self._write_media(_media_rows(rows))

    def _write_media(self, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        self.vault.executemany(
            "INSERT OR REPLACE INTO chat_media (chat_id, message_id, position, kind, path, file, "
            "file_name, mime_type, missing, evidence_id, export_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def link_media(self, export_id: int) -> None:
        """Point this export's media at the evidence items of their files; a file that was
        named but not stored becomes missing ("absent")."""
        self.vault.execute(
            "UPDATE chat_media SET evidence_id = f.evidence_id, missing = '' "
            "FROM telegram_export_file f WHERE chat_media.export_id = ? AND f.export_id = ? "
            "AND f.path = chat_media.file AND chat_media.file != ''",
            (export_id, export_id),
        )
        self.vault.execute(
            "UPDATE chat_media SET missing = 'absent' WHERE export_id = ? "
            "AND evidence_id IS NULL AND missing = ''",
            (export_id,),
        )

    def media_counts(self, export_id: int) -> list[tuple[int, str, bool, int]]:
        """(chat id, why missing, has a file, count) of the media one export wrote."""
        rows = self.vault.query(
            "SELECT chat_id, missing, evidence_id IS NOT NULL, count(*) FROM chat_media "
            "WHERE export_id = ? GROUP BY 1, 2, 3",
            (export_id,),
        )
        return [(int(r[0]), str(r[1]), bool(r[2]), int(r[3])) for r in rows]

    def messages(
        self,
        *,
        chat_ids: Sequence[int] = (),
        senders: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
        ids: Sequence[int] = (),
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ChatMessage]:
        """Messages in time order, filtered (see `_where`)."""
        where, params = _where(chat_ids, senders, since, until, ids)
        page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        rows = self.vault.query(
            f"SELECT {_MESSAGE_COLUMNS} FROM chat_message m JOIN chat c ON c.id = m.chat_id "
            f"{where} ORDER BY m.sort_at, m.chat_id, m.line_first, m.message_id{page}",
            params,
        )
        if not rows:
            return []
        media = self._media([int(r[0]) for r in rows])
        return [_message(r, media.get(int(r[0]), ())) for r in rows]

    def count(
        self,
        *,
        chat_ids: Sequence[int] = (),
        senders: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
    ) -> int:
        where, params = _where(chat_ids, senders, since, until, ())
        row = self.vault.query_one(f"SELECT count(*) FROM chat_message m {where}", params)
        return int(row[0]) if row else 0

    def senders(self, chat_ids: Sequence[int] = ()) -> list[tuple[str, str, int]]:
        """(sender id, latest name, number of messages) of everyone who wrote, most first."""
        where, params = _where(chat_ids, (), None, None, ())
        rows = self.vault.query(
            f"SELECT m.sender_id, max(m.sender), count(*) FROM chat_message m {where} "
            "GROUP BY m.sender_id, CASE WHEN m.sender_id = '' THEN m.sender END "
            "ORDER BY count(*) DESC, m.sender_id",
            params,
        )
        return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]

    def _media(self, message_row_ids: list[int]) -> dict[int, tuple[ChatMedia, ...]]:
        chosen = ",".join(str(i) for i in message_row_ids)
        rows = self.vault.query(
            f"SELECT m.id, {_MEDIA_COLUMNS} FROM chat_media md JOIN chat_message m "
            "ON m.chat_id = md.chat_id AND m.message_id = md.message_id "
            f"WHERE m.id IN ({chosen}) ORDER BY m.id, md.position"
        )
        grouped: dict[int, list[ChatMedia]] = defaultdict(list)
        for r in rows:
            grouped[int(r[0])].append(
                ChatMedia(
                    kind=str(r[1]),
                    path=str(r[2]),
                    evidence_id=None if r[3] is None else int(r[3]),
                    missing=str(r[4]),
                    file_name=str(r[5]),
                    mime_type=str(r[6]),
                )
            )
        return {k: tuple(v) for k, v in grouped.items()}


def _where(
    chat_ids: Sequence[int],
    senders: Sequence[str],
    since: str | None,
    until: str | None,
    ids: Sequence[int],
) -> tuple[str, list[Any]]:
    """Chats by row id; senders by sender id or name (either matches, ignoring case); time
    from `since` (inclusive) to `until` (exclusive), compared with `sort_at` as text."""
    clauses: list[str] = []
    params: list[Any] = []
    if chat_ids:
        clauses.append(f"m.chat_id IN ({','.join(str(int(c)) for c in chat_ids)})")
    if ids:
        clauses.append(f"m.id IN ({','.join(str(int(i)) for i in ids)})")
    if senders:
        marks = ",".join("?" for _ in senders)
        clauses.append(
            f"(lower(m.sender_id) IN ({marks}) OR lower(m.sender) IN ({marks}) "
            f"OR m.sender IN ({marks}))"
        )
        lowered = [s.lower() for s in senders]
        params += lowered + lowered + list(senders)
    if since:
        clauses.append("m.sort_at >= ?")
        params.append(since)
    if until:
        clauses.append("m.sort_at < ?")
        params.append(until)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _message(row: Sequence[Any], media: tuple[ChatMedia, ...]) -> ChatMessage:
    return ChatMessage(
        id=int(row[0]),
        chat_id=int(row[1]),
        message_id=int(row[2]),
        kind=str(row[3]),
        sent_at=_from_ts(row[4]),
        local_time=str(row[5]),
        utc_offset=str(row[6]),
        sender=str(row[7]),
        sender_id=str(row[8]),
        text=str(row[9]),
        links=_from_json_list(str(row[10])),
        mentions=_from_json_list(str(row[11])),
        reply_to=None if row[12] is None else int(row[12]),
        forwarded_from=str(row[13]),
        via_bot=str(row[14]),
        edited_at=_from_ts(row[15]),
        edited_local=str(row[16]),
        action=str(row[17]),
        export_id=None if row[18] is None else int(row[18]),
        chat_name=str(row[19]),
        line_first=int(row[20]),
        line_last=int(row[21]),
        as_written=str(row[22]),
        flags=_from_json_list(str(row[23])),
        time_zone=str(row[24]),
        media=media,
    )
