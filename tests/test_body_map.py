"""The body map as a parent uses it: point, click, or walk through the regions with keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage

from infant_massage.domain.catalog import Catalog
from infant_massage.ui.body_map.body_map_widget import BodyMap
from infant_massage.ui.body_map.illustrations import Illustrations

FRONT = ["face", "chest", "abdomen", "arms", "hands", "legs", "feet"]
BACK = ["back", "arms", "hands", "legs", "feet"]


@pytest.fixture(scope="module")
def illustrations() -> Illustrations:
    return Illustrations()


@pytest.fixture
def body_map(qtbot, illustrations, catalog: Catalog) -> BodyMap:
    widget = BodyMap(illustrations, catalog)
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_each_view_has_exactly_its_regions(illustrations, catalog) -> None:
    assert list(illustrations.views["front"].regions) == FRONT
    assert list(illustrations.views["back"].regions) == BACK
    for area in catalog.areas:
        assert set(area.views) == set(illustrations.views_with(area.id)), area.id


def test_regions_do_not_overlap(illustrations) -> None:
    for body in illustrations.views.values():
        for area, shape in body.regions.items():
            for point in shape.interior_points():
                assert body.region_at(point) == area


def test_landmarks_sit_where_massage_needs_them(illustrations) -> None:
    front, back = illustrations.views["front"], illustrations.views["back"]
    navel = front.landmarks["navel"]
    assert front.region_at(navel.center) == "abdomen"
    tailbone, neck = back.landmarks["tailbone"], back.landmarks["neck"]
    assert tailbone.y > neck.y  # the tailbone is lower on the screen than the neck
    assert back.region_at((tailbone.x, tailbone.y - 8)) == "back"
    assert back.region_at((neck.x, neck.y + 8)) == "back"


@pytest.mark.parametrize("size", [(400, 560), (800, 600), (1600, 1000)])
def test_a_click_inside_each_region_selects_exactly_that_area(
    qtbot, body_map, illustrations, size
) -> None:
    body_map.resize(*size)
    for view, areas in (("front", FRONT), ("back", BACK)):
        body_map.set_view(view)
        for area in areas:
            for polygon in illustrations.views[view].regions[area].polygons:
                x, y = polygon.interior_point()
                point = body_map.view_transform().map(QPointF(x, y)).toPoint()
                with qtbot.waitSignal(body_map.areaSelected) as signal:
                    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)
                assert signal.args == [area]
                assert body_map.selected_area == area


def test_hit_testing_follows_the_shape_not_the_bounding_box(qtbot, body_map, illustrations) -> None:
    # Between the two arms' outlines lies the chest: the arms' bounding box covers it.
    arms = illustrations.views["front"].regions["arms"]
    cx, cy = illustrations.views["front"].regions["chest"].largest().interior_point()
    box = arms.bounds
    assert box.left < cx < box.right and box.top < cy < box.bottom
    point = body_map.view_transform().map(QPointF(cx, cy)).toPoint()
    assert body_map.area_at(point) == "chest"


def test_a_click_beside_the_baby_selects_and_clears_nothing(qtbot, body_map) -> None:
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=body_map.point_in("chest").toPoint())
    assert body_map.selected_area == "chest"
    for corner in [(3, 3), (body_map.width() - 4, 3), (3, body_map.height() - 4)]:
        with qtbot.assertNotEmitted(body_map.areaSelected):
            qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=QPointF(*corner).toPoint())
    assert body_map.selected_area == "chest"


def test_hover_highlights_and_names_the_region(qtbot, body_map, catalog) -> None:
    before = body_map.grab().toImage()
    point = body_map.point_in("abdomen").toPoint()
    with qtbot.waitSignal(body_map.areaHovered) as signal:
        qtbot.mouseMove(body_map, point)
    assert signal.args == ["abdomen"]
    assert body_map.hovered_area == "abdomen"
    assert body_map.toolTip() == str(catalog.area("abdomen").name)
    after = body_map.grab().toImage()
    assert after != before
    assert body_map.selected_area is None


def test_keyboard_reaches_all_regions_in_both_views(qtbot, body_map) -> None:
    body_map.setFocus()
    seen = []
    for view, areas in (("front", FRONT), ("back", BACK)):
        body_map.set_view(view)
        for _ in areas:
            qtbot.keyClick(body_map, Qt.Key.Key_Right)
            qtbot.keyClick(body_map, Qt.Key.Key_Return)
            seen.append(body_map.selected_area)
    assert set(seen) == set(FRONT) | set(BACK)


def test_tab_leaves_the_map_at_once_and_the_arrows_walk_the_regions(qtbot, body_map) -> None:
    # Eight Tab presses through the baby before the techniques was a dead end for the keyboard.
    body_map.setFocus(Qt.FocusReason.TabFocusReason)
    order = [body_map.focused_area]
    for _ in FRONT[1:]:
        qtbot.keyClick(body_map, Qt.Key.Key_Right)
        order.append(body_map.focused_area)
    assert order == FRONT
    qtbot.keyClick(body_map, Qt.Key.Key_Space)
    assert body_map.selected_area == "feet"
    assert not body_map.focusNextPrevChild(True) or not body_map.hasFocus()


def test_a_screen_reader_lists_every_region_of_both_views(qtbot, body_map, catalog) -> None:
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(body_map)
    assert "Body map" in interface.text(QAccessible.Text.Name)
    assert "arrow keys" in interface.text(QAccessible.Text.Description)
    for view, areas in (("front", FRONT), ("back", BACK)):
        body_map.set_view(view)
        assert interface.childCount() == len(areas)
        names = [str(catalog.area(a).name) for a in areas]
        assert [name for name, _ in body_map.accessible_children()] == names
        for index, area in enumerate(areas):
            child = interface.child(index)
            assert child.role() == QAccessible.Role.Button
            assert interface.indexOfChild(child) == index
            assert child.parent().object() is body_map
            count = len(catalog.techniques_for(area))
            description = child.text(QAccessible.Text.Description)
            assert str(catalog.area(area).note) in description
            assert f"{count} technique" in description
            centre = body_map.mapToGlobal(body_map.point_in(area).toPoint())
            assert interface.childAt(centre.x(), centre.y()) is child


def test_the_focused_region_is_the_focused_child(qtbot, body_map, catalog) -> None:
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(body_map)
    body_map.set_view("front")
    body_map.setFocus()
    while body_map.focused_area != "abdomen":
        qtbot.keyClick(body_map, Qt.Key.Key_Right)
    focused = interface.focusChild()
    assert focused.text(QAccessible.Text.Name) == str(catalog.area("abdomen").name)
    assert focused.state().focused
    body_map.set_age_months(3)
    offered = len(catalog.techniques_for("back", 3))
    assert 1 < offered < len(catalog.techniques_for("back"))  # one waits until the baby is older
    assert body_map.accessible_text("back") == f"{catalog.area('back').name}, {offered} techniques"


def test_t_turns_the_baby_over(qtbot, body_map) -> None:
    with qtbot.waitSignal(body_map.viewChanged) as signal:
        qtbot.keyClick(body_map, Qt.Key.Key_T)
    assert signal.args == ["back"] and body_map.view == "back"


def test_selecting_an_area_of_the_other_side_turns_the_baby(body_map) -> None:
    body_map.select_area("back")
    assert body_map.view == "back"
    body_map.select_area("face")
    assert body_map.view == "front"


def test_skin_tones_change_the_drawing(qtbot, body_map, illustrations) -> None:
    assert len(illustrations.skin_tones) >= 3
    first = body_map.grab().toImage()
    body_map.set_skin_tone(illustrations.skin_tones[-1].id)
    assert body_map.grab().toImage() != first


def test_the_drawing_fills_the_widget_at_any_size(qtbot, body_map, illustrations) -> None:
    for width, height in [(300, 420), (900, 600), (2000, 2600)]:
        body_map.resize(width, height)
        image: QImage = body_map.grab().toImage()
        assert image.width() == width
        body = illustrations.views["front"]
        rect = body_map.view_transform().mapRect(QRectF(0, 0, body.width, body.height))
        assert rect.width() >= width - 30 or rect.height() >= height - 30


@pytest.mark.parametrize("size", [(240, 320), (380, 520), (420, 430), (900, 1200)])
@pytest.mark.parametrize("scale", [1.0, 1.8])
def test_name_tags_never_cover_each_other_or_the_face(
    qtbot, body_map, illustrations, size, scale
) -> None:
    from PySide6.QtCore import QRectF

    font = body_map.font()
    font.setPointSizeF(11.5 * scale)
    body_map.setFont(font)
    body_map.resize(*size)
    for view in ("front", "back"):
        body_map.set_view(view)
        placed, _font = body_map.name_labels()
        assert [label.area for label in placed] == body_map.region_order()
        face = None
        if view == "front":
            box = illustrations.views[view].regions["face"].bounds
            face = body_map.view_transform().mapRect(
                QRectF(box.left, box.top, box.width, box.height)
            )
        for index, label in enumerate(placed):
            assert QRectF(body_map.rect()).contains(label.rect), (view, label.area)
            if face is not None:
                assert not label.rect.intersects(face), (view, label.area, "over the face")
            for other in placed[index + 1 :]:
                assert not label.rect.intersects(other.rect), (view, label.area, other.area)
            if label.needs_leader:  # far from its area: a line shows which area it names
                assert label.anchor == body_map.point_in(label.area)


@pytest.mark.parametrize("size", [(240, 320), (380, 520), (900, 1200)])
@pytest.mark.parametrize("scale", [1.0, 1.8])
def test_the_large_name_of_the_pointed_area_never_covers_the_face(
    qtbot, body_map, size, scale
) -> None:
    """Hover or keyboard focus names an area large, above it, or beside it where there is no
    room above (the face, at the top of a small map): never over the face, nor under a tag."""
    from PySide6.QtGui import QColor, QPalette

    # The large name is the only thing drawn in the highlighted-text colour: in a colour of
    # its own here, its words can be found in the picture the parent sees.
    ink = QColor("#ff00ff")
    palette = body_map.palette()
    palette.setColor(QPalette.ColorRole.HighlightedText, ink)
    body_map.setPalette(palette)
    font = body_map.font()
    font.setPointSizeF(11.5 * scale)
    body_map.setFont(font)
    body_map.resize(*size)
    body_map.set_view("front")
    face = body_map.region_rect("face")
    for area in body_map.region_order():
        qtbot.mouseMove(body_map, body_map.point_in(area).toPoint())
        assert body_map.hovered_area == area
        words = _bounds_of(body_map.grab().toImage(), ink)
        assert not words.isEmpty(), area
        assert body_map.rect().contains(words), area
        assert not words.intersects(face), (area, "over the face")
        placed, _font = body_map.name_labels()
        for label in placed:
            assert not label.rect.toAlignedRect().intersects(words), (area, label.area)


def test_the_chosen_area_keeps_its_name_when_the_map_is_left(qtbot, body_map) -> None:
    """Chosen, an area's quiet tag gives way to its large name; with the pointer away and the
    keyboard gone on to the techniques, the large name stays (the map never leaves it unnamed)."""
    from PySide6.QtGui import QColor, QPalette

    ink = QColor("#ff00ff")  # the large name's colour alone, as above
    palette = body_map.palette()
    palette.setColor(QPalette.ColorRole.HighlightedText, ink)
    body_map.setPalette(palette)
    body_map.resize(380, 520)
    body_map.set_view("front")
    area = body_map.region_order()[1]
    body_map.select_area(area)
    body_map.clearFocus()
    assert body_map.hovered_area is None and not body_map.hasFocus()
    assert area not in [label.area for label in body_map.name_labels()[0]]
    words = _bounds_of(body_map.grab().toImage(), ink)
    assert not words.isEmpty()


def _bounds_of(image: QImage, colour) -> QRect:
    """The smallest rectangle holding every pixel of exactly this colour (empty: none)."""
    from PySide6.QtGui import QBitmap, QRegion

    mask = image.createMaskFromColor(colour.rgb(), Qt.MaskMode.MaskOutColor)
    return QRegion(QBitmap.fromImage(mask)).boundingRect()
