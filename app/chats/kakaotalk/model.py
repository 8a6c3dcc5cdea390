"""What the KakaoTalk readers hand to the import: the chat as its export names it, the
messages as `ChatMessage` records (with `chat_id` 0 until the import knows the chat's row),
and what she should know about the reading (`Notice`s, as for Telegram).

A KakaoTalk export gives no message ids and no time zone. Each message is therefore known
again by what it is: its time as written, its sender, its text and, for the same three
written twice, which of them it is (`message_key`); the time zone is the one she chose,
recorded with every message.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from quietcase.app.chats.telegram.model import Notice
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

APP = "kakaotalk"

NOT_A_KAKAOTALK_EXPORT = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} is not a KakaoTalk chat export that Quietcase can read (no KakaoTalk header or "
    "message lines were found in it). Please choose the .txt or .csv file KakaoTalk saved, "
    "or the folder or ZIP file of an Android export with all messages.",
)
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{name} could not be read as text: it is neither UTF-8, UTF-16 nor CP949 (EUC-KR), the "
    "encodings KakaoTalk writes. Nothing was changed.",
)
ENCODING_USED = QT_TRANSLATE_NOOP(
    "Quietcase", "{name} was read as {encoding} (detected from its bytes)."
)
SPLIT_GUESSED = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{count} messages may have been split in the wrong place: a line inside a message looked "
    "like the start of another one. They are marked; the lines are kept as written.",
)
MAYBE_CUT = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{count} messages end at exactly 500 characters: KakaoTalk's phone exports cut long "
    "messages there, so they may be longer in the chat itself. They are marked.",
)
MATCHED_BY_TIME = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{count} photos or videos named only as 사진/Photo were matched to files of the export by "
    "their times, where no other match was possible. They are marked as matched by time.",
)
UNREAD_LINES = QT_TRANSLATE_NOOP(
    "Quietcase",
    "{count} lines could not be read as messages. They are kept as written, marked as not "
    "understood.",
)

# Flags a message may carry (kept in `ChatMessage.flags`).
SPLIT_GUESS = "split_guess"  # a line that looked like a message header began or ended it
MAYBE_CUT_AT_500 = "maybe_cut"  # a phone export's message ending at exactly 500 characters
NOT_UNDERSTOOD = "not_understood"  # lines that are neither header, day nor message
NO_TIME = "no_time"  # a line without a time of its own (system lines of PC exports)
TIME_AMBIGUOUS = "time_ambiguous"  # the local time happens twice (or never) in her zone
MEDIA_BY_TIME = "media_by_time"  # a bare 사진/Photo linked to an unnamed file by time

CUT_LENGTH = 500


@dataclass
class KakaoChat:
    """One exported chat as its file names it."""

    name: str
    variant: str  # android-ko, android-en, ios-ko, ios-en, windows-ko, windows-en, macos-csv
    encoding: str = "UTF-8"
    newline: str = "LF"  # LF, CRLF, CR or mixed
    saved_at: str = ""  # "저장한 날짜" as written
    message_count: int = 0
    line_count: int = 0

    @property
    def language(self) -> str:
        return self.variant.rsplit("-", 1)[-1]


@dataclass
class ReadNotes:
    """What the reader found on the way (see the notices above)."""

    repairs: list[Notice] = field(default_factory=list)
    split_guesses: int = 0
    maybe_cut: int = 0
    not_understood: int = 0
    media_by_time: int = 0

    def finish(self) -> None:
        """The counted findings as notices."""
        for count, template in (
            (self.split_guesses, SPLIT_GUESSED),
            (self.maybe_cut, MAYBE_CUT),
            (self.media_by_time, MATCHED_BY_TIME),
            (self.not_understood, UNREAD_LINES),
        ):
            if count:
                self.repairs.append(Notice(template, (("count", str(count)),)))


def message_key(kind: str, local_time: str, sender: str, text: str, occurrence: int) -> int:
    """A message's id within its chat: the same message in a newer export gets the same id,
    and the same text by the same sender in the same minute, written twice, gets two (its
    `occurrence`). 63 bits of SHA-256 (SQLite integers are signed)."""
    data = "\x1f".join((kind, local_time, sender, text, str(occurrence))).encode("utf-8")
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big") >> 1
