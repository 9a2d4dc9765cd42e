"""Tab alone walks each page in an order that follows the screen, and every stop shows itself:
a panel that scrolls has a ring like a button's; no stop sends Tab back where it came from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_themes_and_focus import ring_pixels

from infant_massage.ui.common import theme


def tab_stops(qtbot, start: QWidget, most: int = 40) -> list[QWidget]:
    """The widgets Tab lands on from start, until it comes back to start."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops = [QApplication.focusWidget()]
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is stops[0]:
            return stops
        stops.append(QApplication.focusWidget())
    raise AssertionError(f"Tab never came back: {stops}")


def test_tab_walks_the_home_page_as_it_reads(qtbot, app_window) -> None:
    window = app_window.window
    window.select_area("abdomen")
    home = window.home
    cards = home.technique_panel.cards
    switcher = home.profile_switcher
    expected = [
        home.body_map,
        home.map_panel.start_button,
        home.technique_panel,  # so that the arrows and Page Down read down the techniques
        *[button for card in cards for button in (card.guide_button, card.session_button)],
        *[b for b in (switcher.add_button, switcher.edit_button) if b.isVisibleTo(window)],
        home.history_button,
        home.map_panel.turn_button,
    ]
    assert len(cards) >= 2
    assert tab_stops(qtbot, home.body_map) == expected


@pytest.mark.parametrize("name", list(theme.THEMES))
def test_the_technique_panel_shows_when_tab_stops_on_it(qtbot, app_window, name) -> None:
    window = app_window.window
    window.set_theme(name)
    window.select_area("abdomen")
    panel = window.home.technique_panel
    window.home.map_panel.start_button.setFocus(Qt.FocusReason.TabFocusReason)
    unfocused = ring_pixels(panel.grab().toImage(), theme.THEMES[name].focus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel
    focused = ring_pixels(panel.grab().toImage(), theme.THEMES[name].focus)
    edge = 2 * (panel.width() + panel.height())
    assert focused - unfocused >= edge, (name, focused, unfocused)
    qtbot.keyClick(panel, Qt.Key.Key_Tab)  # on to the first card: the ring goes with the focus
    QApplication.processEvents()
    assert ring_pixels(panel.grab().toImage(), theme.THEMES[name].focus) <= unfocused + edge // 4
    window.set_theme("system")


def test_tab_walks_the_history_page_to_every_button_and_filter(qtbot, app_window) -> None:
    window = app_window.window
    window.show_history()
    panel = window.history_panel
    stops = tab_stops(qtbot, panel.table)
    for wanted in (
        panel.import_button,
        panel.export_button,
        panel.back_button,
        panel.filters.baby_box,
        panel.filters.period_box,
        panel.detail_scroll,
    ):
        assert wanted in stops, wanted
    assert len(stops) == len(set(stops))


@pytest.mark.parametrize("name", list(theme.THEMES))
def test_the_history_table_shows_a_full_ring_when_it_has_the_focus(qtbot, app_window, name):
    window = app_window.window
    window.set_theme(name)
    window.show_history()
    table = window.history_panel.table
    window.history_panel.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    unfocused = ring_pixels(table.grab().toImage(), theme.THEMES[name].focus)
    table.setFocus(Qt.FocusReason.BacktabFocusReason)
    QApplication.processEvents()
    focused = ring_pixels(table.grab().toImage(), theme.THEMES[name].focus)
    # Three pixels deep all round, as round a button (Qt kept a sheet's ring 1 px wide here).
    assert focused - unfocused >= 2.5 * 2 * (table.width() + table.height()), (name, focused)
    window.set_theme("system")
