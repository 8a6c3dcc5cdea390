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

from PIL import ExifTags, Image, ImageFilter, ImageOps, features

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

# Pillow's default limit (~89 MP) only warns; a screenshot or phone photo is far below 64 MP,
# so anything larger is refused before decoding: a tiny "decompression bomb" file could
# otherwise make intake allocate gigabytes and freeze or crash the app while she adds evidence.
MAX_PIXELS = 64_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

THUMB_SIZE = (256, 256)
WORK_SIZE = (512, 512)  # JPEGs are decoded at reduced scale, at least this big
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


@dataclass(frozen=True)
class ImageFacts:
    """What `inspect_image` learnt; on failure only `problem` is set (and `exif` is empty)."""

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


def hamming(a: str, b: str) -> int:
    """Number of differing bits between two `dhash` strings; 0 means the same picture.

    Raises ValueError if either is not 16 hex digits.
    """
    if len(a) != 16 or len(b) != 16:
        raise ValueError("a dhash is 16 hex digits")
    return (int(a, 16) ^ int(b, 16)).bit_count()


def inspect_image(data: bytes) -> ImageFacts:
    """Size, Exif facts, perceptual hash and previews of an image, without ever raising.

    On failure every field but `problem` is empty; the caller still keeps `data` as evidence.
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
    with Image.open(io.BytesIO(data), formats=FORMATS) as img:
        width, height = img.size
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            raise Image.DecompressionBombError("too big")  # catch_warnings is not thread-safe
        try:
            exif, has_gps = _read_exif(img.getexif())
        except Exception:  # a broken Exif block must not cost the preview
            exif, has_gps = {}, False
        if img.format in ("JPEG", "MPO"):
            img.draft("RGB", WORK_SIZE)
        img.seek(0)  # animated: the first frame
        img.load()
        drafted = img.size
        try:
            ImageOps.exif_transpose(img, in_place=True)
        except Exception:
            pass  # shown as stored rather than not at all
        if img.size != drafted:
            width, height = height, width
        work = _normalise(_shrink(img))
    work.thumbnail(WORK_SIZE, Image.Resampling.LANCZOS)
    flat = _flatten(work)
    thumb = work.copy()
    thumb.thumbnail(THUMB_SIZE, Image.Resampling.LANCZOS)
    blurred = _encode(_blur(_flatten(thumb)))
    return ImageFacts(width, height, exif, has_gps, _dhash(flat), _encode(thumb), blurred)


def _shrink(img: Image.Image) -> Image.Image:
    """A big picture averaged down by a whole factor first (what `thumbnail` does anyway),
    to at least twice the working size, a strip at a time: converting and copying it for the
    preview then costs little beside the decoded picture itself. A 7,900 x 7,900 RGBA PNG of
    240 KB (just under the pixel limit) peaked at ~740 MB without this (tests/reliability)."""
    factor = min(img.width // WORK_SIZE[0], img.height // WORK_SIZE[1]) // 2
    if factor < 2:
        return img
    width, height = img.width // factor, img.height // factor
    rows = factor * 64
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
