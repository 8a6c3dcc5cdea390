"""`quietcase --check-playback FILE`: can this computer play a sound or video with Quietcase?

For the installer's tests and for whoever helps her when a clip will not play: the file is read
into memory and played for a moment by the same player the viewer uses (nothing is written,
no window is shown), then one plain line says whether it played. Exit status 0 when it did.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

WAIT_SECONDS = 15


def _say(text: str) -> None:
    print(text, flush=True)


def check_playback(path: Path) -> int:
    from PySide6.QtMultimedia import QMediaPlayer

    from quietcase.ui.evidence.player import MediaPlayer, time_text

    try:
        data = path.read_bytes()
    except OSError:
        _say(QCoreApplication.translate("Quietcase", "The file could not be read."))
        return 2
    player = MediaPlayer()
    failed: list[bool] = []
    player.failed.connect(lambda: failed.append(True))
    player.load(data)
    status = QMediaPlayer.MediaStatus
    ready = (status.LoadedMedia, status.BufferedMedia)

    def wait(done: Callable[[], bool]) -> bool:
        end = time.monotonic() + WAIT_SECONDS
        while not failed and time.monotonic() < end:
            if done():
                return True
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return False

    try:
        if not wait(lambda: player.player.mediaStatus() in ready):
            _say(QCoreApplication.translate("Quietcase", "It cannot be played on this computer."))
            return 1
        has_video = player.player.hasVideo()
        length = time_text(player.player.duration())
        player.toggle()
        if not wait(lambda: player.player.position() > 300):
            _say(QCoreApplication.translate("Quietcase", "It opened, but did not play."))
            return 1
        if has_video:
            line = QCoreApplication.translate("Quietcase", "It plays: video, {length}.")
        else:
            line = QCoreApplication.translate("Quietcase", "It plays: sound, {length}.")
        _say(line.format(length=length))
        return 0
    finally:
        player.wipe()
        player.deleteLater()
