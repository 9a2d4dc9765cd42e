"""The body map as a parent uses it: point, click, or walk through the regions with keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainterPath, QPolygonF

from infant_massage.domain.catalog import Catalog
from infant_massage.ui.body_map.body_map_widget import UNCOVERED, BodyMap
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
    # Tabbed to with none chosen, no area has the focus yet: the first arrow lands on the first
    # area in reading order (it had skipped the face), and the arrows walk them all in turn.
    body_map.setFocus(Qt.FocusReason.TabFocusReason)
    assert body_map.focused_area is None
    order = []
    for _ in body_map.region_order():
        qtbot.keyClick(body_map, Qt.Key.Key_Down)
        order.append(body_map.focused_area)
    assert order == body_map.region_order() == FRONT
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


def _outline(shape, transform) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in shape.polygons:
        path.addPolygon(QPolygonF([QPointF(*point) for point in polygon.points]))
        path.closeSubpath()
    return transform.map(path)


LEADER_DOT = 3.0  # px round a leader's end that must be skin too: about the dot drawn there


def _along(start: QPointF, end: QPointF) -> list[QPointF]:
    """Points a pixel apart on a leader line."""
    steps = max(1, round(QLineF(start, end).length()))
    return [start + (end - start) * (k / steps) for k in range(steps + 1)]


def tag_problems(body_map: BodyMap, illustrations: Illustrations) -> list[str]:
    """What is wrong with the name tags the map shows now, checked on Qt's own outlines: every
    area named once; each tag inside the picture, on no other area and on no landmark (the
    eyes, nose, mouth, navel...); either wholly on its own area (one that may be covered) or
    wholly off the drawing with a leader into its area, ending on skin the parent sees (not
    under the hair, nor so near it that the leader's dot covers some); leaders over no landmark
    and no other tag; no two tags touching."""
    body = illustrations.views[body_map.view]
    transform = body_map.view_transform()
    scale = transform.m11()
    areas = {area: _outline(shape, transform) for area, shape in body.regions.items()}
    drawing, hair = QPainterPath(), QPainterPath()
    for shape in body.drawing:
        drawing.addPath(_outline(shape, transform))
    for shape in body.hair:
        hair.addPath(_outline(shape, transform))
    marks = [
        (transform.map(QPointF(*mark.center)), mark.radius * scale)
        for mark in body.landmarks.values()
    ]
    tags = body_map.name_tags().every
    problems = []
    if sorted(tag.area for tag in tags) != sorted(body_map.region_order()):
        problems.append(f"named: {[tag.area for tag in tags]}")
    rects = {
        tag.area: QRectF(tag.box.left, tag.box.top, tag.box.width, tag.box.height) for tag in tags
    }
    for tag in tags:
        rect = rects[tag.area]
        where = f"{body_map.view} {tag.area}"
        if not QRectF(body_map.rect()).contains(rect):
            problems.append(f"{where}: outside the picture")
        problems += [
            f"{where}: on {o}"
            for o, path in areas.items()
            if o != tag.area and path.intersects(rect)
        ]
        for centre, radius in marks:
            nearest = QPointF(
                min(max(centre.x(), rect.left()), rect.right()),
                min(max(centre.y(), rect.top()), rect.bottom()),
            )
            if QLineF(nearest, centre).length() < radius:
                problems.append(f"{where}: on a landmark")
        if tag.leader is None:
            if tag.area in UNCOVERED or not areas[tag.area].contains(rect):
                problems.append(f"{where}: neither on its area nor off the baby")
        else:
            start, end = (QPointF(*point) for point in tag.leader)
            if drawing.intersects(rect) or any(path.intersects(rect) for path in areas.values()):
                problems.append(f"{where}: a tag with a leader lies on the baby")
            if not areas[tag.area].contains(end):
                problems.append(f"{where}: the leader ends outside its area")
            dot = QPainterPath()
            dot.addEllipse(end, LEADER_DOT, LEADER_DOT)
            if hair.intersects(dot):
                problems.append(f"{where}: the leader ends under the hair, not on skin")
            for point in _along(start, end):
                if any(QLineF(point, centre).length() < radius for centre, radius in marks):
                    problems.append(f"{where}: the leader crosses a landmark")
                    break
                if any(r.contains(point) for a, r in rects.items() if a != tag.area):
                    problems.append(f"{where}: the leader crosses a tag")
                    break
        problems += [
            f"{where}: over {o}'s tag"
            for o, r in rects.items()
            if o != tag.area and r.intersects(rect)
        ]
    return problems


# What a small old laptop with the largest text and a big screen show (see test_layout_fit),
# and the window of the README's screenshots.
SCREENS = [((1024, 768), 1.8), ((1920, 1080), 1.0), ((1280, 800), 1.0)]


def _tag_boxes(body_map: BodyMap) -> dict:
    return {tag.area: tag.box for tag in body_map.name_tags().every}


@pytest.mark.parametrize(("size", "scale"), SCREENS)
def test_no_name_tag_moves_when_an_area_is_walked_to_pointed_at_or_chosen(
    qtbot, app_window, illustrations, catalog, size, scale
) -> None:
    """Walked with the arrows through every area of both sides, each pointed at and each chosen,
    every tag stays where it was (tags that changed sides at each choice were hard to follow);
    all are clear of each other, of other areas, the face and its features; and a screen
    reader hears each area reached."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    window = app_window.window
    window.set_text_scale(scale)
    window.resize(*size)
    body_map = window.findChild(BodyMap)
    qtbot.waitUntil(lambda: body_map.width() > 200)
    qtbot.wait(50)  # the new text size's status bar laid out under the page
    body_map.setFocus()
    interface = QAccessible.queryAccessibleInterface(body_map)
    problems, moved = [], []
    for _side in illustrations.views:
        order = body_map.region_order()
        assert order == [
            a for a in catalog.area_ids if a in illustrations.views[body_map.view].regions
        ]
        QApplication.processEvents()  # the side's header laid out (a longer name may wrap)
        problems += tag_problems(body_map, illustrations)
        first = _tag_boxes(body_map)
        for area in order:
            qtbot.keyClick(body_map, Qt.Key.Key_Down)
            assert body_map.focused_area == area
            focused = interface.focusChild()
            assert focused.text(QAccessible.Text.Name) == str(catalog.area(area).name)
            walked = _tag_boxes(body_map)
            qtbot.keyClick(body_map, Qt.Key.Key_Return)
            assert body_map.selected_area == area
            chosen = _tag_boxes(body_map)
            qtbot.mouseMove(body_map, body_map.point_in(order[0]).toPoint())
            pointed = _tag_boxes(body_map)
            moved += [
                (area, what)
                for what, boxes in (("walked", walked), ("chosen", chosen), ("pointed", pointed))
                if boxes != first
            ]
        qtbot.mouseMove(body_map, QPoint(0, 0))
        qtbot.keyClick(body_map, Qt.Key.Key_T)
    assert problems == []
    assert moved == [], body_map.size()


@pytest.mark.parametrize("size", [(240, 320), (380, 520), (900, 1200)])
def test_name_tags_stay_clear_at_other_sizes_too(qtbot, body_map, illustrations, size) -> None:
    """Each area hovered, the map from its smallest size to a large one."""
    body_map.resize(*size)
    for view in illustrations.views:
        body_map.set_view(view)
        for area in body_map.region_order():
            qtbot.mouseMove(body_map, body_map.point_in(area).toPoint())
            assert body_map.hovered_area == area
            assert tag_problems(body_map, illustrations) == [], (size, area)


def test_the_chosen_area_keeps_its_name_when_the_map_is_left(qtbot, body_map) -> None:
    """Chosen, an area's tag is filled in the accent colour; with the pointer away and the
    keyboard gone on to the techniques, it stays so (the map never leaves it unmarked)."""
    from PySide6.QtGui import QColor, QPalette

    ink = QColor("#ff00ff")  # the chosen name's colour alone, as above
    palette = body_map.palette()
    palette.setColor(QPalette.ColorRole.HighlightedText, ink)
    body_map.setPalette(palette)
    body_map.resize(380, 520)
    body_map.set_view("front")
    area = body_map.region_order()[1]
    body_map.select_area(area)
    body_map.clearFocus()
    assert body_map.hovered_area is None and not body_map.hasFocus()
    words = _bounds_of(body_map.grab().toImage(), ink)
    assert not words.isEmpty()
    tag = body_map.name_tags().of(area)
    assert QRectF(tag.box.left, tag.box.top, tag.box.width, tag.box.height).contains(QRectF(words))


def test_walking_to_an_area_with_the_keys_looks_unlike_choosing_it(qtbot, body_map) -> None:
    """The keyboard's place is the focus ring's colour round the area's tag; only the chosen
    area is filled in the accent colour (one Down had drawn the chest as if chosen)."""
    from PySide6.QtGui import QColor, QPalette

    from infant_massage.ui.common import theme

    accent = QColor("#ff00ff")  # the accent colour alone, as above
    palette = body_map.palette()
    palette.setColor(QPalette.ColorRole.Highlight, accent)
    body_map.setPalette(palette)
    ring = QColor(theme.focus_colour())
    body_map.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(body_map, Qt.Key.Key_Down)
    area = body_map.focused_area
    assert area == body_map.region_order()[0] and body_map.selected_area is None
    assert body_map.hovered_area is None
    tag = body_map.name_tags().of(area)
    box = QRectF(tag.box.left, tag.box.top, tag.box.width, tag.box.height)
    walked = body_map.grab().toImage()
    assert _bounds_of(walked, accent).isEmpty()  # nothing chosen: no accent anywhere
    grow = 3  # the ring lies just round the tag, on all four sides
    centre = box.center()
    sides = [
        QPointF(centre.x(), box.top() - grow),
        QPointF(centre.x(), box.bottom() + grow),
        QPointF(box.left() - grow, centre.y()),
        QPointF(box.right() + grow, centre.y()),
    ]
    near = [QRectF(side, side).adjusted(-2, -2, 2, 2).toAlignedRect() for side in sides]
    assert all(not _bounds_of(walked.copy(rect), ring).isEmpty() for rect in near)
    qtbot.keyClick(body_map, Qt.Key.Key_Return)
    assert body_map.selected_area == area
    chosen = body_map.grab().toImage()
    assert chosen.pixelColor(round(box.left()) + 3, round(centre.y())) == accent  # filled


def _bounds_of(image: QImage, colour) -> QRect:
    """The smallest rectangle holding every pixel of exactly this colour (empty: none)."""
    from PySide6.QtGui import QBitmap, QRegion

    mask = image.createMaskFromColor(colour.rgb(), Qt.MaskMode.MaskOutColor)
    return QRegion(QBitmap.fromImage(mask)).boundingRect()


def test_a_crossed_out_area_keeps_its_cross_in_sight(qtbot, body_map, illustrations) -> None:
    """Crossed out (sore skin today), an area's tag goes beside the baby, not over the cross."""
    body_map.resize(740, 560)
    for view in illustrations.views:
        body_map.set_view(view)
        on_their_areas = [tag.area for tag in body_map.name_tags().every if tag.leader is None]
        assert on_their_areas  # at this size some tags lie on their areas...
        body_map.set_marked(on_their_areas)
        tags = body_map.name_tags().every
        assert [tag.area for tag in tags if tag.leader is None] == []  # ...crossed out, none
        assert tag_problems(body_map, illustrations) == []
        body_map.set_marked(())
