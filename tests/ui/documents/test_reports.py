"""The Reports page on a real vault: preview from memory, print, save, bundle, Cancel."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.custody import EXPORT
from quietcase.ui.documents.pdf_preview import Printing
from quietcase.ui.documents.reports import ReportsPage
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.shared import PASS
from tests.ui.evidence.helpers import (
    WindowAt,
    add_incident,
    import_files,
    nothing_written,
    opened,
    real,
)


def reports(window: MainWindow) -> ReportsPage:
    window.case_view.show_page("reports")
    page = window.case_view.reports
    assert page.isVisible()
    return page


def exports(vault_path: Path, clock: FixedClock) -> list[str]:
    with open_case(vault_path, PASS, clock, read_only=True) as case:
        return [e.detail for e in case.custody.events() if e.action == EXPORT]


def test_preview_renders_from_memory_and_writes_nothing(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    add_incident(window, "Photos posted in a group chat")
    page = reports(window)
    assert page.form.incidents.count() == 1
    page.form.title.setText("My case")
    with nothing_written(tmp_path):
        page.preview_button.click()
    assert page.report is not None and page.report.pages >= 2
    assert page.preview.pages == page.report.pages
    assert page.preview.stack.currentWidget() is page.preview.view
    assert page.print_button.isEnabled()
    assert "nothing has been saved" in page.note.text()
    page.form.thumbnails.setCurrentIndex(1)  # a change: the preview is out of date
    assert page.report is None and not page.print_button.isEnabled()
    window.lock()
    assert page.preview.pages == 0 and page.form.title.text() == ""


def test_chosen_incidents_need_one_ticked(window_at: WindowAt, vault_path: Path) -> None:
    window = opened(window_at, vault_path)
    add_incident(window, "first")
    page = reports(window)
    page.form.chosen.setChecked(True)
    page.preview_button.click()
    assert page.report is None and "tick at least one" in page.note.text()
    page.form.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    page.preview_button.click()
    assert page.report is not None and page.report.incidents == 1


def test_save_warns_it_is_not_encrypted_then_writes_and_records(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    window = opened(window_at, vault_path)
    add_incident(window, "Photos posted in a group chat")
    page = reports(window)
    out = tmp_path / "out" / "summary"
    out.parent.mkdir()
    Prompts.set_next_answer(str(out))  # the file dialog
    Prompts.set_next_answer("no")  # the warning: she changes her mind
    page.save_button.click()
    assert any("will not be encrypted" in q for q in Prompts.asked)
    assert list(out.parent.iterdir()) == [] and "Nothing was saved" in page.note.text()

    Prompts.set_next_answer(str(out))
    Prompts.set_next_answer("yes")
    page.save_button.click()
    saved = out.with_name("summary.pdf")
    assert saved.is_file() and "Saved as" in page.note.text()
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Photos posted in a group chat" in text
    assert [p.name for p in out.parent.iterdir()] == ["summary.pdf"]
    window.lock()
    assert any("saved as summary.pdf" in d for d in exports(vault_path, clock))


def test_password_makes_an_encrypted_pdf_without_the_warning(
    window_at: WindowAt, vault_path: Path, tmp_path: Path
) -> None:
    window = opened(window_at, vault_path)
    page = reports(window)
    page.form.password.setText("correct horse")
    page.form.again.setText("correct hors")
    page.save_button.click()
    assert "not the same" in page.note.text()
    page.form.again.setText("correct horse")
    Prompts.set_next_answer(str(tmp_path / "locked.pdf"))
    page.save_button.click()  # no question: encrypted, and tmp_path is neither cloud nor shared
    reader = PdfReader(tmp_path / "locked.pdf")
    assert reader.is_encrypted and reader.decrypt("correct horse")
    assert "only with the password" in page.note.text()


def test_cancel_leaves_nothing(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    window = opened(window_at, vault_path)
    for n in range(3):
        add_incident(window, f"incident {n}")
    page = reports(window)
    page.job._relay.moved.connect(lambda _f: page.job.cancel_button.click())
    Prompts.set_next_answer(str(tmp_path / "summary.pdf"))
    Prompts.set_next_answer("yes")
    page.save_button.click()
    assert "Stopped" in page.note.text() and page.job.isHidden()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*incomplete")) == []
    window.lock()
    assert exports(vault_path, clock) == []


def test_print_uses_the_preview_and_records_it(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: object
) -> None:
    window = opened(window_at, vault_path)
    add_incident(window)
    page = reports(window)
    page.preview_button.click()
    printed = tmp_path / "printer.pdf"

    def ask(_parent: object, _title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(Printing, "ask", staticmethod(ask))  # type: ignore[attr-defined]
    page.print_button.click()
    assert len(PdfReader(printed).pages) == page.report.pages  # type: ignore[union-attr]
    assert "custody log" in page.note.text()
    window.lock()
    assert any("printed" in d for d in exports(vault_path, clock))


def test_bundle_for_counsel(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    window = opened(window_at, vault_path)
    import_files(window, real("Canon_40D.jpg"))
    page = reports(window)
    Prompts.set_next_answer(str(tmp_path / "for-counsel.zip"))
    Prompts.set_next_answer("yes")
    page.bundle_button.click()
    assert any("bundle is not encrypted" in q for q in Prompts.asked)
    names = zipfile.ZipFile(tmp_path / "for-counsel.zip").namelist()
    assert any(n.endswith("SHA256SUMS") for n in names)
    assert "bundle is saved" in page.note.text()
    window.lock()
    assert any("evidence bundle" in d for d in exports(vault_path, clock))
