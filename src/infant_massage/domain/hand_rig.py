"""The adult hand as a jointed rig: joint ranges, named poses, blending, and the shapes of its
parts for any set of joint angles (forward kinematics), all in the hand's own millimetres.

Seen from above, a joint that bends towards the baby (flexion) makes a part look shorter by the
cosine of its angle; a part that bends past the vertical curls under the one before it and is
hidden. Spreading the fingers and moving the thumb turn parts within the picture's plane. No Qt
here: ui.guide.hand_rig_painter draws what this computes, domain.hand_placement puts it on the baby.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from infant_massage.domain.geometry import Point
from infant_massage.domain.prepared_tables import PreparedTables

FINGERS = ("index", "middle", "ring", "little")
THUMB_JOINTS = ("thumb_cmc", "thumb_opposition", "thumb_mcp", "thumb_ip")
JOINTS = (
    "wrist_flexion",
    "wrist_deviation",
    *(f"{f}_spread" for f in FINGERS),
    *(f"{f}_{j}" for f in FINGERS for j in ("mcp", "pip", "dip")),
    *THUMB_JOINTS,
)
Anchor = Literal[
    "palm",
    "finger_pads",
    "two_pads",
    "index_pad",
    "middle_pad",
    "ring_pad",
    "little_pad",
    "thumb_pad",
    "grip",
    "wrist",
]
ANCHORS: tuple[str, ...] = Anchor.__args__  # type: ignore[attr-defined]
# The parts of the hand each skin point lies on (Part.name): a pose's parts on the skin are those
# of its contact and of every point it `touches`; the others are held clear of the baby.
ANCHOR_PARTS: dict[str, frozenset[str]] = {
    "palm": frozenset({"palm"}),
    "wrist": frozenset({"palm"}),
    "finger_pads": frozenset({"index", "middle", "ring"}),
    "two_pads": frozenset({"index", "middle"}),
    "grip": frozenset({"thumb", "index", "middle"}),
    **{f"{digit}_pad": frozenset({digit}) for digit in (*FINGERS, "thumb")},
}

Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Length = Annotated[float, Field(gt=0, le=400)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class JointRange(_Model):
    min: float = Field(ge=-180, le=180)
    max: float = Field(ge=-180, le=180)
    rest: float

    @model_validator(mode="after")
    def _ordered(self) -> JointRange:
        if not self.min <= self.rest <= self.max:
            raise ValueError(f"need min <= rest <= max, got {self.min}, {self.rest}, {self.max}")
        return self

    def clamp(self, value: float) -> float:
        return min(self.max, max(self.min, value))


class Digit(_Model):
    base: tuple[float, float]
    axis: float = Field(ge=-90, le=90)
    width: Length
    segments: tuple[Length, Length, Length]


class HandSize(_Model):
    wrist_width: Length
    palm_bulge: float = Field(ge=0, le=30)
    forearm_width: tuple[Length, Length, Length]


class PoseSpec(_Model):
    contact: Anchor
    # Every point of the hand on the skin in this pose (the contact point is always one): the
    # guides keep all of them off the places the text forbids.
    touches: list[Anchor] = []
    joints: dict[str, float] = {}


class SeeThrough(_Model):
    """Where a hand passes over the baby's features (landmarks of the baby drawing) on the area
    being massaged, its skin turns nearly clear in a disc round each: a cut-away."""

    landmarks: list[Name] = []
    margin: float = Field(default=0.0, ge=0, le=40)  # mm of hand beyond the landmark's radius
    opacity: float = Field(default=1.0, ge=0, le=1)  # the hand's skin inside the cut-away


class RigData(_Model):
    """assets/hands/rig.toml: the hand's measurements, its joints' ranges and the named poses."""

    hand: HandSize
    fingers: dict[str, Digit]
    thumb: Digit
    joints: dict[str, JointRange]
    poses: dict[Name, PoseSpec] = Field(min_length=1)
    see_through: SeeThrough = SeeThrough()

    @model_validator(mode="after")
    def _complete(self) -> RigData:
        if sorted(self.fingers) != sorted(FINGERS):
            raise ValueError(f"fingers must be exactly {', '.join(FINGERS)}")
        missing = [j for j in JOINTS if j not in self.joints]
        unknown = [j for j in self.joints if j not in JOINTS]
        if missing or unknown:
            raise ValueError(f"joints: missing {missing or 'none'}, unknown {unknown or 'none'}")
        for name, pose in self.poses.items():
            for joint, angle in pose.joints.items():
                if joint not in self.joints:
                    raise ValueError(f"pose '{name}': no joint '{joint}'")
                limit = self.joints[joint]
                if not limit.min <= angle <= limit.max:
                    raise ValueError(
                        f"pose '{name}': {joint} = {angle} is outside {limit.min}..{limit.max}"
                    )
        return self


def parse_rig(toml_text: str, prepared: PreparedTables | None = None) -> RigData:
    data = toml_text.encode("utf-8")
    tables = prepared.tables("rig.toml", data) if prepared is not None else None
    return RigData.model_validate(tables if tables is not None else tomllib.loads(toml_text))


@dataclass(frozen=True)
class Pose:
    """Every joint's angle, and how much each anchor counts as the point that touches.

    A named pose has one contact anchor; a blend of two poses moves the touching point smoothly
    from one anchor to the other, so the hand never jumps on the skin.
    """

    joints: dict[str, float]
    contact: dict[str, float]
    touches: frozenset[str] = frozenset()

    def angle(self, joint: str) -> float:
        return self.joints[joint]

    @property
    def skin_parts(self) -> frozenset[str]:
        """The names of the parts that lie on the baby's skin in this pose."""
        return frozenset().union(*(ANCHOR_PARTS[a] for a in (*self.contact, *self.touches)))


def _lerp(a: float, b: float, k: float) -> float:
    return a + (b - a) * k


def blend(a: Pose, b: Pose, k: float) -> Pose:
    """The pose a fraction k (0 to 1) of the way from a to b, joint by joint.

    Each joint's range is an interval, so an angle between two angles inside it stays inside.
    """
    k = min(1.0, max(0.0, k))
    joints = {j: _lerp(a.joints[j], b.joints[j], k) for j in a.joints}
    contact: dict[str, float] = {}
    for name in {*a.contact, *b.contact}:
        weight = _lerp(a.contact.get(name, 0.0), b.contact.get(name, 0.0), k)
        if weight > 1e-9:
            contact[name] = weight
    # While the shape changes, whatever either pose has on the skin may be touching.
    return Pose(joints, contact, a.touches | b.touches)


def ease(k: float) -> float:
    """Slow in, slow out (smoothstep): how a hand changes shape between two poses."""
    k = min(1.0, max(0.0, k))
    return k * k * (3 - 2 * k)


# --- the parts' shapes --------------------------------------------------------------------------

KEPT_SHAPES = 256  # solved poses kept: every named pose and the blends of the last few seconds
CAP_POINTS = 7  # points on each rounded end: smooth at any size once drawn as curves


@dataclass(frozen=True)
class Part:
    """One drawn part: its closed outline, the nail on it, and small crease lines."""

    kind: Literal["forearm", "palm", "finger", "thumb"]
    name: str
    outline: tuple[Point, ...]
    nail: tuple[Point, ...] = ()
    creases: tuple[tuple[Point, ...], ...] = ()
    axis: tuple[Point, Point] = ((0.0, 0.0), (0.0, -1.0))  # root to tip, for the shading
    width: float = 0.0  # across the part, for the shading
    edge: tuple[int, int] = (0, 0)  # outline[i:j] is the edge drawn over other parts


@dataclass(frozen=True)
class HandShape:
    """A right hand in its own millimetres, parts in drawing order (bottom first)."""

    parts: tuple[Part, ...]
    anchors: dict[str, Point]

    def contact_point(self, weights: dict[str, float]) -> Point:
        total = sum(weights.values()) or 1.0
        x = sum(self.anchors[a][0] * w for a, w in weights.items()) / total
        y = sum(self.anchors[a][1] * w for a, w in weights.items()) / total
        return (x, y)


def _unit(degrees: float) -> Point:
    """The direction at this heading: 0 = up the screen, positive = clockwise."""
    r = math.radians(degrees)
    return (math.sin(r), -math.cos(r))


def _add(p: Point, d: Point, s: float = 1.0) -> Point:
    return (p[0] + d[0] * s, p[1] + d[1] * s)


def _mid(a: Point, b: Point, k: float = 0.5) -> Point:
    return (_lerp(a[0], b[0], k), _lerp(a[1], b[1], k))


def _arc(centre: Point, radius: float, start: float, end: float, n: int) -> list[Point]:
    """Points on a circle from heading start to heading end (degrees, as in _unit)."""
    return [_add(centre, _unit(_lerp(start, end, i / (n - 1))), radius) for i in range(n)]


def _offset_outline(spine: list[Point], widths: list[float]) -> list[Point]:
    """A closed outline round a bent centre line: one side up, a round cap, the other back."""
    left: list[Point] = []
    right: list[Point] = []
    for i, p in enumerate(spine):
        a = spine[max(0, i - 1)]
        b = spine[min(len(spine) - 1, i + 1)]
        heading = math.degrees(math.atan2(b[0] - a[0], -(b[1] - a[1])))
        half = widths[i] / 2
        left.append(_add(p, _unit(heading - 90), half))
        right.append(_add(p, _unit(heading + 90), half))
    tail, tip = spine[-2], spine[-1]
    heading = math.degrees(math.atan2(tip[0] - tail[0], -(tip[1] - tail[1])))
    cap = _arc(tip, widths[-1] / 2, heading - 90, heading + 90, CAP_POINTS)[1:-1]
    return left + cap + right[::-1]


def _flexed_lengths(segments: tuple[float, ...], flexions: list[float]) -> list[float]:
    """Each segment's length seen from above (negative: it points back, curled under)."""
    total = 0.0
    out = []
    for length, flexion in zip(segments, flexions, strict=True):
        total += flexion
        out.append(length * math.cos(math.radians(total)))
    return out


class HandRig:
    """Poses by name, and the shape of the hand in any pose."""

    def __init__(self, data: RigData) -> None:
        self.data = data
        self._shapes: dict[tuple, HandShape] = {}
        rest = {j: r.rest for j, r in data.joints.items()}
        self.poses: dict[str, Pose] = {
            name: Pose(
                {**rest, **spec.joints},
                {spec.contact: 1.0},
                frozenset({spec.contact, *spec.touches}),
            )
            for name, spec in data.poses.items()
        }

    @property
    def ranges(self) -> dict[str, JointRange]:
        return self.data.joints

    def pose(self, name: str) -> Pose:
        if name not in self.poses:
            raise KeyError(f"no hand pose '{name}' (known: {', '.join(self.poses)})")
        return self.poses[name]

    def within_range(self, pose: Pose) -> bool:
        return all(
            r.min - 1e-9 <= pose.joints[j] <= r.max + 1e-9 for j, r in self.data.joints.items()
        )

    # --- forward kinematics ------------------------------------------------------------------

    def shape(self, pose: Pose) -> HandShape:
        """The parts and anchors for this pose; kept, since a hand holds its pose for most of a
        stroke and every frame asks again (a blend's in-between poses pass through)."""
        key = (tuple(pose.joints.items()), tuple(sorted(pose.contact.items())))
        found = self._shapes.get(key)
        if found is None:
            if len(self._shapes) >= KEPT_SHAPES:
                self._shapes.pop(next(iter(self._shapes)))  # the oldest first
            found = self._shapes[key] = self._solve(pose)
        return found

    def _solve(self, pose: Pose) -> HandShape:
        a = pose.joints
        squash = math.cos(math.radians(a["wrist_flexion"])) * 0.35 + 0.65
        fingers = [self._finger(name, a, squash) for name in FINGERS]
        thumb, thumb_points = self._thumb(a, squash)
        palm = self._palm(a, squash, thumb_points)
        pads = {p.name: pad for p, pad in fingers}
        anchors = {
            "wrist": (0.0, 0.0),
            "palm": _mid((0.0, 0.0), self._knuckle("middle", squash), 0.62),
            "finger_pads": _mid(_mid(pads["index"], pads["middle"]), pads["ring"], 1 / 3),
            "two_pads": _mid(pads["index"], pads["middle"]),
            "index_pad": pads["index"],
            "middle_pad": pads["middle"],
            "ring_pad": pads["ring"],
            "little_pad": pads["little"],
            "thumb_pad": thumb_points["pad"],
            "grip": _mid(thumb_points["pad"], _mid(pads["index"], pads["middle"])),
        }
        # Little finger first: the index and the thumb lie over their neighbours.
        parts = (palm, *(p for p, _ in reversed(fingers)), thumb)
        return HandShape(parts, anchors)

    def _knuckle(self, name: str, squash: float) -> Point:
        x, y = self.data.fingers[name].base
        return (x, y * squash)

    def _finger(self, name: str, a: dict[str, float], squash: float) -> tuple[Part, Point]:
        digit = self.data.fingers[name]
        spread = a[f"{name}_spread"]
        # Spread turns a finger away from the middle one; the middle finger's + is to the thumb.
        turn = {"index": -spread, "middle": -spread, "ring": spread, "little": spread}[name]
        heading = digit.axis + turn
        flex = [a[f"{name}_mcp"], a[f"{name}_pip"], a[f"{name}_dip"]]
        # Looking down, the wrist's own bend tilts the whole finger as well.
        flex[0] += a["wrist_flexion"] * 0.5
        seen = _flexed_lengths(digit.segments, flex)
        along = [0.0]
        for s in seen:
            along.append(along[-1] + s)
        reach = max(along)  # a finger curled under ends at its farthest knuckle
        base = self._knuckle(name, squash)
        d = _unit(heading)
        tip_width = digit.width * 0.84
        start = _add(base, d, -digit.width * 0.9)  # begins under the palm: no seam shows
        cap = tip_width / 2
        end = _add(base, d, max(reach - cap, 1.0))
        spine = [start, base, _mid(base, end), end]
        widths = [digit.width * 1.04, digit.width, _lerp(digit.width, tip_width, 0.5), tip_width]
        outline = _offset_outline(spine, widths)
        pad = _add(base, d, along[-1] - seen[-1] * 0.35)
        creases = []
        for joint in (1, 2):
            if along[joint] < reach - cap * 0.6 and seen[joint - 1] > 0:
                centre = _add(base, d, along[joint])
                w = _lerp(digit.width, tip_width, along[joint] / max(reach, 1.0)) * 0.3
                creases.append((_add(centre, _unit(heading - 90), w), centre))
        nail: tuple[Point, ...] = ()
        distal = seen[2]
        if distal > 0.12 * digit.segments[2] and along[3] >= reach - 0.5:
            nail = self._nail(_add(base, d, along[3]), heading, tip_width, distal * 0.55)
        part = Part(
            "finger",
            name,
            tuple(outline),
            nail,
            tuple(creases),
            axis=(base, end),
            width=digit.width,
            edge=(1, len(outline) - 1),
        )
        return part, pad

    def _thumb(self, a: dict[str, float], squash: float) -> tuple[Part, dict[str, Point]]:
        t = self.data.thumb
        base = (t.base[0], t.base[1] * squash)
        opposition = math.cos(math.radians(a["thumb_opposition"]))
        # Abduction turns the thumb out (anticlockwise); mcp and ip bend it back to the fingers.
        headings = [
            t.axis - a["thumb_cmc"],
            t.axis - a["thumb_cmc"] + a["thumb_mcp"],
            t.axis - a["thumb_cmc"] + a["thumb_mcp"] + a["thumb_ip"],
        ]
        scale = [math.sqrt(opposition), opposition, opposition]
        points = [base]
        for length, heading, k in zip(t.segments, headings, scale, strict=True):
            points.append(_add(points[-1], _unit(heading), length * k))
        cap = t.width * 0.42
        tip = _add(points[3], _unit(headings[2]), -cap)
        spine = [_add(base, _unit(headings[0]), -t.width * 0.5), points[1], points[2], tip]
        widths = [t.width * 1.15, t.width * 1.02, t.width * 0.92, cap * 2]
        outline = _offset_outline(spine, widths)
        nail_length = t.segments[2] * 0.52 * opposition
        nail_width = cap * 2 * (0.55 + 0.45 * opposition)
        nail = self._nail(points[3], headings[2], nail_width, nail_length)
        crease = (_add(points[2], _unit(headings[1] + 90), t.width * 0.3), points[2])
        pad = _add(points[3], _unit(headings[2]), -t.segments[2] * 0.35 * opposition)
        anchors = {"pad": pad, "web": _mid(points[1], points[2], 0.15), "mcp": points[1]}
        part = Part(
            "thumb",
            "thumb",
            tuple(outline),
            tuple(nail),
            (crease,),
            axis=(points[0], tip),
            width=t.width,
            edge=(1, len(outline) - 1),
        )
        return part, anchors

    def _nail(self, tip: Point, heading: float, width: float, length: float) -> tuple[Point, ...]:
        """A rounded nail ending just short of the fingertip, shortened when seen end on."""
        length = max(length, width * 0.18)
        w = width * 0.58
        front = _add(tip, _unit(heading), -width * 0.16)
        back = _add(front, _unit(heading), -length)
        left, right = _unit(heading - 90), _unit(heading + 90)
        points = _arc(front, w / 2, heading - 90, heading + 90, CAP_POINTS)
        points += [_add(back, right, w / 2 * 0.92), _add(back, left, w / 2 * 0.92)]
        return tuple(points)

    def _palm(self, a: dict[str, float], squash: float, thumb: dict[str, Point]) -> Part:
        size = self.data.hand
        fingers = self.data.fingers
        half_wrist = size.wrist_width / 2
        little = fingers["little"]
        index = fingers["index"]
        lx, ly = self._knuckle("little", squash)
        ix, iy = self._knuckle("index", squash)
        knuckles = [self._knuckle(n, squash) for n in FINGERS]
        top = [
            (x, y - fingers[n].width * 0.28) for (x, y), n in zip(knuckles, FINGERS, strict=True)
        ]
        outline = [
            (half_wrist, 4.0),
            (half_wrist + size.palm_bulge * 0.6, ly * 0.45),
            (lx + little.width * 0.55 + size.palm_bulge * 0.25, ly * 0.82),
            (lx + little.width * 0.45, ly),
            *reversed(top),
            (ix - index.width * 0.55, iy + 4.0),
            thumb["web"],
            (-half_wrist - 2.0, -14.0 * squash),
            (-half_wrist, 4.0),
        ]
        # Knuckle creases on the back of the hand: short strokes below each knuckle.
        creases = tuple(
            (_add((x, y), (0.0, 1.0), 9.0), _add((x, y), (0.0, 1.0), 2.0))
            for (x, y) in knuckles[:3]
        )
        width = lx - ix + little.width
        return Part(
            "palm", "palm", tuple(outline), (), creases, axis=((0.0, 0.0), knuckles[1]), width=width
        )
