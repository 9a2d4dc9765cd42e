"""With one screen the class mode window is what the projector shows: B (or `.`) blacks out
all of it, the strip of buttons too, and B again or a click on the black brings it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from infant_massage.app.window_factory import make_window
from infant_massage.ui.class_mode.keys import class_key


@pytest.fixture
def single(qtbot, catalog):
    win = make_window(catalog)
    qtbot.addWidget(win)
    win.show()
    win.presentation_action.setChecked(True)
    window = win.class_mode.single
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    win.class_mode.close()


def black_share(window: QWidget) -> float:
    """The share of a grid of points over the whole window, to its bottom edge, that is black."""
    image = window.grab().toImage()
    points = [
        (x, y)
        for x in range(4, image.width(), image.width() // 16)
        for y in range(4, image.height(), image.height() // 12)
    ] + [(x, image.height() - 3) for x in range(4, image.width(), image.width() // 16)]
    black = sum(image.pixelColor(x, y).name() == "#000000" for x, y in points)
    return black / len(points)


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
