"""A running session on a small laptop with the largest text: at every step of a whole routine
the guide's picture keeps its share of the window (never a thin strip), what to do now is read
without scrolling, and the countdown, Back, Pause, Next and Stop are in sight whole; pausing
changes none of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from safety_check import answer_everything

from infant_massage.ui.common import theme
from infant_massage.ui.session.page import PICTURE_SHARE
from infant_massage.ui.shell.window_state import fitted_rect

SCREENS = {  # the window each screen opens
    "1024x768": fitted_rect(QRect(0, 0, 1024, 768)).size(),
    "1280x800": fitted_rect(QRect(0, 0, 1280, 800)).size(),
}


@pytest.fixture
def window(app_window):
    yield app_window.window, app_window.clock
    app_window.window.session_flow.stop_now()
    app_window.window.set_text_scale(theme.TEXT_SCALES[0])


def settle() -> None:
    for _ in range(3):  # wrapped labels take a second pass to find their height
        QApplication.processEvents()


def rect_in(widget: QWidget, other: QWidget) -> QRect:
    return QRect(widget.mapTo(other, QPoint(0, 0)), widget.size())


def whole_in_sight(widget: QWidget, window: QWidget) -> bool:
    shown = widget.visibleRegion().boundingRect() == widget.rect()
    return widget.isVisible() and shown and window.rect().contains(rect_in(widget, window))


def what_is_wrong(page, window) -> list[str]:
    wrong = []
    least = window.height() * PICTURE_SHARE
    if page.view.height() < least:
        wrong.append(f"the picture is {page.view.height()} px high, less than {least:.0f}")
    for widget in (page.ring, page.back_button, page.pause_button, page.next_button):
        if not whole_in_sight(widget, window):
            wrong.append(f"{type(widget).__name__} {getattr(widget, 'text', str)()!r} is hidden")
    if not whole_in_sight(page.stop_button, window):
        wrong.append("Stop is hidden")
    port = page.instructions.viewport()
    for words in (page.caption, page.how_step):
        if not port.rect().contains(rect_in(words, port)):
            wrong.append(f"{words.text()[:40]!r} is scrolled out of sight")
    return wrong


@pytest.mark.parametrize("practice", [False, True], ids=["baby", "doll"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_step_keeps_the_picture_the_words_and_the_buttons_in_sight(
    qtbot, window, screen, practice
) -> None:
    win, clock = window
    win.set_text_scale(theme.TEXT_SCALES[-1])
    win.resize(SCREENS[screen])
    win.select_area("abdomen")
    win.start_session()
    setup = win.session_flow.setup_page
    answer_everything(setup, age=8, feed=90)
    (setup.practice_button if practice else setup.start_button).click()
    page = win.session_flow.run_page
    found, steps = [], 0
    while True:
        clock.advance(2)
        page.tick()
        settle()
        step = f"{screen}, step {steps + 1} {page.step_label.text()!r}"
        found += [f"{step}: {wrong}" for wrong in what_is_wrong(page, win)]
        picture = page.view.size()
        qtbot.keyClick(page, Qt.Key.Key_Space)  # pause: "Paused" shows, nothing moves
        settle()
        assert page.paused_label.isVisible() and whole_in_sight(page.paused_label, win), step
        assert page.view.size() == picture, step
        found += [f"{step}, paused: {wrong}" for wrong in what_is_wrong(page, win)]
        qtbot.keyClick(page, Qt.Key.Key_Space)
        steps += 1
        if page.session.next_step is None:
            break
        qtbot.keyClick(page, Qt.Key.Key_N)
    assert steps > 3
    assert not found, "\n".join(found)
