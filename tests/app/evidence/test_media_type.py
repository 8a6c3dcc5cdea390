"""The kinds of file the evidence page sorts into, for stored files and chat media alike."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from quietcase.app.evidence.media_type import (
    AUDIO,
    IMAGE,
    MEDIA_KINDS,
    OTHER,
    PDF,
    SNIFF_BYTES,
    TEXT,
    VIDEO,
    chat_media_kind,
    media_kind,
    sniff,
)


@pytest.mark.parametrize(
    ("kind", "media_type", "expected"),
    [
        ("photo", "", IMAGE),
        ("sticker", "image/webp", IMAGE),
        ("", "image/png", IMAGE),
        ("video_message", "", VIDEO),
        ("animation", "application/octet-stream", VIDEO),
        ("voice_message", "", AUDIO),
        ("", "audio/ogg", AUDIO),
        ("file", "application/pdf", OTHER),
        ("", "", OTHER),
    ],
)
def test_chat_media_kinds(kind: str, media_type: str, expected: str) -> None:
    assert chat_media_kind(kind, media_type) == expected


def test_every_kind_a_file_can_have_is_offered_by_the_filter() -> None:
    samples = ["image/jpeg", "application/pdf", "text/plain", "video/mp4", "audio/mpeg", "x/y"]
    assert [media_kind(s) for s in samples] == list(MEDIA_KINDS)
    assert MEDIA_KINDS == (IMAGE, PDF, TEXT, VIDEO, AUDIO, OTHER)


MEDIA = Path(__file__).parents[2] / "fixtures" / "media"


@pytest.mark.parametrize(
    ("name", "media_type", "kind"),
    [
        ("voice.m4a", "audio/mp4", AUDIO),
        ("song.mp4", "audio/mp4", AUDIO),
        ("voice.ogg", "audio/ogg", AUDIO),
        ("voice.opus", "audio/ogg", AUDIO),
        ("clip.mp4", "video/mp4", VIDEO),
        ("clip.webm", "video/webm", VIDEO),
    ],
)
def test_real_sound_and_video_files_are_typed_by_what_they_hold(
    name: str, media_type: str, kind: str
) -> None:
    """An `.m4a` or an audio-only `.mp4` is sound, not video; Ogg Vorbis and Opus are sound,
    not `application/ogg`: the name plays no part (the same bytes under another name)."""
    head = (MEDIA / name).read_bytes()[:SNIFF_BYTES]
    for filename in (name, "", "renamed.bin"):
        assert sniff(head, filename) == media_type
    assert media_kind(sniff(head, name)) == kind


def test_an_mp4_whose_index_is_past_the_head_is_typed_by_its_brand() -> None:
    """The index (moov) at the end of a long file is not in the sniffed head: an `M4A ` brand
    still says sound; an `isom` brand keeps the signature's video type."""

    def box(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", 8 + len(body)) + kind + body

    data = box(b"mdat", bytes(range(256)) * 400)
    for brand, expected in ((b"M4A ", "audio/mp4"), (b"isom", "video/mp4")):
        head = (box(b"ftyp", brand + b"\0\0\2\0" + brand + b"isom") + data)[:SNIFF_BYTES]
        assert sniff(head, "x.mp4") == expected


def test_a_hostile_mp4_index_is_read_within_bounds() -> None:
    """Boxes of size zero, of a size past the end, or nested deep: no hang, no error."""
    ftyp = struct.pack(">I", 16) + b"ftypisom\0\0\2\0"
    looping = ftyp + (struct.pack(">I", 8) + b"moov") * 20_000
    assert sniff(looping[:SNIFF_BYTES], "x.mp4") in ("video/mp4", "application/mp4")
    huge = ftyp + struct.pack(">I", 1) + b"moov" + struct.pack(">Q", 2**63) + b"\0" * 64
    assert sniff(huge, "x.mp4") in ("video/mp4", "application/mp4")
