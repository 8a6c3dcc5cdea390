"""The window: start screens until a case is open, then the case; locking in between.

Locking (the Lock button, Ctrl+L, the idle timer, the computer going to sleep) closes the
vault, clears every model and view, keeps any open editor's text as an encrypted draft, empties
the clipboard of what Quietcase put there and Qt's image cache, and shows the unlock screen.
Quick hide (the Hide button, always in reach, or Shift pressed three times) covers the window
at once, locks and minimises. The window title never names the case file; it can be made
discreet ("Notes") in Settings.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
    QPixmapCache,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from quietcase.app.core.errors import WRONG_PASSPHRASE, UserError
from quietcase.app.settings import Settings, SettingsStore, default_case_folder, suggested_path
from quietcase.app.unlock import keychain
from quietcase.app.unlock.attempts import AttemptLog, SinceLastTime
from quietcase.app.unlock.passphrase import require_usable
from quietcase.ui import text
from quietcase.ui.backup.restore import RestoreFlow
from quietcase.ui.evidence.drops import FileDrops
from quietcase.ui.privacy.hide import HideKey
from quietcase.ui.privacy.idle import IdleWatch
from quietcase.ui.privacy.lock_warning import LockWarning
from quietcase.ui.privacy.screen_lock import ScreenLockWatch
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session
from quietcase.ui.style import apply_look, chosen_theme, theme
from quietcase.ui.text import error_text
from quietcase.ui.unlock.easy import use_anyway
from quietcase.ui.unlock.start import StartScreen
from quietcase.ui.widgets.access import Access

if TYPE_CHECKING:
    from quietcase.ui.case_view import CaseView


def warm_up() -> None:
    """Import the open case's pages and find the system keychain (the Settings page asks
    whether quick unlock can be offered; keyring's search takes ~0.1-0.3 s): on a thread of its
    own once the first frame is painted, while she types her passphrase. Only a head start:
    what fails here is done again, and said, when the case is opened."""
    try:
        import quietcase.ui.case_view  # noqa: F401

        keychain.availability()
    except Exception:
        pass


class _WarmedUp(QObject):
    done = Signal()  # emitted on the warm-up thread, received on the window's


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: Session,
        settings: Settings,
        store: SettingsStore,
        idle: IdleWatch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.store = store
        self.idle = idle or IdleWatch(self)
        self.attempts = AttemptLog(store.folder)
        self._wrong_tries: list[datetime] = []  # this sitting's, until the next unlock
        self._after_open: Callable[[], None] | None = None
        self.resize(1180, 760)
        self.setMinimumSize(900, 600)
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))

        self.stack = QStackedWidget(self)
        self.start = StartScreen(self.stack)
        self.stack.addWidget(self.start)
        # The open case's pages (and everything they import: reports, evidence, chats...) are
        # made when a case file is being opened, never before the unlock screen shows.
        self._case_view: CaseView | None = None
        self._warming: threading.Thread | None = None
        self._warmed = _WarmedUp(self)
        self._warmed.done.connect(self._prepare_case_view)
        self.setCentralWidget(self.stack)

        self.hide_bar = QToolBar(self.tr("Quick hide"), self)
        self.hide_bar.setObjectName("hidebar")
        self.hide_bar.setMovable(False)
        self.hide_bar.setFloatable(False)
        self.hide_bar.toggleViewAction().setEnabled(False)
        self.lock_warning = LockWarning(self.hide_bar)  # 30 s before auto-lock
        self.lock_warning.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._warning_shown = self.hide_bar.addWidget(self.lock_warning)
        self._warning_shown.setVisible(False)
        spacer = QWidget(self.hide_bar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Fixed)
        self.hide_bar.addWidget(spacer)
        self.hide_button = QPushButton(self.tr("Hide"), self.hide_bar)
        self.hide_button.setObjectName("hide")
        self.hide_button.setAccessibleName(self.tr("Hide Quietcase now"))
        self.hide_bar.addWidget(self.hide_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.hide_bar)
        self.hide_button.clicked.connect(self.quick_hide)
        self.access = Access(self)  # no keyboard traps, tab order as on screen, names
        self.hide_key = HideKey(self)
        self.hide_key.pressed.connect(self.quick_hide)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.hide_key)
            app.installEventFilter(self.access)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state)
        FileDrops(self, self._dropped, lambda: self.session.is_open)

        self._shortcut("Ctrl+L", self.lock)
        self._shortcut("Ctrl+K", self._focus_search)
        self._shortcut(QKeySequence.StandardKey.New, self._quick_record)
        self._shortcut(QKeySequence.StandardKey.Find, self._focus_search)

        s = self.start
        s.welcome.create_chosen.connect(self.show_create)
        s.welcome.open_chosen.connect(self.choose_existing)
        s.welcome.recent_chosen.connect(self.show_unlock)
        s.welcome.forget_recent.connect(self._forget_recent)
        s.create_page.back.connect(self.show_start)
        s.create_page.choose_place.connect(self._choose_place)
        s.create_page.create_requested.connect(self.create_case)
        s.unlock.unlock_requested.connect(self.unlock)
        s.unlock.quick_button.clicked.connect(self._quick_unlock)
        s.unlock.other_file.connect(self.choose_existing)
        s.unlock.create_new.connect(self.show_create)
        session.opened.connect(self._unlocked)
        session.checking_file.connect(self._checking_file)
        self.idle.idle.connect(self.lock)
        self.idle.warning.connect(self._warn_of_lock)
        self.idle.warning_over.connect(lambda: self._warning_shown.setVisible(False))
        self.lock_warning.stay_button.clicked.connect(self.idle.stay)
        self.screen_lock = ScreenLockWatch(self)  # the desktop's screen locks: so does she
        self.screen_lock.screen_locked.connect(self.lock)
        # "I have a backup" on the welcome page, and the Backup page's restore.
        self.restore = RestoreFlow(
            self,
            self.start,
            session,
            lock=self.lock,
            show_start=self.show_start,
            bring_forward=lambda: self.stack.setCurrentWidget(self.start),
        )
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: the computer turned dark or light
            hints.colorSchemeChanged.connect(lambda _scheme: self._use_theme())
        self._settings_changed()
        self.show_start()

    @property
    def case_view(self) -> CaseView:
        """The open case's pages, made after the first frame: once `warm_up` has imported
        them (while she types), or when a case file is being opened, whichever comes first.
        Making them takes ~0.3-0.5 s of this thread with the style sheet and the window's
        event filters: after the unlock screen shows, never before it
        (tests/bench/bench_window_startup.py)."""
        if self._case_view is None:
            from quietcase.ui.case_view import CaseView

            view = CaseView(self.session, self.settings, self.store, self.stack)
            self.stack.addWidget(view)
            view.lock_requested.connect(self.lock)
            view.settings_page.changed.connect(self._settings_changed)
            view.passphrase_change.changed.connect(self._passphrase_changed)
            view.backup.restore_requested.connect(self.restore.from_open_case)
            self._case_view = view
            self._view_settings(view)
        return self._case_view

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._warming is None:
            self._warming = threading.Thread(
                target=self._warm_up, name="quietcase-warm-up", daemon=True
            )
            self._warming.start()

    def _warm_up(self) -> None:  # on the warm-up thread
        warm_up()
        try:
            self._warmed.done.emit()
        except RuntimeError:  # the window is gone already
            pass

    def _prepare_case_view(self) -> None:
        _ = self.case_view

    def _focus_search(self) -> None:
        if self._case_view is not None:
            self._case_view.focus_search()

    def _quick_record(self) -> None:
        """Ctrl+N: what happened in one line, with screenshots, from anywhere."""
        if self.session.is_open:
            self.case_view.editors.quick_record()

    def _shortcut(self, keys: str | QKeySequence.StandardKey, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(slot)

    # -- start screens -------------------------------------------------------------------

    def show_start(self) -> None:
        last = self.settings.last_vault
        if last is not None and last.exists():
            self.show_unlock(last)
            return
        self.start.welcome.set_recent([p for p in self.settings.recent_vaults if Path(p).exists()])
        self.start.setCurrentWidget(self.start.welcome)
        self.stack.setCurrentWidget(self.start)

    def show_create(self) -> None:
        page = self.start.create_page
        page.path.setText(str(suggested_path(default_case_folder())))
        page.show_error("")
        page.clear_passphrases()
        self.start.setCurrentWidget(page)
        self.stack.setCurrentWidget(self.start)
        page.passphrase.setFocus()

    def show_unlock(self, path: Path) -> None:
        page = self.start.unlock
        page.set_path(path, self.settings.discreet_title)
        page.passphrase.clear()
        # Offered when a passphrase was kept for this file; the keychain itself is read only
        # when she presses the button.
        page.quick_button.setVisible(
            self.settings.quick_unlock
            and keychain.account(path) in self.settings.quick_unlock_entries
        )
        self.start.setCurrentWidget(page)
        self.stack.setCurrentWidget(self.start)
        page.passphrase.setFocus()

    def choose_existing(self) -> None:
        folder = (
            self.settings.last_vault.parent if self.settings.last_vault else (default_case_folder())
        )
        path = Prompts.open_path(self, self.tr("Open a case file"), folder)
        if path is not None:
            self.show_unlock(path)

    def _choose_place(self) -> None:
        page = self.start.create_page
        current = Path(page.path.text() or suggested_path(default_case_folder()))
        path = Prompts.save_path(self, self.tr("Where to keep the new case file"), current)
        if path is not None:
            page.path.setText(str(path if path.suffix else path.with_suffix(".quietcase")))

    def _forget_recent(self) -> None:
        self.settings.forget_recent()
        self.store.save(self.settings)
        self.start.welcome.set_recent([])

    # -- opening -------------------------------------------------------------------------

    def create_case(self, path: Path, passphrase: str, again: str) -> None:
        page = self.start.create_page
        try:
            require_usable(passphrase, again)
        except UserError as exc:
            page.show_error(error_text(exc))
            return
        if not path.name:
            page.show_error(self.tr("Please choose where to keep the case file."))
            return
        if not path.suffix:
            path = path.with_suffix(".quietcase")
        page.show_error("")
        if not use_anyway(self, passphrase):
            page.passphrase.setFocus()
            return
        page.set_busy(True)

        def failed(error: UserError) -> None:
            page.set_busy(False)
            page.show_error(error_text(error))

        self.session.create(path, passphrase, failed)
        _ = self.case_view  # made while the worker derives the key

    def _quick_unlock(self) -> None:
        path = self.start.unlock.path
        remembered = keychain.recall(path) if path is not None else None
        if path is None or remembered is None:
            self.start.unlock.quick_button.hide()
            if path is not None:  # gone from the keychain: not offered again
                self._kept_in_keychain(path, False)
            return
        self.unlock(path, remembered, from_keychain=True)

    def unlock(self, path: Path, passphrase: str, *, from_keychain: bool = False) -> None:
        page = self.start.unlock
        if not passphrase:
            page.show_error(self.tr("Please type your passphrase."))
            return
        page.show_error("")
        page.set_busy(True)

        def failed(error: UserError) -> None:
            page.set_busy(False)
            page.show_error(error_text(error))
            page.passphrase.selectAll()
            self._after_open = None
            if error.template == WRONG_PASSPHRASE:
                self.attempts.failed(path, self.session.clock.now())
                self._wrong_tries.append(self.session.clock.now())
                if from_keychain:  # changed since: the keychain's copy is of no use
                    keychain.forget(path)
                    self._kept_in_keychain(path, False)
                    page.quick_button.hide()

        def opened() -> None:
            if self.settings.quick_unlock and not from_keychain:
                self._kept_in_keychain(path, keychain.remember(path, passphrase))

        self._after_open = opened

        self.session.open(path, passphrase, failed)
        _ = self.case_view  # made while the worker derives the key

    def _passphrase_changed(self, new: str) -> None:
        """The keychain's copy (if she keeps one for this file) follows the new passphrase;
        left as it was, quick unlock would type the old one."""
        path = self.session.path
        if path is None or keychain.account(path) not in self.settings.quick_unlock_entries:
            return
        kept = keychain.remember(path, new)
        if not kept:
            keychain.forget(path)  # no copy of the old one left behind
        self._kept_in_keychain(path, kept)

    def _kept_in_keychain(self, path: Path, kept: bool) -> None:
        """Note (not the passphrase: the name of its keychain entry) whether quick unlock
        can be offered for this case file."""
        self.settings.set_quick_unlock_entry(keychain.account(path), kept)
        self.store.save(self.settings)

    def _checking_file(self) -> None:
        self.start.unlock.busy.start(
            self.tr(
                "Checking every page of your case file before anything is written to it: it "
                "was not closed normally last time, or it changed since (for example, it was "
                "copied here). This takes about 2 seconds per GB. Nothing is changed."
            )
        )

    def _unlocked(self) -> None:
        self.start.create_page.set_busy(False)
        self.start.create_page.clear_passphrases()
        self.start.unlock.set_busy(False)
        self.start.unlock.passphrase.clear()
        after, self._after_open = self._after_open, None
        if after is not None:
            after()
        since = None
        if self.session.path is not None:
            self.settings.remember(self.session.path)
            self.store.save(self.settings)
            self.case_view.case_name.setText(self.session.path.name)
            now = self.session.clock.now()
            since = self.attempts.opened(self.session.path, now, tuple(self._wrong_tries))
            self._wrong_tries = []
            self.case_view.settings_page.show_history(self.attempts.history(self.session.path))
        self.case_view.settings_page.load()
        self._settings_changed()
        self.stack.setCurrentWidget(self.case_view)
        self.case_view.load()
        self.case_view.editors.announce()  # deletions of this session can still be undone
        older = self.older_copy_text()
        if since is not None or older:
            since_words = self.since_text(since) if since is not None else ""
            self.case_view.show_problem(" ".join(w for w in (older, since_words) if w))
        self.idle.start()

    def older_copy_text(self) -> str:
        """An older state of a case file seen newer here (a copy or a backup put back)."""
        older = self.session.older_copy
        if older is None:
            return ""
        return self.tr(
            "This case file is older than the one you used on {date}: it may be an old copy "
            "or a backup that was put back."
        ).format(date=text.day_text(text.local(older.seen_at).date()))

    def since_text(self, since: SinceLastTime) -> str:
        """Who opened it: the last time, and wrong passphrases tried since (times only)."""
        if since.last_opened is None and not since.failed:
            return ""
        words = []
        if since.last_opened is not None:
            words.append(
                self.tr("Last opened here: {when}.").format(
                    when=text.timestamp_text(since.last_opened)
                )
            )
        if since.failed:
            times = ", ".join(text.timestamp_text(t) for t in since.failed_at[-5:])
            if since.last_opened is None:  # never opened here before: no "since then"
                words.append(
                    self.tr(
                        "Before this unlock, a wrong passphrase was typed on this computer "
                        "%n time(s) ({times}). If that was not you, someone else may have "
                        "tried to open your case file.",
                        "",
                        since.failed,
                    ).format(times=times)
                )
            else:
                words.append(
                    self.tr(
                        "Since then, a wrong passphrase was tried %n time(s) ({times}). If "
                        "that was not you, someone else may have tried to open your case file.",
                        "",
                        since.failed,
                    ).format(times=times)
                )
        return " ".join(words)

    def _use_theme(self) -> None:
        """Light or dark as she chose in Settings (or as the computer is), at once."""
        shown = chosen_theme(self.settings.theme)
        app = QApplication.instance()
        if shown is not theme() and isinstance(app, QApplication):
            apply_look(app, self.settings.text_size, shown)

    def _settings_changed(self) -> None:
        s = self.settings
        self._use_theme()
        if not s.quick_unlock and self.session.path is not None:
            keychain.forget(self.session.path)
            self._kept_in_keychain(self.session.path, False)
        self.idle.set_minutes(s.auto_lock_minutes)
        self.setWindowTitle(s.discreet_title or self.tr("Quietcase"))
        self.hide_key.key = s.hide_key
        shortcut = self.tr("Shift three times") if s.hide_key == "shift3" else "F12"
        self.hide_button.setToolTip(
            self.tr("Covers and locks Quietcase and minimises the window ({key}).").format(
                key=shortcut
            )
        )
        if self._case_view is not None:
            self._view_settings(self._case_view)

    def _view_settings(self, view: CaseView) -> None:
        s = self.settings
        view.clipboard.seconds = s.clipboard_seconds
        view.use_text_size(s.text_size)
        view.evidence.model.set_reveal_all(s.reveal_images)
        view.timeline.show_notes = s.show_private_notes

    def _dropped(self, paths: list[Path], _at: object) -> None:
        self.case_view.show_page("evidence")
        self.case_view.evidence_actions.add_paths(paths)

    def _warn_of_lock(self, seconds: int) -> None:
        self.lock_warning.say(seconds)
        self._warning_shown.setVisible(True)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    # -- locking -------------------------------------------------------------------------

    def lock(self) -> None:
        if not self.session.is_open:
            return
        path = self.session.path
        self._close_case(final=False)
        if path is not None:
            self.show_unlock(path)

    def quick_hide(self) -> None:
        """Cover the content at once, lock, and minimise."""
        self.stack.setCurrentWidget(self.start)
        self.start.unlock.passphrase.clear()
        self.lock()
        self.showMinimized()

    def _close_case(self, *, final: bool) -> None:
        from quietcase.ui.journal.editors import Editors

        view = self.case_view
        kept = view.editors.close_all_for_lock()
        kept += view.evidence_actions.intake_drafts_for_lock()
        Prompts.dismiss_all()
        self.idle.stop()
        self.session.lock(lambda case: Editors.keep_drafts(case, kept), final=final)
        view.clear()
        QPixmapCache.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing keeps any open editor's text as a draft, and makes deletions final."""
        if self.session.is_open:
            self._close_case(final=True)
        if self._case_view is not None:
            self._case_view.clipboard.clear_now()
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.store.save(self.settings)
        event.accept()
