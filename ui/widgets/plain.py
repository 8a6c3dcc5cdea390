"""Her text is text: record and imported words are never read as HTML.

Qt shows a tooltip, and a label left at `AutoText`, as rich text whenever `Qt.mightBeRichText`
thinks the words look like markup. Everything she imports may have been made by the person who
hurts her: a chat named `<img src="/dev/zero"> room` made Qt read without end (memory past
7 GB) when the pointer rested on it, `<img src="/some/file.png">` made Qt open a file of hers,
`<h2>…needs your passphrase again</h2>` was drawn as a heading, nested tables took seconds to
lay out. So:

- every tooltip that may hold her words goes through `plain_tooltip`: the words, escaped, in a
  rich-text paragraph of our own (whatever Qt decides, no markup of his is read; line breaks
  are kept, long lines wrap), and cut at `TOOLTIP_LIMIT` characters;
- every label is a `PlainLabel`: `Qt.PlainText`, whatever it shows. Quietcase's own words
  carry no markup, so no label needs anything else; message boxes are plain too
  (`ui.prompts.message_box`).

tests/hostile/test_plain_text.py fills a case with hostile values and checks every tooltip,
label and message box of the window.
"""

from __future__ import annotations

import html
import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

TOOLTIP_LIMIT = 2_000  # characters: a tooltip of a 1 MB message would freeze the window too
TOOLTIP_LINES = 40
SHORT_LINE = 80  # columns (a Hangul syllable takes two): longer lines wrap in the tooltip
_UNBROKEN = re.compile(rf"\S{{{SHORT_LINE}}}(?=\S)")
_ZERO_WIDTH_SPACE = "\u200b"


def plain_tooltip(text: str | None) -> str:
    """`text` made safe for a tooltip (of a widget or an item's `ToolTipRole`): escaped inside
    a paragraph of ours, so Qt shows exactly these characters and nothing is loaded or laid out
    as markup; line breaks kept; at most `TOOLTIP_LIMIT` characters and `TOOLTIP_LINES` lines
    (then "…"). Empty for empty text, so no tooltip appears."""
    if not text or not text.strip():
        return ""
    shown = text.replace("\r\n", "\n").replace("\r", "\n")
    cut = len(shown) > TOOLTIP_LIMIT
    lines = shown[:TOOLTIP_LIMIT].split("\n")
    if len(lines) > TOOLTIP_LINES:
        cut, lines = True, lines[:TOOLTIP_LINES]
    shown = "\n".join(lines).rstrip() + ("…" if cut else "")
    if all(_columns(line) <= SHORT_LINE for line in lines):
        style = "pre"  # one line stays one line, as in a plain tooltip
    else:
        style = "pre-wrap"  # Qt wraps at spaces only: a long word (an address) may break too
        shown = _UNBROKEN.sub(lambda found: found[0] + _ZERO_WIDTH_SPACE, shown)
    return f"<p style='white-space:{style}'>{html.escape(shown, quote=False)}</p>"


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


class PlainLabel(QLabel):
    """A `QLabel` whose words are always plain text: made as a QLabel is, `PlainLabel(parent)`
    or `PlainLabel(words, parent)`."""

    def __init__(self, text: str | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):
            text, parent = None, text
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)
