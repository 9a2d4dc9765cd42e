"""Noticing a window's first paint: the moment a user first sees the app.

Several parts of a start wait for it (the cycle collector, the history's read-through, the
benchmark's trace, the self-test). They share one event filter per window: until the first
paint every event of the window passes through it, in Python, so one is what it may cost.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QObject, QTimer

_watchers: WeakKeyDictionary[QObject, FirstPaint] = WeakKeyDictionary()


class FirstPaint(QObject):
    """An event filter that calls each of its callbacks once, right after the first paint."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._window = window
        self._callbacks: list[Callable[[], None]] = []
        self.seen = False
        window.installEventFilter(self)

    def add(self, on_paint: Callable[[], None]) -> None:
        if self.seen:  # painted already: the callback still comes after the paint, not within
            QTimer.singleShot(0, on_paint)
        else:
            self._callbacks.append(on_paint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # Safe inside eventFilter (Qt says so); from here on no event comes through Python.
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._call_back)
        return False

    def _call_back(self) -> None:
        callbacks, self._callbacks = self._callbacks, []
        for on_paint in callbacks:
            on_paint()


def after_first_paint(window: QObject, on_paint: Callable[[], None]) -> FirstPaint:
    """Call `on_paint` once `window` has first been painted (soon, if it already has been)."""
    watcher = _watchers.get(window)
    if watcher is None:
        watcher = _watchers[window] = FirstPaint(window)
    watcher.add(on_paint)
    return watcher
