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

    def image(
        self, pose: HandPose, height_px: int, mirrored: bool, angle: float = 0.0
    ) -> tuple[QImage, QPointF]:
        """The hand about height_px tall, turned by angle degrees about its contact point,
        and where that contact point lies in the image.

        Drawn straight from the SVG at that angle and cached, so a frame only blits it: sharp
        at any angle and cheap (the angle of a guide rarely changes during a stroke).
        """
        height_px = max(8, height_px)
        angle = round(angle) % 360
        key = (pose, height_px, mirrored, angle)
        if key not in self._images:
            if len(self._images) > 256:
                self._images.clear()
            self._images[key] = self._draw(pose, height_px, mirrored, angle)
        return self._images[key]

    def _draw(
        self, pose: HandPose, height_px: int, mirrored: bool, angle: int
    ) -> tuple[QImage, QPointF]:
        renderer = self._renderers[pose]
        size = renderer.defaultSize()
        scale = height_px / size.height()
        width, height = size.width() * scale, size.height() * scale
        contact = self._contact[pose] * scale
        if mirrored:  # seen from the other side, the parent's right hand looks like a left one
            contact = QPointF(width - contact.x(), contact.y())
        # Place the drawing so the contact point is the origin, then turn it.
        placed = QTransform()
        placed.rotate(angle)
        placed.translate(-contact.x(), -contact.y())
        if mirrored:
            placed.translate(width, 0)
            placed.scale(-1, 1)
        box = placed.mapRect(QRectF(0, 0, width, height)).toAlignedRect()
        image = QImage(box.width(), box.height(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setTransform(placed * QTransform.fromTranslate(-box.left(), -box.top()))
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return image, QPointF(-box.left(), -box.top())
