"""The parts of one open case file a Telegram import writes to, made once per import."""

from __future__ import annotations

from dataclasses import dataclass

from quietcase.app.core.clock import Clock
from quietcase.app.evidence.custody import Custody
from quietcase.app.evidence.intake import Intake
from quietcase.app.journal.records import Journal
from quietcase.storage.chats.messages import ChatLog
from quietcase.storage.chats.telegram_exports import TelegramExports
from quietcase.storage.vault import Vault


@dataclass(frozen=True)
class Stores:
    vault: Vault
    clock: Clock
    intake: Intake
    journal: Journal
    log: ChatLog
    exports: TelegramExports
    custody: Custody

    @classmethod
    def over(cls, vault: Vault, clock: Clock) -> Stores:
        return cls(
            vault,
            clock,
            Intake(vault, clock),
            Journal(vault, clock),
            ChatLog(vault),
            TelegramExports(vault),
            Custody(vault, clock),
        )
