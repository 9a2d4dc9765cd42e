"""Where the body map's name tags go: a small layout pass that keeps them apart.

Each tag wants to sit on its region's anchor point. Tags are placed one by one (in reading
order); a tag that would overlap a tag already placed, the baby's face, another region's
anchor or the widget's edge is tried further out, in rings round its anchor, sideways first
(the body is taller than it is wide, so there is room at the sides). A tag that ends up away
from its anchor gets a leader line back to it. Pure geometry on Qt's rectangles; no painting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF

GAP = 4.0  # px kept free between two tags
RINGS = 14
DIRECTIONS = 16


@dataclass(frozen=True)
class PlacedLabel:
    area: str
    rect: QRectF
    anchor: QPointF

    @property
    def needs_leader(self) -> bool:
        return not self.rect.adjusted(4, 2, -4, -2).contains(self.anchor)


def _candidates(anchor: QPointF, size: QSizeF, step: float):
    """Centres to try, nearest first; at each distance the sideways ones before the others."""
    yield anchor
    for ring in range(1, RINGS + 1):
        radius = ring * step
        directions = sorted(
            (2 * math.pi * k / DIRECTIONS for k in range(DIRECTIONS)),
            key=lambda a: abs(math.sin(a)),  # sideways (sin = 0) first
        )
        for angle in directions:
            dx = math.cos(angle) * radius * max(1.0, size.width() / size.height() / 2)
            dy = math.sin(angle) * radius
            yield QPointF(anchor.x() + dx, anchor.y() + dy)


def place_labels(
    wanted: list[tuple[str, QPointF, QSizeF]],
    bounds: QRectF,
    keep_clear: list[QRectF],
) -> list[PlacedLabel]:
    """Tags (area, anchor, size) placed in order, never over each other or keep_clear."""
    placed: list[PlacedLabel] = []
    anchors = {area: anchor for area, anchor, _size in wanted}
    for area, anchor, size in wanted:
        step = size.height() * 0.6
        others = [
            QRectF(point.x() - 3, point.y() - 3, 6, 6)
            for other, point in anchors.items()
            if other != area
        ]
        best: QRectF | None = None
        for centre in _candidates(anchor, size, step):
            rect = QRectF(
                centre.x() - size.width() / 2, centre.y() - size.height() / 2, *size.toTuple()
            )
            if not bounds.contains(rect):
                continue
            padded = rect.adjusted(-GAP, -GAP, GAP, GAP)
            if any(padded.intersects(p.rect) for p in placed):
                continue
            if any(rect.intersects(zone) for zone in keep_clear):
                continue
            if any(rect.intersects(point) for point in others):
                continue
            best = rect
            break
        if best is None:  # no free place: keep it on its anchor rather than lose the name
            best = QRectF(
                anchor.x() - size.width() / 2, anchor.y() - size.height() / 2, *size.toTuple()
            )
        placed.append(PlacedLabel(area, best, anchor))
    return placed


def labels_are_clear(placed: list[PlacedLabel], bounds: QRectF, keep_clear: list[QRectF]) -> bool:
    """No two tags touch, none covers a kept-clear zone, all lie inside bounds."""
    for index, label in enumerate(placed):
        if not bounds.contains(label.rect):
            return False
        if any(label.rect.intersects(zone) for zone in keep_clear):
            return False
        if any(label.rect.intersects(other.rect) for other in placed[index + 1 :]):
            return False
    return True
