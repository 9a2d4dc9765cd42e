"""The name tags' cells of each drawing, shipped ready: true to the drawing, or not used at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from infant_massage.domain.body_map import parse_body_view
from infant_massage.domain.drawing_cells import FILE, DrawingCells, PreparedCells, prepare
from infant_massage.domain.geometry import Polygon, Shape
from infant_massage.ui.body_map import labels
from infant_massage.ui.body_map.illustrations import VIEWS, Illustrations

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def _drawn(view: str) -> tuple[str, DrawingCells]:
    svg = (ASSETS / "illustrations" / f"baby_{view}.svg").read_text(encoding="utf-8")
    body = parse_body_view(view, svg)
    return svg, DrawingCells.of(body.regions, body.drawing, body.hair)


@pytest.mark.parametrize("view", VIEWS)
def test_the_shipped_cells_are_those_of_each_drawing_as_it_is_now(view) -> None:
    svg, cells = _drawn(view)
    shipped = PreparedCells((ASSETS / FILE).read_bytes()).cells(view, svg)
    assert shipped == cells, f"run packaging/prepare_tag_cells.py: {FILE} is stale for {view}"


@pytest.mark.parametrize("view", VIEWS)
def test_the_map_lays_its_tags_on_the_shipped_cells(view) -> None:
    assert labels.drawing_cells(Illustrations(), view) == _drawn(view)[1]


def square(left: float, top: float, side: float) -> Shape:
    right, bottom = left + side, top + side
    return Shape((Polygon(((left, top), (right, top), (right, bottom), (left, bottom))),))


def test_cells_made_from_another_drawing_are_not_used() -> None:
    cells = DrawingCells.of({"a": square(10, 10, 40)}, [square(10, 10, 40)], [square(10, 10, 5)])
    prepared = PreparedCells(prepare({"front": ("<svg/>", cells)}))
    assert prepared.cells("front", "<svg/>") == cells
    assert prepared.cells("front", "<svg />") is None
    assert prepared.cells("back", "<svg/>") is None


@pytest.mark.parametrize(
    "text",
    [
        None,
        b"",
        b"\xff\xfe\x00odd bytes",
        b'{"format": 1, "views": {"front"',  # cut off
        b"[" * 100_000,  # nested deeper than any parser goes
        b"[]",
        b'{"format": 2, "views": {}}',
        b'{"format": 1, "views": []}',
        json.dumps({"format": 1, "views": {"front": "cells"}}).encode(),
    ],
)
def test_a_damaged_file_serves_no_cells(text) -> None:
    assert PreparedCells(text).cells("front", "<svg/>") is None


def test_cells_with_the_right_hash_but_damaged_are_not_used() -> None:
    from infant_massage.domain.drawing_cells import digest

    entry = {"sha256": digest("<svg/>"), "cells": {"unit": 5, "rows": "many"}}
    text = json.dumps({"format": 1, "views": {"front": entry}})
    assert PreparedCells(text).cells("front", "<svg/>") is None
