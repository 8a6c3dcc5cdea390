"""Helpers for the evidence window tests: an open window, an incident, files to import."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QImage

from quietcase.storage.records import Incident
from quietcase.ui.main_window import MainWindow
from tests.shared import PASS, REAL_IMAGES

WindowAt = Callable[..., MainWindow]
IMAGES = ["Canon_40D.jpg", "gps_DSCN0010.jpg", "orientation_landscape_1.jpg"]


def opened(window_at: WindowAt, vault_path: Path) -> MainWindow:
    window = window_at(vault_path)
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert window.session.is_open
    return window


def add_incident(window: MainWindow, title: str = "텔레그램 방 유포") -> int:
    found: list[Incident] = []
    window.session.run(lambda c: c.journal.add_incident(Incident(title=title)), found.append)
    window.case_view.reload()
    return found[0].id


def import_files(
    window: MainWindow, paths: list[Path], incident_id: int | None = None, source: str = ""
) -> None:
    """Drop-like intake: the details dialog, then the import (inline worker: at once)."""
    actions = window.case_view.evidence_actions
    dialog = actions.add_paths(paths, incident_id)
    dialog.source.setText(source)
    dialog.add_button.click()


def real(*names: str) -> list[Path]:
    if not REAL_IMAGES.is_dir():
        pytest.skip(f"the shared real photos are not at {REAL_IMAGES}")
    return [REAL_IMAGES / name for name in names]


def roughness(icon: QIcon) -> float:
    """Mean difference between neighbouring pixels: high for a sharp photo, low when blurred."""
    pixmap = icon.pixmap(icon.availableSizes()[0]) if icon.availableSizes() else None
    assert pixmap is not None and not pixmap.isNull()
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())[: image.bytesPerLine() * height]
    stride = image.bytesPerLine()
    total, count = 0, 0
    for y in range(0, height, 2):
        row = data[y * stride : y * stride + width]
        total += sum(abs(row[x] - row[x + 1]) for x in range(0, width - 1, 2))
        count += (width - 1 + 1) // 2
    return total / max(1, count)


def files_under(*folders: Path) -> set[str]:
    found: set[str] = set()
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            found |= {os.path.join(root, n) for n in names}
    return found


@contextmanager
def nothing_written(*folders: Path) -> Iterator[None]:
    """Assert that no file appears in the temp folder or `folders` inside the block. The temp
    folder is one of the block's own (TMPDIR for Qt, `tempfile.tempdir` for Python), so other
    programs writing in the shared /tmp meanwhile cannot make the check fail."""
    temp = Path(tempfile.mkdtemp(prefix="quietcase-temp-check-"))
    saved_env, saved_python = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"], tempfile.tempdir = str(temp), str(temp)
    before = files_under(*folders)
    try:
        yield
        assert os.listdir(temp) == []
        assert files_under(*folders) - before == set()
    finally:
        tempfile.tempdir = saved_python
        if saved_env is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved_env
        shutil.rmtree(temp, ignore_errors=True)
