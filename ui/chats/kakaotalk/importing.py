"""Bringing a KakaoTalk export in from the window: choose its file, folder or ZIP, say the
time zone and her name, then import on the worker with progress and Cancel, and say kindly
what came in. The import is one transaction (`KakaoTalkImport.import_export`): Cancel or a
failure leaves the case exactly as it was, and the words say so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from quietcase.app.case import Case
from quietcase.app.chats.kakaotalk.importing import KakaoOptions
from quietcase.app.chats.kakaotalk.result import KakaoImportResult
from quietcase.app.core.progress import CancelToken, Progress
from quietcase.ui import text
from quietcase.ui.chats.importer import ChatImporter
from quietcase.ui.chats.kakaotalk.dialog import KakaoDialog
from quietcase.ui.prompts import Prompts


class KakaoImporter(ChatImporter):
    def offer_on(self, menu: QMenu) -> None:
        """The two ways to choose a KakaoTalk export, added to a menu."""
        menu.addSeparator()
        menu.addAction(
            self.tr("A KakaoTalk export (.txt, .csv or .zip)…"), lambda: self.choose(folder=False)
        )
        menu.addAction(
            self.tr("A KakaoTalk export with all messages (its folder)…"),
            lambda: self.choose(folder=True),
        )

    def choose(self, *, folder: bool) -> None:
        title = (
            self.tr("Choose the folder of a KakaoTalk export")
            if folder
            else self.tr("Choose the .txt, .csv or .zip file of a KakaoTalk export")
        )
        paths = Prompts.open_paths(self.window, title, Path.home(), folders=folder)
        if paths:
            self.ask(paths[0])

    def ask(self, path: Path) -> KakaoDialog:
        dialog = KakaoDialog(path, self.window)
        dialog.chosen.connect(lambda options: self.start(path, options))
        self.keep(dialog)
        return dialog

    def start(self, path: Path, options: KakaoOptions) -> bool:
        """Import on the worker; the progress bar and Cancel are on the Chats page."""

        def job(
            case: Case, progress: Callable[[Progress], None], cancel: CancelToken
        ) -> KakaoImportResult:
            return case.import_kakaotalk(path, options, progress, cancel)

        busy = self.tr("Importing the KakaoTalk export… You can keep working, or cancel.")
        return self.run_import(busy, job, self._done)

    def _done(self, result: KakaoImportResult) -> None:
        self.page.show_notice(self.summary(result))
        self.imported.emit(result.chat_id)

    def summary(self, result: KakaoImportResult) -> str:
        """Kind words about what came in: the chat, the zone, the files, what is marked."""
        lines = [
            self.tr(
                "“{name}” (KakaoTalk): %Ln new messages ({known} were already in your case).",
                "",
                result.messages_added,
            ).format(name=result.chat_name, known=f"{result.messages_known:,}"),
            self.tr("Times were read in the time zone {zone}; the file was {encoding}.").format(
                zone=result.time_zone, encoding=result.encoding
            ),
            self.tr(
                "%Ln files of the export are now evidence, each with its SHA-256.",
                "",
                result.files_added,
            ),
        ]
        missing = sum(result.media_missing.values())
        if missing:
            lines.append(
                self.tr(
                    "%Ln photos, videos or files are named in the chat but are not in the "
                    "export; they are marked as missing.",
                    "",
                    missing,
                )
            )
        for note in result.repairs:
            lines.append(note.text(QCoreApplication.translate))
        for problem in result.problems[:3]:
            lines.append(text.error_text(problem.error))
        return "\n".join(lines)
