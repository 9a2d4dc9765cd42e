"""A hand of the rig put on the picture: where it touches, which way it points, and the forearm
running from its wrist off the picture's edge towards where the parent sits.

The guide says where the touching point goes and which way it would like the fingers to point;
the parent's arm decides the rest. The wrist only bends so far sideways (its deviation range), so
the hand turns with the forearm: a tummy circle is made by the wrist and fingers while the
forearm, coming from the parent, barely turns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from infant_massage.domain.geometry import Point
from infant_massage.domain.hand_rig import HandRig, HandShape, Part, Pose

Side = Literal["right", "left"]
FOREARM_STATIONS = (0.0, 120.0, 250.0)  # mm from the wrist where forearm_width is measured
SOLVE_ROUNDS = 4


def normalize(degrees: float) -> float:
    """The same angle in -180..180."""
    return (degrees + 180.0) % 360.0 - 180.0


def heading_of(vector: Point) -> float:
    """Degrees: 0 = up the screen, positive = clockwise (y grows downward)."""
    return math.degrees(math.atan2(vector[0], -vector[1]))


@dataclass(frozen=True)
class HandPlacement:
    """What the choreography asks of one hand at one moment, in picture units."""

    side: Side
    pose: Pose
    point: Point  # where the pose's contact point touches
    heading: float  # which way the fingers should point, if the wrist allows
    shoulder: Point  # where the arm comes from: a point beyond the picture's edge
    scale: float  # picture units per millimetre of hand
    lift: float = 0.0  # 0 on the skin .. 1 lifted clear of it
    # A palm laid along a limb lies the same along either direction of the line: when the fingers
    # are asked to point back towards the parent, the hand turns round instead of the wrist.
    either_way: bool = True
    rests: bool = False  # lies still on the baby while the other hand works
    # How far (degrees) the arm may swing round from the shoulder's straight line when the wrist
    # alone cannot turn the hand far enough (a palm laid across the back): the parent's elbow
    # moves out to the side. 0 keeps the arm on its line (the wrist does all the turning).
    swing: float = 0.0
    turning: bool = False  # turns frame after frame (round a circle), not held at one angle


@dataclass(frozen=True)
class PlacedHand:
    """A hand laid out in picture units, ready to draw: the forearm, where the wrist is and
    which way the hand points; `parts` (the forearm first) on demand, since a painter draws the
    hand from `local`, turned into place, and only a test needs every part mapped."""

    side: Side
    forearm: Part
    heading: float  # where the fingers really point
    wrist_deviation: float  # degrees towards the little finger (+) or the thumb (-)
    wrist: Point
    contact: Point
    anchors: dict[str, Point]
    lift: float
    rests: bool = False
    # The same hand in its own millimetres (a right hand, fingers up, wrist at 0, 0) and how
    # big a millimetre is here: a painter may draw it once and turn it into place.
    local: tuple[Part, ...] = ()
    scale: float = 1.0
    pose_key: tuple[float, ...] = ()
    turning: bool = False

    @cached_property
    def parts(self) -> tuple[Part, ...]:
        frame = _Frame(self.side, self.heading, self.scale, self.wrist)
        return (self.forearm, *(_map_part(p, frame) for p in self.local))


class _Frame:
    """Hand millimetres -> picture units: mirror for the left hand, turn, scale, move."""

    def __init__(self, side: Side, heading: float, scale: float, origin: Point) -> None:
        r = math.radians(heading)
        self.c, self.s = math.cos(r), math.sin(r)
        self.flip = -1.0 if side == "left" else 1.0
        self.scale = scale
        self.origin = origin

    def map(self, p: Point) -> Point:
        x, y = p[0] * self.flip * self.scale, p[1] * self.scale
        return (self.origin[0] + x * self.c - y * self.s, self.origin[1] + x * self.s + y * self.c)

    def vector(self, p: Point) -> Point:
        x, y = p[0] * self.flip * self.scale, p[1] * self.scale
        return (x * self.c - y * self.s, x * self.s + y * self.c)


def _map_part(part: Part, frame: _Frame) -> Part:
    return Part(
        part.kind,
        part.name,
        tuple(frame.map(p) for p in part.outline),
        tuple(frame.map(p) for p in part.nail),
        tuple(tuple(frame.map(p) for p in line) for line in part.creases),
        axis=(frame.map(part.axis[0]), frame.map(part.axis[1])),
        width=part.width * frame.scale,
        edge=part.edge,
    )


def _forearm(
    rig: HandRig, wrist: Point, shoulder: Point, scale: float, corners: tuple[Point, Point]
) -> Part:
    """A forearm from the wrist straight to the shoulder point, widening towards the elbow.

    It begins exactly on the palm's wrist edge (`corners`, the two ends of the palm's open
    outline, in picture units): the palm's outline carries on into the forearm's without a step,
    and a translucent palm never shows the forearm's end through it, nor a gap beside it."""
    dx, dy = shoulder[0] - wrist[0], shoulder[1] - wrist[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    widths = rig.data.hand.forearm_width

    def along(p: Point) -> float:
        return (p[0] - wrist[0]) * ux + (p[1] - wrist[1]) * uy

    # Which corner is on the forearm's left (+n) side; the wrist may bend either way.
    a, b = corners
    if (a[0] - wrist[0]) * nx + (a[1] - wrist[1]) * ny < (b[0] - wrist[0]) * nx + (
        b[1] - wrist[1]
    ) * ny:
        a, b = b, a
    start = max(along(a), along(b)) + 1.0 * scale  # stations only below both corners
    stations = [(s * scale, w) for s, w in zip(FOREARM_STATIONS, widths, strict=True)]
    stations = [(d, w) for d, w in stations if d > start]
    if length > FOREARM_STATIONS[-1] * scale:
        stations.append((length, widths[-1]))
    if not stations:
        stations = [(max(length, start + scale), widths[-1])]
    left = [a] + [
        (wrist[0] + ux * d + nx * w * scale / 2, wrist[1] + uy * d + ny * w * scale / 2)
        for d, w in stations
    ]
    right = [b] + [
        (wrist[0] + ux * d - nx * w * scale / 2, wrist[1] + uy * d - ny * w * scale / 2)
        for d, w in stations
    ]
    return Part(
        "forearm",
        "forearm",
        tuple(left + right[::-1]),
        axis=(wrist, shoulder),
        width=widths[1] * scale,
    )


def _reachable(wanted: float, low: float, high: float) -> float:
    """The wrist's bend for a wanted one (degrees, -180..180): itself where the wrist can, else
    back towards straight as the wish turns round to point at the parent. Continuous, so a hand
    asked to turn all the way round (a tummy circle) never flips from one limit to the other."""
    if wanted > high:
        return high * (180.0 - wanted) / (180.0 - high)
    if wanted < low:
        return low * (180.0 + wanted) / (180.0 + low)
    return wanted


def _swung_shoulder(
    placement: HandPlacement, wanted: float, low: float, high: float, sign: float
) -> Point:
    """Where the arm comes from: the shoulder, or swung round the hand (at the same distance)
    just far enough for the wrist's range to reach the wanted heading, at most `swing`."""
    px, py = placement.point
    sx, sy = placement.shoulder
    if placement.swing <= 0:
        return placement.shoulder
    straight = heading_of((px - sx, py - sy))
    bend = normalize(wanted - straight) * sign
    if low <= bend <= high:
        return placement.shoulder
    limit = high if bend > high else low
    turn = normalize(wanted - limit * sign - straight)
    turn = max(-placement.swing, min(placement.swing, turn))
    distance = math.hypot(px - sx, py - sy)
    r = math.radians(straight + turn)
    return (px - math.sin(r) * distance, py + math.cos(r) * distance)


def place(rig: HandRig, placement: HandPlacement, shape: HandShape | None = None) -> PlacedHand:
    """Solve the hand's real heading against the wrist's range and lay out every part."""
    shape = shape or rig.shape(placement.pose)
    contact_local = shape.contact_point(placement.pose.contact)
    limits = rig.ranges["wrist_deviation"]
    # Right hand: a clockwise turn of the hand against the forearm bends the wrist towards the
    # little finger; the left hand is the mirror image.
    sign = 1.0 if placement.side == "right" else -1.0
    heading = placement.heading
    if placement.either_way:
        towards = heading_of(
            (placement.point[0] - placement.shoulder[0], placement.point[1] - placement.shoulder[1])
        )
        if abs(normalize(heading - towards)) > 90:
            heading += 180.0
    wanted_heading = heading
    shoulder = _swung_shoulder(placement, wanted_heading, limits.min, limits.max, sign)
    deviation = 0.0
    wrist = placement.point
    for _ in range(SOLVE_ROUNDS):
        frame = _Frame(placement.side, heading, placement.scale, (0.0, 0.0))
        offset = frame.vector(contact_local)
        wrist = (placement.point[0] - offset[0], placement.point[1] - offset[1])
        arm = heading_of((wrist[0] - shoulder[0], wrist[1] - shoulder[1]))
        wanted = normalize(wanted_heading - arm) * sign
        deviation = _reachable(wanted, limits.min, limits.max)
        heading = arm + deviation * sign
    # The touching point is exact; the forearm's direction is what converged.
    offset = _Frame(placement.side, heading, placement.scale, (0.0, 0.0)).vector(contact_local)
    wrist = (placement.point[0] - offset[0], placement.point[1] - offset[1])
    frame = _Frame(placement.side, heading, placement.scale, wrist)
    palm = shape.parts[0].outline  # open at the wrist, between its first and last points
    return PlacedHand(
        side=placement.side,
        forearm=_forearm(
            rig, wrist, shoulder, placement.scale, (frame.map(palm[0]), frame.map(palm[-1]))
        ),
        heading=normalize(heading),
        wrist_deviation=deviation,
        wrist=wrist,
        contact=frame.map(contact_local),
        anchors={k: frame.map(v) for k, v in shape.anchors.items()},
        lift=placement.lift,
        rests=placement.rests,
        local=shape.parts,
        scale=placement.scale,
        pose_key=tuple(round(v, 1) for v in placement.pose.joints.values()),
        turning=placement.turning,
    )
