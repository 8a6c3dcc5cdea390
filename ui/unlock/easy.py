"""One plain question before an easy passphrase becomes a key: "Use it anyway?"

Asked before a case file is created, before a backup gets its own passphrase and before a
restored case file gets a new one. Only asked when the passphrase is weak (see
app/unlock/passphrase.py); she can always go on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from quietcase.app.unlock.passphrase import EASY_TO_GUESS, easy_to_guess
from quietcase.ui import text
from quietcase.ui.prompts import Prompts


def use_anyway(parent: QWidget | None, passphrase: str) -> bool:
    """True unless `passphrase` is easy to guess and she chose not to use it."""
    if not easy_to_guess(passphrase):
        return True
    return Prompts.confirm(
        parent,
        QCoreApplication.translate("Prompts", "Easy to guess"),
        text.tr(EASY_TO_GUESS),
        QCoreApplication.translate("Prompts", "Use it anyway"),
    )
