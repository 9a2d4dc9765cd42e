"""The home screen on an old 1024x768 or 1280x800 laptop, with normal or the largest text:
whichever area is chosen, the first technique's name and its guide button are in sight at once,
and every rule of the area is still there, with its reason. On a big screen the rules still come
before the techniques."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from infant_massage.ui.common import theme
from infant_massage.ui.shell.window_state import fitted_rect

SMALL = fitted_rect(QRect(0, 0, 1024, 768)).size()  # the window a 1024x768 screen opens
SCREENS = {
    "1024x768 largest": (SMALL, theme.TEXT_SCALES[-1]),
    # Normal words, but a column too short for the back's rules above its first card.
    "1024x768 normal": (SMALL, theme.TEXT_SCALES[0]),
    "1280x800 normal": (fitted_rect(QRect(0, 0, 1280, 800)).size(), theme.TEXT_SCALES[0]),
    "1920x1080 normal": (fitted_rect(QRect(0, 0, 1920, 1080)).size(), theme.TEXT_SCALES[0]),
}


@pytest.fixture
def window(app_window):
    yield app_window.window
    app_window.window.set_text_scale(theme.TEXT_SCALES[0])


def settle() -> None:
    for _ in range(3):  # wrapped labels take a second pass to find their height
        QApplication.processEvents()


def in_sight(widget: QWidget, port: QWidget) -> bool:
    """Wholly inside the scroll area's visible part, without scrolling it."""
    return port.rect().contains(QRect(widget.mapTo(port, QPoint(0, 0)), widget.size()))


def title_of(card) -> QLabel:
    [title] = [w for w in card.findChildren(QLabel) if w.text() == str(card.technique.name)]
    return title


def rules_shown(panel) -> dict[str, QLabel]:
    return {w.property("rule"): w for w in panel.findChildren(QLabel) if w.property("rule")}


def show(window, screen: str) -> None:
    size, scale = SCREENS[screen]
    window.set_text_scale(scale)
    window.resize(size)
    settle()
    assert window.size() == QSize(size)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_first_technique_and_its_guide_button_are_in_sight_for_every_area(
    window, catalog, screen
) -> None:
    show(window, screen)
    panel = window.home.technique_panel
    for area_id in catalog.area_ids:
        window.select_area(area_id)
        settle()
        assert panel.verticalScrollBar().value() == 0
        first = panel.cards[0]
        assert first.technique.id == catalog.techniques_on(area_id)[0].id
        port = panel.viewport()
        assert in_sight(title_of(first), port), (screen, area_id)
        assert in_sight(first.guide_button, port), (screen, area_id)
        # Nothing of the area's care is left out to make room: every rule, with its reason.
        shown = rules_shown(panel)
        assert list(shown) == [r.id for r in catalog.safety.for_area(area_id)], area_id
        words = " ".join(" ".join(w.text().split()) for w in panel.findChildren(QLabel))
        for rule in catalog.safety.for_area(area_id):
            assert " ".join(str(rule.why).split()) in words, (area_id, rule.id)


def tallest_rules(catalog) -> str:
    """The area with the tallest rules box: the most rules and cautions shown above its cards."""
    return max(
        catalog.area_ids,
        key=lambda a: len(catalog.safety.for_area(a)) + len(catalog.area(a).cautions),
    )


def test_a_big_screen_keeps_the_rules_above_the_techniques_and_a_small_one_under_the_buttons(
    window, catalog
) -> None:
    area_id = tallest_rules(catalog)
    window.select_area(area_id)
    for screen, under_first_card in (("1920x1080 normal", False), ("1024x768 largest", True)):
        show(window, screen)
        settle()
        panel = window.home.technique_panel
        first = panel.cards[0]
        rules = rules_shown(panel).values()
        assert all(first.isAncestorOf(r) for r in rules) == under_first_card, screen
        top_of_rules = min(r.mapTo(panel.widget(), QPoint(0, 0)).y() for r in rules)
        button = first.guide_button.mapTo(panel.widget(), QPoint(0, 0)).y()
        assert (button < top_of_rules) == under_first_card, screen


def test_growing_the_window_moves_the_rules_back_above_the_cards_once_and_for_good(
    window, catalog
) -> None:
    area_id = tallest_rules(catalog)  # the first whose rules go under its buttons
    window.select_area(area_id)
    panel = window.home.technique_panel
    under_buttons = []
    for height in range(SMALL.height() - 60, SMALL.height() + 240, 12):
        window.resize(SMALL.width(), height)
        settle()
        settle()  # a second turn: nothing may move once the rules have found their place
        first = panel.cards[0]
        under_buttons.append(all(first.isAncestorOf(r) for r in rules_shown(panel).values()))
        assert in_sight(first.guide_button, panel.viewport()), height
    # Under the buttons while the column is short, above the cards once it is tall enough,
    # and never back and forth between.
    assert under_buttons[0] and not under_buttons[-1]
    assert under_buttons == sorted(under_buttons, reverse=True)
