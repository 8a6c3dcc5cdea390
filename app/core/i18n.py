"""Marking text for translation without importing Qt.

`app` may not import Qt, but the messages it produces are shown by the window. Each message
is marked with `QT_TRANSLATE_NOOP(context, text)` so `pyside6-lupdate` collects it; the window
translates it with `QCoreApplication.translate(context, text)` before filling in the
`{placeholders}`. Here the marker simply returns the English text.
"""

from __future__ import annotations

CONTEXT = "Quietcase"


def as_written(text: str) -> str:
    """A marked message as written (English): what the app layer writes when no one said
    which language her case is kept in (see `ImportOptions.words`)."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Label(str):
    """A field name inside a message (e.g. "title"): translated on its own before it is
    placed into the translated sentence."""

    __slots__ = ()


def label(text: str) -> Label:
    return Label(text)
