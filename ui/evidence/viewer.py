"""Looking at one item, from memory only: nothing is written to a file to show it.

Images open blurred and are shown when she chooses; zoom, fit and rotate change only the
view. PDFs are read by QtPdf from an in-memory buffer. Text, HTML and JSON are shown as
plain text, never rendered (a web page could load things or run code). Sound and video play
from an in-memory buffer too (ui/evidence/player.py), video blurred until she shows it; what
cannot be played here gets a card with the details and "Save a copy to…".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.evidence.imaging import too_large
from quietcase.app.evidence.media_type import AUDIO, IMAGE, PDF, TEXT, VIDEO
from quietcase.app.evidence.view import Details, original_bytes
from quietcase.app.evidence.view import text_for_viewing as decode_text
from quietcase.ui.evidence.model import kind_word, size_text
from quietcase.ui.session import Session
from quietcase.ui.text import error_text
from quietcase.ui.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from quietcase.ui.evidence.player import MediaPlayer


def decode_image(data: bytes) -> QImage:
    """An image from bytes in memory, turned upright by its Exif orientation."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return image


class ViewerDialog(QDialog):
    save_requested = Signal(int)

    def __init__(
        self, session: Session, details: Details, blurred: bytes | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.details = details
        item = details.entry.evidence
        self.evidence_id = item.id
        self.kind = details.entry.kind
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Evidence E-{n}").format(n=item.id))
        self.resize(900, 680)
        self._buffer: QBuffer | None = None
        self.player: MediaPlayer | None = None  # made when sound or video is opened
        self._rotation = 0
        self._revealed = False
        self._fitted = True  # follows the window's size until she zooms

        self.name = PlainLabel(item.filename, self)
        self.name.setObjectName("subheading")
        self.message = PlainLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.stack = QStackedWidget(self)

        self.scene = QGraphicsScene(self)
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.picture)
        self.image_view = QGraphicsView(self.scene, self)
        self.image_view.setAccessibleName(self.tr("The picture"))
        self.image_view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setAccessibleName(self.tr("The PDF document"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("The text of the file"))
        self.card = PlainLabel(self)
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card.setObjectName("empty")
        for widget in (self.image_view, self.pdf_view, self.text_view, self.card):
            self.stack.addWidget(widget)

        self.reveal_button = QPushButton(self.tr("Show the picture"), self)
        self.reveal_button.setObjectName("primary")
        self.blur_button = QPushButton(self.tr("Blur again"), self)
        self.zoom_in = QPushButton(self.tr("Zoom in"), self)
        self.zoom_out = QPushButton(self.tr("Zoom out"), self)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.rotate_button = QPushButton(self.tr("Rotate"), self)
        self.rotate_button.setToolTip(self.tr("Turns the view only; the evidence is unchanged."))
        self.save_button = QPushButton(self.tr("Save a copy to…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        tools = QHBoxLayout()
        for button in (
            self.reveal_button,
            self.blur_button,
            self.zoom_in,
            self.zoom_out,
            self.fit_button,
            self.rotate_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.save_button)
        tools.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addLayout(tools)

        self.reveal_button.clicked.connect(self.reveal)
        self.blur_button.clicked.connect(self.blur)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit_button.clicked.connect(self.fit)
        self.rotate_button.clicked.connect(self.rotate)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.evidence_id))
        self.close_button.clicked.connect(self.close)
        self._blurred = blurred
        self._start()

    # -- what is shown -------------------------------------------------------------------

    def _image_tools(self, on: bool, *, video: bool = False) -> None:
        for button in (self.zoom_in, self.zoom_out, self.fit_button, self.rotate_button):
            button.setVisible(on and not video)
            button.setEnabled(on and self._revealed)
        self.reveal_button.setVisible(on and not self._revealed)
        self.blur_button.setVisible(on and self._revealed)

    def _start(self) -> None:
        if self.kind == IMAGE and self.details.entry.has_preview:
            self.stack.setCurrentWidget(self.image_view)
            self._show_blurred()
            return
        self._image_tools(False)
        if self.kind in (PDF, TEXT):
            self.message.setText(self.tr("Opening…"))
            self._load(lambda data: self._show_document(data))
            return
        if self.kind in (VIDEO, AUDIO):
            self.message.setText(self.tr("Opening…"))
            self._load(self._play)
            return
        if self.kind == IMAGE and self.details.image and too_large(self.details.image.problem):
            words = self.tr(
                "No preview for this picture: it is too large to show safely. The file itself "
                "is kept unchanged, and you can save a copy."
            )
        elif self.kind == IMAGE:
            words = self.tr("This picture cannot be shown: it could not be read as an image.")
        else:
            words = self.tr("Quietcase cannot show this kind of file. You can save a copy.")
        self._show_card(words)

    def _show_card(self, words: str) -> None:
        item = self.details.entry.evidence
        self.card.setText(
            f"{kind_word(self.kind)} · {item.media_type} · {size_text(item.size)}\n\n{words}"
        )
        self.stack.setCurrentWidget(self.card)

    # -- sound and video -----------------------------------------------------------------

    def _play(self, data: bytes) -> None:
        from quietcase.ui.evidence.player import MediaPlayer  # QtMultimedia: only when needed

        self.message.setText("")
        if self.player is None:
            self.player = MediaPlayer(self)
            self.stack.addWidget(self.player)
            self.player.failed.connect(self._cannot_play)
            self.player.ready.connect(self._video_or_sound)
        self.stack.setCurrentWidget(self.player)
        self.player.show_video(self.kind == VIDEO)
        self._video_or_sound(self.kind == VIDEO)
        self.player.load(data)

    def _video_or_sound(self, video: bool) -> None:
        """Video: blurred until she shows it, like a picture. Sound: nothing to blur."""
        if self.player is None:
            return
        self._revealed = self.player.revealed
        self._image_tools(video, video=True)
        self.reveal_button.setText(self.tr("Show the video"))
        if video and not self._revealed:
            self.message.setText(self.tr("The video is blurred. Show it only when you feel ready."))
        elif not video:
            self.message.setText("")

    def _cannot_play(self) -> None:
        if self.player is not None:
            self.player.wipe()
        self._image_tools(False)
        self.message.setText("")
        self._show_card(
            self.tr(
                "Quietcase cannot play this file: this computer has no decoder for the way it "
                "was recorded, or the file is damaged. The file itself is kept unchanged. You "
                "can save a copy and play it with another program; that program may keep its "
                "own traces, such as a list of recent files."
            )
        )

    def _show_blurred(self) -> None:
        self._revealed = False
        self._image_tools(True)
        self.message.setText(self.tr("The picture is blurred. Show it only when you feel ready."))
        self.image_view.setAccessibleName(self.tr("The picture, blurred"))  # said on change
        image = QImage.fromData(self._blurred or b"")
        self._set_picture(QPixmap.fromImage(image) if not image.isNull() else QPixmap())
        self.fit()

    def reveal(self) -> None:
        if self.player is not None:
            self.player.set_revealed(True)
            self._revealed = True
            self._image_tools(True, video=True)
            self.message.setText("")
            return
        self.message.setText(self.tr("Opening…"))
        self._load(self._show_image)

    def blur(self) -> None:
        if self.player is not None:
            self.player.set_revealed(False)
            self._video_or_sound(True)
            return
        self._rotation = 0
        self._show_blurred()

    def _show_image(self, data: bytes) -> None:
        image = decode_image(data)
        if image.isNull():
            self.message.setText(self.tr("This picture could not be read as an image."))
            return
        self._revealed = True
        self._image_tools(True)
        self.message.setText("")
        self.image_view.setAccessibleName(self.tr("The picture, shown sharp"))
        self._set_picture(QPixmap.fromImage(image))
        self.fit()

    def _set_picture(self, pixmap: QPixmap) -> None:
        self.picture.setPixmap(pixmap)
        self.picture.setTransformOriginPoint(self.picture.boundingRect().center())
        self.picture.setRotation(self._rotation)
        self.scene.setSceneRect(self.picture.sceneBoundingRect())

    def _zoom(self, factor: float) -> None:
        self._fitted = False
        self.image_view.scale(factor, factor)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        self._fitted = True
        self.image_view.setTransform(QTransform())
        self.scene.setSceneRect(self.picture.sceneBoundingRect())
        self.image_view.fitInView(self.picture, Qt.AspectRatioMode.KeepAspectRatio)

    def rotate(self) -> None:
        self._rotation = (self._rotation + 90) % 360
        self.picture.setRotation(self._rotation)
        self.fit()

    def _show_document(self, data: bytes) -> None:
        self.message.setText("")
        if self.kind == PDF:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            self.stack.setCurrentWidget(self.pdf_view)
            return
        shown, cut = decode_text(data)
        self.text_view.setPlainText(shown)
        if "html" in self.details.entry.evidence.media_type:
            self.message.setText(
                self.tr("Shown as plain text: web pages are never opened inside Quietcase.")
            )
        if cut:
            self.message.setText(
                self.tr("Only the beginning is shown here; the file is kept whole.")
            )
        self.stack.setCurrentWidget(self.text_view)

    def _load(self, show: object) -> None:
        evidence_id = self.evidence_id

        def job(case: Case) -> bytes:
            return original_bytes(case, evidence_id)

        def failed(error: UserError) -> None:
            self.message.setText(error_text(error))

        self.session.run(job, show, failed)  # type: ignore[arg-type]

    # -- closing -------------------------------------------------------------------------

    def wipe(self) -> None:
        """Let go of every picture and byte (on close and on lock)."""
        self.picture.setPixmap(QPixmap())
        if self.player is not None:
            self.player.wipe()
        self.text_view.clear()
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer = None
        self._blurred = None
        self.name.clear()
        self.card.clear()

    def done(self, code: int) -> None:
        self.wipe()
        super().done(code)
