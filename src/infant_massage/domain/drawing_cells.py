"""A view's drawing in cells of a few drawing units: what the name tags see of the baby.

Rows of bits (one bit per cell), so that trying a place for a tag is a few integer operations
per row (see name_tags.py). The cells follow the drawing, not the widget: a view is rasterised
once, at CELL_UNITS, whatever size the map is shown at (tag_picture.Picture lays the widget's
cells over these), and packaging/prepare_tag_cells.py ships them ready in assets/prepared/, each
view's with a hash of the SVG it came from: a stale entry is never used, only costs a rasterising.
Cells an outline passes through count as drawn, so a part thinner than a cell is not missed.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from infant_massage.domain.geometry import Point, Polygon, Shape

CELL_UNITS = 5.0  # a cell's side in drawing units: 2 to 3 px on a small map, 6 on a big one
FILE = "prepared/tag_cells.json"  # under assets/
FORMAT = 1


def cell_bits(low: int, high: int) -> int:
    """Cells low..high-1 of a row as bits (nothing when high <= low)."""
    return ((1 << (high - low)) - 1) << low if high > low else 0


def set_bits(mask: int) -> Iterator[int]:
    """The set bits' indices, lowest first (bit by lowest bit: a shift per column was the
    rasterised rows' widest loop)."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def grow(masks: list[int], full: int) -> list[int]:
    """The cells and their eight neighbours."""
    wide = [(m | m << 1 | m >> 1) & full for m in masks]
    return [
        wide[r] | (wide[r - 1] if r else 0) | (wide[r + 1] if r + 1 < len(wide) else 0)
        for r in range(len(wide))
    ]


def shrink(masks: list[int], full: int) -> list[int]:
    """The cells whose eight neighbours are all in too."""
    inverse = [full & ~m for m in masks]
    return [full & ~m for m in grow(inverse, full)]


def either(*masks: list[int]) -> list[int]:
    """The cells of any of the masks (of the same rows)."""
    result = list(masks[0])
    for mask in masks[1:]:
        result = [a | b for a, b in zip(result, mask, strict=True)]
    return result


@dataclass(frozen=True)
class DrawingCells:
    """A view's cells: cell (column, row) of the masks covers drawing units from
    ((first column + column) * unit, (first row + row) * unit), a unit square `unit` wide."""

    unit: float
    first: tuple[int, int]  # the first cell's column and row, counted from the drawing's origin
    rows: int
    columns: int
    areas: dict[str, list[int]]  # cells whose middle lies in the area
    drawing: list[int]  # cells whose middle lies in the drawing (the areas, head, neck, diaper)
    outlines: list[int]  # cells an outline of the drawing or of an area passes through
    hair: list[int]  # cells of the hair: its cells' middles and its outline
    part_sizes: dict[str, float]  # each area's smallest part (one hand of the two), in units²
    # A point well inside each part of each area (Polygon.interior_point), in drawing units:
    # where a tag looks for room first, and where a crossed-out area's cross goes.
    anchors: dict[str, list[Point]]
    _grown_hair: dict[int, list[int]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(
        cls,
        regions: Mapping[str, Shape],
        drawing: Iterable[Shape],
        hair: Iterable[Shape] = (),
        unit: float = CELL_UNITS,
    ) -> DrawingCells:
        """From the view's outlines in drawing units; the cells reach a cell beyond them all."""
        drawn, hair = (
            [p for s in drawing for p in s.polygons],
            [p for s in hair for p in s.polygons],
        )
        outlines = [*drawn, *(p for shape in regions.values() for p in shape.polygons)]
        xs = [x for polygon in outlines for x, _ in polygon.points]
        ys = [y for polygon in outlines for _, y in polygon.points]
        first = (math.floor(min(xs) / unit) - 1, math.floor(min(ys) / unit) - 1)
        columns = math.floor(max(xs) / unit) + 2 - first[0]
        rows = math.floor(max(ys) / unit) + 2 - first[1]
        shift = (-first[0] * unit, -first[1] * unit)

        def cells(polygons: list[Polygon]) -> list[int]:
            return _rasterise(_moved(polygons, shift), rows, columns, unit)

        return cls(
            unit=unit,
            first=first,
            rows=rows,
            columns=columns,
            areas={area: cells(list(shape.polygons)) for area, shape in regions.items()},
            drawing=cells(drawn),
            outlines=_edges(_moved(outlines, shift), rows, columns, unit),
            hair=either(cells(hair), _edges(_moved(hair, shift), rows, columns, unit)),
            part_sizes={
                area: min(abs(polygon.signed_area()) for polygon in shape.polygons)
                for area, shape in regions.items()
            },
            anchors={area: shape.interior_points() for area, shape in regions.items()},
        )

    @cached_property
    def full(self) -> int:
        return cell_bits(0, self.columns)

    @cached_property
    def drawn(self) -> list[int]:
        """Every cell the drawing or an area touches, and a cell round it (a tag beside the
        baby keeps a gap from it, however thin a part is: a nose tip)."""
        return grow(either(self.outlines, self.drawing, *self.areas.values()), self.full)

    @cached_property
    def _inner(self) -> dict[str, list[int]]:
        return {area: shrink(cells, self.full) for area, cells in self.areas.items()}

    def inner(self, area: str) -> list[int]:
        """The cells well inside the area: they and their eight neighbours in it."""
        return self._inner[area]

    def hair_within(self, steps: int) -> list[int]:
        """The hair's cells and those up to `steps` cells from them."""
        if steps not in self._grown_hair:
            cells = self.hair
            for _ in range(steps):
                cells = grow(cells, self.full)
            self._grown_hair[steps] = cells
        return self._grown_hair[steps]

    def to_json(self) -> dict:
        def rows(masks: list[int]) -> list[str]:
            return [format(mask, "x") for mask in masks]

        return {
            "unit": self.unit,
            "first": list(self.first),
            "rows": self.rows,
            "columns": self.columns,
            "areas": {area: rows(cells) for area, cells in self.areas.items()},
            "drawing": rows(self.drawing),
            "outlines": rows(self.outlines),
            "hair": rows(self.hair),
            "part_sizes": self.part_sizes,
            "anchors": {
                area: [list(point) for point in points] for area, points in self.anchors.items()
            },
        }

    @classmethod
    def from_json(cls, data: dict) -> DrawingCells:
        def masks(rows: list[str]) -> list[int]:
            return [int(row, 16) for row in rows]

        return cls(
            unit=float(data["unit"]),
            first=(int(data["first"][0]), int(data["first"][1])),
            rows=int(data["rows"]),
            columns=int(data["columns"]),
            areas={area: masks(rows) for area, rows in data["areas"].items()},
            drawing=masks(data["drawing"]),
            outlines=masks(data["outlines"]),
            hair=masks(data["hair"]),
            part_sizes={area: float(size) for area, size in data["part_sizes"].items()},
            anchors={
                area: [(float(x), float(y)) for x, y in points]
                for area, points in data["anchors"].items()
            },
        )


def digest(svg: str) -> str:
    return hashlib.sha256(svg.encode("utf-8")).hexdigest()


def prepare(views: Mapping[str, tuple[str, DrawingCells]]) -> str:
    """The prepared file's text: each view's cells with the hash of its SVG's text."""
    entries = {
        view: {"sha256": digest(svg), "cells": cells.to_json()}
        for view, (svg, cells) in sorted(views.items())
    }
    return json.dumps({"format": FORMAT, "views": entries}, sort_keys=True)


class PreparedCells:
    """The prepared file's views (none at all if it is missing or damaged)."""

    def __init__(self, text: bytes | str | None) -> None:
        try:
            loaded = json.loads(text) if text else None
        except (ValueError, RecursionError):  # not JSON (UnicodeDecodeError is a ValueError)
            loaded = None
        ok = isinstance(loaded, dict) and loaded.get("format") == FORMAT
        views = loaded.get("views") if ok else None
        self._views: dict = views if isinstance(views, dict) else {}

    def cells(self, view: str, svg: str) -> DrawingCells | None:
        """The view's cells, if made from exactly this SVG; else None (the caller rasterises
        the drawing instead)."""
        entry = self._views.get(view)
        if not isinstance(entry, dict) or entry.get("sha256") != digest(svg):
            return None
        try:
            return DrawingCells.from_json(entry["cells"])
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None


def _moved(polygons: Iterable[Polygon], by: Point) -> list[Polygon]:
    dx, dy = by
    return [Polygon(tuple([(x + dx, y + dy) for x, y in p.points])) for p in polygons]


def _spans(polygons: Iterable[Polygon], rows: int, cell: float) -> list[list[float]]:
    """Per row, the x where the outlines cross the row's middle line (even-odd pairs)."""
    crossings: list[list[float]] = [[] for _ in range(rows)]
    ceil, floor = math.ceil, math.floor
    for polygon in polygons:
        points = polygon.points
        levels = [y / cell - 0.5 for _, y in points]  # in rows, 0 at the first row's middle
        # Most edges of the drawing cross no row's middle: only the others are looked at.
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
    """Every cell an outline passes through (a part thinner than a cell has no cell middle),
    each edge sampled every half cell, ends included."""
    masks = [0] * rows
    half = cell / 2
    for polygon in polygons:
        points = polygon.points
        samples = {(int(y / cell), int(x / cell)) for x, y in points}
        for (x1, y1), (x2, y2) in zip(points[-1:] + points[:-1], points, strict=True):
            length = math.hypot(x2 - x1, y2 - y1)
            if length > half:
                steps = math.ceil(length / half)
                dy, dx = y2 - y1, x2 - x1
                samples.update(
                    (int((y1 + dy * k / steps) / cell), int((x1 + dx * k / steps) / cell))
                    for k in range(1, steps)
                )
        for row, column in samples:
            if 0 <= row < rows and 0 <= column < columns:
                masks[row] |= 1 << column
    return masks
