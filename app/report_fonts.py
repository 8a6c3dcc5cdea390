"""Fonts for the case summary: a Korean-capable TrueType font found on this computer,
embedded (as a subset) so the PDF shows Korean on any computer.

Looked for in the usual places: Malgun Gothic on Windows, Apple SD Gothic Neo / AppleGothic /
Nanum on macOS, and Nanum, Noto Sans KR, UnDotum or Baekmuk through fontconfig (`fc-list`) on
Linux. reportlab embeds only TrueType outlines, so OpenType/CFF files (Noto Sans CJK .otf) are
tried and skipped. If none is found and the report needs Korean, export stops before writing
anything and says so, instead of printing empty boxes.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]

from app.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP

NO_KOREAN_FONT = QT_TRANSLATE_NOOP(
    "Quietcase",
    "Quietcase could not find a font with Korean letters on this computer, so Korean text in "
    "the summary would print as empty boxes. Nothing was saved. Please install a Korean font "
    "(for example Nanum Gothic or Noto Sans KR), then try again.",
)

MONO = "Courier"  # one of the 14 standard PDF fonts: hashes and commands are plain ASCII
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3000-\u303f\u4e00-\u9fff]")

# (regular, bold) file names, most preferred first; bold may be missing.
_KOREAN = [
    ("malgun.ttf", "malgunbd.ttf"),
    ("AppleSDGothicNeo.ttc", ""),
    ("NanumGothic.ttf", "NanumGothicBold.ttf"),
    ("NanumGothic.ttc", ""),
    ("NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf"),
    ("AppleGothic.ttf", ""),
    ("NotoSansKR-Regular.ttf", "NotoSansKR-Bold.ttf"),
    ("UnDotum.ttf", "UnDotumBold.ttf"),
    ("gulim.ttc", ""),
    ("baekmuk-dotum.ttf", ""),
    ("dotum.ttf", ""),
]
_LATIN = [
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
]


@dataclass(frozen=True)
class ReportFonts:
    """Registered reportlab font names for the report's text."""

    regular: str
    bold: str
    mono: str = MONO
    korean: bool = False


def needs_korean(texts: list[str]) -> bool:
    """True when any of the texts holds Hangul (or CJK punctuation/ideographs)."""
    return any(_HANGUL.search(text) for text in texts if text)


def choose_fonts(korean: bool) -> ReportFonts:
    """The best font found; raises `UserError` when Korean is needed and none is found."""
    found = _find(True)
    if found is not None:
        return found
    if korean:
        raise UserError(NO_KOREAN_FONT)
    return _find(False) or ReportFonts("Helvetica", "Helvetica-Bold")


@lru_cache(maxsize=2)
def _find(korean: bool) -> ReportFonts | None:
    wanted = _KOREAN if korean else _LATIN
    folders = font_folders()
    candidates: list[tuple[Path, Path | None]] = []
    for regular, bold in wanted:
        for folder in folders:
            path = folder / regular
            if path.is_file():
                bold_path = folder / bold if bold else None
                candidates.append((path, bold_path if bold_path and bold_path.is_file() else None))
    if korean:
        candidates += [(path, _bold_beside(path)) for path in _fontconfig_korean()]
    for regular_path, bold_path in candidates:
        regular_name = _register(regular_path, korean)
        if regular_name is None:
            continue
        bold_name = _register(bold_path, korean) if bold_path else None
        bold_name = bold_name or regular_name
        addMapping(regular_name, 0, 0, regular_name)
        addMapping(regular_name, 1, 0, bold_name)
        addMapping(regular_name, 0, 1, regular_name)
        addMapping(regular_name, 1, 1, bold_name)
        return ReportFonts(regular_name, bold_name, korean=korean)
    return None


def font_folders() -> list[Path]:
    """System and per-user font folders of this computer (those that exist)."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        folders = [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    elif sys.platform == "darwin":
        folders = [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    else:
        roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
        roots += [home / ".local" / "share" / "fonts", home / ".fonts"]
        folders = []
        for root in roots:
            if root.is_dir():
                folders.append(root)
                folders += sorted(p for p in root.rglob("*") if p.is_dir())
    return [f for f in folders if f.is_dir()]


def _fontconfig_korean() -> list[Path]:
    """Files fontconfig knows to cover Korean (Linux, and macOS with fontconfig)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        out = subprocess.run(
            [fc_list, ":lang=ko", "file"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.rsplit(":", 1)[0].strip() for line in out.splitlines() if line.strip()})
    plain = [f for f in files if not re.search(r"(?i)bold|light|thin|black|heavy|coding|mono", f)]
    return [Path(f) for f in plain + [f for f in files if f not in plain]]


def _bold_beside(path: Path) -> Path | None:
    for name in (
        path.stem.replace("Regular", "Bold") + path.suffix,
        path.stem + "Bold" + path.suffix,
        path.stem + "-Bold" + path.suffix,
    ):
        candidate = path.with_name(name)
        if candidate != path and candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=32)
def _register(path: Path, korean: bool) -> str | None:
    """Register a TrueType font under a name of its own; None if reportlab cannot embed it
    (CFF outlines, damaged file) or it lacks the letters we need."""
    name = "QC-" + hashlib.sha256(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    try:
        font = TTFont(name, str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
        return None
    cmap = font.face.charToGlyph
    wanted = ("A", "a", "0", "가", "한") if korean else ("A", "a", "0")
    if not all(ord(c) in cmap for c in wanted):
        return None
    pdfmetrics.registerFont(font)
    return name


@lru_cache(maxsize=1)
def fallback_font() -> str | None:
    """A second font for letters the main one lacks (Arabic, Hebrew, Cyrillic, Greek in a
    chat message): the first Latin font found (DejaVu Sans covers them); None if none."""
    found = _find(False)
    return None if found is None else found.regular


def _glyphs(font_name: str) -> frozenset[int] | None:
    """The code points a registered TrueType font has (None for the 14 standard fonts)."""
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    cmap = getattr(face, "charToGlyph", None)
    return None if cmap is None else frozenset(cmap)


_GLYPHS: dict[str, frozenset[int] | None] = {}


def with_fallback(markup: str, regular: str) -> str:
    """Paragraph markup (escaped text, simple tags) with the letters `regular` lacks wrapped
    in a `<font>` of the fallback font when that one has them, so that they do not print as
    empty boxes. Tags and entities are ASCII, which every font has, so they stay whole."""
    if regular not in _GLYPHS:
        _GLYPHS[regular] = _glyphs(regular)
    have = _GLYPHS[regular]
    other = fallback_font()
    if have is None or other is None or other == regular or markup.isascii():
        return markup
    if other not in _GLYPHS:
        _GLYPHS[other] = _glyphs(other)
    spare = _GLYPHS[other] or frozenset()
    out: list[str] = []
    current: list[str] = []
    switched = False
    for char in markup:
        code = ord(char)
        want = code not in have and code in spare and not char.isspace()
        if want != switched:
            out.append("".join(current))
            out.append(f'<font name="{other}">' if want else "</font>")
            current, switched = [], want
        current.append(char)
    out.append("".join(current))
    if switched:
        out.append("</font>")
    return "".join(out)
