"""Build the Quietcase package for this computer: `python packaging/build.py`.

1. PyInstaller, one folder, from packaging/quietcase.spec: `dist/quietcase/` holding the
   programs `quietcase` (window) and `quietcase-cli` (command line).
2. The package: on Linux `dist/quietcase-VERSION-linux-ARCH.tar.gz` (the folder, a `.desktop`
   file and a script that puts it in the applications menu); on Windows the Inno Setup
   installer (packaging/windows/quietcase.iss, when `iscc` is installed); on macOS the disk
   image (packaging/macos/make_dmg.sh).
3. `dist/SHA256SUMS` with the SHA-256 of each package (check with `sha256sum -c SHA256SUMS`,
   see the README), and `dist/build-info.json` with the unpacked size and the build time.

Needs PyInstaller (`pip install pyinstaller`) in the Python that runs this script, with
Quietcase's own dependencies installed (`pip install -e .`). Nothing here uses the network.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "quietcase"
WORK = ROOT / "build" / "pyinstaller"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def run_pyinstaller() -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed here: pip install pyinstaller")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(HERE / "quietcase.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.monotonic() - started


# FFmpeg's libraries (Qt Multimedia's backend) as PySide6 ships them are broken by `strip`
# ("ELF load command address/offset not page-aligned": the plugin does not load, and nothing
# plays). They carry no debugging symbols to strip anyway, so they are put back as shipped.
FFMPEG = re.compile(r"^lib(avcodec|avformat|avutil|avfilter|avdevice|swresample|swscale)\.so")


def unstrip_ffmpeg() -> list[str]:
    """Replace the stripped FFmpeg libraries in the bundle with PySide6's own copies."""
    import PySide6

    shipped = Path(PySide6.__file__).resolve().parent / "Qt" / "lib"
    restored = []
    for path in BUNDLE.rglob("*"):
        if FFMPEG.match(path.name) and path.is_file() and not path.is_symlink():
            original = shipped / path.name
            if original.is_file():
                shutil.copy2(original, path)
                restored.append(path.name)
    return sorted(restored)


def _reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def linux_package(name: str) -> Path:
    """A tar.gz of the folder with the .desktop file and its install script (AppImage tooling
    cannot be had on the build machine: see packaging/README.md)."""
    top = f"quietcase-{name}"
    out = DIST / f"quietcase-{name}-linux-{platform.machine()}.tar.gz"
    linux = HERE / "linux"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=top, filter=_reset)
        for extra in ("quietcase.desktop", "install-menu-entry.sh", "README.txt"):
            tar.add(linux / extra, arcname=f"{top}/{extra}", filter=_reset)
    return out


def windows_package(name: str) -> Path | None:
    """UNTESTED (no Windows build machine yet). Signs only when QUIETCASE_WINDOWS_CERT (a .pfx)
    is set, with its password in QUIETCASE_WINDOWS_CERT_PASSWORD."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
        candidate = default / "Inno Setup 6" / "ISCC.exe"
        iscc = str(candidate) if candidate.exists() else None
    if iscc is None:
        print("Inno Setup (iscc) not found: the folder is built, the installer is not.")
        return None
    command = [iscc, f"/DAppVersion={name}", f"/DSourceDir={BUNDLE}", f"/O{DIST}"]
    cert = os.environ.get("QUIETCASE_WINDOWS_CERT", "")
    if cert:
        sign = [
            "signtool", "sign", "/fd", "sha256", "/td", "sha256",
            "/tr", os.environ.get("QUIETCASE_WINDOWS_TIMESTAMP", "http://timestamp.digicert.com"),
            "/f", cert, "/p", os.environ.get("QUIETCASE_WINDOWS_CERT_PASSWORD", ""),
        ]  # fmt: skip
        subprocess.run([*sign, str(BUNDLE / "quietcase.exe"), str(BUNDLE / "quietcase-cli.exe")],
                       check=True)  # fmt: skip
        command += ["/DSign", "/Squietcase=" + subprocess.list2cmdline(sign) + " $f"]
    subprocess.run([*command, str(HERE / "windows" / "quietcase.iss")], check=True)
    return DIST / f"quietcase-{name}-windows-setup.exe"


def macos_package(name: str) -> Path:
    out = DIST / f"quietcase-{name}-macos.dmg"
    subprocess.run(
        ["bash", str(HERE / "macos" / "make_dmg.sh"), str(DIST / "Quietcase.app"), str(out)],
        check=True,
    )
    return out


def write_sums(packages: list[Path]) -> Path:
    sums = DIST / "SHA256SUMS"
    sums.write_text("".join(f"{sha256(p)}  {p.name}\n" for p in packages), encoding="utf-8")
    return sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--folder-only", action="store_true", help="build dist/quietcase/ and stop (no package)"
    )
    args = parser.parse_args(argv)
    name = version()
    seconds = run_pyinstaller()
    if sys.platform.startswith("linux"):
        unstrip_ffmpeg()
    size = folder_size(BUNDLE)
    packages: list[Path] = []
    if not args.folder_only:
        if sys.platform.startswith("linux"):
            packages.append(linux_package(name))
        elif sys.platform == "win32":
            made = windows_package(name)
            packages += [made] if made else []
        elif sys.platform == "darwin":
            packages.append(macos_package(name))
    sums = write_sums(packages) if packages else None
    info = {
        "version": name,
        "platform": f"{sys.platform}-{platform.machine()}",
        "pyinstaller_seconds": round(seconds, 1),
        "unpacked_bytes": size,
        "unpacked_mb": round(size / 1e6, 1),
        "packages": {p.name: {"bytes": p.stat().st_size, "sha256": sha256(p)} for p in packages},
        "cpus": os.cpu_count(),
    }
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(f"Built {BUNDLE} in {seconds:.0f} s: {size / 1e6:.1f} MB unpacked.")
    for package in packages:
        print(f"Package: {package} ({package.stat().st_size / 1e6:.1f} MB)")
    if sums:
        print(f"SHA-256 sums: {sums}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
