"""Promise 5: nothing plaintext reaches the disk.

A whole CLI session (create, contacts, incidents, a deadline and a request in Korean and
English with unique markers, import of photos, a note, a web page, a picture and random bytes
carrying the markers, describe, search, show, list, bin and back, verify, an encrypted backup,
a new passphrase; no export) and a whole window session under pytest-qt (create through the
welcome flow, incidents through the editor, import, search, viewer, lock), each in a child
process whose HOME, XDG directories and TMPDIR are a fresh folder. Then every file there and
in the case file's folder is read byte by byte for the markers (UTF-8, UTF-16 LE and BE, NFC
and NFD) and for slices of the evidence files' bytes: zero hits.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.reliability.reliability_session import MARKER_KO, Sessions, needles, scan, sessions
from tests.reliability.reliability_tools import files_under


@pytest.fixture(scope="module")
def done(tmp_path_factory: pytest.TempPathFactory) -> Sessions:
    return sessions(tmp_path_factory.mktemp("sessions"))


def test_the_cli_session_did_everything(done: Sessions) -> None:
    failed = [r for r in done.cli_results if r["code"] != 0]
    assert not failed, failed
    searched = [r for r in done.cli_results if r["argv"][0] == "search"]  # type: ignore[index]
    assert all("I-1" in str(r["out"]) for r in searched)


def test_the_cli_session_left_no_plaintext(done: Sessions) -> None:
    places = done.cli_places
    written = sorted(str(p.relative_to(places.root)) for p in files_under(places.root))
    print(f"\nwritten by the CLI session: {written}")
    assert "home/Documents/Quietcase/case.quietcase" in written
    assert "usb/backup.quietcase" in written
    assert scan([places.root, places.vault.parent], needles(done.sources)) == []


def test_the_window_session_left_no_plaintext(done: Sessions) -> None:
    run = done.window_run
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    places = done.window_places
    written = sorted(str(p.relative_to(places.root)) for p in files_under(places.root))
    print(f"\nwritten by the window session: {written}")
    assert "home/Documents/Quietcase/case.quietcase" in written
    assert scan([places.root, places.vault.parent], needles(done.sources)) == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path, done: Sessions) -> None:
    """A check of the check: each form of a marker, and a slice of a file, is found."""
    looking_for = needles(done.sources)
    forms = {
        "utf-8.txt": MARKER_KO.encode("utf-8"),
        "utf-16.bin": b"\xff\xfe" + MARKER_KO.encode("utf-16-le"),
        "utf-16-be.bin": MARKER_KO.encode("utf-16-be"),
        "nfd.txt": unicodedata.normalize("NFD", MARKER_KO).encode("utf-8"),
        "bytes.bin": b"head" + done.sources[-1].read_bytes()[1000:200_000] + b"tail",
    }
    for name, data in forms.items():
        (tmp_path / name).write_bytes(data)
    hits = scan([tmp_path], looking_for)
    assert {h.split(":")[0].rsplit("/", 1)[-1] for h in hits} == set(forms)
