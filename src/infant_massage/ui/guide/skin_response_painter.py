"""How the baby's skin answers the hand: a small dimple with a soft shadow under a pressing pad,
and a fold of skin lifted between thumb and fingers in spinal pinching. Drawn in the baby's own
skin tone (never a grey), in the painter's device coordinates, under or beside the hand.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QRadialGradient

from infant_massage.domain.skin_tone import SkinTone

LIGHT = (-0.55, -0.84)  # the light comes from the top left, as on the drawings


def _with_alpha(colour: QColor, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def _mix(a: QColor, b: QColor, k: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * k),
        round(a.green() + (b.green() - a.green()) * k),
        round(a.blue() + (b.blue() - a.blue()) * k),
    )


def paint_press(
    painter: QPainter, at: QPointF, radius: float, pressure: float, tone: SkinTone
) -> None:
    """A pad pressing in: a soft shadow round it and a shallow dimple under it.

    The shadow grows a little with the pressure; lit from the top left, the dimple's upper
    left wall falls into shade and its lower right catches the light.
    """
    if pressure <= 0:
        return
    k = min(1.0, pressure)
    shadow = QColor(tone.outline)
    outer = radius * (1.25 + 0.35 * k)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    halo = QRadialGradient(at, outer)
    halo.setColorAt(0.0, _with_alpha(shadow, 0.10 + 0.22 * k))
    halo.setColorAt(0.55, _with_alpha(shadow, 0.08 + 0.18 * k))
    halo.setColorAt(1.0, _with_alpha(shadow, 0.0))
    painter.setBrush(halo)
    painter.drawEllipse(at, outer, outer)
    # The dimple: a crescent of shade on the lit side and of light on the other.
    dent = radius * (0.55 + 0.25 * k)
    offset = QPointF(LIGHT[0], LIGHT[1]) * dent * 0.28
    shade = QPainterPath()
    shade.addEllipse(at, dent, dent)
    inner = QPainterPath()
    inner.addEllipse(at - offset, dent * 0.92, dent * 0.92)
    painter.setBrush(_with_alpha(shadow, 0.18 + 0.3 * k))
    painter.drawPath(shade.subtracted(inner))
    glint = QPainterPath()
    glint.addEllipse(at, dent, dent)
    moved = QPainterPath()
    moved.addEllipse(at + offset, dent * 0.92, dent * 0.92)
    light = _mix(QColor(tone.fill), QColor(255, 255, 255), 0.55)
    painter.setBrush(_with_alpha(light, 0.25 + 0.35 * k))
    painter.drawPath(glint.subtracted(moved))
    painter.restore()


def paint_fold(
    painter: QPainter, thumb: QPointF, fingers: QPointF, width: float, lift: float, tone: SkinTone
) -> None:
    """A fold of skin gathered between the thumb's pad and the fingers' pads.

    Its ridge runs across the line from thumb to fingers, `width` long at the most; the more it
    is lifted (0 to 1), the rounder it stands, with a darker shadow along its foot and the skin
    drawn in towards its ends.
    """
    if lift <= 0:
        return
    k = min(1.0, lift)
    dx, dy = fingers.x() - thumb.x(), fingers.y() - thumb.y()
    gap = math.hypot(dx, dy) or 1.0
    centre = (thumb + fingers) / 2
    half_length = width * (0.45 + 0.1 * k)
    half_width = max(gap * 0.45, width * 0.12)
    fill, outline = QColor(tone.fill), QColor(tone.outline)
    # Work in the fold's own frame: x along the ridge, y from the thumb to the fingers.
    painter.save()
    painter.translate(centre)
    painter.rotate(math.degrees(math.atan2(dy, dx)) - 90)
    light_y = -1.0 if (dx * LIGHT[0] + dy * LIGHT[1]) > 0 else 1.0  # which side faces the light
    painter.setPen(Qt.PenStyle.NoPen)
    shadow = QRadialGradient(QPointF(0, -light_y * half_width * 0.5), half_length * 1.1)
    shadow.setColorAt(0.0, _with_alpha(outline, 0.2 + 0.25 * k))
    shadow.setColorAt(0.8, _with_alpha(outline, 0.12 + 0.15 * k))
    shadow.setColorAt(1.0, _with_alpha(outline, 0.0))
    painter.setBrush(shadow)
    painter.drawEllipse(
        QPointF(0, -light_y * half_width * 0.45), half_length * 1.15, half_width * 1.35
    )
    body = QRadialGradient(QPointF(0, light_y * half_width * 0.3), half_length)
    body.setColorAt(0.0, _mix(fill, QColor(255, 255, 255), 0.22 + 0.18 * k))
    body.setColorAt(0.7, fill)
    body.setColorAt(1.0, QColor(tone.shade))
    painter.setBrush(body)
    painter.drawEllipse(QPointF(0, 0), half_length, half_width)
    # Its long sides are outlined; the ends melt into the skin they are gathered from.
    pen = QPen(_with_alpha(outline, 0.75), max(1.0, width * 0.035))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(-half_length, -half_width, 2 * half_length, 2 * half_width)
    painter.drawArc(box, 30 * 16, 120 * 16)
    painter.drawArc(box, 210 * 16, 120 * 16)
    # The skin drawn in towards the fold: short creases fanning out from each end.
    crease = QPen(_with_alpha(outline, 0.18 + 0.2 * k), max(0.8, width * 0.02))
    crease.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(crease)
    for end in (-1.0, 1.0):
        for spread in (-0.35, 0.35):
            start = QPointF(end * half_length * 0.97, spread * half_width * 0.6)
            painter.drawLine(
                start, start + QPointF(end * half_length * 0.18, spread * half_width * 0.5)
            )
    painter.restore()
