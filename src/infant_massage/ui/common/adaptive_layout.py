"""A row that becomes a column when the window is too narrow for it (big text, small screen).

Side by side needs the sum of what each part needs at least; when the owner is narrower than
that, the parts stack instead of being squeezed until their words are cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QWidget

WATCHED = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)


class _StackWhenNarrow(QObject):
    def __init__(self, owner: QWidget, row: QBoxLayout) -> None:
        super().__init__(owner)
        self._owner = owner
        self._row = row
        owner.installEventFilter(self)

    def needed_width(self) -> int:
        items = [self._row.itemAt(i) for i in range(self._row.count())]
        widths = [item.minimumSize().width() for item in items if not item.isEmpty()]
        outer = self._owner.layout()
        margins = outer.contentsMargins() if outer is not None else self._owner.contentsMargins()
        gaps = max(0, len(widths) - 1) * max(0, self._row.spacing())
        return sum(widths) + gaps + margins.left() + margins.right()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in WATCHED:
            narrow = self._owner.width() < self.needed_width()
            wanted = (
                QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
            )
            if self._row.direction() != wanted:
                self._row.setDirection(wanted)
        return False


def stack_when_narrow(owner: QWidget, row: QBoxLayout) -> None:
    """Lay row's parts out side by side while owner is wide enough, else one under another."""
    _StackWhenNarrow(owner, row)
