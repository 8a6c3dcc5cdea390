"""Non-secret preferences: recent case files (paths only), language, look, locking, hiding.

Stored as a small JSON file in the user's configuration folder (platformdirs). It never holds
a passphrase, a record, or the name of an evidence file; the list of recent case files can be
cleared and turned off. Every setting is declared once below, with its type and default; a
value of the wrong type (a hand-edited or damaged file) falls back to the default.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs

from quietcase.app.core.private import read_private, write_private
from quietcase.app.core.unfinished import remove_leftovers_in

APP_NAME = "Quietcase"
FILE_NAME = "settings.json"
MAX_RECENT = 5
LANGUAGES = ("", "en", "ko")  # "" follows the computer's language
AUTO_LOCK_CHOICES = (0, 1, 2, 5, 10, 15, 30, 60)  # minutes; 0 = never
HIDE_KEYS = ("shift3", "f12")  # Shift pressed three times; F12
CLIPBOARD_CHOICES = (10, 30, 60, 120)  # seconds before something copied is cleared
MAX_TITLE = 40
BACKUP_REMINDER_CHOICES = (7, 14, 30, 60, 0)  # days; 0 = never remind
TEXT_SIZES = (100, 125, 150, 200)  # percent of the window's usual text size
THEMES = ("", "light", "dark")  # "" follows the computer's light or dark setting


@dataclass
class Settings:
    """Her preferences. Change them, then `SettingsStore.save`."""

    recent_vaults: list[str] = field(default_factory=list)
    remember_recent: bool = True
    language: str = ""
    auto_lock_minutes: int = 5
    hide_key: str = "shift3"
    discreet_title: str = ""  # "" = "Quietcase"; e.g. "Notes"
    reveal_images: bool = False  # show image previews unblurred without asking
    clipboard_seconds: int = 30
    show_private_notes: bool = False  # private notes in the timeline's tooltips
    quick_unlock: bool = False  # remember the passphrase in the system keychain
    # The keychain entries kept (their names: a hash of each case file's path, see
    # app/unlock/keychain.py), so the unlock screen offers quick unlock without reading
    # the keychain; it is read only when she presses it.
    quick_unlock_entries: list[str] = field(default_factory=list)
    window_geometry: str = ""  # base64 of the window's geometry; nothing else of the window
    backup_reminder_days: int = 14  # remind when the last backup is older; 0 = never
    backup_snoozed_until: str = ""  # "2026-12-10": she closed the reminder until that day
    text_size: int = 100  # percent, on top of the computer's own larger-text setting
    theme: str = ""  # "light", "dark", or "" as the computer is set

    def remember(self, path: Path | str) -> None:
        """Put a case file at the top of the recent list (if she allows the list)."""
        if not self.remember_recent:
            return
        text = str(Path(path))
        self.recent_vaults = [text, *(p for p in self.recent_vaults if p != text)][:MAX_RECENT]

    def set_quick_unlock_entry(self, entry: str, kept: bool) -> None:
        others = [e for e in self.quick_unlock_entries if e != entry]
        self.quick_unlock_entries = [entry, *others] if kept else others

    def forget_recent(self) -> None:
        self.recent_vaults = []

    def set_remember_recent(self, on: bool) -> None:
        """Turning the list off also empties it."""
        self.remember_recent = on
        if not on:
            self.forget_recent()

    @property
    def last_vault(self) -> Path | None:
        return Path(self.recent_vaults[0]) if self.recent_vaults else None


def default_folder() -> Path:
    """Where the settings file lives when nothing else is asked for."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_case_folder() -> Path:
    """Where a new case file is suggested: Documents/Quietcase."""
    return Path(platformdirs.user_documents_dir()) / APP_NAME


def free_name(folder: Path, stem: str) -> Path:
    """`<stem>.quietcase` in the folder, or `<stem>-2.quietcase`... if that name is taken."""
    candidate = folder / f"{stem}.quietcase"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.quietcase"
        n += 1
    return candidate


def suggested_path(folder: Path) -> Path:
    """Where a new case file is suggested: `case.quietcase` (or `case-2`...) in the folder."""
    return free_name(folder, "case")


def restored_path(folder: Path) -> Path:
    """Where a case restored from a backup is suggested: `case-restored.quietcase`..."""
    return free_name(folder, "case-restored")


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _valid(name: str, value: Any, default: Any) -> bool:
    if name in ("recent_vaults", "quick_unlock_entries"):
        return isinstance(value, list) and all(isinstance(v, str) and v for v in value)
    if name == "language":
        return value in LANGUAGES
    if name == "auto_lock_minutes":
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 24 * 60
    if name == "hide_key":
        return value in HIDE_KEYS
    if name == "theme":
        return value in THEMES
    if name == "text_size":
        return type(value) is int and value in TEXT_SIZES
    if name == "discreet_title":
        return isinstance(value, str) and len(value) <= MAX_TITLE and value.isprintable()
    if name == "backup_reminder_days":
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 366
    if name == "backup_snoozed_until":
        return isinstance(value, str) and (value == "" or _is_day(value))
    if name == "clipboard_seconds":
        return isinstance(value, int) and not isinstance(value, bool) and 5 <= value <= 600
    return type(value) is type(default)


class SettingsStore:
    """Reads and writes `settings.json` in `folder` (tests give a temporary folder)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    def load(self) -> Settings:
        """The saved settings; defaults for anything missing, unreadable or of the wrong type."""
        settings = Settings()
        try:
            raw = json.loads(read_private(self.path))
        except (OSError, ValueError):
            return settings
        if not isinstance(raw, dict):
            return settings
        for f in fields(Settings):
            default = getattr(settings, f.name)
            if f.name in raw and _valid(f.name, raw[f.name], default):
                setattr(settings, f.name, raw[f.name])
        settings.recent_vaults = settings.recent_vaults[:MAX_RECENT]
        if not settings.remember_recent:
            settings.recent_vaults = []
        return settings

    def save(self, settings: Settings) -> bool:
        """Write the settings (atomically, 0600 in a 0700 folder: it names her case files);
        False if the folder cannot be written, which is not worth troubling her with: the
        defaults are used next time."""
        data = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
        try:
            write_private(self.path, data)
        except OSError:
            return False
        return True


def folders_used(settings: Settings) -> list[Path]:
    """Where she is likely to have saved something: the folders of her recent case files,
    Documents/Quietcase, her home folder, Documents, Desktop and Downloads."""
    folders = [Path(p).parent for p in settings.recent_vaults]
    folders += [default_case_folder(), Path.home()]
    for where in (
        platformdirs.user_documents_dir,
        platformdirs.user_desktop_dir,
        platformdirs.user_downloads_dir,
    ):
        try:
            folders.append(Path(where()))
        except Exception:  # a desktop without such a folder
            continue
    return list(dict.fromkeys(folders))


def tidy_up(settings: Settings) -> list[Path]:
    """At start-up (the window's and the command line's): remove what a Quietcase that was
    killed while exporting, backing up or restoring left unfinished in the folders she uses
    (a listing of each, no more). Never raises."""
    try:
        return remove_leftovers_in(folders_used(settings))
    except Exception:  # no home folder, an odd platform: tidying is never a reason to fail
        return []
