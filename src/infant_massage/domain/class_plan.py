"""A nurse's class plan: what she teaches, in order, and where the class is in it (no Qt).

A plan is a routine from the catalog, every technique of one area, or her own list of
technique-area pairs, saved under a name. It holds no baby, no age and no note: it is shown
on the wall and printed for the room.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from infant_massage.domain.catalog import Catalog, Identifier, Model

MAX_STEPS = 60
# One line of printable text: a name shows on the wall and on a handout's cover.
PlanName = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=60, pattern=r"^[^\x00-\x1f\x7f]+$"
    ),
]


class ClassPlanError(ValueError):
    """A plan that does not fit the catalog; names the field, like a catalog error."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ClassStep(Model):
    area: Identifier
    technique: Identifier


class ClassPlan(Model):
    name: PlanName
    routine: Identifier | None = None  # the catalog routine it was made from, if any
    area: Identifier | None = None  # the area it was made from, if any
    steps: list[ClassStep] = Field(min_length=1, max_length=MAX_STEPS)


def check_plan(plan: ClassPlan, catalog: Catalog) -> ClassPlan:
    """Every step must name a known area and a technique that suits it; returns the plan."""
    if plan.routine is not None and plan.routine not in {r.id for r in catalog.routines.routines}:
        raise ClassPlanError("routine", f"unknown routine '{plan.routine}'")
    if plan.area is not None and plan.area not in catalog.area_ids:
        raise ClassPlanError("area", f"unknown area '{plan.area}'")
    techniques = {t.id: t for t in catalog.techniques}
    for index, step in enumerate(plan.steps):
        field = f"steps[{index}]"
        if step.area not in catalog.area_ids:
            known = ", ".join(catalog.area_ids)
            raise ClassPlanError(f"{field}.area", f"unknown area '{step.area}' (known: {known})")
        technique = techniques.get(step.technique)
        if technique is None:
            known = ", ".join(techniques)
            message = f"unknown technique '{step.technique}' (known: {known})"
            raise ClassPlanError(f"{field}.technique", message)
        if technique.application_for(step.area) is None:
            message = f"'{step.technique}' does not suit area '{step.area}'"
            raise ClassPlanError(f"{field}.technique", message)
    return plan


def plan_from_routine(catalog: Catalog, routine_id: str, name: str | None = None) -> ClassPlan:
    routine = catalog.routines.routine(routine_id)
    steps = [ClassStep(area=s.area, technique=s.technique) for s in routine.steps]
    return ClassPlan(name=name or str(routine.name), routine=routine.id, steps=steps)


def plan_from_area(catalog: Catalog, area_id: str, name: str | None = None) -> ClassPlan:
    area = catalog.area(area_id)
    steps = [ClassStep(area=area_id, technique=t.id) for t in catalog.techniques_on(area_id)]
    return ClassPlan(name=name or str(area.name), area=area_id, steps=steps)


def step_seconds(catalog: Catalog, step: ClassStep) -> float:
    """How long the step takes: the guide's tempo times its repetitions, from the catalog."""
    application = catalog.technique(step.technique).application_for(step.area)
    assert application is not None, "check_plan() first"
    return application.duration_seconds


class ClassCursor:
    """Where the class is in its plan; next and previous stop at the ends."""

    def __init__(self, plan: ClassPlan) -> None:
        self.plan = plan
        self.index = 0

    @property
    def count(self) -> int:
        return len(self.plan.steps)

    @property
    def current(self) -> ClassStep:
        return self.plan.steps[self.index]

    @property
    def next_step(self) -> ClassStep | None:
        return self.plan.steps[self.index + 1] if self.index + 1 < self.count else None

    @property
    def at_end(self) -> bool:
        return self.index == self.count - 1

    def go(self, index: int) -> bool:
        """Move to a step; False (and no move) when it is outside the plan or already there."""
        if not 0 <= index < self.count or index == self.index:
            return False
        self.index = index
        return True

    def next(self) -> bool:
        return self.go(self.index + 1)

    def previous(self) -> bool:
        return self.go(self.index - 1)
