"""Her choices for a Telegram import (which chats, which incident, the chat's @username),
and checking them against the chats an export holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quietcase.app.chats.telegram.model import ParsedChat
from quietcase.app.core.errors import EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP, as_written

CHOOSE_CHATS = QT_TRANSLATE_NOOP(
    "Quietcase",
    "This export holds the chats of a whole account. Please choose the chats to import (on "
    "the command line: --chat NAME_OR_ID, or --all-chats).",
)
NO_SUCH_CHAT = QT_TRANSLATE_NOOP(
    "Quietcase",
    'There is no chat "{wanted}" in this export. Its chats are: {chats}.',
)


@dataclass(frozen=True)
class ImportOptions:
    """Her choices: which chats (names, Telegram ids, or folder names such as chat_003;
    needed for whole-account exports unless `all_chats`), the incident to attach to (else
    one is made per chat, or the chat's incident from an earlier import is used), and the
    chat's public @username when she knows it (it becomes the incident's t.me link)."""

    chats: tuple[str, ...] = ()
    all_chats: bool = False
    incident_id: int | None = None
    username: str = ""
    # how the notes written into her case are worded (the incident's title and description,
    # each file's description): a marked message in her language (the window and the CLI
    # give theirs), so a Korean case reads Korean to her lawyer
    words: Callable[[str], str] = as_written


def wanted(chat: ParsedChat, options: ImportOptions, whole_account: bool) -> bool:
    """Whether she chose this chat; a whole account needs her choice."""
    if options.chats:
        return any(chat.matches(s) for s in options.chats)
    if options.all_chats or not whole_account:
        return True
    raise UserError(CHOOSE_CHATS, EXIT_USAGE)


def check_choices(options: ImportOptions, seen: list[ParsedChat]) -> None:
    """Every chat she named is in the export (else she is told which chats it holds)."""
    for name in options.chats:
        if not any(chat.matches(name) for chat in seen):
            names = ", ".join(f'"{c.name}" ({c.key})' for c in seen[:30])
            raise UserError(NO_SUCH_CHAT, EXIT_USAGE, wanted=name, chats=names)
