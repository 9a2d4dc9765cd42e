"""The body map's picture as the name tags see it: outlines in widget pixels, in cells.

The picture is rasterised once per view and size into rows of bits (one bit per cell of a few
pixels), so that trying a place for a tag is a few integer operations per row (see
name_tags.py). Cells an outline passes through count as drawn, and so does a cell round the
drawing, so a tag beside the baby keeps a gap from it, however thin a part is (a nose tip).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from infant_massage.domain.geometry import Bounds, Point, Polygon, Shape

FEATURE_MARGIN = 4.0  # px kept free round a landmark


@dataclass(frozen=True)
class Circle:
    center: Point
    radius: float


def _spans(polygons: Iterable[Polygon], rows: int, cell: float) -> list[list[float]]:
    """Per row, the x where the outlines cross the row's middle line (even-odd pairs)."""
    crossings: list[list[float]] = [[] for _ in range(rows)]
    ceil, floor = math.ceil, math.floor
    for polygon in polygons:
        points = polygon.points
        levels = [y / cell - 0.5 for _, y in points]  # in rows, 0 at the first row's middle
        # Most edges of the drawing cross no row's middle: only the others are looked at.
        # The pairs (an edge's two ends) zipped, min and max as a comparison: the calls were
        # this loop's cost.
        crossing = [
            i
            for i, (level, previous) in enumerate(
                zip(levels, levels[-1:] + levels[:-1], strict=True)
            )
            if (
                ceil(level) <= floor(previous)
                if level < previous
                else ceil(previous) <= floor(level)
            )
        ]
        for i in crossing:
            (x1, y1), (x2, y2) = points[i], points[i - 1]
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


def cell_bits(low: int, high: int) -> int:
    """Cells low..high-1 of a row as bits (nothing when high <= low)."""
    return ((1 << (high - low)) - 1) << low if high > low else 0


def _rasterise(polygons: Iterable[Polygon], rows: int, columns: int, cell: float) -> list[int]:
    """Every cell whose middle lies inside the outlines (even-odd, as the hit test)."""
    masks = []
    for xs in _spans(polygons, rows, cell):
        mask = 0
        for a, b in zip(xs[::2], xs[1::2], strict=False):
            mask |= cell_bits(
                max(0, math.ceil(a / cell - 0.5)), min(columns, math.floor(b / cell - 0.5) + 1)
            )
        masks.append(mask)
    return masks


def _edges(polygons: Iterable[Polygon], rows: int, columns: int, cell: float) -> list[int]:
    """Every cell an outline passes through (a part thinner than a cell has no cell middle).

    Each edge is sampled every half cell, ends included. Most edges of the drawing are shorter
    than that: their samples are just their two ends, found for all of them at once."""
    masks = [0] * rows
    half = cell / 2
    for polygon in polygons:
        points = polygon.points
        before = points[-1:] + points[:-1]
        samples = {(int(y1 / cell), int(x1 / cell)) for x1, y1 in before}
        edges = list(zip(before, points, strict=True))
        lengths = [math.hypot(x2 - x1, y2 - y1) for (x1, y1), (x2, y2) in edges]
        samples.update(
            (int((y1 + (y2 - y1)) / cell), int((x1 + (x2 - x1)) / cell))
            for ((x1, y1), (x2, y2)), length in zip(edges, lengths, strict=True)
            if length <= half
        )
        for ((x1, y1), (x2, y2)), length in zip(edges, lengths, strict=True):
            if length > half:
                steps = math.ceil(length / half)
                dy, dx = y2 - y1, x2 - x1
                samples.update(
                    (int((y1 + dy * k / steps) / cell), int((x1 + dx * k / steps) / cell))
                    for k in range(1, steps + 1)
                )
        for row, column in samples:
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
        Polygon(tuple([(ox + x * scale, oy + y * scale) for x, y in polygon.points]))
        for polygon in shape.polygons  # a list made into a tuple: quicker than a generator
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
    # Kept for name_tags: the leaders clear of the drawing from a box, by (area, box, strict).
    clear_leaders: dict[tuple[str, Bounds, bool], list[tuple[Point, Point]]] = field(
        default_factory=dict, repr=False
    )
    _ends_bounds: dict[str, Bounds] = field(default_factory=dict, repr=False)
    _fits: dict[tuple[int, int, int], tuple[list[int], list[int]]] = field(
        default_factory=dict, repr=False
    )
    _unions: dict[tuple[int, int], tuple[list[int], list[int], list[int]]] = field(
        default_factory=dict, repr=False
    )
    # Kept for name_tags: the search's first scan of a mask round the starts, by (mask, starts).
    first_scans: dict[tuple[int, tuple[tuple[int, int], ...]], tuple[list[int], object]] = field(
        default_factory=dict, repr=False
    )

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
        return cell_bits(0, self.columns)

    @cached_property
    def _even_columns(self) -> int:
        """Bits 0, 2, 4... of a row: 0b...0101, an even number of ones-and-zeros divided by 3."""
        return cell_bits(0, self.columns + self.columns % 2) // 3 & self._full

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
                masks[row] |= cell_bits(
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

    def fitting(self, room: list[int], width: int, height: int) -> list[int]:
        """Per row, the columns where a box of width x height cells has room (its top left);
        kept, since every tag of a size asks again (the free cells, an area's room)."""
        key = (id(room), width, height)
        if key not in self._fits:
            self._fits[key] = (room, _fits(room, width, height))  # room kept: its id stays its own
        return self._fits[key][1]

    def either(self, a: list[int], b: list[int]) -> list[int]:
        """The cells of either mask; kept, like fitting's answers (every tag of a size asks)."""
        key = (id(a), id(b))
        if key not in self._unions:  # the masks kept too: their ids stay their own
            self._unions[key] = (a, b, [x | y for x, y in zip(a, b, strict=True)])
        return self._unions[key][2]

    def part_size(self, area: str) -> float:
        """The area in px² of the region's smallest part (one hand of the two)."""
        return self._part_sizes[area]

    @cached_property
    def _part_sizes(self) -> dict[str, float]:
        return {
            area: min(abs(polygon.signed_area()) for polygon in polygons)
            for area, polygons in self.regions.items()
        }

    def ends_bounds(self, area: str) -> Bounds:
        """The box round every end a leader to the area may have."""
        if area not in self._ends_bounds:
            ends = self.leader_ends(area)
            xs, ys = [x for x, _ in ends] or [0.0], [y for _, y in ends] or [0.0]
            self._ends_bounds[area] = Bounds(min(xs), min(ys), max(xs), max(ys))
        return self._ends_bounds[area]

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
                self._masks[key] = self._inside_off_landmarks(area)
        return self._masks[key]

    def _inside_off_landmarks(self, area: str) -> list[int]:
        """Cells well inside the area and off every landmark (for tags on it and leaders' ends)."""
        key = f"inner:{area}"
        if key not in self._masks:
            inner = _shrink(self._area_cells(area), self._full)
            self._masks[key] = [a & ~b for a, b in zip(inner, self._landmark_cells, strict=True)]
        return self._masks[key]

    def leader_ends(self, area: str) -> list[Point]:
        """Middles of the cells a leader may end in: inside the area, off every landmark."""
        if area not in self._ends:
            masks = self._inside_off_landmarks(area)
            even_columns = self._even_columns
            self._ends[area] = [  # a cell in four is close enough: even rows, even columns
                ((column + 0.5) * self.cell, (row + 0.5) * self.cell)
                for row in range(0, len(masks), 2)
                for column in set_bits(masks[row] & even_columns)
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


def set_bits(mask: int) -> Iterator[int]:
    """The set bits' indices, lowest first (bit by lowest bit: a shift per column was the
    rasterised rows' widest loop)."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low
