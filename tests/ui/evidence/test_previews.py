"""Poster frames for videos and first pages for PDFs in the gallery: made from memory by the
window after intake and, for items added before (or by the command line), by a background
catch-up; stored and blurred like a photo's, without a custody event."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.view import details
from quietcase.ui.evidence.model import BLURRED_ROLE
from quietcase.ui.evidence.previews import first_page
from quietcase.ui.main_window import MainWindow
from tests.reliability.reliability_session import needles, scan
from tests.shared import PASS
from tests.ui.evidence.helpers import WindowAt, import_files, nothing_written, opened

MEDIA = Path(__file__).parents[2] / "fixtures" / "media"


def _pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", 40)
    pdf.drawString(72, 720, "A reply")
    pdf.rect(72, 100, 300, 300, fill=1)
    pdf.save()
    return path


def _previewed(window: MainWindow) -> dict[str, bool]:
    return {e.evidence.filename: e.has_preview for e in window.case_view.evidence_actions.active}


def _events(window: MainWindow) -> int:
    found: list[int] = []
    window.session.run(lambda c: len(list(c.custody.events())), found.append)
    return found[0]


def test_items_added_before_get_previews_in_the_background(
    window_at: WindowAt,
    vault_path: Path,
    tmp_path: Path,
    clock: FixedClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    files = [_pdf(sources / "reply.pdf"), *(MEDIA / n for n in ("clip.mp4", "voice.m4a"))]
    case = open_case(vault_path, PASS, clock)  # as the command line adds them: no previews
    case.intake.import_paths(files)
    events = len(list(case.custody.events()))
    case.close()

    home, runtime = tmp_path / "home", tmp_path / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))  # as on her desktop (libpulse's)
    with nothing_written(home):  # and nothing in the temporary folder
        window = opened(window_at, vault_path)
        qtbot.waitUntil(
            lambda: _previewed(window) == {"reply.pdf": True, "clip.mp4": True, "voice.m4a": False},
            timeout=20_000,
        )
    # The plaintext scan: beside the case file (its settings, its lock) and in her home,
    # no slice of the files drawn from.
    hits = scan([tmp_path], needles(files))
    assert [h for h in hits if not h.startswith(str(sources))] == []
    assert not window.case_view.evidence_actions.previews.running
    assert _events(window) == events  # derived data: no custody event

    model = window.case_view.evidence.model
    for row in range(model.rowCount()):
        entry = model.record_at(row)
        assert model.data(model.index(row, 0), BLURRED_ROLE) == entry.has_preview


def test_an_item_added_in_the_window_gets_its_poster(
    window_at: WindowAt, vault_path: Path, qtbot: QtBot
) -> None:
    window = opened(window_at, vault_path)
    import_files(window, [MEDIA / "clip.webm", MEDIA / "voice.opus"])
    qtbot.waitUntil(
        lambda: _previewed(window) == {"clip.webm": True, "voice.opus": False}, timeout=20_000
    )
    found: list[object] = []
    clip = next(e.id for e in window.case_view.evidence_actions.active if e.kind == "video")
    window.session.run(lambda c: c.evidence.image(clip), found.append)
    info = found[0]
    assert info is not None and (info.width, info.height) == (96, 64)  # type: ignore[attr-defined]


def test_a_lock_stops_the_catch_up(window_at: WindowAt, vault_path: Path, qtbot: QtBot) -> None:
    window = opened(window_at, vault_path)
    catch_up = window.case_view.evidence_actions.previews
    import_files(window, [MEDIA / "clip.mp4"])
    window.lock()
    assert not catch_up.running
    qtbot.wait(200)  # a poster on its way is dropped, not stored into a closed case


def test_a_damaged_or_locked_pdf_has_no_page(tmp_path: Path) -> None:
    assert first_page(b"%PDF-1.4\n garbage") is None
    page = first_page(_pdf(tmp_path / "reply.pdf").read_bytes())
    assert page is not None and max(page.width(), page.height()) == 512
    assert page.pixelColor(2, 2).name() == "#ffffff"  # drawn on white, not transparent


def test_sound_typed_as_video_by_an_older_quietcase_is_shown_as_sound(
    window_at: WindowAt,
    vault_path: Path,
    clock: FixedClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An `.m4a` added before its kind was read from its tracks was typed video/mp4. Its record
    keeps that type (changing it would be a change to her record); the catch-up finds no
    picture in it, and the page calls it sound."""
    import quietcase.app.evidence.intake as intake

    with monkeypatch.context() as older:
        older.setattr(intake, "sniff", lambda head, name="": "video/mp4")
        case = open_case(vault_path, PASS, clock)
        case.intake.import_paths([MEDIA / "voice.m4a"])
        events = len(list(case.custody.events()))
        case.close()
    window = opened(window_at, vault_path)
    actions = window.case_view.evidence_actions
    qtbot.waitUntil(lambda: [e.kind for e in actions.active] == ["audio"], timeout=20_000)
    assert actions.active[0].evidence.media_type == "video/mp4"
    assert not actions.active[0].has_preview
    assert _events(window) == events
    shown: list[str] = []
    window.session.run(lambda c: details(c, actions.active[0].id).entry.kind, shown.append)
    assert shown == ["audio"]  # the details and the viewer say sound too
