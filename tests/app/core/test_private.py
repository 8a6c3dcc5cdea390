"""app/core/private.py: her small files outside the case, 0600 in a 0700 folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from quietcase.app.core.private import read_private, write_private

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


def test_written_whole_and_private_even_with_a_loose_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        path = tmp_path / "config" / "Quietcase" / "settings.json"
        write_private(path, '{"language": "ko"}')
    finally:
        os.umask(old)
    assert path.read_text() == '{"language": "ko"}'
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


def test_a_leftover_new_file_and_a_loose_folder_are_put_right(tmp_path: Path) -> None:
    folder = tmp_path / "Quietcase"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    leftover = folder / "settings.json.new"
    leftover.write_text("half")
    leftover.chmod(0o644)
    write_private(folder / "settings.json", "{}")
    assert mode(folder) == 0o700 and mode(folder / "settings.json") == 0o600
    assert not leftover.exists()


def test_reading_tightens_what_an_older_version_wrote(tmp_path: Path) -> None:
    folder = tmp_path / "Quietcase"
    folder.mkdir()
    folder.chmod(0o755)
    path = folder / "unlock-attempts.json"
    path.write_text("{}")
    path.chmod(0o644)
    assert read_private(path) == "{}"
    assert mode(folder) == 0o700 and mode(path) == 0o600


def test_never_written_through_a_link(tmp_path: Path) -> None:
    folder = tmp_path / "Quietcase"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere.txt"
    (folder / "settings.json.new").symlink_to(elsewhere)
    with pytest.raises(OSError):
        write_private(folder / "settings.json", "{}")
    assert not elsewhere.exists()
