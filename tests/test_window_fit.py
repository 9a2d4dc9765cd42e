"""The window opens on the screen it is on: never larger than the work area, centred, and where
the user left it on that same screen (a laptop and its projector each remember their own)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings

from infant_massage.app.window_factory import SETTINGS_FILE, build_main_window
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.ui.shell.window_state import (
    FRAME_ALLOWANCE,
    PREFERRED_SIZE,
    TITLE_BAR,
    clamped_rect,
    fitted_rect,
    screen_key,
)

SMALL = QRect(0, 0, 1024, 740)  # a 1024x768 laptop with a 28 px panel
LARGE = QRect(0, 0, 3840, 2120)


def frame_of(rect: QRect) -> QRect:
    """The window with its title bar and border, as the desktop places it."""
    side = FRAME_ALLOWANCE.width() // 2
    bottom = FRAME_ALLOWANCE.height() - TITLE_BAR
    return rect.adjusted(-side, -TITLE_BAR, side, bottom)


def test_a_first_start_on_a_small_screen_fits_the_work_area_centred() -> None:
    rect = fitted_rect(SMALL)
    assert SMALL.contains(frame_of(rect))
    assert rect.width() < PREFERRED_SIZE.width() and rect.height() < PREFERRED_SIZE.height()
    frame = frame_of(rect)
    assert abs(frame.center().x() - SMALL.center().x()) <= 1
    assert abs(frame.center().y() - SMALL.center().y()) <= 1


def test_a_first_start_on_a_big_screen_takes_the_usual_size_centred() -> None:
    rect = fitted_rect(LARGE.translated(1920, 0))  # a second screen right of the first
    assert rect.size() == PREFERRED_SIZE
    assert LARGE.translated(1920, 0).contains(frame_of(rect))


def test_a_remembered_window_from_a_bigger_screen_is_moved_and_shrunk_onto_this_one() -> None:
    for remembered in (QRect(2000, 900, 1800, 1100), QRect(-300, -50, 900, 700)):
        rect = clamped_rect(remembered, SMALL)
        assert SMALL.contains(frame_of(rect)), remembered


def test_the_window_fits_the_screen_and_is_remembered_per_screen(qtbot, catalog, tmp_path):
    data = open_data_dir(tmp_path / "data")
    first = build_main_window(catalog, data)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    assert available.contains(frame_of(first.geometry()))
    assert first.minimumWidth() <= available.width()
    first.setGeometry(clamped_rect(QRect(30, 70, 500, 400), available))
    placed = clamped_rect(first.geometry(), available)  # as large as the minimum size allows
    first.close()
    settings = QSettings(str(tmp_path / "data" / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert settings.value(screen_key(first.screen())) is not None
    second = build_main_window(catalog, data)
    qtbot.addWidget(second)
    assert second.geometry() == placed
