"""The session tells the truth about what happened: a routine skipped through with Next is not
"completed" and lists no area it never massaged, on the end page and in the history alike; a
routine that ran is completed and lists the areas it went through."""

from __future__ import annotations

from on_screen import button, click, page_shown, texts_shown
from PySide6.QtCore import Qt
from safety_check import answer_everything

from infant_massage.domain.record_rules import session_completes, step_counts
from infant_massage.domain.session_record import Outcome
from infant_massage.ui.common.choice_labels import labels
from infant_massage.ui.history.table_model import Column

WHY_STOPPED = "Why did you stop?"


def start_routine(qtbot, app_window):
    win = app_window.window
    qtbot.keyClick(win.home, Qt.Key.Key_S)
    setup = page_shown(win)
    answer_everything(setup, age=8, feed=90)
    click(button(setup, "10 min"))
    click(setup.start_button)
    page = page_shown(win)
    assert page is win.session_flow.run_page
    return page


def area_names(catalog) -> set[str]:
    return {str(area.name) for area in catalog.areas}


def history_row(qtbot, app_window) -> dict[Column, str]:
    """The newest session as the History page lists it (opened with H)."""
    win = app_window.window
    qtbot.keyClick(win.pages.currentWidget(), Qt.Key.Key_H)
    panel = page_shown(win)
    assert panel is win.history_panel
    return {column: panel.model.index(0, column).data() for column in Column}


def test_next_pressed_through_a_routine_is_not_a_completed_session(
    qtbot, app_window, catalog
) -> None:
    page = start_routine(qtbot, app_window)
    clock, presses = app_window.clock, 0
    while page.session.active:  # a quick press of N on every step, as a parent skipping
        clock.advance(0.3)
        page.tick()
        qtbot.keyClick(page, Qt.Key.Key_N)
        presses += 1
    assert presses == len(page.session.plan.steps)
    end = page_shown(app_window.window)
    shown = texts_shown(end)
    pairs = [(s.done_seconds, s.planned_seconds) for s in page.session.record().steps]
    assert not session_completes(pairs) and not any(step_counts(*p) for p in pairs)
    assert "Session finished" not in shown and not any("Well done" in t for t in shown)
    assert WHY_STOPPED in shown  # as for any session that ended early
    click(button(end, "Skip this question"))
    click(button(end, "Save"))
    summary = [line for t in texts_shown(end) for line in t.splitlines() if "Areas:" in line]
    assert len(summary) == 1 and not any(name in summary[0] for name in area_names(catalog))
    click(button(end, "Done"))
    row = history_row(qtbot, app_window)
    assert row[Column.OUTCOME] == labels().outcome(Outcome.STOPPED)
    assert not any(name in row[Column.AREAS] for name in area_names(catalog))


def test_a_routine_that_ran_is_completed_with_the_areas_it_went_through(
    qtbot, app_window, catalog
) -> None:
    page = start_routine(qtbot, app_window)
    clock = app_window.clock
    steps = page.session.plan.steps
    while page.session.active:
        clock.advance(1)
        page.tick()
    end = page_shown(app_window.window)
    assert "Session finished" in texts_shown(end)
    click(button(end, "Save"))
    names = [str(catalog.area(a).name) for a in dict.fromkeys(s.area for s in steps)]
    lines = [line for t in texts_shown(end) for line in t.splitlines()]
    assert f"Areas: {', '.join(names)}" in lines
    click(button(end, "Done"))
    row = history_row(qtbot, app_window)
    assert row[Column.OUTCOME] == labels().outcome(Outcome.COMPLETED)
    assert all(name in row[Column.AREAS] for name in names)
