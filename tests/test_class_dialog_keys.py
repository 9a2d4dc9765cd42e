"""While a class-mode dialog is open (her own plan, saving it), the clicker's blackout and Esc
still reach the class: B and "." black out the wall unless the focus is in a text field, where
they are letters of the plan's name; Esc closes the dialog and stops a practice round."""

from __future__ import annotations

import pytest
from class_walls import black_share, class_on_one_screen
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from infant_massage.app.window_factory import make_window
from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.ui.class_mode.keys import class_key


@pytest.fixture
def store(catalog, tmp_path) -> ClassPlanStore:
    return ClassPlanStore(open_data_dir(tmp_path / "data"), catalog)


@pytest.fixture
def win(qtbot, catalog, store):
    window = make_window(catalog, class_plans=store)
    qtbot.addWidget(window)
    class_on_one_screen(qtbot, window, (1280, 720))
    yield window
    window.class_mode.close()


def wall_is_black(window: QWidget) -> bool:
    return black_share(window, columns=12, rows=9, bottom=False) == 1.0


def while_open(qtbot, press) -> list:
    """Runs press(dialog) once the dialog the next click opens is up; what it saw comes back."""
    seen: list = []

    def run() -> None:
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        dialog = QApplication.activeModalWidget()
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
            press(dialog, seen)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def test_in_her_own_plan_b_types_in_the_name_and_blacks_out_elsewhere(qtbot, win):
    single = win.class_mode.single
    blackout = class_key("blackout").keys

    def press(dialog, seen):
        name = dialog.focusWidget()
        seen.append(isinstance(name, QLineEdit))
        before = name.text()
        for key in blackout:
            qtbot.keyClick(name, key)
        seen.append(name.text() == before + "b.")  # a clicker sends "b" too
        seen.append(wall_is_black(single))
        qtbot.keyClick(name, Qt.Key.Key_Tab)  # out of the name field
        seen.append(isinstance(dialog.focusWidget(), QLineEdit))
        for key in blackout:
            qtbot.keyClick(dialog.focusWidget(), key)
            seen.append(wall_is_black(single))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        seen.append(dialog.isVisible())

    seen = while_open(qtbot, press)
    qtbot.mouseClick(single.picker.edit_button, Qt.MouseButton.LeftButton)
    assert seen == [True, True, False, False, True, False, False]
    assert single.isVisible() and win.class_mode.mode.leave_pending  # the class's first Esc


def test_saving_a_plan_keeps_blackout_and_esc(qtbot, win, store):
    single = win.class_mode.single
    mode = win.class_mode.mode
    qtbot.keyClick(single, Qt.Key.Key_S)  # a practice round runs
    assert mode.practising

    def press(dialog, seen):
        name = dialog.focusWidget()
        name.selectAll()
        qtbot.keyClicks(name, "Group B.")
        seen.append(name.text())
        seen.append(wall_is_black(single))
        qtbot.keyClick(name, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_B)
        seen.append(wall_is_black(single))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        seen.append(dialog.isVisible())

    seen = while_open(qtbot, press)
    qtbot.mouseClick(single.picker.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["Group B.", False, True, False]
    assert not mode.practising  # Esc stopped the round, as in the class window
    assert wall_is_black(single)
    assert store.names() == []  # Esc saved nothing
