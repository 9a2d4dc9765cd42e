"""The history's table view: a QTableView that says when its width for columns changed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableView


class SessionTable(QTableView):
    resized = Signal()  # the room for the columns changed: the page fits them again

    def room(self) -> int:
        """The width the columns have: the view's, less the vertical scroll bar when the rows
        need it (known only after the view has laid its scroll bars out)."""
        self.updateGeometries()
        return self.viewport().width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()
