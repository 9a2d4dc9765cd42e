"""Class mode's buttons, each with its key written on it (named from the class keys, so a
changed key renames its button): in the presenter view, or as the slim strip under the wall
when there is only one screen.

The buttons never take the keyboard focus: a clicker's keys must always reach the class keys.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from infant_massage.ui.class_mode.keys import class_key
from infant_massage.ui.class_mode.mode import ClassMode
from infant_massage.ui.common.icons import icon
from infant_massage.ui.common.text_format import fill


class ClassControls(QWidget):
    def __init__(self, mode: ClassMode, slim: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._slim = slim
        height = 40 if slim else 52
        self.previous_button = self._button(
            self._keyed(self.tr("Previous"), "previous"), "previous", height
        )
        self.previous_button.clicked.connect(mode.previous)
        self.pause_button = self._button("", "pause", height)
        self.pause_button.clicked.connect(mode.toggle_pause)
        self.next_button = self._button(
            self._keyed(self.tr("Next"), "next"), "next", height, "primary"
        )
        self.next_button.clicked.connect(mode.next)
        self.back_frame = self._button(self._keyed(self.tr("−0.1 s"), "frame_back"), "", height)
        self.back_frame.clicked.connect(lambda: mode.step_frame(-1))
        self.on_frame = self._button(self._keyed(self.tr("+0.1 s"), "frame_on"), "", height)
        self.on_frame.clicked.connect(lambda: mode.step_frame(+1))
        self.slower = self._button(self._keyed(self.tr("Slower"), "slower"), "", height)
        self.slower.clicked.connect(lambda: mode.change_speed(-1))
        self.speed = QLabel()
        self.faster = self._button(self._keyed(self.tr("Faster"), "faster"), "", height)
        self.faster.clicked.connect(lambda: mode.change_speed(+1))
        self.blackout_button = self._button("", "", height)
        self.blackout_button.setCheckable(True)
        self.blackout_button.clicked.connect(lambda: mode.toggle_blackout())
        self.practice_button = self._button("", "timer", height)
        self.practice_button.clicked.connect(mode.toggle_practice)
        self.contrast_box = QCheckBox()
        self.contrast_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.contrast_box.setText(self._keyed(self.tr("High contrast"), "contrast"))
        self.contrast_box.toggled.connect(mode.set_high_contrast)
        mode.contrastChanged.connect(self.contrast_box.setChecked)
        self.leave_button = self._button(
            self._keyed(self.tr("Leave class mode"), "leave"), "close", height
        )
        self.leave_button.clicked.connect(mode.leave_now)
        # After a first Esc or F5 the Leave button says what a second press does, in its own
        # place: no line added, so the laptop's and the strip's layout never move.
        self.leave_button.setToolTip(
            self.tr("Leaving class mode brings back the home screen with the babies' names.")
        )
        mode.leavePendingChanged.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if slim:
            # Under the wall: the few a nurse reaches for, in one row; the keys do the rest.
            # The window puts contrast and leave beside the plan: the strip stays two rows.
            groups = [
                (
                    self.previous_button,
                    self.pause_button,
                    self.next_button,
                    self.blackout_button,
                    self.practice_button,
                )
            ]
            for widget in (self.back_frame, self.on_frame, self.slower, self.faster):
                widget.hide()
            self.strip_extras = [self.contrast_box, self.leave_button]
        else:  # three short rows, so a 1024-pixel laptop screen holds them
            groups = [
                (self.previous_button, self.pause_button, self.next_button),
                (self.blackout_button, self.practice_button, self.leave_button),
                (
                    self.back_frame,
                    self.on_frame,
                    self.slower,
                    self.speed,
                    self.faster,
                    self.contrast_box,
                ),
            ]
            self.strip_extras = []
        self.rows: list[QHBoxLayout] = []  # a window may add its own buttons to a row
        for group in groups:
            row = QHBoxLayout()
            self.rows.append(row)
            row.setSpacing(6 if slim else 8)
            for widget in group:
                row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        mode.playingChanged.connect(self._show)
        mode.speedChanged.connect(self._show)
        mode.blackoutChanged.connect(self._show)
        mode.practiceChanged.connect(self._show)
        mode.stepChanged.connect(self._show)
        self._show()

    def _button(self, text: str, icon_name: str, height: int, name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(height)
        if name:
            button.setObjectName(name)
        if icon_name and not self._slim:
            colour = "#ffffff" if name == "primary" else self._text_colour()
            button.setIcon(icon(icon_name, colour))
            button.setIconSize(QSize(22, 22))
        return button

    def _keyed(self, text: str, key: str) -> str:
        """The button's words with its key, named from the class keys ("Next (PgDown)")."""
        return fill(self.tr("%1 (%2)"), text, class_key(key).first_key)

    def _text_colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.ButtonText).name()

    def _show(self, *_args) -> None:
        mode = self.mode
        self.pause_button.setText(
            self._keyed(self.tr("Pause") if mode.playing else self.tr("Go on"), "pause")
        )
        if not self._slim:
            self.pause_button.setIcon(
                icon("pause" if mode.playing else "play", self._text_colour())
            )
        self.speed.setText(fill(self.tr("%1×"), f"{mode.speed:g}"))
        self.blackout_button.setChecked(mode.blackout)
        self.blackout_button.setText(
            self._keyed(
                self.tr("Show the wall") if mode.blackout else self.tr("Black out"), "blackout"
            )
        )
        self.practice_button.setText(
            self._keyed(
                self.tr("Stop the round") if mode.practising else self.tr("Practice round"),
                "practice",
            )
        )
        self.leave_button.setText(
            fill(self.tr("%1 again to leave"), class_key("leave").first_key)
            if mode.leave_pending
            else self._keyed(self.tr("Leave class mode"), "leave")
        )
        practising = mode.practising
        self.previous_button.setEnabled(
            mode.index > 0 if not practising else mode.session.index > 0
        )
        self.next_button.setEnabled(not mode.cursor.at_end or practising)
