"""The pieces of the pages seen before a case is open (welcome, create, unlock, restore): a
calm, centred column, wrapped words, a passphrase line."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from quietcase.ui.widgets.plain import PlainLabel


def centred_column(page: QWidget) -> QVBoxLayout:
    """A calm, centred column of readable width."""
    inner = QWidget(page)
    inner.setMaximumWidth(620)
    column = QVBoxLayout(inner)
    column.setSpacing(14)
    column.addStretch(1)  # with the callers' closing stretch: centred, a little high
    outer = QHBoxLayout(page)
    outer.setContentsMargins(32, 24, 32, 48)
    outer.addStretch(1)
    outer.addWidget(inner, 4)
    outer.addStretch(1)
    return column


def wrapped_label(parent: QWidget, words: str, name: str = "") -> QLabel:
    """Our own words (already translated), wrapped; `name` picks a style ("title")."""
    label = PlainLabel(words, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def passphrase_line(parent: QWidget) -> QLineEdit:
    line = QLineEdit(parent)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setMinimumWidth(320)
    return line


def keep_room(widget: QWidget, lines: int = 0) -> None:
    """Room kept for words that come and go (a hint, an error), so nothing below them moves
    and a button is still where she is about to click: at least `lines` lines of text, and
    the same room while hidden."""
    if lines:
        widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * lines + 4)
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
