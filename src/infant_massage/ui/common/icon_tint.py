"""Icons follow a theme switched while the app runs: the same line drawing in a new colour."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

SIZE = QSize(48, 48)  # the size ui/common/icons.py draws every icon at


def tinted(icon: QIcon, colour: QColor) -> QIcon:
    """The icon's shape filled with one colour (every bundled icon is a one-colour line icon)."""
    pixmap = QPixmap(icon.pixmap(SIZE))
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), colour)
    painter.end()
    return QIcon(pixmap)
