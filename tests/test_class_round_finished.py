"""A practice round that runs to its end says so on the wall, plainly and large, until the
nurse's next key; then the wall shows the class again."""

from __future__ import annotations

import pytest
from class_walls import class_on_one_screen
from PySide6.QtCore import Qt

from infant_massage.app.window_factory import make_window
from infant_massage.domain.class_plan import step_seconds
from infant_massage.domain.clock import ManualClock
from infant_massage.ui.class_mode.mode import TICK_MS


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def single(qtbot, catalog, clock):
    window = make_window(catalog, session_clock=clock)
    qtbot.addWidget(window)
    yield class_on_one_screen(qtbot, window, (1280, 720))
    window.class_mode.close()


def finished_words(single):
    """The words that cover the whole wall, if any."""
    stage = single.stage
    for label in stage.findChildren(type(stage.title)):
        if label.isVisible() and label.geometry() == stage.rect():
            return label
    return None


@pytest.mark.parametrize("key", [Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_B])
def test_the_wall_says_the_round_finished_until_the_next_key(qtbot, single, clock, key):
    mode = single.stage.mode
    for _ in mode.plan.steps[1:]:
        qtbot.keyClick(single, Qt.Key.Key_PageDown)  # to the last step: a one-step round
    qtbot.keyClick(single, Qt.Key.Key_S)
    assert mode.practising and finished_words(single) is None
    clock.advance(step_seconds(mode.catalog, mode.step) + 1)
    qtbot.waitUntil(lambda: not mode.practising, timeout=TICK_MS * 10)
    words = finished_words(single)
    assert words is not None and words.text() == single.stage.tr("Round finished")
    assert words.fontMetrics().height() >= 2 * single.stage.line_height("info")  # large
    image = single.stage.grab().toImage()
    rows = [round(image.height() * share) for share in (0.05, 0.2, 0.3, 0.7, 0.8, 0.95)]
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 20) for y in rows}
    assert len(colours) == 1  # plain: above and below the words, nothing of the class shows
    qtbot.keyClick(single, key)
    assert finished_words(single) is None
    assert mode.blackout == (key == Qt.Key.Key_B)  # the key does its own work too


def test_a_button_on_the_strip_clears_the_round_finished_words_too(qtbot, single, clock):
    mode = single.stage.mode
    qtbot.keyClick(single, Qt.Key.Key_S)
    clock.advance(sum(step_seconds(mode.catalog, s) for s in mode.plan.steps) + 1)
    qtbot.waitUntil(lambda: not mode.practising, timeout=TICK_MS * 10)
    assert finished_words(single) is not None
    qtbot.mouseClick(single.controls.pause_button, Qt.MouseButton.LeftButton)
    assert finished_words(single) is None
