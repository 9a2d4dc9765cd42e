"""The name-tag layout on its own: plain shapes, no Qt (the body map's tags: test_body_map)."""

from __future__ import annotations

from infant_massage.domain.drawing_cells import DrawingCells
from infant_massage.domain.geometry import Point, Polygon, Shape
from infant_massage.domain.name_tags import TagRequest, boxes_meet, place_tags, segment_meets_circle
from infant_massage.domain.tag_picture import Picture


def square(left: float, top: float, side: float) -> Shape:
    right, bottom = left + side, top + side
    return Shape((Polygon(((left, top), (right, top), (right, bottom), (left, bottom))),))


def picture(regions: dict[str, Shape], landmarks=(), uncovered=(), size=(400.0, 300.0)):
    cells = DrawingCells.of(regions, regions.values(), unit=2.0)
    return Picture.of(cells, landmarks, 1.0, (0.0, 0.0), size, uncovered)


def middles(regions: dict[str, Shape]) -> dict[str, list[Point]]:
    return {area: shape.interior_points() for area, shape in regions.items()}


def test_a_tag_with_room_on_its_area_lies_on_it() -> None:
    regions = {"big": square(100, 50, 200)}
    placed, missing = place_tags(picture(regions), [TagRequest("big", 60, 20)], middles(regions))
    assert missing == []
    (tag,) = placed
    assert tag.leader is None
    corners = [(tag.box.left, tag.box.top), (tag.box.right, tag.box.bottom)]
    assert all(regions["big"].contains(corner) for corner in corners)


def test_a_tag_too_big_for_its_area_goes_beside_the_drawing_with_a_leader_into_it() -> None:
    regions = {"small": square(150, 100, 40), "next": square(190, 100, 60)}
    placed, missing = place_tags(picture(regions), [TagRequest("small", 70, 24)], middles(regions))
    assert missing == []
    (tag,) = placed
    assert tag.leader is not None
    assert regions["small"].contains(tag.anchor)
    for shape in regions.values():  # off the drawing: on neither square
        bounds = shape.bounds
        assert (
            tag.box.right <= bounds.left
            or tag.box.left >= bounds.right
            or tag.box.bottom <= bounds.top
            or tag.box.top >= bounds.bottom
        )


def test_an_area_kept_uncovered_gets_its_tag_beside_it_even_with_room() -> None:
    regions = {"face": square(100, 50, 200)}
    placed, _ = place_tags(
        picture(regions, uncovered={"face"}), [TagRequest("face", 60, 20)], middles(regions)
    )
    assert placed[0].leader is not None


def test_tags_keep_apart_and_off_the_landmarks_and_leaders_miss_them() -> None:
    regions = {"face": square(120, 60, 160)}
    eyes = [((170.0, 120.0), 12.0), ((230.0, 120.0), 12.0)]
    scene = picture(regions, landmarks=eyes, uncovered={"face"})
    placed, missing = place_tags(scene, [TagRequest("face", 90, 30)], middles(regions))
    assert missing == []
    for circle in scene.landmarks:
        assert not segment_meets_circle(*placed[0].leader, circle)
    more = {"face": square(120, 60, 160), "other": square(300, 60, 40)}
    placed, missing = place_tags(
        picture(more, landmarks=eyes, uncovered={"face"}),
        [TagRequest("face", 90, 30), TagRequest("other", 90, 30)],
        middles(more),
    )
    assert missing == [] and not boxes_meet(placed[0].box, placed[1].box)


def test_a_tag_goes_up_to_the_pictures_edge_though_no_cell_ends_there() -> None:
    """The cells follow the drawing, here half a pixel off the widget's: the only room left of
    the wall is from the picture's margin (2 px) to the wall's cell, and the tag takes it."""
    wall = Shape((Polygon(((44.5, 0), (200, 0), (200, 100), (44.5, 100))),))
    cells = DrawingCells.of({"wall": wall}, [wall], unit=2.0)
    scene = Picture.of(cells, (), 1.0, (0.5, 0.0), (200.0, 100.0), uncovered={"wall"})
    placed, missing = place_tags(scene, [TagRequest("wall", 40, 20)], {"wall": [(64.5, 50.0)]})
    assert missing == []
    assert placed[0].box.left == scene.margin and placed[0].box.right < 44.5
    assert wall.contains(placed[0].anchor)


def test_a_leader_ends_on_skin_not_under_the_hair_drawn_over_its_area() -> None:
    from infant_massage.domain.tag_picture import HAIR_MARGIN

    face = square(100, 60, 200)
    hair = Shape((Polygon(((100, 60), (300, 60), (300, 200), (100, 200))),))  # the top 140 px
    cells = DrawingCells.of({"face": face}, [face], [hair], unit=2.0)
    scene = Picture.of(cells, (), 1.0, (0.0, 0.0), (400.0, 300.0), uncovered={"face"})
    placed, missing = place_tags(scene, [TagRequest("face", 60, 20)], {"face": [(200.0, 100.0)]})
    assert missing == [] and face.contains(placed[0].anchor)
    assert placed[0].anchor[1] >= hair.bounds.bottom + HAIR_MARGIN  # below it, the dot too


def test_a_tag_with_no_room_anywhere_is_reported_not_forced_over_another() -> None:
    regions = {"all": square(0, 0, 100), "tiny": square(100, 0, 10)}
    placed, missing = place_tags(
        picture(regions, size=(110.0, 100.0)), [TagRequest("tiny", 80, 30)], middles(regions)
    )
    assert placed == [] and missing == ["tiny"]


def test_the_search_meets_wanted_cells_in_the_order_of_trying_every_offset() -> None:
    """The search skips empty rings and sorts few cells: the order must stay the plain one
    (offset by offset, nearest first, start by start, each cell once), on sparse and dense
    masks, from starts inside, beside and off the picture, and after a given meeting."""
    import random

    from infant_massage.domain import tag_search

    offsets = tag_search.search_offsets(tag_search.SEARCH_CELLS, fine=10)
    chance = random.Random(7)
    for density in (0.001, 0.01, 0.3):
        rows, columns = 90, 120
        wanted = [
            sum(1 << c for c in range(columns) if chance.random() < density) for _ in range(rows)
        ]
        for starts in ([(60, 45)], [(5, 80), (100, 10)], [(-20, -3), (60, 45)]):
            plain, tried = [], set()
            for index, (dx, dy) in enumerate(offsets):
                for which, (column, row) in enumerate(starts):
                    cell = (column + dx, row + dy)
                    if cell in tried or not 0 <= cell[1] < rows or cell[0] < 0:
                        continue
                    tried.add(cell)
                    if wanted[cell[1]] >> cell[0] & 1:
                        plain.append(((index, which), *cell))
            assert list(tag_search.cells_in_search_order(starts, wanted)) == plain
            if len(plain) > 3:
                after = plain[len(plain) // 2][0]
                later = list(tag_search.cells_in_search_order(starts, wanted, after=after))
                assert later == plain[len(plain) // 2 + 1 :]


def test_the_search_order_made_ring_by_ring_is_the_sorted_one() -> None:
    from infant_massage.domain import tag_search

    for limit, fine in ((0, 0), (1, 0), (7, 9), (12, 3), (33, 7), (tag_search.SEARCH_CELLS, 10)):
        rings = tag_search.offsets_by_ring(limit, fine)
        assert [o for ring in rings for o in ring] == tag_search.search_offsets(limit, fine)
