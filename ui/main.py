"""`quietcase`: the composition root. Builds the application once and passes it down."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clock import SystemClock
from app.settings import SettingsStore
from ui.idle import IdleWatch
from ui.main_window import MainWindow
from ui.session import Session
from ui.style import STYLE
from ui.workers import ThreadWorker


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings (standard buttons, dialogs) in her language, when Qt ships them."""
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(translator)
        loaded.append(translator)
    return loaded


def _show_unexpected(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Never show a traceback to a person; never log record content."""
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    QMessageBox.warning(
        None,
        QCoreApplication.translate("Quietcase", "Quietcase"),
        QCoreApplication.translate(
            "Quietcase",
            "Something unexpected went wrong. Nothing in your case file was changed by it. "
            "If it happens again, please close Quietcase and open it again.",
        ),
    )


def language_locale(language: str) -> QLocale:
    """The locale for a language setting ("" follows the computer)."""
    if language == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale.system()


def main(argv: Sequence[str] | None = None) -> int:
    app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName("Quietcase")
    app.setOrganizationName("Quietcase")
    store = SettingsStore()
    settings = store.load()
    locale = language_locale(settings.language)
    QLocale.setDefault(locale)
    install_translators(app, locale)
    app.setStyleSheet(STYLE)
    sys.excepthook = _show_unexpected

    worker = ThreadWorker()
    session = Session(worker, SystemClock())
    idle = IdleWatch()
    app.installEventFilter(idle)
    window = MainWindow(session, settings, store, idle)
    window.show()
    try:
        return app.exec()
    finally:
        worker.shutdown()  # the last lock's close runs before the process ends


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
