"""Files and folders dropped onto the window, or onto one incident of the timeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def local_paths(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDrops(QObject):
    """Accepts drops of local files on `widget`; `dropped(paths, position)` gets them.
    `wanted()` says whether drops are welcome now (not while the case is locked);
    `hovering(position)` follows the drag (None once it leaves or lands), to show where."""

    def __init__(
        self,
        widget: QWidget,
        dropped: Callable[[list[Path], QPoint], None],
        wanted: Callable[[], bool] = lambda: True,
        hovering: Callable[[QPoint | None], None] = lambda _at: None,
    ) -> None:
        super().__init__(widget)
        self._dropped = dropped
        self._wanted = wanted
        self._hovering = hovering
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDragMoveEvent
        ):
            if self._wanted() and local_paths(event.mimeData()):
                event.acceptProposedAction()
                self._hovering(event.position().toPoint())
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.DragLeave:
            self._hovering(None)
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            self._hovering(None)
            paths = local_paths(event.mimeData())
            if self._wanted() and paths:
                event.acceptProposedAction()
                self._dropped(paths, event.position().toPoint())
            else:
                event.ignore()
            return True
        return False
