"""Where the body map's name tags go: on the area they name, or beside the baby with a leader.

A tag either lies wholly on its own area (where it hides little of it, and the area may be
covered: not the face, which the parent watches) or wholly off the drawing, beside the baby,
with a thin leader line to a point inside its area. It never lies on another area, the
diaper or the head, never on a landmark (the eyes, the nose, the mouth, the navel...), never on
another tag or a leader, and stays inside the picture. A leader never crosses a landmark or a
tag; it runs over free space and its own area only, unless no place near has such a leader
(the tummy on a small map, walled in by the arms and the diaper): then it may cross another
area, never the face. A leader ends on skin the parent sees: in its area, off the landmarks,
clear of the hair drawn over the top of the face. Pure geometry in widget pixels, on the cells
of tag_picture.Picture, the places tried in tag_search's order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from infant_massage.domain.geometry import Bounds, Point
from infant_massage.domain.tag_picture import Circle, Picture
from infant_massage.domain.tag_search import cells_in_search_order, search_length

GAP = 4.0  # px kept free between two tags, and between a tag and a leader
MAX_SHARE = 0.3  # a tag on its area hides at most this much of it (so never a whole hand)
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


def _may_meet(start: Point, end: Point, circle: Circle) -> bool:
    """Whether the circle reaches the segment's bounding box (if not, it misses the segment)."""
    (x1, y1), (x2, y2), (cx, cy), r = start, end, circle.center, circle.radius
    return (
        cx + r > min(x1, x2)
        and cx - r < max(x1, x2)
        and cy + r > min(y1, y2)
        and cy - r < max(y1, y2)
    )


def _circle_meets_box(circle: Circle, box: Bounds) -> bool:
    (cx, cy), r = circle.center, circle.radius
    return cx + r > box.left and cx - r < box.right and cy + r > box.top and cy - r < box.bottom


class _AsFound:
    """What an iterator yields, found only as far as asked for and kept for the next ask: a
    leader clear of the drawing mostly misses the tags too, so the ends after it are tried
    only if a later layout asks (an eighth of a first paint's leader tests)."""

    def __init__(self, found: Iterator[tuple[Point, Point]]) -> None:
        self._found = found
        self._known: list[tuple[Point, Point]] = []

    def __iter__(self) -> Iterator[tuple[Point, Point]]:
        yield from self._known
        for item in self._found:  # asked for one beyond those known: the next is found
            self._known.append(item)
            yield item


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
        key = (area, box, strict)
        known = self.picture.clear_leaders
        if key not in known:
            known[key] = _AsFound(self._clear_of_drawing(area, box, strict))
        tags = [_grown(tag.box, GAP / 2) for tag in self.placed]
        for start, end in known[key]:
            if not any(segment_meets_box(start, end, tag) for tag in tags):
                return (start, end)
        return None

    def _clear_of_drawing(
        self, area: str, box: Bounds, strict: bool
    ) -> Iterator[tuple[Point, Point]]:
        """The leaders from the box to its nearest ends in the area that miss every landmark
        and run over their room only, nearest first: they depend on the picture alone, so the
        picture keeps them for every later layout (the next hover tries the same boxes)."""
        picture = self.picture
        ends = picture.leader_ends(area)
        left, top, right, bottom = box.left, box.top, box.right, box.bottom
        # Each end's distance to the box, squared (the same order), inline and without max():
        # this runs for every end of every try.
        distances = [
            (dx := left - x if x < left else x - right if x > right else 0.0) * dx
            + (dy := top - y if y < top else y - bottom if y > bottom else 0.0) * dy
            for x, y in ends
        ]
        # The same as heapq.nsmallest (a stable sort's first ones), sorted in C: quicker here.
        nearest = sorted(range(len(ends)), key=distances.__getitem__)[:LEADER_TRIES]
        room = picture.leader_room(area, strict)
        reach = picture.ends_bounds(area)  # every leader lies within it and the box
        reach = Bounds(
            min(reach.left, left),
            min(reach.top, top),
            max(reach.right, right),
            max(reach.bottom, bottom),
        )
        landmarks = [c for c in picture.landmarks if _circle_meets_box(c, reach)]
        for end in (ends[i] for i in nearest):
            start = (min(max(end[0], left), right), min(max(end[1], top), bottom))
            if any(
                _may_meet(start, end, c) and segment_meets_circle(start, end, c) for c in landmarks
            ):
                continue
            if self._over_room(start, end, room):
                yield (start, end)

    def _over_room(self, start: Point, end: Point, room: list[int]) -> bool:
        """Whether every sample, each half cell along the leader, lies on the room. Every
        fourth sample first: a leader that leaves the room mostly does so for a few cells."""
        cell, (x0, y0) = self.picture.cell, self.picture.origin
        (x1, y1), (x2, y2) = start, end
        steps = max(1, int(math.hypot(x2 - x1, y2 - y1) / (cell / 2)))
        rows = len(room)
        x1, y1, x2, y2 = x1 - x0, y1 - y0, x2 - x0, y2 - y0  # from the cells' origin
        for k in chain(range(0, steps + 1, 4), (k for k in range(steps + 1) if k % 4)):
            row, column = (
                int((y1 + (y2 - y1) * k / steps) / cell),
                int((x1 + (x2 - x1) * k / steps) / cell),
            )
            if not (0 <= row < rows) or not room[row] >> column & 1:
                return False
        return True

    def place(self, request: TagRequest) -> PlacedTag | None:
        """On its area or beside the baby; a leader over another area only if nothing else."""
        return self._place(request, strict=True) or self._place(request, strict=False)

    def _place(self, request: TagRequest, strict: bool) -> PlacedTag | None:
        picture = self.picture
        cell = picture.cell
        width, height = int(request.width / cell) + 1, int(request.height / cell) + 1
        off_body = picture.fitting(picture.free, width, height)
        small = request.width * request.height <= MAX_SHARE * picture.part_size(request.area)
        on_area = picture.fitting(picture.room_on(request.area), width, height) if small else None
        room_on_area = strict and on_area is not None and any(on_area)
        wanted = picture.either(on_area, off_body) if room_on_area else off_body
        x0, y0 = picture.origin
        starts = [
            (
                math.floor((ax - request.width / 2 - x0) / cell),
                math.floor((ay - request.height / 2 - y0) / cell),
            )
            for ax, ay in self.anchors[request.area]
        ]
        leaders_left = STRICT_LEADERS if strict else search_length()
        met = (-1, -1)  # the last cell tried, as (offset, start)
        search = cells_in_search_order(starts, wanted, scans=picture.first_scans)
        for met, column, row in search:  # noqa: B007 (used after)
            on = room_on_area and on_area[row] >> column & 1
            box = self._box(request, column, row, on_area if on else off_body)
            if box is None or not self.free_of_tags(box):
                continue
            if on:
                return PlacedTag(request.area, box, None)
            leaders_left -= 1
            leader = self.leader_to(request.area, box, strict)
            if leader is not None:
                return PlacedTag(request.area, box, leader)
            if leaders_left <= 0:
                break
        else:
            return None
        if not room_on_area:
            return None
        # Out of leaders: only room on the area is still looked for, in the same order.
        for _, column, row in cells_in_search_order(
            starts, on_area, after=met, scans=picture.first_scans
        ):
            box = self._box(request, column, row, on_area)
            if box is not None and self.free_of_tags(box):
                return PlacedTag(request.area, box, None)
        return None

    def _box(self, request: TagRequest, column: int, row: int, fits: list[int]) -> Bounds | None:
        """The tag's box at the cell (it fits there), moved inside the picture's bounds if it
        pokes out by less than a cell and the room it moves into is sure: the cells stay the
        drawing's, not the widget's, so an edge of the widget rarely falls on one's edge."""
        picture = self.picture
        bounds, cell = picture.bounds, picture.cell
        x, y = picture.corner(column, row)
        width, height = request.width, request.height
        # How far a box may move right (down) and stay on the cells it was tried on.
        spare_x, spare_y = (
            (int(width / cell) + 1) * cell - width,
            (int(height / cell) + 1) * cell - height,
        )
        dx = _inwards(x, x + width, bounds.left, bounds.right, spare_x, cell)
        dy = _inwards(y, y + height, bounds.top, bounds.bottom, spare_y, cell)
        if dx is None or dy is None:
            return None
        # Moved left (up), the box also covers the cells of the one a cell left (up): it too
        # must fit, and so must the one a cell left and up when it moves both ways.
        back = [(column - (dx < 0), row - (dy < 0))] if dx < 0 or dy < 0 else []
        if dx < 0 and dy < 0:
            back += [(column - 1, row), (column, row - 1)]
        for c, r in back:
            if c < 0 or r < 0 or not fits[r] >> c & 1:
                return None
        return Bounds(x + dx, y + dy, x + dx + width, y + dy + height)


def _inwards(
    low: float, high: float, least: float, most: float, spare: float, cell: float
) -> float | None:
    """How far to move a span to lie within least..most: forwards at most `spare`, backwards
    at most a cell (None: it cannot)."""
    if low < least:
        return least - low if least - low <= spare and high + least - low <= most else None
    if high > most:
        return most - high if high - most <= cell and low + most - high >= least else None
    return 0.0


def _grown(box: Bounds, by: float) -> Bounds:
    return Bounds(box.left - by, box.top - by, box.right + by, box.bottom + by)


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
