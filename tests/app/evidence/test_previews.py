"""Previews of PDFs and videos (app/evidence/previews.py): which items want one, and storing
what the window drew, as derived data that changes no record and adds no custody event."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PIL import Image, ImageDraw

from quietcase.app.case import Case, open_case, verify_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.media_type import PDF, VIDEO
from quietcase.app.evidence.previews import NO_PREVIEW, keep, original_for_preview, wanting
from quietcase.storage.record_states import RecordStates
from tests.shared import PASS

MEDIA = Path(__file__).parents[2] / "fixtures" / "media"


def _pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "A reply from the platform")
    pdf.save()
    return path


def _drawn() -> bytes:
    """What the window hands over: a page drawn as PNG, with sharp edges."""
    image = Image.new("RGB", (362, 512), "white")
    draw = ImageDraw.Draw(image)
    for y in range(0, 512, 16):
        draw.rectangle((20, y, 340, y + 7), fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _states(case: Case) -> list[tuple[int, str, int, str]]:
    return list(RecordStates(case.vault).recorded())


def test_only_pdfs_and_videos_without_a_preview_are_wanted(case: Case, tmp_path: Path) -> None:
    files = [_pdf(tmp_path / "reply.pdf"), *(MEDIA / n for n in ("clip.mp4", "voice.m4a"))]
    report = case.intake.import_paths(files)
    ids = {Path(i.source).name: i.evidence.id for i in report.imported}
    assert wanting(case) == [(ids["clip.mp4"], VIDEO), (ids["reply.pdf"], PDF)]  # newest first
    assert original_for_preview(case, ids["clip.mp4"]) == (MEDIA / "clip.mp4").read_bytes()
    case.evidence.to_bin(ids["clip.mp4"])
    assert wanting(case) == [(ids["reply.pdf"], PDF)]


def test_a_stored_preview_is_blurred_and_changes_no_record(
    case: Case, tmp_path: Path, vault_path: Path, clock: FixedClock
) -> None:
    report = case.intake.import_paths([_pdf(tmp_path / "reply.pdf"), MEDIA / "clip.webm"])
    pdf_id, video_id = (i.evidence.id for i in report.imported)
    events, states = len(list(case.custody.events())), _states(case)

    assert keep(case, pdf_id, _drawn())
    assert keep(case, video_id, None, (96, 64))  # no frame could be taken
    assert not keep(case, pdf_id, _drawn())  # once only

    info = case.evidence.image(pdf_id)
    assert info is not None and info.thumbnail and info.blurred and info.dhash is None
    assert not info.problem and info.width is None
    with Image.open(io.BytesIO(info.thumbnail)) as sharp, Image.open(io.BytesIO(info.blurred)) as b:
        assert max(sharp.size) == 256 and sharp.size == b.size
        sharp_edges = sharp.convert("L").getextrema()
        assert sharp_edges[1] - sharp_edges[0] > 200
        blurred_rows = [b.convert("L").getpixel((180, y)) for y in range(40, 200)]
        assert max(blurred_rows) - min(blurred_rows) < 100  # the stripes are gone
    video = case.evidence.image(video_id)
    assert video is not None and video.thumbnail is None and video.problem == NO_PREVIEW
    assert (video.width, video.height) == (96, 64)
    assert wanting(case) == []

    # Derived data: no custody event, no record's state, and verify finds nothing.
    assert len(list(case.custody.events())) == events
    assert _states(case) == states
    case.close()
    assert verify_case(vault_path, PASS, clock).ok


def test_a_case_file_opened_read_only_is_left_as_it_is(
    case: Case, tmp_path: Path, vault_path: Path, clock: FixedClock
) -> None:
    report = case.intake.import_paths([_pdf(tmp_path / "reply.pdf")])
    pdf_id = report.imported[0].evidence.id
    case.close()
    kept = tmp_path / "kept.quietcase"
    shutil.copyfile(vault_path, kept)
    read_only = open_case(vault_path, PASS, clock, read_only=True)
    try:
        assert wanting(read_only) == []
        assert not keep(read_only, pdf_id, _drawn())
    finally:
        read_only.close()
    assert vault_path.read_bytes() == kept.read_bytes()
