"""Line icons from the bundled SVGs, drawn in the theme's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from infant_massage import resources

DRAWN_IN = "#1f2933"  # the one stroke colour every icon file uses


@cache
def icon(name: str, colour: str, size: int = 48) -> QIcon:
    svg = resources.read_text(f"icons/{name}.svg").replace(DRAWN_IN, colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(QPixmap.fromImage(image))
