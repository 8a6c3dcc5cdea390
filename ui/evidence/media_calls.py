"""Telling a `QMediaPlayer` what to do without holding Python's lock while it waits.

`QMediaPlayer.stop()` (and `setSource`, which stops first) waits for the FFmpeg backend's
threads to finish. One of them, the audio or video renderer, ends by deleting an object
connected to our `QAudioOutput` or `QVideoSink`; Qt then asks that output whether a Python
subclass overrides `disconnectNotify`, which needs Python's lock (the GIL). PySide calls
`stop()` with the lock held, so the window froze for good now and then when a viewer closed
or the case locked (seen under the tests: the main thread in `stop`, the renderer thread in
`take_gil`). `QMetaObject.invokeMethod` lets go of the lock around the call (checked in gdb:
the GIL is free inside `QMediaPlayer::stop` when called this way, held when called directly),
so the renderer can finish and `stop` returns.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QUrl

DIRECT = Qt.ConnectionType.DirectConnection


def stop(player: QObject) -> None:
    """Stop and forget the source, so no thread of the player is left running."""
    QMetaObject.invokeMethod(player, "stop", DIRECT)
    QMetaObject.invokeMethod(player, "setSource", DIRECT, Q_ARG(QUrl, QUrl()))


def play(player: QObject) -> None:
    QMetaObject.invokeMethod(player, "play", DIRECT)


def pause(player: QObject) -> None:
    QMetaObject.invokeMethod(player, "pause", DIRECT)


def seek(player: QObject, ms: int) -> None:
    QMetaObject.invokeMethod(player, "setPosition", DIRECT, Q_ARG("qlonglong", int(ms)))
