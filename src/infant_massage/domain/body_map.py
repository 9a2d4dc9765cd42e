"""The body map's geometry: pickable regions and landmarks read from the illustration SVGs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cached_property

from infant_massage.domain.geometry import Point, Shape, parse_path

REGION_PREFIX = "region-"
LANDMARK_PREFIX = "landmark-"
DRAWING_ID = "drawing"  # the group holding everything the picture shows
HAIR_ID = "hair"  # the group drawn over the head: what lies under it is not seen as skin
_SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Landmark:
    x: float
    y: float
    radius: float

    @property
    def center(self) -> Point:
        return (self.x, self.y)


@dataclass(frozen=True)
class BodyView:
    """One drawing of the baby ('front': lying on the back; 'back': lying on the tummy)."""

    name: str
    width: float
    height: float
    regions: dict[str, Shape]
    landmarks: dict[str, Landmark]
    # The path data of every filled outline of the drawing (the areas, and what belongs to
    # none: head, diaper) and of the hair's: flattened only when asked for, since the name
    # tags' cells ship ready (drawing_cells.py) and flattening them was most of reading a view.
    drawing_paths: tuple[str, ...] = ()
    hair_paths: tuple[str, ...] = ()

    @cached_property
    def drawing(self) -> tuple[Shape, ...]:
        """Every filled outline of the drawing."""
        return tuple(parse_path(d) for d in self.drawing_paths)

    @cached_property
    def hair(self) -> tuple[Shape, ...]:
        """The hair's filled outlines, drawn over the top of the head (and of the face's
        region): what lies under them is not seen as skin."""
        return tuple(parse_path(d) for d in self.hair_paths)

    def region_at(self, point: Point) -> str | None:
        for area_id, shape in self.regions.items():
            if shape.contains(point):
                return area_id
        return None


def _local(tag: str) -> str:
    return tag[len(_SVG) :] if tag.startswith(_SVG) else tag


def parse_body_view(name: str, svg_text: str) -> BodyView:
    """Read region outlines (<path id="region-AREA">) and landmarks (<circle id="landmark-X">)."""
    root = ET.fromstring(svg_text)
    view_box = root.get("viewBox")
    if not view_box:
        raise ValueError(f"{name} view: the SVG has no viewBox")
    _, _, width, height = (float(v) for v in view_box.replace(",", " ").split())
    regions: dict[str, Shape] = {}
    landmarks: dict[str, Landmark] = {}
    drawing, hair = (_filled_paths(root, group_id) for group_id in (DRAWING_ID, HAIR_ID))
    for element in root.iter():
        element_id = element.get("id", "")
        tag = _local(element.tag)
        if element_id.startswith(REGION_PREFIX) and tag == "path":
            try:
                regions[element_id[len(REGION_PREFIX) :]] = parse_path(element.get("d", ""))
            except ValueError as exc:
                raise ValueError(f"{name} view: {element_id}: {exc}") from None
        elif element_id.startswith(LANDMARK_PREFIX) and tag == "circle":
            landmarks[element_id[len(LANDMARK_PREFIX) :]] = Landmark(
                float(element.get("cx", 0)), float(element.get("cy", 0)), float(element.get("r", 0))
            )
    if not regions:
        raise ValueError(f"{name} view: no region outlines (ids starting '{REGION_PREFIX}')")
    return BodyView(name, width, height, regions, landmarks, drawing, hair)


def _filled_paths(root: ET.Element, group_id: str) -> tuple[str, ...]:
    """The path data of the filled outlines in the group with this id (a stroke alone covers
    next to nothing)."""
    return tuple(
        element.get("d", "")
        for group in root.iter()
        if _local(group.tag) == "g" and group.get("id") == group_id
        for element in group.iter()
        if _local(element.tag) == "path" and element.get("fill", "black") != "none"
    )


def anchor_points(svg_text: str) -> dict[str, Point]:
    """Centres of the circles with an id, e.g. a hand drawing's 'contact' and 'wrist'."""
    root = ET.fromstring(svg_text)
    return {
        element.get("id", ""): (float(element.get("cx", 0)), float(element.get("cy", 0)))
        for element in root.iter()
        if _local(element.tag) == "circle" and element.get("id")
    }
