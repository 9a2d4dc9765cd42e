"""View > Theme (system, light, dark, high contrast), remembered; a focus ring seen in each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from infant_massage.app.window_factory import SETTINGS_FILE, build_main_window
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.ui.common import theme


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("chosen", list(theme.THEMES.values()), ids=list(theme.THEMES))
def test_the_focus_ring_stands_out_from_everything_round_it(chosen) -> None:
    # WCAG 2.2 non-text contrast: at least 3:1 against the colours next to the ring.
    for neighbour in (chosen.background, chosen.surface, chosen.accent_soft):
        assert contrast(chosen.focus, neighbour) >= 3.0, (chosen.name, neighbour)
    assert chosen.focus != chosen.accent  # a focused choice never looks like a chosen one


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    win = build_main_window(catalog, open_data_dir(tmp_path / "data"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_theme("system")


def ring_pixels(image: QImage, colour: str) -> int:
    """Pixels of about the ring's colour in the outer band of a widget, where a ring is drawn."""
    wanted = QColor(colour)
    band, width, height = 8, image.width(), image.height()
    count = 0
    for y in range(height):
        inner = band <= y < height - band
        for x in range(*(0, band) if inner else (0, width)):
            for px in {x, width - 1 - x} if inner else {x}:
                pixel = image.pixelColor(px, y)
                close = (
                    abs(pixel.red() - wanted.red()) < 40
                    and abs(pixel.green() - wanted.green()) < 40
                    and abs(pixel.blue() - wanted.blue()) < 40
                )
                count += close
    return count


@pytest.mark.parametrize("name", list(theme.THEMES))
def test_each_theme_shows_where_the_keyboard_is(qtbot, window, name) -> None:
    window.set_theme(name)
    chosen = theme.THEMES[name]
    assert window.palette().color(QPalette.ColorRole.Window) == QColor(chosen.background)
    window.start_session()
    questions = window.session_flow.setup_page.questions
    no = questions.unwell.no
    no.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = no.grab().toImage()
    questions.vaccinated.no.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    unfocused = no.grab().toImage()
    assert ring_pixels(focused, chosen.focus) > 2 * (no.width() + no.height())
    assert ring_pixels(unfocused, chosen.focus) < 10
    start = window.session_flow.setup_page.cancel_button
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert ring_pixels(start.grab().toImage(), chosen.focus) > start.width()


def test_the_theme_menu_offers_four_and_the_choice_is_remembered(qtbot, catalog, tmp_path):
    data = open_data_dir(tmp_path / "data")
    first = build_main_window(catalog, data)
    qtbot.addWidget(first)
    offered = [a.data() for a in first.theme_actions.actions()]
    assert offered == ["system", "light", "dark", "high_contrast"]
    next(a for a in first.theme_actions.actions() if a.data() == "high_contrast").trigger()
    assert theme.chosen_name() == "high_contrast"
    first.close()
    settings = QSettings(str(tmp_path / "data" / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert settings.value("appearance/theme") == "high_contrast"
    theme.apply(QApplication.instance(), forced="light")  # the next window must restore it
    second = build_main_window(catalog, data)
    qtbot.addWidget(second)
    assert theme.chosen_name() == "high_contrast"
    assert second.theme_actions.checkedAction().data() == "high_contrast"
    second.set_theme("system")


def test_the_small_map_on_the_safety_page_follows_the_skin_tone(qtbot, window) -> None:
    skin_map = window.session_flow.setup_page.skin_map
    window.start_session()
    QApplication.processEvents()
    before = skin_map.grab().toImage()
    window.set_skin_tone(window.illustrations.skin_tones[-1].id)
    assert skin_map.grab().toImage() != before


@pytest.mark.parametrize("name", list(theme.THEMES))
def test_render_draws_in_each_theme_the_menu_offers(tmp_path, name) -> None:
    from test_command_line import run_app

    out = tmp_path / f"{name}.png"
    result = run_app("render", "--out", str(out), "--theme", name, "--size", "800x600")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    ground = image.pixelColor(image.width() - 10, 6)  # the menu bar's, right of its menus
    assert ground == QColor(theme.THEMES[name].background)


def test_the_baby_icon_follows_the_theme(qtbot, window) -> None:
    # The icon beside the baby's name is drawn in the theme's text colour, also after the theme
    # is changed from View > Theme while the app runs (dark on dark was all but invisible).
    icon = window.profile_switcher.icon_label
    for name in ("light", "dark", "high_contrast", "light", "dark"):
        next(a for a in window.theme_actions.actions() if a.data() == name).trigger()
        QApplication.processEvents()
        image = icon.grab().toImage()
        background = theme.THEMES[name].background
        best = max(
            contrast(image.pixelColor(x, y).name(), background)
            for y in range(image.height())
            for x in range(image.width())
        )
        assert best >= 4.5, (name, best)
