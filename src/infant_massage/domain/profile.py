"""A baby's profile: the name and dates that decide what the catalog offers."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

AVERAGE_MONTH_DAYS = 30.4375


class BabyProfile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")] = Field(
        default_factory=lambda: uuid.uuid4().hex
    )
    name: Annotated[str, Field(min_length=1, max_length=80)]
    birth_date: date
    cord_healed_on: date | None = None
    notes: Annotated[str, Field(max_length=2000)] = ""
    demo: bool = False  # a nurse's demonstration profile: nothing personal, never a real baby

    @model_validator(mode="after")
    def _dates_in_order(self) -> BabyProfile:
        if self.cord_healed_on is not None and self.cord_healed_on < self.birth_date:
            raise ValueError("the cord cannot heal before the birth date")
        return self

    def age_months(self, today: date) -> float:
        return max(0.0, (today - self.birth_date).days / AVERAGE_MONTH_DAYS)

    def age_days(self, today: date) -> int:
        return max(0, (today - self.birth_date).days)

    def cord_healed(self, today: date) -> bool:
        return self.cord_healed_on is not None and self.cord_healed_on <= today
