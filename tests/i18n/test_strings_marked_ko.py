"""Strings that would never reach the translation file, found by reading the code with `ast`.

lupdate only collects literals it can see: `self.tr("...")`, `translate("Cli", "...")`,
`QT_TRANSLATE_NOOP("Quietcase", "...")`. A sentence put on a widget as a bare literal, a
`tr()` through a helper or a variable (`page.tr`, `_tr`), a message glued from pieces, or a
CLI message printed as an f-string stays English in a Korean window or terminal.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS = re.compile(r"[A-Za-z]{2,}[ ,.:;!?]+[A-Za-z]{2,}")  # two English words: a sentence
WIDGET_TEXT = {
    "setText",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWindowTitle",
    "setTitle",
    "addItem",
    "addItems",
    "addTab",
    "setTabText",
    "addRow",
    "setHorizontalHeaderLabels",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
}
CLI_PARSER_WORDS = {"help", "description", "epilog"}
# Helper names that hide a literal from lupdate (`_t("...")` -> translate("Cli", text)).
HELPERS = {"tr", "_tr", "_t", "t", "_"}


def _files(*folders: str) -> Iterator[Path]:
    for folder in folders:
        yield from (p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal_text(node: ast.expr) -> str:
    """The literal words in an argument: a string, an f-string's fixed parts, a `+` chain."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(_literal_text(v) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_text(node.left) + " " + _literal_text(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return " ".join(_literal_text(e) for e in node.elts)
    return ""


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"


def _calls(path: Path) -> Iterator[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    yield from (n for n in ast.walk(tree) if isinstance(n, ast.Call))


def test_ui_words_go_through_tr() -> None:
    found = []
    for path in _files("ui"):
        for call in _calls(path):
            name = _name(call.func)
            if name in WIDGET_TEXT and any(WORDS.search(_literal_text(a)) for a in call.args):
                found.append(f"{_where(path, call)}: {name}(...) with an English literal")
    assert found == []


def test_tr_is_called_where_lupdate_sees_the_context() -> None:
    """`self.tr("...")`, `ClassName.tr("...")` and `translate("Context", "...")` are found;
    `page.tr("...")`, `text.tr("...")` are collected under a context nobody asks for, and a
    helper's literal (`_tr("...")`, `_t("...")`) not at all."""
    found = []
    for path in _files("ui", "app"):
        for call in _calls(path):
            func = call.func
            literal = bool(call.args) and isinstance(call.args[0], ast.Constant)
            if isinstance(func, ast.Attribute) and func.attr == "tr" and literal:
                receiver = func.value
                if not (
                    isinstance(receiver, ast.Name)
                    and (receiver.id == "self" or receiver.id[:1].isupper())
                ):
                    found.append(f"{_where(path, call)}: {ast.unparse(func)}(...)")
            elif isinstance(func, ast.Name) and func.id in HELPERS and literal:
                found.append(f"{_where(path, call)}: {func.id}(...)")
    assert found == []


def test_tr_texts_are_whole_sentences() -> None:
    """No f-strings or `+` inside tr(): the translator needs the whole sentence, with
    `{placeholders}` filled after translation."""
    found = []
    for path in _files("ui", "app"):
        for call in _calls(path):
            if _name(call.func) in ("tr", "translate", "QT_TRANSLATE_NOOP") and call.args:
                text = call.args[-1] if _name(call.func) != "tr" else call.args[0]
                if _name(call.func) == "translate" and len(call.args) >= 2:
                    text = call.args[1]
                if isinstance(text, ast.JoinedStr | ast.BinOp):
                    found.append(f"{_where(path, call)}: {ast.unparse(text)[:60]}")
    assert found == []


def test_app_errors_are_marked_messages() -> None:
    """A `UserError` carries a template marked with QT_TRANSLATE_NOOP (a constant or the
    marker itself), never a sentence written in place."""
    found = []
    for path in _files("app"):
        for call in _calls(path):
            if _name(call.func) == "UserError" and call.args:
                first = call.args[0]
                if _literal_text(first) or isinstance(first, ast.BinOp):
                    found.append(f"{_where(path, call)}: {ast.unparse(first)[:60]}")
    assert found == []


def test_cli_prints_through_translate() -> None:
    found = []
    for path in (ROOT / "app").glob("cli*.py"):
        for call in _calls(path):
            name = _name(call.func)
            if name in ("print", "input", "_ask") and any(
                WORDS.search(_literal_text(a)) for a in call.args
            ):
                found.append(f"{_where(path, call)}: {ast.unparse(call)[:70]}")
            for keyword in call.keywords:
                if keyword.arg in CLI_PARSER_WORDS and WORDS.search(_literal_text(keyword.value)):
                    found.append(f"{_where(path, call)}: {keyword.arg}={keyword.value!r}")
    assert found == []
