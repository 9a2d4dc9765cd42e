"""A label as tall as the longest of the words it will show, so what is under it stays put.

A caption under a moving guide changes every few seconds; a label as tall as its current words
would make the picture above it jump each time. This one tells its layout, for any width, the
height of the tallest of its texts (set_texts), measured in the same layout pass as its width:
a page is right after one pass, never first wrong and corrected by a resize.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget

from infant_massage.ui.common.scaled_words import words_height


class SteadyLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._texts: frozenset[str] = frozenset()
        self._heights: dict[int, int] = {}  # width -> height; layouts ask many times

    def set_texts(self, texts: Iterable[str]) -> None:
        """Every text this label will show, until the next call."""
        texts = frozenset(texts)
        if texts != self._texts:
            self._texts = texts
            self._heights.clear()
            self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            margins = self.contentsMargins()
            inner = width - margins.left() - margins.right() - 2 * self.margin()
            tallest = words_height(self, self._texts | {self.text()}, inner)
            tallest += margins.top() + margins.bottom() + 2 * self.margin()
            height = self._heights[width] = max(super().heightForWidth(width), tallest)
        return height

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(hint.width())))

    def setText(self, text: str) -> None:
        if text == self.text():
            return  # every frame asks: only a change costs a layout
        if text not in self._texts:
            self._heights.clear()  # words not foreseen: measured with them
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()  # new words' size: measure again
        super().changeEvent(event)
