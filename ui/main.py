"""`quietcase`: the composition root. Builds the application once and passes it down."""

from __future__ import annotations

import copy
import sys
import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from quietcase.app.core import hardening
from quietcase.app.core.clock import SystemClock
from quietcase.app.settings import SettingsStore, tidy_up
from quietcase.ui.main_window import MainWindow
from quietcase.ui.privacy.idle import IdleWatch
from quietcase.ui.prompts import message_box
from quietcase.ui.session import Session
from quietcase.ui.style import apply_look, chosen_theme
from quietcase.ui.workers import ThreadWorker

# Fonts with Hangul, in order: Windows, macOS, then what Linux distributions ship.
HANGUL_FONTS = (
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "NanumGothic",
    "NanumBarunGothic",
    "Source Han Sans KR",
    "UnDotum",
)


def ui_language(setting: str, system: QLocale | None = None) -> str:
    """ "ko" or "en": her choice in Settings, or ("") the computer's language."""
    if setting in ("ko", "en"):
        return setting
    system = system if system is not None else QLocale.system()
    return "ko" if system.language() == QLocale.Language.Korean else "en"


def language_locale(language: str) -> QLocale:
    """Dates, month names and numbers for a language setting ("" follows the computer).

    English keeps the computer's English variant (en_US, en_AU...) but never another
    language's month names inside English sentences."""
    if ui_language(language) == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Quietcase's words (`resources/translations/quietcase_<language>.qm`: Korean, or the
    English plural forms) and Qt's own (standard buttons and dialogs: `qtbase_ko.qm` from the
    PySide6 wheel). Returns what was installed, so it can be removed again."""
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = resources.files("quietcase.resources").joinpath(
        "translations", f"quietcase_{language}.qm"
    )
    with resources.as_file(ours) as path:
        for name, folder in (("qtbase", qt_dir), ("quietcase", str(path.parent))):
            if name == "qtbase" and language == "en":
                continue  # Qt's own words are English already
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", folder) and app.installTranslator(translator):
                loaded.append(translator)
    return loaded


def hangul_font(families: Sequence[str] | None = None) -> str:
    """The first installed font of `HANGUL_FONTS` ("" if there is none)."""
    installed = set(families if families is not None else QFontDatabase.families())
    return next((name for name in HANGUL_FONTS if name in installed), "")


def use_hangul_font(app: QApplication, language: str) -> None:
    """Hangul always has a proper font: first in the list for a Korean window (so Korean
    text looks even), as the fallback after the usual font for an English one (her records
    may be Korean)."""
    hangul = hangul_font()
    if not hangul:
        return
    font = QFont(app.font())
    usual = [f for f in font.families() if f != hangul] or [font.family()]
    font.setFamilies([hangul, *usual] if language == "ko" else [*usual, hangul])
    app.setFont(font)


def _show_unexpected(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Never show a traceback to a person; never log record content."""
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    message_box(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Quietcase", "Quietcase"),
        QCoreApplication.translate(
            "Quietcase",
            "Something unexpected went wrong. Nothing in your case file was changed by it. "
            "If it happens again, please close Quietcase and open it again.",
        ),
        None,
    ).exec()


def main(argv: Sequence[str] | None = None) -> int:
    hardening.no_crash_dumps()  # her passphrase and records never land in a core file
    app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName("Quietcase")
    app.setOrganizationName("Quietcase")
    store = SettingsStore()
    settings = store.load()
    # What a killed export, backup or restore left unfinished, tidied beside the start-up
    # (it lists a few folders, one of them may be slow: never before the window shows).
    threading.Thread(
        target=tidy_up, args=(copy.deepcopy(settings),), name="quietcase-tidy", daemon=True
    ).start()
    language = ui_language(settings.language)  # changed in Settings: from the next start
    QLocale.setDefault(language_locale(language))
    install_translators(app, language)
    use_hangul_font(app, language)
    # The computer's text size (-1 when set in pixels: as is), and hers from Settings; light
    # or dark as she chose, or as the computer is set.
    app.setStyle("Fusion")  # the palette below is drawn the same on every computer
    apply_look(app, settings.text_size, chosen_theme(settings.theme))
    arguments = app.arguments()
    if "--check-playback" in arguments[1:-1]:  # a diagnosis, no window: see playback_check
        from quietcase.ui.evidence.playback_check import check_playback

        return check_playback(Path(arguments[arguments.index("--check-playback") + 1]))
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
