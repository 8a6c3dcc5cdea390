"""Pictures made to cost memory: any picture under the 64-megapixel cap is taken in within
200 MiB, with a preview when decoding it fits and a calm "no preview" when it does not.

The audit's file, a 2.5 KB WebP of 16,383 x 3,900, took ~975 MiB at intake (libwebp cannot
decode at a smaller scale); it is now kept byte for byte, with its size, and no preview. Each
picture goes through the real intake in a child process of its own (tests/hostile/intake_peak.py),
whose peak resident memory is measured from just before the import.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image, features

from quietcase.app.evidence.imaging import (
    DECODE_BUDGET,
    TOO_COSTLY,
    decode_cost,
    inspect_image,
    too_large,
)
from tests.hostile.pictures import CASES, icon_holding, jpeg_markers
from tests.shared import NEEDS_REAL_IMAGES, REAL_IMAGES

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MIB = 200
MEASURABLE = Path("/proc/self/clear_refs").exists() and sys.platform.startswith("linux")
needs_linux_memory = pytest.mark.skipif(
    not MEASURABLE, reason="peak memory is read from Linux's /proc/self"
)
NEEDS = {".webp": "webp", ".avif": "avif"}


def intake_peaks(vault: Path, files: list[Path]) -> list[dict[str, Any]]:
    """Each file through the real intake, all in one fresh child process; one dict per file."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [env.get("PYTHONPATH"), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile.intake_peak", str(vault), *map(str, files)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def built(name: str, folder: Path) -> Path:
    feature = NEEDS.get(Path(name).suffix)
    if feature and not features.check(feature):
        pytest.skip(f"this Pillow has no {feature}")
    path = folder / name
    try:
        path.write_bytes(CASES[name].build())
    except (OSError, KeyError, ValueError) as exc:  # an encoder this Pillow lacks
        pytest.skip(f"{name} could not be made here: {exc}")
    return path


@needs_linux_memory
@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=[pytest.mark.slow] if c.slow else []) for n, c in CASES.items()],
)
def test_picture_is_taken_in_within_200_mib(vault_path: Path, tmp_path: Path, name: str) -> None:
    path = built(name, tmp_path)
    (found,) = intake_peaks(vault_path, [path])
    print(f"\n{name}: peak +{found['growth_mib']} MiB in {found['seconds']} s")
    assert found["growth_mib"] < LIMIT_MIB, found
    assert found["kept_whole"]  # the evidence itself is never touched
    assert (found["width"], found["height"]) == CASES[name].size  # known even without a preview
    expected = CASES[name].preview
    if expected is True:
        assert found["preview"] and not found["problem"], found
    if expected is False:
        assert not found["preview"] and found["problem"] == TOO_COSTLY, found
    if not found["preview"]:
        assert too_large(found["problem"])


@needs_linux_memory
@NEEDS_REAL_IMAGES
def test_real_photos_still_get_previews_within_the_bound(vault_path: Path) -> None:
    photos = sorted(REAL_IMAGES.glob("*.jpg"))
    found = intake_peaks(vault_path, photos)
    assert [f["name"] for f in found] == [p.name for p in photos]
    for one in found:
        assert one["kept_whole"] and one["growth_mib"] < LIMIT_MIB, one
        assert one["preview"] or one["problem"], one  # a preview, or a reason
    assert sum(f["preview"] for f in found) >= len(found) - 3  # only broken ones may lack it


# -- deciding before decoding (in this process: nothing is decoded) ---------------------------


def quick(data: bytes) -> tuple[float, Any]:
    start = time.perf_counter()
    facts = inspect_image(data)
    return time.perf_counter() - start, facts


def test_the_audits_webp_is_refused_before_decoding() -> None:
    data = CASES["webp-16383x3900.webp"].build() if features.check("webp") else b""
    if not data:
        pytest.skip("this Pillow has no WebP")
    assert len(data) < 4_000
    seconds, facts = quick(data)
    assert seconds < 0.5  # decoding it took over a second
    assert facts.problem == TOO_COSTLY and facts.thumbnail is None and facts.blurred is None
    assert (facts.width, facts.height) == (16_383, 3_900)


def test_a_jpeg_in_separate_scans_is_costed_at_full_size() -> None:
    """One scan: decoded at 1/8 scale, a few rows at a time. Three scans (or progressive):
    libjpeg keeps 2 bytes per coefficient of the full picture, whatever the scale."""
    one, three = jpeg_markers(9_000, 7_000, scans=1), jpeg_markers(9_000, 7_000, scans=3)
    costs = []
    for data in (one, three):
        with Image.open(io.BytesIO(data)) as img:
            img.draft("RGB", (512, 398))
            costs.append(decode_cost(img, data, (9_000, 7_000)))
    assert costs[0] < 16 * 1024 * 1024
    assert costs[1] > 9_000 * 7_000 * 2 * 3 > DECODE_BUDGET
    assert inspect_image(three).problem == TOO_COSTLY


def test_a_refused_photo_keeps_its_size_turned_and_its_location() -> None:
    """No preview, but what she must know is still there: the place it was taken."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps.update({1: "N", 2: (43.0, 28.0, 0.0), 3: "E", 4: (11.0, 52.0, 0.0)})
    _, facts = quick(jpeg_markers(9_000, 7_000, scans=3, exif=exif.tobytes()))
    assert facts.problem == TOO_COSTLY
    assert (facts.width, facts.height) == (7_000, 9_000)  # as displayed: turned upright
    assert facts.has_gps and facts.exif["gps_latitude"] == "43.466667"


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` x `height` RGBA; its pixel data is cut short."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def test_an_icon_holding_a_huge_png_is_refused_before_pillow_opens_it() -> None:
    """Pillow decodes an icon as it opens it, and the directory says 256 x 256 whatever the
    PNG inside is: the real size is read first."""
    seconds, facts = quick(icon_holding(png_header(7_000, 7_000)))
    assert seconds < 0.5
    assert facts.problem == TOO_COSTLY
    _, facts = quick(icon_holding(png_header(9_000, 9_000)))  # 81 MP: over the cap itself
    assert facts.problem.startswith("too large to preview") and facts.thumbnail is None


def test_an_icon_of_usual_size_still_previews() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (64, 64), (200, 30, 30, 255)).save(out, "ICO", sizes=[(64, 64)])
    _, facts = quick(out.getvalue())
    assert not facts.problem and facts.thumbnail is not None


def test_a_long_screenshot_is_reduced_as_much_as_a_square_one() -> None:
    """A tall capture of a chat is averaged down by its long side: the working copy stays
    small, and the thumbnail keeps its proportions."""
    img = Image.new("RGB", (1_080, 16_000), "white")
    out = io.BytesIO()
    img.save(out, "PNG")
    _, facts = quick(out.getvalue())
    assert not facts.problem and (facts.width, facts.height) == (1_080, 16_000)
    with Image.open(io.BytesIO(facts.thumbnail or b"")) as thumb:
        assert thumb.height == 256 and thumb.width in (17, 18)
