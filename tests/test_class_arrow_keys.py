"""Some clickers send Down and Up instead of PgDown and PgUp: they move the class through the
plan, except where the plan list itself uses them to walk the plans."""

from __future__ import annotations

import pytest
from class_walls import class_on_one_screen
from PySide6.QtCore import Qt

from infant_massage.app.window_factory import make_window


@pytest.fixture
def single(qtbot, catalog):
    win = make_window(catalog)
    qtbot.addWidget(win)
    yield class_on_one_screen(qtbot, win)
    win.class_mode.close()


def wall_title(single, index: int) -> str:
    """What the wall's title says for the plan's step at index."""
    mode = single.stage.mode
    step = mode.plan.steps[index]
    catalog = mode.catalog
    return f"{catalog.technique(step.technique).name} · {catalog.area(step.area).name}"


def test_down_and_up_move_through_the_plan(qtbot, single):
    assert len(single.stage.mode.plan.steps) > 1
    assert single.stage.title.text() == wall_title(single, 0)
    qtbot.keyClick(single, Qt.Key.Key_Down)
    assert single.stage.title.text() == wall_title(single, 1)
    qtbot.keyClick(single, Qt.Key.Key_Up)
    assert single.stage.title.text() == wall_title(single, 0)


def test_in_the_plan_list_down_walks_the_plans_not_the_steps(qtbot, single):
    combo = single.picker.combo
    chosen = combo.currentIndex()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == chosen + 1
    assert single.stage.mode.plan == combo.itemData(chosen + 1)
    assert single.stage.title.text() == wall_title(single, 0)  # the new plan's first step
