"""Where the hand is at time t: the pure geometry of every animated guide (no Qt).

A guide is its movements played one after the other, each at the tempo the catalog gives it
(see catalog.Movement). The duration, the counter and every key pose come from that data.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

from infant_massage.domain.body_map import BodyView
from infant_massage.domain.catalog import (
    Application,
    GuidePattern,
    GuidePhase,
    GuideSpec,
    HandPose,
    Movement,
    Technique,
)
from infant_massage.domain.geometry import Bounds, Point, bounds_of
from infant_massage.domain.localized import LocalizedText

RING_POINTS = 36
HAND_LENGTH = 150.0  # illustration units from wrist end to fingertips: an adult hand by this baby
ROUTE_SAMPLES_PER_SECOND = 24

Phase = GuidePhase


@dataclass(frozen=True)
class HandState:
    """The hand at one moment, in illustration units of the guide's drawing."""

    x: float
    y: float
    angle: float  # degrees; 0 = fingers towards the top of the drawing, positive = clockwise
    pose: HandPose
    pressure: float  # 0 (lifted) to 1 (the firmest this technique uses)
    contact: bool
    phase: Phase
    repetition: int  # 1-based number among the counted strokes, circles, presses or passes
    repetitions: int  # how many the whole guide counts
    counted: bool = True  # False while the hands are only placed
    movement: int = 0  # which movement of the guide
    step: int = 0  # the how-to step (0-based) to highlight now
    caption: LocalizedText | None = None
    special: bool = False  # e.g. the "pinch three, lift once" pass
    phase_progress: float = 0.0  # 0 to 1 through the current phase (a hold shows it as a ring)
    point_number: int = 0  # pressing: which point (1-based) of how many
    points: int = 0
    grip: float = 1.0  # pinching: 0 = fingers open to gather skin, 1 = closed on the fold

    @property
    def point(self) -> Point:
        return (self.x, self.y)


@dataclass(frozen=True)
class Route:
    """Where the hand goes while touching during one movement: the dotted path and its arrows."""

    movement: int
    points: list[Point]
    kind: str  # "line" (with arrows) or "points" (numbered press points)
    closed: bool = False
    counted: bool = True  # the points of a counted movement get their numbers


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


class Track:
    """One movement placed on the drawing and in time."""

    def __init__(
        self,
        guide: Guide,
        index: int,
        movement: Movement,
        repetitions: int,
        start: float,
        counted_before: int,
        body: BodyView,
    ) -> None:
        self.guide = guide
        self.index = index
        self.movement = movement
        self.repetitions = repetitions
        self.start = start
        self.counted_before = counted_before
        self.box = self._box(movement, body)
        self.points = [self._resolve(p, body) for p in movement.path]
        self.path = Polyline(self.points)

    # --- set-up -------------------------------------------------------------------------------

    def _box(self, movement: Movement, body: BodyView) -> Bounds:
        region = body.regions[self.guide.area_id]
        if movement.outline is None:
            return region.bounds
        outlines = sorted(region.polygons, key=lambda p: p.bounds.left)
        if movement.outline >= len(outlines):
            raise ValueError(
                f"area '{self.guide.area_id}' has {len(outlines)} outline(s), "
                f"not {movement.outline + 1}"
            )
        return outlines[movement.outline].bounds

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

    @property
    def cycle(self) -> float:
        return self.movement.cycle_seconds

    @property
    def duration(self) -> float:
        return self.cycle * self.repetitions

    @property
    def end(self) -> float:
        return self.start + self.duration

    # --- the pose ----------------------------------------------------------------------------

    def pose(self, local: float) -> HandState:
        m = self.movement
        number = min(int(local // self.cycle), self.repetitions - 1)
        within = local - number * self.cycle
        if m.pattern == GuidePattern.GLIDE:
            return self._glide(within, number, local)
        if m.pattern == GuidePattern.CIRCLE:
            return self._circle(within, number, local)
        if m.pattern == GuidePattern.PRESS:
            return self._press(within, number)
        if m.pattern == GuidePattern.REST:
            return self._state(self.points[0], m.hand_angle, m.pressure, Phase.REST, number)
        return self._pinch_roll(within, number)

    def _state(
        self,
        point: Point,
        angle: float,
        pressure: float,
        phase: Phase,
        number: int,
        special: bool = False,
        progress: float = 0.0,
        point_number: int = 0,
        grip: float = 1.0,
    ) -> HandState:
        m = self.movement
        counted = m.counted
        repetition = self.counted_before + (number + 1 if counted else 0)
        return HandState(
            x=point[0],
            y=point[1],
            angle=angle,
            pose=m.pose or self.guide.technique.hand_pose,
            pressure=round(pressure, 6),
            contact=pressure > 0,
            phase=phase,
            repetition=max(1, repetition),
            repetitions=self.guide.count,
            counted=counted,
            movement=self.index,
            step=m.step_for(phase, number),
            caption=m.caption_for(phase, number),
            special=special,
            phase_progress=round(min(1.0, max(0.0, progress)), 6),
            point_number=point_number,
            points=len(self.points) if m.pattern == GuidePattern.PRESS else 0,
            grip=round(grip, 6),
        )

    def _glide(self, within: float, number: int, local: float) -> HandState:
        m = self.movement
        if within < m.stroke_seconds:
            progress = within / m.stroke_seconds
            point, _ = self.path.at(_smoothstep(progress))
            return self._state(
                point, m.hand_angle, m.pressure, Phase.GLIDE, number, False, progress
            )
        return self._lifted_return(within, number)

    def _lifted_return(self, within: float, number: int, special: bool = False) -> HandState:
        # Lifted just above the skin, the hand goes back along the area to the start.
        m = self.movement
        progress = (within - m.stroke_seconds) / (m.return_seconds or 1)
        point, _ = self.path.at(1 - _smoothstep(progress))
        return self._state(point, m.hand_angle, 0.0, Phase.RETURN, number, special, progress)

    def circle_centre(self, local: float) -> Point:
        """Circles may walk along the path (e.g. down the back): the centre moves evenly."""
        if len(self.points) == 1:
            return self.points[0]
        point, _ = self.path.at(local / self.duration)
        return point

    def ring_point(self, centre: Point, progress: float) -> Point:
        m = self.movement
        radius = (m.radius or 0.0) * self.box.width
        sign = 1 if m.clockwise else -1  # y grows downward: +angle turns clockwise on screen
        angle = math.radians(m.start_angle) + sign * 2 * math.pi * progress
        return (centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle))

    def _circle(self, within: float, number: int, local: float) -> HandState:
        m = self.movement
        centre = self.circle_centre(local)
        progress = min(1.0, within / m.stroke_seconds)
        point = self.ring_point(centre, progress)  # an even pace round the ring
        if within < m.stroke_seconds:
            return self._state(
                point, self._circle_angle(point, centre), m.pressure, Phase.CIRCLE, number,
                False, progress,
            )  # fmt: skip
        return self._state(
            point, self._circle_angle(point, centre), m.pressure * 0.5, Phase.CIRCLE, number
        )

    def _circle_angle(self, point: Point, centre: Point) -> float:
        if not self.movement.hand_faces_center:
            return self.movement.hand_angle
        # Fingers towards the centre keep the palm outside the ring (off the navel).
        return math.degrees(math.atan2(centre[0] - point[0], -(centre[1] - point[1])))

    def _press(self, within: float, number: int) -> HandState:
        m = self.movement
        index = number % len(self.points)
        here = self.points[index]
        there = self.points[(number + 1) % len(self.points)]
        press_end = m.stroke_seconds
        hold_end = press_end + m.hold_seconds
        release_end = hold_end + m.stroke_seconds
        point_number = index + 1
        if within < press_end:
            progress = within / m.stroke_seconds
            pressure = m.pressure * _smoothstep(progress)
            return self._state(
                here, m.hand_angle, max(pressure, 1e-3), Phase.PRESS, number, False, progress,
                point_number,
            )  # fmt: skip
        if within < hold_end:
            progress = (within - press_end) / (m.hold_seconds or 1)
            return self._state(
                here, m.hand_angle, m.pressure, Phase.HOLD, number, False, progress, point_number
            )
        if within < release_end:
            progress = (within - hold_end) / m.stroke_seconds
            pressure = m.pressure * (1 - _smoothstep(progress))
            return self._state(
                here, m.hand_angle, max(pressure, 1e-3), Phase.RELEASE, number, False, progress,
                point_number,
            )  # fmt: skip
        progress = (within - release_end) / (m.return_seconds or 1)
        if number == self.repetitions - 1:
            # The last press of the movement: the hand has let go and stays lifted over the
            # point; the next movement starts at its own place.
            return self._state(here, m.hand_angle, 0.0, Phase.RELEASE, number, False, 1.0, 0)
        # From the last point back to the first the hand is lifted, and says so: it is no
        # "next point" and never slides back over the skin.
        phase = Phase.RETURN if index == len(self.points) - 1 and index > 0 else Phase.MOVE
        k = _smoothstep(progress)
        point = (here[0] + (there[0] - here[0]) * k, here[1] + (there[1] - here[1]) * k)
        return self._state(point, m.hand_angle, 0.0, phase, number, False, progress, 0)

    def _pinch_roll(self, within: float, number: int) -> HandState:
        m = self.movement
        lifting_pass = m.lift_every is not None
        if within >= m.stroke_seconds:
            return self._lifted_return(within, number, lifting_pass)
        steps = m.steps_per_pass
        progress = within / m.stroke_seconds * steps
        step = min(int(progress), steps - 1)
        part = progress - step
        # Each step rolls the fold forward (first 60 %) and then re-grips it (the rest).
        fraction = (step + _smoothstep(part / 0.6)) / steps
        point, _ = self.path.at(fraction)
        angle = m.hand_angle
        # While rolling, the fold is held; re-gripping, the fingers open and close on it again.
        grip = 1.0 if part < 0.6 else 1.0 - math.sin(math.pi * (part - 0.6) / 0.4)
        if lifting_pass and step % m.lift_every == m.lift_every - 1 and part >= 0.6:
            return self._state(
                point, angle, min(1.0, m.pressure * 1.25), Phase.LIFT, number, True, grip=1.0
            )
        pressure = m.pressure * (0.75 + 0.25 * math.sin(math.pi * part))
        return self._state(point, angle, pressure, Phase.PINCH, number, lifting_pass, grip=grip)

    # --- drawing aids ------------------------------------------------------------------------

    def route(self) -> Route:
        m = self.movement
        if m.pattern in (GuidePattern.PRESS, GuidePattern.REST):
            return Route(self.index, list(self.points), "points", counted=m.counted)
        if m.pattern == GuidePattern.CIRCLE and len(self.points) == 1:
            ring = [self.ring_point(self.points[0], k / RING_POINTS) for k in range(RING_POINTS)]
            return Route(self.index, [*ring, ring[0]], "line", closed=True)
        if m.pattern == GuidePattern.CIRCLE:
            # A walking circle: the loops the contact point draws over the whole movement.
            samples = max(2, round(self.duration * ROUTE_SAMPLES_PER_SECOND))
            points = [self.pose(self.duration * k / samples).point for k in range(samples)]
            return Route(self.index, points, "line")
        return Route(self.index, list(self.points), "line")

    def key_times(self) -> list[float]:
        """When the still diagram's poses happen, in seconds from the movement's start. A key
        pose k is in stroke floor(k) (0-based), at the fraction k - floor(k) of it; a whole
        number k >= 1 is the end of the k-th stroke. Pressing shows the k-th press at its hold."""
        m = self.movement
        times = []
        for key in m.key_poses:
            number = min(int(key), self.repetitions - 1)
            fraction = key - int(key)
            if m.pattern == GuidePattern.PRESS:
                moment = m.stroke_seconds + m.hold_seconds / 2
            elif key >= 1 and fraction == 0:
                number, moment = min(int(key) - 1, self.repetitions - 1), m.stroke_seconds * 0.999
            else:
                moment = fraction * m.stroke_seconds * 0.999
            times.append(min(self.duration - 1e-6, number * self.cycle + moment))
        return times

    def key_states(self) -> list[HandState]:
        return [self.pose(t) for t in self.key_times()]

    def resolve(self, point) -> Point:
        """A point of the data (in the movement's box, or a landmark) on the drawing."""
        return self._resolve(point, self.guide.body)


class Guide:
    """One technique on one area as motion: pose_at(t) for any t, loopable.

    `repetitions` (one number per movement) plays the same motion more or fewer times, e.g.
    for a session step of another length; by default the catalog's repetitions.
    """

    def __init__(
        self,
        technique: Technique,
        application: Application,
        body: BodyView,
        repetitions: tuple[int, ...] | None = None,
    ) -> None:
        spec = application.guide
        if body.name != spec.view:
            raise ValueError(
                f"the {technique.id} guide for {application.area} is drawn on the "
                f"{spec.view} view, not the {body.name} view"
            )
        if application.area not in body.regions:
            raise ValueError(f"area '{application.area}' is not on the {body.name} view")
        reps = repetitions or spec.repetitions
        if len(reps) != len(spec.movements) or min(reps) < 1:
            raise ValueError(f"one repetition count of at least 1 per movement, not {reps}")
        self.technique = technique
        self.application = application
        self.spec: GuideSpec = spec
        self.body = body
        self.repetitions = tuple(reps)
        self.area_id = application.area
        self.view = body.name
        self.region = body.regions[application.area]
        self.count = spec.count(self.repetitions)
        self.tracks: list[Track] = []
        start, counted = 0.0, 0
        for index, (movement, n) in enumerate(zip(spec.movements, reps, strict=True)):
            track = Track(self, index, movement, n, start, counted, body)
            self.tracks.append(track)
            start = track.end
            counted += n if movement.counted else 0
        self.duration = start
        self._routes: list[Route] | None = None
        self._extent: Bounds | None = None

    def with_repetitions(self, repetitions: tuple[int, ...]) -> Guide:
        return Guide(self.technique, self.application, self.body, repetitions)

    # --- geometry ----------------------------------------------------------------------------

    @property
    def box(self) -> Bounds:
        """The area's box (all outlines the guide works on)."""
        boxes = [t.box for t in self.tracks]
        result = boxes[0]
        for box in boxes[1:]:
            result = result.united(box)
        return result

    @property
    def center(self) -> Point:
        return self.box.center

    def routes(self) -> list[Route]:
        # Worked out once: a walking circle's route samples the whole movement.
        if self._routes is None:
            self._routes = [t.route() for t in self.tracks]
        return self._routes

    def route(self) -> list[Point]:
        """Every point the hand's paths pass, for framing the picture."""
        return [p for r in self.routes() for p in r.points]

    def extent(self) -> Bounds:
        if self._extent is None:
            corners = [(self.box.left, self.box.top), self.box_corner]
            self._extent = bounds_of([*self.route(), *corners])
        return self._extent

    @property
    def box_corner(self) -> Point:
        return (self.box.right, self.box.bottom)

    # --- timing and pose ---------------------------------------------------------------------

    def local_time(self, t: float, loop: bool = True) -> float:
        if t < 0:
            raise ValueError("time starts at 0")
        return math.fmod(t, self.duration) if loop else t

    def track_at(self, t: float) -> Track:
        for track in self.tracks:
            if t < track.end:
                return track
        return self.tracks[-1]

    def pose_at(self, t: float, loop: bool = True) -> HandState:
        t = self.local_time(t, loop)
        if t >= self.duration:
            return self._final()
        track = self.track_at(t)
        return track.pose(t - track.start)

    def _final(self) -> HandState:
        track = self.tracks[-1]
        state = track.pose(track.duration - 1e-6)
        return HandState(
            x=state.x,
            y=state.y,
            angle=state.angle,
            pose=state.pose,
            pressure=0.0,
            contact=False,
            phase=Phase.DONE,
            repetition=self.count,
            repetitions=self.count,
            movement=track.index,
            step=state.step,
        )

    def key_states(self) -> list[HandState]:
        """The still diagram's numbered poses, movement by movement, as the data names them."""
        return [state for track in self.tracks for state in track.key_states()]

    def key_times(self) -> list[float]:
        """When the key states happen, in seconds from the guide's start."""
        return [track.start + t for track in self.tracks for t in track.key_times()]

    def trail(
        self,
        t: float,
        seconds: float = 1.5,
        samples: int = 24,
        loop: bool = True,
        pose: Callable[[float, bool], HandState] | None = None,
    ) -> list[tuple[Point, float]]:
        """Recent contact points with their age (0 = now), for the fading trail; `pose` says
        where the stroke is at a moment, if not where the data's hand is (hand over hand)."""
        pose_at = pose or self.pose_at
        found = []
        for k in range(samples + 1):
            age = seconds * k / samples
            if t - age < 0:
                break
            state = pose_at(t - age, loop)
            if state.contact:
                found.append((state.point, age))
        return found
