"""The open case: sidebar, pages, search box, Lock button and status line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core import zone
from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.kinds import RecordKind
from quietcase.app.documents import time_zone
from quietcase.app.journal.timeline import TimelineEntry
from quietcase.app.overview import CaseOverview
from quietcase.app.settings import Settings, SettingsStore
from quietcase.ui import text
from quietcase.ui.backup.page import BackupPage
from quietcase.ui.case_loading import Everything, load_everything, load_timeline, name_of, record_of
from quietcase.ui.chats.chats import Chats
from quietcase.ui.documents.reports import ReportsPage
from quietcase.ui.evidence.actions import EvidenceActions
from quietcase.ui.evidence.page import EvidencePage
from quietcase.ui.journal.editors import Editors, incident_label
from quietcase.ui.journal.links import LinksPage
from quietcase.ui.journal.pages import ContactsPage, DeadlinesPage, RequestsPage
from quietcase.ui.journal.timeline import TimelinePage
from quietcase.ui.privacy.clipboard import SensitiveClipboard
from quietcase.ui.search.box import CaseSearch
from quietcase.ui.search.page import SearchPage
from quietcase.ui.session import Session
from quietcase.ui.settings.page import SettingsPage
from quietcase.ui.settings.passphrase import PassphraseChange
from quietcase.ui.style import apply_look, text_scale, theme
from quietcase.ui.widgets.notice_bar import NoticeBar
from quietcase.ui.widgets.plain import PlainLabel

PAGES = [
    ("timeline", QT_TRANSLATE_NOOP("CaseView", "Timeline")),
    ("evidence", QT_TRANSLATE_NOOP("CaseView", "Evidence")),
    ("chats", QT_TRANSLATE_NOOP("CaseView", "Chats")),
    ("contacts", QT_TRANSLATE_NOOP("CaseView", "Contacts")),
    ("deadlines", QT_TRANSLATE_NOOP("CaseView", "Deadlines")),
    ("requests", QT_TRANSLATE_NOOP("CaseView", "Requests")),
    ("links", QT_TRANSLATE_NOOP("CaseView", "Links")),
    ("reports", QT_TRANSLATE_NOOP("CaseView", "Reports")),
    ("backup", QT_TRANSLATE_NOOP("CaseView", "Backup")),
    ("settings", QT_TRANSLATE_NOOP("CaseView", "Settings")),
]

SIDEBAR_PADDING = 2 * 12 + 2 * 6 + 16  # item padding, item margin, frame and slack


def scrolls_itself(page: QWidget | None) -> bool:
    """Reports (its options) and Settings hold a scroll area for all they have: the page
    scroll around them stands still. Other pages scroll in it when they are taller than
    the window (large text)."""
    return isinstance(page, ReportsPage | SettingsPage)


class PageStack(QStackedWidget):
    """The pages, as tall as the page shown would like (a stack's layout asks every page:
    one long page would make every other scroll too); a page that scrolls itself as tall
    as the window, no taller."""

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        if page is None or not page.hasHeightForWidth() or scrolls_itself(page):
            return -1
        return max(page.heightForWidth(width), page.minimumSizeHint().height())


class CaseView(QWidget):
    lock_requested = Signal()

    def __init__(
        self, session: Session, settings: Settings, store: SettingsStore, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.session = session

        self.nav = QListWidget(self)
        self.nav.setObjectName("sidebar")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.text_size = settings.text_size  # as `ui.main` set the style sheet
        self._fit_sidebar()
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = PageStack(self)
        self._own_policies: dict[int, QSizePolicy] = {}  # _fit_scrolling
        self.timeline = TimelinePage(self)
        self.contacts = ContactsPage(self)
        self.deadlines = DeadlinesPage(self)
        self.requests = RequestsPage(self)
        self.settings_page = SettingsPage(settings, store, self)
        self.settings_page.case_zone_chosen.connect(self.choose_case_zone)
        self.passphrase_change = PassphraseChange(session, self)
        self.settings_page.passphrase_change_requested.connect(self.passphrase_change.ask)
        self.passphrase_change.notice.connect(self.settings_page.show_note)
        self.search_page = SearchPage(self)
        self.evidence = EvidencePage(self)
        self.chats = Chats(session, settings, self._incident_choices, self)
        self.reports = ReportsPage(session, self)
        self.backup = BackupPage(session, settings, store, self)
        self.clipboard = SensitiveClipboard(None, settings.clipboard_seconds, self)
        self.links = LinksPage(session, self.clipboard, self)
        built = {
            "timeline": self.timeline,
            "evidence": self.evidence,
            "chats": self.chats.page,
            "contacts": self.contacts,
            "deadlines": self.deadlines,
            "requests": self.requests,
            "links": self.links,
            "reports": self.reports,
            "backup": self.backup,
            "settings": self.settings_page,
        }
        self.page_names = [name for name, _ in PAGES]
        for name, title in PAGES:
            QListWidgetItem(self.tr(title), self.nav)
            self.pages.addWidget(built[name])
        self.pages.addWidget(self.search_page)
        self._page_row = 0  # the sidebar's page, kept while Search shows (to go back to)
        self.nav.currentRowChanged.connect(self._go)
        # while Search shows, the row of the page she came from is still current: choosing
        # it again must bring that page back
        self.nav.itemClicked.connect(lambda item: self._go(self.nav.row(item)))
        self.pages.currentChanged.connect(self._follow_page)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search everything  (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search everything"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(460)
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.setObjectName("lock")
        self.lock_button.setToolTip(
            self.tr("Lock now (Ctrl+L). F12 locks and hides the window at once.")
        )
        self.search = CaseSearch(
            session,
            self.search_box,
            self.pages,
            self.search_page,
            self._back_from_search,
            self.show_problem_error,
        )
        self.case_name = PlainLabel(self)
        self.case_name.setObjectName("hint")
        top = QHBoxLayout()
        top.setContentsMargins(16, 10, 16, 10)
        top.addWidget(self.search_box, 1)
        top.addStretch(0)
        top.addWidget(self.case_name)
        top.addSpacing(12)
        top.addWidget(self.lock_button)

        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undo")
        self.undo_words = PlainLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("Undo"), self.undo_bar)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(16, 6, 16, 6)
        bar.addWidget(self.undo_words, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.problem = NoticeBar(self, tone="problem")

        self.status = PlainLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)  # larger text or a narrow window: two lines, not cut

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addLayout(top)
        right.addWidget(self.problem)
        self.backup.attach(self, right)  # the reminder above the pages; it opens the page
        # Large text in a small window: the page scrolls instead of overlapping or pushing Lock
        # and Hide off the screen (the window's minimum size stays small).
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("pages")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setWidget(self.pages)
        self.pages.currentChanged.connect(self._fit_scrolling)
        self._fit_scrolling(self.pages.currentIndex())
        right.addWidget(self.page_scroll, 1)
        right.addWidget(self.undo_bar)
        right.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

        self.editors = Editors(
            session,
            self,
            contacts=lambda: [(c.id, c.name) for c in self.contacts.model.rows()],
            incidents=self._incident_choices,
            platforms=lambda: [
                self.timeline.platform.itemData(i) for i in range(1, self.timeline.platform.count())
            ],
            tags=lambda: [
                self.timeline.tag.itemText(i) for i in range(1, self.timeline.tag.count())
            ],
        )
        self.evidence_actions = EvidenceActions(
            session, self.evidence, self.clipboard, self._incident_choices, self
        )
        self.editors.evidence_choices = lambda: self.evidence_actions.active
        self.editors.reveal_all = lambda: self.evidence.model.reveal_all
        self.evidence_actions.quick_record = self.editors.quick_record
        self.editors.reopen_intake = self.evidence_actions.reopen_intake
        self.evidence_actions.take_paste_and_drops(self.timeline, lambda: session.is_open)
        self._connect()
        self.nav.setCurrentRow(0)

    def _fit_sidebar(self) -> None:
        """As wide as its longest words need ("Deadlines · 12 overdue"), at the text size
        Quietcase uses here, and no wider: large text leaves the room to the page (in Korean
        the words are short)."""
        scale = text_scale(QApplication.font().pointSizeF(), self.text_size)
        self.nav.ensurePolished()
        metrics = self.nav.fontMetrics()
        words = [self.tr(label) for _name, label in PAGES]
        words.append(self.tr("Deadlines · %Ln overdue", "", 12))
        widest = max(metrics.horizontalAdvance(w) for w in words)
        # the item's padding and margins and the frame (the style sheet: pixels, not scaled)
        self.nav.setFixedWidth(max(widest + SIDEBAR_PADDING, round(140 * scale)))

    def use_text_size(self, percent: int) -> None:
        """Her text size from Settings, at once: every size of the style sheet, the sidebar."""
        if percent == self.text_size:
            return
        self.text_size = percent
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app, percent, theme())
        self._fit_sidebar()

    def _incident_choices(self) -> list[tuple[int, str]]:
        """Incidents to choose from: the date as the timeline shows it, the title, and the
        platform and tags, so typing any of them finds it."""
        return [(e.incident.id, incident_label(e.incident)) for e in self.timeline.model.rows()]

    def _connect(self) -> None:
        self.lock_button.clicked.connect(self.lock_requested)
        self.search_page.open_record.connect(self._open_found)
        self.evidence_actions.changed.connect(self.load_counts)
        self.evidence_actions.edit_requested.connect(
            lambda e: self.editors.edit(RecordKind.EVIDENCE, e)
        )
        self.chats.attach(self)
        self.undo_button.clicked.connect(self.editors.undo)
        self.timeline.quick_button.clicked.connect(lambda: self.editors.quick_record())
        self.editors.changed.connect(lambda _kind: self.reload())
        self.editors.changed.connect(lambda _kind: self.links.refresh())
        self.links.changed.connect(self.reload)
        self.links.edit_requested.connect(
            lambda r: self.editors.edit(RecordKind.INCIDENT, r.incident)
        )
        self.editors.undo_available.connect(self._show_undo)
        self.editors.message.connect(self.show_problem)
        pages: list[tuple[RecordKind, Any]] = [
            (RecordKind.INCIDENT, self.timeline),
            (RecordKind.CONTACT, self.contacts),
            (RecordKind.DEADLINE, self.deadlines),
            (RecordKind.REQUEST, self.requests),
        ]
        for kind, page in pages:
            page.add_requested.connect(lambda k=kind: self.editors.edit(k, None))
            page.edit_requested.connect(lambda row, k=kind: self.editors.edit(k, record_of(row)))
            page.delete_requested.connect(
                lambda row, k=kind: self.editors.delete(k, record_of(row), name_of(row))
            )

    # -- navigation ----------------------------------------------------------------------

    def _go(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self._page_row = row
            self.pages.setCurrentIndex(row)

    def _follow_page(self, index: int) -> None:
        """The sidebar follows the page shown: while Search shows, no page is selected there
        (not a stale Timeline); a page shown another way (Search opening a chat) is marked."""
        row = index if 0 <= index < len(PAGES) else -1
        self.nav.blockSignals(True)
        if row < 0:
            # no row looks chosen, but the current one stays: Tab through the sidebar must
            # not take her from her results to a page (a view gives focus to row 0 when it
            # has no current row)
            self.nav.clearSelection()
        elif self.nav.currentRow() != row or not self.nav.selectedItems():
            self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.nav.viewport().update()
        if row >= 0:
            self._page_row = row

    def _fit_scrolling(self, index: int) -> None:
        """One scroll bar at a time. The page shown sets the height of the page scroll (the
        others count for nothing: a stack is as large as its largest page, and Settings at
        200 % must not scroll because Timeline is tall), and a page with a scroll area of its
        own (Reports, Settings) is not scrolled around it: the outer one stands still, the
        page fits the window."""
        shown = self.pages.widget(index)
        hidden = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            if page is None:
                continue
            own = self._own_policies.setdefault(i, page.sizePolicy())
            page.setSizePolicy(own if page is shown else hidden)
        self.pages.updateGeometry()
        bars = Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if scrolls_itself(shown):
            bars = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.page_scroll.setVerticalScrollBarPolicy(bars)
        self.page_scroll.setHorizontalScrollBarPolicy(bars)

    def _back_from_search(self) -> None:
        """The search box emptied: back to the page she was on before searching."""
        self.nav.setCurrentRow(self._page_row)
        self._go(self._page_row)

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(self.page_names.index(name))

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """After unlocking: the timeline first (what she sees), then everything else."""
        self.load_quietly()
        self.editors.reopen_drafts()

    def reload(self) -> None:
        self.load_quietly()
        self.search.rerun()

    def load_quietly(self) -> None:
        # the zone first: every time shown after it is in the zone her documents print
        self.session.run(time_zone.chosen, self._zone_known, self.show_problem_error)
        self.load_counts()
        self.evidence_actions.load()
        self.chats.load()
        self.session.prepare_search()

    def load_counts(self) -> None:  # the timeline (its evidence counts) and the status line
        self.session.run(load_timeline, self._timeline_loaded, self.show_problem_error)
        self.session.run(load_everything, self._everything_loaded, self.show_problem_error)

    def _open_found(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.MESSAGE:
            self.show_page("chats")
            self.chats.open_message(record_id)
            return
        if kind == RecordKind.EVIDENCE:
            self.show_page("evidence")
            self.evidence.clear_filters()
            self.evidence.select_ids([record_id])
            return
        self.editors.open_by_id(kind, record_id)

    def _timeline_loaded(self, entries: list[TimelineEntry]) -> None:
        self.timeline.set_entries(entries, [(c.id, c.name) for c in self.contacts.model.rows()])

    def _everything_loaded(self, everything: Everything) -> None:
        self.contacts.set_rows(everything.contacts)
        self.timeline._fill(self.timeline.contact, [(c.id, c.name) for c in everything.contacts])
        self.deadlines.set_rows(everything.deadlines)
        self.requests.set_rows(everything.requests)
        self._show_overview(everything.overview)

    def _show_overview(self, seen: CaseOverview) -> None:
        c = seen.counts
        parts = [
            self.tr("%Ln incidents", "", c.incidents),
            self.tr("%Ln contacts", "", c.contacts),
            self.tr("%Ln deadlines", "", c.deadlines),
            self.tr("%Ln requests", "", c.requests),
            self.tr("%Ln evidence items", "", seen.evidence),
        ]
        backup = self.tr("Last backup: {when}").format(when=text.timestamp_text(seen.last_backup))
        # each part kept on one line when the bar wraps (large text): spaces inside a part
        # do not break
        whole = [part.replace(" ", "\u00a0") for part in (*parts, backup)]
        self.status.setText("   ·   ".join(whole[:-1]) + "      " + whole[-1])
        self.backup.show_overview(seen)
        item = self.nav.item(self.page_names.index("deadlines"))
        if seen.overdue:
            item.setText(self.tr("Deadlines · %Ln overdue", "", seen.overdue))
            item.setForeground(theme().colour("overdue_nav"))
        else:
            item.setText(self.tr("Deadlines"))
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    # -- messages ------------------------------------------------------------------------

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def show_problem_error(self, error: Any) -> None:
        self.show_problem(text.error_text(error))

    def _show_undo(self, words: str) -> None:
        self.undo_words.setText(words)
        self.undo_bar.setVisible(bool(words))

    # -- locking -------------------------------------------------------------------------

    def choose_case_zone(self, name: str) -> None:
        """Keep the zone she chose for this case's documents (an unknown one is said)."""

        def job(case: Case) -> str:
            return time_zone.choose(case, name)

        def failed(error: BaseException) -> None:
            self.show_problem_error(error)
            self.session.run(time_zone.chosen, self._zone_known)

        def kept(name: str) -> None:
            self._zone_known(name)
            self.reload()  # every time shown moves to the new zone

        self.session.run(job, kept, failed)

    def _zone_known(self, name: str) -> None:
        """Show times in the case's zone (the computer's when she chose none)."""
        try:
            text.use_zone(zone.zone_named(name) if name else zone.local_zone())
        except UserError:  # a zone this computer does not know: the computer's own
            text.use_zone(None)
        self.settings_page.show_case_zone(name)

    def clear(self) -> None:
        """Forget every record shown: models, filters, search, messages, status."""
        self.settings_page.show_case_zone(None)
        self.settings_page.show_history(None)
        self.passphrase_change.close_for_lock()
        text.use_zone(None)
        self.timeline.clear()
        self.evidence_actions.close_for_lock()
        self.chats.clear()
        self.evidence.clear()
        self.clipboard.clear_now()
        self.contacts.model.clear()
        self.deadlines.clear()
        self.requests.model.clear()
        for page in (self.contacts, self.requests):
            page.filter_text.clear()
        self.search.clear()
        self.problem.hide()
        self.problem.setText("")
        self.undo_words.clear()
        self.undo_bar.hide()
        self.status.clear()
        self.case_name.clear()
        self.nav.setCurrentRow(0)
        self._go(0)
