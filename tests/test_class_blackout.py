"""With one screen the class mode window is what the projector shows: B (or `.`) blacks out
all of it, the strip of buttons too, and B again or a click on the black brings it back."""

from __future__ import annotations

import pytest
from class_walls import black_share, class_on_one_screen
from PySide6.QtCore import Qt

from infant_massage.app.window_factory import make_window
from infant_massage.ui.class_mode.keys import class_key


@pytest.fixture
def single(qtbot, catalog):
    win = make_window(catalog)
    qtbot.addWidget(win)
    yield class_on_one_screen(qtbot, win, (1280, 720))
    win.class_mode.close()


@pytest.mark.parametrize("key", class_key("blackout").keys)
def test_the_whole_screen_goes_black_and_comes_back(qtbot, single, key):
    assert black_share(single) < 0.5
    qtbot.keyClick(single, key)
    assert black_share(single) == 1.0
    assert not single.controls.isVisible()
    qtbot.keyClick(single, key)
    assert black_share(single) < 0.5 and single.controls.isVisible()


def test_a_click_on_the_black_brings_the_wall_back(qtbot, single):
    qtbot.keyClick(single, Qt.Key.Key_B)
    assert black_share(single) == 1.0
    qtbot.mouseClick(single.stage.blackout, Qt.MouseButton.LeftButton)  # what lies on top
    assert black_share(single) < 0.5 and single.controls.isVisible()
