"""The home screen with the keyboard and a screen reader: the reader hears the map side first, as
on screen; every button is named as it reads (WCAG "label in name"), and two cards' buttons
that read alike are told apart by their technique; Esc from a guide comes back to the button
that opened it; a style applied again (a returning user's theme and text size) keeps the
page's margins."""

from __future__ import annotations

import pytest
from on_screen import label
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from infant_massage.ui.common import theme


def reading_order(widget: QWidget) -> list[QWidget]:
    """The widgets a screen reader meets under widget, in the order it reads them."""
    found = []
    interface = QAccessible.queryAccessibleInterface(widget)
    for index in range(interface.childCount()):
        child = interface.child(index).object()
        if isinstance(child, QWidget) and child.isVisible():
            found.append(child)
            found += reading_order(child)
    return found


def first_index(widgets: list[QWidget], wanted: QWidget) -> int:
    return widgets.index(wanted)


def test_a_screen_reader_reads_the_map_side_before_the_techniques(app_window, catalog) -> None:
    window = app_window.window
    area = catalog.area_ids[2]
    window.select_area(area)
    home = window.home
    order = reading_order(home)
    heading = home.map_panel.view_label
    card = home.technique_panel.cards[0]
    # The map's heading, then the map, then the chosen area's name and its techniques.
    assert first_index(order, heading) < first_index(order, home.body_map)
    assert first_index(order, home.map_panel.start_button) < first_index(order, card)
    title = label(home.technique_panel, str(catalog.area(area).name))
    assert first_index(order, home.body_map) < first_index(order, title) < first_index(order, card)


@pytest.mark.parametrize("scale", [theme.TEXT_SCALES[0], theme.TEXT_SCALES[-1]])
def test_a_screen_reader_reads_each_card_top_to_bottom(qtbot, app_window, catalog, scale) -> None:
    """In a compact column (1024x768, the largest text) the buttons come above the purpose and
    the area's rules under them: the reader follows, as in a wide one."""
    window = app_window.window
    try:
        window.set_text_scale(scale)
        window.resize(1024, 768)
        qtbot.wait(50)
        for area in catalog.area_ids:
            window.select_area(area)
            qtbot.wait(10)  # the rules placed once the new cards are laid out
            for card in window.home.technique_panel.cards:
                interface = QAccessible.queryAccessibleInterface(card)
                parts = [interface.child(i).object() for i in range(interface.childCount())]
                tops = [p.mapTo(card, QPoint(0, 0)).y() for p in parts if p.isVisible()]
                assert tops == sorted(tops), (area, card.technique.id, scale)
    finally:
        window.set_text_scale(theme.TEXT_SCALES[0])


def test_every_home_button_is_named_as_it_reads(app_window, catalog) -> None:
    window = app_window.window
    home = window.home
    for area in catalog.area_ids:
        window.select_area(area)
        for view in ("front", "back"):
            window.home.set_view(view)
            buttons = [b for b in home.findChildren(QAbstractButton) if b.isVisible()]
            for shown in buttons:
                name = QAccessible.queryAccessibleInterface(shown).text(QAccessible.Text.Name)
                words = shown.text().replace("&", "")
                assert name.startswith(words), (words, name)
        # Two cards' buttons read alike: their names say whose they are.
        for card in home.technique_panel.cards:
            technique = str(card.technique.name)
            for each in (card.guide_button, card.session_button):
                name = QAccessible.queryAccessibleInterface(each).text(QAccessible.Text.Name)
                assert technique in name.removeprefix(each.text()), name


def test_esc_from_a_guide_comes_back_to_the_button_that_opened_it(qtbot, app_window) -> None:
    window = app_window.window
    area = "abdomen"  # two techniques: the second card's button, not simply the first one
    window.select_area(area)
    cards = window.home.technique_panel.cards
    assert len(cards) > 1
    opener = cards[-1].guide_button
    opener.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(opener, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is not window.home
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.home
    assert QApplication.focusWidget() is opener


def _home_geometry(window) -> tuple[int, int, int]:
    """Where the map side's words start in the window, how wide that side and the baby are."""
    panel = window.home.map_panel
    return panel.view_label.mapTo(window, QPoint(0, 0)).x(), panel.width(), panel.body_map.width()


def test_a_window_started_at_the_largest_text_is_laid_out_as_one_grown_to_it(
    qtbot, app_window, catalog, tmp_path
) -> None:
    """Started at the largest text, the page had lost its left margin and the map shrank: the
    style applied while the window was built had reset the splitter's own margins."""
    from infant_massage.app.window_factory import make_window
    from infant_massage.storage.data_dir import open_data_dir
    from infant_massage.storage.history.opening import open_history

    largest = theme.TEXT_SCALES[-1]
    assert theme.text_scale() != largest  # the new window's settings make the change
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("appearance/text_scale", largest)
    settings.sync()
    opened = open_history(open_data_dir(tmp_path / "started"))
    try:
        started = make_window(catalog, settings_file=settings, history=opened.store)
        qtbot.addWidget(started)
        assert theme.text_scale() == largest
        grown = app_window.window
        grown.set_text_scale(theme.TEXT_SCALES[0])
        grown.set_text_scale(largest)  # the same size grown to while the app runs
        for window in (started, grown):
            window.resize(1024, 768)
            window.show()
            qtbot.waitExposed(window)
        qtbot.wait(50)
        assert _home_geometry(started) == _home_geometry(grown)
        started.close()
    finally:
        opened.store.close()
        app_window.window.set_text_scale(theme.TEXT_SCALES[0])


def test_the_area_rules_are_read_where_they_show_in_a_window_opened_on_an_area(
    qtbot, catalog, tmp_path
) -> None:
    """Started on an area (--area, or the one last chosen), the column is narrow until the window
    first shows, so the rules start in the first card and then move above the cards: the reader
    meets them there too, not after the last card."""
    from infant_massage.app.window_factory import build_main_window
    from infant_massage.storage.data_dir import open_data_dir

    window = build_main_window(catalog, open_data_dir(tmp_path / "data"))
    qtbot.addWidget(window)
    window.select_area(next(a for a in catalog.area_ids if catalog.safety.for_area(a)))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    column = window.home.technique_panel.widget()
    interface = QAccessible.queryAccessibleInterface(column)
    parts = [interface.child(i).object() for i in range(interface.childCount())]
    tops = [p.y() for p in parts if isinstance(p, QWidget) and p.isVisible()]
    assert tops == sorted(tops)
