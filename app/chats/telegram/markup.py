"""Reading the HTML that Telegram Desktop writes, in one pass, whatever the page holds.

Python's `html.parser` looks ahead to the end of the page for every construct that does not
close (`<a` repeated, `<a x="` repeated, `<!--` repeated...): a crafted page of 160 KB took
43 s. This reader never looks at a character twice: each `<` is a tag up to the next `>`
(Telegram writes `>` in text and attributes as `&gt;`), a comment runs to the next `-->`,
the body of `<script>` and `<style>` to its end tag; once a search has come up empty, what is
left is read as text. Attributes are read by a scanner that only moves forward.

`Markup` calls `handle_starttag(tag, attrs)`, `handle_endtag(tag)` and `handle_data(text)`
like `html.parser.HTMLParser` (names in lower case, character references resolved).
"""

from __future__ import annotations

import re
from html import unescape

_NAME = re.compile(r"[A-Za-z][^\s/>]*")
_SPACE = re.compile(r"[\s/]*")
_ATTRIBUTE = re.compile(r"[^\s/>=\"']+")
_UNQUOTED = re.compile(r"[^\s>]*")
_RAW_TEXT = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style")}


def _skip_space(text: str, at: int) -> int:
    found = _SPACE.match(text, at)
    return found.end() if found else at


def attributes(inside: str) -> list[tuple[str, str | None]]:
    """`x="1" y z='2'` -> [("x", "1"), ("y", None), ("z", "2")], in one forward pass."""
    found: list[tuple[str, str | None]] = []
    at, end = 0, len(inside)
    while at < end:
        at = _skip_space(inside, at)
        name = _ATTRIBUTE.match(inside, at)
        if name is None:
            at += 1  # a stray quote or "=": skipped
            continue
        at = name.end()
        at = _skip_space(inside, at)
        if at >= end or inside[at] != "=":
            found.append((name.group().lower(), None))
            continue
        at = _skip_space(inside, at + 1)
        if at < end and inside[at] in "\"'":
            close = inside.find(inside[at], at + 1)
            close = end if close == -1 else close
            value = inside[at + 1 : close]
            at = close + 1
        else:
            plain = _UNQUOTED.match(inside, at)
            value = plain.group() if plain else ""
            at = plain.end() if plain else at + 1
        found.append((name.group().lower(), unescape(value)))
    return found


class Markup:
    """Feed the whole page with `feed`, then `close` (see the module)."""

    def feed(self, text: str) -> None:
        at, end = 0, len(text)
        no_more = end  # from here on no `>` is left: every `<` is text
        while at < end:
            lt = text.find("<", at)
            if lt == -1 or lt >= no_more:
                self._text(text[at:])
                return
            if lt > at:
                self._text(text[at:lt])
            if text.startswith("<!--", lt):
                close = text.find("-->", lt + 4)
                if close == -1:
                    return  # an unclosed comment runs to the end
                at = close + 3
                continue
            gt = text.find(">", lt + 1)
            if gt == -1:
                no_more = lt
                self._text(text[lt:])
                return
            at = gt + 1
            tag = text[lt + 1 : gt]
            if tag.startswith(("!", "?")):
                continue  # <!DOCTYPE html>, <?xml ...?>
            closing = tag.startswith("/")
            name = _NAME.match(tag, 1 if closing else 0)
            if name is None:
                self._text(text[lt:at])  # "< 3", "<>": text, as a browser shows it
                continue
            lower = name.group().lower()
            if closing:
                self.handle_endtag(lower)
                continue
            self.handle_starttag(lower, attributes(tag[name.end() :]))
            if tag.endswith("/"):  # <div/>: opened and closed, as html.parser reads it
                self.handle_endtag(lower)
            elif lower in _RAW_TEXT:  # a script's or style's body is not markup
                stop = _RAW_TEXT[lower].search(text, at)
                inner_end = stop.start() if stop else end
                if inner_end > at:
                    self.handle_data(text[at:inner_end])
                if stop is None:
                    return
                self.handle_endtag(lower)
                at = stop.end()

    def close(self) -> None:
        """The page has ended (nothing is held back between calls to `feed`)."""

    def _text(self, raw: str) -> None:
        if raw:
            self.handle_data(unescape(raw))

    # -- what a page does with what is read ----------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A start tag (`<br>` and `<br/>` alike)."""

    def handle_endtag(self, tag: str) -> None:
        """An end tag."""

    def handle_data(self, data: str) -> None:
        """Text between tags, character references resolved."""
