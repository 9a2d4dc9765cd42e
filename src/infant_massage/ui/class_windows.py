"""Class mode's top-level windows: the wall on the projector, and the one window that is both
wall and controls when there is a single screen. Their titles say nothing personal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.ui.class_controls import ClassControls
from infant_massage.ui.class_mode import ClassMode
from infant_massage.ui.class_plan_picker import ClassPlanPicker
from infant_massage.ui.class_stage import ClassStage
from infant_massage.ui.hand_art import HandArt
from infant_massage.ui.illustrations import Illustrations
from infant_massage.ui.labels import wrapped_label


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
        hands: HandArt,
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
        hands: HandArt,
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
        strip = QWidget()
        strip.setObjectName("classStrip")
        strip_layout = QVBoxLayout(strip)
        strip_layout.setContentsMargins(12, 6, 12, 6)
        strip_layout.setSpacing(4)
        strip_layout.addWidget(self.controls)
        strip_layout.addWidget(self.picker)
        strip_layout.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stage, 1)
        layout.addWidget(strip)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
