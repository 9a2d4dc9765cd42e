"""The animated close-up: the area, the path the hand follows, its trail, and the hand itself.

The pose comes from domain.guide (pure geometry); this widget only draws it. Time comes from a
Playback driven by an injectable clock, and the repaint timer runs only while the guide plays
on screen, so a paused or hidden guide costs no CPU.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from infant_massage.domain.catalog import GuidePattern, GuidePhase
from infant_massage.domain.clock import Playback
from infant_massage.domain.geometry import Point
from infant_massage.domain.guide import Guide, HandState
from infant_massage.ui.hand_art import HandArt
from infant_massage.ui.illustrations import Illustrations
from infant_massage.ui.visible_timer import VisibleTimer

FRAME_MS = 16
HAND_LENGTH = 150.0  # illustration units: an adult hand next to this baby
TRAIL_SECONDS = 1.4
TRAIL_SAMPLES = 14
TRAIL_BANDS = 4


class GuideView(QWidget):
    stateChanged = Signal(object)  # HandState, after every frame
    playingChanged = Signal(bool)

    def __init__(
        self,
        illustrations: Illustrations,
        hands: HandArt,
        playback: Playback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._illustrations = illustrations
        self._hands = hands
        self.playback = playback or Playback()
        self.guide: Guide | None = None
        self.mirrored = False
        self.loop = True
        self.reduced_motion = False
        self._tone: str | None = None
        self._background: QImage | None = None
        self._background_key: tuple | None = None
        self.timer = VisibleTimer(
            self, FRAME_MS, lambda: self.playback.playing and not self.reduced_motion
        )
        self.timer.timeout.connect(self.refresh)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 260)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(640, 560)

    # --- control -----------------------------------------------------------------------------

    def set_guide(self, guide: Guide, tone_id: str | None = None) -> None:
        self.guide = guide
        self._tone = tone_id
        self._background = None
        self.playback.pause()
        self.playback.seek(0.0)
        self.refresh()

    def set_skin_tone(self, tone_id: str | None) -> None:
        self._tone = tone_id
        self._background = None
        self.update()

    def play(self) -> None:
        if self.guide is None or self.reduced_motion:
            return
        if not self.loop and self.playback.time() >= self.guide.duration:
            self.playback.seek(0.0)
        self.playback.play()
        self._sync_timer()
        self.playingChanged.emit(True)

    def pause(self) -> None:
        self.playback.pause()
        self._sync_timer()
        self.playingChanged.emit(False)
        self.refresh()

    def toggle(self) -> None:
        if self.playback.playing:
            self.pause()
        else:
            self.play()

    def restart(self) -> None:
        self.playback.seek(0.0)
        self.refresh()

    def seek(self, seconds: float) -> None:
        self.playback.seek(seconds)
        self.refresh()

    def set_speed(self, speed: float) -> None:
        self.playback.set_speed(speed)

    def set_mirrored(self, mirrored: bool) -> None:
        self.mirrored = mirrored
        self._background = None
        self.refresh()

    def set_loop(self, loop: bool) -> None:
        self.loop = loop

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        if reduced and self.playback.playing:
            self.pause()
        self.update()

    @property
    def timer_running(self) -> bool:
        return self.timer.isActive()

    def guide_time(self) -> float:
        if self.guide is None:
            return 0.0
        t = self.playback.time()
        if self.loop:
            return math.fmod(t, self.guide.duration)
        return min(t, self.guide.duration)

    def current_state(self) -> HandState | None:
        if self.guide is None:
            return None
        return self.guide.pose_at(self.guide_time(), loop=self.loop, mirrored=self.mirrored)

    def refresh(self) -> None:
        """Advance to the playback's current time: repaint and report the pose."""
        state = self.current_state()
        if state is None:
            return
        if not self.loop and self.playback.playing and self.playback.time() >= self.guide.duration:
            self.playback.pause()
            self._sync_timer()
            self.playingChanged.emit(False)
        self.update()
        self.stateChanged.emit(state)

    def _sync_timer(self) -> None:
        self.timer.sync()

    # --- geometry ----------------------------------------------------------------------------

    def _crop(self) -> QRectF:
        """The part of the drawing to show: the area and the hand's path with room around them,
        kept inside the drawing so no empty margin shows where the baby ends."""
        assert self.guide is not None
        box = self.guide.box
        xs = [p[0] for p in self.guide.route()] + [box.left, box.right]
        ys = [p[1] for p in self.guide.route()] + [box.top, box.bottom]
        pad = HAND_LENGTH * 0.45
        rect = QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, 0)
        rect.setHeight(max(ys) - min(ys) + 2 * pad)
        # Match the widget's shape first, then slide the window back inside the drawing.
        aspect = self.width() / max(1, self.height())
        if rect.width() / rect.height() < aspect:
            grow = rect.height() * aspect - rect.width()
            rect.adjust(-grow / 2, 0, grow / 2, 0)
        else:
            grow = rect.width() / aspect - rect.height()
            rect.adjust(0, -grow / 2, 0, grow / 2)
        body = self._illustrations.views[self.guide.view]
        for low, size, limit, move in (
            (rect.left(), rect.width(), body.width, lambda d: rect.translate(d, 0)),
            (rect.top(), rect.height(), body.height, lambda d: rect.translate(0, d)),
        ):
            if size <= limit:
                if low < 0:
                    move(-low)
                elif low + size > limit:
                    move(limit - (low + size))
        if self.mirrored:
            cx = self.guide.center[0]
            rect = QRectF(2 * cx - rect.right(), rect.top(), rect.width(), rect.height())
        return rect

    def view_transform(self) -> QTransform:
        """Illustration units -> widget pixels for the close-up."""
        crop = self._crop()
        scale = min(self.width() / crop.width(), self.height() / crop.height())
        dx = (self.width() - crop.width() * scale) / 2 - crop.left() * scale
        dy = (self.height() - crop.height() * scale) / 2 - crop.top() * scale
        return QTransform(scale, 0, 0, scale, dx, dy)

    def hand_point(self) -> QPointF:
        """Where the hand touches, in widget pixels (for tests and captions)."""
        state = self.current_state()
        assert state is not None
        return self.view_transform().map(QPointF(state.x, state.y))

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.guide is None:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            painter.end()
            return
        painter.drawImage(0, 0, self._background_image())
        transform = self.view_transform()
        if self.reduced_motion:
            self._paint_key_poses(painter, transform)
        else:
            self._paint_trail(painter, transform)
            state = self.current_state()
            assert state is not None
            self._paint_contact(painter, transform, state)
            self._paint_hand(painter, transform, state)
        painter.end()

    def _background_image(self) -> QImage:
        """The close-up of the baby, drawn once per size, skin tone and side."""
        key = (
            id(self.guide),
            self.width(),
            self.height(),
            self._tone,
            self.mirrored,
            self.palette().color(QPalette.ColorRole.Window).name(),
        )
        if self._background is not None and self._background_key == key:
            return self._background
        assert self.guide is not None
        ratio = self.devicePixelRatioF()
        image = QImage(  # opaque, so a frame copies it instead of blending it
            round(self.width() * ratio),
            round(self.height() * ratio),
            QImage.Format.Format_RGB32,
        )
        image.setDevicePixelRatio(ratio)
        background = self.palette().color(QPalette.ColorRole.Window)
        image.fill(background)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        transform = self.view_transform()
        if self.mirrored:
            cx = self.guide.center[0]
            transform = QTransform(-1, 0, 0, 1, 2 * cx, 0) * transform
        painter.setTransform(transform)
        body = self._illustrations.views[self.guide.view]
        renderer = self._illustrations.renderer(self.guide.view, self._tone)
        renderer.render(painter, QRectF(0, 0, body.width, body.height))
        # Soften everything but the area being massaged, so the eye goes to it.
        veil = QPainterPath()
        veil.addRect(QRectF(-body.width, -body.height, 3 * body.width, 3 * body.height))
        region = QPainterPath()
        for polygon in self.guide.region.polygons:
            region.addPolygon(QPolygonF([QPointF(*p) for p in polygon.points]))
            region.closeSubpath()
        fade = QColor(background)
        # Soft enough that the rest of the baby keeps its colour, in dark mode too.
        fade.setAlpha(70 if background.lightness() < 128 else 130)
        painter.fillPath(veil.subtracted(region), fade)
        # The path never changes during a guide: draw it once here, not in every frame.
        painter.resetTransform()
        self._paint_route(painter, self.view_transform())
        painter.end()
        self._background, self._background_key = image, key
        return image

    def _points(self, transform: QTransform, points: list[Point]) -> list[QPointF]:
        guide = self.guide
        assert guide is not None
        if self.mirrored:
            points = [guide.mirror_point(p) for p in points]
        return [transform.map(QPointF(*p)) for p in points]

    def _accent(self, alpha: int = 255) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(alpha)
        return colour

    def _paint_route(self, painter: QPainter, transform: QTransform) -> None:
        guide = self.guide
        assert guide is not None
        points = self._points(transform, guide.route())
        pen = QPen(self._accent(200), 3.5, Qt.PenStyle.DotLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if guide.spec.pattern == GuidePattern.PRESS:
            self._paint_press_points(painter, points)
            return
        painter.drawPolyline(QPolygonF(points))
        fractions = (
            (0.25, 0.5, 0.75, 1.0) if guide.spec.pattern == GuidePattern.CIRCLE else (0.55, 1.0)
        )
        for fraction in fractions:
            self._paint_arrow(painter, transform, fraction)

    def _paint_arrow(self, painter: QPainter, transform: QTransform, fraction: float) -> None:
        guide = self.guide
        assert guide is not None
        tip, _ = guide.path.at(fraction)
        behind, _ = guide.path.at(max(0.0, fraction - 0.04))
        tip_px, behind_px = self._points(transform, [tip, behind])
        angle = math.atan2(tip_px.y() - behind_px.y(), tip_px.x() - behind_px.x())
        size = 16.0
        head = QPolygonF(
            [
                tip_px,
                tip_px - QPointF(math.cos(angle - 0.45), math.sin(angle - 0.45)) * size,
                tip_px - QPointF(math.cos(angle + 0.45), math.sin(angle + 0.45)) * size,
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._accent(230))
        painter.drawPolygon(head)

    def _paint_press_points(self, painter: QPainter, points: list[QPointF]) -> None:
        painter.setPen(QPen(self._accent(220), 2.5))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for number, point in enumerate(points, start=1):
            painter.setBrush(self._accent(50))
            painter.drawEllipse(point, 13, 13)
            # Well to the side, so the hold ring around the point never hides the number.
            painter.drawText(
                QRectF(point.x() + 38, point.y() - 12, 30, 24),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(number),
            )

    def _paint_trail(self, painter: QPainter, transform: QTransform) -> None:
        guide = self.guide
        assert guide is not None
        trail = guide.trail(
            self.guide_time(), TRAIL_SECONDS, TRAIL_SAMPLES, loop=self.loop, mirrored=self.mirrored
        )
        # A few polylines of falling opacity: looks like a smooth fade, costs a few strokes.
        bands: list[list[QPointF]] = [[] for _ in range(TRAIL_BANDS)]
        previous: QPointF | None = None
        for point, age in trail:
            here = transform.map(QPointF(*point))
            if previous is not None and (here - previous).manhattanLength() > 80:
                break  # a jump back to the start of the stroke is not part of the trail
            band = min(TRAIL_BANDS - 1, int(age / TRAIL_SECONDS * TRAIL_BANDS))
            if previous is not None and not bands[band]:
                bands[band].append(previous)
            bands[band].append(here)
            previous = here
        for index, points in enumerate(bands):
            if len(points) < 2:
                continue
            pen = QPen(self._accent(int(170 * (1 - index / TRAIL_BANDS))), 9)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(points))

    def _paint_contact(self, painter: QPainter, transform: QTransform, state: HandState) -> None:
        if not state.contact:
            return
        centre = transform.map(QPointF(state.x, state.y))
        radius = 10 + 16 * state.pressure
        shade = QColor(90, 50, 30, int(40 + 110 * state.pressure))
        painter.setPen(QPen(self._accent(220), 2.5))
        painter.setBrush(shade)
        painter.drawEllipse(centre, radius, radius)
        if state.phase == GuidePhase.HOLD:  # a ring that fills while the press is held
            ring = QRectF(
                centre.x() - radius - 9, centre.y() - radius - 9, 2 * radius + 18, 2 * radius + 18
            )
            pen = QPen(self._accent(255), 5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(ring, 90 * 16, -round(state.phase_progress * 360 * 16))

    def _paint_hand(self, painter: QPainter, transform: QTransform, state: HandState) -> None:
        scale = transform.m11()
        lifted = not state.contact
        # Raised a little off the skin: slightly larger, fainter, with a soft shadow.
        height = round(HAND_LENGTH * scale * (1.06 if lifted else 1.0))
        image, contact = self._hands.image(state.pose, height, self.mirrored, state.angle)
        at = transform.map(QPointF(state.x, state.y))
        painter.save()
        if lifted:
            # A small soft shadow under the fingertips: a big grey disc read as a bruise.
            painter.setOpacity(0.10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(40, 30, 20))
            painter.drawEllipse(at + QPointF(6, 10), height * 0.08, height * 0.06)
        painter.setOpacity(0.58 if lifted else 0.74)
        painter.drawImage(at - contact, image)
        painter.restore()

    def _paint_key_poses(self, painter: QPainter, transform: QTransform) -> None:
        """Reduced motion: the same information as a still diagram of numbered key poses."""
        guide = self.guide
        assert guide is not None
        spec = guide.spec
        moments = {
            GuidePattern.GLIDE: [0.0, spec.stroke_seconds * 0.5, spec.stroke_seconds * 0.999],
            GuidePattern.CIRCLE: [spec.stroke_seconds * k / 4 for k in range(4)],
            GuidePattern.PINCH_ROLL: [spec.stroke_seconds * k / 3 for k in (0, 1, 2)]
            + [spec.stroke_seconds * 0.999],
        }.get(spec.pattern)
        if moments is None:  # pressing: one pose per point, at the hold
            moments = [
                k * guide.cycle_seconds + spec.stroke_seconds + spec.hold_seconds / 2
                for k in range(len(guide.points))
            ]
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        for number, moment in enumerate(moments, start=1):
            state = guide.pose_at(moment, loop=True, mirrored=self.mirrored)
            centre = transform.map(QPointF(state.x, state.y))
            if number == len(moments):
                self._paint_hand(painter, transform, state)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._accent(235))
            painter.drawEllipse(centre, 15, 15)
            painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
            painter.setFont(font)
            painter.drawText(
                QRectF(centre.x() - 15, centre.y() - 15, 30, 30),
                Qt.AlignmentFlag.AlignCenter,
                str(number),
            )
