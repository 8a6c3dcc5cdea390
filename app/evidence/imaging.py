"""Previews and facts for image evidence, made in memory with Pillow.

Nothing here touches the vault or the disk: `inspect_image` reads the original bytes (which it
never changes), and returns small new thumbnails, a perceptual hash and a few Exif facts. A
broken or hostile file never raises; it only sets `ImageFacts.problem`.
"""

from __future__ import annotations

import io
import math
import re
import warnings
from dataclasses import dataclass
from typing import Any

from PIL import ExifTags, Image, ImageFilter, features

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

# Pillow's default limit (~89 MP) only warns; a screenshot or phone photo is far below 64 MP,
# so anything larger is refused before decoding: a tiny "decompression bomb" file could
# otherwise make intake allocate gigabytes and freeze or crash the app while she adds evidence.
MAX_PIXELS = 64_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# What decoding one picture may take (with the file's bytes), so that a preview is made
# within 200 MiB whatever the picture: above it, the picture keeps its size and Exif facts but
# gets no preview. Phone photos (JPEG, decoded at 1/8 scale) and screenshots (PNG up to ~35 MP)
# are far below it; a 2.5 KB WebP of 16,383 x 3,900 would take ~1 GB (libwebp cannot decode at
# a smaller scale), so it is not decoded.
DECODE_BUDGET = 150 * 1024 * 1024
MAX_JPEG_SEGMENTS = 10_000  # markers followed before a JPEG is taken as the costliest kind
STRIP_BYTES = 8 * 1024 * 1024  # what one strip of the big picture may take while it is reduced

THUMB_SIZE = (256, 256)
WORK_SIZE = (512, 512)  # big pictures are reduced to at least twice this first
DESCRIPTION_LIMIT = 500
TEXT_LIMIT = 200
# Decoded inside Pillow only: no EPS (runs Ghostscript). "JPEG" also opens MPO camera files.
FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF", "ICO", "AVIF")
# Media type -> the Pillow feature it needs ("" = always built in).
_MEDIA_TYPES = {
    media: feature
    for feature, medias in (
        ("jpg", "image/jpeg image/jpg image/pjpeg"),
        ("zlib", "image/png image/apng image/x-icon image/vnd.microsoft.icon"),
        ("webp", "image/webp"),
        ("avif", "image/avif"),
        ("", "image/gif image/bmp image/x-bmp image/x-ms-bmp image/tiff"),
    )
    for media in medias.split()
}
_EXIF_DATE = re.compile(r"(\d{4}):(\d\d):(\d\d)[ T](\d\d:\d\d:\d\d)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Stored with the evidence as written here; the window and the CLI translate them when shown.
_DAMAGED = QT_TRANSLATE_NOOP(
    "Quietcase", "preview not available: the image data is damaged or not a supported image"
)
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Quietcase", "too large to preview: the image is bigger than 64 megapixels"
)
_NO_MEMORY = QT_TRANSLATE_NOOP("Quietcase", "too large to preview: not enough memory")
TOO_COSTLY = QT_TRANSLATE_NOOP(
    "Quietcase", "too large to preview safely: the file itself is kept unchanged"
)
_SIDEWAYS = (
    Image.Transpose.TRANSPOSE,
    Image.Transpose.ROTATE_270,
    Image.Transpose.TRANSVERSE,
    Image.Transpose.ROTATE_90,
)
_ORIENTATIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class ImageFacts:
    """What `inspect_image` learnt. On failure only `problem` is set (and `exif` is empty);
    a picture too costly to decode (`TOO_COSTLY`) keeps its size and Exif facts."""

    width: int | None
    height: int | None  # as displayed (after Exif orientation)
    exif: dict[str, str]  # make, model, taken_at, ..., gps_latitude: only the tags present
    has_gps: bool
    dhash: str | None
    thumbnail: bytes | None
    blurred: bytes | None
    problem: str = ""


def is_image_type(media_type: str) -> bool:
    """Whether `inspect_image` can preview files of this media type ("image/png; x=y" is fine)."""
    feature = _MEDIA_TYPES.get(media_type.split(";", 1)[0].strip().lower())
    return feature is not None and (not feature or bool(features.check(feature)))


def too_large(problem: str) -> bool:
    """Whether a picture has no preview because it is too large (not because it is broken)."""
    return problem.startswith("too large to preview")


def hamming(a: str, b: str) -> int:
    """Number of differing bits between two `dhash` strings; 0 means the same picture.

    Raises ValueError if either is not 16 hex digits.
    """
    if len(a) != 16 or len(b) != 16:
        raise ValueError("a dhash is 16 hex digits")
    return (int(a, 16) ^ int(b, 16)).bit_count()


def inspect_image(data: bytes) -> ImageFacts:
    """Size, Exif facts, perceptual hash and previews of an image, without ever raising.

    On failure every field but `problem` is empty; a picture too costly to decode keeps its
    size and Exif facts. Either way the caller still keeps `data` as evidence, untouched.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "corrupt Exif" chatter: not ours to print
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return _inspect(data)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return _failed(_TOO_LARGE)
    except MemoryError:
        return _failed(_NO_MEMORY)
    except Exception:  # UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error,
        return _failed(_DAMAGED)  # EOFError, ZeroDivisionError, TypeError, IndexError... any plugin


def _failed(problem: str) -> ImageFacts:
    return ImageFacts(None, None, {}, False, None, None, None, problem)


def _inspect(data: bytes) -> ImageFacts:
    if data[:4] == _ICO_MAGIC:  # Pillow decodes an icon as it opens it: decide first
        width, height = max(_icon_sizes(data), key=lambda size: size[0] * size[1])
        if width * height > MAX_PIXELS:
            raise Image.DecompressionBombError("too big")
        if width * height * 4 * 2 + len(data) > DECODE_BUDGET:
            return ImageFacts(width, height, {}, False, None, None, None, TOO_COSTLY)
    with Image.open(io.BytesIO(data), formats=FORMATS) as img:
        width, height = img.size
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            raise Image.DecompressionBombError("too big")  # catch_warnings is not thread-safe
        img.seek(0)  # animated: the first frame
        if img.format in ("JPEG", "MPO"):
            img.draft("RGB", _wanted(width, height))  # decoded at 1/2, 1/4 or 1/8 scale
        if decode_cost(img, data, (width, height)) > DECODE_BUDGET:
            return _not_decoded(img, width, height)
        exif_source = _exif_of(img)
        img.load()
        exif, has_gps = _exif_facts(exif_source)
        turn = _turn(exif_source)
        if turn in _SIDEWAYS:
            width, height = height, width
        work = _normalise(_shrink(img))
    if turn is not None:
        work = work.transpose(turn)  # upright, on the small copy only
    work.thumbnail(WORK_SIZE, Image.Resampling.LANCZOS)
    flat = _flatten(work)
    thumb = work.copy()
    thumb.thumbnail(THUMB_SIZE, Image.Resampling.LANCZOS)
    blurred = _encode(_blur(_flatten(thumb)))
    return ImageFacts(width, height, exif, has_gps, _dhash(flat), _encode(thumb), blurred)


def _not_decoded(img: Image.Image, width: int, height: int) -> ImageFacts:
    """A picture too costly to decode: its size and Exif facts (read from the header, the
    pixels untouched) without a preview."""
    exif_source: Image.Exif | None = None
    if img.format != "PNG" or "exif" in img.info:  # a PNG would decode itself to look further
        exif_source = _exif_of(img)
    exif, has_gps = _exif_facts(exif_source)
    if _turn(exif_source) in _SIDEWAYS:
        width, height = height, width
    return ImageFacts(width, height, exif, has_gps, None, None, None, TOO_COSTLY)


def _exif_of(img: Image.Image) -> Image.Exif | None:
    try:
        return img.getexif()
    except Exception:  # a broken Exif block must not cost the preview
        return None


def _exif_facts(exif: Image.Exif | None) -> tuple[dict[str, str], bool]:
    if exif is None:
        return {}, False
    try:
        return _read_exif(exif)
    except Exception:  # a broken Exif block must not cost the preview
        return {}, False


def _turn(exif: Image.Exif | None) -> Image.Transpose | None:
    """What makes the picture upright (as `ImageOps.exif_transpose` would), from its Exif or
    XMP orientation; None if it is stored upright or the tag is unusable."""
    if exif is None:
        return None
    try:
        return _ORIENTATIONS.get(int(exif.get(ExifTags.Base.Orientation, 1)))
    except Exception:
        return None  # shown as stored rather than not at all


def _wanted(width: int, height: int) -> tuple[int, int]:
    """The smallest size worth decoding for the previews: the working size, in the picture's
    own proportions (so a long, thin picture is reduced as much as a square one)."""
    scale = max(width / WORK_SIZE[0], height / WORK_SIZE[1], 1.0)
    return max(1, int(width / scale)), max(1, int(height / scale))


# -- what decoding costs -----------------------------------------------------------------------

# Bytes a decoder may hold per pixel, beyond Pillow's own picture, measured with Pillow 13
# (tests/bench/bench_image_memory.py): libwebp keeps the frame twice and hands Pillow a third
# copy; libavif keeps the planes and an RGB copy; libtiff may hold a whole strip; GIF and BMP
# (RLE) decode through a second buffer.
_PER_PIXEL = {"WEBP": 16, "AVIF": 16}
_TIMES_PICTURE = {"PNG": 1, "GIF": 2, "BMP": 2, "TIFF": 2}
_ICO_MAGIC = b"\x00\x00\x01\x00"
_READ_WHOLE = ("WEBP", "AVIF")  # these plugins read a second copy of the file first
_PROGRESSIVE_SOF = (0xC2, 0xC6, 0xCA, 0xCE)
_LOSSLESS_SOF = (0xC3, 0xC7, 0xCB, 0xCF)  # never decoded at a reduced scale
_SOF = (0xC0, 0xC1, *_PROGRESSIVE_SOF, *_LOSSLESS_SOF, 0xC5, 0xC9, 0xCD)


def decode_cost(img: Image.Image, data: bytes, full_size: tuple[int, int]) -> int:
    """A safe overestimate of the memory (bytes) decoding `img`'s first frame takes, as it is
    set up now (after `draft`), with the file's bytes already in memory. `full_size` is the
    picture's size before any `draft`."""
    width, height = img.size
    fmt = img.format or ""
    picture = width * height * _pixel_bytes(img.mode)
    if fmt in ("JPEG", "MPO"):
        cost = picture + _jpeg_buffers(data, full_size)
    elif fmt in _PER_PIXEL:
        cost = width * height * _PER_PIXEL[fmt]
    else:
        cost = picture * _TIMES_PICTURE.get(fmt, 2)
    return cost + len(data) * (2 if fmt in _READ_WHOLE else 1)


def _pixel_bytes(mode: str) -> int:
    """Bytes per pixel in Pillow's memory (up to four bands are kept in four bytes)."""
    if mode in ("1", "L", "P"):
        return 1
    return 2 if mode.startswith("I;16") else 4


def _icon_sizes(data: bytes) -> list[tuple[int, int]]:
    """The real size of every picture in an ICO file, read from each picture's own header
    (a PNG's IHDR, a bitmap's BITMAPINFOHEADER): the directory says 256 x 256 at most, but a
    PNG inside may be of any size."""
    sizes = [(256, 256)]
    count = int.from_bytes(data[4:6], "little")
    for entry in range(6, 6 + 16 * count, 16):
        offset = int.from_bytes(data[entry + 12 : entry + 16], "little")
        head = data[offset : offset + 24]
        if head[:8] == b"\x89PNG\r\n\x1a\n":
            sizes.append((int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")))
        elif len(head) >= 12:
            width = abs(int.from_bytes(head[4:8], "little", signed=True))
            height = abs(int.from_bytes(head[8:12], "little", signed=True))
            sizes.append((width, height))
    return sizes


def _jpeg_buffers(data: bytes, full_size: tuple[int, int]) -> int:
    """What libjpeg holds besides the picture. A JPEG written in one scan holding every
    component (what cameras and phones write) is decoded a few rows at a time; a progressive
    or multi-scan one keeps every DCT coefficient of the full-size picture (2 bytes each),
    whatever the scale it is decoded at; a lossless one cannot be decoded at a smaller scale.
    A header that cannot be followed is taken as the worst of these."""
    width, height = full_size
    frame = _jpeg_frame(data)
    if frame is None:
        return width * height * 4 * 2
    marker, sampling, whole = frame
    if marker in _LOSSLESS_SOF:
        return width * height * 4 * 2
    rows = width * 16 * 4 * max(1, len(sampling))  # a band of rows for each component
    if whole and marker not in _PROGRESSIVE_SOF:
        return rows
    h_max = max((h for h, _ in sampling), default=1) or 1
    v_max = max((v for _, v in sampling), default=1) or 1
    blocks = sum(
        (width * h // h_max // 8 + 2) * (height * v // v_max // 8 + 2) for h, v in sampling
    )
    return rows + blocks * 64 * 2


def _jpeg_frame(data: bytes) -> tuple[int, list[tuple[int, int]], bool] | None:
    """The first frame's SOF marker and sampling factors, and whether its first scan holds
    every component; None if the markers cannot be followed up to the first scan."""
    frame: tuple[int, list[tuple[int, int]]] | None = None
    pos, end = 2, len(data)
    for _ in range(MAX_JPEG_SEGMENTS):
        if pos + 4 > end or data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # a fill byte
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        segment = data[pos + 4 : pos + 2 + length]
        if length < 2:
            return None
        if marker in _SOF and frame is None and len(segment) >= 6:
            sampling = [
                (segment[7 + 3 * i] >> 4, segment[7 + 3 * i] & 15)
                for i in range(segment[5])
                if 7 + 3 * i < len(segment)
            ]
            frame = (marker, sampling)
        if marker == 0xDA:  # the first scan
            if frame is None or not segment:
                return None
            return (*frame, segment[0] >= len(frame[1]))
        pos += 2 + length
    return None


def _shrink(img: Image.Image) -> Image.Image:
    """A big picture averaged down by a whole factor first (what `thumbnail` does anyway),
    to at least twice the working size, a strip of at most ~8 MB at a time: converting and
    copying it for the preview then costs little beside the decoded picture itself. A
    7,900 x 7,900 RGBA PNG of 240 KB (just under the pixel limit) peaked at ~740 MB without
    this (tests/reliability)."""
    factor = int(max(img.width / WORK_SIZE[0], img.height / WORK_SIZE[1])) // 2
    if factor < 2:
        return img
    width, height = img.width // factor, img.height // factor
    per_row = img.width * 4
    rows = max(1, STRIP_BYTES // per_row // factor) * factor
    out: Image.Image | None = None
    for top in range(0, height * factor, rows):
        strip = _reducible(img.crop((0, top, width * factor, min(top + rows, height * factor))))
        try:
            small = strip.reduce(factor)
        except ValueError:  # a mode `reduce` does not know: the usual path, at full size
            return img
        if out is None:
            out = Image.new(small.mode, (width, height))
        out.paste(small, (0, top // factor))
    return img if out is None else out


def _reducible(img: Image.Image) -> Image.Image:
    """Modes whose pixels can be averaged (not palette indices, not 1-bit, not 16-bit)."""
    if img.mode == "1":
        return img.convert("L")
    if img.mode == "P":
        return img.convert("RGBA" if "transparency" in img.info else "RGB")
    if img.mode.startswith("I;16"):
        return img.convert("I")
    return img


def _normalise(img: Image.Image) -> Image.Image:
    """A plain RGB, RGBA or L image (palettes, 16-bit, CMYK... converted)."""
    if img.mode == "P":
        return img.convert("RGBA" if "transparency" in img.info else "RGB")
    if img.mode in ("RGB", "RGBA", "L"):
        return img.copy()
    if img.mode in ("LA", "PA", "RGBa", "La"):
        return img.convert("RGBA")
    if img.mode.startswith("I") or img.mode == "F":  # 16/32-bit grey: stretch to 0..255
        grey = img.convert("F")
        extrema: Any = grey.getextrema()
        low, high = float(extrema[0]), float(extrema[1])
        scale = 255 / (high - low) if high > low else 0.0
        return grey.point(lambda v: (v - low) * scale).convert("L")
    return img.convert("RGB")


def _flatten(img: Image.Image) -> Image.Image:
    if img.mode != "RGBA":
        return img.convert("RGB")
    return Image.alpha_composite(Image.new("RGBA", img.size, "white"), img).convert("RGB")


def _encode(img: Image.Image) -> bytes:
    out = io.BytesIO()
    if img.mode == "RGBA":
        img.save(out, "PNG")
    else:
        img.convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue()


def _blur(img: Image.Image) -> Image.Image:
    """Nothing recognisable: averaged down to ~12 px, blown back up and blurred again."""
    scale = 12 / max(img.size)
    tiny = img.resize(
        (max(1, round(img.width * scale)), max(1, round(img.height * scale))),
        Image.Resampling.BOX,
    )
    big = tiny.resize(img.size, Image.Resampling.BILINEAR)
    return big.filter(ImageFilter.GaussianBlur(max(2.0, max(img.size) / 16)))


def _dhash(img: Image.Image) -> str:
    """64-bit difference hash: is each pixel of a 9x8 grey thumbnail brighter than its right?"""
    small = img.convert("L").resize((9, 8), Image.Resampling.LANCZOS)
    px = small.tobytes()
    bits = "".join("1" if px[i] > px[i + 1] else "0" for i in range(72) if i % 9 != 8)
    return f"{int(bits, 2):016x}"


def _read_exif(exif: Image.Exif) -> tuple[dict[str, str], bool]:
    """The human-meaningful tags, and whether GPS coordinates are present."""
    base: dict[int, Any] = dict(exif)
    sub: dict[int, Any] = _ifd(exif, ExifTags.IFD.Exif)
    gps: dict[int, Any] = _ifd(exif, ExifTags.IFD.GPSInfo)
    found: dict[str, str] = {}
    tags = ExifTags.Base
    for key, value, limit in (
        ("make", base.get(tags.Make), TEXT_LIMIT),
        ("model", base.get(tags.Model), TEXT_LIMIT),
        ("taken_at", sub.get(tags.DateTimeOriginal) or base.get(tags.DateTime), TEXT_LIMIT),
        ("software", base.get(tags.Software), TEXT_LIMIT),
        ("lens", sub.get(tags.LensModel), TEXT_LIMIT),
        ("orientation", base.get(tags.Orientation), TEXT_LIMIT),
        ("description", base.get(tags.ImageDescription), DESCRIPTION_LIMIT),
    ):
        text = _text(value, limit)
        if text:
            found[key] = text
    if "taken_at" in found and (m := _EXIF_DATE.fullmatch(found["taken_at"])):
        found["taken_at"] = f"{m[1]}-{m[2]}-{m[3]} {m[4]}"
    gt = ExifTags.GPS
    lat = _degrees(gps.get(gt.GPSLatitude), gps.get(gt.GPSLatitudeRef), "S", 90)
    lon = _degrees(gps.get(gt.GPSLongitude), gps.get(gt.GPSLongitudeRef), "W", 180)
    if lat is not None and lon is not None:
        found["gps_latitude"], found["gps_longitude"] = f"{lat:.6f}", f"{lon:.6f}"
        alt = _number(gps.get(gt.GPSAltitude))
        if alt is not None:
            below = gps.get(gt.GPSAltitudeRef) in (1, b"\x01", "\x01")
            found["gps_altitude"] = f"{-alt if below else alt:.1f}"
    # Coordinates present but unreadable still count: better a needless warning than none.
    has_gps = any(gps.get(t) not in (None, (), b"", "") for t in (gt.GPSLatitude, gt.GPSLongitude))
    return found, has_gps


def _ifd(exif: Image.Exif, which: int) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(which))
    except Exception:
        return {}


def _text(value: Any, limit: int) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return "" if value is None else _CONTROL.sub("", str(value)).strip()[:limit].rstrip()


def _number(value: Any) -> float | None:
    try:
        number: float = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _degrees(value: Any, ref: Any, negative: str, limit: float) -> float | None:
    """Decimal degrees from Exif (degrees, minutes, seconds) rationals, or None if unusable."""
    if not isinstance(value, tuple) or not 1 <= len(value) <= 3:
        return None
    parts = [_number(v) for v in value]
    if any(p is None or p < 0 for p in parts):
        return None
    degrees = sum(p / unit for p, unit in zip(parts, (1, 60, 3600), strict=False) if p is not None)
    if degrees > limit:
        return None
    ref_text = _text(ref, 4).upper()
    return -degrees if ref_text.startswith(negative) else degrees
