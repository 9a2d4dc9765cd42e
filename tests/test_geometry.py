"""Pure geometry: SVG path outlines, point-in-shape, orientation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infant_massage.domain.geometry import Polygon, parse_path

coordinate = st.floats(min_value=-500, max_value=500, allow_nan=False)
size = st.floats(min_value=1, max_value=300, allow_nan=False)


@given(x=coordinate, y=coordinate, w=size, h=size)
def test_a_rectangle_in_absolute_and_relative_form_is_the_same(x, y, w, h) -> None:
    absolute = parse_path(f"M {x} {y} L {x + w} {y} L {x + w} {y + h} L {x} {y + h} Z")
    relative = parse_path(f"m{x},{y} h{w} v{h} h{-w} z")
    for shape in (absolute, relative):
        assert shape.contains((x + w / 2, y + h / 2))
        assert not shape.contains((x - 1, y + h / 2))
        assert not shape.contains((x + w / 2, y + h + 1))
        assert shape.bounds.width == pytest.approx(w)


def test_two_subpaths_are_two_outlines_of_one_shape() -> None:
    shape = parse_path("M0 0 H10 V10 H0 Z M20 0 h10 v10 h-10 z")
    assert len(shape.polygons) == 2
    assert shape.contains((5, 5)) and shape.contains((25, 5))
    assert not shape.contains((15, 5))


def test_curves_follow_the_curve_not_the_control_points() -> None:
    # A circle of radius 10 around (0, 0) drawn with four cubic quarter arcs.
    k = 10 * 0.5523
    circle = parse_path(
        f"M10 0 C10 {k} {k} 10 0 10 C{-k} 10 -10 {k} -10 0 "
        f"C-10 {-k} {-k} -10 0 -10 C{k} -10 10 {-k} 10 0 Z"
    )
    assert circle.contains((0, 0)) and circle.contains((6.9, 6.9))
    assert not circle.contains((7.3, 7.3))  # inside the control box, outside the circle
    assert abs(circle.largest().signed_area()) == pytest.approx(314.16, rel=0.01)


def test_smooth_and_quadratic_commands() -> None:
    shape = parse_path("M0 0 Q10 -10 20 0 T40 0 S60 10 60 20 L0 20 Z")
    assert shape.contains((20, 10))


def test_orientation_in_screen_coordinates() -> None:
    # y grows downward: right, down, left is clockwise on screen.
    clockwise = Polygon(((0, 0), (10, 0), (10, 10), (0, 10)))
    assert clockwise.signed_area() > 0
    assert Polygon(tuple(reversed(clockwise.points))).signed_area() < 0


@pytest.mark.parametrize(
    "bad", ["M0 0 A5 5 0 0 1 10 0 Z", "10 10 L 5 5", "M0 0 L10", "M0 0 L 10 10"]
)
def test_bad_path_data_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_path(bad)


def test_interior_point_is_inside_even_for_a_concave_outline() -> None:
    u_shape = Polygon(((0, 0), (10, 0), (10, 30), (20, 30), (20, 0), (30, 0), (30, 40), (0, 40)))
    assert u_shape.contains(u_shape.interior_point())
