"""Promise 4: hostile files cannot hurt the program.

Everything goes through the real intake (`Intake.import_paths`, or `quietcase-cli import`):
the shared real images (broken ones included) and damaged copies of them, decompression
bombs (a 30,000 x 30,000 PNG of 110 KB, a 2 KB one cut short, a GIF and a JPEG claiming
65,500 pixels a side, 62-megapixel PNGs of a few KB just under the limit), huge and looping
Exif, a TIFF whose pages loop, zero-byte and one-byte files, file names in Korean, right-to-
left, with newlines, escapes, `..` and backslashes, a ZIP whose entries climb out with `../`,
and hypothesis's variations on small valid images. Each time: stored byte for byte with the
right SHA-256, a preview or "preview not available" / "too large to preview", no exception,
within a time limit per file, and (in a child process) memory bounded.

Nothing in Quietcase unpacks a ZIP (the bundle only writes one); the Telegram import's
`../` and link checks are in tests/app/test_telegram_security.py. More fuzzing:
`pytest -m slow tests/reliability/test_hostile_files.py`.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import random
import struct
import subprocess
import sys
import time
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from quietcase.app.case import Case
from quietcase.storage.records import ImageInfo
from tests.reliability.reliability_tools import ROOT, child_env, cli, files_under
from tests.shared import REAL_IMAGES

TIME_LIMIT = 15.0  # seconds for one hostile file (the 62 MP ones take 1-3 s on a quiet machine)
# The whole CLI process (~50 MB) plus the 200 MiB any one picture may take (tests/hostile):
# a 62 MP RGBA picture (250 MB once decoded) is no longer decoded at all.
RSS_LIMIT_MB = 260
PREVIEW_PROBLEMS = ("preview not available", "too large to preview")


# -- hostile files ---------------------------------------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, depth: int = 1, colour: int = 0, channels: int = 1) -> bytes:
    """A PNG of zeros: a few KB that decode to width x height pixels."""
    row = b"\0" * (1 + (width * depth * channels + 7) // 8)
    squeeze = zlib.compressobj(9)
    data = b"".join(squeeze.compress(row) for _ in range(height)) + squeeze.flush()
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


def small_jpeg(exif: bytes = b"", seed: int = 0) -> bytes:
    img = Image.new("RGB", (64, 48), (seed % 256, 90, 160))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=exif) if exif else img.save(out, "JPEG", quality=85)
    return out.getvalue()


def jpeg_claiming(width: int, height: int) -> bytes:
    data = bytearray(small_jpeg(seed=7))
    at = data.index(b"\xff\xc0") + 5  # SOF0: length (2), precision (1), height, width
    data[at : at + 4] = struct.pack(">HH", height, width)
    return bytes(data)


def gif_claiming(width: int, height: int) -> bytes:
    img = Image.new("P", (8, 8))
    out = io.BytesIO()
    img.save(out, "GIF")
    data = bytearray(out.getvalue())
    data[6:10] = struct.pack("<HH", width, height)  # the logical screen
    return bytes(data)


def tiff_ifd(entries: list[tuple[int, int, int, bytes]], next_ifd: int) -> bytes:
    out = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        out += struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\0")
    return out + struct.pack("<I", next_ifd)


def looping_exif() -> bytes:
    """Exif whose IFD0 points to itself as the next IFD, as its Exif IFD and as its GPS IFD."""
    ifd0 = tiff_ifd(
        [
            (0x010F, 2, 4, b"Cam\0"),
            (0x8769, 4, 1, struct.pack("<I", 8)),
            (0x8825, 4, 1, struct.pack("<I", 8)),
        ],
        next_ifd=8,
    )
    return b"Exif\0\0" + b"II*\0" + struct.pack("<I", 8) + ifd0


def huge_exif() -> bytes:
    """About 64 KB of Exif text: a description, a comment, an artist, a maker note."""
    exif = Image.Exif()
    exif[0x010E] = "설명 " * 8000  # ImageDescription
    exif[0x013B] = "A" * 6000  # Artist
    ifd = exif.get_ifd(0x8769)
    ifd[0x9286] = b"ASCII\0\0\0" + b"comment " * 2000  # UserComment
    return exif.tobytes()[:65000]


def looping_tiff() -> bytes:
    """A TIFF of two pages, the second pointing back to the first."""
    strip = b"\x80" * 16
    first_ifd = 8 + len(strip)

    def page(next_ifd: int) -> bytes:
        return tiff_ifd(
            [
                (256, 3, 1, struct.pack("<H", 4)),
                (257, 3, 1, struct.pack("<H", 4)),
                (258, 3, 1, struct.pack("<H", 8)),
                (259, 3, 1, struct.pack("<H", 1)),
                (262, 3, 1, struct.pack("<H", 1)),
                (273, 4, 1, struct.pack("<I", 8)),
                (277, 3, 1, struct.pack("<H", 1)),
                (278, 3, 1, struct.pack("<H", 4)),
                (279, 4, 1, struct.pack("<I", len(strip))),
            ],
            next_ifd,
        )

    second_ifd = first_ifd + len(page(0))
    return b"II*\0" + struct.pack("<I", first_ifd) + strip + page(second_ifd) + page(first_ifd)


def climbing_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name in ("../../evil.txt", "/etc/passwd-quietcase", "a/../../b.txt", "..\\..\\c.txt"):
            zf.writestr(zipfile.ZipInfo(name), b"should never be unpacked: " + name.encode())
    return out.getvalue()


@functools.cache
def crafted() -> dict[str, bytes]:
    """Name -> bytes of every hand-made hostile file (made once: the bomb takes seconds)."""
    return {
        "bomb-30000x30000.png": png(30_000, 30_000),
        "bomb-30000x30000-cut.png": png(30_000, 30_000)[:2_000],
        "bomb-65500.gif": gif_claiming(65_500, 65_500),
        "bomb-65500.jpg": jpeg_claiming(65_500, 65_500),
        "huge-exif.jpg": small_jpeg(huge_exif(), seed=1),
        "looping-exif.jpg": small_jpeg(looping_exif(), seed=2),
        "looping-pages.tif": looping_tiff(),
        "truncated.png": png(300, 200, depth=8, colour=2, channels=3)[:-40],
        "truncated.jpg": small_jpeg(seed=3)[:300],
        "empty.jpg": b"",
        "one-byte.png": b"\x89",
        "only-a-header.png": b"\x89PNG\r\n\x1a\n",
        "climbing-paths.zip": climbing_zip(),
    }


@functools.cache
def just_under_the_limit() -> dict[str, bytes]:
    """62-megapixel PNGs of a few KB (the limit is 64): decoded for real, so slow-only."""
    return {
        "62mp-1bit.png": png(7_900, 7_900),
        "62mp-grey16.png": png(7_900, 7_900, depth=16),
        "62mp-rgba.png": png(7_900, 7_900, depth=8, colour=6, channels=4),
    }


# -- checks ----------------------------------------------------------------------------------


def stored_bytes(case: Case, evidence_id: int) -> bytes:
    return b"".join(case.evidence.chunks(evidence_id))


def import_checked(case: Case, path: Path) -> ImageInfo | None:
    """Import one file; its bytes are kept exactly, quickly, with a preview or a reason."""
    data = path.read_bytes()
    start = time.monotonic()
    report = case.intake.import_paths([path])
    seconds = time.monotonic() - start
    assert seconds < TIME_LIMIT, (path.name, seconds)
    assert not report.problems, [str(p.error) for p in report.problems]
    item = report.imported[0].evidence
    assert item.sha256 == hashlib.sha256(data).hexdigest() and item.size == len(data)
    assert stored_bytes(case, item.id) == data
    image = case.evidence.image(item.id)
    if image is not None:
        if image.problem:
            assert image.problem.startswith(PREVIEW_PROBLEMS), image.problem
            assert image.thumbnail is None and image.blurred is None
        else:
            assert image.thumbnail and image.blurred
    return image


def test_real_images_and_damaged_copies(case: Case, tmp_path: Path) -> None:
    if not REAL_IMAGES.is_dir():
        pytest.skip("shared real-image fixtures not found")
    rng = random.Random(4)
    previews = problems = 0
    for source in sorted(p for p in REAL_IMAGES.iterdir() if p.suffix.lower() == ".jpg"):
        data = source.read_bytes()
        variants = {source.name: data}
        if source.name in ("Canon_40D.jpg", "gps_DSCN0010.jpg", "invalid_image00971.jpg"):
            for cut in (len(data) // 10, len(data) // 2, len(data) - 1):
                variants[f"cut-{cut}-{source.name}"] = data[:cut]
            flipped = bytearray(data)
            for _ in range(8):
                flipped[rng.randrange(2, len(data))] ^= 1 << rng.randrange(8)
            variants[f"flipped-{source.name}"] = bytes(flipped)
        for name, content in variants.items():
            path = tmp_path / name
            path.write_bytes(content)
            image = import_checked(case, path)
            assert image is not None, name  # a JPEG is always given a preview or a reason
            previews += not image.problem
            problems += bool(image.problem)
    assert previews and problems


@pytest.mark.parametrize(
    "name",
    [
        *sorted(crafted()),
        *(pytest.param(n, marks=pytest.mark.slow) for n in sorted(just_under_the_limit())),
    ],
)
def test_crafted_hostile_file(case: Case, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes({**crafted(), **just_under_the_limit()}[name])
    image = import_checked(case, path)
    if name.startswith("bomb"):
        assert image is not None and image.problem.startswith(PREVIEW_PROBLEMS)
    if name.startswith("62mp"):  # decoding RGBA would take 250 MB: no preview, size kept
        assert image is not None and image.width == 7_900
        assert image.problem.startswith("too large") if "rgba" in name else not image.problem
    if name == "huge-exif.jpg":
        assert image is not None and not image.problem
        assert all(len(v) <= 500 for v in image.exif.values())
    if name == "climbing-paths.zip":  # kept whole, nothing unpacked beside it
        assert sorted(os.listdir(tmp_path)) == sorted(
            [name, case.path.name, case.path.name + ".lock"]
        )


# Peak memory from VmHWM: this process's own high-water mark. (ru_maxrss survives exec on
# Linux, so a child of a big pytest process would report the parent's peak.)
IMPORT_AND_MEASURE = r"""
import json, sys
from pathlib import Path
from quietcase.cli.main import main
code = main(["import", *sys.argv[1:]])
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
print(json.dumps({"code": code, "peak_mb": int(status["VmHWM"].split()[0]) // 1024}))
"""


def memory_run(vault: Path, folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_AND_MEASURE, str(vault), str(folder)],
        env=child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )
    seconds = time.monotonic() - start
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 0, done.stderr
    assert "Traceback" not in done.stderr
    print(f"\n{len(files)} hostile files in {seconds:.1f} s, peak {result['peak_mb']} MB")
    assert result["peak_mb"] < RSS_LIMIT_MB


def test_memory_stays_bounded(vault_path: Path, tmp_path: Path) -> None:
    """The hostile set through `quietcase-cli import` in a child process: its peak memory
    is bounded (the bombs are refused before anything is decoded)."""
    memory_run(vault_path, tmp_path / "hostile", crafted())


@pytest.mark.slow
def test_memory_stays_bounded_just_under_the_limit(vault_path: Path, tmp_path: Path) -> None:
    """Also the worst pictures allowed (62 MP; RGBA is 250 MB once decoded)."""
    memory_run(vault_path, tmp_path / "hostile", {**crafted(), **just_under_the_limit()})


# -- names -----------------------------------------------------------------------------------

ODD_NAMES = [
    "사진" * 41 + ".png",  # 250 bytes of UTF-8: about as long as a name may be
    unicodedata.normalize("NFD", "카톡 캡처.png"),  # as macOS writes it
    "photo\u202egnp.exe",  # reads "photo exe.png" right to left
    "line\nbreak.png",
    "tab\tand\rreturn.png",
    "escape\x1b[2J\x1b]0;owned\x07.png",  # would clear the terminal and retitle it
    "..\\..\\windows-climb.png",
    "...png",
    "-rf --no-preserve-root.png",
    " leading and trailing .png ",
    "🔒 잠금.png",
    "con.txt",
]


def test_odd_file_names(vault_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    for i, name in enumerate(ODD_NAMES):
        (folder / name).write_bytes(png(8 + i, 8) + name.encode("utf-8", "surrogateescape"))
    done = cli("import", vault_path, folder)
    assert done.code == 0, done
    assert len(done.out.split()) == len(ODD_NAMES)
    listed = cli("list", vault_path, "evidence", "--json")
    names = {e["filename"] for e in json.loads(listed.out)}
    assert names == {unicodedata.normalize("NFC", n) for n in ODD_NAMES} or len(names) == len(
        ODD_NAMES
    )
    table = cli("list", vault_path, "evidence").out
    shown = cli("show", vault_path, "E-6").out + cli("show", vault_path, "E-3").out
    for text in (table, shown):
        assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in text), text
        assert "\u202e" not in text
    assert len(table.splitlines()) == len(ODD_NAMES) + 2  # heading, one line each, total
    # A bundle for counsel: every entry name is safe to unpack anywhere.
    bundle = tmp_path / "out" / "bundle.zip"
    bundle.parent.mkdir()
    assert cli("bundle", vault_path, bundle).code == 0
    with zipfile.ZipFile(bundle) as zf:
        entries = zf.namelist()
    for entry in entries:
        parts = entry.split("/")
        assert parts[0] == "bundle" and ".." not in parts and "" not in parts, entry
        assert not any(unicodedata.category(c)[0] == "C" for c in entry), entry
        assert "\\" not in entry and len(entry.encode()) < 200, entry


def test_a_zip_is_kept_whole_and_never_unpacked(vault_path: Path, tmp_path: Path) -> None:
    evil = tmp_path / "sources" / "export.zip"
    evil.parent.mkdir()
    evil.write_bytes(climbing_zip())
    before = set(files_under(tmp_path))
    cwd = set(os.listdir(ROOT))
    assert cli("import", vault_path, evil).code == 0
    refused = cli("import-telegram", vault_path, evil)
    assert refused.code != 0 and "Traceback" not in refused.err
    assert set(files_under(tmp_path)) == before | {vault_path}
    assert set(os.listdir(ROOT)) == cwd
    assert not Path("/etc/passwd-quietcase").exists()
    bundle = tmp_path / "bundle.zip"
    assert cli("bundle", vault_path, bundle).code == 0
    with zipfile.ZipFile(bundle) as zf:
        (inner,) = [n for n in zf.namelist() if n.endswith(".zip")]
        assert zf.read(inner) == evil.read_bytes()  # the original, not its contents


# -- fuzzing ---------------------------------------------------------------------------------


def _bases() -> list[bytes]:
    img = Image.new("RGB", (40, 30), (200, 40, 90))
    out = []
    for kind in ("PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF"):
        buffer = io.BytesIO()
        img.save(buffer, kind)
        out.append(buffer.getvalue())
    return out


BASES = _bases()
mutations = st.lists(
    st.tuples(st.sampled_from(["flip", "cut", "insert", "zero"]), st.integers(0, 1 << 16)),
    max_size=6,
)


def mutate(data: bytes, edits: list[tuple[str, int]], extra: bytes) -> bytes:
    out = bytearray(data)
    for op, at in edits:
        if not out:
            break
        at %= len(out)
        if op == "flip":
            out[at] ^= 1 << (at % 8)
        elif op == "cut":
            del out[at:]
        elif op == "insert":
            out[at:at] = extra
        else:
            out[at : at + 16] = bytes(len(out[at : at + 16]))
    return bytes(out)


def fuzz(case: Case, folder: Path, base: int, edits: list[tuple[str, int]], extra: bytes) -> None:
    data = mutate(BASES[base], edits, extra)
    suffix = ["png", "jpg", "gif", "webp", "bmp", "tif"][base]
    path = folder / f"fuzz-{hashlib.sha256(data).hexdigest()[:12]}.{suffix}"
    path.write_bytes(data)
    import_checked(case, path)
    path.unlink()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(base=st.integers(0, len(BASES) - 1), edits=mutations, extra=st.binary(max_size=64))
def test_fuzzed_images(
    case: Case, tmp_path: Path, base: int, edits: list[tuple[str, int]], extra: bytes
) -> None:
    fuzz(case, tmp_path, base, edits, extra)


@pytest.mark.slow
@settings(
    max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(base=st.integers(0, len(BASES) - 1), edits=mutations, extra=st.binary(max_size=64))
def test_fuzzed_images_1000(
    case: Case, tmp_path: Path, base: int, edits: list[tuple[str, int]], extra: bytes
) -> None:
    fuzz(case, tmp_path, base, edits, extra)
