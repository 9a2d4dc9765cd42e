"""The content catalog: areas, techniques, where each technique suits, and the safety rules."""

from __future__ import annotations

import string
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from infant_massage.domain.localized import LocalizedText

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
View = Literal["front", "back"]


class Model(BaseModel):
    # Unknown keys are typos in hand-written data: reject them instead of ignoring them.
    # Each validator is built once, when the catalog is first loaded: built as each class is
    # defined, the models that nest later ones were built, found incomplete and built again
    # (about 60 ms of CPU of every start, import and load together).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Pressure(StrEnum):
    VERY_LIGHT = "very_light"
    LIGHT = "light"
    MILD = "mild"
    MODERATE = "moderate"


class HandPose(StrEnum):
    PALM = "palm"
    FINGER_PADS = "finger_pads"
    FINGERTIP = "fingertip"
    PINCH = "pinch"


class Area(Model):
    id: Identifier
    name: LocalizedText
    note: LocalizedText
    benefits: LocalizedText
    views: list[View] = Field(min_length=1)
    cautions: list[LocalizedText] = []


UnitPoint = tuple[
    Annotated[float, Field(ge=-0.5, le=1.5)], Annotated[float, Field(ge=-0.5, le=1.5)]
]
PathPoint = UnitPoint | Identifier  # a point in the area's box, or a landmark of the drawing


class GuidePattern(StrEnum):
    GLIDE = "glide"  # along the path with contact, then lift and return to its start
    CIRCLE = "circle"  # round a ring about a centre that walks along the path
    PRESS = "press"  # press, hold, release at each point in turn
    PINCH_ROLL = "pinch_roll"  # walk a pinched fold of skin from path[0] to path[-1]
    REST = "rest"  # the hand lies still at path[0] (placing the hands before a movement)


class GuidePhase(StrEnum):
    """What the hand is doing at a moment of a guide; captions and step highlights key on it."""

    GLIDE = "glide"
    RETURN = "return"
    CIRCLE = "circle"
    PRESS = "press"
    HOLD = "hold"
    RELEASE = "release"
    MOVE = "move"
    PINCH = "pinch"
    LIFT = "lift"
    REST = "rest"
    DONE = "done"


# The phases each pattern passes through: every one of them needs a caption in the data.
PATTERN_PHASES: dict[GuidePattern, tuple[GuidePhase, ...]] = {
    GuidePattern.GLIDE: (GuidePhase.GLIDE, GuidePhase.RETURN),
    GuidePattern.CIRCLE: (GuidePhase.CIRCLE,),
    GuidePattern.PRESS: (GuidePhase.PRESS, GuidePhase.HOLD, GuidePhase.RELEASE, GuidePhase.MOVE),
    GuidePattern.PINCH_ROLL: (GuidePhase.PINCH, GuidePhase.RETURN),
    GuidePattern.REST: (GuidePhase.REST,),
}


class TwoHands(StrEnum):
    """What the parent's other hand does while one hand works."""

    ONE = "one"  # nothing: one hand does the technique
    ALTERNATE = "alternate"  # the same stroke a part of a cycle later (paddle wheel)
    MIRRORED = "mirrored"  # the mirror image of the stroke (both thumbs out from the middle)
    STEADY = "steady"  # rests still on the baby (steadying a leg, a hand on the hip)
    RELAY = "relay"  # round a circle hand over hand: the other hand does one arc of it


class Hands(Model):
    """The parent's two hands in one movement: drawn by the hand rig (assets/hands/rig.toml).

    `poses` names the rig's pose for a phase where the technique's usual hand shape is not
    the right one (the thumb's pad, the C-shape round a limb). With `along_path` the hand
    turns with the path (along an arm or a leg), this many degrees from its direction.
    """

    together: TwoHands = TwoHands.ONE
    working: Literal["auto", "right", "left"] = "auto"  # auto: the hand on the area's side
    poses: dict[GuidePhase, Identifier] = {}
    offset: float = Field(default=0.5, ge=0, lt=1)  # alternate: how many cycles behind
    # Alternate: the other hand strokes the mirror image of the path, on its own side of the
    # area's middle (beside the navel, one hand each side: neither crosses it).
    own_sides: bool = False
    # Alternate: while the other hand strokes (every second stroke), the how-to step it does and
    # its captions, where the words name each hand's own step ("As it lifts, glide your right
    # hand down..."): the highlight and the caption follow the hand that strokes.
    other_step: int | None = Field(default=None, ge=0)
    other_captions: dict[GuidePhase, LocalizedText] = {}
    rest_at: PathPoint | None = None  # steady: where the other hand lies
    rest_pose: Identifier = "rest"
    rest_angle: float = Field(default=0.0, ge=-180, le=180)
    along_path: float | None = Field(default=None, ge=-180, le=180)
    heading: float | None = Field(default=None, ge=-180, le=180)  # fingers' way, if not hand_angle
    # The fingers turn towards this point as far as an arm from the parent can (the wrist and the
    # elbow out to the side share the turn): the same way they face a relay circle's centre.
    toward: PathPoint | None = None
    # Relay: the arc of the circle the other hand does, clockwise from the first angle to the
    # second (degrees as a circle's start_angle: 0 the screen's right, 90 down); the working hand
    # does the rest of the circle.
    relay_arc: tuple[float, float] | None = None
    # The stroke ends where it meets the steadying hand (which holds the foot or the baby's hand):
    # an adult hand on a small limb, so the words say "to your holding hand", not "to the ankle".
    meets_rest: bool = False

    @model_validator(mode="after")
    def _rest_needs_a_place(self) -> Hands:
        if self.together == TwoHands.STEADY and self.rest_at is None:
            raise ValueError("a steadying hand needs rest_at: where it lies")
        if self.meets_rest and self.together != TwoHands.STEADY:
            raise ValueError('meets_rest needs a steadying hand (together = "steady")')
        if (self.other_step is not None or self.other_captions) and (
            self.together != TwoHands.ALTERNATE
        ):
            raise ValueError("other_step and other_captions need hands that alternate")
        if (self.together == TwoHands.RELAY) != (self.relay_arc is not None):
            raise ValueError('a relay (together = "relay") and its relay_arc go together')
        if self.toward is not None and self.heading is not None:
            raise ValueError("the fingers point either toward a point or at a heading, not both")
        return self


class Movement(Model):
    """One movement of a guide: a pattern repeated at its tempo, animating one how-to step.

    Tempo is data: `stroke_seconds` is one stroke, circle, pass, press-in (and release) or
    rest; `return_seconds` the lifted way back (or the move to the next point); `hold_seconds`
    a press's hold. Everything a user is told about time and counts is derived from these.
    Coordinates are in the area's own box: (0, 0) its top left and (1, 1) its bottom right, or
    in the box of one outline of it (`outline`, counted left to right on screen) for paired
    limbs. A point may also name a landmark of the drawing, e.g. "navel".
    """

    step: int = Field(ge=0)  # the how-to step (0-based) this movement shows
    phase_steps: dict[GuidePhase, Annotated[int, Field(ge=0)]] = {}  # other steps per phase
    captions: dict[GuidePhase, LocalizedText]
    pattern: GuidePattern
    pose: HandPose | None = None  # the hand's shape, when it differs from the technique's usual
    path: list[PathPoint] = Field(min_length=1)
    outline: int | None = Field(default=None, ge=0)
    hand_angle: float = Field(default=0.0, ge=-180, le=180)
    stroke_seconds: float = Field(gt=0, le=60)
    return_seconds: float = Field(default=0.0, ge=0, le=10)
    hold_seconds: float = Field(default=0.0, ge=0, le=10)
    repetitions: int = Field(default=1, gt=0, le=200)
    counted: bool = True  # False for placing the hands: not a stroke, circle, press or pass
    pressure: float = Field(gt=0, le=1)
    radius: float | None = Field(default=None, gt=0, le=1)
    start_angle: float = Field(default=0.0, ge=-360, le=360)
    clockwise: bool = True
    hand_faces_center: bool = False  # circles: fingers point to the centre, the hand lies outside
    steps_per_pass: int = Field(default=8, ge=2, le=30)
    lift_every: int | None = Field(default=None, ge=1, le=10)  # pinching: lift after n pinches
    # Moments for the still diagram, counted in strokes from the movement's start: 0.5 is the
    # middle of the first stroke, 1 its end, 3.5 the middle of the fourth; pressing: press k.
    key_poses: list[Annotated[float, Field(ge=0, le=200)]] = Field(min_length=1)
    hands: Hands = Hands()  # what the parent's two hands do (drawn by the hand rig)

    @model_validator(mode="after")
    def _fits_pattern(self) -> Movement:
        needs = {
            GuidePattern.GLIDE: (2, "a glide needs a path of at least 2 points"),
            GuidePattern.PINCH_ROLL: (2, "spinal pinching needs a start and an end point"),
            GuidePattern.PRESS: (1, "pressing needs at least 1 point"),
            GuidePattern.CIRCLE: (1, "a circle needs its centre as the first point"),
            GuidePattern.REST: (1, "resting needs the point where the hand lies"),
        }
        minimum, message = needs[self.pattern]
        if len(self.path) < minimum:
            raise ValueError(message)
        if self.pattern == GuidePattern.CIRCLE and self.radius is None:
            raise ValueError("a circle needs a radius (a fraction of the box width)")
        if self.hands.together == TwoHands.RELAY and self.pattern != GuidePattern.CIRCLE:
            raise ValueError("hands take turns round a circle only (a relay needs a circle)")
        phases = PATTERN_PHASES[self.pattern]
        if self.pattern == GuidePattern.PRESS and len(self.path) > 1:
            phases = (*phases, GuidePhase.RETURN)  # lifted from the last point to the first
        missing = [p.value for p in phases if p not in self.captions]
        if missing:
            raise ValueError(f"captions needed for the phases: {', '.join(missing)}")
        return self

    @property
    def cycle_seconds(self) -> float:
        """One repetition, including its way back, move or hold."""
        if self.pattern == GuidePattern.PRESS:
            return 2 * self.stroke_seconds + self.hold_seconds + self.return_seconds
        return self.stroke_seconds + self.return_seconds

    def step_for(self, phase: GuidePhase, number: int = 0) -> int:
        """The how-to step shown in this phase of stroke `number` (0-based) of the movement."""
        if self.hands.other_step is not None and number % 2 == 1:
            return self.hands.other_step
        return self.phase_steps.get(phase, self.step)

    def caption_for(self, phase: GuidePhase, number: int = 0) -> LocalizedText | None:
        """The caption for this phase of stroke `number`: the other hand's own, on its turn."""
        if number % 2 == 1 and phase in self.hands.other_captions:
            return self.hands.other_captions[phase]
        return self.captions.get(phase)


class GuideSpec(Model):
    """The animated hand for one technique on one area: its movements, one after the other."""

    view: View
    movements: list[Movement] = Field(min_length=1)

    @model_validator(mode="after")
    def _counts_something(self) -> GuideSpec:
        if not any(m.counted for m in self.movements):
            raise ValueError("at least one movement must count (strokes, circles, presses...)")
        return self

    @property
    def repetitions(self) -> tuple[int, ...]:
        return tuple(m.repetitions for m in self.movements)

    def duration(self, repetitions: tuple[int, ...] | None = None) -> float:
        """Seconds for every movement at its tempo, with these repetitions (default: the data's)."""
        reps = repetitions or self.repetitions
        return sum(m.cycle_seconds * n for m, n in zip(self.movements, reps, strict=True))

    def count(self, repetitions: tuple[int, ...] | None = None) -> int:
        """The strokes, circles, presses or passes a user is told about."""
        reps = repetitions or self.repetitions
        return sum(n for m, n in zip(self.movements, reps, strict=True) if m.counted)

    def fit(self, seconds: float) -> tuple[int, ...]:
        """Repetitions for a step of about this length: the same motion, repeated or shortened.
        Placing the hands stays as it is; the counted movements share the rest of the time in
        proportion, each keeping at least one repetition."""
        fixed = sum(m.cycle_seconds * m.repetitions for m in self.movements if not m.counted)
        counted = sum(m.cycle_seconds * m.repetitions for m in self.movements if m.counted)
        factor = max(0.0, seconds - fixed) / counted
        return tuple(
            max(1, round(m.repetitions * factor)) if m.counted else m.repetitions
            for m in self.movements
        )


class Application(Model):
    """How one technique is done on one area: the suitability entry plus its instructions.

    Its duration and count are not stored: they follow from the guide's tempo and repetitions.
    """

    area: Identifier
    hand: LocalizedText | None = None  # the part of the hand, when it differs on this area
    purpose: LocalizedText
    direction: LocalizedText
    steps: list[LocalizedText] = Field(min_length=1)
    cautions: list[LocalizedText] = []
    min_age_months: int | None = Field(default=None, ge=0, le=72)
    requires_healed_cord: bool = False
    guide: GuideSpec

    @model_validator(mode="after")
    def _steps_exist(self) -> Application:
        for index, movement in enumerate(self.guide.movements):
            other = movement.hands.other_step
            for step in (
                movement.step,
                *movement.phase_steps.values(),
                *([other] if other is not None else []),
            ):
                if step >= len(self.steps):
                    raise ValueError(
                        f"guide.movements[{index}] points at step {step}, "
                        f"but there are only {len(self.steps)} steps (counted from 0)"
                    )
        return self

    @property
    def duration_seconds(self) -> float:
        return self.guide.duration()

    @property
    def repetitions(self) -> int:
        return self.guide.count()

    def step_text(self, index: int, facts: TextFacts, language: str | None = None) -> str:
        return facts.on(self.guide.view).fill(self.steps[index].get(language), language)

    def step_texts(self, facts: TextFacts, language: str | None = None) -> list[str]:
        return [self.step_text(i, facts, language) for i in range(len(self.steps))]


class Caution(Model):
    """A technique's caution and the areas it belongs to: none listed, every area the technique
    suits. A caution about the limbs said on the back card reads as noise, and noise teaches a
    parent to skip the box; written as a plain text mapping, it belongs everywhere."""

    text: LocalizedText
    areas: list[Identifier] = []

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, value: object) -> object:
        # `{ en = "..." }` is a caution for every area; `{ text.en = "...", areas = [...] }` one
        # for some.
        if isinstance(value, dict) and "text" not in value and "areas" not in value:
            return {"text": value}
        return value

    def applies_on(self, area_id: str) -> bool:
        return not self.areas or area_id in self.areas

    def __str__(self) -> str:
        return str(self.text)


class Technique(Model):
    id: Identifier
    order: int = Field(ge=0, description="position in lists; techniques are shown by this")
    name: LocalizedText
    summary: LocalizedText
    hand: LocalizedText
    hand_pose: HandPose
    pressure_level: Pressure
    pressure: LocalizedText
    motion: LocalizedText
    benefits: LocalizedText
    repetition_label: LocalizedText
    min_age_months: int = Field(ge=0, le=72)
    age_note: LocalizedText | None = None
    cautions: list[Caution] = []
    applications: list[Application] = Field(min_length=1)

    def application_for(self, area_id: str) -> Application | None:
        return next((a for a in self.applications if a.area == area_id), None)

    def cautions_on(self, area_id: str) -> list[LocalizedText]:
        """What to watch for doing this technique on the area, wherever it is shown (card,
        handout, class notes): the application's own cautions, then the technique's that
        belong to the area."""
        app = self.application_for(area_id)
        own = app.cautions if app else []
        return [*own, *(c.text for c in self.cautions if c.applies_on(area_id))]

    def min_age_on(self, area_id: str) -> int:
        app = self.application_for(area_id)
        override = app.min_age_months if app and app.min_age_months is not None else 0
        return max(self.min_age_months, override)

    def repetitions_text(self, count: int, language: str | None = None) -> str:
        return self.repetition_label.get(language).format(n=count)


class SafetyKind(StrEnum):
    DO_NOT_MASSAGE = "do_not_massage"
    STOP_NOW = "stop_now"
    ASK_FIRST = "ask_first"  # a health professional's word first
    HANDLING = "handling"  # holding and touching the baby safely: falls, the head, the eyes
    SLEEP = "sleep"
    OIL = "oil"
    PREPARATION = "preparation"


class SafetyRule(Model):
    id: Identifier
    kind: SafetyKind
    text: LocalizedText  # the plain rule
    why: LocalizedText  # why it matters, in a sentence or two
    detail: LocalizedText | None = None
    sources_differ: LocalizedText | None = None
    source: str = Field(min_length=3, max_length=400)  # where the fact comes from
    priority: int | None = Field(default=None, ge=1, le=99)  # 1: the rule that matters most
    areas: list[Identifier] = []  # the areas whose card and handout show this rule
    # True wherever a baby is massaged, whatever the area (a fall, leaving the baby, sleep):
    # every area's card and handout show it, and the safety check before every session.
    always: bool = False

    @property
    def sources(self) -> tuple[str, ...]:
        """Each place the fact comes from (source names them one after the other, with "; ")."""
        return tuple(part.strip() for part in self.source.split(";") if part.strip())

    def said(self, part: str, facts: TextFacts, language: str | None = None) -> str | None:
        """One part of the rule ("text", "why", "detail", "sources_differ") as a reader sees it,
        its safety numbers filled in as the settings chose them; None where the rule has none."""
        value: LocalizedText | None = getattr(self, part)
        return None if value is None else facts.fill(value.get(language), language)


class SafetyCheckSettings(Model):
    feed_wait_minutes: int = Field(ge=0, le=240)
    vaccination_wait_hours: int = Field(ge=0, le=168)
    no_oil_under_months: float = Field(ge=0, le=12)
    cord_usually_healed_days: int = Field(ge=1, le=90)

    def cord_likely_healed(self, age_days: int) -> bool:
        """The guess from the age alone that the navel has healed (shown as a guess, never an
        answer: the parent looks and answers)."""
        return age_days >= self.cord_usually_healed_days


class Safety(Model):
    rules: list[SafetyRule] = Field(min_length=1)
    check: SafetyCheckSettings

    @model_validator(mode="after")
    def _unique(self) -> Safety:
        # The most important rules come in one clear order: no two share a place.
        ranks = [r.priority for r in self.rules if r.priority is not None]
        twice = sorted({str(v) for v in ranks if ranks.count(v) > 1})
        if twice:
            raise ValueError(f"safety rules share a priority: {', '.join(twice)}")
        return self

    def rule(self, rule_id: str) -> SafetyRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"unknown safety rule '{rule_id}'")

    def of_kind(self, kind: SafetyKind) -> list[SafetyRule]:
        return [r for r in self.rules if r.kind == kind]

    @property
    def most_important(self) -> list[SafetyRule]:
        """The rules that matter most, most important first (home screen, F1, handouts)."""
        ranked = [r for r in self.rules if r.priority is not None]
        return sorted(ranked, key=lambda r: r.priority or 0)

    def for_area(self, area_id: str) -> list[SafetyRule]:
        """The rules an area's card and handout show beside the area's own cautions: the
        area's own first (what is particular to the place the parent is looking at), then those
        true wherever a baby is massaged."""
        own = [r for r in self.rules if area_id in r.areas]
        return own + [r for r in self.always_true if r not in own]

    @property
    def always_true(self) -> list[SafetyRule]:
        """The rules true wherever a baby is massaged (shown before every session too)."""
        return [r for r in self.rules if r.always]

    @property
    def contraindications(self) -> list[SafetyRule]:
        return self.of_kind(SafetyKind.DO_NOT_MASSAGE)

    @property
    def stop_signs(self) -> list[SafetyRule]:
        return self.of_kind(SafetyKind.STOP_NOW)


class Zone(Model):
    """A place on a drawing the hand must not press or cross (the navel, the spine line...).

    Either a disc round a landmark of the drawing (its radius, or `radius` in drawing units)
    or a band of `half_width` along the line between two landmarks.

    `never_covered`: no drawn part of either hand (palm, fingers, thumb) may lie over the zone,
    on the skin or lifted above it: a parent copies the picture, and a hand drawn over the navel
    reads as a hand on it. The forearms do not count: an arm passing high above the tummy on
    its way to the baby's arm is what a real parent's does, and reads as passing.
    """

    id: Identifier
    view: View
    name: LocalizedText
    landmark: Identifier | None = None
    radius: float | None = Field(default=None, gt=0, le=200)
    line: tuple[Identifier, Identifier] | None = None
    half_width: float | None = Field(default=None, gt=0, le=100)
    while_cord_unhealed: bool = False  # only matters until the cord stump has healed
    never_covered: bool = False  # no part of a hand drawn over it, touching or not

    @model_validator(mode="after")
    def _one_shape(self) -> Zone:
        if (self.landmark is None) == (self.line is None):
            raise ValueError("a zone is either round a landmark or along a line, not both")
        if self.line is not None and self.half_width is None:
            raise ValueError("a zone along a line needs its half_width")
        return self


class SidePhrase(Model):
    """How a text names a side of the baby: with the parent's own side (which depends on the
    baby lying on the back or the tummy) where the screen shows the parent's view, and without
    it where a view has turned the picture round and swapped the screen's sides."""

    front: LocalizedText
    back: LocalizedText
    turned: LocalizedText

    def text(self, drawing: str, turned: bool) -> LocalizedText:
        if turned:
            return self.turned
        return self.front if drawing == "front" else self.back


class Phrases(Model):
    sides: dict[Identifier, SidePhrase]


SAFETY_FACTS = ("feed_wait_minutes", "vaccination_wait_hours")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class TextFacts:
    """What fills the placeholders of catalog texts: the safety numbers (from the settings or
    the catalog) and the side phrases for the view on screen."""

    feed_wait_minutes: int
    vaccination_wait_hours: int
    phrases: Phrases
    turned: bool = False
    drawing: str = "front"  # the baby on the back ("front") or on the tummy ("back")

    def on(self, drawing: str) -> TextFacts:
        return replace(self, drawing=drawing)

    def fill(self, template: str, language: str | None = None) -> str:
        values: dict[str, str] = {
            "feed_wait_minutes": str(self.feed_wait_minutes),
            "vaccination_wait_hours": str(self.vaccination_wait_hours),
        }
        for side, phrase in self.phrases.sides.items():
            values[side] = phrase.text(self.drawing, self.turned).get(language)
        return template.format_map(values)


class RoutineStep(Model):
    area: Identifier
    technique: Identifier


class Routine(Model):
    id: Identifier
    name: LocalizedText
    description: LocalizedText
    steps: list[RoutineStep] = Field(min_length=1)


class AgeLimit(Model):
    """Below this age, sessions are at most this long and use only these techniques."""

    under_months: float = Field(gt=0, le=72)
    max_minutes: int = Field(gt=0, le=60)
    techniques: list[Identifier] | None = None


class Routines(Model):
    lengths_minutes: list[Annotated[int, Field(gt=0, le=60)]] = Field(min_length=1)
    age_limits: list[AgeLimit] = []
    routines: list[Routine] = Field(min_length=1)

    def routine(self, routine_id: str) -> Routine:
        for routine in self.routines:
            if routine.id == routine_id:
                return routine
        known = ", ".join(r.id for r in self.routines)
        raise KeyError(f"unknown routine '{routine_id}' (known: {known})")

    def limit_for(self, age_months: float) -> AgeLimit | None:
        """The strictest limit that applies at this age (limits are checked youngest first)."""
        for limit in sorted(self.age_limits, key=lambda a: a.under_months):
            if age_months < limit.under_months:
                return limit
        return None


class Catalog(Model):
    areas: list[Area]
    techniques: list[Technique]
    safety: Safety
    routines: Routines
    zones: list[Zone]
    phrases: Phrases

    def text_facts(self, feed_wait_minutes: int | None = None, turned: bool = False) -> TextFacts:
        """Facts for filling texts: the catalog's safety numbers unless the settings chose."""
        check = self.safety.check
        return TextFacts(
            feed_wait_minutes=check.feed_wait_minutes
            if feed_wait_minutes is None
            else feed_wait_minutes,
            vaccination_wait_hours=check.vaccination_wait_hours,
            phrases=self.phrases,
            turned=turned,
        )

    def zones_on(self, view: str) -> list[Zone]:
        return [z for z in self.zones if z.view == view]

    def area(self, area_id: str) -> Area:
        for area in self.areas:
            if area.id == area_id:
                return area
        raise KeyError(f"unknown area '{area_id}' (known: {', '.join(self.area_ids)})")

    def technique(self, technique_id: str) -> Technique:
        for technique in self.techniques:
            if technique.id == technique_id:
                return technique
        known = ", ".join(t.id for t in self.techniques)
        raise KeyError(f"unknown technique '{technique_id}' (known: {known})")

    @property
    def area_ids(self) -> list[str]:
        return [a.id for a in self.areas]

    def techniques_on(self, area_id: str) -> list[Technique]:
        """Every technique that suits the area, whatever the baby's age."""
        self.area(area_id)
        return [t for t in self.techniques if t.application_for(area_id) is not None]

    def techniques_for(self, area_id: str, age_months: float | None = None) -> list[Technique]:
        """The techniques that suit an area; given an age, only those suitable at that age."""
        suited = self.techniques_on(area_id)
        if age_months is None:
            return suited
        return [t for t in suited if t.min_age_on(area_id) <= age_months]

    def areas_for(self, technique_id: str) -> list[Area]:
        technique = self.technique(technique_id)
        return [a for a in self.areas if technique.application_for(a.id) is not None]
