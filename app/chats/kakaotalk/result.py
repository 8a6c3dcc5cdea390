"""What a KakaoTalk import added (or found already there)."""

from __future__ import annotations

from dataclasses import dataclass, field

from quietcase.app.chats.telegram.model import Notice
from quietcase.app.evidence.intake import ImportProblem


@dataclass
class KakaoImportResult:
    """One export's import: its chat, what was new, what the reader noticed."""

    export_id: int
    variant: str
    encoding: str
    newline: str
    time_zone: str
    chat_id: int = 0
    chat_name: str = ""
    incident_id: int | None = None
    incident_created: bool = False
    messages_added: int = 0
    messages_known: int = 0
    messages_flagged: int = 0
    files_added: int = 0
    files_known: int = 0
    evidence_ids: list[int] = field(default_factory=list)
    main_evidence_id: int | None = None
    media_stored: int = 0
    media_missing: dict[str, int] = field(default_factory=dict)
    first_local: str = ""
    last_local: str = ""
    problems: list[ImportProblem] = field(default_factory=list)
    repairs: list[Notice] = field(default_factory=list)
