"""Writing plaintext out safely: warnings (not encrypted, cloud, shared), the temporary name in
the destination, never overwriting, and nothing left behind on any error."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled
from quietcase.app.documents.safe_export import (
    CLOUD_FOLDER,
    NOT_ENCRYPTED_BUNDLE,
    NOT_ENCRYPTED_PDF,
    SHARED_FOLDER,
    Notice,
    cloud_service,
    destination_notices,
    is_shared,
    new_file,
)
from tests.app.core.test_unfinished import left_by_a_dead_process


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home" / "me"
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize(
    ("relative", "service"),
    [
        ("OneDrive/Documents", "OneDrive"),
        ("OneDrive - Contoso Ltd/Case", "OneDrive"),
        ("Dropbox/lawyer", "Dropbox"),
        ("Dropbox (Personal)", "Dropbox"),
        ("Google Drive/My Drive", "Google Drive"),
        ("Library/CloudStorage/GoogleDrive-me@example.com/My Drive", "Google Drive"),
        ("Library/CloudStorage/OneDrive-Personal", "OneDrive"),
        ("Library/Mobile Documents/com~apple~CloudDocs/Case", "iCloud Drive"),
        ("iCloudDrive/Case", "iCloud Drive"),
        ("NAVER MYBOX/사건", "Naver MYBOX"),
    ],
)
def test_cloud_folders_by_their_usual_names(home: Path, relative: str, service: str) -> None:
    assert cloud_service(home / relative, home=home, environ={}) == service


def test_ordinary_folders_are_not_cloud(home: Path) -> None:
    for folder in (home / "Documents", home / "Desktop", Path("/media/usb"), home):
        assert cloud_service(folder, home=home, environ={}) is None


def test_onedrive_from_the_environment_and_dropbox_from_its_info_file(
    home: Path, tmp_path: Path
) -> None:
    business = tmp_path / "D" / "Work files"
    assert cloud_service(business / "x", home=home, environ={"OneDrive": str(business)}) == (
        "OneDrive"
    )
    elsewhere = tmp_path / "data" / "synced"
    (home / ".dropbox").mkdir()
    (home / ".dropbox" / "info.json").write_text(json.dumps({"personal": {"path": str(elsewhere)}}))
    assert cloud_service(elsewhere / "case", home=home, environ={}) == "Dropbox"


def test_icloud_desktop_and_documents_when_that_sync_is_on(home: Path) -> None:
    assert cloud_service(home / "Documents", home=home, environ={}) is None
    (home / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "Documents").mkdir(
        parents=True
    )
    assert cloud_service(home / "Documents" / "case", home=home, environ={}) == "iCloud Drive"
    assert cloud_service(home / "Desktop", home=home, environ={}) == "iCloud Drive"


def test_shared_and_network_folders(home: Path, tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/team nfs4 rw 0 0\n"
        "//nas/share /mnt/nas\\040box cifs rw 0 0\n"
        "/dev/sdb1 /media/usb vfat rw 0 0\n"
    )
    assert is_shared(home / "Public", home=home, mounts=mounts)
    assert is_shared(Path("//server/share/case"), home=home, mounts=mounts)
    assert is_shared(Path("/mnt/team/cases"), home=home, mounts=mounts)
    assert is_shared(Path("/mnt/nas box/x"), home=home, mounts=mounts)
    assert not is_shared(Path("/media/usb"), home=home, mounts=mounts)
    assert not is_shared(home / "Documents", home=home, mounts=mounts)


def test_notices_before_writing(home: Path) -> None:
    plain = destination_notices(home / "Dropbox" / "a.pdf", encrypted=False, home=home, environ={})
    assert [n.template for n in plain] == [NOT_ENCRYPTED_PDF, CLOUD_FOLDER]
    assert "Dropbox" in str(plain[1]) and str(home / "Dropbox") in str(plain[1])
    locked = destination_notices(home / "usb.pdf", encrypted=True, home=home, environ={})
    assert locked == []
    bundle = destination_notices(
        home / "Public" / "b.zip", encrypted=False, bundle=True, home=home, environ={}
    )
    assert [n.template for n in bundle] == [NOT_ENCRYPTED_BUNDLE, SHARED_FOLDER]


def test_notice_is_translated_before_it_is_filled_in() -> None:
    notice = Notice(CLOUD_FOLDER, {"folder": "D:/Dropbox", "service": "Dropbox"})

    def translate(context: str, text: str) -> str:
        assert context == "Quietcase" and text == CLOUD_FOLDER
        return "{folder}은(는) {service}와 동기화됩니다."

    assert notice.text(translate) == "D:/Dropbox은(는) Dropbox와 동기화됩니다."


def test_new_file_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    with new_file(target) as file:
        file.handle.write(b"%PDF-1.4 ...")
        partials = [p for p in tmp_path.iterdir()]
        assert len(partials) == 1 and partials[0].name.startswith(".summary.pdf.")
        assert partials[0].name.endswith(".incomplete")
        assert not target.exists()
    assert target.read_bytes() == b"%PDF-1.4 ..."
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


@pytest.mark.parametrize("error", [Cancelled(), RuntimeError("boom"), KeyboardInterrupt()])
def test_any_error_leaves_nothing(tmp_path: Path, error: BaseException) -> None:
    with pytest.raises(type(error)):
        with new_file(tmp_path / "summary.pdf") as file:
            file.handle.write(b"half")
            raise error
    assert list(tmp_path.iterdir()) == []


def test_an_error_after_placing_removes_the_placed_file(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        with new_file(tmp_path / "summary.pdf") as file:
            file.handle.write(b"whole")
            file.place()
            raise RuntimeError("the custody event could not be saved")
    assert list(tmp_path.iterdir()) == []


def test_never_overwrites_even_when_a_file_appears_meanwhile(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"hers")
    with pytest.raises(UserError, match="already exists"):
        with new_file(target):
            pass
    target.unlink()
    with pytest.raises(UserError, match="already exists"):
        with new_file(target) as file:
            file.handle.write(b"ours")
            target.write_bytes(b"hers, just now")
    assert target.read_bytes() == b"hers, just now"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_missing_folder_and_disk_full_are_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(UserError, match="does not exist"):
        with new_file(tmp_path / "gone" / "summary.pdf"):
            pass

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError, match="not enough space"):
        with new_file(tmp_path / "summary.pdf") as file:
            file.handle.write(b"x")
    assert list(tmp_path.iterdir()) == []


def test_new_file_first_removes_what_killed_exports_left(tmp_path: Path) -> None:
    left = left_by_a_dead_process(tmp_path / "bundle.zip")
    left += left_by_a_dead_process(tmp_path / "backup.quietcase", ".writing", "-journal")
    (tmp_path / "hers.txt").write_text("hers")
    with new_file(tmp_path / "summary.pdf") as first:
        first.handle.write(b"%PDF")
        # A second export into the same folder meanwhile leaves the first one's file alone.
        with new_file(tmp_path / "other.pdf") as second:
            second.handle.write(b"%PDF")
        assert first.partial.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hers.txt", "other.pdf", "summary.pdf"]
    assert not any(p.exists() for p in left)
