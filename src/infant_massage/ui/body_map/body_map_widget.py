"""The clickable baby: hover names a region, a click selects it, keys walk through them all."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.drawing_cells import DrawingCells
from infant_massage.domain.geometry import Shape
from infant_massage.domain.name_tags import PlacedTag
from infant_massage.domain.tag_picture import Picture
from infant_massage.ui.body_map import accessible as body_map_accessible
from infant_massage.ui.body_map import labels
from infant_massage.ui.body_map.illustrations import VIEWS, Illustrations
from infant_massage.ui.common import focus_ring, theme
from infant_massage.ui.common.text_format import fill

MARGIN = 12.0
# The parent watches the baby's face: no tag lies on it, its own goes beside the head.
UNCOVERED = frozenset({"face"})


def _painter_path(shape: Shape) -> QPainterPath:
    path = QPainterPath()
    for polygon in shape.polygons:
        first, *rest = polygon.points
        path.moveTo(*first)
        for point in rest:
            path.lineTo(*point)
        path.closeSubpath()
    return path


class BodyMap(QWidget):
    areaSelected = Signal(str)
    areaHovered = Signal(str)  # "" when the pointer leaves every region
    viewChanged = Signal(str)

    def __init__(
        self, illustrations: Illustrations, catalog: Catalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._illustrations = illustrations
        self._catalog = catalog
        self._view = VIEWS[0]
        self._tone: str | None = None
        self._age_months: float | None = None
        self._selected: str | None = None
        self._hovered: str | None = None
        self._focused: str | None = None
        self._marked: frozenset[str] = frozenset()
        self._drawing_image = QImage()
        self._drawing_key: tuple | None = None
        self._paths = {
            (view, area): _painter_path(shape)
            for view, body in illustrations.views.items()
            for area, shape in body.regions.items()
        }
        self.show_names = True
        self._picture: tuple[tuple, Picture] | None = None
        # Each view's drawing in the tags' cells, and where names and crosses go: shipped ready
        # or made once, when the view is first drawn (not also the other side).
        self._drawing_cells: dict[str, DrawingCells] = {}
        # The tags for one view, size and font: choosing, pointing or walking never moves them.
        self._tags: tuple[tuple, labels.NameTags | None] = ((), None)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 320)
        areas = {area for body in illustrations.views.values() for area in body.regions}
        self._accessible_regions = body_map_accessible.register(
            self, [a for a in catalog.area_ids if a in areas]
        )
        self._update_accessible_text()

    def _anchors(self, view: str, area: str) -> list[tuple[float, float]]:
        """A point well inside each part of the region (a cross goes there)."""
        return self._cells(view).anchors[area]

    def _cells(self, view: str) -> DrawingCells:
        """The view's drawing as the name tags see it (made once; see labels.drawing_cells)."""
        if view not in self._drawing_cells:
            self._drawing_cells[view] = labels.drawing_cells(self._illustrations, view)
        return self._drawing_cells[view]

    def _name_anchor(self, view: str, area: str) -> tuple[float, float]:
        """Where the name goes: inside the largest part (both hands: the bigger)."""
        shape = self._illustrations.views[view].regions[area]
        return self._anchors(view, area)[shape.polygons.index(shape.largest())]

    # --- state -------------------------------------------------------------------------------

    @property
    def view(self) -> str:
        return self._view

    @property
    def selected_area(self) -> str | None:
        return self._selected

    @property
    def hovered_area(self) -> str | None:
        return self._hovered

    @property
    def focused_area(self) -> str | None:
        return self._focused

    def region_order(self, view: str | None = None) -> list[str]:
        """Regions in reading order: the catalog's order of areas, as far as the view shows them."""
        regions = self._illustrations.views[view or self._view].regions
        return [area for area in self._catalog.area_ids if area in regions]

    def set_view(self, view: str) -> None:
        if view not in VIEWS:
            raise ValueError(f"unknown view '{view}' (choose from: {', '.join(VIEWS)})")
        if view == self._view:
            return
        self._view = view
        self._hovered = None
        if self._focused not in self.region_order():
            self._focused = None
        self._update_accessible_text()
        if QAccessible.isActive():  # other children now: the reader must list them again
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.ObjectReorder))
        self.update()
        self.viewChanged.emit(view)

    def toggle_view(self) -> None:
        self.set_view(VIEWS[(VIEWS.index(self._view) + 1) % len(VIEWS)])

    def select_area(self, area_id: str) -> None:
        self._catalog.area(area_id)  # unknown ids fail loudly
        if area_id not in self.region_order():
            views = self._illustrations.views_with(area_id)
            if views:
                self.set_view(views[0])
        self._selected = area_id
        self._focused = area_id
        self._update_accessible_text()
        self.update()
        self.areaSelected.emit(area_id)

    @property
    def marked_areas(self) -> frozenset[str]:
        return self._marked

    def set_marked(self, areas) -> None:
        """Cross out areas (e.g. sore skin today): they stay pickable, to unmark them."""
        self._marked = frozenset(areas)
        self.update()

    def set_skin_tone(self, tone_id: str | None) -> None:
        self._tone = tone_id
        self.update()

    def set_age_months(self, age_months: float | None) -> None:
        self._age_months = age_months
        self._update_accessible_text()

    def sizeHint(self) -> QSize:
        return QSize(380, 520)

    # --- geometry ----------------------------------------------------------------------------

    def _target_rect(self) -> QRectF:
        body = self._illustrations.views[self._view]
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        scale = min(area.width() / body.width, area.height() / body.height)
        width, height = body.width * scale, body.height * scale
        return QRectF(
            area.left() + (area.width() - width) / 2,
            area.top() + (area.height() - height) / 2,
            width,
            height,
        )

    def view_transform(self) -> QTransform:
        """Illustration units -> widget pixels."""
        body = self._illustrations.views[self._view]
        target = self._target_rect()
        scale = target.width() / body.width
        return QTransform.fromTranslate(target.left(), target.top()).scale(scale, scale)

    def area_at(self, pos: QPointF) -> str | None:
        inverse, ok = self.view_transform().inverted()
        if not ok:
            return None
        point = inverse.map(QPointF(pos))
        return self._illustrations.views[self._view].region_at((point.x(), point.y()))

    def point_in(self, area_id: str) -> QPointF:
        """A widget point well inside the area's largest outline (for tests and scripts)."""
        x, y = self._name_anchor(self._view, area_id)
        return self.view_transform().map(QPointF(x, y))

    # --- events ------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hovered(self.area_at(event.position()))

    def leaveEvent(self, event) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        area = self.area_at(event.position())
        if area is not None:  # a click beside the baby changes nothing
            self.select_area(area)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move_focus(+1, wrap=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move_focus(-1, wrap=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._focused is not None:
                self.select_area(self._focused)
        elif key == Qt.Key.Key_T:
            self.toggle_view()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        order = self.region_order()
        if self._focused not in order:
            # On the chosen area, if any; else on none (the map's own ring shows the focus), so
            # that the first arrow lands on the first area in reading order, not the second.
            self._focused = self._selected if self._selected in order else None
            self._update_accessible_text()
        self.update()
        super().focusInEvent(event)
        self._report_focus()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _move_focus(self, step: int, wrap: bool) -> bool:
        order = self.region_order()
        if self._focused not in order:
            self._focused = order[0] if step > 0 else order[-1]
        else:
            index = order.index(self._focused) + step
            if not 0 <= index < len(order):
                if not wrap:
                    return False
                index %= len(order)
            self._focused = order[index]
        self._update_accessible_text()
        self.update()
        self._report_focus()
        return True

    def _set_hovered(self, area: str | None) -> None:
        if area == self._hovered:
            return
        self._hovered = area
        self.setCursor(Qt.CursorShape.PointingHandCursor if area else Qt.CursorShape.ArrowCursor)
        self.setToolTip(str(self._catalog.area(area).name) if area else "")
        self.update()
        self.areaHovered.emit(area or "")

    # --- accessibility -----------------------------------------------------------------------

    def accessible_text(self, area_id: str) -> str:
        count = len(self._catalog.techniques_for(area_id, self._age_months))
        name = str(self._catalog.area(area_id).name)
        return fill(self.tr("%1, %n technique(s)", "", count), name)

    def region_name(self, area_id: str) -> str:
        return str(self._catalog.area(area_id).name)

    def region_description(self, area_id: str) -> str:
        count = len(self._catalog.techniques_for(area_id, self._age_months))
        parts = [self.tr("%n technique(s).", "", count), str(self._catalog.area(area_id).note)]
        if area_id in self._marked:
            parts.append(self.tr("Crossed out: skipped today."))
        if area_id == self._selected:
            parts.append(self.tr("Chosen."))
        return " ".join(parts)

    def region_rect(self, area_id: str) -> QRect:
        if area_id not in self.region_order():
            return QRect()
        return (
            self.view_transform()
            .mapRect(self._paths[(self._view, area_id)].boundingRect())
            .toAlignedRect()
        )

    def area_at_widget_point(self, point: QPoint) -> str | None:
        return self.area_at(QPointF(point))

    def accessible_focus(self) -> str | None:
        return self._focused if self.hasFocus() and self._focused in self.region_order() else None

    def is_selected(self, area_id: str) -> bool:
        return area_id == self._selected

    def accessible_children(self) -> list[tuple[str, str]]:
        """(name, description) of every region a screen reader lists now, in reading order."""
        interface = QAccessible.queryAccessibleInterface(self)
        children = (interface.child(i) for i in range(interface.childCount()))
        return [
            (c.text(QAccessible.Text.Name), c.text(QAccessible.Text.Description)) for c in children
        ]

    def _report_focus(self) -> None:
        area = self.accessible_focus()
        if area is not None:
            body_map_accessible.report_focus(self, self.region_order().index(area))

    def _update_accessible_text(self) -> None:
        # The map's own name says what it is and how to use it; the regions are its children.
        lying = (
            self.tr("lying on the back") if self._view == "front" else self.tr("lying on the tummy")
        )
        self.setAccessibleName(fill(self.tr("Body map, %1"), lying))
        self.setAccessibleDescription(
            self.tr(
                "The arrow keys move between the body areas, Enter or Space chooses one, "
                "T turns the baby over."
            )
        )
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawImage(self._target_rect().topLeft(), self._drawing())
        transform = self.view_transform()
        scale = transform.m11()
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        light = QColor(255, 255, 255)
        painter.setTransform(transform)
        if self._selected in self.region_order():
            # A pale wash and a strong outline: teal over skin tones would look like a stain.
            self._paint_region(painter, self._selected, light, 90, accent, 4.0 / scale)
        if self._hovered and self._hovered != self._selected:
            self._paint_region(painter, self._hovered, light, 60, accent, 2.5 / scale)
        warning = QColor(220, 90, 50)
        for area in self._marked & set(self.region_order()):
            self._paint_region(painter, area, warning, 70, warning, 3.0 / scale)
            self._paint_cross(painter, area, warning, scale)
        # The keyboard focus in the focus ring's colour, never the accent: walking to an area
        # must not look like choosing it (the chosen one is filled teal).
        ring = QColor(theme.focus_colour())
        # On the chosen area the ring round its tag says it (the teal outline stays in sight).
        walked = self._focused != self._selected or not self.show_names
        if self.hasFocus() and self._focused in self.region_order() and walked:
            pen = QPen(ring, 2.5 / scale, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._paths[(self._view, self._focused)])
        painter.resetTransform()
        self._paint_names(painter)
        if self.hasFocus():
            self._paint_focus_ring(painter, ring)
        painter.end()

    def _drawing(self) -> QImage:
        """The baby drawn once per view, skin tone and size: hovering then only repaints marks."""
        target = self._target_rect()
        ratio = self.devicePixelRatioF()
        key = (self._view, self._tone, round(target.width()), round(target.height()), ratio)
        if self._drawing_key != key:
            image = QImage(
                max(1, round(target.width() * ratio)),
                max(1, round(target.height() * ratio)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer = self._illustrations.renderer(self._view, self._tone)
            renderer.render(painter, QRectF(0, 0, target.width(), target.height()))
            painter.end()
            self._drawing_image, self._drawing_key = image, key
        return self._drawing_image

    def _paint_cross(self, painter: QPainter, area: str, colour: QColor, scale: float) -> None:
        shape = self._illustrations.views[self._view].regions[area]
        pen = QPen(colour, 5.0 / scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for polygon, (x, y) in zip(shape.polygons, self._anchors(self._view, area), strict=True):
            size = min(polygon.bounds.width, polygon.bounds.height) * 0.3
            painter.drawLine(QPointF(x - size, y - size), QPointF(x + size, y + size))
            painter.drawLine(QPointF(x - size, y + size), QPointF(x + size, y - size))

    def name_tags(self) -> labels.NameTags:
        """Where the name tags go, and in which fonts (see ui/body_map/labels.py): the same
        whichever area is chosen, pointed at or walked to."""
        names = {area: self.region_name(area) for area in self.region_order()}
        key = (self._view, self.size(), self.font().toString(), self._marked, tuple(names.values()))
        if self._tags[0] != key:  # the first key, (), is never a real one
            transform = self.view_transform()
            anchors = {
                a: [transform.map(QPointF(*p)).toTuple() for p in self._anchors(self._view, a)]
                for a in self.region_order()
            }
            self._tags = (key, labels.lay_out(self._layout_picture(), anchors, names, self.font()))
        return self._tags[1]

    def _layout_picture(self) -> Picture:
        """The drawing as the tags see it, at the size shown (laid out again on a resize; the
        drawing's cells are each view's, made once)."""
        key = (self._view, self.width(), self.height(), self._marked)
        if self._picture is None or self._picture[0] != key:
            body = self._illustrations.views[self._view]
            transform = self.view_transform()
            picture = Picture.of(
                self._cells(self._view),
                [(mark.center, mark.radius) for mark in body.landmarks.values()],
                transform.m11(),
                (transform.dx(), transform.dy()),
                (self.width(), self.height()),
                UNCOVERED | self._marked,  # a crossed-out area's cross stays in sight
            )
            self._picture = (key, picture)
        return self._picture[1]

    def _paint_names(self, painter: QPainter) -> None:
        """A name tag on every region, so nobody has to guess what can be picked; the chosen
        one filled in the accent colour, the one pointed at outlined in it."""
        if not self.show_names:
            return
        tags = self.name_tags()
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        background = QColor(palette.color(QPalette.ColorRole.Base))
        background.setAlpha(215)
        leader = QColor(text_colour)
        leader.setAlpha(170)
        for tag in tags.every:
            rect = labels.rect_of(tag)
            radius = rect.height() / 2
            if tag.area == self._selected:
                self._paint_leader(painter, tag, accent, 2.2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                painter.drawRoundedRect(rect, radius, radius)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                painter.setFont(tags.chosen_font)
            else:
                self._paint_leader(painter, tag, leader, 1.4)
                hovered = tag.area == self._hovered
                painter.setPen(QPen(accent, 2.0) if hovered else Qt.PenStyle.NoPen)
                painter.setBrush(background)
                painter.drawRoundedRect(rect, radius, radius)
                painter.setPen(text_colour)
                painter.setFont(tags.font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.region_name(tag.area))

    def _paint_focus_ring(self, painter: QPainter, colour: QColor) -> None:
        """Round the focused area's tag; round the whole map while no area has the focus."""
        pen = QPen(colour, focus_ring.WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._focused in self.region_order():
            if not self.show_names:
                return  # the area's own outline shows it
            grow = focus_ring.WIDTH
            rect = labels.rect_of(self.name_tags().of(self._focused))
            rect = rect.adjusted(-grow, -grow, grow, grow)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        else:
            edge = focus_ring.WIDTH / 2
            rect = QRectF(self.rect()).adjusted(edge, edge, -edge, -edge)
            painter.drawRoundedRect(rect, focus_ring.RADIUS, focus_ring.RADIUS)

    def _paint_leader(
        self, painter: QPainter, tag: PlacedTag, colour: QColor, width: float
    ) -> None:
        """A thin line from a tag beside the baby to the area it names."""
        line = labels.leader_of(tag)
        if line is None:
            return
        painter.setPen(QPen(colour, width))
        painter.drawLine(*line)
        painter.setBrush(colour)
        painter.drawEllipse(line[1], width + 1.2, width + 1.2)

    def _paint_region(
        self,
        painter: QPainter,
        area: str,
        fill: QColor,
        alpha: int,
        outline: QColor,
        width: float,
    ) -> None:
        wash = QColor(fill)
        wash.setAlpha(alpha)
        painter.setPen(QPen(outline, width))
        painter.setBrush(wash)
        painter.drawPath(self._paths[(self._view, area)])
