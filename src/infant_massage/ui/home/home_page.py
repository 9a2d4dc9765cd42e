"""The home screen: the baby on the left, the chosen area's techniques on the right, and above
them the babies and the way to their history (when the window keeps a history)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from infant_massage.domain.catalog import Catalog
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.body_map.map_panel import MapPanel
from infant_massage.ui.home.technique_panel import TechniquePanel
from infant_massage.ui.profiles.switcher import ProfileSwitcher

MAP_SHARE = 0.4  # of the width, until the user drags the handle; the techniques get the rest
SPLIT_MARGINS = 40  # the splitter's side margins and its handle


class HomePage(QWidget):
    """The first page; the window hosts it through its signals and methods (not its parts)."""

    historyRequested = Signal()
    guideRequested = Signal(str, str)  # technique id, area id
    safetyRulesRequested = Signal()
    sessionRequested = Signal(object, object)  # technique id, area id; None, None: none chosen
    statusChanged = Signal(str)  # the area pointed at or chosen, for the status bar

    def __init__(
        self,
        catalog: Catalog,
        illustrations: Illustrations,
        profile_switcher: ProfileSwitcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Outside in: each part is made inside the parent it stays in. A finished part moved
        # into another restyles all it holds under the app's style sheet, once per move (it
        # was a quarter of the window's build: tests/test_startup.py counts the restyles).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.profile_switcher = profile_switcher
        self.history_button: QPushButton | None = None
        if profile_switcher is not None:
            top = QHBoxLayout()
            top.setContentsMargins(16, 8, 16, 0)
            top.addWidget(profile_switcher, 1)
            self.history_button = QPushButton(self.tr("History (H)"))
            self.history_button.setMinimumHeight(40)
            self.history_button.clicked.connect(self.historyRequested)
            top.addWidget(self.history_button)
            layout.addLayout(top)
        # The margins round the splitter are its layout's: a style sheet applied again (the
        # theme or text size a returning user starts with) resets a splitter's own to none.
        around = QHBoxLayout()
        around.setContentsMargins(16, 10, 8, 6)
        layout.addLayout(around, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        around.addWidget(splitter)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(16)
        self.map_panel = MapPanel(illustrations, catalog, splitter)
        self.technique_panel = TechniquePanel(catalog, splitter)
        splitter.addWidget(self.map_panel)
        splitter.addWidget(self.technique_panel)
        # A screen reader reads the children in their stacking order: the map side first, as
        # on screen (the splitter had put the techniques before it).
        self.map_panel.stackUnder(self.technique_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.splitterMoved.connect(self._remember_user_split)
        self._splitter = splitter
        self._user_split = False
        self._return_focus: QWidget | None = None
        self._connect_parts()

    def _connect_parts(self) -> None:
        body_map, techniques = self.body_map, self.technique_panel
        body_map.areaSelected.connect(self._area_selected)
        body_map.areaHovered.connect(self._area_hovered)
        techniques.guideRequested.connect(self.guideRequested)
        techniques.safetyRulesRequested.connect(self.safetyRulesRequested)
        techniques.sessionRequested.connect(self.sessionRequested.emit)
        self.map_panel.start_button.clicked.connect(lambda: self.sessionRequested.emit(None, None))

    @property
    def body_map(self):
        return self.map_panel.body_map

    # --- what the window asks of the page ----------------------------------------------------

    @property
    def selected_area(self) -> str | None:
        return self.body_map.selected_area

    @property
    def view(self) -> str:
        """The side of the baby showing: "front" (on the back) or "back" (on the tummy)."""
        return self.body_map.view

    def select_area(self, area_id: str) -> None:
        self.body_map.select_area(area_id)

    def set_view(self, view: str) -> None:
        self.body_map.set_view(view)

    def turn_baby_over(self) -> None:
        self.body_map.toggle_view()

    def set_skin_tone(self, tone_id: str | None) -> None:
        self.body_map.set_skin_tone(tone_id)

    def set_age_months(self, age_months: float | None) -> None:
        """The chosen baby's (corrected) age: the map and the cards show what suits it."""
        self.body_map.set_age_months(age_months)
        self.technique_panel.set_age_months(age_months)

    def focus_map(self) -> None:
        self.body_map.setFocus()

    def remember_focus(self) -> None:
        """Keep where the keyboard is on this page (a card's button), for restore_focus."""
        widget = QApplication.focusWidget()
        self._return_focus = widget if widget is not None and self.isAncestorOf(widget) else None

    def restore_focus(self) -> None:
        """The keyboard back where remember_focus found it, or on the baby if that has gone (a
        new age makes the cards anew)."""
        widget, self._return_focus = self._return_focus, None
        if widget is not None and isValid(widget) and widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_map()

    def _area_selected(self, area_id: str) -> None:
        self.technique_panel.show_area(area_id)
        self.statusChanged.emit(self.body_map.accessible_text(area_id))

    def _area_hovered(self, area_id: str) -> None:
        # Leaving the baby, the status goes back to the area chosen (if any).
        shown = area_id or self.body_map.selected_area
        if shown:
            self.statusChanged.emit(self.body_map.accessible_text(shown))

    def show_personal(self, on: bool) -> None:
        """The babies' names and the way to their history: hidden while a class is watching."""
        if self.profile_switcher is not None and self.history_button is not None:
            self.profile_switcher.setVisible(on)
            self.history_button.setVisible(on)

    def _remember_user_split(self) -> None:
        self._user_split = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_split:
            # The splitter is laid out after this event: size it from the new width.
            width = event.size().width() - SPLIT_MARGINS
            self._splitter.setSizes([int(width * MAP_SHARE), width - int(width * MAP_SHARE)])
