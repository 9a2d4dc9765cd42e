"""The content catalog: areas, techniques, where each technique suits, and the safety rules."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from infant_massage.domain.localized import LocalizedText

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
View = Literal["front", "back"]


class Model(BaseModel):
    # Unknown keys are typos in hand-written data: reject them instead of ignoring them.
    model_config = ConfigDict(extra="forbid", frozen=True)


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
    CIRCLE = "circle"  # round and round a ring about path[0]
    PRESS = "press"  # press, hold, release at each point in turn
    PINCH_ROLL = "pinch_roll"  # walk a pinched fold of skin from path[0] to path[-1]


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
    DONE = "done"


class GuideSpec(Model):
    """The animated hand for one technique on one area: a path plus tempo, phases and counts.

    Coordinates are in the area's own box: (0, 0) its top left and (1, 1) its bottom right in
    the chosen view, or in the box of one outline of it (`outline`, counted left to right on
    screen) for paired limbs. A point may also name a landmark of the drawing, e.g. "navel".
    """

    view: View
    pattern: GuidePattern
    pose: HandPose | None = None  # the hand's shape, when it differs from the technique's usual
    path: list[PathPoint] = Field(min_length=1)
    outline: int | None = Field(default=None, ge=0)
    hand_angle: float = Field(default=0.0, ge=-180, le=180)
    stroke_seconds: float = Field(gt=0, le=60)
    return_seconds: float = Field(default=0.0, ge=0, le=10)
    hold_seconds: float = Field(default=0.0, ge=0, le=10)
    repetitions: int = Field(gt=0, le=200)
    pressure: float = Field(gt=0, le=1)
    radius: float | None = Field(default=None, gt=0, le=1)
    start_angle: float = Field(default=0.0, ge=-360, le=360)
    clockwise: bool = True
    hand_faces_center: bool = False  # circles: fingers point to the centre, the hand lies outside
    steps_per_pass: int = Field(default=8, ge=2, le=30)
    # Which how-to step (0-based) to highlight while the hand is in each phase.
    phase_steps: dict[GuidePhase, Annotated[int, Field(ge=0)]] = {}

    @model_validator(mode="after")
    def _fits_pattern(self) -> GuideSpec:
        needs = {
            GuidePattern.GLIDE: (2, "a glide needs a path of at least 2 points"),
            GuidePattern.PINCH_ROLL: (2, "spinal pinching needs a start and an end point"),
            GuidePattern.PRESS: (1, "pressing needs at least 1 point"),
            GuidePattern.CIRCLE: (1, "a circle needs its centre as the first point"),
        }
        minimum, message = needs[self.pattern]
        if len(self.path) < minimum:
            raise ValueError(message)
        if self.pattern == GuidePattern.CIRCLE and self.radius is None:
            raise ValueError("a circle needs a radius (a fraction of the box width)")
        return self


class Application(Model):
    """How one technique is done on one area: the suitability entry plus its instructions."""

    area: Identifier
    hand: LocalizedText | None = None  # the part of the hand, when it differs on this area
    purpose: LocalizedText
    direction: LocalizedText
    duration_seconds: int = Field(gt=0, le=3600)
    repetitions: int = Field(gt=0, le=200)
    steps: list[LocalizedText] = Field(min_length=1)
    cautions: list[LocalizedText] = []
    min_age_months: int | None = Field(default=None, ge=0, le=72)
    requires_healed_cord: bool = False
    guide: GuideSpec

    @model_validator(mode="after")
    def _steps_exist(self) -> Application:
        for phase, step in self.guide.phase_steps.items():
            if step >= len(self.steps):
                raise ValueError(
                    f"guide.phase_steps.{phase.value} points at step {step}, "
                    f"but there are only {len(self.steps)} steps (counted from 0)"
                )
        return self


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
    cautions: list[LocalizedText] = []
    applications: list[Application] = Field(min_length=1)

    def application_for(self, area_id: str) -> Application | None:
        return next((a for a in self.applications if a.area == area_id), None)

    def min_age_on(self, area_id: str) -> int:
        app = self.application_for(area_id)
        override = app.min_age_months if app and app.min_age_months is not None else 0
        return max(self.min_age_months, override)

    def repetitions_text(self, count: int, language: str | None = None) -> str:
        return self.repetition_label.get(language).format(n=count)


class SafetyKind(StrEnum):
    DO_NOT_MASSAGE = "do_not_massage"
    STOP_NOW = "stop_now"
    OIL = "oil"
    PREPARATION = "preparation"


class SafetyRule(Model):
    id: Identifier
    kind: SafetyKind
    text: LocalizedText
    detail: LocalizedText | None = None
    sources_differ: LocalizedText | None = None


class SafetyCheckSettings(Model):
    feed_wait_minutes: int = Field(ge=0, le=240)
    vaccination_wait_hours: int = Field(ge=0, le=168)
    no_oil_under_months: float = Field(ge=0, le=12)


class Safety(Model):
    rules: list[SafetyRule] = Field(min_length=1)
    check: SafetyCheckSettings

    def of_kind(self, kind: SafetyKind) -> list[SafetyRule]:
        return [r for r in self.rules if r.kind == kind]

    @property
    def contraindications(self) -> list[SafetyRule]:
        return self.of_kind(SafetyKind.DO_NOT_MASSAGE)

    @property
    def stop_signs(self) -> list[SafetyRule]:
        return self.of_kind(SafetyKind.STOP_NOW)


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
