"""The installed names: everything Quietcase installs lives under one `quietcase` package.

The repository keeps `app/`, `cli/`, `storage/`, `ui/` and `resources/` at its top level;
`pyproject.toml` maps them to `quietcase.app`, `quietcase.cli`... and lists every package by
hand. A folder missing from that list would silently be left out of an installed Quietcase, and
a generic top-level name (`app`, `ui`) in site-packages would clash with other distributions.
These tests read the list, and build a real wheel from a copy of the repository to look inside.
"""

from __future__ import annotations

import configparser
import importlib
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("app", "cli", "storage", "ui", "resources")
TOP = "quietcase"
NOT_COPIED = (
    "build",
    "dist",
    ".git",
    "*.egg-info",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
)


def setuptools_config() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        config: dict[str, object] = tomllib.load(f)["tool"]["setuptools"]
    return config


def listed_packages() -> list[str]:
    packages = setuptools_config()["packages"]
    assert isinstance(packages, list)
    return [str(p) for p in packages]


def package_dirs() -> dict[str, str]:
    mapping = setuptools_config()["package-dir"]
    assert isinstance(mapping, dict)
    return {str(k): str(v) for k, v in mapping.items()}


def folder_of(package: str) -> Path:
    """Where a listed package's files are, by the longest `package-dir` prefix that names it."""
    mapping = package_dirs()
    for prefix in sorted(mapping, key=len, reverse=True):
        if package == prefix or package.startswith(prefix + "."):
            rest = package.removeprefix(prefix).lstrip(".")
            return ROOT / mapping[prefix] / Path(*rest.split(".") if rest else ())
    return ROOT / Path(*package.split("."))


def _source_folders(top: str) -> Iterator[Path]:
    base = ROOT / top
    if not base.is_dir():
        return
    yield base
    for path in sorted(base.rglob("*")):
        if path.is_dir() and "__pycache__" not in path.parts:
            yield path


def packages_on_disk() -> dict[str, Path]:
    """Every folder under app/, cli/, storage/, ui/ and resources/ with an `__init__.py`."""
    found = {}
    for top in FOLDERS:
        for folder in _source_folders(top):
            if (folder / "__init__.py").is_file():
                dotted = ".".join(folder.relative_to(ROOT).parts)
                found[f"{TOP}.{dotted}"] = folder
    return found


# -- the list in pyproject.toml ---------------------------------------------------------------


def test_each_top_folder_is_mapped_under_quietcase() -> None:
    mapping = package_dirs()
    for top in FOLDERS:
        if (ROOT / top / "__init__.py").is_file():
            assert mapping.get(f"{TOP}.{top}") == top, (
                f'pyproject.toml [tool.setuptools.package-dir] needs "{TOP}.{top}" = "{top}"'
            )
    assert all(name.startswith(TOP + ".") for name in mapping), mapping


def test_every_package_folder_is_listed() -> None:
    missing = sorted(set(packages_on_disk()) - set(listed_packages()))
    assert not missing, (
        "these folders have an __init__.py but are not in pyproject.toml's "
        "[tool.setuptools] packages, so an installed Quietcase would lack them:\n"
        + "\n".join(f'    "{name}",' for name in missing)
    )


def test_every_listed_package_exists() -> None:
    listed = listed_packages()
    assert len(listed) == len(set(listed)), "a package is listed twice"
    gone = [name for name in listed if not (folder_of(name) / "__init__.py").is_file()]
    assert not gone, "listed in pyproject.toml but no such package folder:\n" + "\n".join(gone)
    assert all(name.startswith(TOP + ".") for name in listed), listed


def test_no_python_folder_lacks_an_init() -> None:
    """A folder of modules without `__init__.py` would be importable from the checkout (as a
    namespace package) yet never listed, so missing from the wheel."""
    lacking = [
        str(folder.relative_to(ROOT))
        for top in FOLDERS
        for folder in _source_folders(top)
        if any(folder.glob("*.py")) and not (folder / "__init__.py").is_file()
    ]
    assert not lacking, "Python files in a folder without __init__.py:\n" + "\n".join(lacking)


# -- the wheel --------------------------------------------------------------------------------


def _can_build_without_isolation() -> bool:
    """Setuptools builds wheels itself from 70.1 on; before that it needs the `wheel` package."""
    try:
        version = metadata.version("setuptools")
    except metadata.PackageNotFoundError:
        return False
    numbers = re.match(r"(\d+)\.(\d+)", version)
    recent = numbers is not None and (int(numbers[1]), int(numbers[2])) >= (70, 1)
    return recent or importlib.util.find_spec("wheel") is not None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built by pip from a clean copy of the repository (about 4 s)."""
    base = tmp_path_factory.mktemp("wheel")
    source, out = base / "quietcase-src", base / "dist"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_COPIED))
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out)]
    if _can_build_without_isolation():
        command.append("--no-build-isolation")
    # Otherwise pip builds as `pip install -e .` did: in an isolated environment with the
    # build requirements of pyproject.toml (setuptools>=68, wheel).
    done = subprocess.run(
        [*command, str(source)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, f"pip wheel failed:\n{done.stdout}\n{done.stderr}"
    wheels = list(out.glob("quietcase-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        return z.namelist()


def _dist_info(wheel: Path) -> str:
    tops = {name.split("/")[0] for name in _names(wheel)}
    infos = [t for t in tops if t.startswith(f"{TOP}-") and t.endswith(".dist-info")]
    assert len(infos) == 1, tops
    return infos[0]


def test_wheel_installs_only_under_quietcase(wheel: Path) -> None:
    info = _dist_info(wheel)
    stray = [n for n in _names(wheel) if not (n.startswith(TOP + "/") or n.startswith(info + "/"))]
    assert not stray, "files outside quietcase/ in the wheel:\n" + "\n".join(stray)
    tops = {name.split("/")[0] for name in _names(wheel)}
    assert not tops & {*FOLDERS, "tests", "docs"}, tops
    with zipfile.ZipFile(wheel) as z:
        if f"{info}/top_level.txt" in z.namelist():
            assert z.read(f"{info}/top_level.txt").decode().split() == [TOP]


def test_wheel_holds_every_module_and_the_translations(wheel: Path) -> None:
    names = set(_names(wheel))
    assert f"{TOP}/resources/translations/quietcase_ko.qm" in names
    assert f"{TOP}/resources/translations/quietcase_en.qm" in names
    # Every module of a listed package (the copy was taken at the same time as the list).
    source = wheel.parents[1] / "quietcase-src"
    missing = [
        f"{TOP}/{path.relative_to(source).as_posix()}"
        for top in FOLDERS
        for path in sorted((source / top).rglob("*.py"))
        if "__pycache__" not in path.parts
        and f"{TOP}/{path.relative_to(source).as_posix()}" not in names
    ]
    assert not missing, "modules left out of the wheel:\n" + "\n".join(missing)


def test_wheel_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        text = z.read(f"{_dist_info(wheel)}/entry_points.txt").decode()
    points = configparser.ConfigParser()
    points.read_string(text)
    assert dict(points["console_scripts"]) == {"quietcase-cli": "quietcase.cli.main:main"}
    assert dict(points["gui_scripts"]) == {"quietcase": "quietcase.ui.main:main"}
    for target in ("quietcase.cli.main:main", "quietcase.ui.main:main"):
        module, _, name = target.partition(":")
        assert callable(getattr(importlib.import_module(module), name)), target
