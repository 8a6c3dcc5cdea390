"""app/core/unfinished.py: unfinished files are made 0600, locked while written, and removed
only when nobody holds them (left by a Quietcase that did not finish)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quietcase.app.core.unfinished import (
    Claim,
    new_partial,
    partial_name,
    remove_leftovers,
    remove_leftovers_in,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock: POSIX")


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def left_by_a_dead_process(target: Path, *suffixes: str) -> list[Path]:
    """An unfinished file (and its companions) made and locked by a process that then died."""
    partial = partial_name(target)
    made = [partial.with_name(partial.name + s) for s in ("", *suffixes)]
    script = (
        "import fcntl, os, sys\n"
        "for p in sys.argv[1:]:\n"
        "    fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)\n"
        "    fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "    os.write(fd, b'her evidence')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, *map(str, made)], check=True)
    return made


def test_the_partial_name_is_hidden_unique_and_unfinished(tmp_path: Path) -> None:
    target = tmp_path / "for-counsel.zip"
    a, b = partial_name(target), partial_name(target)
    assert a != b and a.parent == tmp_path
    assert a.name.startswith(".for-counsel.zip.") and a.name.endswith(".incomplete")


def test_a_new_partial_is_hers_alone_and_kept_while_held(tmp_path: Path) -> None:
    partial, fd = new_partial(tmp_path / "copy.png")
    try:
        assert os.stat(partial).st_mode & 0o777 == 0o600
        assert remove_leftovers(tmp_path) == []  # held: being written
        assert partial.exists()
    finally:
        os.close(fd)
    assert remove_leftovers(tmp_path) == [partial]  # nobody holds it now
    assert names(tmp_path) == []


def test_a_claim_keeps_a_case_file_being_written_and_goes_with_it(tmp_path: Path) -> None:
    partial = partial_name(tmp_path / "quietcase-backup.quietcase")
    claim = Claim(partial)
    partial.write_bytes(b"pages")
    journal = partial.with_name(partial.name + "-journal")
    journal.write_bytes(b"journal")
    assert claim.path.name == partial.name + ".writing"
    assert os.stat(claim.path).st_mode & 0o777 == 0o600
    assert remove_leftovers(tmp_path) == []
    claim.release()
    assert not claim.path.exists()
    claim.release()  # twice is fine
    # The case file and journal, unclaimed now, are leftovers.
    assert sorted(p.name for p in remove_leftovers(tmp_path)) == sorted(
        [partial.name, journal.name]
    )


def test_what_a_dead_process_left_is_removed_with_its_companions(tmp_path: Path) -> None:
    made = left_by_a_dead_process(tmp_path / "backup.quietcase", ".writing", "-journal", ".lock")
    (tmp_path / "keep.txt").write_text("hers")
    assert sorted(remove_leftovers(tmp_path)) == sorted(made)
    assert names(tmp_path) == ["keep.txt"]


def test_only_our_own_leftovers_are_touched(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("hers")
    # Names that are not ours, a folder and a link that look like leftovers.
    for name in (".notes.incomplete", "report.pdf.1234abcd.incomplete", ".x.zzzzzzzz.incomplete"):
        (tmp_path / name).write_text("keep")
    looks = tmp_path / ".a.pdf.0123abcd.incomplete"
    looks.mkdir()
    link = tmp_path / ".b.pdf.0123abcd.incomplete"
    link.symlink_to(precious)
    assert remove_leftovers(tmp_path) == []
    assert precious.read_text() == "hers" and looks.is_dir() and link.is_symlink()
    assert len(names(tmp_path)) == 6


def test_a_missing_folder_is_no_trouble(tmp_path: Path) -> None:
    assert remove_leftovers(tmp_path / "gone") == []
    made = left_by_a_dead_process(tmp_path / "a.pdf")
    assert remove_leftovers_in([tmp_path / "gone", tmp_path, tmp_path]) == made
