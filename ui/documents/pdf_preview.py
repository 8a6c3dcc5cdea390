"""The case summary shown inside Quietcase, and printed, straight from memory.

The PDF's bytes stay in a `QBuffer`: no temporary file is ever written for the preview or
for printing. Printing paints each page (rendered by QtPdf at the printer's resolution) onto
a `QPrinter` chosen in Qt's print dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QStackedLayout, QWidget

from quietcase.ui.widgets.plain import PlainLabel

PRINT_DPI = 300


class PdfPreview(QWidget):
    """A scrolling view of a PDF held in memory, or a calm word when there is none yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.empty = PlainLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

    def show_message(self, words: str) -> None:
        self.clear()
        self.empty.setText(words)

    def set_pdf(self, pdf: bytes) -> bool:
        """Show `pdf` (bytes in memory); False if QtPdf could not read it."""
        self.clear()
        self._bytes = QByteArray(pdf)
        buffer = QBuffer(self._bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.clear()
            return False
        self.stack.setCurrentWidget(self.view)
        return True

    @property
    def pages(self) -> int:
        return self.document.pageCount() if self._buffer is not None else 0

    def clear(self) -> None:
        """Forget the document (on lock, or before the next one)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._bytes = QByteArray()
        self.stack.setCurrentWidget(self.empty)


class Printing:
    """Asks for a printer; tests replace `ask` (a modal dialog would wait forever)."""

    ask: ClassVar[Callable[[QWidget | None, str], QPrinter | None]]

    @staticmethod
    def _dialog(parent: QWidget | None, title: str) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer


Printing.ask = Printing._dialog


def print_document(document: QPdfDocument, printer: QPrinter) -> bool:
    """Paint every page onto `printer`; False if the printer refused to start."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            area = painter.viewport()
            width = min(area.width(), int(points.width() / 72 * dpi))
            height = int(width * points.height() / max(points.width(), 1.0))
            if height > area.height():
                height = area.height()
                width = int(height * points.width() / max(points.height(), 1.0))
            # At most 300 dots per inch: sharp on paper, and a page at a printer's 1200 dpi
            # would need half a gigabyte of memory.
            scale = min(1.0, PRINT_DPI / max(dpi, 1))
            image = document.render(index, QSize(int(width * scale), int(height * scale)))
            painter.drawImage(QRect(0, 0, width, height), image)
    finally:
        painter.end()
    return True
