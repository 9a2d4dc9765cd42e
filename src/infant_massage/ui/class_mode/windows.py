"""Class mode's top-level windows: the wall on the projector, and the one window that is both
wall and controls when there is a single screen. Their titles say nothing personal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.class_mode.controls import ClassControls
from infant_massage.ui.class_mode.mode import ClassMode
from infant_massage.ui.class_mode.plan_picker import ClassPlanPicker
from infant_massage.ui.class_mode.stage import ClassStage
from infant_massage.ui.common import theme
from infant_massage.ui.common.labels import wrapped_label
from infant_massage.ui.guide.rig_hands import RigHands

MAX_CONTROL_TEXT_SCALE = 1.25  # the controls must fit a 1024x768 laptop beside the wall


def control_font_sheet() -> str:
    """The nurse's controls follow View > Text size up to a point: the wall has its own sizes,
    and the controls must still fit the laptop's screen."""
    size = theme.BASE_POINT_SIZE * min(theme.text_scale(), MAX_CONTROL_TEXT_SCALE)
    return (
        f"QWidget {{ font-size: {size:.1f}pt; }}"
        f" QLabel#cardTitle {{ font-size: {size * 1.35:.1f}pt; font-weight: 600; }}"
        " QPushButton { padding: 6px 12px; }"
    )


def show_full_screen_on(window: QWidget, screen: QScreen) -> None:
    # The screen and its geometry both, before showing: a window shown first lands on the
    # primary screen and some platforms never move a full-screen window afterwards.
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


class AudienceWindow(QWidget):
    """The wall alone: full screen on the projector, no frame, no menus, no cursor."""

    def __init__(
        self,
        mode: ClassMode,
        illustrations: Illustrations,
        hands: RigHands,
        tone_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Infant Massage Guide: wall"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.stage = ClassStage(mode, illustrations, hands, tone_id=tone_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)


class SingleScreenWindow(QWidget):
    """One screen: the wall fills it, with a slim strip of controls for the nurse below."""

    def __init__(
        self,
        mode: ClassMode,
        illustrations: Illustrations,
        hands: RigHands,
        store: ClassPlanStore | None,
        tone_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Infant Massage Guide: class mode"))
        self.stage = ClassStage(mode, illustrations, hands, tone_id=tone_id)
        self.controls = ClassControls(mode, slim=True)
        self.picker = ClassPlanPicker(mode, store, slim=True)
        self.message = wrapped_label("", "subtle")
        self.message.hide()
        self.picker.message.connect(self._show_message)
        # The handout with one screen too (the class takes it home), beside the first buttons:
        # the plan's row is full. Before the row's closing stretch.
        first = self.controls.rows[0]
        first.insertWidget(first.count() - 1, self.picker.handout_button)
        strip = QWidget()
        strip.setObjectName("classStrip")
        strip_layout = QVBoxLayout(strip)
        strip_layout.setContentsMargins(8, 6, 8, 6)
        strip_layout.setSpacing(4)
        strip_layout.addWidget(self.controls)
        plan_row = QHBoxLayout()
        plan_row.setSpacing(6)
        plan_row.addWidget(self.picker, 1)
        for widget in self.controls.strip_extras:
            plan_row.addWidget(widget)
        strip_layout.addLayout(plan_row)
        strip_layout.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stage, 1)
        layout.addWidget(strip)
        strip.setStyleSheet(control_font_sheet() + " QPushButton { padding: 5px 10px; }")
        # One screen is the projected picture: a blacked-out wall is black to its bottom edge,
        # strip and all (B again, or a click on the black, brings both back).
        self.strip = strip
        mode.blackoutChanged.connect(self._show_blackout)
        self._show_blackout(mode.blackout)

    def _show_blackout(self, on: bool) -> None:
        self.strip.setVisible(not on)
        self.layout().activate()  # the black reaches the bottom now, not a frame later

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
