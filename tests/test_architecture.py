"""Layering (ui -> app -> storage) and "no network code", checked on the source with `ast`.

Every import is seen: module level, inside functions, under `if TYPE_CHECKING`, relative ones
(resolved against the package), and `importlib.import_module("...")` / `__import__("...")`
with a literal name.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("storage", "app", "ui")

FORBIDDEN_FOR = {
    "storage": ("app", "ui", "PySide6", "shiboken6"),
    "app": ("ui", "PySide6", "shiboken6"),
}
NETWORK = (
    "socket",
    "socketserver",
    "ssl",
    "asyncio",
    "urllib.request",
    "http",
    "ftplib",
    "smtplib",
    "imaplib",
    "poplib",
    "nntplib",
    "telnetlib",
    "xmlrpc",
    "webbrowser",  # hands an address to a browser: online all the same
    "requests",
    "urllib3",
    "httpx",
    "aiohttp",
    "websocket",
    "websockets",
    "PySide6.QtNetwork",
    "PySide6.QtWebSockets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtHttpServer",
)
# Calls that reach out without a network import: Qt opening an address in a browser.
NETWORK_CALLS = ("openUrl",)


@dataclass(frozen=True)
class Import:
    file: Path
    line: int
    module: str  # full dotted name, e.g. "urllib.request" or "PySide6.QtNetwork"

    @property
    def top(self) -> str:
        return self.module.split(".")[0]

    def __str__(self) -> str:
        return f"{self.file.relative_to(ROOT)}:{self.line}: imports {self.module}"


def _package_of(path: Path) -> list[str]:
    """The package a relative import starts from (for `__init__.py`, its own package)."""
    return list(path.relative_to(ROOT).with_suffix("").parts[:-1])


def imports_in(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(path, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = _package_of(path)
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.append(Import(path, node.lineno, module))
            # `from urllib import request`, `from PySide6 import QtNetwork`: the names may be
            # submodules, so record them as such too.
            found += [
                Import(path, node.lineno, f"{module}.{alias.name}")
                for alias in node.names
                if alias.name != "*"
            ]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            found.append(Import(path, node.lineno, node.args[0].value))
    return found


def python_files(layer: str) -> list[Path]:
    return sorted(p for p in (ROOT / layer).rglob("*.py") if "__pycache__" not in p.parts)


def _matches(module: str, banned: str) -> bool:
    return module == banned or module.startswith(banned + ".")


def offending(layer: str, banned: tuple[str, ...]) -> list[str]:
    return [
        str(imp)
        for path in python_files(layer)
        for imp in imports_in(path)
        if any(_matches(imp.module, b) for b in banned)
    ]


# -- the checker itself ---------------------------------------------------------------------


def test_checker_sees_every_kind_of_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "storage"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    source = fake / "sneaky.py"
    source.write_text(
        "import os, socket\n"
        "from urllib import request\n"
        "from urllib.parse import quote\n"
        "from http.client import HTTPSConnection\n"
        "from PySide6 import QtNetwork\n"
        "from . import sibling\n"
        "from ..app import case\n"
        "def later():\n"
        "    import ssl\n"
        "    importlib.import_module('requests')\n"
        "    __import__('shiboken6')\n"
    )
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    modules = {(imp.line, imp.module) for imp in imports_in(source)}
    assert (1, "socket") in modules
    assert (2, "urllib.request") in modules
    assert (3, "urllib.parse") in modules
    assert (4, "http.client") in modules
    assert (5, "PySide6.QtNetwork") in modules
    assert (6, "storage.sibling") in modules
    assert (7, "quietcase.app.case") in modules
    assert (9, "ssl") in modules
    assert (10, "requests") in modules
    assert (11, "shiboken6") in modules

    bad = offending("storage", NETWORK)
    assert "storage/sneaky.py:1: imports socket" in bad
    assert "storage/sneaky.py:2: imports urllib.request" in bad
    assert not any("urllib.parse" in line for line in bad)
    assert any(line.startswith("storage/sneaky.py:7:") for line in offending("storage", ("app",)))


def test_every_layer_has_python_files_to_check() -> None:
    for layer in LAYERS:
        assert python_files(layer), f"no Python files found under {layer}/"
    for path in python_files("storage") + python_files("app"):
        ast.parse(path.read_text(encoding="utf-8"))


# -- the rules ------------------------------------------------------------------------------


@pytest.mark.parametrize("layer", sorted(FORBIDDEN_FOR))
def test_layers_only_import_downwards(layer: str) -> None:
    bad = offending(layer, FORBIDDEN_FOR[layer])
    assert not bad, f"{layer}/ must not import {', '.join(FORBIDDEN_FOR[layer])}:\n" + "\n".join(
        bad
    )


@pytest.mark.parametrize("layer", LAYERS)
def test_no_network_code(layer: str) -> None:
    bad = offending(layer, NETWORK)
    assert not bad, "Quietcase never goes online; network imports found:\n" + "\n".join(bad)


@pytest.mark.parametrize("layer", LAYERS)
def test_no_call_opens_an_address(layer: str) -> None:
    """`QDesktopServices.openUrl` would hand an address to a browser or a mail program."""
    bad = []
    for path in python_files(layer):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in NETWORK_CALLS:
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.attr}")
    assert not bad, "Quietcase never goes online:\n" + "\n".join(bad)
