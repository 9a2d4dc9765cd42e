"""Panels that scroll down but never sideways claim the width their content needs.

A scroll area with its horizontal scroll bar off would otherwise cut its content at the
right edge once big text makes a word or a button wider than the area: the guide's steps,
a technique card's buttons. Watching the content's layout, the area's minimum width follows
what the content needs, so the splitter or layout round it makes room instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

WATCHED = (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.ChildAdded)


class WidthClaim(QObject):
    """Keeps a scroll area as wide as its content needs (see claim_content_width).

    It watches the area and its content, never the area's viewport: the first viewport() a
    program asks for is the first widget Qt made that PySide must name, and to name it PySide
    builds every widget class it has, with their enums: 30-60 ms before the home screen's
    first paint.
    """

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._content: QWidget | None = None
        area.installEventFilter(self)
        self.follow_content()

    def follow_content(self) -> None:
        """After the area's setWidget: the new content is watched and its width claimed."""
        content = self._area.widget()
        if content is not None and content is not self._content:
            content.installEventFilter(self)
            self._content = content
        self.claim()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in WATCHED:
            self.claim()
        return False

    def claim(self) -> None:
        content = self._area.widget()
        if content is None:
            return
        bar = self._area.verticalScrollBar().sizeHint().width()
        margins = self._area.contentsMargins()
        need = content.minimumSizeHint().width() + bar + margins.left() + margins.right()
        if self._area.minimumWidth() != need:
            self._area.setMinimumWidth(need)


def claim_content_width(area: QScrollArea) -> WidthClaim:
    """This area, which never scrolls sideways, claims its content's width from now on; a
    content set later is followed by calling the claim's follow_content().

    Each such area asks for it itself, where it is made: searching a window for its scroll
    areas (findChildren) hands PySide every widget of the window, and it builds a Python class,
    with its enums, for each kind it meets: 40 ms of CPU on the way to the home screen.
    """
    return WidthClaim(area)


def downward_scroll(content: QWidget) -> QScrollArea:
    """A frameless area that scrolls its content down, never sideways, as wide as its content
    needs."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    claim_content_width(area)
    return area
