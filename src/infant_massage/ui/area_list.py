"""A keyboard-friendly list of the body areas, the way in until (and beside) the body map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from infant_massage.domain.catalog import Catalog


class AreaList(QListWidget):
    areaSelected = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Body areas"))
        self.setSpacing(2)
        for area in catalog.areas:
            count = len(catalog.techniques_on(area.id))
            item = QListWidgetItem(str(area.name))
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            item.setToolTip(str(area.note))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1, %n technique(s)", "", count).replace("%1", str(area.name)),
            )
            self.addItem(item)
        self.currentItemChanged.connect(self._on_current_changed)

    def select_area(self, area_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == area_id:
                self.setCurrentRow(row)
                return
        raise KeyError(area_id)

    def selected_area(self) -> str | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.areaSelected.emit(current.data(Qt.ItemDataRole.UserRole))
