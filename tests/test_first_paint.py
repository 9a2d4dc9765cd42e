"""What a start leaves for the window's first paint is called once, after it, by one watcher."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from infant_massage.app.first_paint import after_first_paint


def test_each_waiting_part_is_called_once_after_the_first_paint(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    first = after_first_paint(window, lambda: calls.append("collector"))
    second = after_first_paint(window, lambda: calls.append("history check"))
    assert first is second  # one filter on the window, however many wait
    assert calls == [] and not first.seen
    window.show()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=3000)
    assert calls == ["collector", "history check"]  # in the order they asked
    window.update()
    window.repaint()
    qtbot.wait(50)
    assert calls == ["collector", "history check"]  # a later paint calls nobody again


def test_a_part_that_asks_after_the_paint_is_still_called(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_paint(window, lambda: calls.append("early"))
    window.show()
    qtbot.waitUntil(lambda: calls == ["early"], timeout=3000)
    watcher = after_first_paint(window, lambda: calls.append("late"))
    assert watcher.seen and calls == ["early"]  # not called from inside the asking code
    qtbot.waitUntil(lambda: calls == ["early", "late"], timeout=3000)
