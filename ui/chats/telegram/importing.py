"""Bringing a Telegram Desktop export in from the window: choose its folder or file, read which
chats it holds, ask which ones and where they belong, then import on the worker with progress
and Cancel, and say kindly what came in.

The import is one transaction (`TelegramImport.import_export`): Cancel or a failure leaves the
case exactly as it was, and the words say so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from quietcase.app.case import Case
from quietcase.app.chats.telegram.choices import ImportOptions
from quietcase.app.chats.telegram.importing import list_chats
from quietcase.app.chats.telegram.model import ExportListing
from quietcase.app.chats.telegram.result import TelegramImportResult
from quietcase.app.core.progress import CancelToken, Progress
from quietcase.ui import text
from quietcase.ui.chats.importer import ChatImporter
from quietcase.ui.chats.page import ChatsPage
from quietcase.ui.chats.telegram.choices import ImportDialog
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session

Choices = Callable[[], Sequence[tuple[int, str]]]


class TelegramImporter(ChatImporter):
    def __init__(
        self, session: Session, page: ChatsPage, incidents: Choices, window: QWidget
    ) -> None:
        super().__init__(session, page, window)
        self.incidents = incidents
        self.offer_on(page.import_button)

    def offer_on(self, button: QPushButton) -> QMenu:
        """The two ways to choose an export, as the button's menu."""
        menu = QMenu(button)
        menu.addAction(self.tr("The export's folder…"), lambda: self.choose(folder=True))
        menu.addAction(
            self.tr("Its result.json or messages.html…"), lambda: self.choose(folder=False)
        )
        button.setMenu(menu)
        return menu

    def choose(self, *, folder: bool) -> None:
        title = (
            self.tr("Choose the folder of a Telegram export")
            if folder
            else self.tr("Choose result.json or messages.html of a Telegram export")
        )
        paths = Prompts.open_paths(self.window, title, Path.home(), folders=folder)
        if paths:
            self.read(paths[0])

    def read(self, path: Path) -> None:
        """Find out which chats the export holds, then ask about them."""
        self.started.emit()
        self.page.show_notice("")

        def job(
            _case: Case, _progress: Callable[[Progress], None], cancel: CancelToken
        ) -> ExportListing:
            return list_chats(path, cancel)

        self.page.job_bar.bar.setRange(0, 0)  # reading has no measure: a calm moving bar
        self.page.job_bar.run(
            self.session,
            self.tr("Reading the export…"),
            job,
            lambda listing: self._ask(path, listing),
            self.failed,
            lambda: self.page.job_bar.bar.setRange(0, 1000),
        )

    def _ask(self, path: Path, listing: ExportListing) -> ImportDialog:
        self.page.job_bar.bar.setRange(0, 1000)
        dialog = ImportDialog(listing, self.incidents(), self.window)
        dialog.chosen.connect(lambda options: self.start(path, options))
        self.keep(dialog)
        return dialog

    def start(self, path: Path, options: ImportOptions) -> bool:
        """Import on the worker; the progress bar and Cancel are on the Chats page."""

        def job(
            case: Case, progress: Callable[[Progress], None], cancel: CancelToken
        ) -> TelegramImportResult:
            return case.import_telegram(path, options, progress, cancel)

        busy = self.tr("Importing the Telegram export… You can keep working, or cancel.")
        return self.run_import(busy, job, self._done)

    def _done(self, result: TelegramImportResult) -> None:
        self.page.show_notice(self.summary(result))
        self.imported.emit(result.chats[0].chat_id if result.chats else 0)

    def summary(self, result: TelegramImportResult) -> str:
        """Kind words about what came in: per chat, then files and repairs."""
        lines = []
        for chat in result.chats:
            if chat.messages_known:
                words = self.tr(
                    "“{name}”: %Ln new messages ({known} were already in your case); {stored} "
                    "pictures and files kept, {missing} not included in the export.",
                    "",
                    chat.messages_added,
                )
            else:
                words = self.tr(
                    "“{name}”: %Ln messages; {stored} pictures and files kept, {missing} not "
                    "included in the export.",
                    "",
                    chat.messages_added,
                )
            lines.append(
                words.format(
                    name=chat.name,
                    known=f"{chat.messages_known:,}",
                    stored=f"{chat.media_stored:,}",
                    missing=f"{sum(chat.media_missing.values()):,}",
                )
            )
        if result.files_known:
            files = self.tr(
                "%Ln files of the export are now evidence, each with its SHA-256 "
                "({known} were already in your case and were not stored twice).",
                "",
                result.files_added,
            )
        else:
            files = self.tr(
                "%Ln files of the export are now evidence, each with its SHA-256.",
                "",
                result.files_added,
            )
        lines.append(files.format(known=f"{result.files_known:,}"))
        if result.repairs:
            repaired = " ".join(r.text(QCoreApplication.translate) for r in result.repairs)
            lines.append(
                self.tr("Small faults of the export were repaired while reading it: {what}").format(
                    what=repaired
                )
            )
        for problem in result.problems[:3]:
            lines.append(text.error_text(problem.error))
        lines.append(self.tr("Pictures stay blurred until you choose to look."))
        return "\n".join(lines)
