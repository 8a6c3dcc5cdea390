"""Playing sound and video from memory: the original bytes in a `QBuffer` handed to
`QMediaPlayer.setSourceDevice`, never a file (Qt's FFmpeg backend reads the device itself).

Video frames come through a `QVideoSink` and are painted here, so that, as with pictures, the
video stays blurred until she chooses to show it: each frame is reduced to a few pixels and
blown back up before it is painted. The source is given without a name (an empty URL), so
neither Qt's nor FFmpeg's messages can carry the evidence's file name.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QSlider, QVBoxLayout, QWidget

from quietcase.ui.evidence import media_calls
from quietcase.ui.evidence.previews import hush_ffmpeg
from quietcase.ui.widgets.plain import PlainLabel

BLUR_PIXELS = 12  # a frame is reduced to this many pixels across while it is blurred
VOLUME = 80  # of 100, at first


def blurred_frame(image: QImage) -> QImage:
    """Nothing recognisable: reduced to ~12 pixels across and smoothly blown back up."""
    if image.isNull():
        return image
    side = max(image.width(), image.height())
    scale = BLUR_PIXELS / side
    tiny = image.scaled(
        max(1, round(image.width() * scale)),
        max(1, round(image.height() * scale)),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    smooth = Qt.TransformationMode.SmoothTransformation
    return tiny.scaled(image.size(), Qt.AspectRatioMode.IgnoreAspectRatio, smooth)


def time_text(ms: int) -> str:
    """1:05, 12:00, 1:02:03."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


class FrameView(QWidget):
    """The current frame, fitted into the widget; dark when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202428"))
        if not self.image.isNull():
            size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            at = QRect(
                (self.width() - size.width()) // 2, (self.height() - size.height()) // 2, 0, 0
            )
            at.setSize(size)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(at, self.image)
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(640, 400)


class MediaPlayer(QWidget):
    """Sound or video from bytes in memory, with play/pause, position and volume."""

    failed = Signal()  # it cannot be played here (no decoder for it, or damaged)
    ready = Signal(bool)  # loaded: True when it has pictures (video), False for sound only
    revealed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self._frame = QImage()  # the newest frame, sharp (kept to re-paint on reveal/blur)
        self.revealed = False
        self._seeking = False

        self.frames = FrameView(self)
        self.frames.setAccessibleName(self.tr("The video"))
        self.sound_only = PlainLabel(self.tr("Sound only: nothing to see."), self)
        self.sound_only.setObjectName("hint")
        self.sound_only.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("primary")
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setAccessibleName(self.tr("Position"))
        self.position.setRange(0, 0)
        self.time = PlainLabel("0:00 / 0:00", self)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(VOLUME)
        self.volume.setMaximumWidth(120)
        volume_label = PlainLabel(self.tr("Volume"), self)
        volume_label.setBuddy(self.volume)

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time)
        controls.addSpacing(12)
        controls.addWidget(volume_label)
        controls.addWidget(self.volume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frames, 1)
        layout.addWidget(self.sound_only, 1)
        layout.addLayout(controls)
        self.sound_only.hide()

        hush_ffmpeg()
        self.audio = QAudioOutput(self)
        self.audio.setVolume(VOLUME / 100)
        self.sink = QVideoSink(self)
        self.player = QMediaPlayer(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoSink(self.sink)

        self.sink.videoFrameChanged.connect(self._new_frame)
        self.player.positionChanged.connect(self._moved)
        self.player.durationChanged.connect(self._duration)
        self.player.playbackStateChanged.connect(self._state)
        self.player.mediaStatusChanged.connect(self._status)
        self.player.errorOccurred.connect(lambda *_: self.failed.emit())
        self.play_button.clicked.connect(self.toggle)
        self.position.sliderPressed.connect(self._seek_started)
        self.position.sliderReleased.connect(self._seek_ended)
        self.position.valueChanged.connect(self._slid)
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))

    # -- the source ----------------------------------------------------------------------

    def load(self, data: bytes) -> None:
        """Play `data` from memory (nothing starts until she presses Play)."""
        self.wipe()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.player.setSourceDevice(self._buffer, QUrl())

    def wipe(self) -> None:
        """Stop and let go of every byte and frame (on close and on lock)."""
        media_calls.stop(self.player)
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._frame = QImage()
        self.frames.set_image(QImage())

    # -- playing -------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            media_calls.pause(self.player)
        else:
            media_calls.play(self.player)

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self.failed.emit()
        elif status == QMediaPlayer.MediaStatus.LoadedMedia:
            if not self.player.hasAudio() and not self.player.hasVideo():
                self.failed.emit()  # the container opened, but nothing in it can be decoded
            else:
                self.show_video(self.player.hasVideo())
                self.ready.emit(self.player.hasVideo())

    def show_video(self, has: bool) -> None:
        """The picture area for video, a quiet line for sound only."""
        self.frames.setVisible(has)
        self.sound_only.setVisible(not has)

    def _duration(self, ms: int) -> None:
        self.position.setRange(0, max(0, ms))
        self._show_time()

    def _moved(self, ms: int) -> None:
        if not self._seeking:
            self.position.blockSignals(True)
            self.position.setValue(ms)
            self.position.blockSignals(False)
        self._show_time()

    def _seek_started(self) -> None:
        self._seeking = True

    def _seek_ended(self) -> None:
        self._seeking = False
        media_calls.seek(self.player, self.position.value())

    def _slid(self, value: int) -> None:
        if not self._seeking:  # keyboard or a click on the groove
            media_calls.seek(self.player, value)

    def _show_time(self) -> None:
        shown = self.position.value() if self._seeking else self.player.position()
        self.time.setText(f"{time_text(shown)} / {time_text(self.player.duration())}")

    # -- blurred until she chooses -------------------------------------------------------

    def set_revealed(self, on: bool) -> None:
        self.revealed = on
        self._paint_frame()
        self.revealed_changed.emit(on)

    def _new_frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._frame = frame.toImage()
            self._paint_frame()

    def _paint_frame(self) -> None:
        shown = self._frame if self.revealed else blurred_frame(self._frame)
        self.frames.set_image(shown)
