"""Draws placed hands of the rig (domain.hand_placement) with QPainter, in a parent's skin tone.

Flat vector shapes in the style of the baby drawing: one outline round the whole arm and hand
(every part's outline is stroked first, then every part is filled over it, so only the outer
edge stays), thin lines where a finger or the thumb lies over its neighbour, a soft shade on the
side away from the light, nails and small creases. A translucent hand is drawn into a layer first
and then blended once, so overlapping parts never show darker seams.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from infant_massage import resources
from infant_massage.domain.contrast import MIN_GRAPHIC_CONTRAST, contrast_ratio
from infant_massage.domain.geometry import Point
from infant_massage.domain.hand_placement import PlacedHand
from infant_massage.domain.hand_rig import HandRig, Part, parse_rig
from infant_massage.domain.skin_tone import SkinTone

RIG_FILE = "hands/rig.toml"
OUTLINE_MM = 1.9  # the outer outline's width on the hand, in millimetres of hand
MIN_OUTLINE_PX = 1.3  # never thinner than this on screen, or small hands lose their edge
EDGE_MM = 1.0  # the thinner lines where parts overlap
LIGHT = (-0.55, -0.84)  # where the light comes from: the top left, like the baby drawing
NAIL_TINT = QColor(255, 236, 228)
DARK_EDGE = "#24150e"
LIGHT_RIM = "#fff3e6"
RIM_MM = 1.4


def mix(a: QColor, b: QColor, k: float) -> QColor:
    """a moved a fraction k of the way to b."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * k),
        round(a.green() + (b.green() - a.green()) * k),
        round(a.blue() + (b.blue() - a.blue()) * k),
    )


class HandPalette:
    """The colours of a parent's hand in one skin tone, against the baby's skin.

    The hand's outer edge must stand out from the baby's skin (at least MIN_GRAPHIC_CONTRAST):
    when the parent's own outline colour is too close to the baby's skin, a darker outline is
    used, or where even that is too close (a dark hand on dark skin), a light rim outside it.
    """

    def __init__(self, tone: SkinTone, against: str | None = None) -> None:
        self.fill = QColor(tone.fill)
        self.shade = QColor(tone.shade)
        self.outline = QColor(tone.outline)
        self.rim: QColor | None = None
        if against is not None and contrast_ratio(tone.outline, against) < MIN_GRAPHIC_CONTRAST:
            if contrast_ratio(DARK_EDGE, against) >= MIN_GRAPHIC_CONTRAST:
                self.outline = QColor(DARK_EDGE)
            else:
                self.rim = QColor(LIGHT_RIM)
        self.light = mix(self.fill, QColor(255, 255, 255), 0.12)
        # Nail beds are lighter and pinker than the skin around them, at every tone.
        self.nail = mix(self.fill, NAIL_TINT, 0.55)
        self.nail_edge = mix(self.outline, self.fill, 0.35)
        self.crease = mix(self.shade, self.outline, 0.45)

    @property
    def edge(self) -> QColor:
        """The colour of the hand's outermost edge, where it meets the baby's skin."""
        return self.rim if self.rim is not None else self.outline


def smooth_path(points: Sequence[Point], closed: bool = True) -> QPainterPath:
    """A curve through the midpoints of a polygon's edges, with its corners as control points:
    the soft, rounded look of the drawings without storing any curves."""
    path = QPainterPath()
    n = len(points)
    if n < 3:
        if n:
            path.moveTo(*points[0])
            for p in points[1:]:
                path.lineTo(*p)
        return path
    if not closed:
        path.moveTo(*points[0])
        for i in range(1, n - 1):
            mid = ((points[i][0] + points[i + 1][0]) / 2, (points[i][1] + points[i + 1][1]) / 2)
            path.quadTo(QPointF(*points[i]), QPointF(*mid))
        path.lineTo(*points[-1])
        return path
    first = ((points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2)
    path.moveTo(*first)
    for i in range(1, n + 1):
        here = points[i % n]
        after = points[(i + 1) % n]
        path.quadTo(QPointF(*here), QPointF((here[0] + after[0]) / 2, (here[1] + after[1]) / 2))
    path.closeSubpath()
    return path


def _shade_brush(part: Part, palette: HandPalette, alpha: float) -> QLinearGradient:
    """Light on the side facing the light, shade on the far side, across the part."""
    (x0, y0), (x1, y1) = part.axis
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    if nx * LIGHT[0] + ny * LIGHT[1] > 0:  # make n point away from the light
        nx, ny = -nx, -ny
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half = part.width / 2
    gradient = QLinearGradient(cx - nx * half, cy - ny * half, cx + nx * half, cy + ny * half)
    for at, colour in ((0.0, palette.light), (0.45, palette.fill), (0.78, palette.fill)):
        gradient.setColorAt(at, _alpha(colour, alpha))
    gradient.setColorAt(1.0, _alpha(palette.shade, alpha))
    return gradient


def _alpha(colour: QColor, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


class HandRigPainter:
    """Paints one or two placed hands onto any QPainter (widget, image, PDF)."""

    def paint(
        self,
        painter: QPainter,
        hands: Sequence[PlacedHand],
        tone: SkinTone,
        opacity: float = 1.0,
        scale: float = 1.0,
        against: str | None = None,
    ) -> None:
        """Draw the hands in their order; scale is picture units per millimetre of hand.

        `opacity` is the skin's: below 1 the baby shows through the hand, while its outline
        stays solid so the hand's shape reads at a glance. `against` is the baby's skin colour,
        for the outline's contrast. A lifted hand (PlacedHand.lift) is fainter.
        """
        palette = HandPalette(tone, against)
        for hand in hands:
            skin = opacity * (1 - 0.3 * hand.lift)
            edge = 1 - 0.25 * hand.lift
            if skin >= 0.999 and edge >= 0.999:
                self._draw_hand(painter, hand, palette, scale, 1.0, replace=False)
            else:
                self._draw_layered(painter, hand, palette, scale, skin, edge)

    # --- layers ------------------------------------------------------------------------------

    def _draw_layered(
        self,
        painter: QPainter,
        hand: PlacedHand,
        palette: HandPalette,
        scale: float,
        skin: float,
        edge: float,
    ) -> None:
        """Into a layer of its own: fills replace what is under them there, so overlapping
        parts are as see-through as one, then the layer is laid on the picture once."""
        transform = painter.transform()
        area = self._device_rect(painter, hand, transform)
        if area.isEmpty():
            return
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        layer = QImage(
            round(area.width() * ratio),
            round(area.height() * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        inner = QPainter(layer)
        inner.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner.setTransform(transform * QTransform.fromTranslate(-area.left(), -area.top()))
        self._draw_hand(inner, hand, palette, scale, skin / max(edge, 1e-3), replace=True)
        inner.end()
        painter.save()
        painter.resetTransform()
        painter.setOpacity(painter.opacity() * edge)
        painter.drawImage(area.topLeft(), layer)
        painter.restore()

    def _device_rect(self, painter: QPainter, hand: PlacedHand, transform: QTransform) -> QRect:
        """The hand's box on the device, cut to the device: a forearm reaching far off the
        picture must not make a huge layer."""
        xs = [p[0] for part in hand.parts for p in part.outline]
        ys = [p[1] for part in hand.parts for p in part.outline]
        box = transform.mapRect(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
        box = box.adjusted(-6, -6, 6, 6).toAlignedRect()
        device = painter.device()
        if device is not None:
            ratio = device.devicePixelRatioF() or 1.0
            limit = QRect(
                0, 0, math.ceil(device.width() / ratio), math.ceil(device.height() / ratio)
            )
            box = box.intersected(limit)
        if painter.hasClipping():
            box = box.intersected(painter.clipBoundingRect().toAlignedRect())
        return box

    # --- one hand ----------------------------------------------------------------------------

    def _draw_hand(
        self,
        painter: QPainter,
        hand: PlacedHand,
        palette: HandPalette,
        scale: float,
        alpha: float,
        replace: bool,
    ) -> None:
        px = max(abs(painter.transform().m11()), abs(painter.transform().m12())) or 1.0
        outline = max(OUTLINE_MM * scale, MIN_OUTLINE_PX / px)
        edge = max(EDGE_MM * scale, MIN_OUTLINE_PX * 0.8 / px)
        paths = [smooth_path(part.outline) for part in hand.parts]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # 1. Every outline, twice as wide as it should look: the fills cover the inner half.
        #    A light rim, where the baby's skin needs one, goes outside it.
        strokes = [(palette.outline, outline * 2)]
        if palette.rim is not None:
            strokes.insert(0, (palette.rim, outline * 2 + max(RIM_MM * scale, 1.2 / px) * 2))
        for colour, width in strokes:
            pen = QPen(colour, width)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            for path in paths:
                painter.drawPath(path)
        # 2. The parts, bottom first, each with its shading, nail, creases and overlap edge.
        edge_pen = QPen(palette.outline, edge)
        edge_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        crease_pen = QPen(palette.crease, edge * 0.9)
        crease_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        fill_mode = (
            QPainter.CompositionMode.CompositionMode_Source
            if replace
            else QPainter.CompositionMode.CompositionMode_SourceOver
        )
        over = QPainter.CompositionMode.CompositionMode_SourceOver
        for part, path in zip(hand.parts, paths, strict=True):
            painter.setCompositionMode(fill_mode)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_shade_brush(part, palette, alpha))
            painter.drawPath(path)
            painter.setCompositionMode(over)
            start, end = part.edge
            if end > start:
                painter.setPen(edge_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(smooth_path(part.outline[start:end], closed=False))
            if part.creases:
                painter.setPen(crease_pen)
                for line in part.creases:
                    painter.drawPath(smooth_path(line, closed=False))
            if part.nail:
                painter.setPen(QPen(palette.nail_edge, edge * 0.8))
                painter.setBrush(_alpha(palette.nail, min(1.0, alpha + 0.15)))
                painter.drawPath(smooth_path(part.nail))
        painter.restore()


def load_hand_rig() -> HandRig:
    """The rig from the bundled assets/hands/rig.toml."""
    return HandRig(parse_rig(resources.read_text(RIG_FILE)))
