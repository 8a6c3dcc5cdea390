"""The language `quietcase-cli` speaks, and its words, read from the window's own `.ts` files.

The window translates with Qt (`quietcase_ko.qm`). `app` may not import Qt, so the command line
reads the same `resources/translations/quietcase_<language>.ts` with `xml.etree`: one file
holds every translation, for the window and the terminal alike. Messages are marked where they
are written, with `translate("Cli", "...")` (or `QT_TRANSLATE_NOOP` for module constants), so
`pyside6-lupdate` collects them (`python -m tests.tools.i18n update`).

The language follows the locale the way gettext reads it for messages: the first of `LC_ALL`,
`LC_MESSAGES` and `LANG` that is set decides ("ko_KR.UTF-8" -> Korean, "C" -> English); with
none set (Windows), the system's locale. `LANGUAGE` is not consulted.

The command line runs one command per process, so the language is chosen once, in `cli.main`,
with `use_language`; everything it prints goes through `translate`. The window never uses this
module's state.
"""

from __future__ import annotations

import argparse
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP

LANGUAGES = ("en", "ko")
ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")
TRANSLATIONS = "translations"  # inside the `resources` package


def language_of(value: str) -> str:
    """ "ko_KR.UTF-8", "ko", "Korean_Korea.949" -> "ko"; anything else -> "en"."""
    name = value.strip().split(".")[0].split("@")[0].lower()
    return "ko" if name == "ko" or name.startswith(("ko_", "ko-", "korean")) else "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language for messages: the first of LC_ALL, LC_MESSAGES, LANG that is set."""
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = env.get(name, "")
        if value:
            return language_of(value)
    if environ is not None:
        return "en"
    return language_of(_system_locale())


def _system_locale() -> str:
    """Windows and macOS apps started without a terminal set none of the variables."""
    import locale

    try:
        name = locale.getlocale(locale.LC_CTYPE)[0] or ""
    except ValueError:  # pragma: no cover - an unparsable locale name
        name = ""
    return name


@dataclass(frozen=True)
class Catalog:
    """The translations of one language: `(context, source, comment)` -> its plural forms
    (one form for a message without `%n`)."""

    language: str
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Like `QCoreApplication.translate`: the source text when there is no translation;
        `%n` (and `%Ln`, with thousands separators) replaced by `n` when it is given."""
        forms = self.messages.get((context, text, disambiguation or ""))
        chosen = text
        if forms:
            index = 0 if n < 0 else plural_index(self.language, n)
            chosen = forms[min(index, len(forms) - 1)] or text
        if n >= 0:
            chosen = chosen.replace("%Ln", f"{n:,}").replace("%n", str(n))
        return chosen


def plural_index(language: str, n: int) -> int:
    """Which plural form `n` takes: Korean has one form; English "1 item", "2 items"."""
    if language == "ko":
        return 0
    return 0 if n == 1 else 1


def read_ts(data: bytes, language: str) -> Catalog:
    """A catalog from the text of a Qt Linguist `.ts` file (unfinished and obsolete
    messages are left out, as `lrelease` does)."""
    root = ET.fromstring(data)
    messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                messages[key] = forms
    return Catalog(language, messages)


def ts_name(language: str) -> str:
    return f"quietcase_{language}.ts"


@lru_cache(maxsize=4)
def catalog(language: str) -> Catalog:
    """The shipped translations of `language` (an empty catalog if the file is missing)."""
    if language not in LANGUAGES:
        language = "en"
    try:
        data = (
            resources.files("quietcase.resources")
            .joinpath(TRANSLATIONS, ts_name(language))
            .read_bytes()
        )
    except (OSError, ModuleNotFoundError):
        return Catalog(language)
    return read_ts(data, language)


_active: list[Catalog] = [Catalog("en")]


def use_language(language: str) -> None:
    """Speak `language` ("en" or "ko") from now on in this process (the CLI's entry point)."""
    _active[0] = catalog(language)


def current_language() -> str:
    return _active[0].language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language chosen with `use_language` (lupdate collects the calls)."""
    return _active[0].translate(context, text, disambiguation, n)


# argparse's own words (Python 3.11-3.13): usage, headings, and the errors a person can meet.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """While building and running the parser, argparse's own words ("usage:", "options",
    "the following arguments are required") come from our translations too: argparse asks
    `gettext`, which has no Korean catalogue for it."""
    saved: dict[str, Callable[..., str]] = {
        name: getattr(argparse, name) for name in ("_", "ngettext")
    }

    def one(text: str) -> str:
        return translate("argparse", text)

    def plural(singular: str, plural_text: str, n: int) -> str:
        return translate("argparse", singular if n == 1 else plural_text)

    setattr(argparse, "_", one)  # noqa: B010 - argparse reads this module global
    setattr(argparse, "ngettext", plural)  # noqa: B010
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(argparse, name, function)


__all__ = [
    "LANGUAGES",
    "Catalog",
    "argparse_in_language",
    "catalog",
    "current_language",
    "language_from_environment",
    "read_ts",
    "translate",
    "use_language",
]
