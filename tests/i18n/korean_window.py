"""A Korean window over the invented demo case, and a way to read every word it shows.

Used by `test_window_ko.py` and by `screenshots_ko.py` (which saves the pictures in
docs/screenshots). The window is built as `ui.main` builds it: Quietcase's and Qt's Korean
translations, the Korean locale for dates and numbers, a Hangul font.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from quietcase.app.case import open_case
from quietcase.app.core.clock import Clock
from quietcase.app.settings import Settings, SettingsStore
from quietcase.cli.demo import fill_demo
from quietcase.ui.main import install_translators, language_locale, use_hangul_font
from quietcase.ui.main_window import MainWindow
from quietcase.ui.privacy.idle import IdleWatch
from quietcase.ui.prompts import Prompts
from quietcase.ui.session import Session
from quietcase.ui.workers import InlineWorker
from tests.tools.i18n import messages, ts_path

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The application in `language` (as `ui.main` sets it up), and back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, font = QLocale(), app.font()
    QLocale.setDefault(language_locale(language))
    installed = install_translators(app, language)
    use_hangul_font(app, language)
    try:
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
        app.setFont(font)


def demo_case(path: Path, passphrase: str, clock: Clock, today: date) -> Path:
    with open_case(path, passphrase, clock) as case:
        fill_demo(case.journal, today)
    return path


def window(clock: Clock, config: Path, settings: Settings | None = None) -> MainWindow:
    """A window as `ui.main` makes one, with an inline worker (deterministic)."""
    Prompts.test_mode = True
    session = Session(InlineWorker(), clock)
    store = SettingsStore(config)
    return MainWindow(session, settings or Settings(), store, IdleWatch(now=lambda: 1000.0))


def shown_texts(root: QWidget, rows: int = 8) -> list[str]:
    """Every word a person can see in `root` and its visible children: labels, buttons,
    placeholders, choices, tabs, list items, column headings, the first rows of tables,
    tooltips and window titles."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.isWindow():
            found.append(widget.windowTitle())
        found.append(widget.toolTip())
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text().replace("&", ""))
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i).replace("&", "") for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
            for r in range(min(rows, model.rowCount())):
                found += [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
    return [t for t in (t.strip() for t in found) if t]


def english_patterns() -> list[re.Pattern[str]]:
    """Each English source text with a Korean translation, as a pattern matching it once its
    placeholders are filled: a shown text matching one was left untranslated."""
    patterns = []
    for m in messages(ts_path("ko")):
        if m.unfinished or m.forms[0] == m.source:
            continue
        bare = re.sub(r"\{\w*\}|%L?n", "", m.source).replace("&", "")
        if not re.search(r"[A-Za-z]{3}", bare):  # "{day} {month} {year}" would match anything
            continue
        pattern = re.escape(m.source.replace("&", ""))
        pattern = re.sub(r"\\\{\w*\\\}|%L?n", ".+", pattern)
        patterns.append(re.compile(pattern, re.S))
    return patterns


def untranslated(texts: list[str], patterns: list[re.Pattern[str]]) -> list[str]:
    return sorted({t for t in texts if any(p.fullmatch(t) for p in patterns)})
