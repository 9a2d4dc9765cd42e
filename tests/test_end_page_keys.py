"""After a session, no key records an answer by accident: the Space or Return that just paused
or stopped the session lands on the question, not on an answer; only a number key, a click or
Tab then a press answers. The question after a reason offers only what the reason left open."""

from __future__ import annotations

import pytest
from on_screen import is_named, page_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from safety_check import answer_everything

from infant_massage.domain.session_record import RESPONSE_SAID_BY, Response
from infant_massage.ui.common.choice_labels import (
    labels,
    response_choices,
    stop_reason_choices,
)

WHY_STOPPED, HOW_RESPONDED = "Why did you stop?", "How did the baby respond?"
ACCIDENTAL_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def stopped_end_page(qtbot, app_window):
    win = app_window.window
    qtbot.keyClick(win.home, Qt.Key.Key_S)
    setup = page_shown(win)
    answer_everything(setup, age=8, feed=90)
    setup.start_button.click()
    page = page_shown(win)
    app_window.clock.advance(20)
    page.tick()
    qtbot.keyClick(page, Qt.Key.Key_Space)  # pause, then stop, as a parent does
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    end = page_shown(win)
    assert end is win.session_flow.end_page
    return end


def answers_shown(end) -> list[str]:
    return [
        b.accessibleName()
        for b in end.findChildren(QAbstractButton)
        if b.isVisible() and b.isCheckable()
    ]


def checked_answers(end) -> list[str]:
    return [
        b.accessibleName()
        for b in end.findChildren(QAbstractButton)
        if b.isVisible() and b.isCheckable() and b.isChecked()
    ]


def press_stray_keys(qtbot, end) -> None:
    """Space and Return where the keyboard is, as the hand that paused presses them again."""
    for key in ACCIDENTAL_KEYS:
        focused = QApplication.focusWidget()
        assert focused is not None and end.isAncestorOf(focused)
        assert focused.accessibleName() not in answers_shown(end), "an answer has the keyboard"
        qtbot.keyClick(focused, key)


def latest(app_window):
    return next(iter(app_window.store.sessions()))


def test_space_and_return_after_stop_record_no_reason(qtbot, app_window) -> None:
    end = stopped_end_page(qtbot, app_window)
    assert is_named(end, WHY_STOPPED)
    assert QApplication.focusWidget().accessibleName() == WHY_STOPPED  # the question is read
    press_stray_keys(qtbot, end)
    assert latest(app_window).stop_reason is None
    assert is_named(end, WHY_STOPPED) and not is_named(end, HOW_RESPONDED)
    assert answers_shown(end) == [c.label for c in stop_reason_choices()]


@pytest.mark.parametrize("reason", list(RESPONSE_SAID_BY))
def test_after_a_reason_the_next_question_offers_only_what_it_left_open(
    qtbot, app_window, reason
) -> None:
    end = stopped_end_page(qtbot, app_window)
    number = next(c.key for c in stop_reason_choices() if c.value is reason)
    qtbot.keyClick(QApplication.focusWidget(), str(number))
    assert latest(app_window).stop_reason is reason
    assert is_named(end, HOW_RESPONDED) and not is_named(end, WHY_STOPPED)
    said = RESPONSE_SAID_BY[reason]
    left = [c for c in response_choices() if c.value is not said]
    assert answers_shown(end) == [c.label for c in left]
    press_stray_keys(qtbot, end)  # nothing is picked for the parent
    assert checked_answers(end) == []
    qtbot.keyClick(QApplication.focusWidget(), str(_key(said)))  # its number picks nothing
    assert checked_answers(end) == []
    last = left[-1]  # the answers keep their numbers: the key written on the button picks it
    qtbot.keyClick(QApplication.focusWidget(), str(last.key))
    assert checked_answers(end) == [labels().response(last.value)]


def _key(response: Response) -> int:
    return next(c.key for c in response_choices() if c.value is response)


def test_tab_reaches_the_first_answer(qtbot, app_window) -> None:
    end = stopped_end_page(qtbot, app_window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    first = stop_reason_choices()[0]
    assert QApplication.focusWidget().accessibleName() == first.label
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert latest(app_window).stop_reason is first.value
    assert is_named(end, HOW_RESPONDED)


def test_a_session_that_ran_asks_with_the_keyboard_on_the_question(qtbot, app_window) -> None:
    win = app_window.window
    qtbot.keyClick(win.home, Qt.Key.Key_S)
    setup = page_shown(win)
    answer_everything(setup, age=8, feed=90)
    setup.start_button.click()
    page = page_shown(win)
    while page.session.active:
        app_window.clock.advance(2)
        page.tick()
    end = page_shown(win)
    assert QApplication.focusWidget().accessibleName() == HOW_RESPONDED
    press_stray_keys(qtbot, end)
    assert page_shown(win) is end and latest(app_window).response is None
    assert answers_shown(end) == [c.label for c in response_choices()]
