"""Class mode's state, apart from any window: the plan and the step the class is on, the shared
motion (pause, speed, a tenth of a second at a time), the blacked-out wall and a practice round.

The audience and presenter windows only observe it and call its slots, so the wall and the
laptop never disagree, and tests drive it without looking at a single widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.class_plan import ClassCursor, ClassPlan, ClassStep, step_seconds
from infant_massage.domain.clock import Clock, Playback, system_clock
from infant_massage.domain.guide import Guide
from infant_massage.domain.safety_check import CheckAnswers
from infant_massage.domain.session import Finished, Session, SessionState, StepChanged
from infant_massage.domain.session_plan import SessionPlan, planned_step
from infant_massage.domain.session_record import MemorySink, SessionSink
from infant_massage.domain.viewpoint import Viewpoint
from infant_massage.ui.common import text_facts
from infant_massage.ui.guide.panel import SPEEDS

FRAME_STEP_SECONDS = 0.1  # `[` and `]`: one tenth of a second of the guide, exactly
# Esc or F5 leaves class mode only when pressed twice within this time: leaving brings back the
# home screen with the babies' names, and a clicker's show button sends these keys by itself.
LEAVE_CONFIRM_SECONDS = 5.0
TICK_MS = 200
# A doll has no age: take one at which every technique in the catalog is offered.
DOLL_AGE_MONTHS = 72.0

GuideFor = Callable[[str, str], Guide]


class ClassMode(QObject):
    stepChanged = Signal(int)  # the plan step shown now (also when the plan changes)
    planChanged = Signal(object)  # the new ClassPlan
    playingChanged = Signal(bool)
    frameChanged = Signal()  # the guide's time moved while paused
    speedChanged = Signal(float)
    blackoutChanged = Signal(bool)
    contrastChanged = Signal(bool)
    viewpointChanged = Signal(object)  # Viewpoint
    practiceChanged = Signal()  # a practice round started, moved on, paused or ended
    leaveRequested = Signal()
    leavePendingChanged = Signal(bool)  # a first Esc or F5 waits for a second one

    def __init__(
        self,
        catalog: Catalog,
        guide_for: GuideFor,
        plan: ClassPlan,
        clock: Clock = system_clock,
        sink: SessionSink | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._guide_for = guide_for
        self._clock = clock
        self.sink: SessionSink = sink if sink is not None else MemorySink()
        self.cursor = ClassCursor(plan)
        self.playback = Playback(clock)
        self.playback.play()
        # A practice round is timed in the guide's own time: at 0.5x its countdown runs at half
        # speed too, so the count on the wall and the countdown agree (one tempo). Never
        # seeked and never paused (a paused round pauses the session), so it only moves on.
        self._round_clock = Playback(clock)
        self._round_clock.play()
        self.playing = True
        self.blackout = False
        self.high_contrast = False
        # The parents copy onto their dolls from the feet: the parent's view, unless the
        # nurse turns the picture to show it as the room sees her.
        self.viewpoint = Viewpoint.PARENT
        self.session: Session | None = None
        # A round that ran to its end says so on the wall until the nurse's next key.
        self.round_finished = False
        self._session_offset = 0  # the plan step the practice round started at
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._leave_asked_at: float | None = None
        self._leave_timer = QTimer(self)
        self._leave_timer.setSingleShot(True)
        self._leave_timer.setInterval(round(LEAVE_CONFIRM_SECONDS * 1000))
        self._leave_timer.timeout.connect(self.cancel_leave)

    # --- the plan ------------------------------------------------------------------------------

    @property
    def plan(self) -> ClassPlan:
        return self.cursor.plan

    @property
    def index(self) -> int:
        return self.cursor.index

    @property
    def step(self) -> ClassStep:
        return self.cursor.current

    def guide(self) -> Guide:
        return self._guide_for(self.step.technique, self.step.area)

    def step_texts(self, guide: Guide) -> list[str]:
        """The how-to steps worded for the picture on the wall (its sides, the settings)."""
        facts = text_facts.shared().facts(turned=self.viewpoint.swaps_sides)
        return guide.application.step_texts(facts)

    def set_plan(self, plan: ClassPlan) -> None:
        self.stop_practice()
        self.cursor = ClassCursor(plan)
        self.planChanged.emit(plan)
        self._entered()

    def _acted(self) -> None:
        """Whatever the nurse does next, by key, by the strip's buttons or by a click on the
        black: a first Esc is forgotten and the "Round finished" words go."""
        self.cancel_leave()
        self.dismiss_round_finished()

    def next(self) -> None:
        self._acted()
        if self.practising:
            self._handle(self.session.next())
        elif self.cursor.next():
            self._entered()

    def previous(self) -> None:
        self._acted()
        if self.practising:
            if self.session.index == 0:
                return  # the round started here: earlier steps are not part of it
            self._handle(self.session.back())
        elif self.cursor.previous():
            self._entered()

    def go(self, index: int) -> None:
        if not self.practising and self.cursor.go(index):
            self._entered()

    def _entered(self, at: float = 0.0) -> None:
        self.playback.seek(at)
        self.stepChanged.emit(self.index)

    # --- the motion ------------------------------------------------------------------------------

    def toggle_pause(self) -> None:
        """Space: the motion stops or goes on; a practice round pauses with it."""
        self._acted()
        self.set_playing(not self.playing)

    def set_playing(self, playing: bool) -> None:
        """The motion and a practice round's countdown stop and go on together, whatever
        paused them (Space, or `[` and `]`), so the wall never counts down a still picture."""
        if playing == self.playing:
            return
        self.playing = playing
        if playing:
            self.playback.play()
        else:
            self.playback.pause()
        if self.practising:
            if playing:
                self.session.resume()
            else:
                self.session.pause()
        self.playingChanged.emit(playing)
        if self.practising:
            self.practiceChanged.emit()

    def step_frame(self, direction: int) -> None:
        """`[` / `]`: a tenth of a second back or on; the motion pauses first if it runs."""
        self._acted()
        if self.playing:
            self.set_playing(False)
        self.playback.seek(self.playback.time() + direction * FRAME_STEP_SECONDS)
        self.frameChanged.emit()

    def change_speed(self, step: int) -> None:
        self._acted()
        index = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - self.playback.speed))
        speed = SPEEDS[max(0, min(len(SPEEDS) - 1, index + step))]
        if speed != self.playback.speed:
            self.playback.set_speed(speed)
            self._round_clock.set_speed(speed)
            self.speedChanged.emit(speed)
            if self.practising:
                self.practiceChanged.emit()

    @property
    def speed(self) -> float:
        return self.playback.speed

    # --- the wall --------------------------------------------------------------------------------

    def toggle_blackout(self) -> None:
        """B or ".": the wall goes black (the room looks at the nurse) and comes back."""
        self._acted()
        self.blackout = not self.blackout
        self.blackoutChanged.emit(self.blackout)

    def set_high_contrast(self, on: bool) -> None:
        """Black on white with a dark path, for a washed-out projector or a bright room."""
        if on != self.high_contrast:
            self.high_contrast = on
            self.contrastChanged.emit(on)

    def toggle_viewpoint(self) -> None:
        """V: the picture turned 180 degrees (as the class sees the nurse), and back."""
        self._acted()
        turned = Viewpoint.CLASS if self.viewpoint == Viewpoint.PARENT else Viewpoint.PARENT
        self.viewpoint = turned
        self.viewpointChanged.emit(turned)

    def toggle_high_contrast(self) -> None:
        self._acted()
        self.set_high_contrast(not self.high_contrast)

    # --- leaving ---------------------------------------------------------------------------------

    @property
    def leave_pending(self) -> bool:
        asked = self._leave_asked_at
        return asked is not None and self._clock() - asked <= LEAVE_CONFIRM_SECONDS

    def leave(self) -> None:
        """Esc or F5: a practice round stops at once (Stop is one key); class mode is left by a
        second press, so one stray press never puts the babies' names on the wall."""
        self.dismiss_round_finished()
        self.stop_practice()
        if self.leave_pending:
            self.leave_now()
            return
        self._leave_asked_at = self._clock()
        self._leave_timer.start()
        self.leavePendingChanged.emit(True)

    def leave_now(self) -> None:
        """The Leave button: a click on the laptop is meant."""
        self.cancel_leave()
        self.stop_practice()
        self.leaveRequested.emit()

    def cancel_leave(self) -> None:
        """Any other key, or the time running out: the class goes on."""
        self._leave_timer.stop()
        if self._leave_asked_at is not None:
            self._leave_asked_at = None
            self.leavePendingChanged.emit(False)

    # --- a practice round ------------------------------------------------------------------------

    @property
    def practising(self) -> bool:
        return self.session is not None and self.session.active

    def start_practice(self) -> None:
        """The room practises on dolls from this step to the end, with a countdown on the wall.

        Always doll practice: a real baby's session needs its own safety check, asked
        privately in the ordinary session screen, never in front of the room."""
        if self.practising:
            return
        session = Session(self.catalog, self._round_clock.time, self.sink, baby_id=None)
        verdict = session.check(CheckAnswers(age_months=DOLL_AGE_MONTHS))
        steps = tuple(
            planned_step(self.catalog, s.area, s.technique, step_seconds(self.catalog, s))
            for s in self.plan.steps[self.index :]
        )
        kind = "routine" if len(steps) > 1 or self.plan.routine else "area"
        plan = SessionPlan(kind, steps, verdict, self.plan.routine)
        session.start(plan, practice=True)
        self.session = session
        self._session_offset = self.index
        self._tick.start()
        self.set_playing(True)
        self._entered()
        self.practiceChanged.emit()

    def stop_practice(self) -> None:
        if self.practising:
            self.session.stop()
        self._tick.stop()
        if self.session is not None:
            self.session = None
            self.practiceChanged.emit()

    def dismiss_round_finished(self) -> None:
        """Any key after a round's end: the wall shows the class again."""
        if self.round_finished:
            self.round_finished = False
            self.practiceChanged.emit()

    def toggle_practice(self) -> None:
        self._acted()
        if self.practising:
            self.stop_practice()
        else:
            self.start_practice()

    def tick(self) -> None:
        if self.session is None:
            return
        self._handle(self.session.update())
        self.practiceChanged.emit()

    def _handle(self, events) -> None:
        for event in events:
            if isinstance(event, StepChanged):
                self.cursor.go(self._session_offset + event.index)
                # The guide starts where the round's step does (a tick late, it has begun).
                self._entered(self.session.visit_elapsed())
            elif isinstance(event, Finished):
                self._tick.stop()
                self.round_finished = True
        self.practiceChanged.emit()

    def step_remaining(self) -> tuple[float, float, bool] | None:
        """The countdown of the practice round: seconds left, the step's seconds, paused; in
        the guide's time (the card's seconds), which runs slower in slow motion."""
        if not self.practising:
            return None
        session = self.session
        paused = session.state == SessionState.PAUSED
        return session.step_remaining(), session.current_step.seconds, paused
