"""What a session will do: its steps (area, technique, seconds), fitted to the time and the baby."""

from __future__ import annotations

from dataclasses import dataclass

from infant_massage.domain.catalog import Catalog, Routine
from infant_massage.domain.safety_check import Verdict

MIN_STEP_SECONDS = 30  # shorter steps change the screen too often for oily hands
ROUND_TO = 5


class PlanError(ValueError):
    pass


@dataclass(frozen=True)
class PlannedStep:
    area: str
    technique: str
    seconds: int


@dataclass(frozen=True)
class SessionPlan:
    kind: str  # "area" or "routine"
    steps: tuple[PlannedStep, ...]
    verdict: Verdict
    routine: str | None = None

    @property
    def total_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)


def max_minutes(catalog: Catalog, age_months: float) -> int | None:
    limit = catalog.routines.limit_for(age_months)
    return limit.max_minutes if limit else None


def plan_area(catalog: Catalog, verdict: Verdict, area_id: str, technique_id: str) -> SessionPlan:
    """One technique on one area, for its typical time (shortened for the youngest babies)."""
    technique = catalog.technique(technique_id)
    application = technique.application_for(area_id)
    if application is None:
        raise PlanError(f"'{technique_id}' does not suit area '{area_id}'")
    if not verdict.offers(technique_id, area_id):
        raise PlanError(f"'{technique_id}' on '{area_id}' is left out today")
    seconds = application.duration_seconds
    cap = max_minutes(catalog, verdict.answers.age_months)
    if cap is not None:
        seconds = min(seconds, cap * 60)
    step = PlannedStep(area_id, technique_id, seconds)
    return SessionPlan("area", (step,), verdict)


def plan_routine(catalog: Catalog, verdict: Verdict, routine: Routine, minutes: int) -> SessionPlan:
    """The routine's steps that are offered today, sharing exactly the chosen time."""
    cap = max_minutes(catalog, verdict.answers.age_months)
    total = (min(minutes, cap) if cap is not None else minutes) * 60
    chosen = [s for s in routine.steps if verdict.offers(s.technique, s.area)]
    # Too many steps for the time: keep the earlier ones (each needs a useful minimum).
    chosen = chosen[: max(1, total // MIN_STEP_SECONDS)]
    if not chosen:
        raise PlanError("nothing in this routine is offered today")
    base = [catalog.technique(s.technique).application_for(s.area).duration_seconds for s in chosen]
    seconds = _share(total, base)
    steps = tuple(
        PlannedStep(s.area, s.technique, share) for s, share in zip(chosen, seconds, strict=True)
    )
    return SessionPlan("routine", steps, verdict, routine.id)


def _share(total: int, weights: list[int]) -> list[int]:
    """Split total seconds in proportion to weights, rounded, each at least the minimum,
    adding up to exactly the total."""
    count = len(weights)
    floor = min(MIN_STEP_SECONDS, total // count)
    spare = total - floor * count
    weight_sum = sum(weights)
    shares = [floor + int(spare * w / weight_sum) // ROUND_TO * ROUND_TO for w in weights]
    remainder = total - sum(shares)
    # Hand out what rounding left over, biggest steps first, in rounding units then seconds.
    order = sorted(range(count), key=lambda i: -weights[i])
    k = 0
    while remainder > 0:
        unit = ROUND_TO if remainder >= ROUND_TO else remainder
        shares[order[k % count]] += unit
        remainder -= unit
        k += 1
    return shares
