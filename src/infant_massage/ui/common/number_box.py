"""A number box that may stand for "not given yet" and still takes a typed number at once."""

from __future__ import annotations

from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QSpinBox


class NumberBox(QSpinBox):
    """A spin box whose lowest value shows a word ("Not given", "Not sure").

    Qt keeps that word as the box's text, so a digit typed after it makes "Not given3", which
    the box refuses: only the arrow keys would move it. A parent expects to type the number,
    so while the word shows, what is typed replaces it.
    """

    def showing_word(self) -> bool:
        # The text, not the value: a "-" being typed leaves the value at its lowest for a while.
        return bool(self.specialValueText()) and self.text() == self.specialValueText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.showing_word() and event.text().isprintable() and event.text().strip():
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.showing_word():
            self.lineEdit().selectAll()
