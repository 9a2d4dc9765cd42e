"""The chosen area's cards: their two buttons side by side, or stacked when the panel is narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from infant_massage.ui.common import theme


def _stacked(card) -> bool:
    first, second = [b for b in card.findChildren(QPushButton) if b.isVisible()][:2]
    return first.geometry().top() != second.geometry().top()


def test_a_cards_buttons_stack_exactly_when_the_panel_is_narrower_than_its_threshold(
    app_window, qtbot, catalog
) -> None:
    window = app_window.window
    window.select_area(catalog.area_ids[0])
    panel = window.home.technique_panel
    seen = set()
    for width in (800, 1024, 1280, 1920):
        window.resize(width, 800)
        qtbot.waitUntil(lambda w=width: window.width() == w or window.minimumWidth() > w)
        qtbot.wait(50)  # the layouts settle
        narrow = panel.viewport().width() < panel.COMPACT_BELOW * theme.text_scale()
        for card in panel.cards:
            assert _stacked(card) == narrow, (width, card.technique.id)
        seen.add(narrow)
    assert seen == {True, False}  # both layouts were tried
