"""What to do now is read without scrolling: a parent with oily hands cannot scroll.

On a 1024x768 laptop with the largest text the running session shows, for every step of every
routine, the step's words, its pressure and direction, the count and the time, and Stop, all
whole and in the window. Pressure and direction read as on the technique's card (one facts
block: the fact's name in the card's bold, its value beside it) on the card, the guide page and
the session page.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from safety_check import answer_everything

from infant_massage.ui.common import theme
from infant_massage.ui.common.technique_facts import WHILE_MASSAGING, technique_facts


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def in_window(widget: QWidget, window: QWidget) -> bool:
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().contains(shown)


def whole(label: QLabel) -> bool:
    return label.height() + 1 >= label.heightForWidth(label.width())


def start(window, routine_index: int) -> None:
    window.show_home()
    window.start_session()
    setup = window.session_flow.setup_page
    setup.routine_box.setCurrentIndex(routine_index)
    answer_everything(setup, age=8, feed=90)
    setup.start_button.click()


def fact_labels(block) -> list[QLabel]:
    grid = block.layout()
    return [grid.itemAt(i).widget() for i in range(grid.count())]


def fact_rows(block) -> list[tuple[str, str, int]]:
    """(name, value, the name's weight) of each fact a block shows."""
    grid = block.layout()
    rows = []
    for row in range(grid.rowCount()):
        name, value = (grid.itemAtPosition(row, c).widget() for c in (0, 1))
        rows.append((name.text(), value.text(), name.fontInfo().weight()))
    return rows


def test_every_step_shows_what_to_do_now_without_scrolling(app_window, catalog) -> None:
    window, clock = app_window.window, app_window.clock
    window.set_text_scale(theme.TEXT_SCALES[-1])
    window.resize(1024, 740)  # a 1024x768 screen with its panel
    found = []
    try:
        for index, routine in enumerate(catalog.routines.routines):
            start(window, index)
            page = window.session_flow.run_page
            for number in range(len(page.session.plan.steps)):
                clock.advance(1)
                page.tick()
                settle()
                step = page.session.current_step
                name = f"{routine.id} step {number + 1} ({step.technique} on {step.area})"
                scroll = page.instructions.verticalScrollBar()
                if scroll.maximum() > 0:
                    found.append(f"{name}: the words scroll by {scroll.maximum()} px")
                technique = catalog.technique(step.technique)
                expected = technique_facts(
                    technique, technique.application_for(step.area), WHILE_MASSAGING
                )
                shown = [(n, v) for n, v, _weight in fact_rows(page.facts)]
                if shown != [(f.label, f.value) for f in expected]:
                    found.append(f"{name}: the facts read {shown}")
                words = [page.caption, page.how_step, *fact_labels(page.facts)]
                if page.turn_label.isVisible():  # "Turn the baby onto the tummy." is read too
                    words.append(page.turn_label)
                for widget in (*words, page.counter, page.ring, page.stop_button):
                    if not in_window(widget, window):
                        found.append(f"{name}: {type(widget).__name__} is out of sight")
                for label in words:
                    if not whole(label):
                        found.append(f"{name}: {label.text()[:30]!r} is cut")
                page.go_next()
            window.session_flow.stop_now()
            window.show_home()
    finally:
        window.set_text_scale(theme.TEXT_SCALES[0])
    assert not found, "\n".join(found)


def test_pressure_and_direction_read_the_same_on_the_card_the_guide_and_the_session(
    qtbot, app_window, catalog
) -> None:
    window, clock = app_window.window, app_window.clock
    window.select_area("abdomen")
    card = window.home.technique_panel.cards[0]
    on_card = [
        r
        for r in fact_rows(card.facts)
        if r[0]
        in {f.label for f in technique_facts(card.technique, card.application, WHILE_MASSAGING)}
    ]
    assert [r[:2] for r in on_card] == [
        (f.label, f.value)
        for f in technique_facts(card.technique, card.application, WHILE_MASSAGING)
    ]
    qtbot.mouseClick(card.guide_button, Qt.MouseButton.LeftButton)
    on_guide = fact_rows(window.guide_panel.how_to)
    window.show_home()
    qtbot.mouseClick(card.session_button, Qt.MouseButton.LeftButton)
    start_single = window.session_flow.setup_page
    questions = start_single.questions
    questions.age.setValue(8)
    questions.feed.setValue(90)
    for question in (questions.unwell, questions.vaccinated):
        question.set_value(False)
    questions.cord_healed.set_value(True)
    start_single.start_button.click()
    clock.advance(1)
    window.session_flow.run_page.tick()
    on_session = fact_rows(window.session_flow.run_page.facts)
    assert on_guide == on_card  # the same words, the names as bold as the card's
    assert [r[:2] for r in on_session] == [r[:2] for r in on_card]
    assert all(weight == on_card[0][2] > 400 for _n, _v, weight in on_session)
