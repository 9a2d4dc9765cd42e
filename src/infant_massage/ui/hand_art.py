"""The adult hand drawings: one SVG per pose, with the point that touches the baby's skin."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtSvg import QSvgRenderer

from infant_massage import resources
from infant_massage.domain.body_map import anchor_points
from infant_massage.domain.catalog import HandPose

FILES = {
    HandPose.PALM: "hands/hand_palm.svg",
    HandPose.FINGER_PADS: "hands/hand_finger_pads.svg",
    HandPose.FINGERTIP: "hands/hand_fingertip.svg",
    HandPose.PINCH: "hands/hand_pinch.svg",
}


class HandArt:
    """Renders each pose once per pixel size and keeps the image (painting it is then a blit)."""

    def __init__(self) -> None:
        self._renderers: dict[HandPose, QSvgRenderer] = {}
        self._contact: dict[HandPose, QPointF] = {}
        self._images: dict[tuple[HandPose, int, bool], QImage] = {}
        for pose, name in FILES.items():
            svg = resources.read_text(name)
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            if not renderer.isValid():
                raise ValueError(f"{name} is not a valid SVG")
            self._renderers[pose] = renderer
            x, y = anchor_points(svg)["contact"]
            self._contact[pose] = QPointF(x, y)

    def image(self, pose: HandPose, height_px: int, mirrored: bool) -> tuple[QImage, QPointF]:
        """The hand as an image about height_px tall, and its contact point in that image."""
        renderer = self._renderers[pose]
        size = renderer.defaultSize()
        scale = max(8, height_px) / size.height()
        key = (pose, max(8, height_px), mirrored)
        if key not in self._images:
            image = QImage(
                round(size.width() * scale),
                round(size.height() * scale),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
            painter.end()
            if mirrored:  # seen from the other side, the parent's right hand looks like a left one
                image = image.transformed(QTransform.fromScale(-1, 1))
            self._images[key] = image
        image = self._images[key]
        contact = self._contact[pose] * scale
        if mirrored:
            contact = QPointF(image.width() - contact.x(), contact.y())
        return image, contact
