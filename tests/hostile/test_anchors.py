"""Outside anchors (app/evidence/anchors.py): a lawyer holding an earlier bundle or printout
asks `verify --against` whether the case was rewritten since, and what changed. Real files,
a real bundle, the real command line."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from quietcase.app.case import Case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.core.errors import UserError
from quietcase.app.documents.bundle.archive import make_bundle
from quietcase.app.evidence.anchors import Anchor, anchor_from_bundle, parse_anchor
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.cli.main import main
from quietcase.storage.records import Incident
from tests.hostile.test_forged_evidence import rewrite_history
from tests.shared import PASS


def _cli(capsys: Any, clock: FixedClock, *argv: str | Path) -> tuple[int, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv], clock=clock)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out + err


@pytest.fixture
def bundled(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Case, Path]:
    """A case with two incidents and a file, and the bundle made of it then."""
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    case.journal.add_incident(Incident(title="first"))
    case.journal.add_incident(Incident(title="second"))
    source = tmp_path / "shot.png.bin"
    source.write_bytes(b"picture bytes")
    case.intake.import_paths([source], IntakeDetails(incident_ids=(1,)))
    (tmp_path / "usb").mkdir()
    bundle = tmp_path / "usb" / "bundle.zip"
    make_bundle(case, bundle)
    return case, bundle


def test_the_bundle_names_its_head_and_event(bundled: tuple[Case, Path]) -> None:
    case, bundle = bundled
    anchor = anchor_from_bundle(bundle)
    exported = [e for e in case.custody.events() if e.action == "export"][-1]
    assert anchor.head == exported.prev_hash and anchor.counter == exported.seq - 1
    with zipfile.ZipFile(bundle) as archive:
        readme = next(n for n in archive.namelist() if n.endswith("README.txt"))
        text = archive.read(readme).decode("utf-8")
    assert anchor.head in text and "--against" in text


def test_an_unchanged_case_has_nothing_since_but_the_bundle_itself(
    bundled: tuple[Case, Path], clock: FixedClock, capsys: Any
) -> None:
    case, bundle = bundled
    path = case.path
    case.close()
    report = verify_case(path, PASS, clock, against=anchor_from_bundle(bundle))
    assert report.ok and report.against is not None and report.against.found
    assert report.against.events_since >= 1  # making the bundle was recorded after it
    assert [c for c in report.against.changed if not c.startswith("exhibit")] == []


def test_changes_since_the_bundle_are_listed(
    bundled: tuple[Case, Path], clock: FixedClock, capsys: Any
) -> None:
    case, bundle = bundled
    case.journal.update_incident(replace(case.journal.incident(2), title="changed"))
    case.evidence.update(replace(case.evidence.item(1), description="새 설명"))
    case.journal.add_incident(Incident(title="third"))
    path = case.path
    case.close()
    code, out = _cli(capsys, clock, "verify", path, "--against", bundle)
    assert code == 0, out
    assert "is still the beginning of this case file's history" in out
    assert "records changed: " in out
    code, out = _cli(capsys, clock, "verify", path, "--against", bundle, "--json")
    against = json.loads(out)["against"]
    assert against["found"] is True and against["complete"] is True
    assert {"I-2", "E-1", "I-3"} <= set(against["changed"])
    assert "I-1" not in against["changed"]


def test_a_history_rewritten_since_the_bundle_is_told(
    bundled: tuple[Case, Path], clock: FixedClock, capsys: Any
) -> None:
    """Someone with the passphrase rewrites the history (the file's own checks then fail
    too); the lawyer's bundle says so on its own."""
    case, bundle = bundled
    rewrite_history(case, lambda evidence_id, action: action != "intake")
    path = case.path
    case.close()
    report = verify_case(path, PASS, clock, against=anchor_from_bundle(bundle))
    assert report.against is not None and not report.against.found
    assert not report.ok
    code, out = _cli(capsys, clock, "verify", path, "--against", bundle)
    assert code == 4


def test_another_case_files_head_is_not_found(
    bundled: tuple[Case, Path], clock: FixedClock, capsys: Any
) -> None:
    case, _ = bundled
    path = case.path
    case.close()
    code, out = _cli(capsys, clock, "verify", path, "--against", "7:" + "ab" * 32)
    assert code == 4
    assert "is NOT the beginning of this case file's history" in out
    assert "this case file is intact" in out  # the file itself is fine


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a" * 64, Anchor("a" * 64, None)),
        ("12:" + "B" * 64, Anchor("b" * 64, 12)),
        ("event 12: " + "c" * 64, Anchor("c" * 64, 12)),
    ],
)
def test_heads_as_printed_are_understood(text: str, expected: Anchor) -> None:
    assert parse_anchor(text) == expected


@pytest.mark.parametrize("text", ["", "nothing", "abc" * 10, "g" * 64])
def test_what_is_not_a_head_is_refused_kindly(text: str) -> None:
    with pytest.raises(UserError, match="is not a custody head"):
        parse_anchor(text)


def test_a_hostile_bundle_is_refused_kindly(tmp_path: Path) -> None:
    for name, content in {
        "empty.zip": b"",
        "not-json.json": b"\xff\xfe{",
        "no-head.json": json.dumps({"custody_event": 1}).encode(),
        "bad-head.json": json.dumps({"custody_event": 1, "custody_head": "x"}).encode(),
        "negative.json": json.dumps({"custody_event": -1, "custody_head": "a" * 64}).encode(),
    }.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(UserError, match="is not a Quietcase bundle"):
            anchor_from_bundle(path)
