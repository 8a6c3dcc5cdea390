"""Words for what a chat message shows: why a file is missing, what a message replies to, and
what a service message (someone joined, a message was pinned) says."""

from __future__ import annotations

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.storage.records import ChatMessage
from quietcase.ui import text

MISSING = {
    "not_included": QT_TRANSLATE_NOOP("Quietcase", "file not included in the export"),
    "too_large": QT_TRANSLATE_NOOP(
        "Quietcase", "file not included in the export (too large for its settings)"
    ),
    "unavailable": QT_TRANSLATE_NOOP("Quietcase", "file was not available when exported"),
    "absent": QT_TRANSLATE_NOOP("Quietcase", "file named in the export but not in its folder"),
    "refused": QT_TRANSLATE_NOOP(
        "Quietcase", "file pointing outside the export folder (it was not read)"
    ),
    "not_downloaded": QT_TRANSLATE_NOOP(
        "Quietcase", "file never downloaded on the phone, so not in the export"
    ),
    "in_archive": QT_TRANSLATE_NOOP(
        "Quietcase", "file inside the export's ZIP, kept as part of the ZIP (not unpacked)"
    ),
}
# What a text export's reader was unsure of (KakaoTalk), said beside the message.
FLAGS = {
    "split_guess": QT_TRANSLATE_NOOP(
        "Quietcase",
        "Where this message begins or ends is a guess: a line of it looks like the start of "
        "another message.",
    ),
    "maybe_cut": QT_TRANSLATE_NOOP(
        "Quietcase", "It ends at 500 characters: the phone's export may have cut it."
    ),
    "not_understood": QT_TRANSLATE_NOOP(
        "Quietcase", "Lines the reader did not understand, kept as written."
    ),
    "time_ambiguous": QT_TRANSLATE_NOOP(
        "Quietcase", "This time happens twice (or never) in the chosen time zone."
    ),
    "media_by_time": QT_TRANSLATE_NOOP(
        "Quietcase",
        "The export does not name this message's file: it was matched to one of the "
        "export's files by their times, where no other match was possible.",
    ),
}
SOURCE_LINE = QT_TRANSLATE_NOOP("Quietcase", "Line {first} of the export, as written: {written}")
SOURCE_LINES = QT_TRANSLATE_NOOP(
    "Quietcase", "Lines {first} to {last} of the export, as written: {written}"
)
ACTIONS = {
    "create_group": QT_TRANSLATE_NOOP("Quietcase", "{who} created the group"),
    "create_channel": QT_TRANSLATE_NOOP("Quietcase", "{who} created the channel"),
    "invite_members": QT_TRANSLATE_NOOP("Quietcase", "{who} added members"),
    "remove_members": QT_TRANSLATE_NOOP("Quietcase", "{who} removed members"),
    "join_group_by_link": QT_TRANSLATE_NOOP("Quietcase", "{who} joined by an invite link"),
    "join_group_by_request": QT_TRANSLATE_NOOP("Quietcase", "{who} joined after asking"),
    "pin_message": QT_TRANSLATE_NOOP("Quietcase", "{who} pinned a message"),
    "edit_group_title": QT_TRANSLATE_NOOP("Quietcase", "{who} changed the group's name"),
    "edit_group_photo": QT_TRANSLATE_NOOP("Quietcase", "{who} changed the group's picture"),
    "delete_group_photo": QT_TRANSLATE_NOOP("Quietcase", "{who} removed the group's picture"),
    "migrate_to_supergroup": QT_TRANSLATE_NOOP("Quietcase", "The group was upgraded"),
    "migrate_from_group": QT_TRANSLATE_NOOP("Quietcase", "The group was upgraded"),
    "clear_history": QT_TRANSLATE_NOOP("Quietcase", "{who} cleared the history"),
}
OTHER_ACTION = QT_TRANSLATE_NOOP("Quietcase", "{who}: {action}")
SOMEONE = QT_TRANSLATE_NOOP("Quietcase", "Someone")
REPLY = QT_TRANSLATE_NOOP("Quietcase", "In reply to {name}: {text}")
REPLY_UNKNOWN = QT_TRANSLATE_NOOP("Quietcase", "In reply to a message that is not in this export")
NO_TEXT = QT_TRANSLATE_NOOP("Quietcase", "(a picture or file)")


def missing_words(reason: str) -> str:
    return text.tr(MISSING.get(reason, MISSING["not_included"]))


def reply_words(replied: ChatMessage | None) -> str:
    if replied is None:
        return text.tr(REPLY_UNKNOWN)
    snippet = " ".join(replied.text.split())[:120] or text.tr(NO_TEXT)
    name = replied.sender or replied.chat_name
    return text.tr(REPLY).format(name=name, text=snippet)


def source_words(message: ChatMessage) -> list[str]:
    """Where a message of a text export is in the file (its first line as written), and
    what the reader was unsure of; nothing for exports without lines."""
    if not message.line_first:
        return []
    written = message.as_written.split("\n", 1)[0]
    template = SOURCE_LINE if message.line_last == message.line_first else SOURCE_LINES
    found = [
        text.tr(template).format(first=message.line_first, last=message.line_last, written=written)
    ]
    return found + [text.tr(FLAGS[f]) for f in message.flags if f in FLAGS]


def service_words(message: ChatMessage) -> str:
    if not message.action:  # the export's own sentence (KakaoTalk: "…님이 나갔습니다.")
        return message.text or text.tr(SOMEONE)
    who = message.sender or text.tr(SOMEONE)
    template = ACTIONS.get(message.action)
    if template is None:
        words = text.tr(OTHER_ACTION).format(who=who, action=message.action.replace("_", " "))
    else:
        words = text.tr(template).format(who=who)
    # The export's own words for the action ("invite members: 그림자"): the names only.
    details = message.text
    plain = message.action.replace("_", " ")
    if details.startswith(plain):
        details = details[len(plain) :].lstrip(": ")
    return f"{words} · {details}" if details else words
