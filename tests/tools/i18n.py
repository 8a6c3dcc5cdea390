"""Keeping the translations up to date: `python -m tests.tools.i18n update | check`.

`update` collects every marked string of `ui/` and `app/` into
`resources/translations/quietcase_ko.ts` (all messages) and `quietcase_en.ts` (only the
`%n` plurals, which English needs as "1 incident" / "2 incidents"), with `pyside6-lupdate`,
then compiles both to `.qm` with `pyside6-lrelease`. Translate what is new in the `.ts` file
(Qt Linguist, or any editor: remove `type="unfinished"` when done), then run `update` again.

`check` changes nothing: it says what is missing, unfinished or out of date, and exits 1.

The compiled `.qm` files are committed, so a checkout (and `pip install -e .`) has a working
Korean window without running any tool. This module only runs Qt's command-line tools; it does
not import Qt.
"""

from __future__ import annotations

import filecmp
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ("ui", "app", "cli")
TARGETS = {"ko": "ko_KR", "en": "en_GB"}


def tool(name: str) -> str:
    """`pyside6-lupdate` / `pyside6-lrelease`: beside this Python, on PATH, or in the wheel."""
    script = Path(sys.executable).with_name(f"pyside6-{name}")
    if script.exists():
        return str(script)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    spec = importlib.util.find_spec("PySide6")
    folders = (spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        binary = Path(folder) / name
        if binary.exists():
            return str(binary)
    raise SystemExit(f"pyside6-{name} was not found: pip install PySide6-Essentials")


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file that may hold a user-visible string."""
    return sorted(
        path
        for folder in SOURCES
        for path in (root / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    )


def run_lupdate(ts_file: Path, language: str, root: Path = ROOT) -> None:
    """Merge the strings found in the sources into `ts_file` (translations are kept;
    strings no longer in the code are dropped)."""
    args = [tool("lupdate"), *map(str, source_files(root))]
    args += ["-ts", str(ts_file), "-target-language", TARGETS[language]]
    args += ["-no-obsolete", "-locations", "none", "-silent"]
    if language == "en":
        args.append("-pluralonly")
    subprocess.run(args, check=True, cwd=root, capture_output=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    args = [tool("lrelease"), "-nounfinished", "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(args, check=True, capture_output=True)


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"quietcase_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"quietcase_{language}.qm"


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in TARGETS:
        run_lupdate(ts_path(language), language)
        run_lrelease(ts_path(language), qm_path(language))


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]
    unfinished: bool


def messages(ts_file: Path) -> list[Message]:
    """Every message of a `.ts` file (raises `ET.ParseError` if it is not well-formed)."""
    out = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            kind = translation.get("type", "") if translation is not None else "unfinished"
            out.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    kind in ("unfinished", "obsolete", "vanished") or not all(forms),
                )
            )
    return out


@contextmanager
def _scratch_folder(root: Path) -> Iterator[Path]:
    folder = root / "build" / "i18n-check"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def problems(root: Path = ROOT) -> list[str]:
    """What `check` reports: strings of the code missing from the `.ts` files, unfinished
    translations, and `.qm` files that are not what their `.ts` compiles to."""
    found: list[str] = []
    # A developer tool: the scratch folder (in the project's ignored build/ folder, not the
    # system temp folder) holds catalogues built from the source code, never case content.
    with _scratch_folder(root) as scratch:
        for language in TARGETS:
            shipped = ts_path(language, root / "resources" / "translations")
            if not shipped.exists():
                found.append(f"{shipped.name} is missing: run python -m tests.tools.i18n update")
                continue
            fresh = Path(scratch) / shipped.name
            shutil.copyfile(shipped, fresh)
            run_lupdate(fresh, language, root)
            have = {(m.context, m.source, m.comment) for m in messages(shipped)}
            for m in messages(fresh):
                if (m.context, m.source, m.comment) not in have:
                    found.append(f"{shipped.name}: not collected yet: [{m.context}] {m.source!r}")
                elif m.unfinished:
                    found.append(f"{shipped.name}: not translated: [{m.context}] {m.source!r}")
            # Translations the code does not use (yet, or any more) do no harm; `update`
            # drops them.
            qm = qm_path(language, root / "resources" / "translations")
            compiled = Path(scratch) / qm.name
            run_lrelease(shipped, compiled)
            if not qm.exists() or not filecmp.cmp(qm, compiled, shallow=False):
                found.append(f"{qm.name} is out of date: run python -m tests.tools.i18n update")
    return found


def main(argv: list[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:]) or ["check"]
    if command[0] == "update":
        update()
    elif command[0] != "check":
        print("usage: python -m tests.tools.i18n update | check", file=sys.stderr)
        return 2
    found = problems()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
