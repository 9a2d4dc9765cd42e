"""A massage session as a pure state machine with an injected clock (no Qt).

idle -> checking -> running step i <-> paused -> finished or stopped. Widgets observe it and
call update() on their own timer; update() advances to the next step when a step's time is up
and reports what happened, so the UI can chime, speak and flash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.clock import Clock
from infant_massage.domain.record_rules import session_completes
from infant_massage.domain.safety_check import CheckAnswers, Verdict, evaluate
from infant_massage.domain.session_plan import PlannedStep, SessionPlan
from infant_massage.domain.session_record import (
    MemorySink,
    Outcome,
    Response,
    SessionKind,
    SessionRecord,
    SessionSink,
    StepRecord,
    StopReason,
)

CHECKPOINT_SECONDS = 5.0


class SessionState(StrEnum):
    IDLE = "idle"
    CHECKING = "checking"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class SessionError(RuntimeError):
    pass


class ContraindicatedStart(SessionError):
    """The safety check ruled the session out: only doll practice may start."""


@dataclass(frozen=True)
class StepChanged:
    index: int
    step: PlannedStep
    automatic: bool  # True when the step's time ran out, False for next/back


@dataclass(frozen=True)
class Finished:
    pass


Event = StepChanged | Finished


def utc_now() -> datetime:
    return datetime.now(UTC)


class Session:
    def __init__(
        self,
        catalog: Catalog,
        clock: Clock,
        sink: SessionSink | None = None,
        wall_clock: Callable[[], datetime] = utc_now,
        baby_id: str | None = None,
    ) -> None:
        self._catalog = catalog
        self._clock = clock
        self._sink: SessionSink = sink or MemorySink()
        self._wall = wall_clock
        self.baby_id = baby_id
        self.state = SessionState.IDLE
        self.verdict: Verdict | None = None
        self.plan: SessionPlan | None = None
        self.practice = False
        self.index = 0
        self._done: list[float] = []
        self._visit_accumulated = 0.0  # active seconds in this visit of the step, before resume
        self._visit_started: float | None = None  # clock time the step last resumed
        self._record: SessionRecord | None = None
        self._last_checkpoint = 0.0

    # --- checking ------------------------------------------------------------------------------

    def begin_check(self) -> None:
        if self.state not in (SessionState.IDLE, SessionState.CHECKING):
            raise SessionError(f"cannot check during a {self.state} session")
        self.state = SessionState.CHECKING

    def check(self, answers: CheckAnswers, feed_wait_minutes: int | None = None) -> Verdict:
        self.begin_check()
        self.verdict = evaluate(self._catalog, answers, feed_wait_minutes)
        return self.verdict

    # --- running -------------------------------------------------------------------------------

    def start(self, plan: SessionPlan, practice: bool = False) -> None:
        if self.state != SessionState.CHECKING or self.verdict is None:
            raise SessionError("a session starts only after the safety check")
        if plan.verdict is not self.verdict:
            raise SessionError("the plan was not made from this safety check")
        if not self.verdict.allowed and not practice:
            reasons = ", ".join(b.value for b in self.verdict.blockers)
            raise ContraindicatedStart(f"the safety check rules this session out ({reasons})")
        self.plan = plan
        self.practice = practice
        self.index = 0
        self._done = [0.0] * len(plan.steps)
        self._visit_accumulated = 0.0
        now = self._clock()
        self._visit_started = now
        self._last_checkpoint = now
        self.state = SessionState.RUNNING
        self._record = SessionRecord(
            baby_id=self.baby_id,
            kind=SessionKind(plan.kind),
            routine=plan.routine,
            practice=practice,
            started_at=self._wall(),
            planned_seconds=plan.total_seconds,
        )
        self._save_checkpoint()

    @property
    def active(self) -> bool:
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)

    @property
    def current_step(self) -> PlannedStep:
        assert self.plan is not None
        return self.plan.steps[self.index]

    @property
    def next_step(self) -> PlannedStep | None:
        assert self.plan is not None
        if self.index + 1 < len(self.plan.steps):
            return self.plan.steps[self.index + 1]
        return None

    def visit_elapsed(self) -> float:
        """Active seconds in the current step since it was last entered."""
        running = 0.0
        if self.state == SessionState.RUNNING and self._visit_started is not None:
            running = max(0.0, self._clock() - self._visit_started)
        return self._visit_accumulated + running

    def step_remaining(self) -> float:
        return max(0.0, self.current_step.seconds - self.visit_elapsed())

    def total_elapsed(self) -> float:
        """Active seconds over the whole session; paused time does not count."""
        if not self._done:
            return 0.0
        return sum(self._done) + (self.visit_elapsed() if self.active else 0.0)

    def pause(self) -> None:
        if self.state == SessionState.RUNNING:
            self._visit_accumulated = self.visit_elapsed()
            self._visit_started = None
            self.state = SessionState.PAUSED
            self._save_checkpoint()

    def resume(self) -> None:
        if self.state == SessionState.PAUSED:
            self._visit_started = self._clock()
            self.state = SessionState.RUNNING

    def toggle(self) -> None:
        if self.state == SessionState.RUNNING:
            self.pause()
        else:
            self.resume()

    def update(self) -> list[Event]:
        """Advance over every step whose time is up; checkpoint at least every 5 s."""
        events: list[Event] = []
        while self.state == SessionState.RUNNING:
            overflow = self.visit_elapsed() - self.current_step.seconds
            if overflow < 0:
                break
            self._done[self.index] += self.current_step.seconds
            if self.next_step is None:
                self._finish()
                events.append(Finished())
                break
            self._enter(self.index + 1, carried=overflow)
            events.append(StepChanged(self.index, self.current_step, automatic=True))
        if self.active and self._clock() - self._last_checkpoint >= CHECKPOINT_SECONDS:
            self._save_checkpoint()
        return events

    def next(self) -> list[Event]:
        """Skip to the next step now (the last step's next ends the session)."""
        if not self.active:
            return []
        self._done[self.index] += self.visit_elapsed()
        if self.next_step is None:
            self._finish()
            return [Finished()]
        self._enter(self.index + 1)
        return [StepChanged(self.index, self.current_step, automatic=False)]

    def back(self) -> list[Event]:
        """Go back to the previous step (or restart the first one)."""
        if not self.active:
            return []
        self._done[self.index] += self.visit_elapsed()
        self._enter(max(0, self.index - 1))
        return [StepChanged(self.index, self.current_step, automatic=False)]

    def _enter(self, index: int, carried: float = 0.0) -> None:
        self.index = index
        self._visit_accumulated = carried
        if self.state == SessionState.RUNNING:
            self._visit_started = self._clock()
        self._save_checkpoint()

    # --- ending --------------------------------------------------------------------------------

    def stop(self, reason: StopReason | None = None) -> SessionRecord:
        """End at once (Esc, the Stop button). The reason may follow with set_stop_reason."""
        if not self.active:
            raise SessionError("no session is running")
        self._done[self.index] += self.visit_elapsed()
        self._visit_accumulated, self._visit_started = 0.0, None
        self.state = SessionState.STOPPED
        record = self._update_record(Outcome.STOPPED)
        record.stop_reason = reason
        self._sink.finish(record)
        return record

    def _finish(self) -> None:
        """The last step is over: completed when enough was massaged, else stopped (skipped)."""
        assert self.plan is not None
        self._visit_accumulated, self._visit_started = 0.0, None
        done = list(zip(self._done, (s.seconds for s in self.plan.steps), strict=True))
        if session_completes(done):
            self.state = SessionState.FINISHED
            self._sink.finish(self._update_record(Outcome.COMPLETED))
        else:
            self.state = SessionState.STOPPED
            self._sink.finish(self._update_record(Outcome.STOPPED))

    def set_stop_reason(self, reason: StopReason) -> None:
        record = self.record()
        if record.outcome != Outcome.STOPPED:
            raise SessionError("only a stopped session has a reason")
        record.stop_reason = reason
        self._sink.finish(record)

    def set_response(self, response: Response | None, note: str = "") -> SessionRecord:
        record = self.record()
        if self.state not in (SessionState.FINISHED, SessionState.STOPPED):
            raise SessionError("the response is asked at the end of the session")
        record.response = response
        record.note = note.strip()
        self._sink.finish(record)
        return record

    def record(self) -> SessionRecord:
        if self._record is None:
            raise SessionError("the session has not started")
        if self.active:
            self._update_record(Outcome.RUNNING)
        return self._record

    def _update_record(self, outcome: Outcome) -> SessionRecord:
        assert self._record is not None and self.plan is not None
        live = self.visit_elapsed() if self.active else 0.0
        steps = []
        for i, step in enumerate(self.plan.steps):
            done = self._done[i] + (live if i == self.index else 0.0)
            reached = i <= self.index or done > 0
            skipped = reached and done < step.seconds and i != self.index
            if outcome == Outcome.COMPLETED:
                skipped = done < step.seconds
            steps.append(
                StepRecord(
                    area=step.area,
                    technique=step.technique,
                    planned_seconds=step.seconds,
                    done_seconds=round(done, 3),
                    skipped=skipped,
                )
            )
        self._record.steps = steps
        self._record.outcome = outcome
        if outcome != Outcome.RUNNING:
            self._record.ended_at = self._wall()
        return self._record

    def _save_checkpoint(self) -> None:
        self._last_checkpoint = self._clock()
        self._sink.checkpoint(self.record())
