"""What Ctrl+V brings: copied files, or a copied picture (a screenshot) as PNG bytes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage

from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.ui import text

PASTED_NAME = QT_TRANSLATE_NOOP("Quietcase", "Pasted screenshot {when}.png")


@dataclass(frozen=True)
class Pasted:
    """Files to add (`paths`), or one picture (`name`, `data`); empty when nothing fits."""

    paths: list[Path] = field(default_factory=list)
    name: str = ""
    data: bytes | None = None

    def __bool__(self) -> bool:
        return bool(self.paths) or self.data is not None


def png_bytes(image: QImage) -> bytes:
    """A picture from the clipboard as PNG, encoded in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; PySide6 wants str
    data = bytes(buffer.data().data())
    buffer.close()
    buffer.setData(QByteArray())
    return data


def has_evidence(mime: QMimeData | None) -> bool:
    """Whether a paste would bring evidence (a picture or files), not text to type."""
    if mime is None:
        return False
    return mime.hasImage() or any(u.isLocalFile() for u in mime.urls())


def pasted(mime: QMimeData | None, now: datetime) -> Pasted:
    """The files or the picture on the clipboard; a picture is named after `now`."""
    if mime is None:
        return Pasted()
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    if paths:
        return Pasted(paths=paths)
    if not mime.hasImage():
        return Pasted()
    data = png_bytes(QImage(mime.imageData()))
    stamp = text.timestamp_text(now).replace(":", ".")
    return Pasted(name=text.tr(PASTED_NAME).format(when=stamp), data=data)
