"""What kind of file this is, read from its content (puremagic), never from its name alone.

The file name only breaks ties between formats that share a signature (e.g. ZIP-based ones).
Text that no signature matches is recognised as UTF-8 text, JSON or HTML by looking at it.
"""

from __future__ import annotations

import json
import warnings

import puremagic

UNKNOWN = "application/octet-stream"
SNIFF_BYTES = 64 * 1024


def sniff(head: bytes, filename: str = "") -> str:
    """The media type of a file from its first bytes (up to `SNIFF_BYTES`)."""
    if not head:
        return "application/x-empty"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            matches = puremagic.magic_string(head, filename or None)
    except (puremagic.PureError, ValueError, IndexError, TypeError):
        matches = []
    for match in matches:
        if match.mime_type:
            return str(match.mime_type)
    return _text_type(head)


def _text_type(head: bytes) -> str:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A cut in the middle of a multi-byte character at the end of the head is fine.
        if exc.start < len(head) - 3:
            return UNKNOWN
        text = head[: exc.start].decode("utf-8")
    if "\x00" in text:
        return UNKNOWN
    stripped = text.lstrip("\ufeff \t\r\n")
    lowered = stripped[:200].lower()
    if lowered.startswith(("<!doctype html", "<html")):
        return "text/html"
    if stripped[:1] in ("{", "["):
        try:
            json.loads(text)
            return "application/json"
        except ValueError:
            if len(head) >= SNIFF_BYTES:  # cut short: looks like JSON, trust the look
                return "application/json"
    return "text/plain"
