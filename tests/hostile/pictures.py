"""Pictures made to cost memory: tiny files that decode to tens of megapixels, built at test
time (never stored in the project), and a shared real photo made large.

`CASES` names each picture, how to build it, and whether Quietcase should make a preview of it
(True), refuse to decode it (False: too costly), or either (None)."""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, TiffImagePlugin

from tests.shared import REAL_IMAGES


def encoded(img: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **options)
    return out.getvalue()


def webp_bomb() -> bytes:
    """The audit's file: 16,383 x 3,900 (64 MP, under the cap) of one colour in 2.5 KB."""
    return encoded(Image.new("RGB", (16_383, 3_900), (200, 180, 170)), "WEBP", lossless=True)


def png_rgba(width: int, height: int) -> bytes:
    """One colour with alpha, a few hundred KB: 4 bytes a pixel once decoded."""
    return encoded(Image.new("RGBA", (width, height), (10, 20, 30, 255)), "PNG")


def long_screenshot(width: int = 1_440, height: int = 20_000) -> bytes:
    """A scrolling capture of a chat: tall, with bars of colour like lines of messages."""
    img = Image.new("RGBA", (width, height), "white")
    draw = ImageDraw.Draw(img)
    for top in range(0, height, 40):
        colour = ((top * 7) % 255, (top * 3) % 255, (top * 11) % 255, 255)
        draw.rectangle((20, top, 20 + (top * 37) % (width - 40), top + 20), fill=colour)
    return encoded(img, "PNG")


def photo(width: int, height: int) -> Image.Image:
    """A real camera photo (the shared fixtures) enlarged, or a drawn stand-in without them."""
    source = REAL_IMAGES / "gps_DSCN0010.jpg"
    if source.is_file():
        with Image.open(source) as small:
            return small.convert("RGB").resize((width, height), Image.Resampling.BILINEAR)
    return Image.radial_gradient("L").resize((width, height)).convert("RGB")


def photo_jpeg(width: int, height: int, **options: object) -> bytes:
    return encoded(photo(width, height), "JPEG", quality=90, **options)


def tiff_one_strip(width: int, height: int) -> bytes:
    """Deflated, the whole picture in one strip: libtiff holds the strip beside the picture."""
    before = TiffImagePlugin.STRIP_SIZE
    TiffImagePlugin.STRIP_SIZE = 1 << 31
    try:
        img = Image.new("RGB", (width, height), (1, 2, 3))
        return encoded(img, "TIFF", compression="tiff_adobe_deflate")
    finally:
        TiffImagePlugin.STRIP_SIZE = before


def icon_holding(inner: bytes) -> bytes:
    """An ICO whose directory says 256 x 256 but whose picture is `inner` (a PNG of any size)."""
    directory = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", 0, 0, 0, 0, 1, 32, len(inner), 6 + 16)
    return directory + entry + inner


def jpeg_markers(width: int, height: int, *, scans: int = 3, exif: bytes = b"") -> bytes:
    """The markers of a baseline JPEG (no picture data) whose three components come in
    `scans` scans: in one, libjpeg decodes a few rows at a time; in three, it keeps every
    coefficient of the full picture. `exif` goes in an APP1 segment."""
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 8) + b"Exif\x00\x00" + exif if exif else b""
    components = b"\x01\x11\x00\x02\x11\x00\x03\x11\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + components
    groups = [(1, 2, 3)] if scans == 1 else [(c,) for c in (1, 2, 3)]
    sos = b"".join(
        b"\xff\xda"
        + struct.pack(">HB", 6 + 2 * len(group), len(group))
        + b"".join(bytes([c, 0]) for c in group)
        + b"\x00\x3f\x00"
        + b"\x00" * 16
        for group in groups
    )
    return b"\xff\xd8" + app1 + sof + sos + b"\xff\xd9"


@dataclass(frozen=True)
class Case:
    build: Callable[[], bytes]
    size: tuple[int, int]
    preview: bool | None  # made (True), refused as too costly (False), either (None)
    slow: bool = False


CASES: dict[str, Case] = {
    "webp-16383x3900.webp": Case(webp_bomb, (16_383, 3_900), False),
    "long-screenshot-1440x20000.png": Case(long_screenshot, (1_440, 20_000), True),
    "photo-9000x7000.jpg": Case(lambda: photo_jpeg(9_000, 7_000), (9_000, 7_000), True),
    "png-7900x7900-rgba.png": Case(
        lambda: png_rgba(7_900, 7_900), (7_900, 7_900), False, slow=True
    ),
    "png-6000x6400-rgba.png": Case(lambda: png_rgba(6_000, 6_400), (6_000, 6_400), True, slow=True),
    "photo-9000x7000-progressive.jpg": Case(
        lambda: photo_jpeg(9_000, 7_000, progressive=True), (9_000, 7_000), None, slow=True
    ),
    "photo-5000x5000-progressive-444.jpg": Case(
        lambda: photo_jpeg(5_000, 5_000, progressive=True, subsampling=0),
        (5_000, 5_000),
        None,
        slow=True,
    ),
    "webp-3600x2700.webp": Case(
        lambda: encoded(photo(3_600, 2_700), "WEBP", quality=80), (3_600, 2_700), None, slow=True
    ),
    "avif-3600x2700.avif": Case(
        lambda: encoded(photo(3_600, 2_700), "AVIF", quality=50, speed=10),
        (3_600, 2_700),
        None,
        slow=True,
    ),
    "gif-16383x3900.gif": Case(
        lambda: encoded(Image.new("P", (16_383, 3_900)), "GIF"), (16_383, 3_900), True, slow=True
    ),
    "tiff-7900x7900-one-strip.tif": Case(
        lambda: tiff_one_strip(7_900, 7_900), (7_900, 7_900), False, slow=True
    ),
    "tiff-5000x3900-one-strip.tif": Case(
        lambda: tiff_one_strip(5_000, 3_900), (5_000, 3_900), None, slow=True
    ),
    "icon-holding-7900x7900.ico": Case(
        lambda: icon_holding(png_rgba(7_900, 7_900)), (7_900, 7_900), False, slow=True
    ),
}
