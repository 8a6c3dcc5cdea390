"""The two helpers behind "her text is text" (ui/widgets/plain.py, ui/prompts.py): what a
tooltip made by `plain_tooltip` shows, and labels and message boxes that stay plain."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quietcase.ui.prompts import message_box
from quietcase.ui.widgets.plain import TOOLTIP_LIMIT, TOOLTIP_LINES, PlainLabel, plain_tooltip
from tests.hostile.test_plain_text import EVERY, LONG, SPOOF, escaped_wrapper, tooltip_problem


@pytest.mark.parametrize("value", EVERY, ids=["img", "heading", "tables", "link", "entity", "long"])
def test_a_tooltip_shows_exactly_her_characters(qapp: QApplication, value: str) -> None:
    """Qt reads the tooltip as our paragraph: she sees her characters, nothing is loaded, no
    table or heading is made; a 200 KB line is cut at 2,000 characters."""
    tip = plain_tooltip(value)
    assert escaped_wrapper(tip) and tooltip_problem(tip) is None
    document = QTextDocument()
    document.setHtml(tip)
    shown = document.toPlainText().replace("\u200b", "")
    if value is LONG:
        assert shown == value[:TOOLTIP_LIMIT].rstrip() + "…"
    else:
        assert shown == value
    assert document.blockCount() == 1  # one paragraph: no heading, table or cell of his
    assert not document.rootFrame().childFrames()  # tables are frames


def test_a_tooltip_keeps_her_lines_and_stops_at_the_limits(qapp: QApplication) -> None:
    assert plain_tooltip("") == plain_tooltip("  \n ") == plain_tooltip(None) == ""
    document = QTextDocument()
    document.setHtml(plain_tooltip("first line\r\nsecond\n\n  indented"))
    assert document.toPlainText() == "first line\nsecond\n\n  indented"
    many = "\n".join(f"line {n}" for n in range(500))
    document.setHtml(plain_tooltip(many))
    assert document.toPlainText().count("\n") == TOOLTIP_LINES - 1
    assert document.toPlainText().endswith("line 39…")
    word = plain_tooltip("x" * 1000)  # no space: breaks are allowed, so the tip wraps
    assert "\u200b" in word and "pre-wrap" in word
    assert "white-space:pre'" in plain_tooltip("a short line stays one line")


def test_a_plain_label_is_made_as_a_qlabel_is(qapp: QApplication) -> None:
    parent = QWidget()
    for label in (PlainLabel(parent), PlainLabel(SPOOF, parent), PlainLabel(SPOOF)):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert PlainLabel(parent).parentWidget() is parent
    assert PlainLabel(SPOOF, parent).text() == SPOOF
    assert message_box(QMessageBox.Icon.Question, "", SPOOF, None).textFormat() == (
        Qt.TextFormat.PlainText
    )
