"""What a screen reader sees of the body map: a list whose items are the baby's areas.

The map is one painted widget; without this a screen reader would read it as a single object.
Each region of the view on screen becomes its own accessible child (a button named "Tummy",
its description the number of techniques and the area's note), in the map's reading order,
and the region under the keyboard focus is reported as the focused child.

Lifetime: Qt's accessibility cache keeps pointers to these interfaces. The Python objects are
kept alive here for as long as their map lives; when the map goes, they are removed from the
cache first, so that no interface outlives its Python half.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget


class AccessibleMap(Protocol):
    """What the interfaces need from the body map (kept apart so this file imports no widget)."""

    def region_order(self, view: str | None = None) -> list[str]: ...
    def region_name(self, area_id: str) -> str: ...
    def region_description(self, area_id: str) -> str: ...
    def region_rect(self, area_id: str) -> QRect: ...  # widget coordinates
    def area_at_widget_point(self, point: QPoint) -> str | None: ...
    def accessible_focus(self) -> str | None: ...
    def is_selected(self, area_id: str) -> bool: ...


class RegionAccessible(QAccessibleInterface):
    def __init__(self, owner: QWidget, area_id: str) -> None:
        super().__init__()
        self._owner = owner
        self.area_id = area_id

    def _map(self) -> AccessibleMap:
        return self._owner  # type: ignore[return-value]

    def isValid(self) -> bool:
        return True

    def object(self):
        return None

    def window(self):
        return self._owner.window().windowHandle()

    def parent(self):
        return QAccessible.queryAccessibleInterface(self._owner)

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None

    def focusChild(self):
        return None

    def role(self):
        return QAccessible.Role.Button

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self._map().region_name(self.area_id)
        if kind == QAccessible.Text.Description:
            return self._map().region_description(self.area_id)
        return ""

    def setText(self, kind, text: str) -> None:
        pass

    def rect(self) -> QRect:
        local = self._map().region_rect(self.area_id)
        return QRect(self._owner.mapToGlobal(local.topLeft()), local.size())

    def state(self):
        state = QAccessible.State()
        owner = self._map()
        shown = self.area_id in owner.region_order()
        state.invisible = not shown or not self._owner.isVisible()
        state.focusable = True
        state.focused = shown and owner.accessible_focus() == self.area_id
        state.selectable = True
        state.selected = owner.is_selected(self.area_id)
        return state


class BodyMapAccessible(QAccessibleWidget):
    """The map as a list of areas; its own name and description say how to use it."""

    def __init__(self, widget: QWidget, regions: dict[str, RegionAccessible]) -> None:
        super().__init__(widget, QAccessible.Role.List, "")
        self._widget = widget
        self._regions = regions

    def _map(self) -> AccessibleMap:
        return self._widget  # type: ignore[return-value]

    def _shown(self) -> list[RegionAccessible]:
        return [self._regions[area] for area in self._map().region_order()]

    def childCount(self) -> int:
        return len(self._map().region_order())

    def child(self, index: int):
        shown = self._shown()
        return shown[index] if 0 <= index < len(shown) else None

    def indexOfChild(self, child) -> int:
        for index, region in enumerate(self._shown()):
            if region is child:
                return index
        return -1

    def childAt(self, x: int, y: int):
        area = self._map().area_at_widget_point(self._widget.mapFromGlobal(QPoint(x, y)))
        return self._regions.get(area) if area else None

    def focusChild(self):
        area = self._map().accessible_focus()
        return self._regions.get(area) if area else None


_MAPS: dict[int, dict[str, RegionAccessible]] = {}
_installed = False


def _factory(key: str, obj: QObject):
    regions = _MAPS.get(id(obj)) if isinstance(obj, QWidget) else None
    if regions is None:
        return None
    return BodyMapAccessible(obj, regions)


def register(widget: QWidget, areas: list[str]) -> dict[str, RegionAccessible]:
    """Give a body map widget its region children (once per widget)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    regions = {area: RegionAccessible(widget, area) for area in areas}
    key = id(widget)
    _MAPS[key] = regions
    widget.destroyed.connect(lambda *_: _forget(key))
    return regions


def _forget(key: int) -> None:
    regions = _MAPS.pop(key, {})
    for region in regions.values():
        # Out of Qt's cache before the Python object can go: nothing may point at it after.
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(region))


def report_focus(widget: QWidget, index: int) -> None:
    """Tell a screen reader which region the keyboard is on now."""
    if not QAccessible.isActive() or index < 0:
        return
    from PySide6.QtGui import QAccessibleEvent

    event = QAccessibleEvent(widget, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)
