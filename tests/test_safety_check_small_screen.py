"""The safety check on a small laptop with the largest text: what the answers change is in sight
the moment a key answers, wherever the questions are scrolled; the areas to skip are offered
whole (buttons instead of a map too small for its labels). On a big screen the map stays."""

from __future__ import annotations

import pytest
from on_screen import named, page_shown
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from safety_check import AGE, CORD, FEED, UNWELL, VACCINATED, no_and_yes, type_number

from infant_massage.ui.common import theme
from infant_massage.ui.shell.window_state import fitted_rect

SCREENS = {
    "1024x768": fitted_rect(QRect(0, 0, 1024, 768)).size(),
    "1920x1080": fitted_rect(QRect(0, 0, 1920, 1080)).size(),
}


@pytest.fixture
def check(qtbot, app_window, request):
    win = app_window.window
    screen, scale = request.param
    win.set_text_scale(scale)
    win.resize(SCREENS[screen])
    win.start_session()  # what S does
    setup = page_shown(win)
    assert setup is win.session_flow.setup_page
    settle()
    yield win, setup
    win.set_text_scale(theme.TEXT_SCALES[0])


SMALL = [("1024x768", theme.TEXT_SCALES[-1])]
BOTH = [*SMALL, ("1920x1080", theme.TEXT_SCALES[0])]


def settle() -> None:
    for _ in range(3):  # wrapped labels take a second pass to find their height
        QApplication.processEvents()


def in_sight(widget: QWidget, window: QWidget) -> bool:
    """Shown whole: not clipped by a scroll area, inside the window."""
    shown = widget.visibleRegion().boundingRect() == widget.rect()
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and shown and window.rect().contains(where)


def key_answer(qtbot, setup, question: str, yes: bool) -> None:
    """Space on the answer, as the keyboard answers (the arrows reach Yes from No)."""
    no, yes_button = no_and_yes(setup, question)
    qtbot.keyClick(yes_button if yes else no, Qt.Key.Key_Space)


def answer_by_keys(qtbot, setup, age: int) -> None:
    type_number(setup, AGE, age)
    type_number(setup, FEED, 90)
    key_answer(qtbot, setup, UNWELL, yes=False)
    key_answer(qtbot, setup, VACCINATED, yes=False)
    key_answer(qtbot, setup, CORD, yes=True)
    settle()


def effect_lines(setup) -> list[QLabel]:
    texts = setup.effect_texts()
    found = [w for w in setup.findChildren(QLabel) if w.isVisible() and w.text() in texts]
    assert len(found) == len(texts) and texts
    return found


def scrolled_to_each_end(setup):
    """The questions scrolled to the top, then to the bottom, as a parent reading down."""
    bar = setup.scroll.verticalScrollBar()
    for value in (bar.minimum(), bar.maximum()):
        bar.setValue(value)
        settle()
        yield value


@pytest.mark.parametrize("check", BOTH, indirect=True, ids=["1024-largest", "1920"])
def test_what_the_answers_change_is_in_sight_wherever_the_questions_are(qtbot, check) -> None:
    win, setup = check
    answer_by_keys(qtbot, setup, age=8)
    for _ in scrolled_to_each_end(setup):
        for line in effect_lines(setup):
            assert in_sight(line, win), line.text()


@pytest.mark.parametrize("check", BOTH, indirect=True, ids=["1024-largest", "1920"])
def test_too_young_for_a_technique_is_said_in_sight(qtbot, check, catalog) -> None:
    win, setup = check
    answer_by_keys(qtbot, setup, age=4)
    later = [t for t in catalog.techniques if t.age_note is not None]
    assert later
    for technique in later:
        said = [w for w in effect_lines(setup) if str(technique.age_note) in w.text()]
        assert len(said) == 1 and in_sight(said[0], win), str(technique.age_note)


@pytest.mark.parametrize("check", SMALL, indirect=True, ids=["1024-largest"])
def test_an_area_to_skip_is_chosen_by_key_and_its_effect_is_in_sight(qtbot, check, catalog):
    win, setup = check
    answer_by_keys(qtbot, setup, age=8)
    area = catalog.areas[0]
    toggle = next(
        b
        for b in named(setup, "Areas to skip today").findChildren(QPushButton)
        if b.text() == str(area.name)
    )
    setup.scroll.ensureWidgetVisible(toggle)
    settle()
    assert in_sight(toggle, win)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    settle()
    said = [w for w in effect_lines(setup) if str(area.name) in w.text()]
    assert len(said) == 1 and in_sight(said[0], win)
    assert not setup.skin_map.isVisible()  # no map cut off or under the buttons
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # and back: the area is offered again
    settle()
    assert not [w for w in effect_lines(setup) if str(area.name) in w.text()]


@pytest.mark.parametrize("check", BOTH, indirect=True, ids=["1024-largest", "1920"])
def test_the_skin_map_fits_whole_or_gives_way_to_buttons(qtbot, check) -> None:
    win, setup = check
    answer_by_keys(qtbot, setup, age=8)
    skin_map = setup.skin_map
    if skin_map.isVisible():  # scrolled to, the map fits the view whole, labels and all
        setup.scroll.ensureWidgetVisible(skin_map, 0, 0)
        settle()
        assert in_sight(skin_map, win)
    else:
        assert named(setup, "Areas to skip today").isVisible()
