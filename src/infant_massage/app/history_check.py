"""The history's background read-through, started once the home screen has been painted.

Never on the start path: the window's first paint comes first, then a short pause, so what the
user does first does not share the disk with a read of the whole file. Quitting interrupts it.
What it finds reaches the UI thread as a queued signal and is said through the history's notice
(the status bar, the History page), never as a box in the middle of a session. In class mode
the home window stays hidden, so the check waits until it is shown (or for the next start).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from infant_massage.app.first_paint import after_first_paint
from infant_massage.storage.history import background_check
from infant_massage.storage.history.background_check import BackgroundCheck, Result, Verdict
from infant_massage.storage.history.store import HistoryStore

# After the first paint: the pages a user opens first are built and imported in this time.
PAUSE_AFTER_PAINT_MS = 2000


class HistoryCheckAfterPaint(QObject):
    """Watches `window` for its first paint, then reads the history through if it is due."""

    started = Signal()
    finished = Signal(object)  # the Result, on the UI thread
    _done = Signal(object)  # emitted on the check's thread, so queued to this object's thread

    def __init__(
        self,
        window: QWidget,
        store: HistoryStore,
        data_path: Path,
        pause_ms: int = PAUSE_AFTER_PAINT_MS,
        make_check: Callable[..., BackgroundCheck] = BackgroundCheck,
        is_due: Callable[[Path, Path], bool] = background_check.is_due,
    ) -> None:
        super().__init__(window)
        self._store = store
        self._data_path = data_path
        self._pause_ms = pause_ms
        self._make_check = make_check
        self._is_due = is_due
        self.check: BackgroundCheck | None = None
        self.painted = False
        self._quitting = False
        after_first_paint(window, self._after_paint)
        self._done.connect(self._report)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def _after_paint(self) -> None:
        self.painted = True
        QTimer.singleShot(self._pause_ms, self, self._start)

    def _start(self) -> None:
        store = self._store
        if self._quitting or self.check is not None or not store.is_open or store.path is None:
            return  # quitting already, or a history that is not this copy's file to check
        if not self._is_due(self._data_path, store.path):
            return
        self.check = self._make_check(store.path, self._data_path, self._hand_over)
        self.check.start()
        self.started.emit()

    def _hand_over(self, result: Result) -> None:
        # On the check's thread. The window (and this object with it) may be gone by now.
        with contextlib.suppress(RuntimeError):
            self._done.emit(result)

    def _report(self, result: Result) -> None:
        if result.verdict is Verdict.DAMAGED:
            self._store.found_damage(result.detail)
        self.finished.emit(result)

    def stop(self) -> None:
        """Interrupt a check still reading (the app is quitting: it must not wait for it)."""
        self._quitting = True
        if self.check is not None:
            self.check.stop()
