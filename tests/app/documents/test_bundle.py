"""The evidence bundle: `sha256sum -c` passes inside it, the manifests say what each file is,
names are safe and unique, memory stays flat, and Cancel or damage leaves nothing behind."""

from __future__ import annotations

import csv
import hashlib
import json
import random
import shutil
import subprocess
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import Cancelled, CancelToken, Progress
from quietcase.app.documents.bundle.archive import make_bundle
from quietcase.app.documents.bundle.names import folder_name, safe_name
from quietcase.app.documents.summary.data import ReportOptions
from quietcase.app.evidence.intake import Intake, IntakeDetails
from quietcase.cli.demo import fill_demo
from quietcase.cli.main import main
from tests.shared import NOW, PASS, REAL_IMAGES

HOSTILE = [
    "../../etc/passwd",
    "con.txt",
    "a/b\\c:d*?<>|.png",
    "증거 사진 1.jpg",
    "\u202egpj.exe",
    "   .hidden  ",
    "x" * 300 + ".jpg",
    "tab\there\nnewline.txt",
]


@pytest.fixture
def evidence(case: Case) -> Case:
    if not REAL_IMAGES.is_dir():
        pytest.skip(f"the shared real photos are not at {REAL_IMAGES}")
    fill_demo(case.journal, NOW.date())
    case.intake.import_paths(
        [REAL_IMAGES / "Canon_40D.jpg", REAL_IMAGES / "gps_DSCN0010.jpg"],
        IntakeDetails(incident_ids=(2,), source_url="https://t.me/example_room_1/204"),
    )
    for n, name in enumerate(HOSTILE):
        case.intake.import_bytes(
            name, f"file {n}: {name}".encode(), IntakeDetails(incident_ids=(3 + n % 2,))
        )
    return case


def unpack(archive: Path, into: Path) -> Path:
    shutil.unpack_archive(archive, into)
    (sums,) = into.rglob("SHA256SUMS")
    return sums.parent


def outputs(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs GNU sha256sum")
def test_sha256sum_passes_inside_the_unpacked_bundle(evidence: Case, tmp_path: Path) -> None:
    out = outputs(tmp_path) / "for-counsel.zip"
    result = make_bundle(evidence, out)
    folder = unpack(out, tmp_path / "unpacked")
    assert folder.name == "for-counsel"
    check = subprocess.run(
        ["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=folder, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    listed = {line.split("  ", 1)[1] for line in (folder / "SHA256SUMS").read_text().splitlines()}
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert listed == files - {"SHA256SUMS"}
    assert {"README.txt", "case-summary.pdf", "manifest.csv", "manifest.json"} <= listed
    assert result.sha256sums == hashlib.sha256((folder / "SHA256SUMS").read_bytes()).hexdigest()
    assert result.items == len(evidence.evidence.items())


def test_files_are_the_originals_and_the_manifests_describe_them(
    evidence: Case, tmp_path: Path
) -> None:
    out = outputs(tmp_path) / "bundle.zip"
    make_bundle(evidence, out)
    folder = unpack(out, tmp_path / "unpacked")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["custody_head"] and manifest["summary"] == "case-summary.pdf"
    items = {e.id: e for e in evidence.evidence.items()}
    assert len(manifest["items"]) == len(items)
    for row in manifest["items"]:
        item = items[int(row["id"][2:])]
        data = (folder / row["bundle_path"]).read_bytes()
        assert data == b"".join(evidence.evidence.chunks(item.id))
        assert hashlib.sha256(data).hexdigest() == row["sha256"] == item.sha256
        assert row["original_name"] == item.filename and row["size"] == item.size
        assert row["incidents"] == [f"I-{i}" for i in item.incident_ids]
        assert row["added_at"] == item.added_at.isoformat()
        number = f"{row['exhibit_number']:02d}" + (
            f"-{row['exhibit_branch']}" if row["exhibit_branch"] else ""
        )
        assert row["bundle_path"].startswith(f"evidence/Exhibit-{number}_")
        assert row["exhibit"] == "Exhibit " + number.lstrip("0")
    photo = next(r for r in manifest["items"] if r["original_name"] == "Canon_40D.jpg")
    assert photo["source_url"] == "https://t.me/example_room_1/204"
    raw = (folder / "manifest.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read Korean correctly
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["sha256"] for r in rows] == [r["sha256"] for r in manifest["items"]]
    assert set(rows[0]) >= {"id", "original_name", "bundle_path", "size", "sha256", "source_url"}
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "sha256sum -c SHA256SUMS" in readme and manifest["custody_head"] in readme


def test_names_are_safe_unique_and_keep_korean(evidence: Case, tmp_path: Path) -> None:
    out = outputs(tmp_path) / "bundle.zip"
    make_bundle(evidence, out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert all(n.startswith("bundle/") and ".." not in n.split("/") for n in names)
        assert all(zf.getinfo(n).flag_bits & 0x800 or n.isascii() for n in names)
    evidence_names = [n.split("/", 2)[2] for n in names if n.startswith("bundle/evidence/")]
    assert len(set(evidence_names)) == len(evidence_names) == len(evidence.evidence.items())
    for name in evidence_names:
        assert name.startswith("Exhibit-") and not set(name) & set('/\\:*?"<>|\t\n\u202e')
        assert len(name.encode()) < 120
    assert any("증거 사진 1.jpg" in n for n in evidence_names)


def test_safe_name_examples() -> None:
    assert safe_name(12, "screenshot.png") == "E0012_screenshot.png"
    assert safe_name(1, "../../etc/passwd") == "E0001_passwd"
    assert safe_name(2, "con.txt") == "E0002_con.txt"
    assert safe_name(3, "a/b\\c:d*?.png") == "E0003_c_d.png"
    assert safe_name(4, "증거 사진.jpg") == "E0004_증거 사진.jpg"
    assert safe_name(5, "\u202egpj.exe") == "E0005_gpj.exe"
    assert safe_name(6, "noext", "image/png") == "E0006_noext.png"
    assert safe_name(7, "...", "text/plain") == "E0007_file.txt"
    assert safe_name(8, "a.png", prefix="증제03호증의1") == "증제03호증의1_a.png"
    assert safe_name(12345, "x.jpg") == "E12345_x.jpg"
    assert len(safe_name(8, "가" * 200 + ".jpg").encode()) <= 5 + 1 + 80 + 4
    assert folder_name("../") == "quietcase-bundle"


def test_selected_incidents_only(evidence: Case, tmp_path: Path) -> None:
    out = outputs(tmp_path) / "bundle.zip"
    make_bundle(evidence, out, ReportOptions(incident_ids=(2,)))
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("bundle/manifest.json"))
    expected = {f"E-{e.id}" for e in evidence.evidence.items() if 2 in e.incident_ids}
    assert {row["id"] for row in manifest["items"]} == expected


def test_one_custody_event_names_the_bundle(evidence: Case, tmp_path: Path) -> None:
    out = outputs(tmp_path) / "bundle.zip"
    before = evidence.custody.head()
    result = make_bundle(evidence, out)
    [last] = [e for e in evidence.custody.events() if e.action == "export"]
    assert "bundle.zip" in last.detail
    assert result.sha256sums in last.detail and before in last.detail
    assert evidence.custody.check().ok
    assert any("GPS" in str(n) for n in result.notices)
    gps = next(n.text() for n in result.notices if "GPS" in n.text())
    assert gps.startswith("One of the photos in the bundle records where it was taken")
    assert any("not encrypted" in str(n) for n in result.notices)


def test_never_overwrites(evidence: Case, tmp_path: Path) -> None:
    out = outputs(tmp_path) / "bundle.zip"
    out.write_bytes(b"hers")
    with pytest.raises(UserError, match="already exists"):
        make_bundle(evidence, out)
    assert out.read_bytes() == b"hers"


def test_cancel_leaves_no_file_and_no_temporary_file(evidence: Case, tmp_path: Path) -> None:
    folder = outputs(tmp_path)
    token = CancelToken()
    calls: list[Progress] = []

    def progress(p: Progress) -> None:
        calls.append(p)
        if p.items_done >= 3:
            token.cancel()

    events = len(list(evidence.custody.events()))
    with pytest.raises(Cancelled):
        make_bundle(evidence, folder / "bundle.zip", progress=progress, cancel=token)
    assert list(folder.iterdir()) == []
    assert len(list(evidence.custody.events())) == events


def test_damaged_evidence_stops_the_bundle_and_leaves_nothing(
    evidence: Case, tmp_path: Path
) -> None:
    item = evidence.evidence.items()[0]
    blob = evidence.vault.query_one("SELECT blob_id FROM evidence WHERE id = ?", (item.id,))
    assert blob is not None
    evidence.vault.execute(
        "UPDATE blob_chunk SET data = ? WHERE blob_id = ? AND seq = 0", (b"tampered", blob[0])
    )
    folder = outputs(tmp_path)
    with pytest.raises(UserError, match="no longer match") as raised:
        make_bundle(evidence, folder / "bundle.zip")
    assert raised.value.exit_code == 4
    assert list(folder.iterdir()) == []


def test_memory_stays_flat_while_streaming(case: Case, tmp_path: Path) -> None:
    size = 48 * 1024 * 1024
    source = tmp_path / "big.bin"
    rng = random.Random(1)
    with source.open("wb") as fh:
        for _ in range(size // (1 << 20)):
            fh.write(rng.randbytes(1 << 20))
    Intake(case.vault, case.clock).import_paths([source])
    source.unlink()
    tracemalloc.start()
    try:
        make_bundle(case, outputs(tmp_path) / "big.zip")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB for a 48 MiB file"
    with zipfile.ZipFile(outputs(tmp_path) / "big.zip") as zf:
        info = zf.getinfo("big/evidence/Exhibit-01_big.bin")
        assert info.file_size == size and info.compress_type == zipfile.ZIP_STORED


def test_cli_bundle(
    evidence: Case,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    evidence.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    out = outputs(tmp_path) / "bundle.zip"
    assert main(["bundle", str(vault_path), str(out), "--incident", "I-2", "--language", "ko"]) == 0
    captured = capsys.readouterr()
    assert "not encrypted" in captured.err and "GPS" in captured.err
    assert "SHA256SUMS" in captured.out
    with zipfile.ZipFile(out) as zf:
        assert "증거 묶음" in zf.read("bundle/README.txt").decode("utf-8")
    assert main(["bundle", str(vault_path), str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
