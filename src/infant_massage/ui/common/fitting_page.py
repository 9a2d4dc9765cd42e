"""A page that fits its parts to its size, again when the size or the text size changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QWidget


class FittingPage(QWidget):
    """Calls _fit() on every resize, and once after a restyle.

    A new text size or theme restyles every widget on the page, each with its own event:
    fitting on each would lay the page out hundreds of times, so it fits once, after them all.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_pending = False

    def _fit(self) -> None:
        """Lay the page's parts out for its size and fonts now."""

    def _fit_once(self) -> None:
        self._fit_pending = False
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_once()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        restyled = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if restyled and not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_once)
