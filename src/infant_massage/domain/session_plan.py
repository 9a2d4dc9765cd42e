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
    """One technique on one area, played `repetitions` times per movement of its guide; its
    time follows from the guide's tempo, so the counter and the countdown always agree."""

    area: str
    technique: str
    seconds: float
    repetitions: tuple[int, ...]


def planned_step(catalog: Catalog, area_id: str, technique_id: str, seconds: float) -> PlannedStep:
    """The same motion repeated or shortened to about this long, counted honestly."""
    spec = catalog.technique(technique_id).application_for(area_id).guide
    repetitions = spec.fit(seconds)
    return PlannedStep(area_id, technique_id, spec.duration(repetitions), repetitions)


@dataclass(frozen=True)
class SessionPlan:
    kind: str  # "area" or "routine"
    steps: tuple[PlannedStep, ...]
    verdict: Verdict
    routine: str | None = None

    @property
    def total_seconds(self) -> float:
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
    if cap is not None and seconds > cap * 60:
        step = planned_step(catalog, area_id, technique_id, cap * 60)
    else:
        spec = application.guide
        step = PlannedStep(area_id, technique_id, spec.duration(), spec.repetitions)
    return SessionPlan("area", (step,), verdict)


def plan_routine(catalog: Catalog, verdict: Verdict, routine: Routine, minutes: int) -> SessionPlan:
    """The routine's steps that are offered today, sharing the chosen time. Each step is a
    whole number of its strokes, circles, presses or passes, so the total is within a few
    seconds of the chosen time rather than exactly it."""
    cap = max_minutes(catalog, verdict.answers.age_months)
    total = (min(minutes, cap) if cap is not None else minutes) * 60
    chosen = [s for s in routine.steps if verdict.offers(s.technique, s.area)]
    # Too many steps for the time: keep the earlier ones (each needs a useful minimum).
    chosen = chosen[: max(1, total // MIN_STEP_SECONDS)]
    if not chosen:
        raise PlanError("nothing in this routine is offered today")
    base = [
        round(catalog.technique(s.technique).application_for(s.area).duration_seconds)
        for s in chosen
    ]
    seconds = _share(total, base)
    steps = [
        planned_step(catalog, s.area, s.technique, share)
        for s, share in zip(chosen, seconds, strict=True)
    ]
    return SessionPlan("routine", tuple(_within(catalog, steps, total)), verdict, routine.id)


def _within(catalog: Catalog, steps: list[PlannedStep], total: float) -> list[PlannedStep]:
    """Whole repetitions may round a routine a few seconds over its time; never go over (the
    time can be a newborn's limit): take single repetitions off the longest steps first."""
    steps = list(steps)
    while sum(s.seconds for s in steps) > total + 1e-6:
        candidates = []
        for i, step in enumerate(steps):
            spec = catalog.technique(step.technique).application_for(step.area).guide
            for k, movement in enumerate(spec.movements):
                if movement.counted and step.repetitions[k] > 1:
                    candidates.append((step.seconds, movement.cycle_seconds, i, k))
        if not candidates:
            break
        _, _, i, k = max(candidates)
        step = steps[i]
        spec = catalog.technique(step.technique).application_for(step.area).guide
        reps = tuple(n - 1 if j == k else n for j, n in enumerate(step.repetitions))
        steps[i] = PlannedStep(step.area, step.technique, spec.duration(reps), reps)
    return steps


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
