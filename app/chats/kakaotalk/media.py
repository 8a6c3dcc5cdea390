"""The words KakaoTalk writes instead of a photo, video or file, and the files they name.

A text export holds no media: a photo is the word `사진` (`Photo`), several `사진 3장`
(`Photos 3`?), and so on. Such a message gets a media entry that says the file is not in
the export ("not_included"), so a missing photo is never silently dropped; a photo that was
never downloaded on the phone (`사진 읽지 않음`) is "not_downloaded". In the Android export
with all messages the media files are beside the text, named by 64-hex hashes; a message
whose text names such a file (or any file of the export) is linked to it. Which hashed file
belongs to a bare `사진` cannot be told from the text: only by time, where that cannot go
two ways (`matching`), and marked so; otherwise those files are still kept as evidence of
the import, but not tied to a message. A file inside the export's ZIP is kept as
part of the ZIP (never unpacked): its message says so ("in_archive").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from quietcase.storage.records import ChatMedia

NOT_INCLUDED = "not_included"
NOT_DOWNLOADED = "not_downloaded"
IN_ARCHIVE = "in_archive"  # inside the export's ZIP: kept as part of it, never unpacked

_PLACEHOLDERS: dict[str, str] = {
    "사진": "photo",
    "동영상": "video",
    "파일": "file",
    "음성메시지": "voice",
    "이모티콘": "sticker",
    "Photo": "photo",
    "Photos": "photo",
    "Video": "video",
    "File": "file",
    "Voice Note": "voice",
    "Voice Message": "voice",
    "Emoticon": "sticker",
    "Emoticons": "sticker",
}
_SEVERAL = re.compile(r"^(사진|동영상) (\d{1,3})장$|^(Photos|Videos) (\d{1,3})$")
_NOT_DOWNLOADED = re.compile(
    r"^[<‹〈(]?(사진|동영상|파일) 읽지 않음[>›〉)]?$|^[<‹(]?Unread (photo|video|file)[>›)]?$",
    re.IGNORECASE,
)
_FILE_LINE = re.compile(r"^(?:파일|File): ?(.+)$")
MOST_AT_ONCE = 30  # KakaoTalk sends at most 30 photos in one message
HASHED = re.compile(r"^[0-9a-f]{64}(\.[A-Za-z0-9]{1,8})?$")


def media_of(text: str, files: Mapping[str, str]) -> tuple[ChatMedia, ...]:
    """What `text` says in place of media, with the file it names when the export has it
    (`files`: the export's file names -> where each is inside it)."""
    body = text.strip()
    if not body or "\n" in body:
        return ()
    if body in files:
        return (found_media(kind_of_name(body), files[body]),)
    kind = _PLACEHOLDERS.get(body)
    if kind is not None:
        return (ChatMedia(kind=kind, missing=NOT_INCLUDED),)
    m = _SEVERAL.match(body)
    if m:
        word = m.group(1) or m.group(3)
        count = int(m.group(2) or m.group(4))
        if not 1 <= count <= MOST_AT_ONCE:  # not KakaoTalk's: her text, kept as text
            return ()
        kind = "video" if word in ("동영상", "Videos") else "photo"
        return tuple(ChatMedia(kind=kind, missing=NOT_INCLUDED) for _ in range(count))
    m = _NOT_DOWNLOADED.match(body)
    if m:
        word = (m.group(1) or m.group(2) or "").lower()
        kind = {"사진": "photo", "동영상": "video", "photo": "photo", "video": "video"}.get(
            word, "file"
        )
        return (ChatMedia(kind=kind, missing=NOT_DOWNLOADED),)
    m = _FILE_LINE.match(body)
    if m:
        name = m.group(1).strip()
        if name in files:
            return (replace(found_media("file", files[name]), file_name=name),)
        return (ChatMedia(kind="file", file_name=name, missing=NOT_INCLUDED),)
    if HASHED.match(body):  # names a file the export should hold, but does not
        return (ChatMedia(kind=kind_of_name(body), path=body, missing="absent"),)
    return ()


def found_media(kind: str, path: str) -> ChatMedia:
    if path.startswith("zip:"):
        return ChatMedia(kind=kind, path=path[4:], missing=IN_ARCHIVE)
    return ChatMedia(kind=kind, path=path)


def kind_of_name(name: str) -> str:
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix in ("jpg", "jpeg", "png", "gif", "webp", "heic", "bmp"):
        return "photo"
    if suffix in ("mp4", "mov", "m4v", "avi", "3gp", "webm"):
        return "video"
    if suffix in ("m4a", "aac", "amr", "mp3", "ogg", "opus", "wav"):
        return "voice"
    return "file"
