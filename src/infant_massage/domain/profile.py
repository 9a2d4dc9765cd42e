"""A baby's profile: the name and dates that decide what the catalog offers."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from infant_massage.domain import corrected_age
from infant_massage.domain.corrected_age import AVERAGE_MONTH_DAYS, MAX_WEEKS_EARLY
from infant_massage.domain.record_rules import check_day, check_text


class BabyProfile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")] = Field(
        default_factory=lambda: uuid.uuid4().hex
    )
    name: Annotated[str, Field(min_length=1, max_length=80), AfterValidator(check_text)]
    birth_date: Annotated[date, AfterValidator(check_day)]
    cord_healed_on: Annotated[date, AfterValidator(check_day)] | None = None
    # How many weeks before the due date (40 weeks) the baby was born; 0 = on time or late.
    weeks_early: Annotated[int, Field(ge=0, le=MAX_WEEKS_EARLY)] = 0
    notes: Annotated[
        str, Field(max_length=2000), AfterValidator(lambda v: check_text(v, line_breaks=True))
    ] = ""
    demo: bool = False  # a nurse's demonstration profile: nothing personal, never a real baby

    @model_validator(mode="after")
    def _dates_in_order(self) -> BabyProfile:
        if self.cord_healed_on is not None and self.cord_healed_on < self.birth_date:
            raise ValueError("the cord cannot heal before the birth date")
        return self

    def age_months(self, today: date) -> float:
        """The age since birth, in months; what the app decides with is `corrected_months`."""
        return self.age_days(today) / AVERAGE_MONTH_DAYS

    def age_days(self, today: date) -> int:
        return corrected_age.age_days(self.birth_date, today)

    def corrected_months(self, today: date) -> float:
        """The age every gate uses: from the due date for a baby born early (until about 2)."""
        return corrected_age.corrected_age_months(self.birth_date, self.weeks_early, today)

    def corrected_days(self, today: date) -> int:
        return corrected_age.corrected_age_days(self.birth_date, self.weeks_early, today)

    def age_is_corrected(self, today: date) -> bool:
        return corrected_age.is_corrected(self.birth_date, self.weeks_early, today)

    def born_preterm(self) -> bool:
        return corrected_age.born_preterm(self.weeks_early)

    def cord_healed(self, today: date) -> bool:
        return self.cord_healed_on is not None and self.cord_healed_on <= today
