"""A very large countdown for the current step: a ring that empties and the time left in it."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from infant_massage.ui.common.text_format import clock


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remaining = 0.0
        self.total = 1.0
        self.paused = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def sizeHint(self) -> QSize:
        # Its least: the ring grows into whatever its column has left (it expands), and a
        # larger hint would count as room its column needs beside wrapping words.
        return self.minimumSize()

    def set_time(self, remaining: float, total: float, paused: bool = False) -> None:
        self.remaining, self.total, self.paused = max(0.0, remaining), max(total, 1e-6), paused
        self.setAccessibleName(self.text())
        self.update()

    def text(self) -> str:
        # Rounded up, like a kitchen timer: a 20 s step starts at 0:20 and shows 0:01 at the end.
        return clock(math.ceil(self.remaining - 1e-6))

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height()) - 16
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        track = QColor(palette.color(QPalette.ColorRole.Text))
        track.setAlpha(30)
        width = max(10.0, side * 0.07)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(track, width))
        painter.drawEllipse(inner)
        pen = QPen(
            accent if not self.paused else palette.color(QPalette.ColorRole.PlaceholderText), width
        )
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        fraction = self.remaining / self.total
        painter.drawArc(inner, 90 * 16, round(fraction * 360 * 16))
        font = QFont(self.font())
        font.setPixelSize(max(24, int(side * 0.24)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
