"""Preferences: paths only, clearable, can be turned off, safe against a damaged file."""

from __future__ import annotations

import json
from pathlib import Path

from quietcase.app.settings import (
    MAX_RECENT,
    Settings,
    SettingsStore,
    default_case_folder,
    folders_used,
    restored_path,
    suggested_path,
)


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path / "nowhere").load()
    assert settings == Settings()
    assert settings.last_vault is None
    assert settings.auto_lock_minutes == 5
    assert settings.reveal_images is False and settings.hide_key == "shift3"


def test_recent_files_round_trip_newest_first(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    settings = store.load()
    for n in range(MAX_RECENT + 2):
        settings.remember(tmp_path / f"case{n}.quietcase")
    settings.remember(tmp_path / "case3.quietcase")
    assert store.save(settings)
    again = store.load()
    assert again.recent_vaults[0] == str(tmp_path / "case3.quietcase")
    assert len(again.recent_vaults) == MAX_RECENT
    assert len(set(again.recent_vaults)) == MAX_RECENT
    assert again.last_vault == tmp_path / "case3.quietcase"


def test_the_file_holds_only_paths_and_preferences(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    settings = Settings()
    settings.remember("/home/her/Documents/Quietcase/case.quietcase")
    store.save(settings)
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert set(data) == {
        "recent_vaults",
        "remember_recent",
        "language",
        "auto_lock_minutes",
        "hide_key",
        "discreet_title",
        "reveal_images",
        "clipboard_seconds",
        "show_private_notes",
        "quick_unlock",
        "quick_unlock_entries",
        "window_geometry",
        "backup_reminder_days",
        "backup_snoozed_until",
        "text_size",
        "theme",
    }
    assert not list(tmp_path.glob("*.new"))


def test_turning_the_list_off_empties_it_and_keeps_it_empty(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    settings = Settings()
    settings.remember("/a.quietcase")
    settings.set_remember_recent(False)
    assert settings.recent_vaults == []
    settings.remember("/b.quietcase")
    assert settings.recent_vaults == []
    store.save(settings)
    assert store.load().recent_vaults == []
    settings.set_remember_recent(True)
    settings.remember("/c.quietcase")
    settings.forget_recent()
    assert settings.recent_vaults == []


def test_a_damaged_or_hand_edited_file_falls_back_to_defaults(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.path.write_text("{not json", encoding="utf-8")
    assert store.load() == Settings()
    store.path.write_text("[1, 2]", encoding="utf-8")
    assert store.load() == Settings()
    store.path.write_text(
        json.dumps(
            {
                "recent_vaults": ["/ok.quietcase", 3],
                "remember_recent": "yes",
                "language": "fr",
                "auto_lock_minutes": True,
                "unknown": 1,
            }
        ),
        encoding="utf-8",
    )
    assert store.load() == Settings()
    store.path.write_text(json.dumps({"language": "ko", "auto_lock_minutes": 5}), "utf-8")
    loaded = store.load()
    assert (loaded.language, loaded.auto_lock_minutes) == ("ko", 5)


def test_the_text_size_is_one_of_the_offered_ones(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    for wrong in (300, 0, True, "150", 150.0, None):
        store.path.write_text(json.dumps({"text_size": wrong}), "utf-8")
        assert store.load().text_size == 100, wrong
    settings = Settings(text_size=200)
    store.save(settings)
    assert store.load().text_size == 200


def test_an_unwritable_folder_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert SettingsStore(blocker / "sub").save(Settings()) is False


def test_new_case_files_are_suggested_in_documents() -> None:
    assert default_case_folder().name == "Quietcase"


def test_new_settings_round_trip_and_bad_values_fall_back(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    settings = Settings(hide_key="f12", discreet_title="Notes", reveal_images=True)
    settings.clipboard_seconds = 60
    store.save(settings)
    again = store.load()
    assert (again.hide_key, again.discreet_title, again.reveal_images) == ("f12", "Notes", True)
    assert again.clipboard_seconds == 60
    store.path.write_text(
        json.dumps(
            {
                "hide_key": "escape",
                "discreet_title": "x" * 200,
                "clipboard_seconds": 0,
                "reveal_images": "yes",
            }
        ),
        encoding="utf-8",
    )
    fallback = store.load()
    assert (fallback.hide_key, fallback.discreet_title) == ("shift3", "")
    assert (fallback.clipboard_seconds, fallback.reveal_images) == (30, False)


def test_suggested_names_never_take_an_existing_file(tmp_path: Path) -> None:
    assert suggested_path(tmp_path) == tmp_path / "case.quietcase"
    (tmp_path / "case.quietcase").write_bytes(b"")
    (tmp_path / "case-2.quietcase").write_bytes(b"")
    assert suggested_path(tmp_path) == tmp_path / "case-3.quietcase"
    assert restored_path(tmp_path) == tmp_path / "case-restored.quietcase"
    (tmp_path / "case-restored.quietcase").write_bytes(b"")
    assert restored_path(tmp_path) == tmp_path / "case-restored-2.quietcase"


def test_quick_unlock_entries_are_names_not_paths(tmp_path: Path) -> None:
    from quietcase.app.unlock import keychain

    store = SettingsStore(tmp_path)
    settings = Settings()
    entry = keychain.account(Path("/home/her/Documents/Quietcase/case.quietcase"))
    settings.set_quick_unlock_entry(entry, True)
    store.save(settings)
    text = store.path.read_text(encoding="utf-8")
    assert entry in text and "case.quietcase" not in text
    loaded = store.load()
    assert loaded.quick_unlock_entries == [entry]
    loaded.set_quick_unlock_entry(entry, False)
    assert loaded.quick_unlock_entries == []


def test_the_file_is_hers_alone(tmp_path: Path) -> None:
    """It names her case files: 0600, in a 0700 folder, never `.new` left beside it."""
    folder = tmp_path / "config" / "Quietcase"
    store = SettingsStore(folder)
    settings = Settings()
    settings.remember(tmp_path / "case.quietcase")
    assert store.save(settings)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert store.path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == ["settings.json"]


def test_the_folders_she_uses_are_known_without_unlocking(tmp_path: Path) -> None:
    settings = Settings()
    settings.remember(tmp_path / "usb" / "case.quietcase")
    settings.remember(tmp_path / "usb" / "other.quietcase")
    folders = folders_used(settings)
    assert folders[0] == tmp_path / "usb"
    assert len(folders) == len(set(folders))
    assert default_case_folder() in folders and Path.home() in folders


def test_a_snoozed_reminder_day_must_be_a_day(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    for value, kept in (("2026-12-10", "2026-12-10"), ("soon", ""), ("2026-1-1", ""), (3, "")):
        store.path.write_text(json.dumps({"backup_snoozed_until": value}), encoding="utf-8")
        assert store.load().backup_snoozed_until == kept
