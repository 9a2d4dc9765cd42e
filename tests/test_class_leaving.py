"""Leaving class mode brings back the home screen, with the babies' names: a clicker's show
button sends Esc or F5 by itself, so one press only stops a practice round and asks; a second
press leaves, any other key lets the class go on."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from infant_massage.app.window_factory import build_main_window
from infant_massage.domain.profile import BabyProfile
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import open_history
from infant_massage.ui.class_mode.keys import class_key

NAME = "Philippa"


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    data = open_data_dir(tmp_path / "data")
    opened = open_history(data)
    baby = BabyProfile(name=NAME, birth_date=date.today() - timedelta(days=200))
    opened.store.save_profile(baby)
    win = build_main_window(catalog, data, opened=opened)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.profile_switcher.reload(choose=baby.id, announce=True)
    yield win
    if win.class_mode is not None:
        win.class_mode.close()
    opened.store.close()


def names_on_screen() -> bool:
    """Whether any visible window shows the baby's name anywhere in it."""
    from PySide6.QtWidgets import QComboBox, QLabel

    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts = [label.text() for label in top.findChildren(QLabel) if label.isVisible()]
        texts += [box.currentText() for box in top.findChildren(QComboBox) if box.isVisible()]
        if any(NAME in text for text in texts):
            return True
    return False


def open_class_mode(qtbot, win):
    assert names_on_screen()  # the home screen shows the name: the checks below can fail
    qtbot.keyClick(win, Qt.Key.Key_F5)
    target = win.class_mode.single
    qtbot.waitUntil(lambda: QApplication.activeWindow() is target)
    return target


@pytest.mark.parametrize("key", class_key("leave").keys)
def test_one_press_asks_and_a_second_leaves(qtbot, window, key):
    target = open_class_mode(qtbot, window)
    button = target.controls.leave_button
    qtbot.keyClick(target, key)
    assert window.class_mode.is_open and not window.isVisible() and not names_on_screen()
    assert button.text() == f"{class_key('leave').first_key} again to leave"
    qtbot.keyClick(target, key)
    assert not window.class_mode.is_open and window.isVisible()


def test_any_other_key_after_a_first_press_lets_the_class_go_on(qtbot, window):
    target = open_class_mode(qtbot, window)
    button = target.controls.leave_button
    steady = button.text()
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert button.text() != steady
    qtbot.keyClick(target, Qt.Key.Key_PageDown)  # the clicker's next: the class goes on
    assert button.text() == steady
    assert target.stage.step_of.text().startswith("Step 2 of")
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert window.class_mode.is_open and not names_on_screen()


def test_esc_stops_a_practice_round_at_once(qtbot, window):
    target = open_class_mode(qtbot, window)
    mode = window.class_mode.mode
    qtbot.keyClick(target, Qt.Key.Key_S)
    assert target.stage.ring.isVisible()
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert not mode.practising and not target.stage.ring.isVisible()
    assert window.class_mode.is_open


def test_the_leave_button_leaves_at_once(qtbot, window):
    target = open_class_mode(qtbot, window)
    qtbot.mouseClick(target.controls.leave_button, Qt.MouseButton.LeftButton)
    assert not window.class_mode.is_open and window.isVisible()
