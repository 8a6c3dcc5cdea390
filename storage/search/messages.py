"""Schema step 10: chat messages in a search index of their own, holding no copy of their text.

Until step 10 messages were rows of the shared `search_text` (kind code 6), whose FTS5 table
kept a second copy of every text (`search_text_content`) beside `chat_message`. A chat
import of 100,000 messages wrote that copy and merged into the records' index. Now:

- `message_text`: FTS5, trigram, `detail=full` like `search_text` (Korean inside words,
  phrases), **contentless** (`content=''`): it holds the index only. `contentless_delete=1`
  lets a row be deleted by its rowid alone (SQLite 3.43+), so a changed or removed message
  needs no copy of its old text. Its rowid is the message's id.
- `message_search`: a view with what the index holds for each message, built from
  `chat_message` by the same expressions as step 4's rows (title: who wrote it, or the chat's
  name for posts without a sender; body: the text, forwarded from, sender id, bot, link
  targets). Search reads titles, bodies and short (LIKE) matches from it.
- Triggers keep it in step: a changed message, a removed one, and a renamed chat (the title
  of its posts without a sender is the chat's name; step 4 left them under the old name).
- New messages are indexed in bulk by `ChatLog.index_messages`, one statement per import.

The step moves the messages' rows: built again from the view (so a chat renamed before the
step is found by its name now) and taken out of `search_text`.
"""

from __future__ import annotations

from typing import Any

from quietcase.storage.search.schema import KIND_STRIDE

MESSAGE_INDEX = "message_text"
MESSAGE_VIEW = "message_search"
_OLD_CODE = 6  # messages' kind code in `search_text` before this step (rowid = id * 8 + 6)

_TITLE = (
    "CASE WHEN m.sender != '' THEN m.sender "
    "ELSE ifnull((SELECT name FROM chat WHERE id = m.chat_id), '') END"
)
_BODY = (
    "m.text || ' ' || m.forwarded_from || ' ' || m.sender_id || ' ' || m.via_bot || ' ' || "
    # the JSON list of links as words (cheaper than json_each, per row)
    "CASE m.links WHEN '[]' THEN '' ELSE "
    "replace(replace(replace(m.links, '[\"', ''), '\"]', ''), '\",\"', ' ') END"
)

_SENDERLESS = "SELECT id FROM chat_message WHERE chat_id = NEW.id AND sender = ''"

STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {MESSAGE_INDEX} USING fts5(title, body, content = '', "
    "contentless_delete = 1, tokenize = 'trigram', detail = 'full')",
    f"CREATE VIEW {MESSAGE_VIEW} (id, title, body) AS "
    f"SELECT m.id, {_TITLE}, {_BODY} FROM chat_message m",
    "DROP TRIGGER search_chat_message_changed",
    "DROP TRIGGER search_chat_message_removed",
    f"CREATE TRIGGER message_text_changed AFTER UPDATE ON chat_message BEGIN "
    f"DELETE FROM {MESSAGE_INDEX} WHERE rowid = OLD.id; "
    f"INSERT INTO {MESSAGE_INDEX} (rowid, title, body) "
    f"SELECT id, title, body FROM {MESSAGE_VIEW} WHERE id = NEW.id; END",
    f"CREATE TRIGGER message_text_removed AFTER DELETE ON chat_message BEGIN "
    f"DELETE FROM {MESSAGE_INDEX} WHERE rowid = OLD.id; END",
    f"CREATE TRIGGER message_text_chat_renamed AFTER UPDATE OF name ON chat "
    f"WHEN OLD.name IS NOT NEW.name BEGIN "
    f"DELETE FROM {MESSAGE_INDEX} WHERE rowid IN ({_SENDERLESS}); "
    f"INSERT INTO {MESSAGE_INDEX} (rowid, title, body) "
    f"SELECT id, title, body FROM {MESSAGE_VIEW} WHERE id IN ({_SENDERLESS}); END",
    # The messages already in the case: indexed here, and out of the shared index.
    f"INSERT INTO {MESSAGE_INDEX} (rowid, title, body) SELECT id, title, body FROM {MESSAGE_VIEW}",
    f"DELETE FROM search_text WHERE rowid % {KIND_STRIDE} = {_OLD_CODE}",
)


def create_message_index(conn: Any) -> None:
    """Migration step 9 -> 10 (runs inside the migration's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)
