"""The left side of the home screen: the body map with its view switch and a one-line hint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.ui.body_map.body_map_widget import BodyMap
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common.icons import icon


class MapPanel(QWidget):
    def __init__(
        self, illustrations: Illustrations, catalog: Catalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Each part made in this panel, not moved into it (home_page.py says why), in the order
        # they are on screen: a screen reader reads them so, and Tab reaches Turn over, the
        # baby, Start.
        self.view_label = QLabel(self)
        self.view_label.setObjectName("cardTitle")
        self.view_label.setWordWrap(True)
        self.turn_button = QPushButton(self)
        self.turn_button.setIconSize(QSize(24, 24))
        self.turn_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint = QLabel(self.tr("Point at the baby to choose an area."), self)
        self.hint.setObjectName("subtle")
        self.hint.setWordWrap(True)
        self.body_map = BodyMap(illustrations, catalog, self)
        self.turn_button.clicked.connect(self.body_map.toggle_view)

        # Side by side when there is room; the button under the words when big text needs it.
        self.header = header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.addWidget(self.view_label, 1)
        header.addWidget(self.turn_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.body_map, 1)
        # The map draws itself to any size: at 1024x768 with the largest text it gives up
        # height before the Start button is pushed over it.
        self.body_map.setMinimumHeight(240)
        self.start_button = QPushButton(self.tr("Start a session (S)"), self)
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumHeight(56)
        self.start_button.setIcon(icon("timer", "#ffffff"))
        self.start_button.setIconSize(QSize(26, 26))
        layout.addWidget(self.start_button)
        self.body_map.viewChanged.connect(self._show_view)
        self._show_view(self.body_map.view)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_header()

    def _fit_header(self) -> None:
        words = self.view_label.fontMetrics().horizontalAdvance(self.view_label.text())
        room = self.width() - self.turn_button.sizeHint().width() - self.header.spacing()
        wanted = (
            QBoxLayout.Direction.LeftToRight if words <= room else QBoxLayout.Direction.TopToBottom
        )
        if self.header.direction() != wanted:
            self.header.setDirection(wanted)

    def _show_view(self, view: str) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText).name()
        self.turn_button.setIcon(icon("turn_over", colour))
        self.turn_button.setText(self.tr("Turn over (T)"))
        if view == "front":
            self.view_label.setText(self.tr("Lying on the back"))
            self.turn_button.setToolTip(self.tr("Show the baby lying on the tummy"))
        else:
            self.view_label.setText(self.tr("Lying on the tummy"))
            self.turn_button.setToolTip(self.tr("Show the baby lying on the back"))
        # Named as it reads (a speech user says what they see); what it does is its description.
        self.turn_button.setAccessibleName(self.turn_button.text())
        self.turn_button.setAccessibleDescription(self.turn_button.toolTip())
        self._fit_header()
