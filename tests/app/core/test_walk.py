"""app/core/walk.py: a folder walked without following links; files opened only as listed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quietcase.app.core.walk import (
    Changed,
    Kind,
    LinkRefused,
    NotRegular,
    found_at,
    open_found,
    walk,
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("not hers to take")
    root = tmp_path / "root"
    (root / "b" / "c").mkdir(parents=True)
    (root / "a.txt").write_text("a")
    (root / "b" / "b.txt").write_text("bb")
    (root / "b" / "c" / "c.txt").write_text("ccc")
    (root / "z-link.txt").symlink_to(outside / "secret.txt")
    (root / "b" / "out").symlink_to(outside, target_is_directory=True)
    os.mkfifo(root / "pipe")
    return root


def test_every_entry_in_a_stable_order_and_no_link_followed(tree: Path) -> None:
    found = [(f.inner, f.kind) for f in walk(tree)]
    assert found == [
        ("a.txt", Kind.FILE),
        ("pipe", Kind.OTHER),
        ("z-link.txt", Kind.LINK),
        ("b/b.txt", Kind.FILE),
        ("b/out", Kind.LINK),
        ("b/c/c.txt", Kind.FILE),
    ]
    sizes = {f.inner: f.size for f in walk(tree) if f.kind is Kind.FILE}
    assert sizes == {"a.txt": 1, "b/b.txt": 2, "b/c/c.txt": 3}


def test_a_folder_can_be_left_out(tree: Path) -> None:
    found = [(f.inner, f.kind) for f in walk(tree, lambda inner: inner != "b/c")]
    assert ("b/c", Kind.FOLDER) in found
    assert "b/c/c.txt" not in [inner for inner, _ in found]


def test_the_folder_she_chose_may_be_a_link(tree: Path, tmp_path: Path) -> None:
    shortcut = tmp_path / "shortcut"
    shortcut.symlink_to(tree, target_is_directory=True)
    assert [f.inner for f in walk(shortcut) if f.kind is Kind.FILE] == [
        "a.txt",
        "b/b.txt",
        "b/c/c.txt",
    ]


def test_open_found_reads_the_file_listed(tree: Path) -> None:
    (a,) = [f for f in walk(tree) if f.inner == "a.txt"]
    fd = open_found(a)
    try:
        assert os.read(fd, 10) == b"a"
    finally:
        os.close(fd)


def test_open_found_refuses_links_pipes_and_swapped_files(tree: Path) -> None:
    by_name = {f.inner: f for f in walk(tree)}
    with pytest.raises(LinkRefused):
        open_found(by_name["z-link.txt"])
    with pytest.raises(NotRegular):
        open_found(by_name["pipe"])  # without waiting for a writer
    # The file listed is replaced by another one under the same name.
    (tree / "a.txt").rename(tree / "a-was.txt")
    (tree / "a.txt").write_text("another")
    with pytest.raises(Changed):
        open_found(by_name["a.txt"])
    # A folder on the way swapped for a link to elsewhere.
    (tree / "b").rename(tree / "b-was")
    (tree / "b").symlink_to(tree / "b-was" / "c", target_is_directory=True)
    (tree / "b-was" / "c" / "b.txt").write_text("elsewhere")
    with pytest.raises(Changed):
        open_found(by_name["b/b.txt"])


def test_found_at_does_not_follow(tree: Path) -> None:
    assert found_at(tree / "z-link.txt").kind is Kind.LINK
    assert found_at(tree / "a.txt").kind is Kind.FILE
    assert found_at(tree / "b").kind is Kind.FOLDER
    assert found_at(tree / "pipe").kind is Kind.OTHER
