"""What a Telegram import added (or found already there)."""

from __future__ import annotations

from dataclasses import dataclass, field

from quietcase.app.chats.telegram.chats import ChatResult
from quietcase.app.chats.telegram.handles import HandleSuggestion
from quietcase.app.chats.telegram.model import Notice
from quietcase.app.evidence.intake import ImportProblem


@dataclass
class TelegramImportResult:
    """What an import added (or found already there); `handles` are suggestions only."""

    export_id: int
    format: str
    whole_account: bool
    chats: list[ChatResult] = field(default_factory=list)
    files_added: int = 0
    files_known: int = 0
    evidence_ids: list[int] = field(default_factory=list)
    main_evidence_id: int | None = None
    links_skipped: list[str] = field(default_factory=list)
    other_skipped: list[str] = field(default_factory=list)
    files_not_chosen: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    repairs: list[Notice] = field(default_factory=list)
    entries_skipped: int = 0
    handles: list[HandleSuggestion] = field(default_factory=list)

    @property
    def messages_added(self) -> int:
        return sum(c.messages_added for c in self.chats)

    @property
    def messages_known(self) -> int:
        return sum(c.messages_known for c in self.chats)
