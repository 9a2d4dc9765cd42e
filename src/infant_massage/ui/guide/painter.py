"""The one guide painter: a guide at time t, in a viewpoint, onto any QPainter, in any size.

The guide page, the session page, still diagrams, the handout and `render` all draw through
it, so what a parent sees is the same everywhere. Sizes (lines, arrowheads, rings, numbers) are
in proportion to the picture, times the style's line scale, so a projector can ask for bolder
lines. The parent's hands (the jointed rig, both hands, the skin's answers) are drawn by
ui.guide.rig_hands.
"""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBitmap,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QRegion,
    QTransform,
)

from infant_massage.domain.catalog import GuidePattern, GuidePhase
from infant_massage.domain.guide import HAND_LENGTH, Guide, HandState, Route
from infant_massage.domain.viewpoint import Viewpoint
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.guide.rig_hands import RigHands

TRAIL_SECONDS = 1.4
TRAIL_SAMPLES = 14
TRAIL_BANDS = 4
HALO_WIDTH = 2.5  # the halo's edge beyond the ink, in line units
REFERENCE_SIDE = 600.0  # a picture this many pixels on its short side draws at line scale 1
BACKGROUND_CACHE_BYTES = 48 * 2**20
HAND_SAMPLES = 64  # moments of the motion looked at for where the hands reach
KEPT_EXTENTS = 64  # guides whose hands' reach is remembered (a session makes one a step)
POINT_RADIUS = 13.0  # a press point's marker, in line units
KEY_DOT = 5.0  # the dot on the skin a still diagram's number is tied to
VEIL_LIGHTNESS = 0.6  # how far the dimming colour goes from the skin's lightness to the page's
WALKING_ARROWS = (0.1, 0.3, 0.5, 0.7, 0.9)  # the loops of a walking circle that get an arrow


@dataclass(frozen=True)
class GuideStyle:
    """How a guide is drawn, apart from what it shows. Others (class mode, a projector) may
    set `line_scale` and `high_contrast`; colours normally come from the palette."""

    line_scale: float = 1.0
    high_contrast: bool = False
    # An edge of the background's colour round the path and its arrowheads: on a projector
    # the ink reads against any skin tone (teal on skin alone is under 3:1 in every theme).
    halo: bool = False
    accent: QColor = field(default_factory=lambda: QColor("#3f8f84"))
    background: QColor = field(default_factory=lambda: QColor("#fbf7f0"))
    on_accent: QColor = field(default_factory=lambda: QColor("#ffffff"))

    @classmethod
    def from_palette(
        cls,
        palette: QPalette,
        line_scale: float = 1.0,
        high_contrast: bool = False,
        halo: bool = False,
    ) -> GuideStyle:
        return cls(
            line_scale=line_scale,
            high_contrast=high_contrast,
            halo=halo,
            accent=QColor(palette.color(QPalette.ColorRole.Highlight)),
            background=QColor(palette.color(QPalette.ColorRole.Window)),
            on_accent=QColor(palette.color(QPalette.ColorRole.HighlightedText)),
        )

    def with_scale(self, line_scale: float) -> GuideStyle:
        return replace(self, line_scale=line_scale)

    @property
    def dark(self) -> bool:
        return self.background.lightness() < 128

    def ink(self, alpha: int = 255) -> QColor:
        """The colour of paths, arrows and numbers."""
        colour = QColor(self.accent)
        if self.high_contrast:
            colour = colour.lighter(150) if self.dark else colour.darker(170)
            alpha = 255
        colour.setAlpha(alpha)
        return colour

    @property
    def key(self) -> tuple:
        return (
            self.line_scale,
            self.high_contrast,
            self.halo,
            self.accent.rgba(),
            self.background.rgba(),
            self.on_accent.rgba(),
        )


@dataclass(frozen=True)
class NumberMark:
    centre: QPointF
    radius: float
    text: str
    at: QPointF  # the point of the skin the number is tied to: a hand's at that key moment


@dataclass(frozen=True)
class StillLayout:
    """Where a still diagram's arrowheads and numbers go (tests check they never overlap)."""

    arrows: list[QPolygonF]
    numbers: list[NumberMark]
    hand: HandState | None
    markers: list[tuple[QPointF, float]] = field(default_factory=list)  # press points' discs


class GuidePainter:
    def __init__(self, illustrations: Illustrations, hands: RigHands) -> None:
        self.illustrations = illustrations
        self.hands = hands
        self._backgrounds: OrderedDict[tuple, QImage] = OrderedDict()
        self._hand_extents: dict[int, tuple[Guide, QRectF]] = {}
        self._pages: dict[tuple, QRegion] = {}  # each kept background's page round the baby
        self._background_bytes = 0

    # --- geometry ----------------------------------------------------------------------------

    def crop(self, guide: Guide, aspect: float) -> QRectF:
        """The part of the drawing to show: the area and the hand's paths with room round
        them, and both hands whole wherever the motion takes them (only the forearms run off
        the edge, towards the parent), shaped like the picture and kept inside the drawing
        where it fits."""
        box = guide.extent()
        hands = self._hands_extent(guide)
        needed = QRectF(box.left, box.top, box.width, box.height).united(hands)
        pad = HAND_LENGTH * 0.45
        rect = QRectF(box.left - pad, box.top - pad, box.width + 2 * pad, box.height + 2 * pad)
        rect = rect.united(hands)
        if rect.width() / rect.height() < aspect:
            grow = rect.height() * aspect - rect.width()
            rect.adjust(-grow / 2, 0, grow / 2, 0)
        else:
            grow = rect.width() / aspect - rect.height()
            rect.adjust(0, -grow / 2, 0, grow / 2)
        body = self.illustrations.views[guide.view]
        # Moved into the drawing only so far as the area and the hands stay in the picture: a
        # hand on the baby's hand reaches past the drawing's edge, and is shown whole.
        for low, size, limit, least, most, move in (
            (
                rect.left(),
                rect.width(),
                body.width,
                needed.right() - rect.right(),
                needed.left() - rect.left(),
                lambda d: rect.translate(d, 0),
            ),
            (
                rect.top(),
                rect.height(),
                body.height,
                needed.bottom() - rect.bottom(),
                needed.top() - rect.top(),
                lambda d: rect.translate(0, d),
            ),
        ):
            if size <= limit:
                if low < 0:
                    move(min(-low, most))
                elif low + size > limit:
                    move(max(limit - (low + size), least))
        return rect

    def _hands_extent(self, guide: Guide) -> QRectF:
        """Where both hands' palms, fingers and thumbs go over the whole motion, with a
        margin: a hand at the end of a stroke reaches past the path's padding (fingers over
        the edge of the picture, on a short picture the fingers of the hand on a back)."""
        found = self._hand_extents.get(id(guide))
        if found is not None and found[0] is guide:
            return found[1]
        times = {guide.duration * i / HAND_SAMPLES for i in range(HAND_SAMPLES + 1)}
        times.update(self.hands.still_times(guide))
        points = [
            point
            for t in sorted(times)
            for hand in self.hands.placed(guide, t, loop=False)
            for part in hand.parts
            if part.kind != "forearm"
            for point in part.outline
        ]
        if not points:
            extent = QRectF()
        else:
            xs, ys = [x for x, _ in points], [y for _, y in points]
            margin = HAND_LENGTH * 0.06
            extent = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            extent.adjust(-margin, -margin, margin, margin)
        if len(self._hand_extents) > KEPT_EXTENTS:
            self._hand_extents.clear()
        self._hand_extents[id(guide)] = (guide, extent)
        return extent

    def transform(self, guide: Guide, rect: QRectF, viewpoint: Viewpoint) -> QTransform:
        """Illustration units -> the painter's coordinates: a scale and a turn, never a mirror."""
        crop = self.crop(guide, rect.width() / max(1.0, rect.height()))
        scale = min(rect.width() / crop.width(), rect.height() / crop.height())
        centre = crop.center()
        transform = QTransform()
        transform.translate(rect.center().x(), rect.center().y())
        transform.scale(scale, scale)
        transform.rotate(viewpoint.degrees)
        transform.translate(-centre.x(), -centre.y())
        return transform

    @staticmethod
    def unit(rect: QRectF, style: GuideStyle) -> float:
        """One 'pixel' of line width at this picture size."""
        side = min(rect.width(), rect.height())
        return max(0.5, side / REFERENCE_SIDE) * style.line_scale

    # --- the whole picture -------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        guide: Guide,
        t: float,
        viewpoint: Viewpoint = Viewpoint.PARENT,
        style: GuideStyle | None = None,
        *,
        still: bool = False,
        loop: bool = True,
        tone: str | None = None,
    ) -> None:
        style = style or GuideStyle()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # A still diagram numbers its key moments itself: the press points' own numbers would
        # read as a second, different count beside them.
        numbered = not still
        background = self.background(painter, rect, guide, viewpoint, style, tone, numbered)
        under = (background, rect.topLeft())
        painter.drawImage(under[1], under[0])
        page = self.page(painter, rect, guide, viewpoint, style, tone, numbered)
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)  # arms end at its edge
        # The hands get the close-up they lie on: where they are cut away, it shows again.
        if still:
            self.paint_still(painter, rect, guide, viewpoint, style, tone, under=under, page=page)
        else:
            self.paint_moment(
                painter, rect, guide, t, viewpoint, style, loop, tone, under=under, page=page
            )
        painter.restore()

    def background(
        self,
        painter: QPainter,
        rect: QRectF,
        guide: Guide,
        viewpoint: Viewpoint,
        style: GuideStyle,
        tone: str | None,
        numbered: bool = True,
    ) -> QImage:
        """The baby, the veil and the dotted paths (the press points numbered, unless not
        `numbered`): drawn once per guide, size, view and style and kept (least recently used
        first out, within a fixed number of bytes)."""
        key, ratio = self._key(painter, rect, guide, viewpoint, style, tone, numbered)
        image = self._backgrounds.get(key)
        if image is not None:
            self._backgrounds.move_to_end(key)
            return image
        image = QImage(
            max(1, round(rect.width() * ratio)),
            max(1, round(rect.height() * ratio)),
            QImage.Format.Format_RGB32,  # opaque, so a frame copies it instead of blending it
        )
        image.setDevicePixelRatio(ratio)
        image.fill(style.background)
        local = QRectF(0, 0, rect.width(), rect.height())
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        transform = self.transform(guide, local, viewpoint)
        p.setTransform(transform)
        body = self.illustrations.views[guide.view]
        renderer = self.illustrations.renderer(guide.view, tone)
        renderer.render(p, QRectF(0, 0, body.width, body.height))
        # Soften everything but the area being massaged, so the eye goes to it.
        veil = QPainterPath()
        veil.addRect(QRectF(-body.width, -body.height, 3 * body.width, 3 * body.height))
        region = QPainterPath()
        for polygon in guide.region.polygons:
            region.addPolygon(QPolygonF([QPointF(*pt) for pt in polygon.points]))
            region.closeSubpath()
        fade = warm_veil(style.background, self.illustrations.tone(tone).fill)
        # Soft enough that the rest of the baby keeps its colour, in dark mode too.
        fade.setAlpha((70 if style.dark else 130) + (60 if style.high_contrast else 0))
        p.fillPath(veil.subtracted(region), fade)
        p.resetTransform()
        self.paint_routes(p, local, guide, viewpoint, style, numbered)
        p.end()
        self._pages[key] = self._page_of(image, renderer, transform, body, ratio)
        self._remember(key, image)
        return image

    def _key(
        self,
        painter: QPainter,
        rect: QRectF,
        guide: Guide,
        viewpoint: Viewpoint,
        style: GuideStyle,
        tone: str | None,
        numbered: bool = True,
    ) -> tuple[tuple, float]:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (
            id(guide), guide.repetitions, rect.width(), rect.height(), ratio, viewpoint,
            style.key, self.illustrations.tone(tone).id, numbered,
        )  # fmt: skip
        return key, ratio

    @staticmethod
    def _page_of(image: QImage, renderer, transform: QTransform, body, ratio: float) -> QRegion:
        """Where the picture is the page round the baby (in the picture's own pixels): the
        pixels the baby drawing alone leaves clear."""
        mask = QImage(image.width(), image.height(), QImage.Format.Format_ARGB32_Premultiplied)
        mask.fill(Qt.GlobalColor.transparent)
        p = QPainter(mask)
        p.scale(ratio, ratio)
        p.setTransform(transform, True)
        renderer.render(p, QRectF(0, 0, body.width, body.height))
        p.end()
        baby = QRegion(QBitmap.fromImage(mask.createAlphaMask()))
        return QRegion(mask.rect()).subtracted(baby)

    def page(
        self,
        painter: QPainter,
        rect: QRectF,
        guide: Guide,
        viewpoint: Viewpoint,
        style: GuideStyle,
        tone: str | None,
        numbered: bool = True,
    ) -> QRegion:
        """The page round the baby in the painter's device pixels, where a hand is drawn solid:
        a see-through hand there would only show the page (a grey hand on a dark page)."""
        self.background(painter, rect, guide, viewpoint, style, tone, numbered)
        key, ratio = self._key(painter, rect, guide, viewpoint, style, tone, numbered)
        at = painter.transform().map(rect.topLeft()) * ratio
        return self._pages[key].translated(round(at.x()), round(at.y()))

    def _remember(self, key: tuple, image: QImage) -> None:
        self._backgrounds[key] = image
        self._background_bytes += image.sizeInBytes()
        while self._background_bytes > BACKGROUND_CACHE_BYTES and len(self._backgrounds) > 1:
            gone, old = self._backgrounds.popitem(last=False)
            self._pages.pop(gone, None)
            self._background_bytes -= old.sizeInBytes()

    @property
    def cache_bytes(self) -> int:
        return self._background_bytes

    # --- paths and arrows --------------------------------------------------------------------

    def _map(self, transform: QTransform, points) -> list[QPointF]:
        return [transform.map(QPointF(*p)) for p in points]

    def paint_routes(
        self,
        painter: QPainter,
        rect: QRectF,
        guide: Guide,
        viewpoint: Viewpoint,
        style: GuideStyle,
        numbered_points: bool = True,
    ) -> None:
        """Every movement's path: dotted lines with arrowheads, numbered press points."""
        transform = self.transform(guide, rect, viewpoint)
        unit = self.unit(rect, style)
        for route in self.hands.routes(guide):
            points = self._map(transform, route.points)
            if route.kind == "points":
                self._paint_points(painter, points, unit, style, numbered_points and route.counted)
                continue
            heads = self.arrowheads(route, points, unit, guide)
            if style.halo:
                self._paint_halo(painter, points, heads, unit, style)
            solid = style.halo  # over a halo the ink is solid: the skin never shows through
            pen = QPen(style.ink(255 if solid else 200), 3.5 * unit, Qt.PenStyle.DotLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(points))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.ink(255 if solid else 235))
            for head in heads:
                painter.drawPolygon(head)

    @staticmethod
    def _paint_halo(
        painter: QPainter,
        points: list[QPointF],
        heads: list[QPolygonF],
        unit: float,
        style: GuideStyle,
    ) -> None:
        """The background's colour under the dotted line and round each arrowhead."""
        edge = QColor(style.background)
        band = QPen(edge, 3.5 * unit + HALO_WIDTH * 2 * unit)
        band.setCapStyle(Qt.PenCapStyle.RoundCap)
        band.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(band)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(points))
        rim = QPen(edge, HALO_WIDTH * 2 * unit)
        rim.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(rim)
        painter.setBrush(edge)
        for head in heads:
            painter.drawPolygon(head)

    @staticmethod
    def arrow_fractions(route: Route) -> tuple[float, ...]:
        if route.closed:
            return (0.125, 0.375, 0.625, 0.875)
        if len(route.points) > 40:  # a walking circle: one arrow per loop or so
            return WALKING_ARROWS
        return (0.55, 1.0)

    @staticmethod
    def _loop_sides(guide: Guide, route: Route) -> list[int] | None:
        """Where a walking circle's arrowheads go: on a few of its loops, at the loop's outer
        side (away from the middle of the area), the one place no neighbouring loop overlaps
        it. Anywhere else an arrowhead lies inside the next loop as well, where it reads as
        turning the other way round that one. None for any other route."""
        track = guide.tracks[route.movement]
        m = track.movement
        if m.pattern != GuidePattern.CIRCLE or route.closed or len(track.points) < 2:
            return None
        if route.points != guide.routes()[route.movement].points:
            return None  # a mirrored hand's copy: not sampled as the track's own
        samples = len(route.points)
        outward = 1.0 if track.circle_centre(0.0)[0] >= guide.center[0] else -1.0
        found = []
        for fraction in WALKING_ARROWS:
            loop = min(track.repetitions - 1, int(fraction * track.repetitions))
            first = math.ceil(loop * track.cycle / track.duration * samples)
            last = math.floor((loop * track.cycle + m.stroke_seconds) / track.duration * samples)
            indices = range(max(1, first), min(samples - 1, last) + 1)
            if indices:
                found.append(max(indices, key=lambda k: route.points[k][0] * outward))
        return found

    def arrowheads(
        self, route: Route, points: list[QPointF], unit: float, guide: Guide | None = None
    ) -> list[QPolygonF]:
        lengths = [0.0]
        for a, b in itertools.pairwise(points):
            lengths.append(lengths[-1] + math.hypot(b.x() - a.x(), b.y() - a.y()))
        total = lengths[-1]
        if total <= 0:
            return []
        sides = self._loop_sides(guide, route) if guide is not None else None
        if sides is not None:
            targets = [lengths[k] for k in sides]
        else:
            targets = [fraction * total for fraction in self.arrow_fractions(route)]
        size = 16.0 * unit
        heads = []
        for target in targets:
            i = next((k for k in range(1, len(lengths)) if lengths[k] >= target), len(lengths) - 1)
            a, b = points[i - 1], points[i]
            span = (lengths[i] - lengths[i - 1]) or 1.0
            k = (target - lengths[i - 1]) / span
            tip = a + (b - a) * k
            angle = math.atan2(b.y() - a.y(), b.x() - a.x())
            heads.append(
                QPolygonF(
                    [
                        tip,
                        tip - QPointF(math.cos(angle - 0.45), math.sin(angle - 0.45)) * size,
                        tip - QPointF(math.cos(angle + 0.45), math.sin(angle + 0.45)) * size,
                    ]
                )
            )
        return heads

    def _paint_points(
        self,
        painter: QPainter,
        points: list[QPointF],
        unit: float,
        style: GuideStyle,
        numbered: bool,
    ) -> None:
        if style.halo:
            painter.setPen(QPen(style.background, (2.5 + HALO_WIDTH * 2) * unit))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for point in points:
                painter.drawEllipse(point, POINT_RADIUS * unit, POINT_RADIUS * unit)
        painter.setPen(QPen(style.ink(255 if style.halo else 220), 2.5 * unit))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, round(17 * unit)))
        painter.setFont(font)
        for number, point in enumerate(points, start=1):
            painter.setBrush(style.ink(50))
            painter.drawEllipse(point, POINT_RADIUS * unit, POINT_RADIUS * unit)
            if numbered and len(points) > 1:
                # Well to the side, so the hold ring around the point never hides the number.
                painter.drawText(
                    QRectF(point.x() + 38 * unit, point.y() - 12 * unit, 30 * unit, 24 * unit),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    str(number),
                )

    # --- one moment --------------------------------------------------------------------------

    def paint_moment(
        self,
        painter: QPainter,
        rect: QRectF,
        guide: Guide,
        t: float,
        viewpoint: Viewpoint,
        style: GuideStyle,
        loop: bool = True,
        tone: str | None = None,
        under: tuple[QImage, QPointF] | None = None,
        page: QRegion | None = None,
    ) -> None:
        transform = self.transform(guide, rect, viewpoint)
        unit = self.unit(rect, style)
        state = self.hands.stroke_at(guide, t, loop=loop)

        def marks(p: QPainter) -> None:
            self._paint_trail(p, transform, guide, t, loop, unit, style)
            # The rig draws the skin's own answer to the pressure: the ring only marks the spot.
            self._paint_contact(p, transform, state, unit, style)

        marks(painter)
        baby = self.illustrations.tone(tone)
        self.hands.draw_moment(
            painter, transform, guide, t, baby, loop, under=under, marks=marks, page=page
        )

    def _paint_trail(
        self,
        painter: QPainter,
        transform: QTransform,
        guide: Guide,
        t: float,
        loop: bool,
        unit: float,
        style: GuideStyle,
    ) -> None:
        trail = guide.trail(
            t, TRAIL_SECONDS, TRAIL_SAMPLES, loop=loop, pose=partial(self.hands.stroke_at, guide)
        )
        # A few polylines of falling opacity: looks like a smooth fade, costs a few strokes.
        bands: list[list[QPointF]] = [[] for _ in range(TRAIL_BANDS)]
        previous: QPointF | None = None
        for point, age in trail:
            here = transform.map(QPointF(*point))
            if previous is not None and (here - previous).manhattanLength() > 80 * unit:
                break  # a jump back to the start of the stroke is not part of the trail
            band = min(TRAIL_BANDS - 1, int(age / TRAIL_SECONDS * TRAIL_BANDS))
            if previous is not None and not bands[band]:
                bands[band].append(previous)
            bands[band].append(here)
            previous = here
        for index, points in enumerate(bands):
            if len(points) < 2:
                continue
            pen = QPen(style.ink(int(170 * (1 - index / TRAIL_BANDS))), 9 * unit)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(points))

    def _paint_contact(
        self,
        painter: QPainter,
        transform: QTransform,
        state: HandState,
        unit: float,
        style: GuideStyle,
    ) -> None:
        if not state.contact:
            return
        centre = transform.map(QPointF(state.x, state.y))
        radius = (10 + 16 * state.pressure) * unit
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if style.halo:
            painter.setPen(QPen(style.background, (2.5 + HALO_WIDTH * 2) * unit))
            painter.drawEllipse(centre, radius, radius)
        painter.setPen(QPen(style.ink(255 if style.halo else 220), 2.5 * unit))
        painter.drawEllipse(centre, radius, radius)
        if state.phase == GuidePhase.HOLD:  # a ring that fills while the press is held
            gap = 9 * unit
            ring = QRectF(
                centre.x() - radius - gap,
                centre.y() - radius - gap,
                2 * (radius + gap),
                2 * (radius + gap),
            )
            pen = QPen(style.ink(255), 5 * unit)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(ring, 90 * 16, -round(state.phase_progress * 360 * 16))

    # --- the still diagram -------------------------------------------------------------------

    def still_layout(
        self, guide: Guide, rect: QRectF, viewpoint: Viewpoint, style: GuideStyle
    ) -> StillLayout:
        """Arrowheads on the paths and numbered key poses beside them, off the arrows."""
        transform = self.transform(guide, rect, viewpoint)
        unit = self.unit(rect, style)
        arrows: list[QPolygonF] = []
        markers: list[tuple[QPointF, float]] = []
        for route in self.hands.routes(guide):
            points = self._map(transform, route.points)
            if route.kind == "line":
                arrows += self.arrowheads(route, points, unit, guide)
            elif route.kind == "points":
                markers += [(point, POINT_RADIUS * unit) for point in points]
        radius = 15 * unit
        numbers: list[NumberMark] = []
        states = guide.key_states()
        centre = transform.map(QPointF(*guide.center))
        # Each key moment's number beside every hand that strokes then: a mirrored pair of
        # thumbs has a 1 on each side, where each thumb is.
        key_points = self.hands.key_points(guide)
        dots = [
            (transform.map(QPointF(*point)), KEY_DOT * unit) for ps in key_points for point in ps
        ]
        for number, points in enumerate(key_points, start=1):
            for point in points:
                at = transform.map(QPointF(*point))
                spot = self._beside(at, centre, arrows, numbers, radius, (*markers, *dots))
                numbers.append(NumberMark(spot, radius, str(number), at))
        return StillLayout(arrows, numbers, states[0] if states else None, markers)

    @staticmethod
    def _beside(
        at: QPointF,
        centre: QPointF,
        arrows: list[QPolygonF],
        placed: list[NumberMark],
        radius: float,
        discs: tuple[tuple[QPointF, float], ...] = (),
    ) -> QPointF:
        """A spot for a number next to its pose: away from the picture's middle first, then
        round the pose until it is clear of every arrowhead, every other number and every
        disc (the press points' markers, the dots the numbers are tied to)."""
        away = math.atan2(at.y() - centre.y(), at.x() - centre.x())
        for distance in (2.2, 3.0, 3.8, 4.6, 5.4):
            for step in range(12):
                angle = away + (step // 2 + 0.5 * (step % 2)) * (1 if step % 2 else -1) * 0.5
                spot = at + QPointF(math.cos(angle), math.sin(angle)) * radius * distance
                clear = all(
                    math.hypot(spot.x() - m.centre.x(), spot.y() - m.centre.y()) > 2.2 * radius
                    for m in placed
                ) and all(_disc_clear_of(spot, radius * 1.15, head) for head in arrows)
                clear = clear and all(
                    math.hypot(spot.x() - c.x(), spot.y() - c.y()) > radius * 1.15 + r
                    for c, r in discs
                )
                if clear:
                    return spot
        return at + QPointF(math.cos(away), math.sin(away)) * radius * 2.2

    def paint_still(
        self,
        painter: QPainter,
        rect: QRectF,
        guide: Guide,
        viewpoint: Viewpoint,
        style: GuideStyle,
        tone: str | None = None,
        under: tuple[QImage, QPointF] | None = None,
        page: QRegion | None = None,
    ) -> None:
        """Reduced motion: the same information as numbered key poses. The hand lies under the
        paths, arrows and numbers, so it never hides one."""
        layout = self.still_layout(guide, rect, viewpoint, style)
        transform = self.transform(guide, rect, viewpoint)
        unit = self.unit(rect, style)
        if layout.hand is not None:
            baby = self.illustrations.tone(tone)
            for t in self.hands.still_times(guide):
                self.hands.draw_moment(
                    painter, transform, guide, t, baby, False, 0.6, under, page=page
                )
        # The lines that tie each number to its pose first: under the markers and the other
        # numbers, never across one.
        painter.setPen(QPen(style.ink(235), 2 * unit))
        for mark in layout.numbers:
            painter.drawLine(mark.at, mark.centre)
        # The paths again, over the hand.
        self.paint_routes(painter, rect, guide, viewpoint, style, numbered_points=False)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, round(19 * unit)))
        painter.setFont(font)
        for mark in layout.numbers:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.ink(255))
            painter.drawEllipse(mark.at, KEY_DOT * unit, KEY_DOT * unit)
            painter.drawEllipse(mark.centre, mark.radius, mark.radius)
            painter.setPen(style.on_accent)
            painter.drawText(
                QRectF(
                    mark.centre.x() - mark.radius,
                    mark.centre.y() - mark.radius,
                    2 * mark.radius,
                    2 * mark.radius,
                ),
                Qt.AlignmentFlag.AlignCenter,
                mark.text,
            )


def warm_veil(background: QColor, skin: str) -> QColor:
    """The colour that dims the rest of the baby: the skin's own hue and saturation, most of the
    way to the background's lightness. A veil of the plain background turned the darker tones
    an ashy grey; this one keeps every tone warm while it still fades."""
    tint = QColor(skin).toHsl()
    base = QColor(background).toHsl()
    lightness = tint.lightnessF() + VEIL_LIGHTNESS * (base.lightnessF() - tint.lightnessF())
    return QColor.fromHslF(max(0.0, tint.hslHueF()), tint.hslSaturationF(), lightness)


def _disc_clear_of(centre: QPointF, radius: float, polygon: QPolygonF) -> bool:
    """True when a disc does not touch a (small, convex) polygon."""
    if polygon.containsPoint(centre, Qt.FillRule.OddEvenFill):
        return False
    points = [polygon.at(i) for i in range(polygon.count())]
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        if _segment_distance(centre, a, b) < radius:
            return False
    return True


def _segment_distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = dx * dx + dy * dy
    k = (
        0.0
        if length == 0
        else max(0.0, min(1.0, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length))
    )
    return math.hypot(p.x() - (a.x() + k * dx), p.y() - (a.y() + k * dy))
