"""Draws placed hands of the rig (domain.hand_placement) with QPainter, in a parent's skin tone.

Flat vector shapes in the style of the baby drawing: one outline round the whole arm and hand
(every part's outline is stroked first, then every part is filled over it, so only the outer
edge stays), thin lines where a finger or the thumb lies over its neighbour, a soft shade on the
side away from the light, nails and small creases. A translucent hand is drawn into a picture of its
own first and then blended once, so overlapping parts never show darker seams.
"""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from infant_massage import resources
from infant_massage.domain.contrast import (
    MIN_GRAPHIC_CONTRAST,
    contrast_ratio,
    luminance,
    parse_hex,
)
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
MIN_RIM_PX = 2.0  # a light rim thinner than this is lost against dark skin on a small picture
# The outline is chosen for a little more than MIN_GRAPHIC_CONTRAST against the baby's flat skin
# colour: smoothed edges and the skin's own shading take some off what the eye finally sees.
OUTLINE_CONTRAST = MIN_GRAPHIC_CONTRAST + 0.5
LIFTED_SKIN = 0.6  # how much of its skin's opacity a hand lifted off the baby loses
LIFTED_EDGE = 0.45  # and of its outline's
ALPHA_STEPS = 24  # the skin's opacity in a cached hand picture, in steps of 1/24
CACHE_BYTES = 32 * 2**20  # upright hand pictures: a few poses and sizes at full screen
SEAM_PX = 0.7  # how far the forearm's fill tucks under the palm, in pixels
# The hand's skin must differ from the baby's at a glance, not only at its outline: a parent of
# the baby's own tone gets a skin moved this far (WCAG contrast ratio) from the baby's, darker
# (or, on a deep tone, lighter). 1.3 reads as another surface without looking another colour.
FILL_CONTRAST = 1.3
DEEP_LUMINANCE = 0.12  # a baby's skin darker than this: the parent's skin is moved lighter


def mix(a: QColor, b: QColor, k: float) -> QColor:
    """a moved a fraction k of the way to b."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * k),
        round(a.green() + (b.green() - a.green()) * k),
        round(a.blue() + (b.blue() - a.blue()) * k),
    )


class HandPalette:
    """The colours of a parent's hand in one skin tone, against the baby's skin.

    The hand's outer edge must stand out from the baby's skin (OUTLINE_CONTRAST):
    when the parent's own outline colour is too close to the baby's skin, a darker outline is
    used, or where even that is too close (a dark hand on dark skin), a light rim outside it.
    """

    def __init__(self, tone: SkinTone, against: str | None = None) -> None:
        self.fill = QColor(tone.fill)
        self.shade = QColor(tone.shade)
        self.outline = QColor(tone.outline)
        self.rim: QColor | None = None
        if against is not None and contrast_ratio(tone.outline, against) < OUTLINE_CONTRAST:
            if contrast_ratio(DARK_EDGE, against) >= OUTLINE_CONTRAST:
                self.outline = QColor(DARK_EDGE)
            else:
                self.rim = QColor(LIGHT_RIM)
        if against is not None:
            self.fill, self.shade = _apart_from(self.fill, self.shade, against)
        self.light = mix(self.fill, QColor(255, 255, 255), 0.12)
        # Nail beds are lighter and pinker than the skin around them, at every tone.
        self.nail = mix(self.fill, NAIL_TINT, 0.55)
        self.nail_edge = mix(self.outline, self.fill, 0.35)
        self.crease = mix(self.shade, self.outline, 0.45)

    @property
    def edge(self) -> QColor:
        """The colour of the hand's outermost edge, where it meets the baby's skin."""
        return self.rim if self.rim is not None else self.outline


def _apart_from(fill: QColor, shade: QColor, baby: str) -> tuple[QColor, QColor]:
    """The hand's skin and shade, moved just far enough from the baby's skin to read as the
    parent's (FILL_CONTRAST): towards a darker skin, or a lighter one where the baby's is deep."""
    if contrast_ratio(fill.name(), baby) >= FILL_CONTRAST:
        return fill, shade
    darker = luminance(parse_hex(baby)) > DEEP_LUMINANCE
    target = QColor(0, 0, 0) if darker else QColor(255, 255, 255)
    for step in range(1, 21):
        k = step / 40  # at most halfway
        moved = mix(fill, target, k)
        if contrast_ratio(moved.name(), baby) >= FILL_CONTRAST:
            return moved, mix(shade, target, k)
    return mix(fill, target, 0.5), mix(shade, target, 0.5)


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


def _shade_brush(
    part: Part, palette: HandPalette, alpha: float, flip: float = 1.0
) -> QLinearGradient:
    """Light on the side facing the light, shade on the far side, across the part.

    `flip` -1 draws a left hand from the right hand's outlines: the light keeps its side."""
    (x0, y0), (x1, y1) = part.axis
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    if nx * LIGHT[0] * flip + ny * LIGHT[1] > 0:  # make n point away from the light
        nx, ny = -nx, -ny
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half = part.width / 2
    gradient = QLinearGradient(cx - nx * half, cy - ny * half, cx + nx * half, cy + ny * half)
    for at, colour in ((0.0, palette.light), (0.45, palette.fill), (0.78, palette.fill)):
        gradient.setColorAt(at, _alpha(colour, alpha))
    gradient.setColorAt(1.0, _alpha(palette.shade, alpha))
    return gradient


def _part_path(part: Part) -> QPainterPath:
    """A part's filled shape. The palm's is its open outline closed by a straight wrist edge, so
    the fill runs right to the ends of its outline (where the forearm's outline carries on)
    and the forearm, starting on that same edge, meets it with neither a gap nor an overlap."""
    if part.kind != "palm":
        return smooth_path(part.outline)
    path = smooth_path(part.outline, closed=False)
    path.closeSubpath()
    return path


def _outside(side: Sequence[Point], axis: tuple[Point, Point], offset: float) -> QPolygonF:
    """A side of the forearm (from the wrist) moved `offset` outwards, away from the arm's
    centre line: each point along the mean of the normals of the segments beside it (the sides
    are nearly straight, so this keeps the width)."""
    (ax, ay), (bx, by) = axis
    length = math.hypot(bx - ax, by - ay) or 1.0
    ux, uy = (bx - ax) / length, (by - ay) / length
    mx = sum(p[0] for p in side) / len(side) - ax
    my = sum(p[1] for p in side) / len(side) - ay
    along = mx * ux + my * uy
    away = (mx - along * ux, my - along * uy)  # from the axis towards this side
    normals = []
    for (x0, y0), (x1, y1) in itertools.pairwise(side):
        d = math.hypot(x1 - x0, y1 - y0) or 1.0
        nx, ny = -(y1 - y0) / d, (x1 - x0) / d
        if nx * away[0] + ny * away[1] < 0:
            nx, ny = -nx, -ny
        normals.append((nx, ny))
    if not normals:
        return QPolygonF([QPointF(*p) for p in side])
    moved = []
    for i, (x, y) in enumerate(side):
        n0 = normals[max(0, i - 1)]
        n1 = normals[min(len(normals) - 1, i)]
        nx, ny = n0[0] + n1[0], n0[1] + n1[1]
        k = offset / max(0.5, (nx * n1[0] + ny * n1[1]))  # a mitre: the band keeps its width
        moved.append(QPointF(x + nx * k, y + ny * k))
    # At the wrist it starts a little back under the palm's outline, which ends there: where
    # the wrist bends, the two would leave a notch between them.
    (x0, y0), (x1, y1) = side[0], side[1]
    d = math.hypot(x1 - x0, y1 - y0) or 1.0
    moved[0] -= QPointF((x1 - x0) / d * offset, (y1 - y0) / d * offset)
    return QPolygonF(moved)


def _alpha(colour: QColor, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


class HandRigPainter:
    """Paints one or two placed hands onto any QPainter (widget, image, PDF).

    The hand (palm, fingers, thumb) is drawn once per pose, size and look, upright, into a
    picture that each frame only turns into place: a stroke or a circle, where the pose stays
    the same, costs a blit. The forearm, which follows the hand's every move, is drawn each time.
    """

    def __init__(self, cache_bytes: int = CACHE_BYTES) -> None:
        self._images: OrderedDict[tuple, tuple[QImage, QPointF]] = OrderedDict()
        self._bytes = 0
        self._limit = cache_bytes
        self.renders = 0  # hand pictures drawn so far (tests and the benchmark watch it)
        self._turned: OrderedDict[tuple, tuple[QImage, QPointF]] = OrderedDict()
        self._turned_bytes = 0

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
            # Lifted clear of the skin, a hand is a light ghost: the hand still on the baby,
            # under it, reads first (hand over hand, the one coming back passes over).
            skin = opacity * (1 - LIFTED_SKIN * hand.lift)
            edge = 1 - LIFTED_EDGE * hand.lift
            # The skin's opacity is drawn into the cached picture: in steps, so a hand lifting
            # off or touching down reuses a few pictures instead of drawing one per frame.
            skin = max(1, round(skin / edge * ALPHA_STEPS)) / ALPHA_STEPS * edge
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setOpacity(painter.opacity() * edge)
            self._draw_forearm(painter, hand.forearm, palette, scale, skin / edge)
            self._blit_hand(painter, hand, palette, (tone.id, against), skin / edge)
            painter.restore()

    # --- the forearm, every frame --------------------------------------------------------------

    def _draw_forearm(
        self, painter: QPainter, arm: Part, palette: HandPalette, scale: float, alpha: float
    ) -> None:
        px = max(abs(painter.transform().m11()), abs(painter.transform().m12())) or 1.0
        outline = max(OUTLINE_MM * scale, MIN_OUTLINE_PX / px)
        half = len(arm.outline) // 2
        points = list(arm.outline)
        # The arm reaches far beyond the picture: draw it only a picture's diagonal long.
        device = painter.device()
        if device is not None:
            wx, wy = arm.axis[0]
            reach = math.hypot(device.width(), device.height()) / px
            for i in (half - 1, half):
                x, y = points[i]
                far = math.hypot(x - wx, y - wy)
                if far > reach:
                    points[i] = (wx + (x - wx) * reach / far, wy + (y - wy) * reach / far)
        # The fill reaches a little under the palm's wrist edge: two smoothed edges meeting
        # exactly let a thin line of the baby show through between them.
        (wx, wy), (sx, sy) = arm.axis
        length = math.hypot(sx - wx, sy - wy) or 1.0
        tuck = SEAM_PX / px
        under = [
            (x - (sx - wx) / length * tuck, y - (sy - wy) / length * tuck)
            for x, y in (points[0], points[-1])
        ]
        polygon = QPolygonF([QPointF(*p) for p in (under[0], *points, under[1])])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_shade_brush(arm, palette, alpha))
        painter.drawPolygon(polygon)
        # The outline lies outside the arm's edge, as the hand's does outside its parts (their
        # outline is stroked twice as wide and covered inside by the fill): the palm's outline,
        # ending at the wrist, carries on into the arm's at the same width, with no step.
        bands = [(palette.outline, outline)]
        if palette.rim is not None:
            bands.insert(0, (palette.rim, outline + max(RIM_MM * scale, MIN_RIM_PX / px)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for side in (points[:half], points[half:][::-1]):  # each from the wrist
            for colour, width in bands:
                pen = QPen(colour, width)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
                painter.setPen(pen)
                painter.drawPolyline(_outside(side, arm.axis, width / 2))

    # --- the hand, drawn once and turned into place --------------------------------------------

    def _blit_hand(
        self, painter: QPainter, hand: PlacedHand, palette: HandPalette, look: tuple, alpha: float
    ) -> None:
        transform = painter.transform()
        device = painter.device()
        ratio = (device.devicePixelRatioF() if device is not None else 1.0) or 1.0
        units = math.hypot(transform.m11(), transform.m12()) or 1.0  # logical px per unit
        per_mm = units * ratio * hand.scale  # device pixels per millimetre of hand
        image, origin = self.image(hand, palette, look, alpha, per_mm)
        # On screen the hand turns by its heading and by the view's own turn.
        screen = hand.heading + math.degrees(math.atan2(transform.m12(), transform.m11()))
        turned = self._turned_image(hand, look, alpha, per_mm, screen, image, origin)
        if turned is not None:  # a hand that keeps its angle: a plain copy, no turning
            picture, at = turned
            wrist = transform.map(QPointF(*hand.wrist))
            painter.resetTransform()
            painter.drawImage(QPointF(round(wrist.x() * ratio), round(wrist.y() * ratio)) / ratio
                              - at / ratio, picture)  # fmt: skip
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(QPointF(*hand.wrist))
        painter.rotate(hand.heading)
        painter.scale(1 / (units * ratio), 1 / (units * ratio))
        painter.drawImage(-origin, image)

    def _turned_image(
        self,
        hand: PlacedHand,
        look: tuple,
        alpha: float,
        per_mm: float,
        angle: float,
        image: QImage,
        origin: QPointF,
    ) -> tuple[QImage, QPointF] | None:
        """The upright picture already turned to this angle, for a hand held at one angle (a
        stroke, a press); None for a hand turning frame after frame (a circle), drawn turned
        directly. The choice depends only on the hand, so one moment always looks the same."""
        if hand.turning:
            return None
        base = (hand.side, hand.pose_key, round(per_mm * 16) / 16, look, round(alpha, 3))
        angle = round(angle * 4) / 4
        key = (base, angle)
        found = self._turned.get(key)
        if found is not None:
            self._turned.move_to_end(key)
            return found
        turn = QTransform().rotate(angle)
        box = turn.mapRect(QRectF(-origin.x(), -origin.y(), image.width(), image.height()))
        box = box.toAlignedRect()
        picture = QImage(box.width(), box.height(), QImage.Format.Format_ARGB32_Premultiplied)
        picture.fill(Qt.GlobalColor.transparent)
        p = QPainter(picture)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.translate(-box.left(), -box.top())
        p.rotate(angle)
        p.drawImage(-origin, image)
        p.end()
        found = (picture, QPointF(-box.left(), -box.top()))
        self._turned[key] = found
        self._turned_bytes += picture.sizeInBytes()
        while self._turned_bytes > self._limit // 2 and len(self._turned) > 1:
            _, (old, _) = self._turned.popitem(last=False)
            self._turned_bytes -= old.sizeInBytes()
        return found

    def image(
        self, hand: PlacedHand, palette: HandPalette, look: tuple, alpha: float, per_mm: float
    ) -> tuple[QImage, QPointF]:
        """The upright hand at this size, and where its wrist lies in the picture."""
        per_mm = round(per_mm * 16) / 16  # near sizes share a picture
        key = (hand.side, hand.pose_key, per_mm, look, round(alpha, 3))
        found = self._images.get(key)
        if found is not None:
            self._images.move_to_end(key)
            return found
        found = self._draw_upright(hand, palette, alpha, per_mm)
        self.renders += 1
        self._images[key] = found
        self._bytes += found[0].sizeInBytes()
        while self._bytes > self._limit and len(self._images) > 1:
            _, (old, _) = self._images.popitem(last=False)
            self._bytes -= old.sizeInBytes()
        return found

    def _draw_upright(
        self, hand: PlacedHand, palette: HandPalette, alpha: float, per_mm: float
    ) -> tuple[QImage, QPointF]:
        flip = -1.0 if hand.side == "left" else 1.0
        xs = [p[0] * flip for part in hand.local for p in part.outline]
        ys = [p[1] for part in hand.local for p in part.outline]
        margin = (OUTLINE_MM + RIM_MM) * 2 + (2 * (MIN_OUTLINE_PX + MIN_RIM_PX) + 2) / per_mm
        left, top = min(xs) - margin, min(ys) - margin
        width = math.ceil((max(xs) + margin - left) * per_mm)
        height = math.ceil((max(ys) + margin - top) * per_mm)
        image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        inner = QPainter(image)
        inner.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner.scale(per_mm, per_mm)
        inner.translate(-left, -top)
        inner.scale(flip, 1.0)
        self._draw_parts(inner, hand.local, palette, 1.0, alpha, replace=True, flip=flip)
        inner.end()
        return image, QPointF(-left * per_mm, -top * per_mm)

    @property
    def cache_bytes(self) -> int:
        """The memory the kept hand pictures hold, upright and turned (each kind capped)."""
        return self._bytes + self._turned_bytes

    # --- the parts -----------------------------------------------------------------------------

    def _draw_parts(
        self,
        painter: QPainter,
        parts: Sequence[Part],
        palette: HandPalette,
        scale: float,
        alpha: float,
        replace: bool,
        flip: float = 1.0,
    ) -> None:
        px = max(abs(painter.transform().m11()), abs(painter.transform().m12())) or 1.0
        outline = max(OUTLINE_MM * scale, MIN_OUTLINE_PX / px)
        edge = max(EDGE_MM * scale, MIN_OUTLINE_PX * 0.8 / px)
        paths = [_part_path(part) for part in parts]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # 1. Every outline, twice as wide as it should look: the fills cover the inner half.
        #    A light rim, where the baby's skin needs one, goes outside it.
        strokes = [(palette.outline, outline * 2)]
        if palette.rim is not None:
            strokes.insert(0, (palette.rim, outline * 2 + max(RIM_MM * scale, MIN_RIM_PX / px) * 2))
        for colour, width in strokes:
            pen = QPen(colour, width)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            for part, path in zip(parts, paths, strict=True):
                if part.kind == "palm":  # open at the wrist: the forearm carries on from there
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    painter.setPen(pen)
                    painter.drawPath(smooth_path(part.outline, closed=False))
                    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
                    painter.setPen(pen)
                else:
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
        for part, path in zip(parts, paths, strict=True):
            painter.setCompositionMode(fill_mode)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_shade_brush(part, palette, alpha, flip))
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
    return HandRig(parse_rig(resources.read_text(RIG_FILE), resources.prepared_tables("hands/")))
