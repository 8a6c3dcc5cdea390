"""The first window opens, says what Quietcase is, and all its text goes through tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from ui.placeholder import PlaceholderWindow


class _Upper(QTranslator):
    """A translator that turns every PlaceholderWindow string upper case."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper() if context == "PlaceholderWindow" else ""


def test_window_shows_what_quietcase_is(qtbot: QtBot) -> None:
    window = PlaceholderWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Quietcase"
    assert "encrypted file" in window.message.text()
    assert "never goes online" in window.message.text()


def test_every_string_is_translatable(qtbot: QtBot) -> None:
    translator = _Upper()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        window = PlaceholderWindow()
        qtbot.addWidget(window)
        for text in (window.windowTitle(), window.message.text(), window.status.text()):
            assert text == text.upper()
    finally:
        app.removeTranslator(translator)
