"""`quietcase`: the composition root. Builds the application once and passes it down."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.placeholder import PlaceholderWindow


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


def main(argv: Sequence[str] | None = None) -> int:
    app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName("Quietcase")
    app.setOrganizationName("Quietcase")
    install_translators(app, QLocale.system())
    sys.excepthook = _show_unexpected
    window = PlaceholderWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
