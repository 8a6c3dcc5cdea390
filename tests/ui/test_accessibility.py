"""Every control has a name a screen reader can say; the evidence works from the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from quietcase.ui.evidence.intake import IntakeDialog
from tests.ui.evidence.helpers import WindowAt, import_files, opened, real


def _unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader could only call "button" or "edit"."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(
            widget, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView | QPlainTextEdit
        ):
            continue
        if widget.window() is not root.window():
            continue  # a combo box's or completer's own popup list
        if widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()):
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
            continue
        if _labelled(widget):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def _labelled(widget: QWidget) -> bool:
    """A field in a form row (its label is its name for assistive technology)."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if layout is not None and hasattr(layout, "labelForField"):
            if layout.labelForField(widget) is not None:
                return True
        parent = parent.parentWidget()
    return widget.parentWidget() is not None and not widget.isVisibleTo(widget.window())


def test_evidence_page_and_dialogs_name_every_control(
    window_at: WindowAt, vault_path: Path
) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg"))
    page = window.case_view.evidence
    assert _unnamed(page) == []
    dialog = window.case_view.evidence_actions.add_paths(real("Nikon_D70.jpg"))
    assert isinstance(dialog, IntakeDialog)
    assert _unnamed(dialog) == []
    dialog.close()
    page.select_ids([page.model.record_at(0).id])
    window.case_view.evidence_actions.open_viewer()
    viewer = window.case_view.evidence_actions.viewers[-1]
    assert _unnamed(viewer) == []
    viewer.close()
    assert window.hide_button.accessibleName()


def test_the_gallery_works_from_the_keyboard(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg", "Nikon_D70.jpg"))
    window.case_view.show_page("evidence")
    gallery = window.case_view.evidence.gallery
    gallery.setFocus()
    gallery.setCurrentIndex(gallery.model().index(0, 0))
    QTest.keyClick(gallery, Qt.Key.Key_Right)
    assert gallery.currentIndex().row() == 1
    QTest.keyClick(gallery, Qt.Key.Key_Return)
    viewers = window.case_view.evidence_actions.viewers
    assert viewers and viewers[-1].evidence_id == window.case_view.evidence.chosen_ids()[0]
    viewers[-1].close()
    assert gallery.focusPolicy() & Qt.FocusPolicy.TabFocus
