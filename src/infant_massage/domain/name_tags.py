"""Where the body map's name tags go: on the area they name, or off the baby with a leader.

A tag either lies wholly on its own area (where the area is big enough, and the area may be
covered: never the face, which the parent watches) or wholly off the drawing, beside the
baby, with a thin leader line to a point inside its area. It never lies on another area,
the diaper or the head, never on a landmark (the navel, the eyes, the nose, the mouth), never
on another tag or its leader, and stays inside the picture. A leader runs over nothing but
free space and its own area, so it never crosses the face's features, another area or a tag.

Pure geometry in widget pixels. The picture is rasterised once per view and size into rows
of bits (one bit per cell of a few pixels), so that trying a place for a tag is a few integer
operations per row; cells touched by the drawing's edge count as drawn, so a tag off the
baby keeps a cell's gap from it.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from infant_massage.domain.geometry import Bounds, Point, Polygon, Shape

GAP = 4.0  # px kept free between two tags, and between a tag and a leader
FEATURE_MARGIN = 4.0  # px kept free round a landmark
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


@dataclass(frozen=True)
class Circle:
    center: Point
    radius: float


def _spans(polygons: Iterable[Polygon], rows: int, cell: float) -> list[list[float]]:
    """Per row, the x where the outlines cross the row's middle line (even-odd pairs)."""
    crossings: list[list[float]] = [[] for _ in range(rows)]
    for polygon in polygons:
        points = polygon.points
        for i, (x1, y1) in enumerate(points):
            x2, y2 = points[i - 1]
            if y1 == y2:
                continue
            low, high = min(y1, y2), max(y1, y2)
            first = max(0, math.ceil(low / cell - 0.5))
            last = min(rows - 1, math.floor(high / cell - 0.5))
            for row in range(first, last + 1):
                y = (row + 0.5) * cell
                if low <= y < high:
                    crossings[row].append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    for row in crossings:
        row.sort()
    return crossings


def _bits(low: int, high: int) -> int:
    """Cells low..high-1 of a row as bits (nothing when high <= low)."""
    return ((1 << (high - low)) - 1) << low if high > low else 0


def _rasterise(polygons: Iterable[Polygon], rows: int, columns: int, cell: float) -> list[int]:
    """Every cell whose middle lies inside the outlines (even-odd, as the hit test)."""
    masks = []
    for xs in _spans(polygons, rows, cell):
        mask = 0
        for a, b in zip(xs[::2], xs[1::2], strict=False):
            mask |= _bits(
                max(0, math.ceil(a / cell - 0.5)), min(columns, math.floor(b / cell - 0.5) + 1)
            )
        masks.append(mask)
    return masks


def _edges(polygons: Iterable[Polygon], rows: int, columns: int, cell: float) -> list[int]:
    """Every cell an outline passes through (a part thinner than a cell has no cell middle)."""
    masks = [0] * rows
    for polygon in polygons:
        points = polygon.points
        for i, (x2, y2) in enumerate(points):
            x1, y1 = points[i - 1]
            steps = max(1, math.ceil(math.hypot(x2 - x1, y2 - y1) / (cell / 2)))
            for k in range(steps + 1):
                row = int((y1 + (y2 - y1) * k / steps) / cell)
                column = int((x1 + (x2 - x1) * k / steps) / cell)
                if 0 <= row < rows and 0 <= column < columns:
                    masks[row] |= 1 << column
    return masks


def _grow(masks: list[int], full: int) -> list[int]:
    """The cells and their eight neighbours."""
    wide = [(m | m << 1 | m >> 1) & full for m in masks]
    return [
        wide[r] | (wide[r - 1] if r else 0) | (wide[r + 1] if r + 1 < len(wide) else 0)
        for r in range(len(wide))
    ]


def _shrink(masks: list[int], full: int) -> list[int]:
    """The cells whose eight neighbours are all in too."""
    inverse = [full & ~m for m in masks]
    return [full & ~m for m in _grow(inverse, full)]


def _transformed(shape: Shape, scale: float, offset: Point) -> list[Polygon]:
    ox, oy = offset
    return [
        Polygon(tuple((ox + x * scale, oy + y * scale) for x, y in polygon.points))
        for polygon in shape.polygons
    ]


@dataclass
class Picture:
    """The baby as the map shows it now: outlines in widget pixels, rasterised into cells."""

    size: tuple[float, float]  # the widget's width and height; tags stay inside, less a margin
    regions: dict[str, list[Polygon]]
    drawing: list[Polygon]  # everything drawn: the areas, and the head, neck and diaper
    landmarks: list[Circle]
    uncovered: frozenset[str]  # areas a tag never lies on (the face)
    cell: float
    margin: float = 2.0
    _masks: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _ends: dict[str, list[Point]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(
        cls,
        regions: dict[str, Shape],
        drawing: Iterable[Shape],
        landmarks: Iterable[tuple[Point, float]],
        scale: float,
        offset: Point,
        size: tuple[float, float],
        uncovered: Iterable[str] = (),
    ) -> Picture:
        """From the view's outlines in illustration units, drawn at scale from offset."""
        ox, oy = offset
        return cls(
            size=size,
            regions={area: _transformed(shape, scale, offset) for area, shape in regions.items()},
            drawing=[p for shape in drawing for p in _transformed(shape, scale, offset)],
            landmarks=[
                Circle((ox + x * scale, oy + y * scale), r * scale + FEATURE_MARGIN)
                for (x, y), r in landmarks
            ],
            uncovered=frozenset(uncovered),
            cell=max(2.0, min(size) / 150),
        )

    @property
    def bounds(self) -> Bounds:
        width, height = self.size
        return Bounds(self.margin, self.margin, width - self.margin, height - self.margin)

    @cached_property
    def rows(self) -> int:
        return math.ceil(self.size[1] / self.cell)

    @cached_property
    def columns(self) -> int:
        return math.ceil(self.size[0] / self.cell)

    @cached_property
    def _full(self) -> int:
        return _bits(0, self.columns)

    def _area_cells(self, area: str) -> list[int]:
        key = f"area:{area}"
        if key not in self._masks:
            self._masks[key] = _rasterise(self.regions[area], self.rows, self.columns, self.cell)
        return self._masks[key]

    @cached_property
    def _landmark_cells(self) -> list[int]:
        masks = [0] * self.rows
        for circle in self.landmarks:
            (x, y), r = circle.center, circle.radius
            for row in range(
                max(0, int((y - r) / self.cell)), min(self.rows, int((y + r) / self.cell) + 1)
            ):
                masks[row] |= _bits(
                    max(0, int((x - r) / self.cell)),
                    min(self.columns, int((x + r) / self.cell) + 1),
                )
        return masks

    @cached_property
    def drawn(self) -> list[int]:
        """Every cell the drawing or an area touches, and a cell round it."""
        outlines = [*self.drawing, *(p for polygons in self.regions.values() for p in polygons)]
        cells = _edges(outlines, self.rows, self.columns, self.cell)
        cells = [a | b for a, b in zip(cells, self._drawing_cells, strict=True)]
        for area in self.regions:
            cells = [a | b for a, b in zip(cells, self._area_cells(area), strict=True)]
        return _grow(cells, self._full)

    @cached_property
    def _drawing_cells(self) -> list[int]:
        return _rasterise(self.drawing, self.rows, self.columns, self.cell)

    def part_size(self, area: str) -> float:
        """The area in px² of the region's smallest part (one hand of the two)."""
        return min(abs(polygon.signed_area()) for polygon in self.regions[area])

    @cached_property
    def free(self) -> list[int]:
        """Cells a tag off the baby may cover."""
        return [self._full & ~mask for mask in self.drawn]

    def room_on(self, area: str) -> list[int]:
        """Cells where a tag may lie on its own area: well inside it, off every landmark."""
        key = f"room:{area}"
        if key not in self._masks:
            if area in self.uncovered:
                self._masks[key] = [0] * self.rows
            else:
                inner = _shrink(self._area_cells(area), self._full)
                self._masks[key] = [
                    a & ~b for a, b in zip(inner, self._landmark_cells, strict=True)
                ]
        return self._masks[key]

    def leader_ends(self, area: str) -> list[Point]:
        """Middles of the cells a leader may end in: inside the area, off every landmark."""
        if area not in self._ends:
            inner = _shrink(self._area_cells(area), self._full)
            masks = [a & ~b for a, b in zip(inner, self._landmark_cells, strict=True)]
            self._ends[area] = [
                ((column + 0.5) * self.cell, (row + 0.5) * self.cell)
                for row, mask in enumerate(masks)
                for column in _set_bits(mask)
                if row % 2 == 0 and column % 2 == 0  # a cell in four is close enough
            ]
        return self._ends[area]

    def leader_room(self, area: str, strict: bool) -> list[int]:
        """Cells a leader to this area may cross. Strict: only free ones and the area's own;
        else also the rest of the body, though never an area kept uncovered (the face)."""
        key = f"leader:{area}:{strict}"
        if key not in self._masks:
            if strict:
                blocked = list(self._drawing_cells)
                others = [a for a in self.regions if a != area]
            else:
                blocked = [0] * self.rows
                others = [a for a in self.uncovered if a != area and a in self.regions]
            for other in others:
                blocked = [a | b for a, b in zip(blocked, self._area_cells(other), strict=True)]
            own = self._area_cells(area)
            self._masks[key] = [self._full & (~b | o) for b, o in zip(blocked, own, strict=True)]
        return self._masks[key]

    def cells_of(self, box: Bounds) -> tuple[range, int]:
        """The rows and the row mask of the cells a box touches."""
        first_row, last_row = int(box.top / self.cell), int(box.bottom / self.cell)
        first_col, last_col = int(box.left / self.cell), int(box.right / self.cell)
        rows = range(max(0, first_row), min(self.rows, last_row + 1))
        return rows, _bits(max(0, first_col), min(self.columns, last_col + 1))


def _set_bits(mask: int) -> Iterator[int]:
    index = 0
    while mask:
        if mask & 1:
            yield index
        mask >>= 1
        index += 1


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
