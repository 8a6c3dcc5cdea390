"""Image previews and facts (app/imaging.py) on real camera files and on broken or hostile ones.

The real files live in the shared fixtures (see their README.md); they are read, never copied.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import time
import warnings
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageFilter, ImageStat

from quietcase.app.evidence.imaging import ImageFacts, hamming, inspect_image, is_image_type
from tests.shared import REAL_IMAGES

if not REAL_IMAGES.is_dir():
    pytest.skip(f"shared real-image fixtures not found at {REAL_IMAGES}", allow_module_level=True)

SLOW = 5.0  # seconds: any single inspection slower than this would freeze intake


def read(name: str) -> bytes:
    return (REAL_IMAGES / name).read_bytes()


def timed(data: bytes) -> ImageFacts:
    """inspect_image, failing the test if it takes too long."""
    start = time.perf_counter()
    facts = inspect_image(data)
    assert time.perf_counter() - start < SLOW
    return facts


def decode(data: bytes | None) -> Image.Image:
    assert data is not None
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def jpeg(img: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def assert_failed(facts: ImageFacts) -> None:
    assert facts.problem
    assert facts.thumbnail is None and facts.blurred is None and facts.dhash is None
    assert facts.width is None and facts.height is None
    assert facts.exif == {} and not facts.has_gps


def test_fixture_folder_has_what_the_readme_promises() -> None:
    names = {p.name for p in REAL_IMAGES.glob("*.jpg")}
    assert {"Canon_40D.jpg", "Nikon_D70.jpg", "long_description.jpg", "xmp_no_exif.jpg"} <= names
    assert len([n for n in names if n.startswith("invalid_")]) >= 1
    assert len([n for n in names if n.startswith("gps_")]) >= 1


# -- orientation ----------------------------------------------------------------------------


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_landscape_comes_out_wide_whatever_its_orientation_tag(orientation: int) -> None:
    facts = timed(read(f"orientation_landscape_{orientation}.jpg"))
    assert facts.problem == ""
    assert facts.exif["orientation"] == str(orientation)
    assert facts.width is not None and facts.height is not None
    assert facts.width > facts.height
    thumb = decode(facts.thumbnail)
    assert thumb.width > thumb.height
    assert decode(facts.blurred).size == thumb.size


@pytest.mark.parametrize("orientation", [1, 6])
def test_portrait_comes_out_tall_whatever_its_orientation_tag(orientation: int) -> None:
    facts = timed(read(f"orientation_portrait_{orientation}.jpg"))
    assert facts.width is not None and facts.height is not None
    assert facts.height > facts.width
    thumb = decode(facts.thumbnail)
    assert thumb.height > thumb.width


def test_rotated_copies_of_one_photo_hash_alike_once_upright() -> None:
    hashes = [timed(read(f"orientation_landscape_{o}.jpg")).dhash for o in (1, 3, 6, 8)]
    assert all(h is not None for h in hashes)
    first = hashes[0]
    assert first is not None
    assert all(hamming(first, h) <= 10 for h in hashes if h is not None)


# -- Exif -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in REAL_IMAGES.glob("gps_*.jpg")))
def test_gps_is_found_and_given_in_decimal_degrees(name: str) -> None:
    facts = timed(read(name))
    assert facts.has_gps
    lat, lon = float(facts.exif["gps_latitude"]), float(facts.exif["gps_longitude"])
    assert -90 <= lat <= 90 and -180 <= lon <= 180
    assert (lat, lon) != (0.0, 0.0)
    if name.startswith("gps_DSCN00"):  # both taken near Arezzo, Italy
        assert 43.4 < lat < 43.5 and 11.8 < lon < 11.9
    assert len(facts.exif["gps_latitude"].split(".")[1]) == 6


def test_thumbnails_carry_no_location() -> None:
    facts = timed(read("gps_DSCN0010.jpg"))
    for preview in (facts.thumbnail, facts.blurred):
        img = decode(preview)
        assert "exif" not in img.info
        assert not img.getexif().get_ifd(0x8825)


@pytest.mark.parametrize(
    ("name", "make", "model", "taken"),
    [
        ("Canon_40D.jpg", "Canon", "Canon EOS 40D", "2008-05-30 15:56:01"),
        ("Nikon_D70.jpg", "NIKON CORPORATION", "NIKON D70", "2008-03-15 09:52:01"),
    ],
)
def test_camera_exif(name: str, make: str, model: str, taken: str) -> None:
    facts = timed(read(name))
    assert facts.exif["make"] == make
    assert facts.exif["model"] == model
    assert facts.exif["taken_at"] == taken  # DateTimeOriginal, not GIMP's later DateTime
    assert not facts.has_gps  # Canon_40D has a GPS block holding only a version number
    assert "gps_latitude" not in facts.exif


def test_long_description_is_kept_and_capped() -> None:
    facts = timed(read("long_description.jpg"))
    description = facts.exif["description"]
    assert description.startswith("Operation Mountain Viper")
    assert 100 < len(description) <= 500


def test_xmp_only_image_still_previews() -> None:
    facts = timed(read("xmp_no_exif.jpg"))
    assert facts.problem == ""
    assert len(facts.exif) <= 10
    assert not facts.has_gps
    assert facts.thumbnail is not None
    assert decode(facts.thumbnail).height > decode(facts.thumbnail).width


def test_exif_is_small_json_able_text() -> None:
    for path in sorted(REAL_IMAGES.glob("*.jpg")):
        exif = timed(path.read_bytes()).exif
        assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in exif.items())
        assert set(exif) <= {
            "make",
            "model",
            "taken_at",
            "software",
            "lens",
            "orientation",
            "description",
            "gps_latitude",
            "gps_longitude",
            "gps_altitude",
        }


# -- every real file: bounded, untouched, small previews ------------------------------------


@pytest.mark.parametrize("path", sorted(REAL_IMAGES.glob("*.jpg")), ids=lambda p: p.name)
def test_every_real_file_is_quick_untouched_and_previewed_or_explained(path: Path) -> None:
    data = path.read_bytes()
    before = hashlib.sha256(data).hexdigest()
    facts = timed(data)
    assert hashlib.sha256(data).hexdigest() == before
    assert facts.thumbnail is not None or facts.problem
    if facts.thumbnail is not None:
        thumb = decode(facts.thumbnail)
        assert thumb.format == "JPEG"
        assert thumb.width <= 256 and thumb.height <= 256
        assert max(thumb.size) == min(256, max(facts.width or 0, facts.height or 0))
        assert decode(facts.blurred).size == thumb.size
        assert facts.dhash is not None and len(facts.dhash) == 16
        int(facts.dhash, 16)


@pytest.mark.parametrize("path", sorted(REAL_IMAGES.glob("invalid_*")), ids=lambda p: p.name)
def test_invalid_files_never_raise_or_hang(path: Path) -> None:
    facts = timed(path.read_bytes())
    assert facts.thumbnail is not None or facts.problem


# -- broken and hostile input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00", os.urandom(4096), b"\xff\xd8\xff" + os.urandom(200), b"GIF89a"],
    ids=["empty", "one-byte", "random", "jpeg-magic-then-noise", "gif-magic-only"],
)
def test_non_images_report_a_problem(data: bytes) -> None:
    facts = timed(data)
    assert_failed(facts)
    assert "preview not available" in facts.problem


def test_truncated_png_reports_a_problem() -> None:
    data = png(Image.effect_noise((200, 200), 60))
    assert_failed(timed(data[: len(data) // 2]))


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_png_header_claiming_ten_gigapixels_is_refused() -> None:
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + _chunk(b"IEND", b"")
    )
    facts = timed(data)
    assert_failed(facts)
    assert "too large" in facts.problem


@pytest.mark.parametrize("side", [20_000, 9_000])  # 400 MP; 81 MP (under Pillow's default)
def test_real_decompression_bomb_is_refused_quickly(side: int) -> None:
    data = png(Image.new("1", (side, side)))
    assert len(data) < 100_000  # tiny on disk, huge in memory
    start = time.perf_counter()
    facts = inspect_image(data)
    assert time.perf_counter() - start < 1.0
    assert_failed(facts)
    assert "too large" in facts.problem


def test_hostile_image_leaks_no_warnings_and_leaves_warning_filters_alone() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        filters = list(warnings.filters)
        inspect_image(png(Image.new("1", (9_000, 9_000))))
        inspect_image(read("invalid_image00971.jpg"))
        assert warnings.filters == filters
    assert caught == []


# -- other formats and modes ----------------------------------------------------------------


def test_transparent_png_keeps_alpha_in_a_png_thumbnail_and_blurs_to_jpeg() -> None:
    facts = timed(png(Image.new("RGBA", (600, 300), (200, 0, 0, 100))))
    assert (facts.width, facts.height) == (600, 300)
    thumb = decode(facts.thumbnail)
    assert thumb.format == "PNG" and thumb.mode == "RGBA" and thumb.size == (256, 128)
    blurred = decode(facts.blurred)
    assert blurred.format == "JPEG" and blurred.size == (256, 128)


def test_animated_gif_previews_its_first_frame() -> None:
    first = Image.new("RGB", (64, 64), (250, 250, 250))
    second = Image.new("RGB", (64, 64), (0, 0, 0))
    out = io.BytesIO()
    first.save(out, "GIF", save_all=True, append_images=[second], duration=100)
    thumb = decode(timed(out.getvalue()).thumbnail)
    assert ImageStat.Stat(thumb.convert("L")).mean[0] > 200


@pytest.mark.parametrize("mode", ["1", "L", "P", "I;16", "CMYK", "LA"])
def test_unusual_modes_preview(mode: str) -> None:
    img = Image.linear_gradient("L").resize((300, 200)).convert(mode)
    data = jpeg(img) if mode == "CMYK" else png(img)
    facts = timed(data)
    assert facts.problem == ""
    assert decode(facts.thumbnail).size == (256, 171)


def test_thin_strip_still_previews() -> None:
    facts = timed(png(Image.new("RGB", (1, 60_000), (9, 9, 9))))
    assert facts.problem == ""
    thumb = decode(facts.thumbnail)
    assert thumb.width >= 1 and thumb.height == 256


# -- blur and dhash -------------------------------------------------------------------------


def _edge_variance(img: Image.Image) -> float:
    """High-frequency energy. Pillow leaves a filter's 1 px border unfiltered: crop it off."""
    edges = img.convert("L").filter(ImageFilter.FIND_EDGES)
    return ImageStat.Stat(edges.crop((2, 2, edges.width - 2, edges.height - 2))).var[0]


@pytest.mark.parametrize("name", ["orientation_landscape_1.jpg", "gps_DSCN0010.jpg"])
def test_blurred_preview_hides_the_picture(name: str) -> None:
    facts = timed(read(name))
    sharp = decode(facts.thumbnail).convert("RGB")
    blurred = decode(facts.blurred).convert("RGB")
    difference = ImageStat.Stat(ImageChops.difference(sharp, blurred).convert("L")).mean[0]
    assert difference > 15
    assert _edge_variance(blurred) < _edge_variance(sharp) / 100


def test_dhash_survives_recompression_and_resizing() -> None:
    original = decode(read("orientation_landscape_1.jpg")).convert("RGB")
    base = timed(read("orientation_landscape_1.jpg")).dhash
    low_quality = timed(jpeg(original, quality=20)).dhash
    half = timed(jpeg(original.resize((original.width // 2, original.height // 2)))).dhash
    as_png = timed(png(original)).dhash
    assert base and low_quality and half and as_png
    assert hamming(base, low_quality) <= 10
    assert hamming(base, half) <= 10
    assert hamming(base, as_png) <= 10


def test_dhash_tells_different_photos_apart() -> None:
    names = [
        "orientation_landscape_1.jpg",
        "orientation_portrait_1.jpg",
        "gps_DSCN0010.jpg",
        "Canon_40D.jpg",
        "Nikon_D70.jpg",
        "xmp_no_exif.jpg",
    ]
    hashes = {name: timed(read(name)).dhash for name in names}
    for a in names:
        for b in names:
            if a < b:
                ha, hb = hashes[a], hashes[b]
                assert ha and hb
                assert hamming(ha, hb) > 10, (a, b)


def test_hamming() -> None:
    assert hamming("0" * 16, "0" * 16) == 0
    assert hamming("0" * 16, "f" * 16) == 64
    assert hamming("0123456789abcdef", "0123456789ABCDEE") == 1
    with pytest.raises(ValueError):
        hamming("abc", "0" * 16)
    with pytest.raises(ValueError):
        hamming("g" * 16, "0" * 16)


def test_is_image_type() -> None:
    for media in ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"):
        assert is_image_type(media)
    assert is_image_type("image/tiff")
    assert is_image_type(" IMAGE/JPEG; charset=binary")
    for media in ("application/pdf", "video/mp4", "text/plain", "image/svg+xml", "", "image"):
        assert not is_image_type(media)


# -- fuzzing --------------------------------------------------------------------------------

_SEED = jpeg(Image.effect_noise((40, 30), 40).convert("RGB"))
_SEED_PNG = png(Image.linear_gradient("L").resize((40, 30)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    facts = inspect_image(data)
    assert facts.thumbnail is not None or facts.problem


@settings(max_examples=300, deadline=None)
@given(
    seed=st.sampled_from([_SEED, _SEED_PNG]),
    cut=st.integers(min_value=0, max_value=4096),
    flips=st.lists(st.tuples(st.integers(0, 4095), st.integers(0, 255)), max_size=8),
)
def test_damaged_real_images_never_raise(
    seed: bytes, cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(seed[: max(cut, 1)])
    for where, value in flips:
        data[where % len(data)] = value
    facts = timed(bytes(data))
    assert facts.thumbnail is not None or facts.problem
