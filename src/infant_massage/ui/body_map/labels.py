"""The body map's name tags in Qt's terms: their fonts and sizes, laid out by domain/name_tags.

Every area has one tag, laid out once for the view, the size and the font: choosing, pointing
at or walking to an area never moves a tag (names that jumped sides were hard to follow). The
chosen area's tag is drawn bold in the accent colour in the same box: each box is measured
for the bold words. The tags shrink, step by step, until every tag has room (smaller tags
before tags over each other).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from infant_massage import resources
from infant_massage.domain.drawing_cells import FILE, DrawingCells, PreparedCells
from infant_massage.domain.geometry import Bounds, Point
from infant_massage.domain.name_tags import PlacedTag, TagRequest, place_tags
from infant_massage.domain.tag_picture import Picture
from infant_massage.ui.body_map.illustrations import Illustrations

QUIET_SHRINKS = (0.9, 0.8, 0.7, 0.6)


@dataclass(frozen=True)
class NameTags:
    every: list[PlacedTag]  # in reading order
    font: QFont
    chosen_font: QFont  # the chosen area's: bold, the same size (its box was measured so)

    def of(self, area: str) -> PlacedTag:
        return next(tag for tag in self.every if tag.area == area)


def quiet_font(base: QFont, shrink: float) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * shrink)
    return font


def chosen_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def drawing_cells(illustrations: Illustrations, view: str) -> DrawingCells:
    """The view's drawing in cells, as shipped (assets/prepared/, made by
    packaging/prepare_tag_cells.py), or rasterised here if the drawing has changed since."""
    cells = _prepared().cells(view, illustrations.svg(view))
    if cells is None:
        body = illustrations.views[view]
        cells = DrawingCells.of(body.regions, body.drawing, body.hair)
    return cells


@lru_cache(maxsize=1)
def _prepared() -> PreparedCells:
    try:
        return PreparedCells(resources.read_bytes(FILE))
    except resources.ResourceError:  # not prepared (a checkout before its first run)
        return PreparedCells(None)


def _request(area: str, text: str, font: QFont, pad_x: float, pad_y: float) -> TagRequest:
    width, height = _text_size(font.toString(), text)
    return TagRequest(area, width + pad_x, height + pad_y)


@lru_cache(maxsize=1024)
def _text_size(font: str, text: str) -> tuple[float, float]:
    """A name's size in a font (by its description): every hover asks again for each name."""
    described = QFont()
    described.fromString(font)
    metrics = QFontMetricsF(described)
    return metrics.horizontalAdvance(text), metrics.height()


def lay_out(
    picture: Picture, anchors: dict[str, list[Point]], names: dict[str, str], base: QFont
) -> NameTags:
    """names: every area's name, in reading order. Every tag as large as all have room."""
    for shrink in QUIET_SHRINKS:
        font = quiet_font(base, shrink)
        bold = chosen_font(font)
        requests = [_request(area, text, bold, 14, 4) for area, text in names.items()]
        placed, missing = place_tags(picture, requests, anchors)
        if not missing:
            break
    # No room anywhere (a map far too small): the tag goes on its area rather than lose the name.
    placed += [_on_anchor(r, anchors[r.area][0]) for r in requests if r.area in missing]
    by_area = {tag.area: tag for tag in placed}
    return NameTags(every=[by_area[area] for area in names], font=font, chosen_font=bold)


def _on_anchor(request: TagRequest, anchor: Point) -> PlacedTag:
    x, y = anchor
    half_w, half_h = request.width / 2, request.height / 2
    return PlacedTag(request.area, Bounds(x - half_w, y - half_h, x + half_w, y + half_h), None)


def rect_of(tag: PlacedTag) -> QRectF:
    box = tag.box
    return QRectF(box.left, box.top, box.width, box.height)


def leader_of(tag: PlacedTag) -> tuple[QPointF, QPointF] | None:
    return (QPointF(*tag.leader[0]), QPointF(*tag.leader[1])) if tag.leader else None
