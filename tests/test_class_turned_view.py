"""V turns the wall as the class sees the nurse: the very same picture turned half round, never
mirrored (a mirror would show the tummy's clockwise circle anticlockwise), and the step's
words then name the baby's side alone, the viewer's sides having swapped."""

from __future__ import annotations

from class_walls import class_on_one_screen
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTransform
from PySide6.QtWidgets import QApplication

from infant_massage.app.window_factory import make_window
from infant_massage.domain.class_plan import ClassPlan, ClassStep
from infant_massage.domain.clock import ManualClock


def differing_share(a: QImage, b: QImage) -> float:
    """The share of a grid of points where the two pictures clearly differ."""
    assert a.size() == b.size()
    differ = total = 0
    for y in range(0, a.height(), 5):
        for x in range(0, a.width(), 5):
            one, other = a.pixelColor(x, y), b.pixelColor(x, y)
            total += 1
            channels = zip(one.getRgb()[:3], other.getRgb()[:3], strict=True)
            differ += sum(abs(p - q) for p, q in channels) > 60
    return differ / total


def test_v_turns_the_picture_half_round_and_never_mirrors_it(qtbot, catalog):
    clock = ManualClock()
    win = make_window(catalog, session_clock=clock)
    qtbot.addWidget(win)
    single = class_on_one_screen(qtbot, win)
    mode = win.class_mode.mode
    # The tummy's kneading: the one guide whose direction (clockwise) is the lesson.
    mode.set_plan(ClassPlan(name="Tummy", steps=[ClassStep(area="abdomen", technique="kneading")]))
    clock.advance(2.5)
    qtbot.keyClick(single, Qt.Key.Key_Space)  # a still moment, the same in both pictures
    view = single.stage.view
    view.refresh()
    QApplication.processEvents()
    parents = view.grab().toImage()
    qtbot.keyClick(single, Qt.Key.Key_V)
    QApplication.processEvents()
    turned = view.grab().toImage()
    assert differing_share(parents, turned) > 0.2  # it did turn
    assert differing_share(parents, turned.transformed(QTransform().rotate(180))) < 0.01
    assert differing_share(parents, turned.flipped(Qt.Orientation.Horizontal)) > 0.2


def test_turned_the_words_name_the_babys_side_alone(qtbot, catalog):
    clock = ManualClock()
    win = make_window(catalog, session_clock=clock)
    qtbot.addWidget(win)
    single = class_on_one_screen(qtbot, win)
    mode = win.class_mode.mode
    mode.set_plan(ClassPlan(name="Tummy", steps=[ClassStep(area="abdomen", technique="kneading")]))
    qtbot.keyClick(single, Qt.Key.Key_Space)  # at its start: the hand rests on the baby's right
    single.stage.view.refresh()
    QApplication.processEvents()
    side = catalog.phrases.sides["baby_right"]  # the tummy's baby lies on the back: "front"
    parents_words, class_words = str(side.text("front", False)), str(side.text("front", True))
    assert parents_words != class_words
    words = single.stage.how_step
    assert parents_words in words.text(), words.text()
    qtbot.keyClick(single, Qt.Key.Key_V)
    single.stage.view.refresh()
    QApplication.processEvents()
    assert class_words in words.text() and parents_words not in words.text(), words.text()
