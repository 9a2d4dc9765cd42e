"""Plane geometry in illustration units (SVG coordinates: x right, y down). Pure Python."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Point = tuple[float, float]

# Enough segments per curve that a flattened outline is within a fraction of a unit of the curve
# at the sizes these shapes have (a few hundred units).
CURVE_SEGMENTS = 16


@dataclass(frozen=True)
class Bounds:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def center(self) -> Point:
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)

    def united(self, other: Bounds) -> Bounds:
        return Bounds(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )


def bounds_of(points: Iterable[Point]) -> Bounds:
    xs, ys = zip(*points, strict=True)
    return Bounds(min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class Polygon:
    points: tuple[Point, ...]

    def contains(self, point: Point) -> bool:
        """Even-odd ray casting; points exactly on an edge may fall either way."""
        x, y = point
        inside = False
        pts = self.points
        j = len(pts) - 1
        for i in range(len(pts)):
            xi, yi = pts[i]
            xj, yj = pts[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside

    def signed_area(self) -> float:
        """Shoelace area. In y-down screen coordinates a positive value means clockwise."""
        pts = self.points
        total = 0.0
        for i in range(len(pts)):
            x1, y1 = pts[i]
            x2, y2 = pts[(i + 1) % len(pts)]
            total += x1 * y2 - x2 * y1
        return total / 2

    @property
    def bounds(self) -> Bounds:
        return bounds_of(self.points)

    def interior_point(self) -> Point:
        """A point well inside the polygon (the middle of its widest horizontal chord)."""
        box = self.bounds
        best: tuple[float, Point] | None = None
        for k in range(1, 20):
            y = box.top + box.height * k / 20
            xs = sorted(self._crossings(y))
            for a, b in zip(xs[::2], xs[1::2], strict=False):
                if best is None or b - a > best[0]:
                    best = (b - a, ((a + b) / 2, y))
        if best is None:
            raise ValueError("degenerate polygon")
        return best[1]

    def _crossings(self, y: float) -> list[float]:
        pts = self.points
        found = []
        for i in range(len(pts)):
            (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % len(pts)]
            if (y1 > y) != (y2 > y):
                found.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        return found


@dataclass(frozen=True)
class Shape:
    """One or more closed outlines (e.g. both hands) treated as one region."""

    polygons: tuple[Polygon, ...]

    def contains(self, point: Point) -> bool:
        return any(p.contains(point) for p in self.polygons)

    @property
    def bounds(self) -> Bounds:
        boxes = [p.bounds for p in self.polygons]
        result = boxes[0]
        for box in boxes[1:]:
            result = result.united(box)
        return result

    def interior_points(self) -> list[Point]:
        return [p.interior_point() for p in self.polygons]

    def largest(self) -> Polygon:
        return max(self.polygons, key=lambda p: abs(p.signed_area()))


_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZzAa]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}


def _bernstein(k: int) -> tuple[float, float, float, float]:
    t = k / CURVE_SEGMENTS
    u = 1 - t
    return u**3, 3 * u * u * t, 3 * u * t * t, t**3


# The curve's weights at each step, worked out once: the drawings hold hundreds of curves, all
# flattened at start (the same products, so the same points to the last bit).
_WEIGHTS = tuple(_bernstein(k) for k in range(1, CURVE_SEGMENTS + 1))


def _cubic(p0: Point, p1: Point, p2: Point, p3: Point) -> list[Point]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p0, p1, p2, p3
    return [
        (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)
        for a, b, c, d in _WEIGHTS
    ]


def _quadratic(p0: Point, p1: Point, p2: Point) -> list[Point]:
    c1 = (p0[0] + 2 / 3 * (p1[0] - p0[0]), p0[1] + 2 / 3 * (p1[1] - p0[1]))
    c2 = (p2[0] + 2 / 3 * (p1[0] - p2[0]), p2[1] + 2 / 3 * (p1[1] - p2[1]))
    return _cubic(p0, c1, c2, p2)


def parse_path(d: str) -> Shape:
    """Flatten SVG path data (M L H V C S Q T Z, absolute or relative; no arcs) into polygons."""
    tokens = _TOKEN.findall(d)
    polygons: list[Polygon] = []
    current: list[Point] = []
    pos: Point = (0.0, 0.0)
    start: Point = (0.0, 0.0)
    last_control: Point | None = None
    command = ""
    i = 0

    def close() -> None:
        nonlocal current
        if len(current) >= 3:
            polygons.append(Polygon(tuple(current)))
        current = []

    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
            if command in "Aa":
                raise ValueError("arcs (A) are not supported in region outlines")
            if command in "Zz":
                close()
                pos = start
                last_control = None
                continue
        elif not command or command in "Zz":
            raise ValueError(f"number without a command in path data near {token!r}")
        upper = command.upper()
        count = _ARGS[upper]
        try:
            values = [float(v) for v in tokens[i : i + count]]
        except ValueError:
            raise ValueError(f"bad path data near {tokens[i : i + count]!r}") from None
        if len(values) < count:
            raise ValueError("path data ends in the middle of a command")
        i += count
        rel = command.islower()
        ox, oy = pos if rel else (0.0, 0.0)

        def pt(k: int, ox: float = ox, oy: float = oy, values: Sequence[float] = values) -> Point:
            return (values[k] + ox, values[k + 1] + oy)

        if upper == "M":
            close()
            pos = start = pt(0)
            current = [pos]
            command = "l" if rel else "L"  # further pairs after a moveto are linetos
            last_control = None
            continue
        if not current:
            current = [pos]
        if upper == "L":
            new = pt(0)
            current.append(new)
            last_control = None
        elif upper == "H":
            new = (values[0] + ox, pos[1])
            current.append(new)
            last_control = None
        elif upper == "V":
            new = (pos[0], values[0] + oy)
            current.append(new)
            last_control = None
        elif upper == "C":
            c1, c2, new = pt(0), pt(2), pt(4)
            current += _cubic(pos, c1, c2, new)
            last_control = c2
        elif upper == "S":
            c1 = _reflect(last_control, pos)
            c2, new = pt(0), pt(2)
            current += _cubic(pos, c1, c2, new)
            last_control = c2
        elif upper == "Q":
            c, new = pt(0), pt(2)
            current += _quadratic(pos, c, new)
            last_control = c
        else:  # T
            c = _reflect(last_control, pos)
            new = pt(0)
            current += _quadratic(pos, c, new)
            last_control = c
        pos = new
    close()
    if not polygons:
        raise ValueError("path data holds no closed outline")
    return Shape(tuple(polygons))


def _reflect(control: Point | None, about: Point) -> Point:
    if control is None:
        return about
    return (2 * about[0] - control[0], 2 * about[1] - control[1])


@dataclass(frozen=True)
class Affine:
    """x' = a*x + c*y + e, y' = b*x + d*y + f (the QTransform layout, without Qt)."""

    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    d: float = 1.0
    e: float = 0.0
    f: float = 0.0

    @classmethod
    def rotation(cls, degrees: float, about: Point = (0.0, 0.0)) -> Affine:
        """Turned clockwise on screen (y down) by degrees about a point."""
        turn = math.radians(degrees)
        cos, sin = round(math.cos(turn), 12), round(math.sin(turn), 12)
        cx, cy = about
        return cls(cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy)

    @property
    def determinant(self) -> float:
        """Negative for a reflection: a view with one would show every circle reversed."""
        return self.a * self.d - self.b * self.c

    def map(self, point: Point) -> Point:
        x, y = point
        return (self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f)
