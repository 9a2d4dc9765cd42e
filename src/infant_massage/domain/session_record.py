"""What a massage session leaves behind: the record the history keeps, validated in and out."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Protocol

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from infant_massage.domain.record_rules import (
    MAX_STEPS,
    check_day,
    check_seconds,
    check_text,
    step_counts,
)

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Seconds = Annotated[float, AfterValidator(check_seconds)]


class SessionKind(StrEnum):
    AREA = "area"  # one area with one chosen technique
    ROUTINE = "routine"  # a guided routine over several areas


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"  # the app ended mid-session (crash, power cut, killed)
    RUNNING = "running"  # a checkpoint of a session still in progress


class StopReason(StrEnum):
    CRYING = "crying"
    DISCOMFORT = "discomfort"  # fussing or discomfort
    SKIN_REACTION = "skin_reaction"
    ASLEEP = "asleep"
    OTHER = "other"


class Response(StrEnum):
    CALM = "calm"
    HAPPY = "happy"
    SLEEPY = "sleepy"
    FUSSY = "fussy"


# What a reason for stopping already says about how the baby responded: the question that
# follows does not offer it again ("Fell asleep", then "Sleepy?").
RESPONSE_SAID_BY = {
    StopReason.ASLEEP: Response.SLEEPY,
    StopReason.CRYING: Response.FUSSY,
    StopReason.DISCOMFORT: Response.FUSSY,
}


class StepRecord(BaseModel):
    # Built when first used (a session saved, a plan read), not by every start that imports it.
    model_config = ConfigDict(extra="forbid", defer_build=True)

    area: Identifier
    technique: Identifier
    planned_seconds: Seconds
    done_seconds: Seconds
    skipped: bool = False


def new_session_id() -> str:
    return uuid.uuid4().hex


class SessionRecord(BaseModel):
    """One session as stored. Times carry a timezone; seconds exclude paused time."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")] = Field(default_factory=new_session_id)
    baby_id: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")] | None = None
    kind: SessionKind
    routine: Identifier | None = None
    practice: bool = False  # doll practice: shown in the history, never counted as the baby's
    started_at: datetime
    ended_at: datetime | None = None
    planned_seconds: Seconds
    steps: Annotated[list[StepRecord], Field(max_length=MAX_STEPS)] = []
    outcome: Outcome = Outcome.RUNNING
    stop_reason: StopReason | None = None
    response: Response | None = None
    note: Annotated[
        str, Field(max_length=2000), AfterValidator(lambda v: check_text(v, line_breaks=True))
    ] = ""

    @field_validator("started_at", "ended_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("times must carry a timezone")
        return check_day(value) if value is not None else value

    @model_validator(mode="after")
    def _ends_after_start(self) -> SessionRecord:
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("the session cannot end before it started")
        return self

    @property
    def done_seconds(self) -> float:
        return sum(step.done_seconds for step in self.steps)

    @property
    def areas(self) -> list[str]:
        """The areas massaged: those with a step that ran for a real part of its time."""
        seen: list[str] = []
        for step in self.steps:
            if step_counts(step.done_seconds, step.planned_seconds) and step.area not in seen:
                seen.append(step.area)
        return seen


class SessionSink(Protocol):
    """Where a running session's record goes: the history (storage) or nowhere (doll practice)."""

    def checkpoint(self, record: SessionRecord) -> None:
        """Save the record of a session still running (called at each step change and every 5 s)."""

    def finish(self, record: SessionRecord) -> None:
        """Save the final record of a finished or stopped session."""


class MemorySink:
    """Keeps records in memory: for tests, and the fallback when the data folder is unwritable."""

    def __init__(self) -> None:
        self.checkpoints: list[SessionRecord] = []
        self.finished: list[SessionRecord] = []

    def checkpoint(self, record: SessionRecord) -> None:
        self.checkpoints.append(record.model_copy(deep=True))

    def finish(self, record: SessionRecord) -> None:
        self.finished.append(record.model_copy(deep=True))
