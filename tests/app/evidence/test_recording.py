"""Recording what happened with its screenshots: the incident and what she added, as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.core.progress import CancelToken, Progress
from quietcase.app.evidence import recording
from quietcase.app.evidence.custody import RECORDS
from quietcase.app.evidence.recording import Adding
from quietcase.storage.records import Incident
from tests.shared import NEEDS_REAL_IMAGES, REAL_IMAGES

pytestmark = NEEDS_REAL_IMAGES


def _records_events(case: Case) -> list[str]:
    return [e.detail for e in case.custody.events() if e.action == RECORDS]


def test_the_incident_and_its_pictures_are_one_transaction(case: Case, tmp_path: Path) -> None:
    photo = REAL_IMAGES / "Canon_40D.jpg"
    pasted = (REAL_IMAGES / "Nikon_D70.jpg").read_bytes()
    before = _records_events(case)
    seen: list[Progress] = []
    done = recording.record(
        case,
        Incident(title="방에 올라온 사진"),
        adding=[
            Adding(name="Pasted screenshot.png", data=pasted, captured_by="me"),
            Adding(name=photo.name, path=str(photo), shows="the post"),
        ],
        progress=seen.append,
    )
    items = sorted(case.evidence.items(), key=lambda e: e.id)
    assert [e.incident_ids for e in items] == [(done.incident.id,)] * 2
    assert [(e.captured_by, e.shows) for e in items] == [("me", ""), ("", "the post")]
    after = _records_events(case)
    assert len(after) == len(before) + 1  # one commit for the incident and both items
    assert f"I-{done.incident.id}" in after[-1] and f"E-{items[1].id}" in after[-1]
    assert seen[-1].items_done == seen[-1].items_total == 2


def test_cancel_keeps_nothing_at_all(case: Case, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(UserError, match="nothing was saved"):
        recording.record(
            case,
            Incident(title="stopped"),
            adding=[Adding(name="a.jpg", path=str(REAL_IMAGES / "Canon_40D.jpg"))],
            cancel=token,
        )
    assert case.journal.incidents() == []
    assert case.evidence.items() == []


def test_a_file_that_is_gone_is_reported_and_the_rest_kept(case: Case, tmp_path: Path) -> None:
    done = recording.record(
        case,
        Incident(title="one missing"),
        adding=[
            Adding(name="gone.png", path=str(tmp_path / "gone.png")),
            Adding(name="p.jpg", data=(REAL_IMAGES / "Canon_40D.jpg").read_bytes()),
        ],
    )
    assert len(done.report.problems) == 1
    assert [e.incident_ids for e in case.evidence.items()] == [(done.incident.id,)]


def test_previews_of_what_is_not_saved_yet(tmp_path: Path) -> None:
    photo = REAL_IMAGES / "Canon_40D.jpg"
    blurred = recording.preview(Adding(name=photo.name, path=str(photo)))
    sharp = recording.preview(Adding(name=photo.name, data=photo.read_bytes()), sharp=True)
    assert blurred and sharp and blurred != sharp
    note = tmp_path / "note.txt"
    note.write_text("not a picture")
    assert recording.preview(Adding(name=note.name, path=str(note))) is None
    assert recording.preview(Adding(name="x", path=str(tmp_path / "missing.png"))) is None
