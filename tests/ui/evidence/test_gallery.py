"""The gallery on an even grid: every cell the same size, the names on one baseline in a row,
a long name cut in the middle with its tooltip whole (real photos of different shapes, a text
file's card, at 100 % and 150 % text)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quietcase.ui.evidence.gallery import cell_parts
from quietcase.ui.style import style_sheet
from tests.ui.evidence.helpers import WindowAt, import_files, opened, real

LONG = "a screenshot of the group chat where the pictures were shared first.jpg"


def _blank(image: QImage, rect: QRect) -> bool:
    """No painted pixel in `rect` (the view's white background)."""
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1, 2):
            if QColor(image.pixel(x, y)).lightness() < 235:
                return False
    return True


def _inked(image: QImage, rect: QRect) -> bool:
    return not _blank(image, rect)


@pytest.mark.parametrize("percent", [100, 150])
def test_gallery_cells_are_even_and_names_share_a_baseline(
    qtbot: QtBot, window_at: WindowAt, vault_path: Path, tmp_path: Path, percent: int
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), percent))
    try:
        photos = real("Canon_40D.jpg", "long_description.jpg", "orientation_portrait_6.jpg")
        photos += real("gps_DSCN0010.jpg", "Nikon_D70.jpg")
        long_name = tmp_path / LONG  # a tall photo under a long name
        shutil.copyfile(real("orientation_portrait_1.jpg")[0], long_name)
        note = tmp_path / "note.txt"
        note.write_text("what he wrote, copied by hand\n", encoding="utf-8")
        window = opened(window_at, vault_path)
        window.resize(1280, 800)
        window.show()
        window.case_view.use_text_size(percent)
        import_files(window, [*photos, long_name, note])
        page = window.case_view.evidence
        window.case_view.show_page("evidence")
        page.gallery_button.click()
        gallery = page.gallery
        gallery.selectionModel().clear()
        gallery.scrollToTop()
        model = gallery.model()
        assert model.rowCount() == 7
        qtbot.waitUntil(lambda: gallery.isVisible())
        page.model.fetch_now()  # the blurred previews, from the inline worker
        qtbot.wait(10)

        rects = [gallery.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
        assert len({r.size().toTuple() for r in rects}) == 1, rects  # every cell one size
        rows: dict[int, list[QRect]] = {}
        for rect in rects:
            rows.setdefault(rect.top(), []).append(rect)
        assert len(rows) >= 2  # the test sees more than one row
        lefts = sorted({r.left() for r in rects})
        steps = {b - a for a, b in zip(lefts, lefts[1:], strict=False)}
        assert len(steps) <= 1  # evenly spaced columns

        metrics = gallery.fontMetrics()
        size = gallery.iconSize()
        image = gallery.viewport().grab().toImage()
        for row_rects in rows.values():
            baselines = {cell_parts(r, size, metrics)[2] for r in row_rects}
            assert len(baselines) == 1  # the names of a row on one baseline
        seen = gallery.viewport().rect()
        painted = 0
        for row, rect in enumerate(rects):
            box, line, _ = cell_parts(rect, size, metrics)
            assert rect.contains(box) and rect.contains(line)
            assert line.height() >= metrics.height()  # the whole line of text fits
            if not seen.contains(rect):
                continue  # below the fold: not painted
            painted += 1
            between = QRect(rect.left(), box.bottom() + 1, rect.width(), line.top() - box.bottom())
            assert _blank(image, between.adjusted(0, 0, 0, -1))  # nothing drawn between
            assert _inked(image, line), f"no name painted in cell {row}"  # the name is there
            assert _inked(image, box), f"no picture painted in cell {row}"
        assert painted >= 3  # a whole row at least

        names = [model.index(r, 0).data() for r in range(model.rowCount())]
        long_row = names.index(LONG)
        line = cell_parts(rects[long_row], size, metrics)[1]
        assert metrics.horizontalAdvance(LONG) > line.width()  # it is cut on screen…
        tip = model.index(long_row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert LONG in tip  # …and its tooltip holds it whole
    finally:
        app.setStyleSheet(before)
