"""What the evidence page does: load, import (with progress and Cancel), paste, view, save a
copy, and the bin. Every vault step is a job on the serial worker; only results come back.
"""

from __future__ import annotations

import base64
import gc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QClipboard, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import CancelToken, Progress
from quietcase.app.evidence.intake import ImportReport, IntakeDetails
from quietcase.app.evidence.recording import Adding
from quietcase.app.evidence.view import Details, details, evidence_entries, previews
from quietcase.app.settings import default_case_folder
from quietcase.storage.records import Evidence
from quietcase.ui import text
from quietcase.ui.evidence.bin import EvidenceBin
from quietcase.ui.evidence.drops import FileDrops
from quietcase.ui.evidence.intake import IntakeDialog, ProgressRelay
from quietcase.ui.evidence.model import decode_previews
from quietcase.ui.evidence.page import EvidencePage
from quietcase.ui.evidence.pasting import pasted
from quietcase.ui.evidence.picker import fetch_pictures
from quietcase.ui.evidence.previews import PreviewCatchUp
from quietcase.ui.evidence.renumber import ExhibitNumberDialog, Renumbering
from quietcase.ui.evidence.thumbnails import Thumbnails
from quietcase.ui.evidence.viewer import ViewerDialog
from quietcase.ui.privacy.clipboard import SensitiveClipboard
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session

Choices = Callable[[], Sequence[tuple[int, str]]]


class EvidenceActions(QObject):
    changed = Signal()  # evidence came in, moved to or from the bin: counts elsewhere change
    edit_requested = Signal(object)  # an Evidence to open in the notes editor

    def __init__(
        self,
        session: Session,
        page: EvidencePage,
        clipboard: SensitiveClipboard,
        incidents: Choices,
        window: QWidget,
    ) -> None:
        super().__init__(page)
        self.session = session
        self.page = page
        self.clipboard = clipboard
        self.incidents = incidents
        self.window = window
        self.viewers: list[ViewerDialog] = []
        self.intake_dialogs: list[IntakeDialog] = []
        self.token: CancelToken | None = None
        self.relay: ProgressRelay | None = None
        self._details: Details | None = None
        self._select_after_load: list[int] = []
        self.active: list[Any] = []  # the items not in the bin, as last loaded
        # Set by the case view: open the quick record form with these pictures.
        self.quick_record: Callable[[Sequence[Adding]], object] | None = None
        page.model.fetch = self._fetch_previews
        # Previews of PDFs and videos: made after each load (so after each intake too).
        self.previews = PreviewCatchUp(session, self)
        self.previews.made.connect(self.load)
        menu = QMenu(page.add_button)
        menu.addAction(self.tr("Files…"), self.choose_files)
        menu.addAction(self.tr("A whole folder…"), lambda: self.choose_files(folders=True))
        page.add_button.setMenu(menu)
        page.paste_button.clicked.connect(self.paste)
        page.reveal_button.clicked.connect(self.reveal_chosen)
        page.chosen.connect(self._chosen)
        page.gallery.activated.connect(lambda _i: self.open_viewer())
        page.table.activated.connect(lambda _i: self.open_viewer())
        page.import_bar.cancel_requested.connect(self.cancel_import)
        d = page.details
        d.copy_hash.connect(self.copy_hash)
        d.open_requested.connect(self.open_viewer)
        d.edit_requested.connect(self._edit)
        d.save_requested.connect(lambda: self.save_copy(self._chosen_one()))
        d.renumber_requested.connect(self.renumber_chosen)
        self.bin = EvidenceBin(session, page, window, self.load)
        self.renumbering = Renumbering(session, window, self._renumbered)
        self.bin.changed.connect(self.changed)

    def take_paste_and_drops(self, timeline: Any, wanted: Callable[[], bool]) -> None:
        """Ctrl+V on the evidence page; files dropped on an incident of the timeline."""
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.page)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)

        def dropped(paths: list[Path], at: QPoint) -> None:
            index = timeline.table.indexAt(at)
            record = timeline.proxy.record(index.row()) if index.isValid() else None
            self.add_paths(paths, record.incident.id if record else None)

        FileDrops(timeline.table.viewport(), dropped, wanted, timeline.show_drop_at)

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        binned = self.page.in_bin
        self.session.run(
            lambda case: evidence_entries(case, binned=binned), self._loaded, self._failed
        )

    def _loaded(self, entries: list[Any]) -> None:
        if not self.page.in_bin:
            self.active = list(entries)
        self.page.set_entries(entries, self.incidents())
        if self._select_after_load:
            self.page.select_ids(self._select_after_load)
            self._select_after_load = []
        # Tens of thousands of loaded records made Python's full garbage collections pause
        # the window for 60-80 ms while scrolling; frozen, they are left out (until lock).
        gc.freeze()
        self._chosen(self.page.chosen_ids())
        if not self.page.in_bin:
            self.previews.start()

    def _fetch_previews(self, ids: list[int], sharp: bool) -> None:
        def job(case: Case) -> dict[int, QImage]:
            return decode_previews(previews(case, ids, sharp=sharp))

        self.session.run(job, lambda found: self.page.model.add_previews(found, sharp=sharp))

    def _chosen(self, ids: list[int]) -> None:
        if len(ids) != 1:
            self._details = None
            self.page.details.show_details(None)
            return
        chosen = ids[0]
        self.session.run(lambda case: details(case, chosen), self._show_details, self._failed)

    def _show_details(self, found: Details) -> None:
        if self.page.chosen_ids() != [found.entry.id]:
            return  # she moved on meanwhile
        self._details = found
        self.page.details.show_details(found, in_bin=self.page.in_bin)

    def _chosen_one(self) -> int | None:
        ids = self.page.chosen_ids()
        return ids[0] if ids else None

    # -- looking -------------------------------------------------------------------------

    def reveal_chosen(self) -> None:
        self.page.model.reveal(self.page.chosen_ids())
        self.page.model.fetch_now()
        self.page._update_buttons()

    def copy_hash(self, sha256: str) -> None:
        if sha256:
            self.clipboard.copy(sha256)
            self.page.show_notice(
                self.tr("The SHA-256 was copied. It will be cleared from the clipboard soon.")
            )

    def open_viewer(self) -> None:
        chosen = self._chosen_one()
        if chosen is None:
            return

        def job(case: Case) -> tuple[Details, bytes | None]:
            found = details(case, chosen)
            blurred = previews(case, [chosen]).get(chosen)
            return found, blurred

        self.session.run(job, self._show_viewer, self._failed)

    def _show_viewer(self, found: tuple[Details, bytes | None]) -> ViewerDialog:
        viewer = ViewerDialog(self.session, found[0], found[1], self.window)
        viewer.save_requested.connect(self.save_copy)
        viewer.finished.connect(lambda _c, v=viewer: self._forget_viewer(v))
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer: ViewerDialog) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def save_copy(
        self, evidence_id: int | None, name: str = "", notice: Callable[[str], None] | None = None
    ) -> None:
        """Save a copy (not encrypted) where she chooses; the notice says so on the page she
        is on (`notice`: the Chats page's, when she saves from a chat's viewer)."""
        if evidence_id is None:
            return
        if not name:
            entry = next((e for e in self.page.model.rows() if e.id == evidence_id), None)
            name = entry.evidence.filename if entry else f"E-{evidence_id}"
        say = notice or self.page.show_notice
        out = Prompts.save_copy_path(
            self.window, self.tr("Save a copy of the evidence"), default_case_folder() / name
        )
        if out is None:
            return

        def job(case: Case) -> Evidence:
            return case.evidence.extract(evidence_id, out)

        def done(_item: Evidence) -> None:
            say(
                self.tr(
                    "A copy was saved as {path}. It is not encrypted: please keep it somewhere "
                    "safe, and delete it when you no longer need it."
                ).format(path=str(out))
            )

        self.session.run(job, done, self._failed)

    # -- bringing evidence in ------------------------------------------------------------

    def choose_files(self, *, folders: bool = False) -> None:
        title = self.tr("Choose a folder to add") if folders else self.tr("Choose files to add")
        paths = Prompts.open_paths(self.window, title, Path.home(), folders=folders)
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: Sequence[Path], incident_id: int | None = None) -> IntakeDialog:
        """Ask about the files (dropped, chosen or pasted), then import them."""
        count = len(paths)
        if count == 1:
            what = self.tr("Adding “{name}”.").format(name=paths[0].name)
        elif all(p.is_dir() for p in paths):
            what = self.tr("Adding {n} folders.").format(n=count)
        elif not any(p.is_dir() for p in paths):
            what = self.tr("Adding {n} files.").format(n=count)
        else:
            what = self.tr("Adding {n} files and folders.").format(n=count)
        dialog = self._ask(what, () if incident_id is None else (incident_id,))
        dialog.chosen.connect(lambda chosen: self.start_import(list(paths), chosen))
        dialog.paths = [str(p) for p in paths]  # kept in a draft if a lock comes first
        return dialog

    def intake_drafts_for_lock(self) -> list[tuple[str, dict[str, object]]]:
        """The open "Add evidence" questions, as drafts to keep inside the case file across
        the lock: the files on disk they are about, or the pasted picture itself (it lived
        only in memory; inside the encrypted case file it is as safe)."""
        kept: list[tuple[str, dict[str, object]]] = []
        for number, dialog in enumerate(self.intake_dialogs, 1):
            if dialog.paths:
                kept.append((f"intake:n{number}", {**dialog.draft(), "paths": dialog.paths}))
            elif dialog.pasted is not None:
                name, data = dialog.pasted
                picture = {"pasted_name": name, "pasted_png": base64.b64encode(data).decode()}
                kept.append((f"intake:n{number}", {**dialog.draft(), **picture}))
        return kept

    def reopen_intake(self, draft: dict[str, object]) -> None:
        """After unlocking: ask again about the same files, or the same pasted picture, with
        what she had typed."""
        paths, name, png = draft.get("paths"), draft.get("pasted_name"), draft.get("pasted_png")
        if isinstance(paths, list) and paths:
            self.add_paths([Path(str(p)) for p in paths]).fill(draft)
        elif isinstance(name, str) and name and isinstance(png, str):
            try:
                data = base64.b64decode(png, validate=True)
            except ValueError:  # a damaged draft: nothing to ask about
                return
            self._ask_about_picture(name, data).fill(draft)

    def _ask(self, what: str, preselected: Sequence[int]) -> IntakeDialog:
        dialog = IntakeDialog(what, self.incidents(), self._tags(), preselected, self.window)
        self.intake_dialogs.append(dialog)
        dialog.finished.connect(lambda _c, d=dialog: self.intake_dialogs.remove(d))
        dialog.show()
        return dialog

    def _tags(self) -> list[str]:
        return [self.page.tag.itemText(i) for i in range(1, self.page.tag.count())]

    def paste(self, clipboard: QClipboard | None = None) -> IntakeDialog | None:
        """Ctrl+V: a copied picture (a screenshot) or copied files become new evidence."""
        mime = (clipboard or self.clipboard.clipboard).mimeData()
        found = pasted(mime, self.session.clock.now())
        if found.paths:
            return self.add_paths(found.paths)
        if found.data is None:
            self.page.show_notice(
                self.tr("There is no picture to paste. Copy a screenshot first, then try again.")
            )
            return None
        return self._ask_about_picture(found.name, found.data)

    def _ask_about_picture(self, name: str, data: bytes) -> IntakeDialog:
        dialog = self._ask(self.tr("Adding the picture you copied."), ())
        dialog.chosen.connect(lambda chosen: self._import_bytes(name, data, chosen))
        dialog.pasted = (name, data)  # kept in a draft if a lock comes first
        picture = Thumbnails(dialog, scale=0.6)
        picture.setAccessibleName(self.tr("The picture you copied (double-click to show it)"))
        picture.setFixedHeight(picture.gridSize().height() + 8)
        picture.add("new:1", name, picture=True)
        adding = {"new:1": Adding(name=name, data=data)}
        picture.wanted.connect(
            lambda keys, sharp: fetch_pictures(self.session, picture, keys, sharp, adding)
        )
        picture.itemActivated.connect(lambda _item: picture.reveal(["new:1"]))
        dialog.top.addWidget(picture)
        if self.quick_record is not None:
            record = self.quick_record
            dialog.record_button.show()

            def instead() -> None:
                dialog.pasted = None
                dialog.reject()
                record([Adding(name=name, data=data)])

            dialog.record_button.clicked.connect(instead)
        return dialog

    def _import_bytes(self, name: str, data: bytes, chosen: IntakeDetails) -> None:
        def job(case: Case) -> ImportReport:
            report = ImportReport()
            report.imported.append(case.intake.import_bytes(name, data, chosen))
            return report

        self.session.run(job, self._imported, self._failed)

    def start_import(self, paths: list[Path], chosen: IntakeDetails) -> None:
        if self.token is not None:
            self.page.show_notice(
                self.tr("Evidence is still being added. Please add more when it has finished.")
            )
            return
        token = self.token = CancelToken()
        relay = self.relay = ProgressRelay()
        relay.progressed.connect(self._progressed)
        report = relay.report
        self.page.import_bar.start(self.tr("Getting ready to add evidence…"))

        def job(case: Case) -> ImportReport:
            return case.intake.import_paths(paths, chosen, report, token)

        def failed(error: UserError) -> None:
            self._import_over()
            self._failed(error)

        def done(result: ImportReport) -> None:
            self._imported(result)
            self.bin.offer_originals(
                [(i.source, i.evidence.id) for i in result.imported if not i.duplicate]
            )

        if not self.session.run(job, done, failed):
            self._import_over()

    def _progressed(self, progress: Progress) -> None:
        if self.token is not None:
            self.page.import_bar.update_progress(progress)

    def cancel_import(self) -> None:
        if self.token is not None:
            self.token.cancel()

    def _import_over(self) -> None:
        self.token = None
        self.relay = None
        self.page.import_bar.finish()

    def _imported(self, report: ImportReport) -> None:
        self._import_over()
        self.page.show_notice(self.summary(report))
        self._select_after_load = [i.evidence.id for i in report.imported]
        self.load()
        self.changed.emit()

    def summary(self, report: ImportReport) -> str:
        """Kind words about what happened: added, already there, not added, stopped."""
        new = [i for i in report.imported if not i.duplicate]
        again = [i for i in report.imported if i.duplicate]
        parts = []
        if new:
            parts.append(
                self.tr("1 file was added.")
                if len(new) == 1
                else self.tr("%Ln files were added.", "", len(new))
            )
        if again:
            names = ", ".join(i.evidence.filename for i in again[:3])
            parts.append(
                self.tr(
                    "{n} already in your case ({names}), so not stored twice; any incident you "
                    "chose is now linked to it."
                ).format(n=len(again), names=names + ("…" if len(again) > 3 else ""))
            )
        if report.cancelled:
            parts.append(self.tr("Adding was stopped; nothing of the file in progress was kept."))
        for problem in report.problems[:3]:
            parts.append(text.error_text(problem.error))
        if not parts:
            parts.append(self.tr("There were no files to add."))
        return " ".join(parts)

    def renumber_chosen(self) -> ExhibitNumberDialog | None:
        found = self._details
        if found is None:
            return None
        return self.renumbering.ask(found.entry.exhibit, found.entry.evidence.filename)

    def _renumbered(self, ids: list[int]) -> None:
        self._select_after_load = ids
        self.load()
        self.changed.emit()  # documents and their previews cite the new number

    def _edit(self) -> None:
        if self._details is not None:
            self.edit_requested.emit(self._details.entry.evidence)

    # -- locking -------------------------------------------------------------------------

    def close_for_lock(self) -> None:
        """Stop an import (the file in progress is undone), close viewers and questions."""
        if self.token is not None:
            self.token.cancel()
        self._import_over()
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers.clear()
        for dialog in list(self.intake_dialogs):
            dialog.close()
        self.renumbering.close_for_lock()
        self._details = None
        self.active = []
        self.bin.originals = []
        gc.unfreeze()  # what the case held can be collected again

    def _failed(self, error: UserError) -> None:
        self.page.show_notice(text.error_text(error))
