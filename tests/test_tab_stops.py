"""Tab alone walks each page in an order that follows the screen, and every stop shows itself:
a panel that scrolls has a ring like a button's; no stop sends Tab back where it came from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
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
        *[button for card in cards for button in (card.guide_button, card.session_button)],
        *[b for b in (switcher.add_button, switcher.edit_button) if b.isVisibleTo(window)],
        home.history_button,
        home.map_panel.turn_button,
    ]
    assert len(cards) >= 2
    assert tab_stops(qtbot, home.body_map) == expected


def test_tab_goes_from_the_map_to_the_first_card_with_no_dead_stop(qtbot, app_window) -> None:
    """The techniques' panel is no stop of its own (an invisible frame to land on); from a card's
    button Page Down still reads down the techniques, and Tab brings each button into view."""
    window = app_window.window
    window.select_area("abdomen")
    QApplication.processEvents()  # the new cards are laid out
    home = window.home
    panel = home.technique_panel
    first = panel.cards[0]
    home.body_map.setFocus(Qt.FocusReason.TabFocusReason)
    landed = []
    while QApplication.focusWidget() is not first.guide_button and len(landed) < 5:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        landed.append(QApplication.focusWidget())
    assert landed == [home.map_panel.start_button, first.guide_button]
    assert all(w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in landed)
    bar = panel.verticalScrollBar()
    assert bar.maximum() > 0  # the techniques go on below
    bar.setValue(0)
    qtbot.keyClick(first.guide_button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    assert QApplication.focusWidget() is first.guide_button
    last = panel.cards[-1].session_button
    while QApplication.focusWidget() is not last:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    port = panel.viewport()
    assert port.rect().contains(QRect(last.mapTo(port, QPoint(0, 0)), last.size()))


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
