"""The adult hand drawings: one SVG per pose, with the point that touches the baby's skin.

Each pose is rendered from its SVG once per pixel height, upright, and kept; a frame draws
that picture turned to the hand's angle (a cheap transformed blit), so a circling hand never
re-renders an SVG. The cache is bounded in bytes and lets the least recently used go first.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtSvg import QSvgRenderer

from infant_massage import resources
from infant_massage.domain.body_map import anchor_points
from infant_massage.domain.catalog import GuidePhase, HandPose
from infant_massage.domain.guide import HAND_LENGTH, HandShape, HandState

FILES = {
    HandPose.PALM: "hands/hand_palm.svg",
    HandPose.FINGER_PADS: "hands/hand_finger_pads.svg",
    HandPose.FINGERTIP: "hands/hand_fingertip.svg",
    HandPose.PINCH: "hands/hand_pinch.svg",
}
CACHE_BYTES = 24 * 2**20  # a few sizes of each pose at full-screen scale
TURNED_BYTES = 16 * 2**20  # pictures already turned to a steady angle (a glide holds one)
LIFTED_GROWTH = 1.06  # raised a little off the skin: slightly larger


class HandArt:
    """The hand drawer the guide painter uses (see ui.guide.painter.HandDrawer)."""

    def __init__(self, cache_bytes: int = CACHE_BYTES) -> None:
        self._renderers: dict[HandPose, QSvgRenderer] = {}
        self._contact: dict[HandPose, QPointF] = {}
        self.shapes: dict[HandPose, HandShape] = {}
        self._images: OrderedDict[tuple[HandPose, int], QImage] = OrderedDict()
        self._bytes = 0
        self._limit = cache_bytes
        # A hand that keeps its angle (a stroke, a press, a pass) is turned once and then
        # blitted; a circling hand, whose angle changes every frame, is drawn turned directly.
        # The choice depends only on the pose, so one moment always looks exactly the same.
        self._turned: OrderedDict[tuple, tuple[QImage, QPointF]] = OrderedDict()
        self._turned_bytes = 0
        self.renders = 0  # SVG renders so far (the benchmark and tests watch it)
        for pose, name in FILES.items():
            svg = resources.read_text(name)
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            if not renderer.isValid():
                raise ValueError(f"{name} is not a valid SVG")
            self._renderers[pose] = renderer
            anchors = anchor_points(svg)
            x, y = anchors["contact"]
            self._contact[pose] = QPointF(x, y)
            self.shapes[pose] = HandShape.from_anchors(anchors, renderer.defaultSize().height())

    @property
    def cache_bytes(self) -> int:
        return self._bytes + self._turned_bytes

    def _turned_image(
        self, image: QImage, contact: QPointF, key: tuple, angle: float
    ) -> tuple[QImage, QPointF]:
        found = self._turned.get(key)
        if found is not None:
            self._turned.move_to_end(key)
            return found
        turn = QTransform().rotate(angle)
        box = turn.mapRect(QRectF(-contact.x(), -contact.y(), image.width(), image.height()))
        bounds = box.toAlignedRect()
        turned = QImage(bounds.width(), bounds.height(), QImage.Format.Format_ARGB32_Premultiplied)
        turned.fill(Qt.GlobalColor.transparent)
        painter = QPainter(turned)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(-bounds.left(), -bounds.top())
        painter.rotate(angle)
        painter.drawImage(-contact, image)
        painter.end()
        found = (turned, QPointF(-bounds.left(), -bounds.top()))
        self._turned[key] = found
        self._turned_bytes += turned.sizeInBytes()
        while self._turned_bytes > TURNED_BYTES and len(self._turned) > 1:
            _, (old, _) = self._turned.popitem(last=False)
            self._turned_bytes -= old.sizeInBytes()
        return found

    def image(self, pose: HandPose, height_px: int) -> tuple[QImage, QPointF]:
        """The upright hand height_px tall, and where its contact point lies in the image."""
        height_px = max(8, height_px)
        key = (pose, height_px)
        image = self._images.get(key)
        if image is None:
            image = self._draw(pose, height_px)
            self._images[key] = image
            self._bytes += image.sizeInBytes()
            while self._bytes > self._limit and len(self._images) > 1:
                _, old = self._images.popitem(last=False)
                self._bytes -= old.sizeInBytes()
        else:
            self._images.move_to_end(key)
        scale = height_px / self._renderers[pose].defaultSize().height()
        return image, self._contact[pose] * scale

    def _draw(self, pose: HandPose, height_px: int) -> QImage:
        renderer = self._renderers[pose]
        size = renderer.defaultSize()
        width = max(1, round(size.width() * height_px / size.height()))
        image = QImage(width, height_px, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, width, height_px))
        painter.end()
        self.renders += 1
        return image

    def draw_hand(
        self,
        painter: QPainter,
        state: HandState,
        at: QPointF,
        pixels_per_unit: float,
        screen_angle: float,
        opacity: float,
    ) -> None:
        lifted = not state.contact
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        height = HAND_LENGTH * pixels_per_unit * (LIFTED_GROWTH if lifted else 1.0)
        # Sizes in steps of 2 device pixels: a resize does not fill the cache with near twins.
        height_px = max(8, round(height * ratio / 2) * 2)
        image, contact = self.image(state.pose, height_px)
        shown = height / height_px  # device pixels of the image -> the painter's units
        painter.save()
        painter.translate(at)
        if lifted:
            # A small soft shadow under the fingertips: a big grey disc read as a bruise.
            painter.setOpacity(0.10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(Qt.GlobalColor.black)
            painter.drawEllipse(QPointF(6, 10) * (height / 150), height * 0.08, height * 0.06)
        painter.scale(shown, shown)
        painter.setOpacity(opacity)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        angle = screen_angle % 360
        turned = None
        if state.phase != GuidePhase.CIRCLE:
            key = (state.pose, height_px, round(angle, 2))
            turned = self._turned_image(image, contact, key, angle)
        if turned is not None:
            picture, origin = turned
            painter.drawImage(-origin, picture)
        else:
            painter.rotate(angle)
            painter.drawImage(-contact, image)
        painter.restore()
