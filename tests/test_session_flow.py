"""A guided session as a parent runs it: safety check, timer, keys, stop, the end screen."""

from __future__ import annotations

import math
import re

import pytest
from on_screen import (
    button,
    choose,
    click,
    is_named,
    label,
    named,
    page_shown,
    texts_shown,
    type_into,
    wheel_to_the_end,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from safety_check import (
    AGE,
    AGE_UNIT,
    BORN_EARLY,
    CORD,
    FEED,
    PRACTISE,
    START,
    UNWELL,
    VACCINATED,
    WEEKS_EARLY,
    age_shown,
    answer,
    answer_everything,
    answer_shown,
    type_number,
)

from infant_massage.app.window_factory import make_window
from infant_massage.domain.clock import ManualClock, Playback
from infant_massage.domain.session import SessionState
from infant_massage.domain.session_record import MemorySink, Outcome, Response, StopReason
from infant_massage.ui.common.choice_labels import labels
from infant_massage.ui.common.text_format import clock as clock_text
from infant_massage.ui.common.text_format import minutes_text
from infant_massage.ui.session.countdown_ring import CountdownRing
from infant_massage.ui.session.cues import CuePlayer, SoundMode
from infant_massage.ui.shell.main_window import MainWindow

HOME_START = "Start a session (S)"
NOTE = "A note for later"
WHY_STOPPED, HOW_RESPONDED = "Why did you stop?", "How did the baby respond?"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sink() -> MemorySink:
    return MemorySink()


@pytest.fixture
def window(qtbot, catalog, clock, sink) -> MainWindow:
    win = make_window(
        catalog,
        playback=Playback(clock),
        session_clock=clock,
        sink=sink,
        cues=CuePlayer(SoundMode.SOFT),
    )
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_check(qtbot, window: MainWindow, age_months: int = 8, feed: int = 90):
    """Home's Start button, then the check answered as a parent does, the age in months."""
    click(button(window, HOME_START))
    setup = page_shown(window)
    assert setup is window.session_flow.setup_page
    choose(setup, AGE_UNIT, "months")
    type_number(setup, AGE, age_months)
    type_number(setup, FEED, feed)
    assert not button(setup, START).isEnabled()  # nothing is assumed until the parent answers
    answer(setup, UNWELL, yes=False)
    answer(setup, VACCINATED, yes=False)
    answer(setup, CORD, yes=True)
    return setup


def start(setup) -> None:
    click(button(setup, START))


def choose_minutes(setup, minutes: int) -> None:
    click(button(setup, f"{minutes} min"))


def run_for(window: MainWindow, clock: ManualClock, seconds: float, step: float = 1.0) -> None:
    """Time passes: the clock moves on and the session's timer ticks, as it does every 200 ms."""
    page = window.session_flow.run_page
    for _ in range(round(seconds / step)):
        clock.advance(step)
        page.tick()


def step_name(catalog, step) -> str:
    return f"{catalog.area(step.area).name}: {catalog.technique(step.technique).name}"


def step_of_shown(page) -> str:
    """The session's count as it reads beside the countdown ("Step 2 of 16")."""
    counts = [t for t in texts_shown(page) if re.fullmatch(r"Step \d+ of \d+", t)]
    assert len(counts) == 1, counts
    return counts[0]


def countdown_shown(page) -> str:
    """The countdown as a screen reader reads it (the ring's name is its time)."""
    rings = [w for w in page.findChildren(CountdownRing) if w.isVisible()]
    assert len(rings) == 1
    return rings[0].accessibleName()


def test_a_full_five_minute_routine_runs_to_the_end_and_is_recorded(
    qtbot, window, clock, sink, catalog
) -> None:
    setup = open_check(qtbot, window)
    choose_minutes(setup, 5)
    start(setup)
    page = page_shown(window)
    assert page is window.session_flow.run_page
    first, second = window.session_flow.session.plan.steps[:2]
    shown = texts_shown(page)
    assert step_name(catalog, first) in shown
    assert step_of_shown(page).startswith("Step 1 of ")
    assert f"Next: {step_name(catalog, second)}" in shown
    assert page.timer.isActive()
    planned = window.session_flow.session.plan.total_seconds
    assert 280 <= planned <= 300  # whole strokes and circles, never over the chosen time
    run_for(window, clock, 300)
    end = page_shown(window)
    assert end is window.session_flow.end_page
    assert "Session finished" in texts_shown(end)
    record = sink.finished[-1]
    assert record.outcome == Outcome.COMPLETED
    assert record.done_seconds == pytest.approx(planned)
    assert not page.timer.isActive()
    click(named(end, labels().response(Response.CALM)))
    type_into(named(end, NOTE), "Loved the feet")
    click(button(end, "Save"))
    assert sink.finished[-1].response == Response.CALM
    assert sink.finished[-1].note == "Loved the feet"
    summary = f"Time: {clock_text(planned)} of {clock_text(planned)}"
    assert any(summary in text for text in texts_shown(end))
    click(button(end, "Done"))
    assert page_shown(window) is window.home


def test_space_pauses_the_countdown(qtbot, window, clock) -> None:
    start(open_check(qtbot, window))
    page = page_shown(window)
    run_for(window, clock, 5)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.session.state == SessionState.PAUSED and not page.timer.isActive()
    shown = countdown_shown(page)
    clock.advance(30)
    page.tick()
    assert countdown_shown(page) == shown
    assert button(page, "Go on\nSpace").isVisible()
    assert "Paused: press Space to go on" in texts_shown(page)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.session.state == SessionState.RUNNING and page.timer.isActive()


def test_escape_stops_at_once_and_asks_why(qtbot, window, clock, sink) -> None:
    start(open_check(qtbot, window))
    page = page_shown(window)
    run_for(window, clock, 12)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    end = page_shown(window)
    assert end is window.session_flow.end_page
    assert sink.finished[-1].outcome == Outcome.STOPPED
    assert sink.finished[-1].done_seconds == pytest.approx(12)
    assert is_named(end, WHY_STOPPED) and not is_named(end, HOW_RESPONDED)
    assert any("exactly right" in text for text in texts_shown(end))
    click(named(end, labels().stop_reason(StopReason.CRYING)))
    assert sink.finished[-1].stop_reason == StopReason.CRYING
    assert is_named(end, HOW_RESPONDED)


def test_keys_move_between_steps(qtbot, window, clock) -> None:
    start(open_check(qtbot, window))
    page = page_shown(window)
    count = len(window.session_flow.session.plan.steps)
    qtbot.keyClick(page, Qt.Key.Key_N)
    assert step_of_shown(page) == f"Step 2 of {count}"
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert step_of_shown(page) == f"Step 3 of {count}"
    qtbot.keyClick(page, Qt.Key.Key_B)
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert step_of_shown(page) == f"Step 1 of {count}"
    assert "Legs: Stroking" in texts_shown(page)


def test_an_area_marked_red_is_skipped(qtbot, window, clock) -> None:
    setup = open_check(qtbot, window)
    click(button(setup, "Turn over (T)"))
    skin_map = named(setup, "Body map, lying on the tummy")
    qtbot.mouseClick(skin_map, Qt.MouseButton.LeftButton, pos=skin_map.point_in("back").toPoint())
    assert skin_map.marked_areas == {"back"}
    assert "Back will be skipped today (sore skin)." in texts_shown(setup)
    start(setup)
    plan = window.session_flow.session.plan
    assert "back" not in {step.area for step in plan.steps}
    assert "legs" in {step.area for step in plan.steps}


def test_a_three_week_old_gets_no_spinal_pinching_and_no_oil(qtbot, window, catalog) -> None:
    setup = open_check(qtbot, window)
    choose(setup, AGE_UNIT, "weeks")
    type_number(setup, AGE, 3)
    texts = texts_shown(setup)
    cap = catalog.routines.limit_for(setup.verdict.answers.age_months).max_minutes
    assert "No oil: the baby is under about one month old." in texts
    assert f"A newborn: only gentle stroking, up to {minutes_text(cap * 60)}." in texts
    too_long = catalog.routines.lengths_minutes[1]  # the next length is too long for a newborn
    assert not button(setup, f"{too_long} min").isEnabled()
    start(setup)
    plan = window.session_flow.session.plan
    assert "spinal_pinching" not in {s.technique for s in plan.steps}
    assert cap * 60 - 20 <= plan.total_seconds <= cap * 60  # a newborn's few minutes, never more


def test_an_unwell_baby_gets_doll_practice_not_a_session(qtbot, window, sink) -> None:
    setup = open_check(qtbot, window)
    answer(setup, UNWELL, yes=True)
    assert not button(setup, START).isEnabled()
    assert any("Not today: the baby is unwell" in t for t in texts_shown(setup))
    click(button(setup, PRACTISE))
    page = page_shown(window)
    assert page.session.practice
    assert "Doll practice: not recorded as the baby's session" in texts_shown(page)
    assert sink.checkpoints[-1].practice


def test_a_recent_feed_says_how_long_to_wait(qtbot, window, catalog) -> None:
    wait = catalog.safety.check.feed_wait_minutes  # the catalog's wait; no setting changed it
    setup = open_check(qtbot, window, feed=wait - 15)
    assert f"Not yet: wait {minutes_text(15 * 60)} more after the feed." in texts_shown(setup)
    assert not button(setup, START).isEnabled()


def test_one_technique_session_from_its_card(qtbot, window, clock, sink, catalog) -> None:
    window.select_area("feet")
    card = named(window.home, str(catalog.technique("pressing").name))
    click(button(card, "Massage now"))
    setup = page_shown(window)
    assert named(setup, "What to do").currentText() == "Only Feet: Pressing"
    answer_everything(setup, age=4, feed=120)  # no profile: the age is asked, never preset
    start(setup)
    page = page_shown(window)
    assert "Feet: Pressing" in texts_shown(page)
    assert "Next: the end. Well done." in texts_shown(page)
    # As long as the technique takes on the feet (both feet), and a little more.
    seconds = catalog.technique("pressing").application_for("feet").duration_seconds
    run_for(window, clock, math.ceil(seconds) + 5)
    assert sink.finished[-1].outcome == Outcome.COMPLETED


def test_without_a_speech_engine_voice_mode_is_silent_and_raises_nothing(qtbot) -> None:
    cues = CuePlayer(SoundMode.VOICE, speech_engine="no-such-engine")
    with qtbot.waitSignal(cues.spoken) as spoken:
        cues.step_changed("Now Legs: Stroking.")
    assert spoken.args == ["Now Legs: Stroking."]
    cues.tick()
    cues.shut_down()


def test_silent_mode_flashes_the_screen(qtbot, window) -> None:
    window.user_settings.set("sound_mode", SoundMode.SILENT)  # as File > Settings sets it
    setup = open_check(qtbot, window)
    with qtbot.waitSignal(window.session_flow.cues.flash):
        start(setup)
    assert page_shown(window).flash_overlay.isVisible()


def test_closing_the_window_mid_session_keeps_what_was_done(qtbot, window, clock, sink) -> None:
    start(open_check(qtbot, window))
    run_for(window, clock, 20)
    window.close()
    assert sink.finished[-1].outcome == Outcome.STOPPED
    assert sink.finished[-1].done_seconds == pytest.approx(20)


def test_the_wait_after_a_feed_is_a_setting_that_is_remembered(qtbot, catalog, tmp_path):
    from infant_massage.app.window_factory import build_main_window
    from infant_massage.storage.data_dir import open_data_dir

    data = open_data_dir(tmp_path / "data")
    first = build_main_window(catalog, data)
    qtbot.addWidget(first)
    assert first.user_settings.feed_wait_minutes == catalog.safety.check.feed_wait_minutes
    first.user_settings.set("feed_wait_minutes", 30)  # saved at once, as the settings do
    first.user_settings.set("sound_mode", SoundMode.SILENT)
    first.close()
    second = build_main_window(catalog, data)
    qtbot.addWidget(second)
    assert second.user_settings.feed_wait_minutes == 30
    assert second.session_flow.cues.mode == SoundMode.SILENT
    second.show()
    second.start_session()
    setup = page_shown(second)
    answer_everything(setup, age=6, feed=35)
    assert button(setup, START).isEnabled()


def test_space_after_stop_picks_no_reason_and_the_question_can_be_skipped(
    qtbot, window, clock, sink
) -> None:
    start(open_check(qtbot, window))
    qtbot.keyClick(page_shown(window), Qt.Key.Key_Escape)
    end = page_shown(window)
    qtbot.keyClick(window.focusWidget() or end, Qt.Key.Key_Space)
    assert sink.finished[-1].stop_reason is None
    assert is_named(end, WHY_STOPPED)
    click(button(end, "Skip this question"))
    assert is_named(end, HOW_RESPONDED) and not is_named(end, WHY_STOPPED)


def test_a_skin_reaction_gets_plain_advice(qtbot, window, clock) -> None:
    start(open_check(qtbot, window))
    qtbot.keyClick(page_shown(window), Qt.Key.Key_Escape)
    end = page_shown(window)
    click(named(end, labels().stop_reason(StopReason.SKIN_REACTION)))
    assert any("health visitor" in text for text in texts_shown(end))


def test_each_check_starts_fresh_at_the_top_and_esc_cancels(qtbot, window) -> None:
    setup = open_check(qtbot, window)
    answer(setup, UNWELL, yes=True)
    scroll = setup.findChild(QScrollArea)
    wheel_to_the_end(scroll)
    assert scroll.verticalScrollBar().value() > 0
    qtbot.keyClick(window.focusWidget() or setup, Qt.Key.Key_Escape)
    assert page_shown(window) is window.home
    click(button(window, HOME_START))
    assert page_shown(window) is setup
    assert answer_shown(setup, UNWELL) is None and named(setup, FEED).text() == "Not sure"
    assert scroll.verticalScrollBar().value() == 0


def test_the_countdown_starts_at_the_step_length(qtbot, window, clock) -> None:
    start(open_check(qtbot, window))
    page = page_shown(window)
    seconds = math.ceil(page.session.current_step.seconds - 1e-6)
    assert countdown_shown(page) == f"{seconds // 60}:{seconds % 60:02d}"
    clock.advance(0.4)
    page.tick()
    assert countdown_shown(page) == f"{seconds // 60}:{seconds % 60:02d}"


def test_the_running_step_shows_caption_step_pressure_and_direction(qtbot, window, clock) -> None:
    from infant_massage.ui.common import text_facts

    start(open_check(qtbot, window))
    page = page_shown(window)
    step = page.session.current_step
    technique = window.catalog.technique(step.technique)
    application = technique.application_for(step.area)
    guide = page.view.guide
    steps = application.step_texts(text_facts.shared().facts())
    seen_steps = set()
    counts = ("Stroke", "Circle", "Press", "Pass")
    for _ in range(round(step.seconds / 0.5) - 1):
        clock.advance(0.5)
        page.tick()
        state = guide.pose_at(page.session.visit_elapsed(), loop=False)
        shown = texts_shown(page)
        assert str(state.caption) in shown
        assert [t for t in shown if t.endswith(steps[state.step])]
        seen_steps.add(state.step)
        counters = {t.split(" · ")[0] for t in shown} & {
            *(f"{count} {state.repetition} of {state.repetitions}" for count in counts),
            "Getting ready",
            "To finish",
        }
        assert len(counters) == 1, shown
    assert seen_steps == {m.step for m in application.guide.movements} | {
        s for m in application.guide.movements for s in m.phase_steps.values()
    }
    shown = texts_shown(page)
    assert str(technique.pressure) in shown
    assert str(application.direction) in shown
    caption = label(page, str(state.caption))
    how_step = label(page, next(t for t in shown if t.endswith(steps[state.step])))
    # Large enough to follow from a metre away.
    assert caption.fontInfo().pointSizeF() >= 20
    assert how_step.fontInfo().pointSizeF() >= 14


def test_without_a_profile_the_check_starts_with_nothing_preset(qtbot, window) -> None:
    click(button(window, HOME_START))
    setup = page_shown(window)
    assert age_shown(setup)[0] == "Not given"
    for question in (UNWELL, VACCINATED, CORD, BORN_EARLY):
        assert answer_shown(setup, question) is None
    assert not is_named(setup, WEEKS_EARLY)
    assert not button(setup, START).isEnabled()
    # Every yes/no answered, but no age given: still nothing to start.
    answer(setup, UNWELL, yes=False)
    answer(setup, VACCINATED, yes=False)
    answer(setup, CORD, yes=True)
    type_number(setup, FEED, 90)
    assert not button(setup, START).isEnabled()
    assert not any("month" in text for text in setup.effect_texts())  # no age, no age limits
    type_number(setup, AGE, 5)
    assert button(setup, START).isEnabled()


def test_not_sure_about_the_feed_keeps_the_reminder(qtbot, window, catalog) -> None:
    setup = open_check(qtbot, window, feed=-1)
    assert named(setup, FEED).text() == "Not sure"
    assert setup.verdict.remind_feed_wait
    wait = window.user_settings.feed_wait_minutes
    reminder = [t for t in texts_shown(setup) if "Not sure when the baby last fed" in t]
    assert reminder == [
        "Not sure when the baby last fed? Start only when the last feed was at least "
        f"{minutes_text(wait * 60)} ago."
    ]
    type_number(setup, FEED, wait + 30)
    assert not setup.verdict.remind_feed_wait
    assert not any("last fed" in t for t in texts_shown(setup))


def test_born_early_the_check_uses_the_corrected_age(qtbot, window, catalog) -> None:
    setup = open_check(qtbot, window, age_months=7)
    pinching = catalog.technique("spinal_pinching")
    assert setup.verdict.offers("spinal_pinching", "back")
    answer(setup, BORN_EARLY, yes=True)
    type_number(setup, WEEKS_EARLY, 8)
    assert setup.verdict.answers.age_months < pinching.min_age_months <= 7
    assert not setup.verdict.offers("spinal_pinching", "back")
    texts = texts_shown(setup)
    assert any("Born 8 weeks early" in t and "5 months from the due date" in t for t in texts)
    assert any("ask your health visitor, midwife or doctor" in t for t in texts)


def test_the_sessions_count_and_the_techniques_steps_read_as_two_things(
    qtbot, window, clock, catalog
) -> None:
    # "Step" is the session's count alone ("Step 1 of 16" beside the countdown); the step of the
    # technique reads as it does on the technique's card ("2.  Glide ..."), as the class's wall.
    start(open_check(qtbot, window))
    page = page_shown(window)
    plan = window.session_flow.session.plan
    seen = []
    for number in (1, 2):
        shown = []
        for _ in range(round(plan.steps[number - 1].seconds) - 1):
            shown += texts_shown(page)
            clock.advance(1)
            page.tick()
        counts = {t for t in shown if t.startswith("Step")}
        assert counts == {f"Step {number} of {len(plan.steps)}"}, counts
        seen.append(set(shown))
        qtbot.keyClick(page, Qt.Key.Key_N)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    end = page_shown(window)
    for words in ("Skip this question", "Save", "Done"):
        click(button(end, words))
    assert page_shown(window) is window.home
    for planned, shown in zip(plan.steps, seen, strict=False):
        window.select_area(planned.area)
        card = named(window.home, str(catalog.technique(planned.technique).name))
        on_card = [t for t in texts_shown(card) if re.match(r"\d+\.  ", t)]
        assert len(on_card) == len(
            catalog.technique(planned.technique).application_for(planned.area).steps
        )
        numbered = {t for t in shown if re.match(r"\d+\.  ", t)}
        assert numbered and numbered <= set(on_card), (numbered, on_card)


def test_the_age_is_typed_into_the_box_the_check_starts_on(qtbot, window) -> None:
    # The check opens with the keyboard in the age box, which reads "Not given": a parent types
    # the number there, as into any box, and the plea for the age goes once it is given.
    click(button(window, HOME_START))
    setup = page_shown(window)
    assert window.focusWidget() is named(setup, AGE)
    plea = "No baby profile is chosen: please give the age."
    assert plea in texts_shown(setup)
    qtbot.keyClicks(window.focusWidget(), "3")
    assert age_shown(setup)[0] == "3"
    assert plea not in texts_shown(setup)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(window.focusWidget(), "w")  # the unit box, picked by its first letter
    assert age_shown(setup) == ("3", "weeks")
    click(named(setup, FEED))
    qtbot.keyClick(named(setup, FEED), Qt.Key.Key_End)
    qtbot.keyClicks(named(setup, FEED), "40")
    assert named(setup, FEED).text() == "40 min"


def test_the_session_says_when_to_turn_the_baby_over(qtbot, catalog) -> None:
    # A step on the other side from the one before says so, on screen and in the voice; a step
    # on the same side says nothing. Walked through with N, and back with B.
    clock = ManualClock()
    cues = CuePlayer(SoundMode.VOICE, speech_engine="no-such-engine")
    win = make_window(
        catalog, playback=Playback(clock), session_clock=clock, sink=MemorySink(), cues=cues
    )
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.user_settings.set("sound_mode", SoundMode.VOICE)  # as File > Settings sets it
    setup = open_check(qtbot, win)
    choose(setup, "What to do", str(catalog.routines.routines[0].name))
    choose_minutes(setup, catalog.routines.lengths_minutes[-1])
    start(setup)
    page = page_shown(win)
    steps = win.session_flow.session.plan.steps
    views = [catalog.technique(s.technique).application_for(s.area).guide.view for s in steps]
    turn = {"front": "Turn the baby onto the back.", "back": "Turn the baby onto the tummy."}
    assert len(set(views)) == 2  # the routine does turn the baby over
    for index, view in enumerate(views):
        turning = [t for t in texts_shown(page) if t.startswith("Turn the baby")]
        expected = [turn[view]] if index and view != views[index - 1] else []
        assert turning == expected, (index, step_name(catalog, steps[index]))
        if index + 1 < len(views):
            with qtbot.waitSignal(cues.spoken) as spoken:
                qtbot.keyClick(win.focusWidget(), Qt.Key.Key_N)
            said_turn = spoken.args[0].startswith("Turn the baby")
            assert said_turn == (views[index + 1] != view)
    first_turn = next(i for i in range(1, len(views)) if views[i] != views[i - 1])
    for _ in range(len(views) - first_turn):
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_B)
    # Back on the step before the first turn: the baby is turned back, and the page says so.
    assert [t for t in texts_shown(page) if t.startswith("Turn")] == [turn[views[0]]]
    cues.shut_down()
