"""A guided session as a parent runs it: safety check, timer, keys, stop, the end screen."""

from __future__ import annotations

import math
import re

import pytest
from on_screen import button, click, named, texts_shown
from PySide6.QtCore import Qt

from infant_massage.app.window_factory import make_window
from infant_massage.domain.clock import ManualClock, Playback
from infant_massage.domain.session import SessionState
from infant_massage.domain.session_record import MemorySink, Outcome, Response, StopReason
from infant_massage.ui.common.text_format import clock as clock_text
from infant_massage.ui.session.cues import CuePlayer, SoundMode
from infant_massage.ui.shell.main_window import MainWindow


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
    qtbot.mouseClick(window.home.map_panel.start_button, Qt.MouseButton.LeftButton)
    setup = window.session_flow.setup_page
    assert window.pages.currentWidget() is setup
    setup.questions.age_unit.setCurrentIndex(1)
    setup.questions.age.setValue(age_months)
    setup.questions.feed.setValue(feed)
    assert not setup.start_button.isEnabled()  # nothing is assumed until the parent answers
    for question, answer in (
        (setup.questions.unwell, "no"),
        (setup.questions.vaccinated, "no"),
        (setup.questions.cord_healed, "yes"),
    ):
        qtbot.mouseClick(getattr(question, answer), Qt.MouseButton.LeftButton)
    return setup


def choose_minutes(setup, minutes: int) -> None:
    click(button(setup, f"{minutes} min"))


def run_for(window: MainWindow, clock: ManualClock, seconds: float, step: float = 1.0) -> None:
    page = window.session_flow.run_page
    for _ in range(round(seconds / step)):
        clock.advance(step)
        page.tick()


def step_name(catalog, step) -> str:
    return f"{catalog.area(step.area).name}: {catalog.technique(step.technique).name}"


def test_a_full_five_minute_routine_runs_to_the_end_and_is_recorded(
    qtbot, window, clock, sink, catalog
) -> None:
    setup = open_check(qtbot, window)
    choose_minutes(setup, 5)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    assert window.pages.currentWidget() is page
    first, second = window.session_flow.session.plan.steps[:2]
    assert page.step_label.text() == step_name(catalog, first)
    assert page.step_of.text().startswith("Step 1 of ")
    assert page.next_label.text() == f"Next: {step_name(catalog, second)}"
    assert page.timer.isActive()
    planned = window.session_flow.session.plan.total_seconds
    assert 280 <= planned <= 300  # whole strokes and circles, never over the chosen time
    run_for(window, clock, 300)
    end = window.session_flow.end_page
    assert window.pages.currentWidget() is end
    assert end.title.text() == "Session finished"
    record = sink.finished[-1]
    assert record.outcome == Outcome.COMPLETED
    assert record.done_seconds == pytest.approx(planned)
    assert not page.timer.isActive()
    calm = next(b for b in end.response_buttons.buttons() if b.property("value") == "calm")
    qtbot.mouseClick(calm, Qt.MouseButton.LeftButton)
    end.note.setPlainText("Loved the feet")
    qtbot.mouseClick(end.save_button, Qt.MouseButton.LeftButton)
    assert sink.finished[-1].response == Response.CALM
    assert sink.finished[-1].note == "Loved the feet"
    assert f"Time: {clock_text(planned)} of {clock_text(planned)}" in end.summary.text()
    qtbot.mouseClick(end.done_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 0


def test_space_pauses_the_countdown(qtbot, window, clock) -> None:
    setup = open_check(qtbot, window)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    run_for(window, clock, 5)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.session.state == SessionState.PAUSED and not page.timer.isActive()
    shown = page.ring.text()
    clock.advance(30)
    page.tick()
    assert page.ring.text() == shown
    assert page.pause_button.text() == "Go on\nSpace"
    assert page.paused_label.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.session.state == SessionState.RUNNING and page.timer.isActive()


def test_escape_stops_at_once_and_asks_why(qtbot, window, clock, sink) -> None:
    setup = open_check(qtbot, window)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    run_for(window, clock, 12)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    end = window.session_flow.end_page
    assert window.pages.currentWidget() is end
    assert sink.finished[-1].outcome == Outcome.STOPPED
    assert sink.finished[-1].done_seconds == pytest.approx(12)
    assert end.reason_box.isVisible() and not end.response_box.isVisible()
    assert "exactly right" in end.message.text()
    crying = next(b for b in end.reason_buttons.buttons() if b.property("value") == "crying")
    qtbot.mouseClick(crying, Qt.MouseButton.LeftButton)
    assert sink.finished[-1].stop_reason == StopReason.CRYING
    assert end.response_box.isVisible()


def test_keys_move_between_steps(qtbot, window, clock) -> None:
    setup = open_check(qtbot, window)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    qtbot.keyClick(page, Qt.Key.Key_N)
    assert page.session.index == 1
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert page.session.index == 2
    qtbot.keyClick(page, Qt.Key.Key_B)
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert page.session.index == 0
    assert page.step_label.text() == "Legs: Stroking"


def test_an_area_marked_red_is_skipped(qtbot, window, clock) -> None:
    setup = open_check(qtbot, window)
    setup.skin_map.set_view("back")
    point = setup.skin_map.point_in("back").toPoint()
    qtbot.mouseClick(setup.skin_map, Qt.MouseButton.LeftButton, pos=point)
    assert setup.skin_map.marked_areas == {"back"}
    assert "Back will be skipped today (sore skin)." in setup.effect_texts()
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    plan = window.session_flow.session.plan
    assert "back" not in {step.area for step in plan.steps}
    assert "legs" in {step.area for step in plan.steps}


def test_a_three_week_old_gets_no_spinal_pinching_and_no_oil(qtbot, window, catalog) -> None:
    setup = open_check(qtbot, window)
    setup.questions.age_unit.setCurrentIndex(0)  # weeks
    setup.questions.age.setValue(3)
    texts = setup.effect_texts()
    cap = catalog.routines.limit_for(setup.verdict.answers.age_months).max_minutes
    assert "No oil: the baby is under about one month old." in texts
    assert f"A newborn: only gentle stroking, up to {cap} minutes." in texts
    assert not setup.lengths.buttons()[1].isEnabled()  # the next length is too long for a newborn
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    plan = window.session_flow.session.plan
    assert "spinal_pinching" not in {s.technique for s in plan.steps}
    assert cap * 60 - 20 <= plan.total_seconds <= cap * 60  # a newborn's few minutes, never more


def test_an_unwell_baby_gets_doll_practice_not_a_session(qtbot, window, sink) -> None:
    setup = open_check(qtbot, window)
    setup.questions.unwell.set_value(True)
    assert not setup.start_button.isEnabled()
    assert any("Not today: the baby is unwell" in t for t in setup.effect_texts())
    qtbot.mouseClick(setup.practice_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    assert page.session.practice and page.practice_label.isVisible()
    assert sink.checkpoints[-1].practice


def test_a_recent_feed_says_how_long_to_wait(qtbot, window, catalog) -> None:
    wait = catalog.safety.check.feed_wait_minutes  # the catalog's wait; no setting changed it
    setup = open_check(qtbot, window, feed=wait - 15)
    assert "Not yet: wait 15 more minutes after the feed." in setup.effect_texts()
    assert not setup.start_button.isEnabled()


def test_one_technique_session_from_its_card(qtbot, window, clock, sink) -> None:
    window.select_area("feet")
    card = next(c for c in window.home.technique_panel.cards if c.technique.id == "pressing")
    qtbot.mouseClick(card.session_button, Qt.MouseButton.LeftButton)
    setup = window.session_flow.setup_page
    assert setup.routine_box.currentText() == "Only Feet: Pressing"
    setup.questions.age.setValue(4)  # no profile: the age is asked, never preset
    setup.questions.feed.setValue(120)
    for question, answer in (
        (setup.questions.unwell, "no"),
        (setup.questions.vaccinated, "no"),
        (setup.questions.cord_healed, "yes"),
    ):
        qtbot.mouseClick(getattr(question, answer), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    assert page.step_label.text() == "Feet: Pressing"
    assert page.next_label.text() == "Next: the end. Well done."
    run_for(window, clock, 45)
    assert sink.finished[-1].outcome == Outcome.COMPLETED


def test_without_a_speech_engine_voice_mode_is_silent_and_raises_nothing(qtbot) -> None:
    cues = CuePlayer(SoundMode.VOICE, speech_engine="no-such-engine")
    with qtbot.waitSignal(cues.spoken) as spoken:
        cues.step_changed("Now Legs: Stroking.")
    assert spoken.args == ["Now Legs: Stroking."]
    cues.tick()
    cues.shut_down()


def test_silent_mode_flashes_the_screen(qtbot, window) -> None:
    window.session_flow.cues.set_mode(SoundMode.SILENT)
    setup = open_check(qtbot, window)
    with qtbot.waitSignal(window.session_flow.cues.flash):
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert window.session_flow.run_page.flash_overlay.isVisible()


def test_closing_the_window_mid_session_keeps_what_was_done(qtbot, window, clock, sink) -> None:
    setup = open_check(qtbot, window)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
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
    setup = second.session_flow.setup_page
    setup.questions.age.setValue(6)
    setup.questions.feed.setValue(35)
    for question, answer in ((setup.questions.unwell, False), (setup.questions.vaccinated, False)):
        question.set_value(answer)
    setup.questions.cord_healed.set_value(True)
    assert setup.start_button.isEnabled()


def test_space_after_stop_picks_no_reason_and_the_question_can_be_skipped(
    qtbot, window, clock, sink
) -> None:
    setup = open_check(qtbot, window)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    end = window.session_flow.end_page
    qtbot.keyClick(window.focusWidget() or end, Qt.Key.Key_Space)
    assert sink.finished[-1].stop_reason is None
    assert end.reason_box.isVisible()
    qtbot.mouseClick(end.skip_reason_button, Qt.MouseButton.LeftButton)
    assert end.response_box.isVisible() and not end.reason_box.isVisible()


def test_a_skin_reaction_gets_plain_advice(qtbot, window, clock) -> None:
    setup = open_check(qtbot, window)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    window.session_flow.run_page.stop()
    end = window.session_flow.end_page
    skin = next(b for b in end.reason_buttons.buttons() if b.property("value") == "skin_reaction")
    qtbot.mouseClick(skin, Qt.MouseButton.LeftButton)
    assert "health visitor" in end.advice.text() and end.advice.isVisible()


def test_each_check_starts_fresh_at_the_top_and_esc_cancels(qtbot, window) -> None:
    setup = open_check(qtbot, window)
    setup.questions.unwell.set_value(True)
    setup.scroll.verticalScrollBar().setValue(setup.scroll.verticalScrollBar().maximum())
    qtbot.keyClick(setup.questions, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 0
    window.start_session()
    assert setup.questions.unwell.value is None and setup.questions.feed.value() == -1
    assert setup.scroll.verticalScrollBar().value() == 0


def test_the_countdown_starts_at_the_step_length(qtbot, window, clock) -> None:
    setup = open_check(qtbot, window)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    seconds = math.ceil(page.session.current_step.seconds - 1e-6)
    assert page.ring.text() == f"{seconds // 60}:{seconds % 60:02d}"
    clock.advance(0.4)
    page.tick()
    assert page.ring.text() == f"{seconds // 60}:{seconds % 60:02d}"


def test_the_running_step_shows_caption_step_pressure_and_direction(qtbot, window, clock) -> None:
    from infant_massage.ui.common import text_facts

    setup = open_check(qtbot, window)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    step = page.session.current_step
    technique = window.catalog.technique(step.technique)
    application = technique.application_for(step.area)
    guide = page.view.guide
    steps = application.step_texts(text_facts.shared().facts())
    seen_steps = set()
    for _ in range(round(step.seconds / 0.5) - 1):
        clock.advance(0.5)
        page.tick()
        state = guide.pose_at(page.session.visit_elapsed(), loop=False)
        assert page.caption.text() == str(state.caption)
        assert page.how_step.text().endswith(steps[state.step])
        seen_steps.add(state.step)
        assert page.counter.text().split(" · ")[0] in (
            f"Stroke {state.repetition} of {state.repetitions}",
            f"Circle {state.repetition} of {state.repetitions}",
            f"Press {state.repetition} of {state.repetitions}",
            f"Pass {state.repetition} of {state.repetitions}",
            "Getting ready",
            "To finish",
        )
    assert seen_steps == {m.step for m in application.guide.movements} | {
        s for m in application.guide.movements for s in m.phase_steps.values()
    }
    facts = dict(page.facts.rows())
    assert str(technique.pressure) in facts.values()
    assert str(application.direction) in facts.values()
    for label in (page.caption, page.how_step):
        assert label.isVisible() and label.text()
    assert page.facts.isVisible()
    # Large enough to follow from a metre away.
    assert page.caption.fontInfo().pointSizeF() >= 20
    assert page.how_step.fontInfo().pointSizeF() >= 14


def test_without_a_profile_the_check_starts_with_nothing_preset(qtbot, window) -> None:
    window.start_session()
    setup = window.session_flow.setup_page
    questions = setup.questions
    assert questions.age_months() is None and questions.age.text() == "Not given"
    for question in (questions.unwell, questions.vaccinated, questions.cord_healed):
        assert question.value is None
    assert questions.born_early.value is None and not questions.weeks_early.isEnabled()
    assert not setup.start_button.isEnabled()
    # Every yes/no answered, but no age given: still nothing to start.
    for question, answer in (
        (questions.unwell, "no"),
        (questions.vaccinated, "no"),
        (questions.cord_healed, "yes"),
    ):
        qtbot.mouseClick(getattr(question, answer), Qt.MouseButton.LeftButton)
    questions.feed.setValue(90)
    assert not setup.start_button.isEnabled()
    assert not any("month" in text for text in setup.effect_texts())  # no age, no age limits
    questions.age.setValue(5)
    assert setup.start_button.isEnabled()


def test_not_sure_about_the_feed_keeps_the_reminder(qtbot, window, catalog) -> None:
    setup = open_check(qtbot, window, feed=-1)
    assert setup.questions.feed.text() == "Not sure"
    assert setup.verdict.remind_feed_wait
    wait = window.user_settings.feed_wait_minutes
    reminder = [t for t in setup.effect_texts() if "Not sure when the baby last fed" in t]
    assert reminder == [
        f"Not sure when the baby last fed? Start only when the last feed was at least {wait} "
        "minutes ago."
    ]
    setup.questions.feed.setValue(wait + 30)
    assert not setup.verdict.remind_feed_wait
    assert not any("last fed" in t for t in setup.effect_texts())


def test_born_early_the_check_uses_the_corrected_age(qtbot, window, catalog) -> None:
    setup = open_check(qtbot, window, age_months=7)
    pinching = catalog.technique("spinal_pinching")
    assert setup.verdict.offers("spinal_pinching", "back")
    qtbot.mouseClick(setup.questions.born_early.yes, Qt.MouseButton.LeftButton)
    setup.questions.weeks_early.setValue(8)
    assert setup.questions.age_months() < pinching.min_age_months <= 7
    assert not setup.verdict.offers("spinal_pinching", "back")
    texts = setup.effect_texts()
    assert any("Born 8 weeks early" in t and "5 months from the due date" in t for t in texts)
    assert any("ask your health visitor, midwife or doctor" in t for t in texts)


def test_the_sessions_count_and_the_techniques_steps_read_as_two_things(
    qtbot, window, clock, catalog
) -> None:
    # "Step" is the session's count alone ("Step 1 of 16" beside the countdown); the step of the
    # technique reads as it does on the technique's card ("2.  Glide ..."), as the class's wall.
    setup = open_check(qtbot, window)
    click(button(setup, "Start the session"))
    page = window.session_flow.run_page
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
    window.session_flow.stop_now()
    window.show_home()
    for planned, shown in zip(plan.steps, seen, strict=False):
        window.select_area(planned.area)
        card = named(window.home, str(catalog.technique(planned.technique).name))
        on_card = [t for t in texts_shown(card) if re.match(r"\d+\.  ", t)]
        assert len(on_card) == len(
            catalog.technique(planned.technique).application_for(planned.area).steps
        )
        numbered = {t for t in shown if re.match(r"\d+\.  ", t)}
        assert numbered and numbered <= set(on_card), (numbered, on_card)
