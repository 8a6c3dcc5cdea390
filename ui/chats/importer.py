"""What the Telegram and KakaoTalk imports of the window share: the import runs on the worker
with the Chats page's progress bar and Cancel; the page then says what came in, that Cancel
left the case as it was, or why the export could not be imported; the questions asked before
are closed on Lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import CancelToken, Progress
from quietcase.ui import text
from quietcase.ui.chats.page import ChatsPage
from quietcase.ui.session import Session

Job = Callable[[Case, Callable[[Progress], None], CancelToken], Any]


class ChatImporter(QObject):
    imported = Signal(int)  # the chat to show (its id); evidence and incidents changed too
    started = Signal()  # show the Chats page, where the progress is

    def __init__(self, session: Session, page: ChatsPage, window: QWidget) -> None:
        super().__init__(page)
        self.session = session
        self.page = page
        self.window = window
        self.dialogs: list[QDialog] = []

    def keep(self, dialog: QDialog) -> None:
        """A question asked before an import, closed on Lock."""
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _c, d=dialog: self._forget(d))
        dialog.show()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def run_import(self, busy: str, job: Job, done: Callable[[Any], None]) -> bool:
        """Import on the worker; the progress bar and Cancel are on the Chats page."""
        self.started.emit()
        self.page.show_notice("")
        return self.page.job_bar.run(self.session, busy, job, done, self.failed, self.cancelled)

    def cancelled(self) -> None:
        self.page.job_bar.bar.setRange(0, 1000)
        self.page.show_notice(
            QCoreApplication.translate(
                "ChatImporter",
                "The import was stopped. Nothing was added to your case; it is as before.",
            )
        )

    def failed(self, error: UserError) -> None:
        self.page.job_bar.bar.setRange(0, 1000)
        self.page.show_notice(
            QCoreApplication.translate(
                "ChatImporter",
                "The export could not be imported: {why} Nothing was added to your case.",
            ).format(why=text.error_text(error))
        )

    def close_for_lock(self) -> None:
        for dialog in list(self.dialogs):
            dialog.close()
        self.dialogs.clear()
