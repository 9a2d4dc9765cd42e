"""Guides that tell the truth: one number per fact, views that never mirror, zones kept clear.

Every expected number here is read from the catalog; nothing is restated.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QLabel

from infant_massage.domain.body_map import BodyView, parse_body_view
from infant_massage.domain.catalog import Catalog, Zone
from infant_massage.domain.geometry import Point, Polygon
from infant_massage.domain.guide import Guide
from infant_massage.domain.hand_choreography import Choreography
from infant_massage.domain.hand_placement import HandPlacement, place
from infant_massage.domain.hand_rig import HandRig, parse_rig
from infant_massage.domain.safety_check import CheckAnswers, evaluate
from infant_massage.domain.session_plan import plan_area, planned_step
from infant_massage.domain.viewpoint import Viewpoint
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common import text_format
from infant_massage.ui.guide.captions import counter_text
from infant_massage.ui.guide.painter import GuidePainter, GuideStyle
from infant_massage.ui.guide.rig_hands import RigHands
from infant_massage.ui.home.technique_card import TechniqueCard

ASSETS = Path(__file__).resolve().parent.parent / "assets"
RIG = HandRig(parse_rig((ASSETS / "hands" / "rig.toml").read_text("utf-8")))


@pytest.fixture(scope="module")
def views() -> dict[str, BodyView]:
    return {
        v: parse_body_view(v, (ASSETS / "illustrations" / f"baby_{v}.svg").read_text("utf-8"))
        for v in ("front", "back")
    }


def touching_points(placement: HandPlacement) -> list[Point]:
    """Every point of the rig's hand on the skin: the pose's contact and each pad it lists."""
    hand = place(RIG, placement)
    return [hand.contact, *(hand.anchors[name] for name in placement.pose.touches)]


def all_pairs(catalog: Catalog) -> list[tuple[str, str]]:
    return [(t.id, a.area) for t in catalog.techniques for a in t.applications]


def make_guide(catalog, views, technique_id: str, area_id: str) -> Guide:
    technique = catalog.technique(technique_id)
    application = technique.application_for(area_id)
    return Guide(technique, application, views[application.guide.view])


def last_counted_state(guide: Guide):
    track = [t for t in guide.tracks if t.movement.counted][-1]
    return guide.pose_at(track.end - 1e-3, loop=False)


# --- one number for each fact --------------------------------------------------------------


def test_card_guide_and_session_counts_agree_for_every_pair(qtbot, catalog, views) -> None:
    verdict = evaluate(catalog, CheckAnswers(age_months=8, cord_healed=True))
    for technique_id, area_id in all_pairs(catalog):
        technique = catalog.technique(technique_id)
        app = technique.application_for(area_id)
        spec = app.guide
        guide = make_guide(catalog, views, technique_id, area_id)
        # The guide loops after exactly its movements at their tempo, and counts to the total.
        assert guide.duration == pytest.approx(
            sum(m.cycle_seconds * m.repetitions for m in spec.movements)
        )
        assert guide.pose_at(guide.duration + 0.01).point == guide.pose_at(0.01).point
        final = last_counted_state(guide)
        assert (final.repetition, final.repetitions) == (spec.count(), spec.count())
        assert (
            counter_text(guide, final).split(" · ")[0].endswith(f"{spec.count()} of {spec.count()}")
        )
        # The card says the same time and count.
        card = TechniqueCard(technique, app)
        qtbot.addWidget(card)
        texts = [label.text() for label in card.findChildren(QLabel)]
        expected = f"{text_format.duration(round(guide.duration))}, " + (
            technique.repetitions_text(spec.count())
        )
        assert expected in texts, (technique_id, area_id)
        # A session step of this technique plans the guide's time and counts the same.
        plan = plan_area(catalog, verdict, area_id, technique_id)
        step = plan.steps[0]
        assert step.seconds == pytest.approx(guide.duration)
        session_guide = guide.with_repetitions(step.repetitions)
        assert last_counted_state(session_guide).repetitions == spec.count()


@settings(max_examples=60, deadline=None)
@given(pair=st.integers(0, 15), seconds=st.floats(20, 600))
def test_a_longer_or_shorter_step_repeats_the_motion_and_counts_honestly(
    catalog, views, pair, seconds
) -> None:
    technique_id, area_id = all_pairs(catalog)[pair]
    step = planned_step(catalog, area_id, technique_id, seconds)
    guide = make_guide(catalog, views, technique_id, area_id).with_repetitions(step.repetitions)
    assert step.seconds == pytest.approx(guide.duration)  # the countdown is the motion's length
    final = last_counted_state(guide)
    assert final.repetition == final.repetitions == guide.spec.count(step.repetitions)
    # About as long as asked: within half a round of each counted movement, or as short as
    # the motion can be (each counted movement once, the hands placed as usual).
    movements = guide.spec.movements
    slack = sum(m.cycle_seconds / 2 for m in movements if m.counted) + 1e-6
    shortest = guide.spec.duration(tuple(1 if m.counted else m.repetitions for m in movements))
    assert abs(step.seconds - max(seconds, shortest)) <= slack + max(0, shortest - seconds)


def test_the_wait_after_a_feed_in_a_step_comes_from_the_setting(catalog) -> None:
    app = catalog.technique("kneading").application_for("abdomen")
    default = catalog.safety.check.feed_wait_minutes
    assert f"{default} minutes" in app.step_texts(catalog.text_facts())[0]
    assert f"{default + 15} minutes" in app.step_texts(catalog.text_facts(default + 15))[0]
    for technique in catalog.techniques:
        for application in technique.applications:
            for text in application.step_texts(catalog.text_facts()):
                assert "{" not in text and "}" not in text


# --- views turn, never mirror ---------------------------------------------------------------


@pytest.mark.parametrize("viewpoint", list(Viewpoint))
def test_every_view_shows_the_tummy_circle_clockwise_and_never_mirrors(
    catalog, views, viewpoint
) -> None:
    guide = make_guide(catalog, views, "kneading", "abdomen")
    painter = GuidePainter(Illustrations(), RigHands())
    transform = painter.transform(guide, QRectF(0, 0, 900, 700), viewpoint)
    assert transform.determinant() > 0
    assert viewpoint.transform(guide.center).determinant > 0
    circle = next(t for t in guide.tracks if t.movement.pattern == "circle")
    drawn = []
    for k in range(48):
        state = guide.pose_at(circle.start + circle.movement.stroke_seconds * k / 48)
        point = transform.map(QPointF(state.x, state.y))
        drawn.append((point.x(), point.y()))
    assert Polygon(tuple(drawn)).signed_area() > 0  # y down: positive is clockwise on screen


def test_the_class_view_turns_the_whole_picture_half_round(catalog, views) -> None:
    guide = make_guide(catalog, views, "kneading", "abdomen")
    painter = GuidePainter(Illustrations(), RigHands())
    rect = QRectF(0, 0, 800, 600)
    parent = painter.transform(guide, rect, Viewpoint.PARENT)
    turned = painter.transform(guide, rect, Viewpoint.CLASS)
    navel = QPointF(*views["front"].landmarks["navel"].center)
    head = QPointF(250, 100)
    assert parent.map(head).y() < parent.map(navel).y()  # the parent sees the head at the top
    assert turned.map(head).y() > turned.map(navel).y()  # the class sees it at the bottom
    # The baby's right (the drawing's left in the front view) is on the parent's left.
    right = QPointF(180, 364)
    assert parent.map(right).x() < parent.map(navel).x()
    assert turned.map(right).x() > turned.map(navel).x()


def test_side_words_stay_true_in_every_view(catalog) -> None:
    app = catalog.technique("kneading").application_for("abdomen")
    parent = " ".join(app.step_texts(catalog.text_facts(turned=False)))
    turned = " ".join(app.step_texts(catalog.text_facts(turned=True)))
    assert "(your left)" in parent  # front view, parent at the feet: the baby's right is left
    assert "(your" not in turned and "the baby's right side" in turned


# --- forbidden zones -------------------------------------------------------------------------


def zone_clearance(zone: Zone, body: BodyView, point) -> float:
    """Distance from a point to the zone's edge (negative inside)."""
    if zone.landmark is not None:
        landmark = body.landmarks[zone.landmark]
        return math.dist(point, landmark.center) - (zone.radius or landmark.radius)
    (ax, ay), (bx, by) = (body.landmarks[name].center for name in zone.line)
    px, py = point
    k = max(0.0, min(1.0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay))
                     / ((bx - ax) ** 2 + (by - ay) ** 2)))  # fmt: skip
    return math.dist(point, (ax + k * (bx - ax), ay + k * (by - ay))) - zone.half_width


def test_every_zone_names_landmarks_the_drawings_have(catalog, views) -> None:
    assert {z.id for z in catalog.zones} >= {"navel", "spine", "throat", "fontanelle"}
    assert {z.id for z in catalog.zones if z.id.startswith("eye")} == {"eye_left", "eye_right"}
    for zone in catalog.zones:
        for name in [zone.landmark] if zone.landmark else list(zone.line):
            assert name in views[zone.view].landmarks, (zone.id, name)


@settings(max_examples=400, deadline=None)
@given(
    pair=st.integers(0, 15),
    fraction=st.floats(0, 1, exclude_max=True),
    viewpoint=st.sampled_from(list(Viewpoint)),
)
def test_no_guide_touches_a_forbidden_zone(catalog, views, pair, fraction, viewpoint) -> None:
    """Both hands of the rig, working and resting, every point each has on the skin."""
    technique_id, area_id = all_pairs(catalog)[pair]
    guide = make_guide(catalog, views, technique_id, area_id)
    body = views[guide.view]
    placements = Choreography(RIG, guide).hands_at(fraction * guide.duration)
    # A view turns the picture, baby and hands together: map both, then compare.
    turn = viewpoint.transform(guide.center)
    unturn = type(turn).rotation(-viewpoint.degrees, guide.center)
    for placement in placements:
        if placement.lift > 0:
            continue  # a lifted hand touches nothing
        touching = [turn.map(p) for p in touching_points(placement)]
        for zone in catalog.zones_on(guide.view):
            if zone.while_cord_unhealed and guide.application.requires_healed_cord:
                continue  # this technique waits until the cord has healed
            for point in touching:
                assert zone_clearance(zone, body, unturn.map(point)) > 0, (
                    technique_id, area_id, zone.id, placement.side, fraction,
                )  # fmt: skip


def test_the_zone_walk_would_catch_a_hand_on_the_navel(catalog, views) -> None:
    from dataclasses import replace

    guide = make_guide(catalog, views, "kneading", "abdomen")
    navel = next(z for z in catalog.zones if z.id == "navel")
    (placement,) = Choreography(RIG, guide).hands_at(guide.key_times()[0])
    on_navel = replace(placement, point=views["front"].landmarks["navel"].center)
    points = touching_points(on_navel)
    assert min(zone_clearance(navel, views["front"], p) for p in points) < 0


# --- still diagrams --------------------------------------------------------------------------


@pytest.mark.parametrize("viewpoint", list(Viewpoint))
def test_still_diagrams_show_every_arrow_and_number_uncovered(catalog, views, viewpoint) -> None:
    painter = GuidePainter(Illustrations(), RigHands())
    rect = QRectF(0, 0, 900, 620)
    for technique_id, area_id in all_pairs(catalog):
        guide = make_guide(catalog, views, technique_id, area_id)
        layout = painter.still_layout(guide, rect, viewpoint, GuideStyle())
        # Every key moment has its number beside each hand that strokes then, in order.
        key_points = Choreography(RIG, guide).key_points()
        assert [m.text for m in layout.numbers] == [
            str(k) for k, points in enumerate(key_points, start=1) for _ in points
        ]
        assert {m.text for m in layout.numbers} == {
            str(k) for k in range(1, len(guide.key_times()) + 1)
        }
        for mark in layout.numbers:
            for head in layout.arrows:
                for i in range(head.count()):
                    corner = head.at(i)
                    assert math.hypot(corner.x() - mark.centre.x(),
                                      corner.y() - mark.centre.y()) > mark.radius, (
                        technique_id, area_id, mark.text,
                    )  # fmt: skip
            for other in layout.numbers:
                if other is not mark:
                    gap = math.hypot(other.centre.x() - mark.centre.x(),
                                     other.centre.y() - mark.centre.y())  # fmt: skip
                    assert gap > mark.radius + other.radius - 1e-6, (technique_id, area_id)


@pytest.mark.parametrize("viewpoint", list(Viewpoint))
def test_still_diagram_numbers_sit_clear_of_the_press_points_and_each_other(
    catalog, views, viewpoint
) -> None:
    """A number never lies on a press point's marker, on the dot another number is tied to,
    or on another number: each reads on its own, at every pressing guide and every other."""
    painter = GuidePainter(Illustrations(), RigHands())
    rect = QRectF(0, 0, 900, 620)
    pressed = 0
    for technique_id, area_id in all_pairs(catalog):
        guide = make_guide(catalog, views, technique_id, area_id)
        layout = painter.still_layout(guide, rect, viewpoint, GuideStyle())
        transform = painter.transform(guide, rect, viewpoint)
        for track in guide.tracks:  # every press point has its marker in the layout
            if track.movement.pattern == "press":
                pressed += 1
                for point in track.points:
                    at = transform.map(QPointF(*point)).toTuple()
                    assert min(math.dist(at, c.toTuple()) for c, _ in layout.markers) < 1e-6
        for mark in layout.numbers:
            where = (technique_id, area_id, mark.text)
            for centre, radius in layout.markers:
                gap = math.dist(mark.centre.toTuple(), centre.toTuple())
                assert gap > mark.radius + radius, where
            for other in layout.numbers:
                if other is not mark:
                    assert math.dist(mark.centre.toTuple(), other.at.toTuple()) > mark.radius, where
                    gap = math.dist(mark.centre.toTuple(), other.centre.toTuple())
                    assert gap > mark.radius + other.radius, where
    assert pressed >= 4  # the hands and the feet, at least two pressing movements each
