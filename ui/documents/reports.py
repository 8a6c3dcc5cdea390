"""Reports: a clear summary of her case for a lawyer, the police or a support centre, and
(on the second tab, `ui.documents.documents`) the other documents people ask her for.

She chooses what goes in, sees the PDF inside Quietcase (made in memory: nothing is written
for the preview), prints it, saves it (encrypted with a password if she likes), or makes an
evidence bundle for counsel. Before anything unencrypted is written, and before anything goes
into a folder that syncs to the cloud or is shared, she is told plainly. Each save, print and
bundle is a custody event.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.documents.bundle.archive import BundleResult, bundle_notices, make_bundle
from quietcase.app.documents.safe_export import Notice
from quietcase.app.documents.summary.data import Cover, ReportOptions, load_cover, save_cover
from quietcase.app.documents.summary.pdf import (
    ExportResult,
    RenderedReport,
    export_notices,
    export_report,
    note_printed,
    render_report,
)
from quietcase.storage.records import Incident
from quietcase.ui import text
from quietcase.ui.documents.documents import DocumentsPanel
from quietcase.ui.documents.pdf_preview import PdfPreview, Printing, print_document
from quietcase.ui.documents.saving import ask_where, warned
from quietcase.ui.documents.summary_options import ReportOptionsForm
from quietcase.ui.session import Session
from quietcase.ui.widgets.flow import FlowLayout
from quietcase.ui.widgets.long_job import JobBar, PageJobs
from quietcase.ui.widgets.plain import PlainLabel


def _load(case: Case) -> tuple[list[Incident], Cover, int]:
    messages = case.chats.count_for_report()
    return case.journal.incidents(), load_cover(case), messages


class ReportsPage(PageJobs, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: RenderedReport | None = None
        heading = PlainLabel(self.tr("Reports"), self)
        heading.setObjectName("heading")
        intro = PlainLabel(
            self.tr(
                "Make a clear summary of your case to give to a lawyer, the police or a support "
                "centre. The preview stays inside Quietcase; nothing leaves this computer "
                "unless you save or print it."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.form = ReportOptionsForm(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("calm")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        # one scroll area, down only, the options no wider than they read well
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form.setMaximumWidth(820)
        self.options = scroll

        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("primary")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.bundle_button = QPushButton(self.tr("Make a bundle for counsel…"), self)
        self.bundle_button.setToolTip(
            self.tr(
                "A ZIP file with this summary, your evidence files exactly as stored, and the "
                "lists a lawyer needs to check each file's SHA-256."
            )
        )
        actions = FlowLayout()  # wraps instead of squeezing the words when text is large
        for button in (self.preview_button, self.print_button, self.save_button):
            actions.addWidget(button)
        actions.addWidget(self.bundle_button)
        self.note = PlainLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.job = JobBar(self)
        self.preview = PdfPreview(self)
        self.preview.show_message(
            self.tr("Choose what goes in, then press Preview to see the summary here.")
        )

        # Two steps, each with the whole width: what goes in, then the preview (the options
        # beside the preview left neither room enough at larger text sizes).
        self.back_button = QPushButton(self.tr("← Change what goes in"), self)
        self.back_button.hide()
        self.steps = QStackedWidget(self)
        self.steps.addWidget(scroll)
        self.steps.addWidget(self.preview)
        summary = QWidget(self)
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 10, 0, 0)
        summary_layout.setSpacing(8)
        summary_layout.addWidget(intro)
        actions.addWidget(self.back_button)  # last: the other buttons keep their places
        summary_layout.addLayout(actions)
        summary_layout.addWidget(self.job)
        summary_layout.addWidget(self.note)
        summary_layout.addWidget(self.steps, 1)
        self.documents = DocumentsPanel(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Reports"))  # its tabs are named by their words
        self.tabs.addTab(summary, self.tr("Case summary"))
        self.tabs.addTab(self.documents, self.tr("Other documents"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

        self.preview_button.clicked.connect(self.make_preview)
        self.back_button.clicked.connect(lambda: self.show_step(False))
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_as)
        self.bundle_button.clicked.connect(self.make_bundle)
        self.form.changed.connect(self._changed)
        session.opened.connect(self._opened)
        session.locked.connect(self.clear)
        self._set_buttons()

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()  # each time: incidents or backups may have changed meanwhile

    def show_step(self, preview: bool) -> None:
        """Step 1, what goes in; step 2, the preview (with the way back)."""
        self.steps.setCurrentWidget(self.preview if preview else self.options)
        self.back_button.setVisible(preview)

    def _opened(self) -> None:
        if self.isVisible():
            self.load()

    def load(self) -> None:
        """The incidents she can choose from, and the cover she wrote last time."""
        self.session.run(_load, self._got, self._failed)

    def _got(self, loaded: tuple[list[Incident], Cover, int]) -> None:
        incidents, cover, messages = loaded
        self.form.set_incidents(incidents)
        self.form.set_message_count(messages)
        if not (self.form.title.text() or self.form.name.text()):
            self.form.set_cover(cover)

    # -- preview and print -----------------------------------------------------------------

    def _options(self, *, with_password: bool) -> ReportOptions | None:
        try:
            return self.form.options(with_password=with_password)
        except UserError as exc:
            self._failed(exc)
            return None

    def make_preview(self) -> None:
        options = self._options(with_password=False)  # the preview is never written anywhere
        if options is None:
            return
        cover = self.form.cover()

        def job(case: Case, progress: Any, cancel: Any) -> RenderedReport:
            save_cover(case, cover)
            return render_report(case, options, progress, cancel)

        self._run(self.tr("Making the preview…"), job, self._previewed)

    def _previewed(self, report: RenderedReport) -> None:
        if not self.preview.set_pdf(report.pdf):
            self.report = None
            self._say(self.tr("The preview could not be shown. You can still save the PDF."))
        else:
            self.report = report
            self.show_step(True)
            self._say(
                self.tr(
                    "%n page(s). This preview is only on your screen: nothing has been saved.",
                    "",
                    report.pages,
                )
            )
        self._set_buttons()

    def _changed(self) -> None:
        if self.report is not None:
            self.report = None
            self._say(self.tr("Your choices have changed: press Preview to see them."))
        self._set_buttons()

    def print_report(self) -> None:
        report = self.report
        if report is None:
            return
        printer = Printing.ask(self, self.tr("Print the case summary"))
        if printer is None:
            return
        if not print_document(self.preview.document, printer):
            self._say(self.tr("The printer did not start. Nothing was printed."), problem=True)
            return
        self.session.run(
            lambda case: note_printed(case, report),
            lambda _none: self._say(
                self.tr("Sent to the printer. This is noted in the case's custody log.")
            ),
            self._failed,
        )

    # -- saving ----------------------------------------------------------------------------

    def _where(self, title: str, name: str) -> Path | None:
        return ask_where(self, title, name)

    def _warned(self, notices: list[Notice], yes: str) -> bool:
        """Tell her what she should know before the file is written; True to go on."""
        return warned(self, self.tr("Before you save"), notices, yes)

    def save_as(self) -> None:
        options = self._options(with_password=True)
        if options is None:
            return
        out = self._where(
            self.tr("Save the case summary as"), f"case-summary-{date.today():%Y-%m-%d}.pdf"
        )
        if out is None:
            return
        if not self._warned(export_notices(out, options), self.tr("Save it")):
            self._say(self.tr("Nothing was saved."))
            return

        def job(case: Case, progress: Any, cancel: Any) -> ExportResult:
            return export_report(case, options, out, progress, cancel)

        self._run(self.tr("Saving the case summary…"), job, self._saved)

    def _saved(self, result: ExportResult) -> None:
        locked = self.tr(" It opens only with the password.") if result.encrypted else ""
        self._say(
            self.tr("Saved as {path} ({size}).").format(
                path=str(result.path), size=text.size_text(result.size)
            )
            + locked
        )

    def make_bundle(self) -> None:
        options = self._options(with_password=False)
        if options is None:
            return
        out = self._where(
            self.tr("Save the evidence bundle as"), f"case-bundle-{date.today():%Y-%m-%d}.zip"
        )
        if out is None:
            return
        self.session.run(
            lambda case: bundle_notices(case, out, options),
            lambda notices: self._bundle_after_warning(notices, out, options),
            self._failed,
        )

    def _bundle_after_warning(
        self, notices: list[Notice], out: Path, options: ReportOptions
    ) -> None:
        if not self._warned(notices, self.tr("Make the bundle")):
            self._say(self.tr("Nothing was saved."))
            return

        def job(case: Case, progress: Any, cancel: Any) -> BundleResult:
            return make_bundle(case, out, options, progress, cancel)

        self._run(self.tr("Making the evidence bundle…"), job, self._bundled)

    def _bundled(self, result: BundleResult) -> None:
        self._say(
            self.tr(
                "The bundle is saved as {path} ({size}, %n evidence file(s)).", "", result.items
            ).format(path=str(result.path), size=text.size_text(result.size))
        )

    # -- common ----------------------------------------------------------------------------

    def _stopped_words(self) -> str:
        return self.tr("Stopped. Nothing was saved.")

    def _say(self, words: str, *, problem: bool = False) -> None:
        text.say(self.note, words, problem=problem)

    def _set_buttons(self) -> None:
        busy = self.job.running
        for button in (self.preview_button, self.save_button, self.bundle_button):
            button.setEnabled(not busy)
        self.print_button.setEnabled(not busy and self.report is not None)

    def clear(self) -> None:
        """On lock: forget the document, her choices and every message."""
        self.job.forget()
        self.report = None
        self.preview.show_message(
            self.tr("Choose what goes in, then press Preview to see the summary here.")
        )
        self.form.clear()
        self.show_step(False)
        self._say("")
        self._set_buttons()
