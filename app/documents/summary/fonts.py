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
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]

from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

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
    need = "Aa0가한" if korean else "Aa0"
    for regular_path, bold_path in candidates:
        regular_name = _register(regular_path, need)
        if regular_name is None:
            continue
        bold_name = _register(bold_path, need) if bold_path else None
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
def _register(path: Path, need: str) -> str | None:
    """Register a TrueType font under a name of its own; None if reportlab cannot embed it
    (CFF outlines, damaged file) or it lacks the letters we need."""
    name = "QC-" + hashlib.sha256(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    try:
        font = TTFont(name, str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
        return None
    cmap = font.face.charToGlyph
    if not all(ord(c) in cmap for c in need):
        return None
    pdfmetrics.registerFont(font)
    return name


# Fonts for letters the main one lacks, most preferred first: the Latin font (DejaVu Sans:
# Greek, Cyrillic, Arabic, Hebrew), then TrueType fonts with Chinese and Japanese characters
# that a Korean font may lack (simplified Chinese above all). reportlab embeds only TrueType
# outlines, so Noto Sans CJK (.otf, CFF) cannot serve.
_SPARE = [
    "msyh.ttc",  # Windows: Microsoft YaHei, SimSun, SimHei, JhengHei, MingLiU, Meiryo
    "simsun.ttc",
    "simhei.ttf",
    "msjh.ttc",
    "mingliu.ttc",
    "meiryo.ttc",
    "Arial Unicode.ttf",  # macOS
    "STHeiti Light.ttc",
    "wqy-zenhei.ttc",  # Linux
    "wqy-microhei.ttc",
    "uming.ttc",
    "DroidSansFallbackFull.ttf",
    "NotoSansSC-Regular.ttf",
    "NotoSansTC-Regular.ttf",
    "NotoSansJP-Regular.ttf",
]
MISSING = "\u25a1"  # □, printed for a letter no font on this computer has


def _spare_paths() -> Iterator[Path]:
    folders = font_folders()
    for name in _SPARE:
        for folder in folders:
            if (folder / name).is_file():
                yield folder / name


class _Spares:
    """The spare fonts: the Latin one, then the others, registered one by one only when a
    letter needs them (a Chinese font file is tens of megabytes)."""

    def __init__(self) -> None:
        self._paths = _spare_paths()
        self.fonts: list[tuple[str, frozenset[int]]] = []
        latin = _find(False)
        glyphs = None if latin is None else _glyphs(latin.regular)
        if latin is not None and glyphs is not None:
            self.fonts.append((latin.regular, glyphs))

    def font_of(self, char: str, regular: str, have: frozenset[int]) -> str | None:
        """The font `char` is printed in: `regular` (whose letters are `have`) when it has
        it or nothing needs drawing, else a spare one; None when no font here has it."""
        if ord(char) in have or _invisible(char):
            return regular
        return self.font_for(ord(char))

    def font_for(self, code: int) -> str | None:
        for name, glyphs in self.fonts:
            if code in glyphs:
                return name
        for path in self._paths:
            added = _register(path, "")
            has = _glyphs(added) if added else None
            if added is None or has is None:
                continue
            self.fonts.append((added, has))
            if code in has:
                return added
        return None


_SPARES: list[_Spares] = []
_GLYPHS: dict[str, frozenset[int] | None] = {}


def _spares() -> _Spares:
    if not _SPARES:
        _SPARES.append(_Spares())
    return _SPARES[0]


def _glyphs(font_name: str) -> frozenset[int] | None:
    """The code points a registered TrueType font has (None for the 14 standard fonts)."""
    if font_name not in _GLYPHS:
        font = pdfmetrics.getFont(font_name)
        face = getattr(font, "face", None)
        cmap = getattr(face, "charToGlyph", None)
        _GLYPHS[font_name] = None if cmap is None else frozenset(cmap)
    return _GLYPHS[font_name]


def _invisible(char: str) -> bool:
    """Joiners, variation selectors and other marks that print as nothing anyway."""
    return unicodedata.category(char) in ("Cc", "Cf", "Mn", "Me") or char.isspace()


def unprintable(value: str, regular: str) -> bool:
    """Whether `value` has a letter that no font on this computer can print in the PDF."""
    have = _glyphs(regular)
    if have is None or value.isascii():
        return False
    spares = _spares()
    return any(spares.font_of(c, regular, have) is None for c in value)


def runs(value: str, regular: str) -> list[tuple[str, str]]:
    """`value` as (font, text) runs: `regular` where it has the letters, else a spare font
    that has them; a letter no font here has becomes □, and a symbol (an emoji) its name in
    brackets: "[red heart]" (the transcript says so; the exact text stays in the export's
    file)."""
    have = _glyphs(regular)
    if have is None or value.isascii():
        return [(regular, value)] if value else []
    spares = _spares()
    out: list[tuple[str, str]] = []
    current: list[str] = []
    font = regular
    for char in value:
        want = spares.font_of(char, regular, have)
        if want is None:
            char, want = _stand_in(char), regular
        if want != font and current:
            out.append((font, "".join(current)))
            current = []
        font = want
        current.append(char)
    if current:
        out.append((font, "".join(current)))
    return out


def with_fallback(markup: str, regular: str) -> str:
    """Paragraph markup (escaped text, simple tags) with each letter `regular` lacks in a
    `<font>` of a spare font that has it, so that nothing prints as an empty space (see
    `runs`). Tags and entities are ASCII, which every font has, so they stay whole."""
    return "".join(
        part if font == regular else f'<font name="{font}">{part}</font>'
        for font, part in runs(markup, regular)
    )


def width(value: str, regular: str, size: float) -> float:
    """How wide `value` is when drawn with `draw`."""
    return float(sum(stringWidth(part, font, size) for font, part in runs(value, regular)))


def draw(canv: Any, x: float, y: float, value: str, regular: str, size: float) -> None:
    """Draw `value` on the page from (x, y), as `with_fallback` prints it in a paragraph
    (a running head, a line of the contents)."""
    for font, part in runs(value, regular):
        canv.setFont(font, size)
        canv.drawString(x, y, part)
        x += stringWidth(part, font, size)
    canv.setFont(regular, size)


def _stand_in(char: str) -> str:
    if unicodedata.category(char) == "So":
        name = unicodedata.name(char, "")
        if name:
            return f"[{name.lower()}]"
    return MISSING
