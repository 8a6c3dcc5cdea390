"""The evidence page through the window, on real vaults: intake, blurring, viewer, bin."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PIL import features
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtPdf import QPdfDocument
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.ui.evidence import actions as evidence_actions
from quietcase.ui.evidence.intake import IntakeDialog, ProgressRelay
from quietcase.ui.evidence.model import BLURRED_ROLE
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.hostile.pictures import webp_bomb
from tests.shared import NOW, PASS
from tests.ui.evidence.helpers import (
    IMAGES,
    WindowAt,
    add_incident,
    import_files,
    nothing_written,
    opened,
    real,
    roughness,
)


def _gallery_icon(window: MainWindow, row: int) -> object:
    model = window.case_view.evidence.model
    model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)  # as a view painting the row
    model.fetch_now()  # the model asks the (inline) worker for what views wanted
    return model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)


def _row_of(window: MainWindow, name: str) -> int:
    model = window.case_view.evidence.model
    return next(r for r, e in enumerate(model.rows()) if e.evidence.filename == name)


def test_import_through_the_window_links_and_counts(
    window_at: WindowAt, vault_path: Path, qtmodeltester: ModelTester
) -> None:
    window = opened(window_at, vault_path)
    incident = add_incident(window)
    import_files(window, real(*IMAGES), incident, "https://t.me/example_room/204")
    page = window.case_view.evidence
    assert page.model.rowCount() == 3
    assert "3 files were added" in page.notice.text()
    assert page.chosen_ids() == [e.id for e in page.model.rows()]  # the new ones are chosen
    entry = page.model.rows()[0]
    assert entry.evidence.source_url == "https://t.me/example_room/204"
    assert entry.incident_titles == ("텔레그램 방 유포",)
    timeline = window.case_view.timeline
    assert timeline.model.index(0, 4).data() == "3"  # real counts in the timeline
    assert "3 evidence items" in window.case_view.status.text().replace("\u00a0", " ")
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)

    # Filters: incident, kind, tag-less, date added, text.
    page.kind.setCurrentIndex(page.kind.findData("pdf"))
    assert page.proxy.rowCount() == 0
    page.kind.setCurrentIndex(page.kind.findData("image"))
    assert page.proxy.rowCount() == 3
    page.filter_text.setText("gps_")
    assert page.proxy.rowCount() == 1
    page.added_from.setText("2027")
    assert page.proxy.rowCount() == 0
    page.clear_button.click()
    page.incident.setCurrentIndex(page.incident.findData(incident))
    assert page.proxy.rowCount() == 3


def test_duplicates_are_reported_kindly(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg"))
    other = add_incident(window, "다른 사건")
    import_files(window, real("Canon_40D.jpg", "Nikon_D70.jpg"), other)
    page = window.case_view.evidence
    assert page.model.rowCount() == 2
    words = page.notice.text()
    assert "1 file was added" in words
    assert "already in your case (Canon_40D.jpg), so not stored twice" in words
    canon = page.model.record_at(_row_of(window, "Canon_40D.jpg"))
    assert other in canon.evidence.incident_ids


def test_pictures_are_blurred_until_revealed_and_again_after_lock(
    window_at: WindowAt, vault_path: Path
) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("orientation_landscape_1.jpg"))
    page = window.case_view.evidence
    assert page.model.index(0, 0).data(BLURRED_ROLE) is True
    blurred = roughness(_gallery_icon(window, 0))  # type: ignore[arg-type]
    assert "blurred" in page.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)

    page.select_ids([page.model.record_at(0).id])
    assert page.reveal_button.isEnabled()
    page.reveal_button.click()
    sharp = roughness(_gallery_icon(window, 0))  # type: ignore[arg-type]
    assert sharp > 3 * blurred, (sharp, blurred)
    assert page.model.index(0, 0).data(BLURRED_ROLE) is False

    page.blur_button.click()  # one click: all blurred again
    assert roughness(_gallery_icon(window, 0)) < sharp / 3  # type: ignore[arg-type]

    page.reveal_button.click()
    window.lock()
    assert page.model.rowCount() == 0
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert page.model.index(0, 0).data(BLURRED_ROLE) is True  # revealing never persists
    assert roughness(_gallery_icon(window, 0)) < sharp / 3  # type: ignore[arg-type]


def test_reveal_all_in_settings(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("orientation_landscape_1.jpg"))
    settings_page = window.case_view.settings_page
    settings_page.reveal.setChecked(True)
    assert window.case_view.evidence.model.index(0, 0).data(BLURRED_ROLE) is False
    settings_page.reveal.setChecked(False)
    assert window.case_view.evidence.model.index(0, 0).data(BLURRED_ROLE) is True


def test_gps_note_and_exif_in_the_details(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("gps_DSCN0010.jpg", "Canon_40D.jpg"))
    page = window.case_view.evidence
    details = page.details
    page.select_ids([page.model.record_at(_row_of(window, "gps_DSCN0010.jpg")).id])
    assert not details.gps_note.isHidden()
    assert "place where it was taken" in details.gps_note.text()
    assert "43.4" in details.gps_note.text()
    assert (
        details.values["sha"]
        .text()
        .endswith(page.model.record_at(_row_of(window, "gps_DSCN0010.jpg")).evidence.sha256[-4:])
    )
    assert details.exif.rowCount() > 2
    page.select_ids([page.model.record_at(_row_of(window, "Canon_40D.jpg")).id])
    assert details.gps_note.isHidden()
    assert "Canon" in details.exif.itemAt(0, details.exif.ItemRole.FieldRole).widget().text()


def test_a_picture_too_large_to_preview_says_so_calmly(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    """The audit's 2.5 KB WebP of 16,383 x 3,900: kept, with its size, and no preview; the
    details and the viewer say why, without calling it broken."""
    if not features.check("webp"):
        pytest.skip("this Pillow has no WebP")
    picture = tmp_path / "sent-by-him.webp"
    picture.write_bytes(webp_bomb())
    window = opened(window_at, vault_path)
    import_files(window, [picture])
    page = window.case_view.evidence
    entry = page.model.record_at(0)
    assert not entry.has_preview
    page.select_ids([entry.id])
    said = page.details.values["picture"].text()
    assert "No preview for this picture" in said and "too large" in said
    assert "could not be read" not in said
    actions = window.case_view.evidence_actions
    actions.open_viewer()
    viewer = actions.viewers[-1]
    assert viewer.stack.currentWidget() is viewer.card
    assert "No preview for this picture" in viewer.card.text()
    viewer.close()


def _make_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Reply from the platform")
    pdf.showPage()
    pdf.drawString(72, 720, "Page two")
    pdf.save()
    return path


def test_viewer_shows_image_pdf_and_text_from_memory_only(
    window_at: WindowAt,
    vault_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    files = tmp_path / "files"
    files.mkdir()
    _make_pdf(files / "reply.pdf")
    (files / "saved.html").write_text("<html><script>alert(1)</script><b>post</b></html>")
    shutil.copy(real("orientation_landscape_1.jpg")[0], files)
    window = opened(window_at, vault_path)
    import_files(window, sorted(files.iterdir()))
    page = window.case_view.evidence
    actions = window.case_view.evidence_actions

    with nothing_written(home, vault_path.parent):
        # An image: blurred first, then the original, upright, from memory.
        page.select_ids([page.model.record_at(_row_of(window, "orientation_landscape_1.jpg")).id])
        actions.open_viewer()
        viewer = actions.viewers[-1]
        assert not viewer.reveal_button.isHidden() and not viewer.zoom_in.isEnabled()
        assert "blurred" in viewer.message.text()
        viewer.reveal_button.click()
        assert viewer.picture.pixmap().width() > viewer.picture.pixmap().height()
        viewer.zoom_in.click()
        viewer.rotate_button.click()
        assert viewer.picture.rotation() == 90
        viewer.blur_button.click()
        assert not viewer.reveal_button.isHidden()
        viewer.close()
        assert actions.viewers == []

        # A PDF through QtPdf from a QBuffer.
        page.select_ids([page.model.record_at(_row_of(window, "reply.pdf")).id])
        actions.open_viewer()
        viewer = actions.viewers[-1]
        qtbot.waitUntil(lambda: viewer.pdf.status() == QPdfDocument.Status.Ready, timeout=5000)
        assert viewer.pdf.pageCount() == 2
        assert viewer.stack.currentWidget() is viewer.pdf_view
        viewer.close()

        # HTML as plain text, never rendered.
        page.select_ids([page.model.record_at(_row_of(window, "saved.html")).id])
        actions.open_viewer()
        viewer = actions.viewers[-1]
        assert "<script>alert(1)</script>" in viewer.text_view.toPlainText()
        viewer.close()


def test_cancel_half_way_leaves_no_item(
    window_at: WindowAt,
    vault_path: Path,
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every chunk's progress reaches the window (not one every 0.1 s), so that a quick
    # machine still shows the half-way point before the file is read.
    monkeypatch.setattr(evidence_actions, "ProgressRelay", lambda: ProgressRelay(every=0))
    big = tmp_path / "recording.mp4"
    big.write_bytes(bytes(range(256)) * (4 * 8 * 1024 * 1024 // 256))  # 8 MiB: 8 chunks
    window = opened(window_at, vault_path)
    page = window.case_view.evidence
    seen: list[float] = []
    update = page.import_bar.update_progress

    def halfway(progress: object) -> None:
        update(progress)  # type: ignore[arg-type]
        seen.append(progress.fraction)  # type: ignore[attr-defined]
        if progress.fraction >= 0.5:  # type: ignore[attr-defined]
            page.import_bar.cancel_button.click()

    page.import_bar.update_progress = halfway  # type: ignore[method-assign]
    import_files(window, [big])
    assert seen and 0.5 <= max(seen) < 1.0
    assert page.model.rowCount() == 0
    assert "stopped" in page.notice.text()
    assert page.import_bar.isHidden()
    window.lock()
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        assert case.evidence.items() == []


def test_import_progress_reaches_the_end(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    bar = window.case_view.evidence.import_bar
    values: list[int] = []
    update = bar.update_progress
    bar.update_progress = lambda p: (update(p), values.append(bar.bar.value()))  # type: ignore
    import_files(window, real(*IMAGES))
    assert values[-1] == 1000
    assert bar.isHidden()


def test_paste_a_screenshot_from_the_clipboard(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    QGuiApplication.clipboard().setImage(image)
    window.case_view.show_page("evidence")
    dialog = window.case_view.evidence_actions.paste()
    assert dialog is not None
    dialog.add_button.click()
    page = window.case_view.evidence
    assert page.model.rowCount() == 1
    item = page.model.record_at(0).evidence
    assert item.media_type == "image/png"
    assert item.filename.startswith("Pasted screenshot")
    QGuiApplication.clipboard().clear()
    assert window.case_view.evidence_actions.paste() is None
    assert "no picture to paste" in page.notice.text()


def asked_again_after_a_lock(window: MainWindow, vault_path: Path) -> IntakeDialog:
    """Lock with one "Add evidence" question open (nothing imported meanwhile), unlock: the
    one question asked again."""
    actions = window.case_view.evidence_actions
    window.lock()
    assert not actions.intake_dialogs
    with open_case(vault_path, PASS, FixedClock(NOW), read_only=True) as case:
        assert case.evidence.count() == 0
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert len(actions.intake_dialogs) == 1
    return actions.intake_dialogs[0]


def test_a_pasted_screenshots_question_comes_back_after_a_lock(
    window_at: WindowAt, vault_path: Path
) -> None:
    """The picture lived only in memory: kept across the lock inside the case file (never
    on disk outside it), asked about again with her words, imported once, byte for byte."""
    window = opened(window_at, vault_path)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#aa3366"))
    QGuiApplication.clipboard().setImage(image)
    actions = window.case_view.evidence_actions
    dialog = actions.paste()
    QGuiApplication.clipboard().clear()  # gone from the clipboard meanwhile
    assert dialog is not None and dialog.pasted is not None
    name, data = dialog.pasted
    dialog.shows.setPlainText("방 목록 캡처")
    again = asked_again_after_a_lock(window, vault_path)
    assert again.pasted == (name, data)
    assert again.shows.toPlainText() == "방 목록 캡처"
    again.add_button.click()
    items = window.case_view.evidence.model
    assert items.rowCount() == 1
    item = items.record_at(0).evidence
    assert (item.filename, item.shows) == (name, "방 목록 캡처")
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    window.lock()  # answered: not asked again, and no draft left behind
    with open_case(vault_path, PASS, FixedClock(NOW), read_only=True) as case:
        assert case.drafts.all() == {}
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert not actions.intake_dialogs


def test_bin_asks_and_can_be_undone(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg", "Nikon_D70.jpg"))
    page = window.case_view.evidence
    page.select_ids([page.model.record_at(0).id])
    Prompts.set_next_answer("no")
    page.details.bin_button.click()
    assert page.model.rowCount() == 2
    Prompts.set_next_answer("yes")
    page.details.bin_button.click()
    assert page.model.rowCount() == 1
    assert "1 evidence item" in window.case_view.status.text().replace("\u00a0", " ")
    page.bin_button.click()
    assert page.in_bin and page.model.rowCount() == 1
    page.select_ids([page.model.record_at(0).id])
    page.restore_button.click()
    assert page.model.rowCount() == 0
    page.bin_button.click()
    assert page.model.rowCount() == 2
    page.select_ids([page.model.record_at(0).id])
    Prompts.set_next_answer("yes")
    page.details.bin_button.click()
    page.bin_button.click()
    Prompts.set_next_answer("no")
    page.empty_bin_button.click()
    assert page.model.rowCount() == 1
    Prompts.set_next_answer("yes")
    page.empty_bin_button.click()
    assert page.model.rowCount() == 0
    assert "cannot be undone" in Prompts.asked[-1]


def test_notes_editor_links_evidence_to_an_incident(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    incident = add_incident(window)
    import_files(window, real("Canon_40D.jpg"))
    page = window.case_view.evidence
    page.select_ids([page.model.record_at(0).id])
    page.details.edit_button.click()
    key = f"evidence:{page.model.record_at(0).id}"
    dialog = window.case_view.editors.open[key]
    dialog.incidents.set_checked([incident])  # type: ignore[attr-defined]
    dialog.shows.setPlainText("The room shared my photo")  # type: ignore[attr-defined]
    dialog.save_button.click()
    assert page.model.record_at(0).evidence.incident_ids == (incident,)
    assert window.case_view.timeline.model.index(0, 4).data() == "1"
    assert page.details.values["shows"].text() == "The room shared my photo"


def test_incident_editor_links_and_unlinks_evidence(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg", "Nikon_D70.jpg"))
    window.case_view.timeline.add_button.click()
    dialog = window.case_view.editors.open["incident:new"]
    dialog.title.setText("Linked from the editor")  # type: ignore[attr-defined]
    evidence = dialog.evidence  # type: ignore[attr-defined]
    assert evidence.pictures.count() == 0
    picker = evidence.open_picker()
    assert picker.pictures.count() == 2
    first = window.case_view.evidence.model.record_at(0).id
    picker.pictures.item(picker.pictures.keys().index(str(first))).setSelected(True)
    picker.link_button.click()
    assert evidence.pictures.keys() == [str(first)]
    assert evidence.pictures.is_blurred(str(first))  # as in the gallery
    dialog.save_button.click()
    timeline = window.case_view.timeline
    assert timeline.model.index(0, 4).data() == "1"
    page = window.case_view.evidence
    incident_id = timeline.model.record_at(0).incident.id
    assert page.model.record_at(0).evidence.incident_ids == (incident_id,)

    timeline.table.selectRow(0)
    timeline.edit_button.click()
    editor = window.case_view.editors.open[f"incident:{incident_id}"]
    pictures = editor.evidence.pictures  # type: ignore[attr-defined]
    assert pictures.keys() == [str(first)]
    pictures.item(0).setSelected(True)
    editor.evidence.unlink_button.click()  # type: ignore[attr-defined]
    assert pictures.count() == 0
    editor.save_button.click()
    assert timeline.model.index(0, 4).data() == ""
    assert page.model.record_at(0).evidence.incident_ids == ()


def test_originals_deleted_only_when_the_copy_inside_matches(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "from-phone"
    folder.mkdir()
    for name in ("Canon_40D.jpg", "Nikon_D70.jpg"):
        shutil.copy(real(name)[0], folder)
    window = opened(window_at, vault_path)
    import_files(window, [folder])
    page = window.case_view.evidence
    assert not page.originals_button.isHidden()
    (folder / "Nikon_D70.jpg").write_bytes(b"changed after the import")
    Prompts.set_next_answer("no")
    page.originals_button.click()
    assert (folder / "Canon_40D.jpg").exists()
    assert "may still be recoverable" in Prompts.asked[-1]
    Prompts.set_next_answer("yes")
    page.originals_button.click()
    assert not (folder / "Canon_40D.jpg").exists()
    assert (folder / "Nikon_D70.jpg").exists()  # no longer the same file: left alone
    assert "1 original file(s) deleted" in page.notice.text()
    assert "left where they are" in page.notice.text()
    assert page.originals_button.isHidden()
    assert page.model.rowCount() == 2  # the evidence itself is untouched


def test_add_evidence_questions_come_back_after_a_lock(
    window_at: WindowAt, vault_path: Path
) -> None:
    """Auto-lock while she describes files: the question and her words come back after
    unlocking (kept inside the case file meanwhile), and nothing was imported half-way."""
    window = opened(window_at, vault_path)
    paths = real("Canon_40D.jpg", "Nikon_D70.jpg")
    actions = window.case_view.evidence_actions
    dialog = actions.add_paths(paths)
    dialog.source.setText("https://t.me/example_room/7")
    dialog.captured.set_text("2025-11-03")
    dialog.shows.setPlainText("누가 올렸는지 보여 줌")
    again = asked_again_after_a_lock(window, vault_path)
    assert again.paths == [str(p) for p in paths]
    assert again.source.text() == "https://t.me/example_room/7"
    assert again.shows.toPlainText() == "누가 올렸는지 보여 줌"
    again.add_button.click()
    items = window.case_view.evidence.model
    assert items.rowCount() == 2
    shown = {items.record_at(i).evidence.shows for i in range(2)}
    assert shown == {"누가 올렸는지 보여 줌"}
    window.lock()  # answered: not asked a third time
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert not actions.intake_dialogs


def test_she_can_renumber_an_exhibit_before_printing(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg", "Nikon_D70.jpg", "gps_DSCN0010.jpg"))
    page = window.case_view.evidence
    actions = window.case_view.evidence_actions
    first, second = (page.model.record_at(r).id for r in (0, 1))
    page.select_ids([first])
    assert page.details.values["exhibit"].text() == "Exhibit 1"
    dialog = actions.renumber_chosen()
    assert dialog is not None and dialog.preview.text() == "Exhibit 1"
    dialog.number.setValue(2)  # held by the second item: refused, the dialog stays
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "already given" in dialog.problem.text()
    dialog.number.setValue(7)
    assert dialog.problem.isHidden() and dialog.preview.text() == "Exhibit 7"
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert page.chosen_ids() == [first]
    assert page.details.values["exhibit"].text() == "Exhibit 7"
    numbers = {e.id: e.exhibit for e in page.model.rows()}
    assert (numbers[first].number, numbers[second].number) == (7, 2)  # type: ignore[union-attr]

    page.select_ids([second])  # a branch: 2 becomes 2-1 when she starts branches at 2
    dialog = actions.renumber_chosen()
    assert dialog is not None
    dialog.number.setValue(7)
    dialog.branch.setValue(2)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    labels = sorted(str(e.exhibit.number) + "-" + str(e.exhibit.branch) for e in page.model.rows())  # type: ignore[union-attr]
    assert labels == ["3-0", "7-1", "7-2"]
    events: list[list[str]] = []
    window.session.run(
        lambda case: [e.detail for e in case.custody.events() if "renumbered" in e.detail],
        events.append,
    )
    assert events[0][0].startswith("exhibit renumbered from Exhibit 1 (증 제1호증) to Exhibit 7")
    assert len(events[0]) == 3  # 1→7, 7→7-1 (kept item moved to a branch), 2→7-2
