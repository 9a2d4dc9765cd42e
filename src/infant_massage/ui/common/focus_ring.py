"""A panel that scrolls, or a table or list, shows when it has the keyboard focus: a ring drawn
over its edge.

Tab stops at a panel that scrolls (the history's detail, the session's questions) so that
the arrow keys and Page Down read what is below; nothing showed that it had stopped there. (The
home page's techniques are no stop: their buttons are, and Page Down works from them.)
A style sheet border would show it, but it takes room when it comes
and goes (the words would wrap anew at each Tab), and Qt keeps a scrolling widget's frame as
wide as it was first drawn (a table's 3 px ring of the sheet's was 1 px), so the ring is a child
widget drawn on top, taking no room and no clicks. One ring follows the focus through the whole
app, told by QApplication's focusChanged (no event filter on every widget).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget
from shiboken6 import isValid

WIDTH = 3  # px, as the style sheet's ring round a button or a box
RADIUS = 8


class FocusRing(QWidget):
    """The ring on one focused scroll area, made when it takes the focus, gone when it leaves."""

    def __init__(self, area: QWidget, colour: str) -> None:
        super().__init__(area)
        self._colour = QColor(colour)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.installEventFilter(self)
        self.setGeometry(area.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._colour, WIDTH))
        edge = QRectF(self.rect()).adjusted(WIDTH / 2, WIDTH / 2, -WIDTH / 2, -WIDTH / 2)
        painter.drawRoundedRect(edge, RADIUS, RADIUS)
        painter.end()


def wears_ring(widget: QWidget | None) -> bool:
    if isinstance(widget, QScrollArea):
        return True
    # A list box's open list has the focus only while it is open, on top of everything.
    in_popup = widget is not None and widget.window().windowType() == Qt.WindowType.Popup
    return isinstance(widget, QAbstractItemView) and not in_popup


class RingFollower(QObject):
    def __init__(self, app: QApplication, colour: Callable[[], str]) -> None:
        super().__init__(app)
        self._colour = colour
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._ring is not None and isValid(self._ring):  # not gone with its area
            self._ring.hide()  # at once: deleteLater waits for the event loop's next turn
            self._ring.deleteLater()
        self._ring = FocusRing(new, self._colour()) if wears_ring(new) else None


_follower: list[RingFollower] = []


def follow_focus(app: QApplication, colour: Callable[[], str]) -> None:
    """From now on a focused scroll area shows a ring, in the colour colour() says at the time."""
    if not _follower:
        _follower.append(RingFollower(app, colour))
