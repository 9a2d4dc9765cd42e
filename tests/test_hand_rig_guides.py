"""The rig in every guide: two hands where the data says, arms that always come from the parent,
joints within range, and a hand that can be told from the baby at every pair of skin tones."""

from __future__ import annotations

import math
import statistics
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from infant_massage.domain.body_map import parse_body_view
from infant_massage.domain.catalog import Catalog, TwoHands
from infant_massage.domain.contrast import MIN_GRAPHIC_CONTRAST, contrast_ratio
from infant_massage.domain.geometry import Polygon
from infant_massage.domain.guide import HAND_LENGTH, Guide
from infant_massage.domain.hand_choreography import ARM_SWING, RELAY_HANDOVER, Choreography
from infant_massage.domain.hand_placement import heading_of, normalize, place
from infant_massage.domain.hand_rig import HandRig, parse_rig
from infant_massage.domain.viewpoint import Viewpoint
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common.skin_tone_choice import SkinToneChoice
from infant_massage.ui.guide.painter import GuidePainter, GuideStyle
from infant_massage.ui.guide.rig_hands import RigHands

ASSETS = Path(__file__).resolve().parent.parent / "assets"
RIG = HandRig(parse_rig((ASSETS / "hands" / "rig.toml").read_text("utf-8")))
VIEWS = {
    v: parse_body_view(v, (ASSETS / "illustrations" / f"baby_{v}.svg").read_text("utf-8"))
    for v in ("front", "back")
}
ASPECTS = (4 / 3, 16 / 9, 1.0)  # an old laptop, a projector, a narrow guide beside the steps
SAMPLES = 36  # moments per guide
CLEAR_SHARE = 0.5  # of a hand's edge that must stand out from the baby's skin at 3:1: its median


def guides(catalog: Catalog) -> list[Guide]:
    return [Guide(t, a, VIEWS[a.guide.view]) for t in catalog.techniques for a in t.applications]


def name(guide: Guide) -> str:
    return f"{guide.technique.id}/{guide.area_id}"


def moments(guide: Guide) -> list[float]:
    step = guide.duration / SAMPLES
    return sorted({*(k * step for k in range(SAMPLES)), *guide.key_times()})


def test_every_pose_a_guide_names_is_in_the_rig(catalog) -> None:
    for guide in guides(catalog):
        for track in guide.tracks:
            hands = track.movement.hands
            for pose in (*hands.poses.values(), hands.rest_pose):
                assert pose in RIG.poses, (name(guide), pose)


def test_two_hands_show_exactly_where_the_data_says(catalog) -> None:
    two_handed = 0
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        for track in guide.tracks:
            together = track.movement.hands.together
            two_handed += together != TwoHands.ONE
            for k in range(8):
                t = track.start + track.duration * (k + 0.5) / 8
                hands = choreography.hands_at(t, loop=False)
                expected = 1 if together == TwoHands.ONE else 2
                assert len(hands) == expected, (name(guide), track.index, t)
                if expected == 2:
                    assert {h.side for h in hands} == {"left", "right"}
    assert two_handed >= 10  # the strokes the steps describe with both hands


def test_the_paddle_wheel_has_one_hand_on_the_skin_while_the_other_comes_back(catalog) -> None:
    """Hand over hand: the hands take turns stroke by stroke; while one strokes the other is
    lifted and comes back beside it, and both touch only at a handover, one at each end."""
    technique = catalog.technique("stroking")
    guide = Guide(technique, technique.application_for("abdomen"), VIEWS["front"])
    track = next(t for t in guide.tracks if t.movement.hands.together == TwoHands.ALTERNATE)
    choreography = Choreography(RIG, guide)
    length = math.dist(track.points[0], track.points[-1])
    touching, strokers = [], []
    for k in range(40 * 4):
        t = track.start + track.cycle * k / 40
        hands = choreography.hands_at(t, loop=False)
        down = [h for h in hands if h.lift == 0]
        touching.append(len(down))
        state = guide.pose_at(t, loop=False)
        if state.phase.value == "glide":
            (stroking,) = down  # the other hand is off the skin all through a stroke
            strokers.append((int((t - track.start) // track.cycle), stroking.side))
            lifted = next(h for h in hands if h is not stroking)
            # ... and never on top of the stroking hand: swung out to its own side.
            shoulder = lifted.shoulder[0] - stroking.shoulder[0]
            assert (lifted.point[0] - stroking.point[0]) * shoulder >= 0, t
        if len(down) == 2:
            assert math.dist(down[0].point, down[1].point) > 0.9 * length, t
    assert min(touching) >= 1  # the baby always feels a hand
    assert 2 in touching  # a handover: the next hand is down before the last one lifts
    sides = dict(strokers)
    assert all(sides[n] != sides[n + 1] for n in range(3))  # the hands take turns


def _outlines(hand, arm: bool = True) -> list[QPolygonF]:
    parts = hand.parts if arm else hand.parts[1:]
    return [QPolygonF([QPointF(*p) for p in part.outline]) for part in parts]


def test_the_paddle_wheels_lifted_hand_never_passes_over_the_stroking_hand(catalog) -> None:
    """While one hand strokes, the one coming back (a faint ghost) keeps out of its way: no part
    of either hand lies on the other's hand; they meet only in the handover, when both touch."""
    technique = catalog.technique("stroking")
    guide = Guide(technique, technique.application_for("abdomen"), VIEWS["front"])
    track = next(t for t in guide.tracks if t.movement.hands.together == TwoHands.ALTERNATE)
    choreography = Choreography(RIG, guide)
    strokes = 0
    for k in range(40 * track.repetitions):
        t = track.start + track.cycle * k / 40
        if guide.pose_at(t, loop=False).phase.value != "glide":
            continue
        strokes += 1
        a, b = (place(RIG, p) for p in choreography.hands_at(t, loop=False))
        assert {a.lift, b.lift} == {0.0, 1.0}, t  # one strokes, one is lifted
        for one, other in ((a, b), (b, a)):  # arms may pass under each other's arms, far off
            crossing = [
                (i, j)
                for i, p in enumerate(_outlines(one))
                for j, q in enumerate(_outlines(other, arm=False))
                if p.intersects(q)
            ]
            assert not crossing, (t, one.side, crossing)
    assert strokes > 20


def test_mirrored_hands_lie_side_by_side_never_one_over_the_other(catalog) -> None:
    """Both thumbs on the middle of the forehead, both palms in the middle of the chest: at
    every moment of every mirrored movement no part of one hand lies on the other hand."""
    checked = 0
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        for t in moments(guide):
            track = guide.tracks[guide.pose_at(t, loop=False).movement]
            if track.movement.hands.together != TwoHands.MIRRORED:
                continue
            a, b = (place(RIG, p) for p in choreography.hands_at(t, loop=False))
            checked += 1
            for one, other in ((a, b), (b, a)):
                crossing = [
                    (i, j)
                    for i, p in enumerate(_outlines(one))
                    for j, q in enumerate(_outlines(other, arm=False))
                    if p.intersects(q)
                ]
                assert not crossing, (name(guide), round(t, 2), one.side, crossing)
    assert checked > 40


def test_mirrored_thumbs_move_apart_from_the_middle(catalog) -> None:
    technique = catalog.technique("stroking")
    guide = Guide(technique, technique.application_for("face"), VIEWS["front"])
    track = next(t for t in guide.tracks if t.movement.pattern.value == "glide")
    choreography = Choreography(RIG, guide)
    start = choreography.hands_at(track.start + 0.05, loop=False)
    later = choreography.hands_at(track.start + track.movement.stroke_seconds * 0.9, loop=False)
    gap = [abs(a.point[0] - b.point[0]) for a, b in (start, later)]
    assert gap[1] > gap[0] + 20
    assert all(h.pose.contact == {"thumb_pad": 1.0} for h in later)


def test_the_chest_stroke_opens_out_to_the_shoulders(catalog) -> None:
    """The card says "outwards to the shoulders": each hand glides from the middle of the chest
    up and out towards the shoulder on its side (the chest's top corner there), far enough to
    read as a stroke (a quarter of the chest's width), never down towards the lower ribs."""
    technique = catalog.technique("stroking")
    guide = Guide(technique, technique.application_for("chest"), VIEWS["front"])
    track = next(t for t in guide.tracks if t.movement.pattern.value == "glide")
    choreography = Choreography(RIG, guide)
    start = choreography.hands_at(track.start + 1e-3, loop=False)
    end = choreography.hands_at(track.start + track.movement.stroke_seconds - 1e-3, loop=False)
    box = track.box
    for before, after in zip(start, end, strict=True):
        outward = -1.0 if before.point[0] < box.center[0] else 1.0
        shoulder = (box.left if outward < 0 else box.right, box.top)
        (x0, y0), (x1, y1) = before.point, after.point
        assert (x1 - x0) * outward > 0, before.side  # out from the middle
        assert y1 < y0, before.side  # up, towards the head
        assert math.dist(after.point, shoulder) < math.dist(before.point, shoulder)
        assert math.dist(before.point, after.point) > box.width / 4, before.side


def test_no_drawn_part_of_a_hand_lies_over_the_throat_on_the_chest(catalog) -> None:
    """Stroking the chest, neither hand (its fingers, thumb, palm or forearm, on the skin or
    lifted on its way back) is drawn over the throat, at any sampled moment: the parent copies
    the picture, and fingers across the throat would be copied too."""
    technique = catalog.technique("stroking")
    guide = Guide(technique, technique.application_for("chest"), VIEWS["front"])
    throat = next(z for z in catalog.zones_on(guide.view) if z.id == "throat")
    choreography = Choreography(RIG, guide)
    over = [
        (round(t, 2), placement.side, part.name)
        for t in moments(guide)
        for placement in choreography.hands_at(t, loop=False)
        for part in place(RIG, placement).parts
        if _covers(throat, VIEWS[guide.view], part.outline)
    ]
    assert not over, over[:12]


@pytest.mark.parametrize("viewpoint", list(Viewpoint))
def test_no_forearm_ends_inside_the_picture(catalog, viewpoint) -> None:
    """At every sampled moment of every guide, for every picture shape, each forearm's far end
    lies beyond the picture: the arm runs off the edge towards the parent, never a cut wrist."""
    painter = GuidePainter(Illustrations(), RigHands())
    for guide in guides(catalog):
        crops = [painter.crop(guide, aspect) for aspect in ASPECTS]
        for t in moments(guide):
            for hand in (place(RIG, p) for p in Choreography(RIG, guide).hands_at(t)):
                forearm = hand.parts[0]
                half = len(forearm.outline) // 2
                far_end = (forearm.outline[half - 1], forearm.outline[half])
                for crop in crops:
                    for x, y in far_end:
                        assert not crop.contains(QPointF(x, y)), (name(guide), t, crop)


def test_every_guide_keeps_each_wrist_within_its_range(catalog) -> None:
    limit = RIG.ranges["wrist_deviation"]
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        for t in moments(guide):
            for placement in choreography.hands_at(t):
                assert RIG.within_range(placement.pose), (name(guide), t)
                hand = place(RIG, placement)
                assert limit.min - 1e-6 <= hand.wrist_deviation <= limit.max + 1e-6


def test_round_the_tummy_circle_each_arm_comes_from_the_parent_at_the_feet(catalog) -> None:
    """Hand over hand round the navel: each hand on the skin turns with its wrist and its elbow
    out to its own side; its forearm always runs down the picture to the parent's own
    shoulder, never swung round the circle (the old hand's arm swung a full 360)."""
    technique = catalog.technique("kneading")
    guide = Guide(technique, technique.application_for("abdomen"), VIEWS["front"])
    track = next(t for t in guide.tracks if t.movement.pattern.value == "circle")
    choreography = Choreography(RIG, guide)
    headings: dict[str, list[float]] = {"left": [], "right": []}
    for k in range(96):
        for placement in choreography.hands_at(track.start + track.cycle * k / 96, loop=False):
            if placement.lift > 0:
                continue
            placed = place(RIG, placement)
            (wx, wy), (sx, sy) = placed.forearm.axis
            assert sy > wy + HAND_LENGTH, k  # from below the picture: the parent at the feet
            (px, py), (qx, qy) = placement.point, placement.shoulder
            swing = normalize(heading_of((wx - sx, wy - sy)) - heading_of((px - qx, py - qy)))
            outward = swing if placement.side == "left" else -swing
            assert -5 <= outward <= ARM_SWING + 1e-6, (k, placement.side, swing)
            headings[placement.side].append(placed.heading)
    for side, seen in headings.items():
        assert max(seen) - min(seen) > 25, side  # the hand turns round its part of the circle


def test_round_the_navel_the_hands_take_turns_where_the_data_says(catalog) -> None:
    """Hand over hand: the hand on the skin where the circle is now is the other hand inside
    the data's relay_arc and the working hand outside it; the hand whose turn it is not is
    lifted (but at a handover, where it lifts off or lays down)."""
    technique = catalog.technique("kneading")
    guide = Guide(technique, technique.application_for("abdomen"), VIEWS["front"])
    choreography = Choreography(RIG, guide)
    relays = [t for t in guide.tracks if t.movement.hands.together == TwoHands.RELAY]
    assert relays
    for track in relays:
        m = track.movement
        first, last = m.hands.relay_arc
        working = choreography.working_side(track)
        for k in range(72):
            t = track.start + m.stroke_seconds * (k + 0.5) / 72
            state = guide.pose_at(t, loop=False)
            angle = math.degrees(
                math.atan2(state.y - track.points[0][1], state.x - track.points[0][0])
            )
            inside = (angle - first) % 360 < (last - first) % 360
            near_handover = (
                min(abs(normalize(angle - first)), abs(normalize(angle - last)))
                < 360 * RELAY_HANDOVER + 1
            )
            hands = choreography.hands_at(t, loop=False)
            on = [h for h in hands if h.lift == 0 and math.dist(h.point, state.point) < 1e-6]
            assert [h.side for h in on] == ["left" if inside else working], (k, angle)
            if not near_handover:
                assert sorted(h.lift for h in hands) == [0.0, 1.0], (k, angle)


def test_the_resting_hand_turns_to_the_navel_as_the_first_circle_starts(catalog) -> None:
    """Step 1 lays the hand where and as the first circle starts with it: no jump."""
    technique = catalog.technique("kneading")
    guide = Guide(technique, technique.application_for("abdomen"), VIEWS["front"])
    choreography = Choreography(RIG, guide)
    circle = next(t for t in guide.tracks if t.movement.hands.together == TwoHands.RELAY)
    (resting,) = choreography.hands_at(circle.start - 1e-3, loop=False)
    starting = next(
        h for h in choreography.hands_at(circle.start + 1e-3, loop=False) if h.lift == 0
    )
    assert resting.side == starting.side
    a, b = place(RIG, resting), place(RIG, starting)
    assert math.dist(a.contact, b.contact) < 1.0 and abs(normalize(a.heading - b.heading)) < 1.0


# --- the hand and the baby told apart at every pair of tones ------------------------------------


def _edge_contrasts(
    image: QImage, transform, hands, region, every: int = 1, skin_colour: str | None = None
) -> list[float]:
    """Along every part's outline: the best contrast across the hand's edge against the baby's
    skin just outside it, where that skin is the area being massaged (not dimmed, no hand).
    With skin_colour, only where the picture there is that skin (give or take its shading),
    not an eye, the hair, the dotted path or the trail."""
    shapes = [
        QPolygonF([transform.map(QPointF(*p)) for p in part.outline])
        for hand in hands
        for part in hand.parts
    ]
    inverse, _ = transform.inverted()
    found = []
    for shape in shapes:
        points = [shape.at(i) for i in range(shape.count())]
        centre = sum(points, QPointF()) / len(points)
        edges = list(zip(points, points[1:] + points[:1], strict=True))
        for a, b in edges[::every]:
            middle = (a + b) / 2
            length = math.hypot(b.x() - a.x(), b.y() - a.y())
            if length < 3:
                continue
            n = QPointF(-(b.y() - a.y()), b.x() - a.x()) / length
            if QPointF.dotProduct(n, middle - centre) < 0:
                n = -n
            skin_at = middle + n * 9
            drawing = inverse.map(skin_at)
            if not region.contains((drawing.x(), drawing.y())):
                continue
            if any(s.containsPoint(skin_at, Qt.FillRule.WindingFill) for s in shapes):
                continue
            if any(_near(other, skin_at, 4.0) for other in shapes if other is not shape):
                continue  # where two hands meet, beside the edge lies the other hand's edge
            skin = image.pixelColor(skin_at.toPoint())
            if skin_colour is not None and contrast_ratio(skin.name(), skin_colour) > 1.25:
                continue
            # Across the edge: the drawn outline is a smooth curve through the midpoints of the
            # outline's sides, so at a fingertip it runs a few pixels inside the polygon.
            band = [image.pixelColor((middle + n * (k / 2)).toPoint()) for k in range(-12, 13)]
            found.append(max(contrast_ratio(c.name(), skin.name()) for c in band))
    return found


def _near(shape: QPolygonF, point: QPointF, distance: float) -> bool:
    """Within `distance` of the shape's outline (or inside it)."""
    box = shape.boundingRect().adjusted(-distance, -distance, distance, distance)
    if not box.contains(point):
        return False
    if shape.containsPoint(point, Qt.FillRule.WindingFill):
        return True
    corners = [shape.at(i) for i in range(shape.count())]
    return any(
        _segment_distance(point, a, b) < distance
        for a, b in zip(corners, corners[1:] + corners[:1], strict=True)
    )


def tone_pairs_for(moment: int, tones: list) -> list[tuple]:
    """The pairs of (baby, parent) tones a key moment is checked at: all five where the two
    share a tone (the hand's fill then matches the skin: only the outline tells them apart,
    the hardest case) and two of the twenty others, in turn, so every pair is checked at many
    moments of every kind of guide."""
    same = [(tone, tone) for tone in tones]
    others = [(b, p) for b in tones for p in tones if b is not p]
    return same + [others[(2 * moment + k) % len(others)] for k in range(2)]


def test_the_hand_stands_out_from_the_baby_at_every_pair_of_tones(catalog) -> None:
    """Every key moment of every guide, at every baby tone x parent tone (sampled as
    tone_pairs_for says). The threshold: at least CLEAR_SHARE (half: the median) of the samples
    along the outer edge of the hands on the baby reach MIN_GRAPHIC_CONTRAST, 3:1 (WCAG 2.1
    non-text contrast), against the baby's skin beside them (not an eye, the hair, the dotted
    path, nor where two hands meet; a lifted hand, a faint ghost on purpose, is not counted).
    The rest are mostly fingertips, where the measure across a polygon's corner misses the
    rounded outline, and the fading trail."""
    illustrations = Illustrations()
    choice = SkinToneChoice(illustrations.skin_tones)
    rig_hands = RigHands(choice, RIG)
    painter = GuidePainter(illustrations, rig_hands)
    tones = list(illustrations.skin_tones)
    rect = QRectF(0, 0, 640, 480)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    pairs_seen, moments_checked = set(), 0
    moment = 0
    for guide in guides(catalog):
        transform = painter.transform(guide, rect, Viewpoint.PARENT)
        for t in guide.key_times():
            moment += 1
            hands = [h for h in rig_hands.placed(guide, t, loop=False) if h.lift == 0]
            for baby, parent in tone_pairs_for(moment, tones):
                choice.set_parent(parent.id)
                p = QPainter(image)
                painter.paint(
                    p, rect, guide, t, Viewpoint.PARENT, GuideStyle(), loop=False, tone=baby.id
                )
                p.end()
                contrasts = _edge_contrasts(
                    image, transform, hands, guide.region, every=2, skin_colour=baby.fill
                )
                if len(contrasts) < 8:
                    continue  # the hands lie almost wholly off the area now
                label = (name(guide), round(t, 2), baby.id, parent.id)
                clear = sum(c >= MIN_GRAPHIC_CONTRAST for c in contrasts) / len(contrasts)
                assert clear >= CLEAR_SHARE, (*label, round(clear, 2))
                pairs_seen.add((baby.id, parent.id))
            moments_checked += 1
    assert len(pairs_seen) == len(tones) ** 2  # every pair, at one moment or many
    assert moments_checked == len([t for g in guides(catalog) for t in g.key_times()])


def test_dimmed_surroundings_stay_warm_at_every_tone(catalog) -> None:
    illustrations = Illustrations()
    painter = GuidePainter(illustrations, RigHands())
    technique = catalog.technique("kneading")
    guide = Guide(technique, technique.application_for("abdomen"), VIEWS["front"])
    rect = QRectF(0, 0, 800, 600)
    transform = painter.transform(guide, rect, Viewpoint.PARENT)
    # A point on the chest: skin outside the tummy, so it is dimmed.
    chest = VIEWS["front"].regions["chest"].bounds.center
    at = transform.map(QPointF(*chest)).toPoint()
    for dark in (False, True):
        style = GuideStyle(background=QColor("#22262b" if dark else "#fbf7f0"))
        for tone in illustrations.skin_tones:
            image = QImage(800, 600, QImage.Format.Format_RGB32)
            p = QPainter(image)
            painter.paint(p, rect, guide, 0.0, Viewpoint.PARENT, style, still=True, tone=tone.id)
            p.end()
            dimmed = image.pixelColor(at).toHsv()
            skin = QColor(tone.fill).toHsv()
            assert abs(dimmed.hsvHue() - skin.hsvHue()) <= 12, (tone.id, dark)
            # Warm, not ashy: most of the skin's colourfulness stays (a plain veil of the page's
            # colour left the deep tone at a third of it) ...
            assert dimmed.hsvSaturationF() >= 0.6 * skin.hsvSaturationF(), (tone.id, dark)
            # ... and still dimmed.
            plain, shown = QColor(tone.fill), image.pixelColor(at)
            change = max(
                abs(plain.red() - shown.red()),
                abs(plain.green() - shown.green()),
                abs(plain.blue() - shown.blue()),
            )
            assert change > 6, (tone.id, dark)


# --- the places the text forbids ------------------------------------------------------------------


def _clearance(zone, body, point) -> float:
    """Distance from a point to the zone's edge (negative inside)."""
    if zone.landmark is not None:
        landmark = body.landmarks[zone.landmark]
        return math.dist(point, landmark.center) - (zone.radius or landmark.radius)
    (ax, ay), (bx, by) = (body.landmarks[n].center for n in zone.line)
    px, py = point
    span = (bx - ax) ** 2 + (by - ay) ** 2
    k = max(0.0, min(1.0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / span))
    return math.dist(point, (ax + k * (bx - ax), ay + k * (by - ay))) - zone.half_width


def test_no_hand_touches_a_forbidden_place(catalog) -> None:
    """Every point either hand has on the skin (the pose's contact and the pads it lists), the
    working hand and the resting one, at every sampled moment of every guide."""
    for guide in guides(catalog):
        body = VIEWS[guide.view]
        zones = [
            z
            for z in catalog.zones_on(guide.view)
            if not (z.while_cord_unhealed and guide.application.requires_healed_cord)
        ]
        choreography = Choreography(RIG, guide)
        for t in moments(guide):
            for placement in choreography.hands_at(t):
                if placement.lift > 0:
                    continue  # a lifted hand touches nothing
                hand = place(RIG, placement)
                for anchor in placement.pose.touches:
                    point = hand.anchors[anchor]
                    for zone in zones:
                        assert _clearance(zone, body, point) > 0, (
                            name(guide), round(t, 2), hand.side, anchor, zone.id
                        )  # fmt: skip


def _covers(zone, body, outline: tuple) -> bool:
    """Whether a part's outline lies on the zone anywhere: an edge within it, or the zone's
    centre (or its line's points) inside the outline."""
    edges = list(zip(outline, outline[1:] + outline[:1], strict=True))
    if zone.landmark is not None:
        landmark = body.landmarks[zone.landmark]
        centre, reach = landmark.center, zone.radius or landmark.radius
        inner = [centre]
        near = [_point_segment(centre, a, b) for a, b in edges]
    else:
        (ax, ay), (bx, by) = (body.landmarks[n].center for n in zone.line)
        inner = [(ax + (bx - ax) * k / 40, ay + (by - ay) * k / 40) for k in range(41)]
        reach = zone.half_width
        near = [_segment_segment(a, b, inner[0], inner[-1]) for a, b in edges]
    return min(near) < reach or any(Polygon(outline).contains(q) for q in inner)


def _point_segment(p, a, b) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    span = dx * dx + dy * dy
    k = 0.0 if span == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / span))
    return math.dist(p, (a[0] + k * dx, a[1] + k * dy))


def _segment_segment(a, b, c, d) -> float:
    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    if side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0:
        return 0.0
    return min(_point_segment(a, c, d), _point_segment(b, c, d), _point_segment(c, a, b),
               _point_segment(d, a, b))  # fmt: skip


def test_no_part_of_a_hand_on_the_skin_covers_a_forbidden_place(catalog) -> None:
    """Not only the points that touch: the whole of every part of a hand that lies on the skin
    (the palm of a flat hand, each finger whose pad touches, the thumb) keeps off every
    forbidden zone of the view, at every sampled moment of every guide, working hand and
    resting hand alike. Parts the pose holds clear of the skin (curled fingers, a raised palm)
    and lifted hands are not on the baby."""
    offences = []
    for guide in guides(catalog):
        body = VIEWS[guide.view]
        zones = [
            z
            for z in catalog.zones_on(guide.view)
            if not (z.while_cord_unhealed and guide.application.requires_healed_cord)
        ]
        choreography = Choreography(RIG, guide)
        for t in moments(guide):
            for placement in choreography.hands_at(t, loop=False):
                if placement.lift > 0:
                    continue
                on_skin = placement.pose.skin_parts
                for part in place(RIG, placement).parts[1:]:
                    if part.name not in on_skin:
                        continue
                    offences += [
                        (name(guide), round(t, 2), placement.side, part.name, zone.id)
                        for zone in zones
                        if _covers(zone, body, part.outline)
                    ]
    assert not offences, offences[:12]


def test_no_hand_is_drawn_over_a_place_never_covered(catalog) -> None:
    """A parent copies the picture: a hand drawn over the navel reads as a hand on it, even
    lifted or arched above it. So over a zone marked never_covered no drawn part of either
    hand (palm, fingers, thumb) lies, on the skin or not, at any sampled moment of any guide.
    The forearms do not count (zones.toml says why)."""
    checked, offences = 0, []
    for guide in guides(catalog):
        body = VIEWS[guide.view]
        zones = [z for z in catalog.zones_on(guide.view) if z.never_covered]
        if not zones:
            continue
        choreography = Choreography(RIG, guide)
        for t in moments(guide):
            for placement in choreography.hands_at(t, loop=False):
                checked += 1
                for part in place(RIG, placement).parts[1:]:  # the forearm first
                    offences += [
                        (name(guide), round(t, 2), placement.side, part.name, zone.id)
                        for zone in zones
                        if _covers(zone, body, part.outline)
                    ]
    assert checked > 0  # the catalog marks a zone never_covered on a drawing that has guides
    assert not offences, (len(offences), offences[:12])


def test_stroking_the_chest_keeps_both_hands_and_forearms_well_clear_of_the_navel(catalog) -> None:
    """The chest stroke starts just above the tummy: there the thumbs once came within half a
    unit of the navel, which reads as touching it. Neither hand nor its forearm, on the skin or
    lifted, comes nearer a never_covered zone than the zone's own radius, at any moment. (The
    general rule above leaves the forearms out: some arms pass over the tummy to the limbs.)"""
    technique = catalog.technique("stroking")
    guide = Guide(technique, technique.application_for("chest"), VIEWS["front"])
    body = VIEWS[guide.view]
    zones = [z for z in catalog.zones_on(guide.view) if z.never_covered]
    assert zones
    # Each zone grown by its own radius: the gap of skin the picture keeps round it.
    widened = [
        z.model_copy(update={"radius": 2 * (z.radius or body.landmarks[z.landmark].radius)})
        for z in zones
    ]
    choreography = Choreography(RIG, guide)
    fine = [guide.duration * k / (4 * SAMPLES) for k in range(4 * SAMPLES)]
    near = [
        (round(t, 2), placement.side, part.name, zone.id)
        for t in sorted({*moments(guide), *fine})
        for placement in choreography.hands_at(t, loop=False)
        for part in place(RIG, placement).parts  # the forearm included
        for zone in widened
        if _covers(zone, body, part.outline)
    ]
    assert not near, (len(near), near[:12])


def test_playing_a_circle_draws_the_hand_once_and_turns_it(catalog) -> None:
    """The pose stays the same round a circle: its picture is drawn once, then only turned.
    Played between the handovers of hand over hand circles (from 0.35 to 0.7 of the way round:
    one hand on the skin turning, the other lifted and on its way back): each hand's picture
    drawn once see-through over the baby and once solid over the page round it."""
    hands = RigHands()
    painter = GuidePainter(Illustrations(), hands)
    technique = catalog.technique("kneading")
    guide = Guide(technique, technique.application_for("abdomen"), VIEWS["front"])
    track = next(t for t in guide.tracks if t.movement.pattern.value == "circle")
    stroke = track.movement.stroke_seconds
    image = QImage(1280, 800, QImage.Format.Format_RGB32)
    p = QPainter(image)
    headings = set()
    for k in range(120):  # angles that never repeat exactly
        t = track.start + stroke * (0.35 + 0.35 * k / 120) + k * 1e-4
        painter.paint(p, QRectF(0, 0, 1280, 800), guide, t)
        headings |= {round(h.heading) for h in hands.placed(guide, t) if h.lift == 0}
    p.end()
    assert len(headings) > 20  # the hand on the skin turned all the while
    assert hands.renders <= 2 * 2


# --- small areas: the hands never hide what they do --------------------------------------------


def _features_seen_through(guide: Guide) -> list:
    """The baby's features on the massaged area that the hands are cut away over (rig.toml)."""
    return [
        guide.body.landmarks[n]
        for n in RIG.data.see_through.landmarks
        if guide.region.contains(guide.body.landmarks[n].center)
    ]


def test_the_hands_are_cut_away_over_the_babys_features(catalog) -> None:
    """Where a hand lies over an eye, the nose or the mouth of the area being massaged (the
    rig's see_through landmarks), the picture there is the baby's, hardly changed by the hand;
    just beside them the hand shows as usual (a deep-toned parent, so the hand is plain to see)."""
    illustrations = Illustrations()
    choice = SkinToneChoice(illustrations.skin_tones)
    choice.set_parent(illustrations.skin_tones[-1].id)
    rig_hands = RigHands(choice, RIG)
    painter = GuidePainter(illustrations, rig_hands)
    rect = QRectF(0, 0, 800, 600)
    style = GuideStyle()
    checked = 0
    for guide in guides(catalog):
        if rig_hands.cut_away(guide) is None:
            continue
        transform = painter.transform(guide, rect, Viewpoint.PARENT)
        features = _features_seen_through(guide)
        for t in (k * guide.duration / 90 for k in range(90)):
            shapes = [
                QPolygonF([transform.map(QPointF(*p)) for p in part.outline])
                for hand in rig_hands.placed(guide, t, loop=False)
                for part in hand.parts
            ]
            image = QImage(800, 600, QImage.Format.Format_RGB32)
            p = QPainter(image)
            painter.paint(p, rect, guide, t, Viewpoint.PARENT, style, loop=False)
            p.end()
            p = QPainter(image)  # the same picture without the hands, to compare with
            bare = painter.background(p, rect, guide, Viewpoint.PARENT, style, None)
            p.end()
            on_hand, inside = [], []
            for feature in features:
                centre = transform.map(QPointF(*feature.center))
                r = feature.radius * transform.m11()
                grid = [
                    centre + QPointF(dx, dy) * r / 4 for dx in range(-3, 4) for dy in range(-3, 4)
                ]
                # Well inside a part, off its outline (which stays, so the hand's shape reads).
                under = [q for q in grid if any(_inside(s, q, 4.0) for s in shapes)]
                if len(under) < 4:
                    continue  # no hand over this feature now
                inside += [_difference(image, bare, q) for q in under]
                checked += 1
                # Just outside the cut-away, on the same hand, the hand shows.
                ring = RIG.data.see_through.margin * rig_hands.scale * transform.m11()
                beyond = [
                    centre
                    + (q - centre)
                    * (r + ring + 8)
                    / max(1.0, math.dist(q.toTuple(), centre.toTuple()))
                    for q in under
                    if q != centre
                ]
                beyond = [q for q in beyond if any(_inside(s, q) for s in shapes)]
                on_hand += [_difference(image, bare, q) for q in beyond]
            if not inside:
                continue
            # Over the features the hand changes the picture a fifth as much as just beside
            # them, where it is drawn as usual.
            seen, kept = statistics.median(inside), statistics.median(on_hand or [255])
            assert seen < 0.2 * kept, (name(guide), round(t, 2), seen, kept)
    assert checked >= 6  # the face's hands pass over the eyes, the nose and the mouth


def test_inside_a_cut_away_the_marks_and_the_hands_outline_stay_solid(catalog) -> None:
    """The cut-away clears the hand's skin only: over the baby's features what the guide drew
    under the hands (its trail and contact ring; here, for a plain count, lines all over the
    picture) shows as if no hand were there, and the hand's outline is as dark as where the
    hand is drawn as usual (a deep-toned parent on a light baby, so the outline is plain)."""
    illustrations = Illustrations()
    choice = SkinToneChoice(illustrations.skin_tones)
    parent = illustrations.skin_tones[-1]
    choice.set_parent(parent.id)
    rig_hands = RigHands(choice, RIG)
    painter = GuidePainter(illustrations, rig_hands)
    no_cut = RIG.data.model_copy(update={"see_through": RIG.data.see_through.model_copy(
        update={"landmarks": []})})  # fmt: skip
    uncut = RigHands(choice, HandRig(no_cut))
    rect, style = QRectF(0, 0, 800, 600), GuideStyle()
    outline, ink = QColor(parent.outline), QColor(0, 60, 255)
    baby = illustrations.tone(None)

    def marks(p: QPainter) -> None:
        p.save()
        p.resetTransform()
        p.setPen(QPen(ink, 3))
        for y in range(0, 600, 10):
            p.drawLine(0, y, 800, y)
        p.restore()

    marks_seen, edges_cut, edges_drawn = [], 0, 0
    for guide in guides(catalog):
        if rig_hands.cut_away(guide) is None:
            continue
        transform = painter.transform(guide, rect, Viewpoint.PARENT)
        discs = _features_seen_through(guide)
        device = QImage(800, 600, QImage.Format.Format_RGB32)
        p = QPainter(device)
        background = painter.background(p, rect, guide, Viewpoint.PARENT, style, None)
        p.end()
        bare = background.copy()
        marked = bare.copy()
        p = QPainter(marked)
        marks(p)
        p.end()
        for t in (k * guide.duration / 40 for k in range(40)):
            shapes = [
                QPolygonF([transform.map(QPointF(*p)) for p in part.outline])
                for hand in rig_hands.placed(guide, t, loop=False)
                for part in hand.parts
            ]
            pictures = []
            for hands, under in ((rig_hands, (background, rect.topLeft())), (uncut, None)):
                image = marked.copy()
                p = QPainter(image)
                hands.draw_moment(p, transform, guide, t, baby, False, under=under, marks=marks)
                p.end()
                pictures.append(image)
            cut, drawn = pictures
            for feature in discs:
                centre = transform.map(QPointF(*feature.center))
                r = feature.radius * transform.m11()
                for q in (
                    centre + QPointF(dx, dy) * r / 8 for dx in range(-7, 8) for dy in range(-7, 8)
                ):
                    if math.dist(q.toTuple(), centre.toTuple()) > r:
                        continue
                    if _distance(marked.pixelColor(q.toPoint()), ink) < 30 and any(
                        _inside(s, q, 3.0) for s in shapes
                    ):
                        marks_seen.append(_difference(cut, marked, q))
                    if _distance(bare.pixelColor(q.toPoint()), outline) >= 40:  # not the baby's
                        edges_cut += _distance(cut.pixelColor(q.toPoint()), outline) < 40
                        edges_drawn += _distance(drawn.pixelColor(q.toPoint()), outline) < 40
    assert len(marks_seen) >= 50  # the hands pass over the features
    # Under the cleared hand a mark is hardly changed (measured: 26 of 255; laid over with
    # the picture under it, as before, 219), and the outline keeps most of its pixels (86 %;
    # before, 2 %: the copy laid over it took it away).
    assert statistics.median(marks_seen) < 60, statistics.median(marks_seen)
    assert edges_drawn >= 30
    assert edges_cut >= 0.7 * edges_drawn, (edges_cut, edges_drawn)


def _distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def _inside(shape: QPolygonF, point: QPointF, off_edge: float = 0.0) -> bool:
    """Inside the shape, and at least off_edge pixels from its outline."""
    if not shape.containsPoint(point, Qt.FillRule.WindingFill):
        return False
    corners = [shape.at(i) for i in range(shape.count())]
    return all(
        _segment_distance(point, a, b) >= off_edge
        for a, b in zip(corners, corners[1:] + corners[:1], strict=True)
    )


def _segment_distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    d = b - a
    span = QPointF.dotProduct(d, d)
    k = 0.0 if span == 0 else max(0.0, min(1.0, QPointF.dotProduct(p - a, d) / span))
    return math.dist(p.toTuple(), (a + d * k).toTuple())


def _difference(image: QImage, bare: QImage, at: QPointF) -> float:
    a, b = image.pixelColor(at.toPoint()), bare.pixelColor(at.toPoint())
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


# --- still diagrams: each hand where the data says -----------------------------------------------


@pytest.mark.parametrize("viewpoint", list(Viewpoint))
def test_still_diagrams_mark_each_hand_at_each_key_moment(catalog, viewpoint) -> None:
    """A still diagram numbers every key moment beside each hand that strokes then (both
    thumbs of a mirrored stroke, each on its own path), and draws both hands of every
    two-handed technique."""
    rig_hands = RigHands(rig=RIG)
    painter = GuidePainter(Illustrations(), rig_hands)
    rect = QRectF(0, 0, 900, 620)
    for guide in guides(catalog):
        transform = painter.transform(guide, rect, viewpoint)
        scale = math.hypot(transform.m11(), transform.m12())
        layout = painter.still_layout(guide, rect, viewpoint, GuideStyle())
        choreography = Choreography(RIG, guide)
        for number, t in enumerate(guide.key_times(), start=1):
            track = guide.tracks[guide.pose_at(t, loop=False).movement]
            marks = [m.at for m in layout.numbers if m.text == str(number)]
            hands = [h for h in choreography.hands_at(t, loop=False) if not h.rests]
            if track.movement.hands.together != TwoHands.MIRRORED:
                hands = [h for h in hands if h.side == choreography.working_side(track)]
            for hand in hands:
                if hand.lift > 0:
                    continue
                at = transform.map(QPointF(*hand.point)).toTuple()
                near = [math.dist(at, m.toTuple()) for m in marks]
                assert min(near, default=math.inf) < 8 * scale, (name(guide), number, hand.side)
        drawn = {
            hand.side
            for t in rig_hands.still_times(guide)
            for hand in choreography.hands_at(t, False)
        }
        if any(t.movement.hands.together != TwoHands.ONE for t in guide.tracks):
            assert drawn == {"left", "right"}, name(guide)
            # The routes the still draws include the mirrored (or own-side) hand's own path.
            mirrored = [
                t
                for t in guide.tracks
                if t.movement.hands.together == TwoHands.MIRRORED or t.movement.hands.own_sides
            ]
            assert len(rig_hands.routes(guide)) == len(guide.tracks) + len(mirrored)


# --- arrowheads point the way the technique goes, in both views -----------------------------------


def _heads(painter: GuidePainter, guide: Guide, rect: QRectF, viewpoint: Viewpoint):
    """Each arrowhead of each route on screen: its route, tip and the way it points."""
    transform = painter.transform(guide, rect, viewpoint)
    found = []
    for route in painter.hands.routes(guide):
        if route.kind != "line":
            continue
        points = [transform.map(QPointF(*p)) for p in route.points]
        for head in painter.arrowheads(route, points, 1.0, guide):
            tip, left, right = head.at(0), head.at(1), head.at(2)
            found.append((route, transform, tip, tip - (left + right) / 2))
    return found


@pytest.mark.parametrize("viewpoint", list(Viewpoint))
def test_every_arrowhead_points_the_way_the_technique_goes(catalog, viewpoint) -> None:
    """Round a circle each arrowhead turns the way the technique's data says (clockwise stays
    clockwise on the screen in the class view too: the view is turned, never mirrored); along
    a stroke it points from the stroke's start towards its end. On a walking circle (loops
    down the back, each overlapping the next) an arrowhead is judged as the eye reads it,
    round the centre of the loop it lies in."""
    painter = GuidePainter(Illustrations(), RigHands(rig=RIG))
    rect = QRectF(0, 0, 900, 620)
    wrong, circles = [], 0
    for guide in guides(catalog):
        for route, transform, tip, way in _heads(painter, guide, rect, viewpoint):
            track = guide.tracks[route.movement]
            m = track.movement
            if m.pattern.value == "circle":
                circles += 1
                # As the eye reads it: round the loop it lies in, the nearest loop's centre.
                loops = [
                    transform.map(QPointF(*track.circle_centre(track.cycle * (k + 0.5))))
                    for k in range(track.repetitions)
                ]
                centre = min(loops, key=lambda c: math.dist(c.toTuple(), tip.toTuple()))
                arm = tip - centre
                turn = arm.x() * way.y() - arm.y() * way.x()  # > 0: clockwise on the screen
                # The route of a mirrored hand is the mirror image: it turns the other way.
                mirrored = route.points != guide.routes()[route.movement].points
                if (turn > 0) != (m.clockwise != mirrored):
                    wrong.append((name(guide), route.movement, round(tip.x()), round(tip.y())))
            else:
                start, end = (
                    transform.map(QPointF(*p)) for p in (route.points[0], route.points[-1])
                )
                along = end - start
                if QPointF.dotProduct(along, way) <= 0:
                    wrong.append((name(guide), route.movement, round(tip.x()), round(tip.y())))
    assert circles >= 8
    assert not wrong, wrong


# --- the steadying hand: where a real parent's is, never in the working hand's way ----------------


def _steady_moments(guide: Guide, per_second: int = 8):
    """Moments of the guide's steady movements (one hand works, the other rests), and the track."""
    for k in range(round(guide.duration * per_second)):
        t = k / per_second
        track = guide.tracks[guide.pose_at(t, loop=False).movement]
        if track.movement.hands.together == TwoHands.STEADY:
            yield t, track


def _polygon(part) -> QPolygonF:
    return QPolygonF([QPointF(*p) for p in part.outline])


def test_the_resting_hand_lies_off_the_stroked_side_and_off_the_path(catalog) -> None:
    """While one hand works and the other rests on the baby, the resting hand never lies on the
    working hand's path, the two forearms never cross, and on the trunk (one outline: the back,
    the tummy) it rests on the other side of the middle from the side being stroked."""
    wrong = []
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        for t, track in _steady_moments(guide):
            hands = [place(RIG, p) for p in choreography.hands_at(t, loop=False)]
            (rest,) = [h for h in hands if h.rests]
            (work,) = [h for h in hands if not h.rests]
            path = [QPointF(*track.path.at(k / 60)[0]) for k in range(61)]
            if any(
                _polygon(p).containsPoint(q, Qt.FillRule.WindingFill)
                for p in rest.parts[1:]
                for q in path
            ):
                wrong.append((name(guide), round(t, 2), "on the path"))
            if _polygon(rest.parts[0]).intersects(_polygon(work.parts[0])):
                wrong.append((name(guide), round(t, 2), "arms cross"))
            if len(guide.region.polygons) == 1:
                middle = guide.box.center[0]
                stroked = statistics.mean(x for x, _ in track.points) - middle
                if (rest.contact[0] - middle) * stroked >= 0:
                    wrong.append((name(guide), round(t, 2), "on the stroked side"))
    assert not wrong, wrong[:10]


def test_on_a_limb_the_stroking_hand_ends_where_it_meets_the_holding_hand(catalog) -> None:
    """An adult hand is longer than the baby's leg is wide, so the hand holding the ankle (or
    the wrist) takes the end of the limb and the stroke ends where the two hands meet: at no
    moment, the stroke or the lifted way back, does any part of one hand lie on the other, and
    no part of the stroking hand reaches past the end of the limb the stroke runs along."""
    wrong, limbs = [], 0
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        for t, track in _steady_moments(guide):
            hands = [place(RIG, p) for p in choreography.hands_at(t, loop=False)]
            (rest,) = [h for h in hands if h.rests]
            (work,) = [h for h in hands if not h.rests]
            # Either forearm may pass beside the other hand, not over it.
            for one, other in ((work, rest), (rest, work)):
                if any(
                    _polygon(p).intersects(_polygon(q)) for p in one.parts for q in other.parts[1:]
                ):
                    wrong.append((name(guide), round(t, 2), "hands overlap"))
            if len(track.points) < 2 or not track.movement.hands.meets_rest:
                # Only a stroke down a limb to the holding hand (arms, legs) ends at the limb's
                # end; a thumb on a palm or a sole, the other hand steadying the wrist or the
                # heel, reaches on past the baby's fingers and toes, as a real one does.
                continue
            limbs += 1
            limb = sorted(guide.region.polygons, key=lambda p: p.bounds.left)[
                track.movement.outline
            ]
            (ax, ay), (bx, by) = track.points[-2], track.points[-1]
            length = math.hypot(bx - ax, by - ay)
            ux, uy = (bx - ax) / length, (by - ay) / length  # the way the stroke ends
            end = max(x * ux + y * uy for x, y in limb.points)
            reach = max(x * ux + y * uy for p in work.parts[1:] for x, y in p.outline)
            if reach > end:
                wrong.append((name(guide), round(t, 2), "past the end", round(reach - end)))
    assert limbs > 100
    assert not wrong, wrong[:10]


# --- the hands read in every theme --------------------------------------------------------------

THEMES = {  # the guide's page in the light, dark and high-contrast themes
    "light": GuideStyle(background=QColor("#fbf7f0")),
    "dark": GuideStyle(background=QColor("#22262b")),
    "high_contrast": GuideStyle(background=QColor("#000000"), high_contrast=True),
}


def _skin_inside(image: QImage, shapes: list[QPolygonF], part: QPolygonF, step: int = 5):
    """Pixels well inside one part (off its outline) and under no other part."""
    box = part.boundingRect().toAlignedRect()
    found = []
    for x in range(box.left(), box.right(), step):
        for y in range(box.top(), box.bottom(), step):
            q = QPointF(x, y)
            if not image.rect().contains(q.toPoint()) or not _inside(part, q, 5.0):
                continue
            if any(s is not part and s.containsPoint(q, Qt.FillRule.WindingFill) for s in shapes):
                continue
            found.append(q)
    return found


def test_a_palm_on_the_skin_reads_in_every_theme_at_every_tone(catalog) -> None:
    """A flat palm gliding down the back, drawn for a parent of the baby's own tone (the
    hardest case: the same skin), in the light, dark and high-contrast themes: well inside
    the palm the picture differs from the baby's skin under it (the same picture without the
    hands) by a contrast of at least 1.15 (median), where the translucent palm of the same
    skin left 1.02 to 1.04: an outline round nothing."""
    illustrations = Illustrations()
    choice = SkinToneChoice(illustrations.skin_tones)
    rig_hands = RigHands(choice, RIG)
    painter = GuidePainter(illustrations, rig_hands)
    technique = catalog.technique("stroking")
    guide = Guide(technique, technique.application_for("back"), VIEWS["back"])
    glide = next(t for t in guide.tracks if t.movement.pattern.value == "glide")
    t = glide.start + glide.movement.stroke_seconds * 0.5
    rect = QRectF(0, 0, 800, 600)
    transform = painter.transform(guide, rect, Viewpoint.PARENT)
    (work,) = [h for h in rig_hands.placed(guide, t, loop=False) if not h.rests]
    shapes = [QPolygonF([transform.map(QPointF(*p)) for p in part.outline]) for part in work.parts]
    (palm,) = [s for s, part in zip(shapes, work.parts, strict=True) if part.kind == "palm"]
    seen = {}
    for theme, style in THEMES.items():
        for tone in illustrations.skin_tones:
            choice.set_parent(tone.id)
            image = QImage(800, 600, QImage.Format.Format_RGB32)
            p = QPainter(image)
            painter.paint(p, rect, guide, t, Viewpoint.PARENT, style, loop=False, tone=tone.id)
            p.end()
            p = QPainter(image)
            bare = painter.background(p, rect, guide, Viewpoint.PARENT, style, tone.id)
            p.end()
            points = _skin_inside(image, shapes, palm)
            assert len(points) > 30
            seen[theme, tone.id] = statistics.median(
                contrast_ratio(
                    image.pixelColor(q.toPoint()).name(), bare.pixelColor(q.toPoint()).name()
                )
                for q in points
            )
    faint = {k: round(v, 2) for k, v in seen.items() if v < 1.15}
    assert not faint, faint


def _page(illustrations: Illustrations, guide: Guide, transform) -> QImage:
    """The baby alone on a clear picture: where it stays clear is the page round the baby."""
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setTransform(transform)
    body = illustrations.views[guide.view]
    illustrations.renderer(guide.view, None).render(p, QRectF(0, 0, body.width, body.height))
    p.end()
    return image


def test_a_hand_and_its_arm_keep_their_skin_over_any_page(catalog) -> None:
    """Where a hand or its forearm lies over the page round the baby, the page does not show
    through: the same hand over the light and over the dark theme's page differs by a contrast
    of at most 1.15 (median). See-through there, a light arm went a muddy grey on the dark page
    (measured: 2.1)."""
    illustrations = Illustrations()
    choice = SkinToneChoice(illustrations.skin_tones)
    rig_hands = RigHands(choice, RIG)
    painter = GuidePainter(illustrations, rig_hands)
    rect = QRectF(0, 0, 800, 600)
    checked = 0
    for technique_id, area in (("stroking", "back"), ("kneading", "abdomen"), ("stroking", "arms")):
        technique = catalog.technique(technique_id)
        application = technique.application_for(area)
        guide = Guide(technique, application, VIEWS[application.guide.view])
        t = guide.tracks[-1].start + 0.5
        transform = painter.transform(guide, rect, Viewpoint.PARENT)
        hands = [h for h in rig_hands.placed(guide, t, loop=False) if h.lift == 0]
        shapes = [
            QPolygonF([transform.map(QPointF(*p)) for p in pt.outline])
            for h in hands
            for pt in h.parts
        ]
        for tone in illustrations.skin_tones:
            choice.set_parent(tone.id)
            pictures = []
            for style in (THEMES["light"], THEMES["dark"]):
                image = QImage(800, 600, QImage.Format.Format_RGB32)
                p = QPainter(image)
                painter.paint(p, rect, guide, t, Viewpoint.PARENT, style, loop=False)
                p.end()
                pictures.append(image)
            page = _page(illustrations, guide, transform)
            points = [
                q
                for part in shapes
                for q in _skin_inside(pictures[0], shapes, part)
                if page.pixelColor(q.toPoint()).alpha() == 0
            ]
            if len(points) < 20:
                continue
            checked += 1
            light, dark = pictures
            change = statistics.median(
                contrast_ratio(
                    light.pixelColor(q.toPoint()).name(), dark.pixelColor(q.toPoint()).name()
                )
                for q in points
            )
            assert change <= 1.15, (technique_id, area, tone.id, round(change, 2))
    assert checked >= 5


# --- words and hands agree: a stroke towards a holding hand ends at it -------------------------


def _outline_gap(a: tuple, b: tuple) -> float:
    """Shortest distance between two outlines (0 where they cross or one holds the other)."""
    if any(Polygon(b).contains(p) for p in a) or any(Polygon(a).contains(p) for p in b):
        return 0.0
    edges_a = list(zip(a, a[1:] + a[:1], strict=True))
    edges_b = list(zip(b, b[1:] + b[:1], strict=True))
    return min(_segment_segment(p, q, r, s) for p, q in edges_a for r, s in edges_b)


MEET_MM = 3.0  # two hands this close (millimetres of hand) touch, to the eye, without overlapping


def test_a_stroke_down_to_the_holding_hand_ends_against_it(catalog) -> None:
    """Where one hand holds the foot or the baby's hand (a steadying cup grip), the data says the
    stroke ends where it meets that hand (`meets_rest`), so the words say "to your holding hand";
    and so it is drawn: at the end of the stroke the working hand touches the holding hand (its
    parts within MEET_MM of the holding hand's, not on them), and never further down the limb
    than the grip's middle. A hand that stops a finger's width short has not got there."""
    checked = 0
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        for track in guide.tracks:
            hands = track.movement.hands
            holds = hands.together == TwoHands.STEADY and hands.rest_pose == "cup"
            if track.movement.pattern.value != "glide" or not holds:
                continue
            # The data names the end exactly where the words say "to your holding hand"; a hand
            # steadying a wrist or a heel from the side is not where a stroke ends.
            words = " ".join(str(c) for c in track.movement.captions.values())
            assert hands.meets_rest == ("holding hand" in words), (name(guide), track.index)
            if not hands.meets_rest:
                continue
            end = track.start + track.movement.stroke_seconds - 1e-3
            working, holding = sorted(choreography.hands_at(end, loop=False), key=lambda p: p.rests)
            assert holding.rests and not working.rests
            worker, holder = place(RIG, working), place(RIG, holding)
            gap = min(
                _outline_gap(a.outline, b.outline)
                for a in worker.parts[1:]
                for b in holder.parts[1:]
            )
            assert 0 < gap <= MEET_MM * working.scale, (name(guide), track.index, gap)
            start = track.points[0]
            assert math.dist(start, worker.contact) < math.dist(start, holder.contact), (
                name(guide), track.index,
            )  # fmt: skip
            checked += 1
    assert checked >= 8  # stroking and pushing, both legs and both arms


def _exit(wrist, shoulder, crop) -> tuple[str, float]:
    """Where a forearm (from the wrist towards the shoulder) leaves the picture: the edge, and
    how far along it (0 at the top or the left, 1 at the bottom or the right)."""
    (wx, wy), (sx, sy) = wrist, shoulder
    dx, dy = sx - wx, sy - wy
    found = []
    if dx:
        found += [((crop.left() - wx) / dx, "left"), ((crop.right() - wx) / dx, "right")]
    if dy:
        found += [((crop.top() - wy) / dy, "top"), ((crop.bottom() - wy) / dy, "bottom")]
    k, edge = min((k, e) for k, e in found if k > 0)
    x, y = wx + k * dx, wy + k * dy
    if edge in ("left", "right"):
        return edge, (y - crop.top()) / crop.height()
    return edge, (x - crop.left()) / crop.width()


LOW_SIDE = 2 / 3  # a forearm may leave by its own side only this far down it or lower


def test_every_forearm_comes_from_the_parent_below_the_picture(catalog) -> None:
    """The parent sits at the baby's feet, so at every moment of every guide, in every picture
    shape, each forearm runs down from the wrist and leaves the picture by its bottom edge (or
    low down its own side, the left arm on the left): never from above, never across from the
    far side, never in from halfway up a side. (The class's view turns this whole picture.)"""
    painter = GuidePainter(Illustrations(), RigHands())
    wrong = []
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        crops = [painter.crop(guide, aspect) for aspect in ASPECTS]
        for t in moments(guide):
            for hand in (place(RIG, p) for p in choreography.hands_at(t, loop=False)):
                wrist, shoulder = hand.forearm.axis
                if shoulder[1] <= wrist[1]:
                    wrong.append((name(guide), round(t, 2), hand.side, "from above"))
                for crop in crops:
                    edge, along = _exit(wrist, shoulder, crop)
                    if edge == "bottom":
                        continue
                    if edge != hand.side or along < LOW_SIDE:
                        wrong.append((name(guide), round(t, 2), hand.side, edge, round(along, 2)))
    assert not wrong, wrong[:10]
