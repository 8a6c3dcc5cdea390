"""The kinds of file the evidence page sorts into, for stored files and chat media alike."""

from __future__ import annotations

import pytest

from quietcase.app.evidence.media_type import (
    AUDIO,
    IMAGE,
    MEDIA_KINDS,
    OTHER,
    PDF,
    TEXT,
    VIDEO,
    chat_media_kind,
    media_kind,
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
