"""The body map's picture as the name tags see it: the drawing's cells laid over the widget.

The drawing is rasterised once per view, in drawing units (drawing_cells.DrawingCells); at a
size, the widget gets cells of the same drawing units in its pixels, the drawing's cells
shifted into them and free ones round them. Only what depends on pixels is made here: the
landmarks' cells (a few pixels kept round each) and the room a tag of a size needs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from infant_massage.domain.drawing_cells import DrawingCells, cell_bits, set_bits
from infant_massage.domain.geometry import Bounds, Point

FEATURE_MARGIN = 4.0  # px kept free round a landmark
HAIR_MARGIN = 3.0  # px from a leader's end to the hair: the dot drawn there lies on skin too


@dataclass(frozen=True)
class Circle:
    center: Point
    radius: float


@dataclass
class Picture:
    """The baby as the map shows it now, in cells of `cell` px from `origin` (the top left of
    cell 0, 0: at or just above and left of the widget's)."""

    size: tuple[float, float]  # the widget's width and height; tags stay inside, less a margin
    drawing: DrawingCells
    origin: Point
    cell: float
    shift: tuple[int, int]  # where the drawing's cell 0, 0 lies among the widget's (column, row)
    landmarks: list[Circle]
    uncovered: frozenset[str]  # areas a tag never lies on (the face)
    scale: float  # px per drawing unit
    margin: float = 2.0
    _masks: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _ends: dict[str, list[Point]] = field(default_factory=dict, repr=False)
    # Kept for name_tags: the leaders clear of the drawing from a box, by (area, box, strict).
    clear_leaders: dict[tuple[str, Bounds, bool], Iterable[tuple[Point, Point]]] = field(
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
        drawing: DrawingCells,
        landmarks: Iterable[tuple[Point, float]],
        scale: float,
        offset: Point,
        size: tuple[float, float],
        uncovered: Iterable[str] = (),
    ) -> Picture:
        """The view's cells drawn at scale (px per drawing unit) from offset (px of the
        drawing's origin); landmarks in drawing units."""
        ox, oy = offset
        cell = drawing.unit * scale
        # The drawing's first cell's top left, in px; whole cells before it fill the widget.
        left, top = ox + drawing.first[0] * cell, oy + drawing.first[1] * cell
        shift = (math.ceil(left / cell), math.ceil(top / cell))
        return cls(
            size=size,
            drawing=drawing,
            origin=(left - shift[0] * cell, top - shift[1] * cell),
            cell=cell,
            shift=shift,
            landmarks=[
                Circle((ox + x * scale, oy + y * scale), r * scale + FEATURE_MARGIN)
                for (x, y), r in landmarks
            ],
            uncovered=frozenset(uncovered),
            scale=scale,
        )

    @property
    def bounds(self) -> Bounds:
        width, height = self.size
        return Bounds(self.margin, self.margin, width - self.margin, height - self.margin)

    @cached_property
    def rows(self) -> int:
        return math.ceil((self.size[1] - self.origin[1]) / self.cell)

    @cached_property
    def columns(self) -> int:
        return math.ceil((self.size[0] - self.origin[0]) / self.cell)

    @cached_property
    def _full(self) -> int:
        return cell_bits(0, self.columns)

    @cached_property
    def _even_columns(self) -> int:
        """Bits 0, 2, 4... of a row: 0b...0101, an even number of ones-and-zeros divided by 3."""
        return cell_bits(0, self.columns + self.columns % 2) // 3 & self._full

    def corner(self, column: int, row: int) -> Point:
        """The top left of a cell, in px."""
        return (self.origin[0] + column * self.cell, self.origin[1] + row * self.cell)

    def _laid(self, masks: list[int]) -> list[int]:
        """The drawing's cells as the widget's: shifted into place, nothing round them."""
        columns, rows = self.shift
        full = self._full
        if columns >= 0:
            moved = [mask << columns & full for mask in masks]
        else:
            moved = [mask >> -columns & full for mask in masks]
        before = [0] * max(0, rows)
        laid = (before + moved[max(0, -rows) :])[: self.rows]
        return laid + [0] * (self.rows - len(laid))

    def _area_cells(self, area: str) -> list[int]:
        key = f"area:{area}"
        if key not in self._masks:
            self._masks[key] = self._laid(self.drawing.areas[area])
        return self._masks[key]

    @cached_property
    def _landmark_cells(self) -> list[int]:
        masks = [0] * self.rows
        (x0, y0), cell = self.origin, self.cell
        for circle in self.landmarks:
            (x, y), r = circle.center, circle.radius
            for row in range(
                max(0, int((y - r - y0) / cell)), min(self.rows, int((y + r - y0) / cell) + 1)
            ):
                masks[row] |= cell_bits(
                    max(0, int((x - r - x0) / cell)),
                    min(self.columns, int((x + r - x0) / cell) + 1),
                )
        return masks

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
        return self.drawing.part_sizes[area] * self.scale * self.scale

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
        return [self._full & ~mask for mask in self._laid(self.drawing.drawn)]

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
            inner = self._laid(self.drawing.inner(area))
            self._masks[key] = [a & ~b for a, b in zip(inner, self._landmark_cells, strict=True)]
        return self._masks[key]

    def leader_ends(self, area: str) -> list[Point]:
        """Middles of the cells a leader may end in: inside the area, off every landmark, and
        on skin, clear of the hair drawn over it (the top of the face)."""
        if area not in self._ends:
            hair = self._laid(self.drawing.hair_within(max(1, math.ceil(HAIR_MARGIN / self.cell))))
            masks = [a & ~h for a, h in zip(self._inside_off_landmarks(area), hair, strict=True)]
            even_columns = self._even_columns
            (x0, y0), cell = self.origin, self.cell
            self._ends[area] = [  # a cell in four is close enough: even rows, even columns
                (x0 + (column + 0.5) * cell, y0 + (row + 0.5) * cell)
                for row in range(0, len(masks), 2)
                for column in set_bits(masks[row] & even_columns)
            ]
        return self._ends[area]

    def leader_room(self, area: str, strict: bool) -> list[int]:
        """Cells a leader to this area may cross. Strict: only free ones and the area's own;
        else also the rest of the body, though never an area kept uncovered (the face)."""
        key = f"leader:{area}:{strict}"
        if key not in self._masks:
            cells = self.drawing
            if strict:
                blocked = list(cells.drawing)
                others = [a for a in cells.areas if a != area]
            else:
                blocked = [0] * cells.rows
                others = [a for a in self.uncovered if a != area and a in cells.areas]
            for other in others:
                blocked = [a | b for a, b in zip(blocked, cells.areas[other], strict=True)]
            own = cells.areas[area]
            blocked = self._laid([b & ~o for b, o in zip(blocked, own, strict=True)])
            self._masks[key] = [self._full & ~b for b in blocked]
        return self._masks[key]


def _fits(room: list[int], width: int, height: int) -> list[int]:
    """Per row, the columns where a box of width x height cells has room (its top left):
    doubling, across (each row's columns starting `span` free cells) and then down."""
    across = []
    for mask in room:
        fit, span = mask, 1
        while span < width and fit:  # most rows of an area's room are empty
            step = min(span, width - span)
            fit &= fit >> step
            span += step
        across.append(fit)
    rows = len(room)
    down, span = across, 1
    while span < height:  # down[r]: the columns free in rows r..r+span-1
        step = min(span, height - span)
        down = [down[r] & down[r + step] if r + step < rows else 0 for r in range(rows)]
        span += step
    return down
