"""Deleting with care: the bin (asks, can be undone until emptied) and, after an import, the
originals in the folder they came from (only once the copy inside is checked)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.evidence.view import OriginalsRemoved, remove_originals
from quietcase.ui import text
from quietcase.ui.evidence.page import EvidencePage
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session


class EvidenceBin(QObject):
    changed = Signal()  # something moved to or from the bin, or was removed

    def __init__(
        self,
        session: Session,
        page: EvidencePage,
        window: QWidget,
        reload: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self.session = session
        self.page = page
        self.window = window
        self.reload = reload
        self.originals: list[tuple[str, int]] = []  # (file, evidence id) of the last import
        page.bin_button.toggled.connect(self._bin_toggled)
        page.restore_button.clicked.connect(self.from_bin)
        page.empty_bin_button.clicked.connect(self.empty_bin)
        page.details.bin_requested.connect(self.to_bin)
        page.originals_button.clicked.connect(self.delete_originals)

    def offer_originals(self, originals: list[tuple[str, int]]) -> None:
        self.originals = originals
        self.page.originals_button.setVisible(bool(originals))

    def to_bin(self) -> None:
        ids = self.page.chosen_ids()
        if not ids:
            return
        question = self.tr(
            "Move %Ln items to the bin? They stay inside your case file and you can take them "
            "out again; only emptying the bin removes them.",
            "",
            len(ids),
        )
        if not Prompts.confirm(
            self.window, self.tr("Move to the bin?"), question, self.tr("Move to the bin")
        ):
            return

        def job(case: Case) -> None:
            for evidence_id in ids:
                case.evidence.to_bin(evidence_id)

        self.session.run(job, lambda _r: self._bin_changed(), self._failed)

    def from_bin(self) -> None:
        ids = self.page.chosen_ids()

        def job(case: Case) -> None:
            for evidence_id in ids:
                case.evidence.from_bin(evidence_id)

        self.session.run(job, lambda _r: self._bin_changed(), self._failed)

    def empty_bin(self) -> None:
        count = self.page.model.rowCount()
        question = self.tr(
            "Remove the %Ln items in the bin for good? This cannot be undone. The custody log "
            "keeps their names and fingerprints, so your record stays complete.",
            "",
            count,
        )
        if not Prompts.confirm(
            self.window, self.tr("Empty the bin?"), question, self.tr("Remove for good")
        ):
            return
        self.session.run(
            lambda case: case.evidence.empty_bin(), lambda _r: self._bin_changed(), self._failed
        )

    def _bin_toggled(self, on: bool) -> None:
        self.page._set_bin_mode(on)
        self.page.model.set_rows([])
        self.reload()

    def _bin_changed(self) -> None:
        self.reload()
        self.changed.emit()

    def delete_originals(self) -> None:
        """Her choice after an import: remove the files from the folder they came from."""
        chosen = list(self.originals)
        if not chosen:
            return
        question = self.tr(
            "Delete the %n original file(s) from the folder they came from? Quietcase first "
            "reads each one back from your case file and checks that its fingerprint matches; "
            "any that does not match is left where it is. Deleted files may still be "
            "recoverable from the disk with special tools, and copies elsewhere (a phone, "
            "a cloud folder, the Downloads folder) are not touched.",
            "",
            len(chosen),
        )
        if not Prompts.confirm(
            self.window, self.tr("Delete the originals?"), question, self.tr("Delete them")
        ):
            return
        self.originals = []
        self.page.originals_button.hide()

        def done(result: OriginalsRemoved) -> None:
            words = self.tr("%n original file(s) deleted.", "", len(result.removed))
            if result.kept:
                words += " " + self.tr(
                    "%n left where they are: they no longer match the copy in your case file, "
                    "or could not be read.",
                    "",
                    len(result.kept),
                )
            self.page.show_notice(words)

        self.session.run(lambda case: remove_originals(case, chosen), done, self._failed)

    def _failed(self, error: UserError) -> None:
        self.page.show_notice(text.error_text(error))
