"""The session state machine and its plan: pure logic, stepped clock, property tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.clock import ManualClock
from infant_massage.domain.record_rules import STEP_COUNTS_SHARE, session_completes, step_counts
from infant_massage.domain.safety_check import Blocker, CheckAnswers, Exclusion, evaluate
from infant_massage.domain.session import (
    ContraindicatedStart,
    Finished,
    Session,
    SessionError,
    SessionState,
    StepChanged,
)
from infant_massage.domain.session_plan import plan_area, plan_routine
from infant_massage.domain.session_record import MemorySink, Outcome, Response, StopReason

WELL = CheckAnswers(age_months=8, minutes_since_feed=90)


def wall() -> datetime:
    return datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def started(catalog: Catalog, answers=WELL, minutes=5, routine="full_body", practice=False):
    clock, sink = ManualClock(), MemorySink()
    session = Session(catalog, clock, sink, wall_clock=wall)
    verdict = session.check(answers)
    plan = plan_routine(catalog, verdict, catalog.routines.routine(routine), minutes)
    session.start(plan, practice=practice)
    return session, clock, sink


# --- the safety check ------------------------------------------------------------------------


def test_a_well_baby_is_offered_everything_for_its_age(catalog) -> None:
    verdict = evaluate(catalog, WELL)
    assert verdict.allowed and verdict.oil_allowed
    assert verdict.excluded == {} and verdict.skipped_areas == ()


def test_a_three_week_old_gets_no_spinal_pinching_no_oil_and_only_light_strokes(catalog):
    verdict = evaluate(catalog, CheckAnswers(age_months=0.7, cord_healed=True))
    assert verdict.allowed
    assert not verdict.oil_allowed
    assert verdict.excluded[("spinal_pinching", "back")] == Exclusion.TOO_YOUNG
    assert not verdict.offers("kneading", "abdomen")
    plan = plan_routine(catalog, verdict, catalog.routines.routine("full_body"), 20)
    assert {s.technique for s in plan.steps} == {"stroking"}
    assert 5 * 60 - longest_round(catalog, plan) <= plan.total_seconds <= 5 * 60  # newborns


def test_an_unhealed_cord_leaves_the_tummy_out(catalog) -> None:
    verdict = evaluate(catalog, CheckAnswers(age_months=0.3, cord_healed=False))
    assert "abdomen" in verdict.skipped_areas
    assert verdict.excluded[("kneading", "abdomen")] == Exclusion.CORD


def test_an_area_with_sore_skin_is_skipped_today(catalog) -> None:
    answers = CheckAnswers(age_months=8, skin_problem_areas=frozenset({"back"}))
    verdict = evaluate(catalog, answers)
    assert verdict.skipped_areas == ("back",)
    plan = plan_routine(catalog, verdict, catalog.routines.routine("full_body"), 15)
    assert "back" not in {s.area for s in plan.steps}


@pytest.mark.parametrize(
    ("answers", "blocker"),
    [
        (CheckAnswers(age_months=4, unwell=True), Blocker.UNWELL),
        (CheckAnswers(age_months=4, vaccinated_recently=True), Blocker.VACCINATION),
        (CheckAnswers(age_months=4, minutes_since_feed=20), Blocker.RECENT_FEED),
    ],
)
def test_a_no_rules_the_session_out(catalog, answers, blocker) -> None:
    verdict = evaluate(catalog, answers)
    assert not verdict.allowed and blocker in verdict.blockers


def test_after_a_feed_the_check_says_how_long_to_wait(catalog) -> None:
    assert (
        evaluate(catalog, CheckAnswers(age_months=4, minutes_since_feed=20)).minutes_to_wait == 25
    )
    relaxed = evaluate(catalog, CheckAnswers(age_months=4, minutes_since_feed=20), 15)
    assert relaxed.allowed and relaxed.minutes_to_wait == 0


def test_sore_skin_everywhere_leaves_nothing_to_massage(catalog) -> None:
    everywhere = frozenset(catalog.area_ids)
    verdict = evaluate(catalog, CheckAnswers(age_months=4, skin_problem_areas=everywhere))
    assert Blocker.NOTHING_LEFT in verdict.blockers


# --- starting ----------------------------------------------------------------------------------


def test_a_contraindicated_start_is_impossible_but_doll_practice_is_not(catalog) -> None:
    session = Session(catalog, ManualClock(), MemorySink(), wall_clock=wall)
    verdict = session.check(CheckAnswers(age_months=4, unwell=True))
    plan = plan_area(catalog, verdict, "legs", "stroking")
    with pytest.raises(ContraindicatedStart):
        session.start(plan)
    assert session.state == SessionState.CHECKING
    session.start(plan, practice=True)
    assert session.state == SessionState.RUNNING and session.record().practice


def test_no_start_without_a_check(catalog) -> None:
    session = Session(catalog, ManualClock())
    other = Session(catalog, ManualClock())
    plan = plan_area(catalog, other.check(WELL), "legs", "stroking")
    with pytest.raises(SessionError):
        session.start(plan)
    session.check(WELL)
    with pytest.raises(SessionError, match="not made from this safety check"):
        session.start(plan)


# --- running -------------------------------------------------------------------------------------


def test_a_five_minute_routine_runs_to_the_end_and_yields_its_record(catalog) -> None:
    session, clock, sink = started(catalog, minutes=5)
    plan = session.plan
    events = []
    for _ in range(5 * 60 * 4):
        clock.advance(0.25)
        events += session.update()
    assert session.state == SessionState.FINISHED
    assert [e.index for e in events if isinstance(e, StepChanged)] == list(
        range(1, len(plan.steps))
    )
    assert isinstance(events[-1], Finished)
    record = sink.finished[-1]
    assert record.outcome == Outcome.COMPLETED
    assert record.planned_seconds == pytest.approx(plan.total_seconds)
    assert 300 - longest_round(catalog, plan) <= record.planned_seconds <= 300
    assert record.done_seconds == pytest.approx(plan.total_seconds)
    assert [(s.area, s.technique) for s in record.steps] == [
        (s.area, s.technique) for s in plan.steps
    ]
    assert record.started_at == wall() and record.ended_at == wall()
    assert len(sink.checkpoints) >= 300 / 5


def test_pause_holds_the_timer(catalog) -> None:
    session, clock, _ = started(catalog)
    clock.advance(4)
    session.pause()
    clock.advance(60)
    session.update()
    assert session.visit_elapsed() == pytest.approx(4)
    assert session.total_elapsed() == pytest.approx(4)
    session.resume()
    clock.advance(2)
    assert session.total_elapsed() == pytest.approx(6)


def test_stop_ends_at_once_and_keeps_what_was_done(catalog) -> None:
    session, clock, sink = started(catalog)
    clock.advance(30)
    session.update()
    clock.advance(3)
    record = session.stop()
    assert session.state == SessionState.STOPPED
    assert record.outcome == Outcome.STOPPED and record.stop_reason is None
    assert record.done_seconds == pytest.approx(33)
    session.set_stop_reason(StopReason.CRYING)
    session.set_response(Response.FUSSY, "  teething  ")
    final = sink.finished[-1]
    assert final.stop_reason == StopReason.CRYING
    assert final.response == Response.FUSSY and final.note == "teething"


def test_checkpoints_at_each_step_change_and_every_five_seconds(catalog) -> None:
    session, clock, sink = started(catalog)
    before = len(sink.checkpoints)
    clock.advance(4.9)
    session.update()
    assert len(sink.checkpoints) == before
    clock.advance(0.2)
    session.update()
    assert len(sink.checkpoints) == before + 1
    session.next()
    assert len(sink.checkpoints) == before + 2
    assert sink.checkpoints[-1].outcome == Outcome.RUNNING


def test_skip_and_back(catalog) -> None:
    session, clock, _ = started(catalog)
    session.back()
    assert session.index == 0
    clock.advance(3)
    session.next()
    assert session.index == 1 and session.record().steps[0].skipped
    session.back()
    assert session.index == 0
    for _ in range(len(session.plan.steps)):
        session.next()
    assert not session.active  # Next on the last step ends the session
    record = session.record()
    assert record.outcome == Outcome.STOPPED and record.areas == []  # skipped is not done


def test_a_session_is_completed_and_its_areas_massaged_by_the_record_rules(catalog) -> None:
    """Half the routine run, the rest skipped: whether it counts as completed and which areas
    it lists follow record_rules, whatever the shares are set to."""
    session, clock, sink = started(catalog)
    steps = session.plan.steps
    for i, step in enumerate(steps):
        clock.advance(step.seconds + 0.01 if i % 2 == 0 else step.seconds * STEP_COUNTS_SHARE / 2)
        session.update() if i % 2 == 0 else session.next()
    record = sink.finished[-1]
    pairs = [(s.done_seconds, s.planned_seconds) for s in record.steps]
    completed = session_completes(pairs)
    assert record.outcome == (Outcome.COMPLETED if completed else Outcome.STOPPED)
    massaged = [s.area for s in record.steps if step_counts(s.done_seconds, s.planned_seconds)]
    assert record.areas == list(dict.fromkeys(massaged))
    assert set(record.areas) == {step.area for step in steps[::2]}  # the steps that ran


# --- properties ----------------------------------------------------------------------------------

actions = st.lists(
    st.tuples(
        st.sampled_from(["advance", "pause", "resume", "next", "back", "update"]),
        st.floats(min_value=0, max_value=40),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(actions=actions, minutes=st.sampled_from([5, 10, 15, 20]), age=st.floats(0, 24))
def test_properties_of_any_session(catalog, actions, minutes, age) -> None:
    session, clock, sink = started(catalog, CheckAnswers(age_months=age), minutes)
    plan = session.plan
    allowed = min(minutes, _cap(catalog, age)) * 60
    assert allowed - longest_round(catalog, plan) <= plan.total_seconds <= allowed
    last_total = 0.0
    for action, value in actions:
        paused_before = session.state == SessionState.PAUSED
        total_before = session.total_elapsed()
        if action == "advance":
            clock.advance(value)
            if paused_before:  # paused time does not count
                assert session.total_elapsed() == pytest.approx(total_before)
        elif action == "pause":
            session.pause()
        elif action == "resume":
            session.resume()
        elif action == "next":
            session.next()
        elif action == "back":
            session.back()
        else:
            session.update()
        assert 0 <= session.index < len(plan.steps)  # never leaves the routine
        assert session.visit_elapsed() >= 0 and session.total_elapsed() >= 0
        assert session.total_elapsed() >= last_total - 1e-9
        last_total = session.total_elapsed()
        if not session.active:
            break
    if session.active:
        record = session.stop(StopReason.OTHER)  # stop always yields a record
        assert record.outcome == Outcome.STOPPED
        assert sink.finished[-1].id == record.id
    assert sink.finished, "every ended session has a final record"


def longest_round(catalog, plan) -> float:
    """Steps are whole repetitions of their motion: a routine may fall short of its time by
    up to one round of each step's movements, never run over it."""
    return sum(
        m.cycle_seconds
        for step in plan.steps
        for m in catalog.technique(step.technique).application_for(step.area).guide.movements
        if m.counted
    )


def _cap(catalog, age: float) -> int:
    limit = catalog.routines.limit_for(age)
    return limit.max_minutes if limit else 10**6


@given(minutes=st.sampled_from([5, 10, 15, 20]), age=st.floats(0, 30))
def test_every_step_gets_a_useful_share(catalog, minutes, age) -> None:
    verdict = evaluate(catalog, CheckAnswers(age_months=age))
    for routine in catalog.routines.routines:
        plan = plan_routine(catalog, verdict, routine, minutes)
        assert all(step.seconds >= 15 for step in plan.steps)
        allowed = min(minutes, _cap(catalog, age)) * 60
        assert allowed - longest_round(catalog, plan) <= plan.total_seconds <= allowed
