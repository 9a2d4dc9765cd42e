"""A repaint timer that runs only while its widget is on screen and has something to show.

Shared by the guide animation and the session timer, so neither costs CPU when idle or hidden.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_exiting = False


@atexit.register
def _note_exit() -> None:
    # Python's exit hooks run before PySide destroys the widgets still alive: from then on a
    # Show or Hide must not reach Python (a widget still on screen at exit crashed it, SIGSEGV).
    global _exiting
    _exiting = True


class VisibleTimer(QTimer):
    def __init__(self, widget: QWidget, interval_ms: int, wanted: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._wanted = wanted
        self.setInterval(interval_ms)
        widget.installEventFilter(self)

    def sync(self) -> None:
        run = self._wanted() and self._widget.isVisible()
        if run and not self.isActive():
            self.start()
        elif not run and self.isActive():
            self.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _exiting:
            return False
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.sync()  # Qt has already set the widget's visibility when these arrive
        return False
