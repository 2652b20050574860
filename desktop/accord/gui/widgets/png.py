"""A QImage or QPixmap as PNG bytes, for the one atomic write (core.files) to put on disk."""

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage, QPixmap


def png_bytes(picture: QImage | QPixmap) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")  # not text: an image format
    return bytes(buffer.data())
