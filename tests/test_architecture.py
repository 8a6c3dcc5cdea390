"""The architecture, checked on the source with `ast` (docs/architecture.md says it in words).

- Layers: `ui` and `cli` -> `app` -> `storage`; `ui` and `cli` never import each other.
- Our code is imported by its installed name (`quietcase.app...`), never as `app...`.
- No import cycles between modules (imports inside functions and under TYPE_CHECKING count).
- No private name (`_x`) imported from another module.
- No SQL outside `storage/`; `ui` and `cli` never reach the vault or open a transaction.
- No network code.

Every import is seen: module level, inside functions, under `if TYPE_CHECKING`, relative ones
(resolved against the package), and `importlib.import_module("...")` / `__import__("...")`
with a literal name.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("storage", "app", "cli", "ui")
PACKAGE = "quietcase"

FORBIDDEN_FOR = {
    "storage": ("quietcase.app", "quietcase.cli", "quietcase.ui", "PySide6", "shiboken6"),
    "app": ("quietcase.cli", "quietcase.ui", "PySide6", "shiboken6"),
    "cli": ("quietcase.ui", "PySide6", "shiboken6"),
    "ui": ("quietcase.cli",),
}
# Our layers under the names they would have if imported from the repository's top level:
# that works only from a checkout (and would pick up any `app/` folder in the current one).
BARE_NAMES = ("app", "cli", "storage", "ui", "resources")
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
    return [PACKAGE, *path.relative_to(ROOT).with_suffix("").parts[:-1]]


def _from_module(path: Path, node: ast.ImportFrom) -> str:
    """The full name of the module a `from ... import` reads from, relative ones resolved."""
    if not node.level:
        return node.module or ""
    package = _package_of(path)
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def module_name(path: Path) -> str:
    """`app/core/errors.py` -> `quietcase.app.core.errors`; a package is its `__init__`."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


def imports_in(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(path, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = _from_module(path, node)
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
    assert (6, "quietcase.storage.sibling") in modules
    assert (7, "quietcase.app.case") in modules
    assert (9, "ssl") in modules
    assert (10, "requests") in modules
    assert (11, "shiboken6") in modules

    bad = offending("storage", NETWORK)
    assert "storage/sneaky.py:1: imports socket" in bad
    assert "storage/sneaky.py:2: imports urllib.request" in bad
    assert not any("urllib.parse" in line for line in bad)
    assert any(
        line.startswith("storage/sneaky.py:7:")
        for line in offending("storage", FORBIDDEN_FOR["storage"])
    )


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


@pytest.mark.parametrize("layer", LAYERS)
def test_our_code_is_imported_by_its_installed_name(layer: str) -> None:
    """`from app.case import ...` would only work from a checkout, and would run whatever
    `app/` folder happens to sit in the current one."""
    bad = offending(layer, BARE_NAMES)
    assert not bad, "import our layers as quietcase.<layer>:\n" + "\n".join(bad)


# -- cycles -----------------------------------------------------------------------------------


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for layer in LAYERS for path in python_files(layer)}


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Which of our modules each of our modules imports, at any depth of its code.

    `from quietcase.app.core import errors` is an edge to the module `...core.errors`; an
    import of a package is an edge to its `__init__`."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for imp in imports_in(path):
            target = imp.module
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_cycle_finder_finds_a_cycle_through_a_function_level_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "app"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "a.py").write_text("from quietcase.app import b\n")
    (fake / "b.py").write_text("def later():\n    from quietcase.app.c import thing\n")
    (fake / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from quietcase.app.a import x\n"
    )
    (fake / "d.py").write_text("from quietcase.app import a\n")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    modules = {module_name(p): p for p in sorted(fake.glob("*.py"))}
    found = cycles(import_graph(modules))
    assert found == [["quietcase.app.a", "quietcase.app.b", "quietcase.app.c"]]


def test_no_import_cycles() -> None:
    found = cycles(import_graph(all_modules()))
    assert not found, "import cycles (move the shared piece down):\n" + "\n".join(
        " <-> ".join(cycle) for cycle in found
    )


# -- private names ----------------------------------------------------------------------------


def private_imports(path: Path) -> list[str]:
    """`from quietcase.x.y import _thing` where y is another module: a private name used
    from outside its module."""
    own = module_name(path)
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = _from_module(path, node)
            if not module.startswith(PACKAGE + ".") or module == own:
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    rel = path.relative_to(ROOT)
                    bad.append(f"{rel}:{node.lineno}: imports {alias.name} from {module}")
    return bad


@pytest.mark.parametrize("layer", LAYERS)
def test_no_private_names_imported_across_modules(layer: str) -> None:
    bad = [line for path in python_files(layer) for line in private_imports(path)]
    assert not bad, "make it public (and name it well) or move it:\n" + "\n".join(bad)


# -- SQL and the vault ------------------------------------------------------------------------

SQL = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
    r"|CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER|UNIQUE)|DROP\s+(TABLE|INDEX)|ALTER\s+TABLE|PRAGMA\s)",
    re.DOTALL,
)
# Calls that run SQL on a connection or vault object.
SQL_CALLS = ("execute", "executemany", "executescript")


def sql_outside_storage(path: Path) -> list[str]:
    rel = path.relative_to(ROOT)
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            bad.append(f"{rel}:{node.lineno}: SQL {node.value.strip()[:40]!r}")
        elif isinstance(node, ast.JoinedStr):
            head = "".join(
                part.value
                for part in node.values
                if isinstance(part, ast.Constant) and isinstance(part.value, str)
            )
            if SQL.match(head):
                bad.append(f"{rel}:{node.lineno}: SQL {head.strip()[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in SQL_CALLS:
            bad.append(f"{rel}:{node.lineno}: .{node.attr}(...)")
    # An f-string's pieces are constants too: one line per place.
    return list({line.split(": ")[0]: line for line in reversed(bad)}.values())[::-1]


def test_sql_finder_sees_statements(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "app"
    fake.mkdir()
    source = fake / "sneaky.py"
    source.write_text(
        'A = "SELECT id FROM records WHERE x = ?"\n'
        'B = f"DELETE FROM {table} WHERE id = ?"\n'
        "def f(db):\n    db.execute(A)\n"
        'C = "Select the files you want to add from the folder"\n'
        'D = "UPDATE: your case file was updated"\n'
    )
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    lines = [line.split(":")[1] for line in sql_outside_storage(source)]
    assert lines == ["1", "2", "4"]


@pytest.mark.parametrize("layer", [layer for layer in LAYERS if layer != "storage"])
def test_no_sql_outside_storage(layer: str) -> None:
    bad = [line for path in python_files(layer) for line in sql_outside_storage(path)]
    assert not bad, "SQL belongs in storage/:\n" + "\n".join(bad)


VAULT_ATTRIBUTES = ("vault", "atomic", "savepoint")


@pytest.mark.parametrize("layer", ["cli", "ui"])
def test_front_ends_never_reach_the_vault(layer: str) -> None:
    """The window and the command line go through `Case` and the use cases in `app`: they
    never hold the vault object nor open a transaction themselves."""
    bad = []
    for path in python_files(layer):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in VAULT_ATTRIBUTES:
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
    assert not bad, "use a method of Case or a use case in app/ instead:\n" + "\n".join(bad)
