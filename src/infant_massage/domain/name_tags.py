"""Where the body map's name tags go: on the area they name, or beside the baby with a leader.

A tag either lies wholly on its own area (where it hides little of it, and the area may be
covered: not the face, which the parent watches) or wholly off the drawing, beside the baby,
with a thin leader line to a point inside its area. It never lies on another area, the
diaper or the head, never on a landmark (the eyes, the nose, the mouth, the navel...), never on
another tag or a leader, and stays inside the picture. A leader never crosses a landmark or a
tag; it runs over free space and its own area only, unless no place near has such a leader
(the tummy on a small map, walled in by the arms and the diaper): then it may cross another
area, never the face. Pure geometry in widget pixels, on the cells of tag_picture.Picture.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass

from infant_massage.domain.geometry import Bounds, Point
from infant_massage.domain.tag_picture import Circle, Picture

GAP = 4.0  # px kept free between two tags, and between a tag and a leader
MAX_SHARE = 0.3  # a tag on its area hides at most this much of it (so never a whole hand)
SEARCH_CELLS = 70  # how far from its area a tag may go, in cells
LEADER_TRIES = 12  # ends of a leader tried per place, nearest first
# Places beside the baby tried for a leader over nothing but free space, nearest first; if none
# of them has one, the nearest place whose leader crosses another area wins (the tummy, walled
# in by the arms and the diaper, on a small map).
STRICT_LEADERS = 40


@dataclass(frozen=True)
class TagRequest:
    area: str
    width: float
    height: float


@dataclass(frozen=True)
class PlacedTag:
    area: str
    box: Bounds
    leader: tuple[Point, Point] | None  # from the tag's edge to a point inside its area

    @property
    def anchor(self) -> Point | None:
        return self.leader[1] if self.leader else None


def boxes_meet(a: Bounds, b: Bounds, gap: float = 0.0) -> bool:
    return (
        a.left < b.right + gap
        and b.left < a.right + gap
        and a.top < b.bottom + gap
        and b.top < a.bottom + gap
    )


def segment_meets_box(start: Point, end: Point, box: Bounds) -> bool:
    """Whether the segment passes through the box (Liang-Barsky clipping)."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x1 - box.left),
        (dx, box.right - x1),
        (-dy, y1 - box.top),
        (dy, box.bottom - y1),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def segment_meets_circle(start: Point, end: Point, circle: Circle) -> bool:
    (x1, y1), (x2, y2), (cx, cy) = start, end, circle.center
    dx, dy = x2 - x1, y2 - y1
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((cx - x1) * dx + (cy - y1) * dy) / length))
    return math.hypot(x1 + t * dx - cx, y1 + t * dy - cy) < circle.radius


def _offsets(limit: int, fine: int) -> list[tuple[int, int]]:
    """Cell offsets nearest first, every cell up to `fine`, every other one beyond; at each
    distance the sideways ones first (the body is taller than wide: room at its sides)."""
    found = [
        (dx, dy)
        for dx in range(-limit, limit + 1)
        for dy in range(-limit, limit + 1)
        if dx * dx + dy * dy <= limit * limit
        and (dx * dx + dy * dy <= fine * fine or (dx % 2 == 0 and dy % 2 == 0))
    ]
    return sorted(found, key=lambda d: (round(math.hypot(*d)), abs(d[1]), d))


_OFFSETS = _offsets(SEARCH_CELLS, fine=10)


class _Layout:
    def __init__(self, picture: Picture, anchors: dict[str, list[Point]]) -> None:
        self.picture = picture
        self.anchors = anchors
        self.placed: list[PlacedTag] = []

    def free_of_tags(self, box: Bounds) -> bool:
        for tag in self.placed:
            if boxes_meet(box, tag.box, GAP):
                return False
            if tag.leader and segment_meets_box(*tag.leader, _grown(box, GAP)):
                return False
        return True

    def leader_to(self, area: str, box: Bounds, strict: bool) -> tuple[Point, Point] | None:
        """The shortest clear leader from the box to the area, if any."""
        picture = self.picture
        ends = heapq.nsmallest(
            LEADER_TRIES, picture.leader_ends(area), key=lambda p: _distance_to_box(p, box)
        )
        room = picture.leader_room(area, strict)
        for end in ends:
            start = (min(max(end[0], box.left), box.right), min(max(end[1], box.top), box.bottom))
            if any(segment_meets_circle(start, end, c) for c in picture.landmarks):
                continue
            if any(segment_meets_box(start, end, _grown(tag.box, GAP / 2)) for tag in self.placed):
                continue
            if not self._over_room(start, end, room):
                continue
            return (start, end)
        return None

    def _over_room(self, start: Point, end: Point, room: list[int]) -> bool:
        cell = self.picture.cell
        steps = max(1, int(math.hypot(end[0] - start[0], end[1] - start[1]) / (cell / 2)))
        for k in range(steps + 1):
            x = start[0] + (end[0] - start[0]) * k / steps
            y = start[1] + (end[1] - start[1]) * k / steps
            row, column = int(y / cell), int(x / cell)
            if not (0 <= row < len(room)) or not room[row] >> column & 1:
                return False
        return True

    def place(self, request: TagRequest) -> PlacedTag | None:
        """On its area or beside the baby; a leader over another area only if nothing else."""
        return self._place(request, strict=True) or self._place(request, strict=False)

    def _place(self, request: TagRequest, strict: bool) -> PlacedTag | None:
        picture = self.picture
        bounds, cell = picture.bounds, picture.cell
        width, height = int(request.width / cell) + 1, int(request.height / cell) + 1
        off_body = _fits(picture.free, width, height)
        small = request.width * request.height <= MAX_SHARE * picture.part_size(request.area)
        on_area = (
            _fits(picture.room_on(request.area), width, height) if small else [0] * len(off_body)
        )
        tried: set[tuple[int, int]] = set()
        leaders_left = STRICT_LEADERS if strict else len(_OFFSETS)
        room_on_area = strict and any(on_area)
        for dx, dy in _OFFSETS:
            if leaders_left <= 0 and not room_on_area:
                break
            for ax, ay in self.anchors[request.area]:
                column = int((ax - request.width / 2) / cell) + dx
                row = int((ay - request.height / 2) / cell) + dy
                if (column, row) in tried or not 0 <= row < len(off_body) or column < 0:
                    continue
                tried.add((column, row))
                on = on_area[row] >> column & 1 if room_on_area else 0
                if not on and not off_body[row] >> column & 1:
                    continue
                x, y = column * cell, row * cell
                box = Bounds(x, y, x + request.width, y + request.height)
                if not _inside(box, bounds) or not self.free_of_tags(box):
                    continue
                if on:
                    return PlacedTag(request.area, box, None)
                if leaders_left <= 0:  # still looking for room on the area, not beside it
                    continue
                leaders_left -= 1
                leader = self.leader_to(request.area, box, strict)
                if leader is not None:
                    return PlacedTag(request.area, box, leader)
        return None


def _fits(room: list[int], width: int, height: int) -> list[int]:
    """Per row, the columns where a box of width x height cells has room (its top left)."""
    across = []
    for mask in room:
        fit, span = mask, 1
        while span < width:  # doubling: fit holds the columns starting `span` free cells
            step = min(span, width - span)
            fit &= fit >> step
            span += step
        across.append(fit)
    rows = len(room)
    return [_all_rows(across[r : r + height]) if r + height <= rows else 0 for r in range(rows)]


def _all_rows(masks: list[int]) -> int:
    result = masks[0]
    for mask in masks[1:]:
        result &= mask
    return result


def _grown(box: Bounds, by: float) -> Bounds:
    return Bounds(box.left - by, box.top - by, box.right + by, box.bottom + by)


def _inside(box: Bounds, bounds: Bounds) -> bool:
    return (
        box.left >= bounds.left
        and box.top >= bounds.top
        and box.right <= bounds.right
        and box.bottom <= bounds.bottom
    )


def _distance_to_box(point: Point, box: Bounds) -> float:
    x, y = point
    dx = max(box.left - x, 0.0, x - box.right)
    dy = max(box.top - y, 0.0, y - box.bottom)
    return math.hypot(dx, dy)


def place_tags(
    picture: Picture,
    requests: list[TagRequest],
    anchors: dict[str, list[Point]],
    placed: Iterable[PlacedTag] = (),
) -> tuple[list[PlacedTag], list[str]]:
    """The tags placed in order (the first gets the best place) round those already placed,
    and the areas left without room. anchors: where in each area a tag looks for room first
    (a point in each part)."""
    layout = _Layout(picture, anchors)
    layout.placed.extend(placed)
    missing = []
    for request in requests:
        if any(tag.area == request.area for tag in layout.placed):
            continue
        found = layout.place(request)
        if found is None:
            missing.append(request.area)
        else:
            layout.placed.append(found)
    return layout.placed, missing
