"""What kind of file this is, read from its content (puremagic), never from its name alone.

The file name only breaks ties between formats that share a signature (e.g. ZIP-based ones).
Text that no signature matches is recognised as UTF-8 text, JSON or HTML by looking at it.
The kinds the evidence page sorts files into (image, PDF, text, video, audio, other) are
decided here too, for stored files and for a chat message's media alike.

Two containers hold sound as often as video, and their signature alone says nothing of which:
an MP4 (an `.m4a` voice memo, an audio-only `.mp4`) is typed by its tracks' handlers when its
index (`moov`) is within the first bytes, else by its brand (`M4A `...); an Ogg file by the codec
its first packet names (Vorbis, Opus, Speex, FLAC: audio; Theora: video).
"""

from __future__ import annotations

import json
import struct
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
            return _refined(str(match.mime_type), head)
    return _text_type(head)


MP4_TYPES = {"video/mp4", "application/mp4", "audio/mp4", "video/quicktime", "video/3gpp"}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_OGG_CODECS = (
    (b"\x01vorbis", "audio/ogg"),
    (b"OpusHead", "audio/ogg"),
    (b"Speex   ", "audio/ogg"),
    (b"\x7fFLAC", "audio/ogg"),
    (b"\x80theora", "video/ogg"),
)
_MP4_CONTAINERS = {b"moov", b"trak", b"mdia"}
MAX_BOXES = 4096  # boxes looked at in the head: a hostile file cannot make this loop long


def _refined(found: str, head: bytes) -> str:
    """An MP4 or Ogg file typed by what it holds (see the module's docstring)."""
    if found in MP4_TYPES and head[4:8] == b"ftyp":
        handlers = _mp4_handlers(head)
        if b"vide" in handlers:
            return "video/mp4" if found == "application/mp4" else found
        if b"soun" in handlers or head[8:12] in _AUDIO_BRANDS:
            return "audio/mp4"
        return found
    if head[:4] == b"OggS" and len(head) >= 28:
        start = 27 + head[26]
        packet = head[start : start + 16]
        for signature, media_type in _OGG_CODECS:
            if packet.startswith(signature):
                return media_type
    return found


def _mp4_handlers(head: bytes) -> set[bytes]:
    """The handler types (`vide`, `soun`...) of the tracks whose boxes are in `head`."""
    handlers: set[bytes] = set()
    stack = [(0, len(head))]
    seen = 0
    while stack and seen < MAX_BOXES:
        pos, end = stack.pop()
        while pos + 8 <= end and seen < MAX_BOXES:
            seen += 1
            size, box = struct.unpack_from(">I4s", head, pos)
            header = 8
            if size == 1 and pos + 16 <= end:
                size, header = struct.unpack_from(">Q", head, pos + 8)[0], 16
            elif size == 0:
                size = end - pos
            if size < header:
                break
            if box in _MP4_CONTAINERS:
                stack.append((pos + header, min(pos + size, end)))
            elif box == b"hdlr" and pos + header + 12 <= end:
                at = pos + header + 8  # after version, flags and pre_defined
                handlers.add(head[at : at + 4])
            pos += size
    return handlers


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


# Media kinds the filter offers; "other" is everything else.
IMAGE, PDF, TEXT, VIDEO, AUDIO, OTHER = "image", "pdf", "text", "video", "audio", "other"
MEDIA_KINDS = (IMAGE, PDF, TEXT, VIDEO, AUDIO, OTHER)
TEXT_TYPES = {
    "application/json",
    "text/html",
    "application/xhtml+xml",
    "application/xml",
    "text/xml",
    "text/csv",
    "application/x-empty",
}
AUDIO_TYPES = {"application/ogg", "application/x-ogg"}
VIDEO_TYPES = {"application/mp4", "application/x-matroska", "application/vnd.rn-realmedia"}
# Telegram's words for a message's media (`ChatMedia.kind`).
CHAT_PICTURES = {"photo", "sticker"}
CHAT_VIDEOS = {"video_file", "video_message", "animation"}
CHAT_SOUNDS = {"voice_message", "audio_file"}


def media_kind(media_type: str) -> str:
    """The filter's word for a media type: image, pdf, text, video, audio or other."""
    base = media_type.split(";", 1)[0].strip().lower()
    if base.startswith("image/"):
        return IMAGE
    if base == "application/pdf":
        return PDF
    if base.startswith("text/") or base in TEXT_TYPES:
        return TEXT
    if base.startswith("video/") or base in VIDEO_TYPES:
        return VIDEO
    if base.startswith("audio/") or base in AUDIO_TYPES:
        return AUDIO
    return OTHER


def chat_media_kind(kind: str, media_type: str) -> str:
    """The evidence page's kind of file for a message's photo or file (Telegram's `kind`,
    else its media type): image, video, audio or other."""
    if kind in CHAT_PICTURES or media_type.startswith("image/"):
        return IMAGE
    if kind in CHAT_VIDEOS or media_type.startswith("video/"):
        return VIDEO
    if kind in CHAT_SOUNDS or media_type.startswith("audio/"):
        return AUDIO
    return OTHER
