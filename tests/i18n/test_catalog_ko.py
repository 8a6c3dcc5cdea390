"""The translation files: well-formed, complete, in step with the code, compiled.

`quietcase_ko.ts` holds every marked string of `ui/` and `app/`, each with a finished Korean
translation; `quietcase_en.ts` holds the English plural forms. The shipped `.qm` files are
what `pyside6-lrelease` makes of them today. The check collects the strings afresh with
`pyside6-lupdate`, so a new `self.tr("...")` that nobody translated fails here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.tools import i18n as i18n_tools
from tests.tools.i18n import Message, messages, qm_path, ts_path

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([a-z_]+\)[rs]|%[sr]")
NUMBER = re.compile(r"%L?n")
HANGUL = re.compile(r"[\uac00-\ud7a3]")

KO = messages(ts_path("ko"))
EN = messages(ts_path("en"))


def _lupdate_available() -> bool:
    try:
        i18n_tools.tool("lupdate")
    except SystemExit:
        return False
    return True


needs_lupdate = pytest.mark.skipif(not _lupdate_available(), reason="pyside6-lupdate missing")


def _name(m: Message) -> str:
    return f"[{m.context}] {m.source!r}"


def test_files_are_well_formed_and_say_their_language() -> None:
    for language, target in (("ko", "ko_KR"), ("en", "en_GB")):
        root = ET.parse(ts_path(language)).getroot()
        assert root.tag == "TS" and root.get("language") == target
        assert qm_path(language).stat().st_size > 0
    assert len(KO) > 400
    assert EN and all(m.numerus for m in EN)


@needs_lupdate
def test_every_string_is_collected_translated_and_compiled() -> None:
    """Run `python -m tests.tools.i18n update`, translate what it added, and run it again."""
    assert i18n_tools.problems(ROOT) == []


def test_no_message_is_unfinished_or_empty() -> None:
    assert [_name(m) for m in KO + EN if m.unfinished] == []


def test_korean_is_korean() -> None:
    """Every translation with words in it has Hangul (the name "Quietcase", examples and
    argparse's bare placeholders aside)."""
    latin_only = [
        _name(m)
        for m in KO
        if not any(HANGUL.search(form) for form in m.forms)
        and re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", m.source).replace("Quietcase", ""))
        and m.source not in KEPT_AS_IS
    ]
    assert latin_only == []


# Texts that read the same in Korean: names, examples, technical notation.
KEPT_AS_IS = {
    "Quietcase",
    "[y/N]",
    "SHA-256",
    "PDF",
}


@pytest.mark.parametrize("m", [m for m in KO if not m.unfinished], ids=_name)
def test_placeholders_numbers_and_shortcuts_survive(m: Message) -> None:
    (form,) = m.forms
    assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(m.source)), form
    if m.numerus:
        assert NUMBER.search(form), form
    if re.search(r"&\w", m.source):
        assert re.search(r"&\w", form), f"keyboard shortcut lost: {form}"
    assert form.count("\n") == m.source.count("\n"), form


@pytest.mark.parametrize("m", [m for m in EN if not m.unfinished], ids=_name)
def test_english_plurals_keep_their_placeholders(m: Message) -> None:
    one, other = m.forms
    assert NUMBER.search(other), other  # "1 incident" may say "the item"; "3" never can
    for form in (one, other):
        assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(m.source))


def test_plural_messages_have_the_forms_of_their_language() -> None:
    assert all(len(m.forms) == 1 for m in KO if m.numerus)  # Korean: one form
    assert all(len(m.forms) == 2 for m in EN)  # English: one, other
    assert {m.source for m in EN} == {m.source for m in KO if m.numerus}


def test_contexts_are_where_qt_looks_at_run_time() -> None:
    """`self.tr` translates in the context of the object's class; lupdate names the context
    after what stands before `.tr`. `page.tr(...)` or `text.tr("...")` would be collected
    under a context no code asks for, and never be shown translated."""
    classes = {
        match
        for path in (ROOT / "ui").rglob("*.py")
        for match in re.findall(r"^class (\w+)", path.read_text(encoding="utf-8"), re.M)
    }
    explicit = {"Quietcase", "Columns", "Prompts", "Cli", "CliWords", "argparse"}
    assert {m.context for m in KO} - classes - explicit == set()


def test_the_qm_files_hold_every_translation() -> None:
    """Even without lupdate at hand: what the window loads is what the .ts says."""
    from PySide6.QtCore import QTranslator

    for language, listed in (("ko", KO), ("en", EN)):
        translator = QTranslator()
        assert translator.load(str(qm_path(language)))
        for m in (m for m in listed if not m.unfinished):
            for n, form in zip((1, 3), m.forms * 2 if len(m.forms) == 1 else m.forms, strict=True):
                got = translator.translate(m.context, m.source, m.comment or None, n)
                assert got == form, _name(m)


def test_translations_are_package_data() -> None:
    """`pip install .` and `pip install -e .` both find them through `importlib.resources`:
    the .ts for the CLI, the .qm for the window."""
    from importlib import resources

    assert '"quietcase.resources" = ["**/*"]' in (ROOT / "pyproject.toml").read_text(
        encoding="utf-8"
    )
    folder = resources.files("quietcase.resources").joinpath("translations")
    for name in ("quietcase_ko.ts", "quietcase_ko.qm", "quietcase_en.ts", "quietcase_en.qm"):
        assert folder.joinpath(name).is_file(), name
