"""Where the hand is at time t: the pure geometry of every animated guide (no Qt)."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace

from infant_massage.domain.body_map import BodyView
from infant_massage.domain.catalog import (
    Application,
    GuidePattern,
    GuidePhase,
    GuideSpec,
    HandPose,
    Technique,
)
from infant_massage.domain.geometry import Bounds, Point

RING_POINTS = 36


Phase = GuidePhase


@dataclass(frozen=True)
class HandState:
    """The hand at one moment, in illustration units of the guide's view."""

    x: float
    y: float
    angle: float  # degrees; 0 = fingers towards the top of the screen, positive = clockwise
    pose: HandPose
    pressure: float  # 0 (lifted) to 1 (the firmest this technique uses)
    contact: bool
    phase: Phase
    repetition: int  # 1-based: stroke, circle, press or pass number
    repetitions: int
    special: bool = False  # e.g. the "pinch three, lift once" pass
    phase_progress: float = 0.0  # 0 to 1 through the current phase (a hold shows it as a ring)

    @property
    def point(self) -> Point:
        return (self.x, self.y)


def _smoothstep(p: float) -> float:
    p = min(1.0, max(0.0, p))
    return p * p * (3 - 2 * p)


class Polyline:
    def __init__(self, points: list[Point]) -> None:
        self.points = points
        self.lengths = [0.0]
        for a, b in itertools.pairwise(points):
            self.lengths.append(self.lengths[-1] + math.dist(a, b))

    @property
    def length(self) -> float:
        return self.lengths[-1]

    def at(self, fraction: float) -> tuple[Point, float]:
        """The point at a fraction of the length, and the heading there (degrees, 0 = up)."""
        if len(self.points) == 1 or self.length == 0:
            return self.points[0], 0.0
        target = min(1.0, max(0.0, fraction)) * self.length
        for i in range(1, len(self.lengths)):
            if target <= self.lengths[i] or i == len(self.lengths) - 1:
                a, b = self.points[i - 1], self.points[i]
                span = self.lengths[i] - self.lengths[i - 1] or 1.0
                k = (target - self.lengths[i - 1]) / span
                heading = math.degrees(math.atan2(b[0] - a[0], -(b[1] - a[1])))
                return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k), heading
        raise AssertionError("unreachable")


class Guide:
    """One technique on one area as motion: pose_at(t) for any t, loopable, mirrorable."""

    def __init__(self, technique: Technique, application: Application, body: BodyView) -> None:
        spec = application.guide
        if body.name != spec.view:
            raise ValueError(
                f"the {technique.id} guide for {application.area} is drawn on the "
                f"{spec.view} view, not the {body.name} view"
            )
        if application.area not in body.regions:
            raise ValueError(f"area '{application.area}' is not on the {body.name} view")
        self.technique = technique
        self.application = application
        self.spec: GuideSpec = spec
        self.area_id = application.area
        self.view = body.name
        self.region = body.regions[application.area]
        self.box = self._box(spec, body)
        self.points = [self._resolve(p, body) for p in spec.path]
        self.path = Polyline(self._route())

    # --- set-up -------------------------------------------------------------------------------

    def _box(self, spec: GuideSpec, body: BodyView) -> Bounds:
        region = body.regions[self.area_id]
        if spec.outline is None:
            return region.bounds
        outlines = sorted(region.polygons, key=lambda p: p.bounds.left)
        if spec.outline >= len(outlines):
            raise ValueError(
                f"area '{self.area_id}' has {len(outlines)} outline(s), not {spec.outline + 1}"
            )
        return outlines[spec.outline].bounds

    def _resolve(self, point, body: BodyView) -> Point:
        if isinstance(point, str):
            if point not in body.landmarks:
                raise ValueError(
                    f"no landmark '{point}' on the {body.name} view "
                    f"(known: {', '.join(body.landmarks)})"
                )
            return body.landmarks[point].center
        u, v = point
        return (self.box.left + u * self.box.width, self.box.top + v * self.box.height)

    def _route(self) -> list[Point]:
        if self.spec.pattern != GuidePattern.CIRCLE:
            return self.points
        cx, cy = self.points[0]
        radius = self.spec.radius * self.box.width
        sign = 1 if self.spec.clockwise else -1  # y grows downward: +angle turns clockwise
        start = math.radians(self.spec.start_angle)
        return [
            (
                cx + radius * math.cos(start + sign * 2 * math.pi * k / RING_POINTS),
                cy + radius * math.sin(start + sign * 2 * math.pi * k / RING_POINTS),
            )
            for k in range(RING_POINTS + 1)
        ]

    # --- timing ------------------------------------------------------------------------------

    @property
    def cycle_seconds(self) -> float:
        s = self.spec
        if s.pattern == GuidePattern.PRESS:
            return 2 * s.stroke_seconds + s.hold_seconds + s.return_seconds
        return s.stroke_seconds + s.return_seconds

    @property
    def duration(self) -> float:
        return self.cycle_seconds * self.spec.repetitions

    @property
    def center(self) -> Point:
        return self.box.center

    # --- the pose ----------------------------------------------------------------------------

    def pose_at(self, t: float, loop: bool = True, mirrored: bool = False) -> HandState:
        if t < 0:
            raise ValueError("time starts at 0")
        if loop:
            t = math.fmod(t, self.duration)
        state = self._final() if t >= self.duration else self._pose(t)
        return self.mirror(state) if mirrored else state

    def mirror(self, state: HandState) -> HandState:
        """The same moment seen from the other side: flipped about the area's vertical axis."""
        return replace(state, x=2 * self.center[0] - state.x, angle=-state.angle)

    def mirror_point(self, point: Point) -> Point:
        return (2 * self.center[0] - point[0], point[1])

    def _state(
        self,
        point: Point,
        angle: float,
        pressure: float,
        phase: Phase,
        repetition: int,
        special: bool = False,
        progress: float = 0.0,
    ) -> HandState:
        return HandState(
            x=point[0],
            y=point[1],
            angle=angle,
            pose=self.spec.pose or self.technique.hand_pose,
            pressure=round(pressure, 6),
            contact=pressure > 0,
            phase=phase,
            repetition=repetition,
            repetitions=self.spec.repetitions,
            special=special,
            phase_progress=round(min(1.0, max(0.0, progress)), 6),
        )

    def _final(self) -> HandState:
        end, _ = self.path.at(1.0 if self.spec.pattern != GuidePattern.CIRCLE else 0.0)
        return self._state(end, self.spec.hand_angle, 0.0, Phase.DONE, self.spec.repetitions)

    def _pose(self, t: float) -> HandState:
        s = self.spec
        repetition = min(int(t // self.cycle_seconds), s.repetitions - 1)
        local = t - repetition * self.cycle_seconds
        number = repetition + 1
        if s.pattern == GuidePattern.GLIDE:
            return self._glide(local, number)
        if s.pattern == GuidePattern.CIRCLE:
            return self._circle(local, number)
        if s.pattern == GuidePattern.PRESS:
            return self._press(local, number)
        return self._pinch_roll(local, number)

    def _glide(self, local: float, number: int) -> HandState:
        s = self.spec
        if local < s.stroke_seconds:
            progress = local / s.stroke_seconds
            point, _ = self.path.at(_smoothstep(progress))
            return self._state(
                point, s.hand_angle, s.pressure, Phase.GLIDE, number, False, progress
            )
        return self._lifted_return(local, number)

    def _lifted_return(self, local: float, number: int, special: bool = False) -> HandState:
        # Lifted just above the skin, the hand goes back along the area to the start.
        s = self.spec
        progress = (local - s.stroke_seconds) / (s.return_seconds or 1)
        point, _ = self.path.at(1 - _smoothstep(progress))
        return self._state(point, s.hand_angle, 0.0, Phase.RETURN, number, special, progress)

    def _circle(self, local: float, number: int) -> HandState:
        s = self.spec
        if local < s.stroke_seconds:
            progress = local / s.stroke_seconds
            point, _ = self.path.at(progress)  # an even pace round the ring
            return self._state(
                point,
                self._circle_angle(point),
                s.pressure,
                Phase.CIRCLE,
                number,
                False,
                progress,
            )
        point, _ = self.path.at(0.0)
        return self._state(point, self._circle_angle(point), s.pressure * 0.5, Phase.CIRCLE, number)

    def _circle_angle(self, point: Point) -> float:
        if not self.spec.hand_faces_center:
            return self.spec.hand_angle
        # Fingers towards the centre keep the palm outside the ring (off the navel).
        cx, cy = self.points[0]
        return math.degrees(math.atan2(cx - point[0], -(cy - point[1])))

    def _press(self, local: float, number: int) -> HandState:
        s = self.spec
        here = self.points[(number - 1) % len(self.points)]
        there = self.points[number % len(self.points)]
        press_end = s.stroke_seconds
        hold_end = press_end + s.hold_seconds
        release_end = hold_end + s.stroke_seconds
        if local < press_end:
            progress = local / s.stroke_seconds
            pressure = s.pressure * _smoothstep(progress)
            return self._state(
                here, s.hand_angle, max(pressure, 1e-3), Phase.PRESS, number, False, progress
            )
        if local < hold_end:
            progress = (local - press_end) / (s.hold_seconds or 1)
            return self._state(here, s.hand_angle, s.pressure, Phase.HOLD, number, False, progress)
        if local < release_end:
            progress = (local - hold_end) / s.stroke_seconds
            pressure = s.pressure * (1 - _smoothstep(progress))
            return self._state(
                here, s.hand_angle, max(pressure, 1e-3), Phase.RELEASE, number, False, progress
            )
        progress = (local - release_end) / (s.return_seconds or 1)
        k = _smoothstep(progress)
        point = (here[0] + (there[0] - here[0]) * k, here[1] + (there[1] - here[1]) * k)
        return self._state(point, s.hand_angle, 0.0, Phase.MOVE, number, False, progress)

    def _pinch_roll(self, local: float, number: int) -> HandState:
        s = self.spec
        last_pass = number == s.repetitions
        if local >= s.stroke_seconds:
            return self._lifted_return(local, number, last_pass)
        steps = s.steps_per_pass
        progress = local / s.stroke_seconds * steps
        step = min(int(progress), steps - 1)
        within = progress - step
        # Each step rolls the fold forward (first 60 %) and then re-grips it (the rest).
        fraction = (step + _smoothstep(within / 0.6)) / steps
        point, heading = self.path.at(fraction)
        lifting = last_pass and step % 3 == 2 and within >= 0.6
        if lifting:
            return self._state(
                point, heading, min(1.0, s.pressure * 1.25), Phase.LIFT, number, True
            )
        pressure = s.pressure * (0.75 + 0.25 * math.sin(math.pi * within))
        return self._state(point, heading, pressure, Phase.PINCH, number, last_pass)

    # --- drawing aids --------------------------------------------------------------------------

    def route(self) -> list[Point]:
        """Where the hand goes while touching: the guide's dotted path."""
        return list(self.path.points)

    def trail(
        self,
        t: float,
        seconds: float = 1.5,
        samples: int = 24,
        loop: bool = True,
        mirrored: bool = False,
    ) -> list[tuple[Point, float]]:
        """Recent contact points with their age (0 = now), for the fading trail."""
        found = []
        for k in range(samples + 1):
            age = seconds * k / samples
            if t - age < 0:
                break
            state = self.pose_at(t - age, loop=loop, mirrored=mirrored)
            if state.contact:
                found.append((state.point, age))
        return found
