"""The documents beside the case summary: the deletion-support list for a support centre, the
complaint helper for counsel, the calendar of dates for her phone, and CSV tables.

Each says in one plain line who it is for. Saving follows the case summary's rules: she is
told first when the file will not be encrypted or goes into a folder that syncs to a cloud or
is shared; the file is written under a temporary name and renamed at the end; Cancel leaves
nothing; each save is one use case on the worker and one custody event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.documents import acts
from quietcase.app.documents.calendar_export import calendar_notices, export_calendar
from quietcase.app.documents.complaint_helper import (
    ComplaintOptions,
    complaint_notices,
    export_complaint_helper,
)
from quietcase.app.documents.csv_export import CsvExport, csv_notices, export_csv
from quietcase.app.documents.deletion_list import (
    DeletionChoice,
    deletion_notices,
    export_deletion_list,
)
from quietcase.app.documents.pdf import Saved
from quietcase.app.documents.safe_export import Notice
from quietcase.app.journal.links import all_links
from quietcase.storage.records import LinkStatus
from quietcase.ui import text
from quietcase.ui.documents.cards import Choices, DocumentCards
from quietcase.ui.documents.saving import ask_folder, ask_where, warned
from quietcase.ui.documents.summary_options import PASSWORDS_DIFFER
from quietcase.ui.session import Session
from quietcase.ui.widgets.long_job import JobBar, PageJobs
from quietcase.ui.widgets.plain import PlainLabel


def _choices(case: Case) -> Choices:
    """The incidents that have links, the platforms of the links, and every incident with
    whether it is an act (on the worker)."""
    rows = all_links(case)
    incidents = {r.incident.id: (r.incident.id, r.incident.when, r.incident.title) for r in rows}
    platforms = sorted({r.platform for r in rows if r.platform}, key=str.casefold)
    everything = case.journal.incidents()
    marked = acts.marks(case, everything)
    marks = [(i.id, i.when, i.title, marked[i.id]) for i in everything]
    return list(incidents.values()), platforms, marks


class DocumentsPanel(PageJobs, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = PlainLabel(
            self.tr(
                "Documents that the people helping you often ask for, made from what your case "
                "file holds. Nothing leaves this computer unless you save it."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        if QLocale().language() == QLocale.Language.Korean:
            self.language.setCurrentIndex(1)
        self.language.setAccessibleName(self.tr("Language of the documents"))
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addSpacing(16)
        top.addWidget(PlainLabel(self.tr("Language"), self))
        top.addWidget(self.language)
        # One password for the two PDFs that name people and posts, as for the summary.
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setPlaceholderText(self.tr("Type it again"))
        locked = PlainLabel(self.tr("PDF password (optional)"), self)
        locked.setToolTip(
            self.tr(
                "With a password, the deletion-support list and the complaint helper are saved "
                "encrypted (AES-256): nobody can open them without it. Tell it to the person "
                "you give them to in another way, not in the same email."
            )
        )
        secret = QHBoxLayout()
        secret.addWidget(locked)
        secret.addWidget(self.password)
        secret.addWidget(self.again)
        secret.addStretch(1)

        self.job = JobBar(self)
        self.note = PlainLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()

        self.cards = DocumentCards(self)
        cards = self.cards  # her choices and the buttons, named here for the code below
        self.incident, self.platform, self.status = cards.incident, cards.platform, cards.status
        self.discreet = cards.discreet
        self.deletion_pdf_button = cards.deletion_pdf_button
        self.deletion_csv_button = cards.deletion_csv_button
        self.complaint_button = cards.complaint_button
        self.calendar_button = cards.calendar_button
        self.tables_button = cards.tables_button
        scroll = QScrollArea(self)
        scroll.setObjectName("calm")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(secret)
        layout.addWidget(self.job)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)

        self.deletion_pdf_button.clicked.connect(lambda: self.save_deletion_list(".pdf"))
        self.deletion_csv_button.clicked.connect(lambda: self.save_deletion_list(".csv"))
        self.complaint_button.clicked.connect(self.save_complaint_helper)
        self.cards.act_chosen.connect(self.choose_act)
        self.calendar_button.clicked.connect(self.save_calendar)
        self.tables_button.clicked.connect(self.save_tables)
        session.opened.connect(self._opened)
        session.locked.connect(self.clear)
        self._set_buttons()

    # -- the four cards --------------------------------------------------------------------
    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()  # each time: links may have changed meanwhile

    def _opened(self) -> None:
        if self.isVisible():
            self.load()

    def load(self) -> None:
        self.session.run(_choices, self.cards.fill_choices, self._failed)

    # -- saving ----------------------------------------------------------------------------

    def _language(self) -> str:
        return str(self.language.currentData())

    def _password(self) -> str | None:
        """The PDF password ("" for none); None (and says why) when the two differ."""
        if self.password.text() != self.again.text():
            self._failed(UserError(PASSWORDS_DIFFER))
            return None
        return self.password.text()

    def _today(self) -> str:
        return f"{date.today():%Y-%m-%d}"

    def _ready(self, notices: Callable[[], list[Notice]]) -> bool:
        """Tell her what she should know first; False (and says so) if she stops there."""
        try:
            found = notices()
        except UserError as exc:
            self._failed(exc)
            return False
        if warned(self, self.tr("Before you save"), found, self.tr("Save it")):
            return True
        self._say(self.tr("Nothing was saved."))
        return False

    def save_deletion_list(self, suffix: str) -> None:
        incident = self.incident.currentData()
        status = self.status.currentData()
        password = self._password() if suffix == ".pdf" else ""
        if password is None:
            return
        choice = DeletionChoice(
            incident_ids=() if incident is None else (int(incident),),
            platform=self.platform.currentData() or "",
            status=None if status is None else LinkStatus(status),
            language=self._language(),
            password=password,
            all_links=self.cards.all_links.isChecked(),
        )
        out = ask_where(
            self,
            self.tr("Save the deletion-support list as"),
            f"deletion-list-{self._today()}{suffix}",
        )
        if out is None or not self._ready(lambda: deletion_notices(out, choice)):
            return

        def job(case: Case, progress: Any, cancel: Any) -> Saved:
            return export_deletion_list(case, choice, out, progress, cancel)

        self._run(self.tr("Making the deletion-support list…"), job, self._saved)

    def choose_act(self, incident_id: int, is_act: bool) -> None:
        """Keep her choice on the worker; the list already shows it."""

        def job(case: Case) -> None:
            acts.choose(case, [incident_id], is_act)

        self.session.run(job, None, self._failed)

    def save_complaint_helper(self) -> None:
        password = self._password()
        if password is None:
            return
        options = ComplaintOptions(language=self._language(), password=password)
        out = ask_where(
            self,
            self.tr("Save the complaint helper as"),
            f"complaint-helper-{self._today()}.pdf",
        )
        if out is None or not self._ready(lambda: complaint_notices(out, options)):
            return

        def job(case: Case, progress: Any, cancel: Any) -> Saved:
            return export_complaint_helper(case, options, out, progress, cancel)

        self._run(self.tr("Making the complaint helper…"), job, self._saved)

    def save_calendar(self) -> None:
        discreet = self.discreet.isChecked()
        language = self._language()
        name = "appointments" if discreet else "case-dates"
        out = ask_where(self, self.tr("Save the calendar file as"), f"{name}.ics")
        if out is None or not self._ready(lambda: calendar_notices(out, discreet)):
            return

        def job(case: Case, _progress: Any, cancel: Any) -> Saved:
            return export_calendar(case, out, discreet=discreet, language=language, cancel=cancel)

        self._run(self.tr("Making the calendar file…"), job, self._saved_calendar)

    def save_tables(self) -> None:
        chosen = ask_folder(self, self.tr("Choose a folder for the tables"))
        if chosen is None:
            return
        folder = chosen / f"case-tables-{self._today()}"
        n = 2
        while folder.exists():
            folder = chosen / f"case-tables-{self._today()}-{n}"
            n += 1
        if not self._ready(lambda: csv_notices(folder)):
            return
        language = self._language()

        def job(case: Case, progress: Any, cancel: Any) -> CsvExport:
            return export_csv(case, folder, progress=progress, cancel=cancel, language=language)

        self._run(self.tr("Making the tables…"), job, self._saved_tables)

    def _saved(self, saved: Saved) -> None:
        self._say(
            self.tr("Saved as {path} ({size}).").format(
                path=str(saved.path), size=text.size_text(saved.size)
            )
        )

    def _saved_calendar(self, saved: Saved) -> None:
        self._say(
            self.tr(
                "Saved as {path} ({size}). Open this file on your phone or in your calendar "
                "program to add the dates."
            ).format(path=str(saved.path), size=text.size_text(saved.size))
        )

    def _saved_tables(self, result: CsvExport) -> None:
        self._say(
            self.tr("Saved %n CSV file(s) in {path}.", "", len(result.files)).format(
                path=str(result.folder)
            )
        )

    # -- common ----------------------------------------------------------------------------

    def _stopped_words(self) -> str:
        return self.tr("Stopped. Nothing was saved.")

    def _say(self, words: str, *, problem: bool = False) -> None:
        text.say(self.note, words, problem=problem, hide_empty=True)

    def _set_buttons(self) -> None:
        busy = self.job.running
        for button in self.cards.buttons():
            button.setEnabled(not busy)

    def clear(self) -> None:
        """On lock: stop any job, forget the choices and every message."""
        self.job.forget()
        self.cards.clear()
        self.password.clear()
        self.again.clear()
        self._say("")
        self._set_buttons()
