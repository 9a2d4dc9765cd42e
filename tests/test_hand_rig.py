"""The hand rig's data and geometry: poses within real joint ranges, smooth blends, real shapes."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infant_massage.domain.geometry import Polygon
from infant_massage.domain.hand_placement import HandPlacement, normalize, place
from infant_massage.domain.hand_rig import ANCHORS, FINGERS, JOINTS, HandRig, blend, parse_rig

RIG_FILE = Path(__file__).resolve().parent.parent / "assets" / "hands" / "rig.toml"
RIG = HandRig(parse_rig(RIG_FILE.read_text(encoding="utf-8")))
POSES = sorted(RIG.poses)
unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
pose_names = st.sampled_from(POSES)
CURL = 40.0  # degrees: a thumb bent this much at its joints reads as curled, not straight


def test_the_rig_has_the_poses_a_massage_needs() -> None:
    assert {"flat_palm", "finger_pads", "thumb_pad", "pinch", "cup", "rest"} <= set(POSES)


@pytest.mark.parametrize("name", POSES)
def test_every_pose_resolves_to_every_joint_within_its_range(name: str) -> None:
    pose = RIG.pose(name)
    assert set(pose.joints) == set(JOINTS)
    for joint, angle in pose.joints.items():
        limit = RIG.ranges[joint]
        assert limit.min <= angle <= limit.max, f"{name}: {joint} = {angle}"
    assert sum(pose.contact.values()) == pytest.approx(1.0)
    assert set(pose.contact) <= set(ANCHORS)


@settings(max_examples=200, deadline=None)
@given(pose_names, pose_names, unit)
def test_a_blend_of_any_two_poses_stays_within_every_range(a: str, b: str, k: float) -> None:
    mixed = blend(RIG.pose(a), RIG.pose(b), k)
    assert RIG.within_range(mixed)
    assert sum(mixed.contact.values()) == pytest.approx(1.0)


@settings(max_examples=100, deadline=None)
@given(pose_names, pose_names)
def test_a_blend_starts_and_ends_at_its_poses(a: str, b: str) -> None:
    for k, expected in ((0.0, RIG.pose(a)), (1.0, RIG.pose(b))):
        mixed = blend(RIG.pose(a), RIG.pose(b), k)
        for joint in JOINTS:
            assert mixed.joints[joint] == pytest.approx(expected.joints[joint])


@settings(max_examples=60, deadline=None)
@given(pose_names, pose_names, st.floats(min_value=0.0, max_value=0.98))
def test_the_touching_point_moves_smoothly_through_a_blend(a: str, b: str, k: float) -> None:
    """A small step in the blend is a small step on the skin: the hand never jumps."""
    step = 0.02
    here = RIG.shape(blend(RIG.pose(a), RIG.pose(b), k))
    there = RIG.shape(blend(RIG.pose(a), RIG.pose(b), k + step))
    moved = math.dist(
        here.contact_point(blend(RIG.pose(a), RIG.pose(b), k).contact),
        there.contact_point(blend(RIG.pose(a), RIG.pose(b), k + step).contact),
    )
    assert moved < 6.0  # millimetres for 2 % of the way; a whole hand is about 190 mm long


def _gap(name: str) -> float:
    anchors = RIG.shape(RIG.pose(name)).anchors
    return math.dist(anchors["thumb_pad"], anchors["index_pad"])


def test_a_pinch_brings_the_thumb_to_the_index_finger_and_a_cup_opens_them() -> None:
    # A pinch holds a fold of baby skin (a few millimetres) between thumb and index pad.
    assert _gap("pinch") < 20
    assert _gap("pinch") < _gap("pinch_open") < _gap("cup")
    # The open C that goes round a limb is wider than a small baby's arm (about 35 mm).
    assert _gap("cup") > 45


def test_flat_palm_is_flat_and_finger_pads_are_curled() -> None:
    flat, pads = RIG.pose("flat_palm"), RIG.pose("finger_pads")
    for finger in FINGERS:
        assert abs(flat.joints[f"{finger}_mcp"]) <= 10
        assert pads.joints[f"{finger}_pip"] > flat.joints[f"{finger}_pip"]


def _finger_reach(name: str) -> dict[str, float]:
    shape = RIG.shape(RIG.pose(name))
    reach = {}
    for part in shape.parts:
        if part.kind == "finger":
            reach[part.name] = min(y for _, y in part.outline)  # fingers point to negative y
    return reach


def test_curled_fingers_look_shorter_from_above() -> None:
    flat, tip = _finger_reach("flat_palm"), _finger_reach("fingertip")
    for finger in ("middle", "ring", "little"):
        assert tip[finger] > flat[finger] + 30, finger  # folded away, out of the index's path
    assert tip["index"] < tip["middle"]  # the pressing finger reaches furthest


def test_every_part_has_an_outline_and_every_finger_a_nail_when_flat() -> None:
    shape = RIG.shape(RIG.pose("flat_palm"))
    kinds = [p.kind for p in shape.parts]
    assert kinds.count("finger") == 4 and kinds.count("thumb") == 1 and kinds[0] == "palm"
    for part in shape.parts:
        assert len(part.outline) >= 8
        if part.kind in ("finger", "thumb"):
            assert part.nail, part.name


# --- bad data is refused with a message that names the place ---------------------------------


def _broken(pattern: str, replacement: str) -> str:
    text = RIG_FILE.read_text(encoding="utf-8")
    changed, count = re.subn(pattern, replacement, text, count=1)
    assert count == 1, pattern
    return changed


def test_a_pose_outside_a_joint_range_is_refused() -> None:
    text = _broken(r"(\[poses\.cup\][^\n]*\n(?:[^\n]*\n){2}[^\n]*index_pip = )\d+", r"\g<1>140")
    with pytest.raises(ValueError, match=r"pose 'cup': index_pip = 140"):
        parse_rig(text)


def test_an_unknown_joint_or_contact_is_refused() -> None:
    with pytest.raises(ValueError, match="no joint 'index_twist'"):
        parse_rig(_broken(r"joints = \{ index_spread = 3", "joints = { index_twist = 3"))
    with pytest.raises(ValueError, match="contact"):
        parse_rig(_broken(r'contact = "palm"', 'contact = "elbow"'))


def test_a_range_with_its_rest_outside_is_refused() -> None:
    with pytest.raises(ValueError, match="min <= rest <= max"):
        parse_rig(
            _broken(
                r"thumb_ip = \{ min = -10, max = 80, rest = 5 \}",
                "thumb_ip = { min = -10, max = 80, rest = 95 }",
            )
        )


# --- on the picture ----------------------------------------------------------------------------

headings = st.floats(min_value=-180, max_value=180, allow_nan=False)
sides = st.sampled_from(["right", "left"])


@settings(max_examples=150, deadline=None)
@given(
    pose_names,
    sides,
    headings,
    st.floats(min_value=-400, max_value=400),
    st.sampled_from([0.0, 30.0, 60.0]),
)
def test_the_wrist_never_bends_further_than_a_wrist_can(
    name: str, side: str, heading: float, shoulder_x: float, swing: float
) -> None:
    placement = HandPlacement(
        side, RIG.pose(name), (250, 300), heading, (shoulder_x, 1200), 0.8, swing=swing
    )
    hand = place(RIG, placement)
    limit = RIG.ranges["wrist_deviation"]
    assert limit.min - 1e-6 <= hand.wrist_deviation <= limit.max + 1e-6
    assert hand.contact == pytest.approx((250, 300), abs=1e-6)
    forearm = hand.parts[0]
    assert forearm.kind == "forearm"
    # The forearm reaches the shoulder point: it ends off the picture, never at a cut wrist.
    # (An arm swung round the hand keeps its length.)
    far = max(math.dist(p, hand.contact) for p in forearm.outline)
    assert far >= math.dist((250, 300), (shoulder_x, 1200)) - 1e-6


def test_a_tummy_circle_turns_the_wrist_not_the_forearm() -> None:
    """Fingers asked to point at the navel all round the ring; the forearm, coming from the
    parent at the baby's feet, turns only as far as the hand moves sideways."""
    centre, radius, shoulder = (250.0, 330.0), 45.0, (250.0, 1400.0)
    forearm_headings, deviations = [], []
    for step in range(36):
        a = 2 * math.pi * step / 36
        point = (centre[0] + radius * math.cos(a), centre[1] + radius * math.sin(a))
        towards = math.degrees(math.atan2(centre[0] - point[0], -(centre[1] - point[1])))
        hand = place(
            RIG, HandPlacement("right", RIG.pose("finger_pads"), point, towards, shoulder, 0.8)
        )
        (wx, wy), (sx, sy) = hand.wrist, shoulder
        forearm_headings.append(math.degrees(math.atan2(wx - sx, -(wy - sy))))
        deviations.append(hand.wrist_deviation)
    assert max(forearm_headings) - min(forearm_headings) < 12
    assert max(deviations) - min(deviations) > 30  # the wrist does the work


def test_an_arm_swings_out_to_lay_a_palm_across_but_no_further_than_allowed() -> None:
    pose = RIG.pose("flat_palm")
    fixed = place(RIG, HandPlacement("right", pose, (250, 300), -90, (250, 1000), 1))
    swung = place(RIG, HandPlacement("right", pose, (250, 300), -90, (250, 1000), 1, swing=50))
    assert normalize(swung.heading) < normalize(fixed.heading) - 30  # nearer the wanted -90
    arm = swung.parts[0].axis
    direction = math.degrees(math.atan2(arm[0][0] - arm[1][0], -(arm[0][1] - arm[1][1])))
    assert abs(direction) <= 50 + 1e-6


def test_the_left_hand_is_the_right_hand_mirrored() -> None:
    pose = RIG.pose("flat_palm")
    right = place(RIG, HandPlacement("right", pose, (0, 0), 0.0, (0, 1000), 1.0))
    left = place(RIG, HandPlacement("left", pose, (0, 0), 0.0, (0, 1000), 1.0))
    # Palm down, fingers away: a right thumb lies on the left of its hand, a left one on the right.
    assert right.anchors["thumb_pad"][0] < right.wrist[0] < left.anchors["thumb_pad"][0]
    assert right.anchors["thumb_pad"][0] == pytest.approx(-left.anchors["thumb_pad"][0])


def test_the_palm_covers_the_point_it_touches_with() -> None:
    hand = place(RIG, HandPlacement("right", RIG.pose("flat_palm"), (100, 100), 10, (80, 900), 1))
    palm = next(p for p in hand.parts if p.kind == "palm")
    assert Polygon(palm.outline).contains(hand.contact)


def test_the_hand_points_where_asked_while_the_wrist_allows_it() -> None:
    pose = RIG.pose("flat_palm")
    easy = place(RIG, HandPlacement("right", pose, (100, 100), 10.0, (100, 1000), 1.0))
    assert easy.heading == pytest.approx(10.0, abs=1e-6)
    assert 0 < easy.wrist_deviation < RIG.ranges["wrist_deviation"].max
    # Fingers asked to point back at the parent: the hand lies the other way along that line.
    back = place(RIG, HandPlacement("right", pose, (100, 100), 170.0, (100, 1000), 1.0))
    assert back.heading == pytest.approx(-10.0, abs=1e-6)
    # Unless the direction matters (fingers facing a circle's centre): the wrist bends towards
    # it as far as it can, and less as the wish turns round towards the parent.
    limit = RIG.ranges["wrist_deviation"].max
    bends = []
    for wanted in (limit, 60.0, 120.0, 179.0):
        hand = place(
            RIG, HandPlacement("right", pose, (100, 100), wanted, (100, 1000), 1, either_way=False)
        )
        bends.append(hand.wrist_deviation)
    assert bends[0] == pytest.approx(limit, abs=0.5)
    assert bends == sorted(bends, reverse=True) and 0 <= bends[-1] < 1


def test_the_cup_grips_thumb_curls_round_the_limb() -> None:
    """Round an arm or a leg the thumb bends at its joints towards the fingers, the way a thumb
    wraps a limb: its last joint turns at least CURL degrees from the line of the thumb's base,
    clockwise (towards the fingers of a right hand), not a straight stub."""
    (thumb,) = [p for p in RIG.shape(RIG.pose("cup")).parts if p.kind == "thumb"]
    (base, tip), ((_, joint),) = thumb.axis, thumb.creases
    first = math.degrees(math.atan2(joint[0] - base[0], -(joint[1] - base[1])))
    last = math.degrees(math.atan2(tip[0] - joint[0], -(tip[1] - joint[1])))
    assert normalize(last - first) >= CURL
