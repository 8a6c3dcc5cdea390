"""Drawing the previews of PDFs and videos, from memory, for the gallery (app/evidence/previews).

The first page of a PDF is drawn by QtPdf from a `QBuffer`; a video's poster is a frame near its
start, taken by a silent `QMediaPlayer` reading a `QBuffer` (ui/evidence/player.py does the
same to play it). The picture goes back to the worker as PNG bytes made in memory, where the
thumbnail and its blurred copy are made and stored; nothing is written to a file.

`PreviewCatchUp` goes through the items that have none yet, one at a time, after each load of
the evidence page (so after every intake too): a few seconds of background work for a new
video, and a single query when there is nothing to do. It stops at once on lock.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLoggingCategory,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.evidence.media_type import PDF
from quietcase.app.evidence.previews import (
    SOUND_ONLY,
    TOO_LARGE,
    keep,
    original_for_preview,
    wanting,
)
from quietcase.ui.evidence import media_calls
from quietcase.ui.session import Session

DRAWN = 512  # the longest side of the picture handed to the worker (the thumbnail is 256)
POSTER_AT_MS = 1000  # a frame this far in (or a tenth of a short clip): past a black start
GRAB_TIMEOUT_MS = 15_000


def hush_ffmpeg() -> None:
    """FFmpeg describes each file it opens (its tags: a title, an author...) on the terminal
    through this category: that is evidence, so it is never printed."""
    QLoggingCategory.setFilterRules("qt.multimedia.ffmpeg*=false")


def _in_memory(data: bytes, parent: QObject | None = None) -> QBuffer:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def _let_go(buffer: QBuffer) -> None:
    buffer.close()
    buffer.setData(QByteArray())


def png_of(image: QImage) -> bytes:
    """The picture, no larger than `DRAWN`, as PNG bytes made in memory."""
    if max(image.width(), image.height()) > DRAWN:
        image = image.scaled(
            DRAWN,
            DRAWN,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; PySide6 wants str
    data = bytes(buffer.data().data())
    _let_go(buffer)
    return data


def first_page(data: bytes) -> QImage | None:
    """The first page of a PDF on white, its longest side `DRAWN`; None if it cannot be read
    (damaged, or locked with a password)."""
    buffer = _in_memory(data)
    document = QPdfDocument()
    try:
        document.load(buffer)  # a QBuffer is read at once
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return None
        points = document.pagePointSize(0)
        if points.width() <= 0 or points.height() <= 0:
            return None
        size = points.toSize().scaled(QSize(DRAWN, DRAWN), Qt.AspectRatioMode.KeepAspectRatio)
        drawn = document.render(0, size)
        if drawn.isNull():
            return None
        page = QImage(drawn.size(), QImage.Format.Format_RGB32)
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage(0, 0, drawn)
        painter.end()
        return page
    finally:
        document.close()
        _let_go(buffer)


class PosterGrab(QObject):
    """A frame near the start of a video, from memory, without a sound: `done(image, size,
    sound_only)` with a null image when there is none (sound only, no decoder, damaged, too
    slow); `sound_only` when it opened and holds sound but no picture."""

    done = Signal(QImage, QSize, bool)

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaPlayer, QVideoSink  # only when needed

        hush_ffmpeg()
        self._finished = False
        self._sound_only = False
        self._buffer = _in_memory(data, self)
        self.sink = QVideoSink(self)
        self.player = QMediaPlayer(self)  # no audio output: silent
        self.player.setVideoSink(self.sink)
        self._status = QMediaPlayer.MediaStatus
        self.sink.videoFrameChanged.connect(self._frame)
        self.player.mediaStatusChanged.connect(self._changed)
        self.player.errorOccurred.connect(lambda *_: self._finish(QImage()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._finish(QImage()))
        self._timer.start(GRAB_TIMEOUT_MS)
        self.player.setSourceDevice(self._buffer, QUrl())

    def _changed(self, status: object) -> None:
        if status == self._status.LoadedMedia:
            if not self.player.hasVideo():
                self._sound_only = self.player.hasAudio()
                self._finish(QImage())
                return
            duration = self.player.duration()
            media_calls.seek(self.player, min(POSTER_AT_MS, duration // 10) if duration > 0 else 0)
            media_calls.play(self.player)
        elif status in (self._status.InvalidMedia, self._status.EndOfMedia):
            self._finish(QImage())

    def _frame(self, frame: object) -> None:
        from PySide6.QtMultimedia import QVideoFrame

        if isinstance(frame, QVideoFrame) and frame.isValid():
            image = frame.toImage()
            if not image.isNull():
                self._finish(image)

    def _finish(self, image: QImage) -> None:
        if self._finished:
            return
        self._finished = True
        self._timer.stop()
        size = image.size() if not image.isNull() else QSize()
        media_calls.stop(self.player)
        _let_go(self._buffer)
        self.done.emit(image, size, self._sound_only)
        self.deleteLater()


class PreviewCatchUp(QObject):
    """Makes the missing previews of PDFs and videos, one item at a time, in the background."""

    made = Signal()  # some previews were stored: the page shows them on its next load

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._queue: list[tuple[int, str]] = []
        self._running = False
        self._again = False
        self._stored = 0
        self._tried: set[int] = set()  # never twice in one sitting, whatever happens
        self._grab: PosterGrab | None = None
        self._generation = 0  # a lock ends every step still on its way
        session.locked.connect(self.stop)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Look for items without a preview (again, if a round is running)."""
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        generation = self._generation
        if not self.session.run(wanting, lambda found: self._found(found, generation), self._fail):
            self._running = False

    def stop(self) -> None:
        self._generation += 1
        self._queue = []
        self._running = self._again = False
        self._stored = 0
        if self._grab is not None:
            self._grab.done.disconnect()
            self._grab._finish(QImage())
            self._grab = None

    def _fail(self, _error: UserError) -> None:
        self._running = False  # tried again at the next load

    def _found(self, found: list[tuple[int, str]], generation: int) -> None:
        if generation != self._generation:
            return
        self._queue = [(i, kind) for i, kind in found if i not in self._tried]
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._running = False
            if self._stored:
                self._stored = 0
                self.made.emit()
            elif self._again:
                self.start()
            return
        evidence_id, kind = self._queue.pop(0)
        self._tried.add(evidence_id)
        generation = self._generation

        def read(case: Case) -> bytes | None:
            return original_for_preview(case, evidence_id)

        def got(data: bytes | None) -> None:
            if generation == self._generation:
                self._draw(evidence_id, kind, data)

        if not self.session.run(read, got, lambda _e: self._next()):
            self.stop()

    def _draw(self, evidence_id: int, kind: str, data: bytes | None) -> None:
        if data is None:
            self._store(evidence_id, None, None, TOO_LARGE)
        elif kind == PDF:
            page = first_page(data)
            self._store(evidence_id, None if page is None else png_of(page), None)
        else:
            self._grab = PosterGrab(data, self)
            self._grab.done.connect(
                lambda image, size, sound: self._poster(evidence_id, image, size, sound),
                Qt.ConnectionType.QueuedConnection,  # after the player's own signal is over
            )

    def _poster(self, evidence_id: int, image: QImage, size: QSize, sound: bool) -> None:
        self._grab = None
        picture = None if image.isNull() else png_of(image)
        shape = None if size.isEmpty() else (size.width(), size.height())
        self._store(evidence_id, picture, shape, SOUND_ONLY if sound else None)

    def _store(
        self,
        evidence_id: int,
        picture: bytes | None,
        size: tuple[int, int] | None,
        problem: str | None = None,
    ) -> None:
        generation = self._generation

        def job(case: Case) -> bool:
            if problem is None:
                return keep(case, evidence_id, picture, size)
            return keep(case, evidence_id, picture, size, problem)

        def stored(done: bool) -> None:
            if generation == self._generation:
                self._stored += bool(done) and (picture is not None or problem == SOUND_ONLY)
                self._next()

        if not self.session.run(job, stored, lambda _e: self._next()):
            self.stop()
