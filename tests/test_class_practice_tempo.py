"""A practice round in class mode keeps one tempo: in slow motion its countdown slows with the
hand, so the count on the wall reaches the card's last stroke as the countdown reaches zero,
and whatever stops the picture (Space, `[`, `]`) stops the countdown with it."""

from __future__ import annotations

import math

import pytest
from class_walls import class_on_one_screen
from PySide6.QtCore import Qt

from infant_massage.app.window_factory import make_window
from infant_massage.domain.class_plan import step_seconds
from infant_massage.domain.clock import ManualClock
from infant_massage.ui.class_mode.mode import TICK_MS
from infant_massage.ui.common.text_format import clock as ring_clock
from infant_massage.ui.guide.panel import SPEEDS


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def win(qtbot, catalog, clock):
    window = make_window(catalog, session_clock=clock)
    qtbot.addWidget(window)
    class_on_one_screen(qtbot, window)
    yield window
    window.class_mode.close()


def _step(qtbot, clock: ManualClock, seconds: float) -> None:
    """Time passes; the round's own timer and the wall catch up with it."""
    clock.advance(seconds)
    qtbot.wait(TICK_MS + 60)


def test_in_slow_motion_the_countdown_and_the_count_end_together(qtbot, win, catalog, clock):
    target = win.class_mode.single
    stage = target.stage
    mode = win.class_mode.mode
    slowest = min(SPEEDS)
    for _ in range(len(SPEEDS)):
        qtbot.keyClick(target, Qt.Key.Key_Minus)
    assert mode.speed == slowest
    qtbot.keyClick(target, Qt.Key.Key_S)
    assert mode.practising
    step = mode.plan.steps[0]
    seconds = step_seconds(catalog, step)  # the card's "How long"
    repetitions = catalog.technique(step.technique).application_for(step.area).repetitions
    assert stage.ring.text() == ring_clock(math.ceil(seconds))
    # Halfway through the step in real time: a quarter speed has done a quarter of the card's
    # seconds, and the countdown says the same.
    _step(qtbot, clock, seconds / 2)
    assert stage.ring.text() == ring_clock(math.ceil(seconds - seconds / 2 * slowest))
    # Just before the countdown ends the hand is on the card's last stroke, in the same step.
    _step(qtbot, clock, seconds / slowest - seconds / 2 - 0.5)
    assert mode.index == 0
    assert stage.ring.text() == ring_clock(1)
    assert stage.counter.text().endswith(f"{repetitions} of {repetitions}"), stage.counter.text()
    _step(qtbot, clock, 1.0)
    assert mode.index == 1 and stage.step_of.text().startswith("Step 2 of")


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_BracketRight, Qt.Key.Key_BracketLeft])
def test_whatever_stops_the_picture_stops_the_countdown(qtbot, win, clock, key):
    target = win.class_mode.single
    stage = target.stage
    qtbot.keyClick(target, Qt.Key.Key_S)
    _step(qtbot, clock, 3.0)
    qtbot.keyClick(target, key)
    assert "Paused" in stage.state.text()
    shown = stage.ring.text()
    _step(qtbot, clock, 10.0)
    assert stage.ring.text() == shown
    qtbot.keyClick(target, Qt.Key.Key_Space)  # go on: the countdown runs again
    _step(qtbot, clock, 10.0)
    assert stage.ring.text() != shown
