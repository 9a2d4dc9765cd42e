"""Words that grow with their page: read from a metre away, and larger still on a projector.

The guide page and the running session show their captions and steps in type that follows
two things: the text size the user chose (View > Text size) and the page's height (a 4K
projector page shows them up to 2.2 times as large as a 760 px laptop page). Large type grows
with the text size at half the rate, as the titles do (theme.scaled_points).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from infant_massage.ui.common import theme

REFERENCE_HEIGHT = 760  # px: a page this high or lower shows the words at their own size
MOST_GROWTH = 2.2  # a projector's page: never more than this


GROWTH_STEP = 0.05  # a window dragged taller restyles every 38 px or so, not every pixel


def page_growth(height: int) -> float:
    """How much a page of this height enlarges its words (1 on a laptop)."""
    growth = max(1.0, min(MOST_GROWTH, height / REFERENCE_HEIGHT))
    return round(growth / GROWTH_STEP) * GROWTH_STEP


def word_points(factor: float, height: int) -> float:
    """The point size of words factor times the body text, on a page this high."""
    points = theme.scaled_points(theme.BASE_POINT_SIZE * factor, theme.text_scale())
    return round(points * page_growth(height), 1)


def scale_words(height: int, factors: Mapping[QWidget, float]) -> None:
    """Give each widget its words' size (factor times the body text) for a page this high.

    A widget's own style sheet, because the application's style sheet sets every widget's font
    size and would win over setFont; set only when the size really changes, since a new style
    sheet re-polishes the widget and lays its page out again.
    """
    for widget, factor in factors.items():
        sheet = f"font-size: {word_points(factor, height):.1f}pt;"
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)


def words_height(label: QLabel, texts: Iterable[str], width: int) -> int:
    """The height the label needs for the longest of these texts, wrapped at this width.

    A page that sizes its words from the longest it will show keeps its picture still while
    the words change (the guide's captions, the session's steps).
    """
    label.ensurePolished()
    metrics = label.fontMetrics()
    room = QRect(0, 0, max(1, width), 100000)
    flags = Qt.TextFlag.TextWordWrap
    return max((metrics.boundingRect(room, flags, text).height() for text in texts), default=0) + 2
