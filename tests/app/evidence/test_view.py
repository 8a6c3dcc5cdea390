"""Evidence as the window lists it: kinds, filters, previews, bytes for the viewer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.app.evidence.media_type import media_kind
from quietcase.app.evidence.view import (
    EvidenceFilter,
    details,
    evidence_entries,
    original_bytes,
    previews,
    tags,
    text_for_viewing,
)
from quietcase.app.unlock.attempts import AttemptLog
from quietcase.app.unlock.keychain import availability
from quietcase.storage.records import Incident
from tests.shared import NEEDS_REAL_IMAGES, REAL_IMAGES


@pytest.mark.parametrize(
    ("media", "kind"),
    [
        ("image/jpeg", "image"),
        ("application/pdf", "pdf"),
        ("text/html; charset=utf-8", "text"),
        ("application/json", "text"),
        ("video/mp4", "video"),
        ("audio/mpeg", "audio"),
        ("application/ogg", "audio"),
        ("application/zip", "other"),
    ],
)
def test_media_kinds(media: str, kind: str) -> None:
    assert media_kind(media) == kind


@NEEDS_REAL_IMAGES
def test_entries_filters_and_previews(case: Case, tmp_path: Path) -> None:
    incident = case.journal.add_incident(Incident(title="Room"))
    notes = tmp_path / "notes.txt"
    notes.write_text("the room had 300 members")
    case.intake.import_paths(
        [REAL_IMAGES / "gps_DSCN0010.jpg", notes],
        IntakeDetails(tags=("deepfake",), incident_ids=(incident.id,)),
    )
    entries = evidence_entries(case)
    assert [e.kind for e in entries] == ["image", "text"]
    photo, text = entries
    assert photo.has_preview and photo.has_gps and not text.has_preview
    assert photo.incident_titles == ("Room",)
    assert tags(entries) == ["deepfake"]
    assert not EvidenceFilter().active
    assert [e.id for e in entries if EvidenceFilter(kind="text").matches(e)] == [text.id]
    assert all(EvidenceFilter(incident_id=incident.id).matches(e) for e in entries)
    assert not EvidenceFilter(incident_id=incident.id + 1).matches(photo)
    assert EvidenceFilter(tag="DEEPFAKE").matches(photo)
    assert EvidenceFilter(text="300 members").matches(text) is False  # contents not searched
    assert EvidenceFilter(text="notes").matches(text)
    assert EvidenceFilter(text="room").matches(photo)  # the incident's title
    today = case.clock.now().astimezone().date()
    assert EvidenceFilter(added_from=today, added_until=today).matches(photo)
    assert not EvidenceFilter(added_from=date(today.year + 1, 1, 1)).matches(photo)

    blurred = previews(case, [photo.id, text.id])
    sharp = previews(case, [photo.id], sharp=True)
    assert set(blurred) == {photo.id} and blurred[photo.id] != sharp[photo.id]
    assert previews(case, []) == {}
    found = details(case, photo.id)
    assert found.image is not None and found.image.has_gps
    data = original_bytes(case, photo.id)
    assert data == (REAL_IMAGES / "gps_DSCN0010.jpg").read_bytes()
    with pytest.raises(UserError, match="too large to show"):
        original_bytes(case, photo.id, limit=10)
    case.evidence.to_bin(text.id)
    assert [e.id for e in evidence_entries(case, binned=True)] == [text.id]


def test_text_for_viewing_is_plain_and_cut() -> None:
    assert text_for_viewing("<b>hé</b>".encode()) == ("<b>hé</b>", False)
    shown, cut = text_for_viewing(b"abcdef", limit=3)
    assert (shown, cut) == ("abc", True)
    assert text_for_viewing(b"\xff\xfe")[0] == "\ufffd\ufffd"


def test_attempt_log_keeps_times_and_counts_only(tmp_path: Path, case: Case) -> None:
    log = AttemptLog(tmp_path)
    vault = tmp_path / "secret-name.quietcase"
    first = log.opened(vault, case.clock.now())
    assert first.last_opened is None and first.failed == 0
    log.failed(vault, case.clock.now())
    log.failed(vault, case.clock.now())
    assert "secret-name" not in log.path.read_text()
    since = log.opened(vault, case.clock.now())
    assert since.failed == 2 and len(since.failed_at) == 2
    assert since.last_opened == case.clock.now()
    assert log.opened(vault, case.clock.now()).failed == 0
    log.path.write_text("not json")
    assert log.opened(vault, case.clock.now()).failed == 0  # a damaged file is forgotten


def test_her_own_typo_just_before_her_unlock_is_not_told_as_someone_elses(
    tmp_path: Path,
) -> None:
    log = AttemptLog(tmp_path)
    vault = tmp_path / "case.quietcase"
    t0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    log.opened(vault, t0)
    stranger = t0 + timedelta(hours=3)
    log.failed(vault, stranger)  # someone, hours before
    typo = t0 + timedelta(hours=5)
    log.failed(vault, typo)  # her own, 20 s before her unlock
    since = log.opened(vault, typo + timedelta(seconds=20), own=(typo,))
    assert since.failed == 1 and since.failed_at == (stranger,)
    old_typo = typo + timedelta(minutes=10)
    log.failed(vault, old_typo)  # a wrong try of this sitting, but 5 minutes before: told
    since = log.opened(vault, old_typo + timedelta(minutes=5), own=(old_typo,))
    assert since.failed == 1
    history = log.history(vault)  # everything stays in the history, newest first
    assert [h.what for h in history] == ["opened", "wrong", "opened", "wrong", "wrong", "opened"]
    assert history[-1].at == t0 and history[2].at == typo + timedelta(seconds=20)


def test_quick_unlock_needs_a_real_keychain() -> None:
    found = availability()
    if not found.available:
        assert "never keeps your passphrase" in found.reason or "did not answer" in found.reason
    else:
        assert found.backend


def test_remove_originals_checks_both_copies(case: Case, tmp_path: Path) -> None:
    from quietcase.app.evidence.view import remove_originals

    same, changed = tmp_path / "a.txt", tmp_path / "b.txt"
    same.write_text("kept inside")
    changed.write_text("will change")
    report = case.intake.import_paths([same, changed])
    pairs = [(i.source, i.evidence.id) for i in report.imported]
    changed.write_text("changed since")
    result = remove_originals(case, [*pairs, (str(tmp_path / "gone.txt"), pairs[0][1])])
    assert result.removed == (str(same),)
    assert set(result.kept) == {str(changed), str(tmp_path / "gone.txt")}
    assert not same.exists() and changed.exists()


def test_entries_carry_the_exhibit_number_of_every_document(case: Case) -> None:
    from quietcase.app.documents import exhibits

    first = case.journal.add_incident(Incident(title="First"))
    a = case.intake.import_bytes("a.png", b"a", IntakeDetails(incident_ids=(first.id,)))
    b = case.intake.import_bytes("b.png", b"b", IntakeDetails())
    entries = {e.id: e for e in evidence_entries(case)}
    planned = exhibits.numbers(case, case.evidence.items(), case.journal.incidents())
    assert entries[a.evidence.id].exhibit == planned[a.evidence.id]
    assert entries[b.evidence.id].exhibit == planned[b.evidence.id]
    assert exhibits.label(planned[a.evidence.id], korean=False) == "Exhibit 1"
    assert all(e.exhibit is None for e in evidence_entries(case, binned=True))
