"""Safe, unique names for evidence files inside a bundle: `Exhibit-03-1_screenshot.png`
(`증제03호증의1_screenshot.png` in Korean), or `E0012_screenshot.png` for an item without an
exhibit number.

The original name is only a hint: it may hold a path (`../../etc/passwd`), characters Windows
refuses (`: * ? " < > |`), control or invisible characters (a right-to-left override can
disguise `gpj.exe` as `exe.jpg`), a reserved device name (`con.txt`), or be very long. The
exhibit (or evidence) number in front makes every name unique and never reserved; Korean
stays as it is (NFC, as every system shows it the same way).
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata

MAX_STEM_BYTES = 80  # UTF-8 bytes: well inside every file system's limit of 255
_WINDOWS_BAD = re.compile(r'[<>:"/\\|?*]')
_EXTENSION = re.compile(r"^[A-Za-z0-9]{1,10}$")
_KNOWN_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/heic": "heic",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "application/pdf": "pdf",
    "text/plain": "txt",
    "text/html": "html",
    "application/json": "json",
    "application/zip": "zip",
}


def _clean(text: str) -> str:
    """Visible, portable characters only; everything else becomes `_`."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category[0] == "C" or category in ("Zl", "Zp") or _WINDOWS_BAD.match(char):
            out.append("_")
        elif category == "Zs":
            out.append(" ")
        else:
            out.append(char)
    cleaned = re.sub(r"_+", "_", re.sub(r" +", " ", "".join(out)))
    return cleaned.strip(" ._-")


def _cut(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", "ignore").rstrip(" ._-")


def safe_name(evidence_id: int, filename: str, media_type: str = "", prefix: str = "") -> str:
    """`E0012_screenshot.png` from evidence 12 named `screenshot.png`; with a `prefix` (its
    exhibit, `Exhibit-03-1`) `Exhibit-03-1_screenshot.png`."""
    base = re.split(r"[\\/]", filename)[-1].strip()
    stem, dot, extension = base.rpartition(".")
    if not dot or not stem.strip(" ."):
        stem, extension = base, ""
    if not _EXTENSION.match(extension):
        stem = base if extension else stem
        extension = _extension_for(media_type)
    stem = _cut(_clean(stem), MAX_STEM_BYTES) or "file"
    name = f"{prefix or f'E{evidence_id:04d}'}_{stem}"
    return f"{name}.{extension}" if extension else name


def _extension_for(media_type: str) -> str:
    if media_type in _KNOWN_EXTENSIONS:
        return _KNOWN_EXTENSIONS[media_type]
    guessed = mimetypes.guess_extension(media_type or "", strict=False) or ""
    guessed = guessed.lstrip(".")
    return guessed if _EXTENSION.match(guessed) else ""


def folder_name(stem: str) -> str:
    """The folder inside the ZIP: the ZIP's own name made safe (or a plain default)."""
    return _cut(_clean(stem), MAX_STEM_BYTES) or "quietcase-bundle"
