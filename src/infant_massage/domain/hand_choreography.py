"""Both of the parent's hands at any moment of a guide: which hands show, in which pose, where.

The guide (domain.guide) says what the working hand does; each movement's `hands` data says
what the other hand does meanwhile: nothing (one hand), the same stroke half a cycle later
(alternating, like a paddle wheel or hand over hand), the mirror image (both thumbs out from the
middle), or resting still on the baby (steadying a leg, a hand on the hip). The parent sits at
the baby's feet, so both forearms come from below the drawing.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace

from infant_massage.domain.catalog import GuidePattern, GuidePhase, HandPose, Movement, TwoHands
from infant_massage.domain.geometry import Point, Polygon
from infant_massage.domain.guide import HAND_LENGTH, Guide, HandState, Route, Track
from infant_massage.domain.hand_placement import (
    HandPlacement,
    Side,
    heading_of,
    normalize,
    place,
)
from infant_massage.domain.hand_rig import HandRig, Part, Pose, blend, ease

# The rig's pose for each of the catalog's hand shapes, unless a movement names its own.
RIG_POSES = {
    HandPose.PALM: "flat_palm",
    HandPose.FINGER_PADS: "finger_pads",
    HandPose.FINGERTIP: "fingertip",
    HandPose.PINCH: "pinch",
}
BLEND_SECONDS = 0.4  # how long the hand takes to change shape at the start of a phase
# The parent, seen from above at the baby's feet (drawing units): shoulders this far apart and
# this far beyond the bottom of the drawing. Far enough that a forearm is nearly straight.
SHOULDER_HALF_WIDTH = 170.0
SHOULDER_BEYOND = 330.0
# Laying a palm across the back or the chest, the parent's elbow moves out to the side: the arm
# may swing this far round from the straight line to the shoulder (circles keep it straight).
ARM_SWING = 50.0
# Hand over hand: the last part of the other hand's stroke a returning hand waits beside the
# start, the gap (hand lengths) it keeps from the stroking hand, and the part of the data's
# return phase each hand takes to touch down or lift off (and move out) at a handover.
PADDLE_WAIT = 0.25
AWAY_GAP = 0.05
HANDOVER = 0.4
MIRROR_GAP = 0.01  # hand lengths between two mirrored hands side by side
# Turning the fingers towards a point (a circle's centre): the share of the turn, from the
# straight line to the shoulder, the hand makes; the wrist and the elbow out to the side make it
# together, so a hand never points back at the parent.
TOWARD_SHARE = 0.35
# Round a circle hand over hand: the part of a circle (turns) a hand takes to lift off at the end
# of its arc, and to lay down again at the start of it.
RELAY_HANDOVER = 0.06
SAME_SPOT = 6.0  # drawing units: two thumbs closer than this share one number in a still


@dataclass(frozen=True)
class Parent:
    """Where the parent's shoulders are, in the drawing's units."""

    right: Point
    left: Point

    @classmethod
    def at_feet(cls, width: float, height: float) -> Parent:
        # Facing the baby's head from the feet, the parent's right is the screen's right.
        cx, y = width / 2, height + SHOULDER_BEYOND
        return cls(right=(cx + SHOULDER_HALF_WIDTH, y), left=(cx - SHOULDER_HALF_WIDTH, y))

    def shoulder(self, side: Side) -> Point:
        return self.right if side == "right" else self.left


def hand_scale(rig: HandRig) -> float:
    """Drawing units per millimetre: the rig's hand, wrist to middle fingertip, is HAND_LENGTH."""
    middle = rig.data.fingers["middle"]
    return HAND_LENGTH / (-middle.base[1] + sum(middle.segments))


def _path_heading(points: list[Point], at: Point) -> float:
    """The direction of the path's segment nearest to a point (degrees, 0 = up the screen)."""
    best, heading = math.inf, 0.0
    for a, b in itertools.pairwise(points):
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = dx * dx + dy * dy or 1.0
        k = max(0.0, min(1.0, ((at[0] - a[0]) * dx + (at[1] - a[1]) * dy) / length))
        distance = math.dist(at, (a[0] + k * dx, a[1] + k * dy))
        if distance < best - 1e-9:
            best, heading = distance, math.degrees(math.atan2(dx, -dy))
    return heading


def _phase_seconds(track: Track, phase: GuidePhase) -> float:
    m = track.movement
    return {
        GuidePhase.RETURN: m.return_seconds,
        GuidePhase.MOVE: m.return_seconds,
        GuidePhase.HOLD: m.hold_seconds,
    }.get(phase, m.stroke_seconds)


class Choreography:
    """Where each hand of the parent is at time t of one guide."""

    def __init__(self, rig: HandRig, guide: Guide, parent: Parent | None = None) -> None:
        self.rig = rig
        self.guide = guide
        body = guide.body
        self.parent = parent or Parent.at_feet(body.width, body.height)
        self.scale = hand_scale(rig)
        self._open = rig.pose("pinch_open")
        self._routes: list[Route] | None = None
        self._aways: dict[tuple[int, Side], float] = {}
        self._gaps: dict[int, float] = {}

    # --- which hand -------------------------------------------------------------------------

    def working_side(self, track: Track) -> Side:
        spec = track.movement.hands
        if spec.working != "auto":
            return spec.working
        # The hand on the side of the screen the area is on; the right one in the middle.
        return "left" if track.box.center[0] < self.guide.body.width / 2 - 20 else "right"

    def hands_at(self, t: float, loop: bool = True) -> list[HandPlacement]:
        """The hands to draw, bottom first: a lifted hand passes over the one on the skin."""
        state = self.guide.pose_at(t, loop=loop)
        local = self.guide.local_time(t, loop)
        track = self.guide.tracks[state.movement]
        side = self.working_side(track)
        other: Side = "left" if side == "right" else "right"
        spec = track.movement.hands
        if spec.together == TwoHands.MIRRORED:
            state = self._apart(track, side, state)
        hands = [self._placement(side, track, state, local)]
        if spec.together == TwoHands.MIRRORED:
            mirrored = self._mirrored(track, state)
            hands.append(self._placement(other, track, mirrored, local, mirrored=True))
        elif spec.together == TwoHands.ALTERNATE and spec.own_sides:
            return self._own_sides_wheel(track, state, local)
        elif spec.together == TwoHands.ALTERNATE:
            return self._paddle_wheel(track, state, local)
        elif spec.together == TwoHands.RELAY:
            return self._relay(track, state, local)
        elif spec.together == TwoHands.STEADY:
            hands.append(self._resting(other, track))
        return sorted(hands, key=lambda h: h.lift)

    def stroke_at(self, t: float, loop: bool = True) -> HandState:
        """Where the stroke is now, for the ring on the spot and the trail behind it: the data's
        hand, or hand over hand on their own sides, the other hand's mirror stroke on its turn."""
        state = self.guide.pose_at(t, loop=loop)
        track = self.guide.tracks[state.movement]
        if track.movement.hands.own_sides and state.phase == GuidePhase.GLIDE:
            _, stroking, *_ = self._wheel_turn(track, self.guide.local_time(t, loop))
            if stroking != self.working_side(track):
                return self._mirrored(track, state)
        return state

    def routes(self) -> list[Route]:
        """Every hand's paths: the guide's own, and the mirror image the other hand follows
        where both hands work mirrored (both thumbs out from the middle of the forehead)."""
        if self._routes is None:
            routes = list(self.guide.routes())
            for track, route in zip(self.guide.tracks, self.guide.routes(), strict=True):
                hands = track.movement.hands
                if hands.together == TwoHands.MIRRORED or hands.own_sides:
                    cx = track.box.center[0]
                    points = [(2 * cx - x, y) for x, y in route.points]
                    routes.append(replace(route, points=points))
            self._routes = routes
        return self._routes

    def key_points(self) -> list[list[Point]]:
        """At each key moment of the still diagram, where each moving hand touches the skin:
        the working hand first, then a mirrored hand (its own path, its own numbers). A resting
        or lifted hand has no number, nor has an alternating one on the same path: its numbers
        would only repeat the first hand's. Hand over hand on their own sides (each side of the
        navel), the hand stroking now has the number; two thumbs on one spot share one."""
        found = []
        for t in self.guide.key_times():
            state = self.guide.pose_at(t, loop=False)
            track = self.guide.tracks[state.movement]
            hands = self.hands_at(t, loop=False)
            if track.movement.hands.together == TwoHands.MIRRORED:
                working = self.working_side(track)
                hands = sorted(hands, key=lambda h: h.side != working)
            elif track.movement.hands.own_sides:  # each hand strokes its own side, in turn
                _, stroking, *_ = self._wheel_turn(track, t)
                hands = [h for h in hands if h.side == stroking]
            else:  # the hand doing the data's stroke now (hand over hand, either one)
                hands = [h for h in hands if math.dist(h.point, state.point) <= SAME_SPOT]
            points: list[Point] = []
            for hand in hands:
                if hand.rests or hand.lift > 0:
                    continue
                if all(math.dist(hand.point, p) > SAME_SPOT for p in points):
                    points.append(hand.point)
            found.append(points)
        return found

    def still_times(self) -> list[float]:
        """When the still diagram draws the hands: at the first handover of a hand over hand
        movement (one hand at each end of the path: both hands, and where each stroke starts
        and ends), else at the first key moment."""
        handovers = []
        for track in self.guide.tracks:
            m = track.movement
            if m.hands.together == TwoHands.ALTERNATE:
                handovers.append(track.start + m.stroke_seconds + 0.5 * m.return_seconds)
            elif m.hands.together == TwoHands.RELAY and m.hands.relay_arc is not None:
                # Round a circle: where the other hand hands over to the working one.
                handovers.append(track.start + m.stroke_seconds * _turns(m, m.hands.relay_arc[1]))
        return handovers or self.guide.key_times()[:1]

    # --- hand over hand ---------------------------------------------------------------------

    def _wheel_turn(self, track: Track, t: float) -> tuple[float, Side, Side, HandState, HandState]:
        """Where a hand-over-hand stroke is at `t`: the time into this stroke, which hand
        strokes now and which comes back, and where the stroke starts and ends (the
        hand settled in its pose, no blend to show). The hands take turns, stroke by stroke."""
        m = track.movement
        within = min(t, self.guide.duration - 1e-6) - track.start
        number = min(int(within // track.cycle), track.repetitions - 1)
        u = within - number * track.cycle
        first = self.working_side(track)
        second: Side = "left" if first == "right" else "right"
        stroking, coming = (first, second) if number % 2 == 0 else (second, first)
        start = replace(track.pose(number * track.cycle + 1e-3), phase_progress=1.0)
        end = replace(
            track.pose(number * track.cycle + m.stroke_seconds * 0.999), phase_progress=1.0
        )
        return u, stroking, coming, start, end

    def _paddle_wheel(self, track: Track, state: HandState, t: float) -> list[HandPlacement]:
        """Hand over hand, like a paddle wheel: the hands take turns, stroke by stroke.

        While one hand strokes, the other is lifted and comes back over it to the start of the
        path, swinging out to its own side so the two never lie on top of each other. In the
        data's return phase the stroking hand stays a moment at the end of the path and lifts
        off while the other is already laid down at the start: the baby always feels a hand,
        and for a moment both (one at each end of the path)."""
        m = track.movement
        u, stroking, coming, start, end = self._wheel_turn(track, t)
        away = self._away(track, coming, start, end)
        if u < m.stroke_seconds:
            k = u / m.stroke_seconds
            return [
                self._placement(stroking, track, state, t),
                self._lifted(coming, track, end, start, away, k, t),
            ]
        r = (u - m.stroke_seconds) / max(1e-6, m.return_seconds)
        # The other hand comes in from its side and is down by HANDOVER; the stroking hand
        # lifts off after 1 - HANDOVER.
        down = 1.0 - ease(r / HANDOVER)
        off = ease((r - (1.0 - HANDOVER)) / HANDOVER)
        landing = replace(start, x=away + (start.x - away) * ease(r / HANDOVER))
        # ... and moves out to its own side as it lifts, for its way back.
        gone = self._away(track, stroking, start, end)
        leaving = replace(end, x=end.x + (gone - end.x) * off)
        hands = [
            replace(self._held(coming, track, start, landing, t), lift=down),
            replace(self._held(stroking, track, start, leaving, t), lift=off),
        ]
        return sorted(hands, key=lambda h: h.lift)

    def _own_sides_wheel(self, track: Track, state: HandState, t: float) -> list[HandPlacement]:
        """Hand over hand, each hand on its own side of the middle (`own_sides`): the working
        hand strokes the path, the other its mirror image, turn and turn about. The lifted hand
        goes back up its own line, so no hand ever crosses the middle (the navel)."""
        m = track.movement
        u, stroking, coming, start, end = self._wheel_turn(track, t)
        first = self.working_side(track)

        def own(side: Side, s: HandState) -> HandState:
            return s if side == first else self._mirrored(track, s)

        if u < m.stroke_seconds:
            k = u / m.stroke_seconds
            y = end.y + (start.y - end.y) * ease(k / (1 - PADDLE_WAIT))
            back = replace(start, y=y, contact=False, phase=GuidePhase.RETURN)
            hands = [
                self._placement(stroking, track, own(stroking, state), t),
                replace(
                    self._held(coming, track, own(coming, start), own(coming, back), t), lift=1.0
                ),
            ]
            return sorted(hands, key=lambda h: h.lift)
        r = (u - m.stroke_seconds) / max(1e-6, m.return_seconds)
        # The other hand is down by HANDOVER; the stroking hand lifts off after 1 - HANDOVER.
        down = 1.0 - ease(r / HANDOVER)
        off = ease((r - (1.0 - HANDOVER)) / HANDOVER)
        hands = [
            replace(
                self._held(coming, track, own(coming, start), own(coming, start), t), lift=down
            ),
            replace(
                self._held(stroking, track, own(stroking, start), own(stroking, end), t), lift=off
            ),
        ]
        return sorted(hands, key=lambda h: h.lift)

    def _away(self, track: Track, side: Side, start: HandState, end: HandState) -> float:
        """Where (x, drawing units) a lifted hand passes on its way back: out on its own side,
        just clear of the other hand's whole stroke. An adult hand is as big as a baby's
        tummy, so anywhere nearer it would lie over the stroking hand."""
        key = (track.index, side)
        found = self._aways.get(key)
        if found is not None:
            return found
        other: Side = "left" if side == "right" else "right"
        outward = -1.0 if side == "left" else 1.0
        m = track.movement
        reach = -math.inf  # how far the stroking hand comes out towards this side
        for k in range(9):
            moment = track.pose(track.start + m.stroke_seconds * min(0.999, k / 8))
            hand = place(self.rig, self._placement(other, track, moment, track.start))
            reach = max(reach, *(x * outward for p in hand.parts[1:] for x, _ in p.outline))
        x = start.x
        for _ in range(3):  # the hand's own width towards the stroke, where it is held
            hand = place(self.rig, self._held(side, track, start, replace(start, x=x), 0.0))
            inner = min(px * outward for p in hand.parts[1:] for px, _ in p.outline)
            x += (reach + AWAY_GAP * HAND_LENGTH - inner) * outward
        self._aways[key] = x
        return x

    def _lifted(
        self,
        side: Side,
        track: Track,
        end: HandState,
        start: HandState,
        away: float,
        k: float,
        t: float,
    ) -> HandPlacement:
        """A hand lifted clear of the skin on its way back from the end of the path to its
        start (k from 0 to 1 over the other hand's stroke). It moved out to its own side as it
        lifted off; it comes up beside the stroking hand, never over it, and waits beside the
        start until the handover."""
        y = end.y + (start.y - end.y) * ease(k / (1 - PADDLE_WAIT))
        moving = replace(
            start, x=away, y=y, contact=False, phase=GuidePhase.RETURN, phase_progress=1.0
        )
        return replace(self._held(side, track, start, moving, t), lift=1.0)

    def _held(
        self, side: Side, track: Track, start: HandState, moving: HandState, t: float
    ) -> HandPlacement:
        """The hand at `moving`, turned as it will lie at the start of the path: out at the
        side, its arm at another angle would otherwise turn the hand round in the air."""
        placement = self._placement(side, track, start, t)
        heading = placement.heading
        if placement.either_way:
            sx, sy = placement.shoulder
            towards = heading_of((start.x - sx, start.y - sy))
            if abs(normalize(heading - towards)) > 90:
                heading += 180.0
        moved = self._placement(side, track, moving, t)
        return replace(moved, heading=heading, either_way=False)

    # --- round a circle, hand over hand --------------------------------------------------------

    def _relay(self, track: Track, state: HandState, t: float) -> list[HandPlacement]:
        """Round a circle hand over hand. An arm from the parent at the baby's feet cannot take
        one hand all the way round a small circle: on the far side its fingers would point back
        at the parent, and an adult hand, as big as the baby's tummy, would lie over the middle
        (the navel). So the other hand does the arc the working hand cannot (`relay_arc`); the
        hand whose arc it is not goes back the way it came, lifted, and waits at the start of
        its arc. At each handover one hand lays down where the other lifts off."""
        m = track.movement
        assert m.hands.relay_arc is not None
        within = min(t, self.guide.duration - 1e-6) - track.start
        number = min(int(within // track.cycle), track.repetitions - 1)
        now = min(1.0, (within - number * track.cycle) / m.stroke_seconds)
        centre = track.circle_centre(within)
        begin, end = (_turns(m, a) for a in m.hands.relay_arc)
        other_arc = (end - begin) % 1.0
        working = self.working_side(track)
        other: Side = "left" if working == "right" else "right"
        hands = [
            self._relay_hand(working, track, state, centre, end, 1.0 - other_arc, now, t),
            self._relay_hand(other, track, state, centre, begin, other_arc, now, t),
        ]
        return sorted(hands, key=lambda h: h.lift)

    def _relay_hand(
        self,
        side: Side,
        track: Track,
        state: HandState,
        centre: Point,
        start: float,
        arc: float,
        now: float,
        t: float,
    ) -> HandPlacement:
        """One hand of a relay: on the skin where the circle is while it is in the hand's arc
        (from `start`, `arc` turns long), else lifted on its way back along the arc."""
        into = (now - start) % 1.0
        lift, at = 0.0, now
        if into >= arc:
            off = (into - arc) / (1.0 - arc)  # 0 .. 1 through the time off the skin
            handover = min(0.5, RELAY_HANDOVER / (1.0 - arc))
            # Lifting off as it starts back and laying down as it comes to the start, at an even
            # pace: it never stands in the way of the other hand, which moves on from there.
            lift = min(1.0, ease(off / handover), ease((1.0 - off) / handover))
            at = start + arc * (1.0 - off)
        point = track.ring_point(centre, at)
        return HandPlacement(
            side,
            self.pose_for(state, t),
            point,
            self.toward_heading(side, point, centre),
            self.parent.shoulder(side),
            self.scale,
            lift=lift,
            either_way=False,
            swing=ARM_SWING,
            turning=True,
        )

    def toward_heading(self, side: Side, point: Point, target: Point) -> float:
        """Which way a hand at `point` points to turn its fingers towards `target`, as far as an
        arm from the parent's shoulder can: TOWARD_SHARE of the turn from the arm's line."""
        sx, sy = self.parent.shoulder(side)
        arm = heading_of((point[0] - sx, point[1] - sy))
        wanted = heading_of((target[0] - point[0], target[1] - point[1]))
        return arm + TOWARD_SHARE * normalize(wanted - arm)

    # --- both hands mirrored -------------------------------------------------------------------

    def _apart(self, track: Track, side: Side, state: HandState) -> HandState:
        """Two mirrored hands side by side where the path starts in the middle (both thumbs on
        the middle of the forehead, both palms in the middle of the chest): each hand at least
        far enough from the middle line that the two lie beside each other, never one over
        the other."""
        gap = self._gaps.get(track.index)
        if gap is None:
            gap = self._gaps[track.index] = self._mirror_gap(track, side)
        cx = track.box.center[0]
        outward = -1.0 if side == "left" else 1.0  # the parent's left hand on the screen's left
        if (state.x - cx) * outward >= gap:
            return state
        return replace(state, x=cx + outward * gap)

    def _mirror_gap(self, track: Track, side: Side) -> float:
        """The least distance from the middle line at which the mirrored pair, as they start,
        do not overlap (found by halving, once per movement)."""
        other: Side = "left" if side == "right" else "right"
        cx = track.box.center[0]
        outward = -1.0 if side == "left" else 1.0
        first = track.pose(1e-3)

        def clear(gap: float) -> bool:
            here = replace(first, x=cx + outward * gap)
            a = place(self.rig, self._placement(side, track, here, track.start))
            b = place(
                self.rig,
                self._placement(other, track, self._mirrored(track, here), track.start, None, True),
            )
            return not _hands_overlap(a.parts, b.parts)

        low, high = 0.0, HAND_LENGTH
        if clear(low):
            return 0.0
        for _ in range(9):  # to about half a drawing unit
            middle = (low + high) / 2
            low, high = (low, middle) if clear(middle) else (middle, high)
        return high + MIRROR_GAP * HAND_LENGTH

    # --- one hand ---------------------------------------------------------------------------

    def _mirrored(self, track: Track, state: HandState) -> HandState:
        cx = track.box.center[0]
        return replace(state, x=2 * cx - state.x, angle=-state.angle)

    def _resting(self, side: Side, track: Track) -> HandPlacement:
        spec = track.movement.hands
        assert spec.rest_at is not None
        point = track.resolve(spec.rest_at)
        return HandPlacement(
            side,
            self.rig.pose(spec.rest_pose),
            point,
            spec.rest_angle,
            self.parent.shoulder(side),
            self.scale,
            rests=True,
        )

    def _placement(
        self,
        side: Side,
        track: Track,
        state: HandState,
        t: float,
        pose_time: float | None = None,
        mirrored: bool = False,
    ) -> HandPlacement:
        pose = self.pose_for(state, t if pose_time is None else pose_time)
        spec = track.movement.hands
        heading = state.angle
        if spec.heading is not None:
            heading = -spec.heading if mirrored else spec.heading
        if spec.toward is not None:
            heading = self.toward_heading(side, state.point, track.resolve(spec.toward))
        if spec.along_path is not None and len(track.points) > 1:
            points = track.points
            if mirrored:
                cx = track.box.center[0]
                points = [(2 * cx - x, y) for x, y in points]
            along = -spec.along_path if mirrored else spec.along_path
            heading = _path_heading(points, state.point) + along
        return HandPlacement(
            side,
            pose,
            state.point,
            heading,
            self.parent.shoulder(side),
            self.scale,
            lift=0.0 if state.contact else 1.0,
            # Round a circle the fingers keep facing its centre: turning the hand round would
            # make it jump to the other side of its pads.
            either_way=track.movement.pattern != GuidePattern.CIRCLE,
            swing=0.0 if track.movement.pattern == GuidePattern.CIRCLE else ARM_SWING,
            turning=track.movement.pattern == GuidePattern.CIRCLE,
        )

    def named_pose(self, state: HandState) -> Pose:
        track = self.guide.tracks[state.movement]
        spec = track.movement.hands
        name = spec.poses.get(state.phase) or RIG_POSES[state.pose]
        pose = self.rig.pose(name)
        if track.movement.pattern == GuidePattern.PINCH_ROLL and state.phase in (
            GuidePhase.PINCH,
            GuidePhase.LIFT,
        ):
            # Rolling the fold: the fingers open to gather more skin, then close on it.
            return blend(self._open, pose, state.grip)
        return pose

    def pose_for(self, state: HandState, t: float) -> Pose:
        """The phase's pose; at a phase's start, a blend from the pose the hand came from."""
        pose = self.named_pose(state)
        track = self.guide.tracks[state.movement]
        length = _phase_seconds(track, state.phase)
        elapsed = state.phase_progress * length
        window = min(BLEND_SECONDS, 0.5 * length)
        if elapsed >= window or t - elapsed - 1e-3 < 0:
            return pose
        before = self.guide.pose_at(t - elapsed - 1e-3, loop=False)
        return blend(self.named_pose(before), pose, ease(elapsed / window))


def _turns(movement: Movement, angle: float) -> float:
    """An angle of a circle (degrees, as its start_angle) as the part of the way round from its
    start, 0 to 1, the way it turns."""
    sign = 1.0 if movement.clockwise else -1.0
    return ((angle - movement.start_angle) * sign / 360.0) % 1.0


def _segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    def side(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0


def _box(outline: tuple[Point, ...]) -> tuple[float, float, float, float]:
    xs = [x for x, _ in outline]
    ys = [y for _, y in outline]
    return min(xs), min(ys), max(xs), max(ys)


def _hands_overlap(a: tuple[Part, ...], b: tuple[Part, ...]) -> bool:
    """Whether any part of one hand lies on the other's hand (palm, fingers, thumb), either
    forearm included: the arms themselves run apart, to each shoulder."""
    boxes = {id(p): _box(p.outline) for p in (*a, *b)}
    for one, other in ((a, b), (b, a)):
        for p in one:
            for q in other[1:]:
                (px0, py0, px1, py1), (qx0, qy0, qx1, qy1) = boxes[id(p)], boxes[id(q)]
                if px1 < qx0 or qx1 < px0 or py1 < qy0 or qy1 < py0:
                    continue  # far apart: most pairs of parts, cheaply
                if Polygon(q.outline).contains(p.outline[0]) or Polygon(p.outline).contains(
                    q.outline[0]
                ):
                    return True
                edges = list(zip(q.outline, q.outline[1:] + q.outline[:1], strict=True))
                for e0, e1 in zip(p.outline, p.outline[1:] + p.outline[:1], strict=True):
                    if any(_segments_cross(e0, e1, f0, f1) for f0, f1 in edges):
                        return True
    return False
