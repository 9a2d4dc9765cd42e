"""Words that grow with their page: read from a metre away, and larger still on a projector.

The guide page and the running session show their captions and steps in type that follows
two things: the text size the user chose (View > Text size) and the page's height (a 4K
projector page shows them up to 2.2 times as large as a 760 px laptop page). Large type grows
with the text size at half the rate, as the titles do (theme.scaled_points).

Class mode's wall is read across a room, whatever the nurse's text size: each line is a share
of the picture's height (wall_words), so the wall reads the same on any projector. Both set a
widget's words only when their size really changes (restyle).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QRect, QSize, Qt
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
        restyle(widget, f"font-size: {word_points(factor, height):.1f}pt;")


def restyle(widget: QWidget, sheet: str) -> None:
    """Give the widget this style sheet unless it has it: a new sheet re-polishes the widget
    and lays its page out again, so a resize that changes no size costs nothing."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


WALL_ASPECT = 16 / 9  # a projector's picture
LINE_PER_PIXEL_SIZE = 1.17  # DejaVu Sans and most UI fonts: line height / pixel size


def wall_height(size: QSize) -> int:
    """The height a wall's words are a share of: the wall's own, or on a squarer wall (a 4:3
    projector, 1024x768) that of a 16:9 picture as wide, since the words share its width with
    the picture: by the full height they overflowed the side column, cut mid-word."""
    return min(size.height(), round(size.width() / WALL_ASPECT))


def wall_line(size: QSize, share: float) -> int:
    """The line height, in pixels, of words whose lines are this share of a wall's height."""
    return max(8, round(wall_height(size) * share))


def wall_words(size: QSize, styles: Mapping[QWidget, tuple[float, str]]) -> None:
    """Size each widget's words for a wall this large: (line share, the rest of its style)."""
    for widget, (share, rest) in styles.items():
        pixels = max(6, round(wall_line(size, share) / LINE_PER_PIXEL_SIZE))
        restyle(widget, f"font-size: {pixels}px; {rest}")


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
