"""File > Settings (Ctrl+,): every choice the app remembers, in one place.

A view of the settings model, as the View menu is: each control shows the model's value and a
change is put into it at once (which saves it and tells every page and menu), and a change made
elsewhere while the dialog is open shows here. So the look (text size, theme, skin tones, still
diagrams) is seen as it is chosen. Where the platform applies a preference at once (GNOME,
KDE, macOS) the dialog has Close; on Windows it has OK and Cancel, and Cancel (or Esc) puts back
what the settings held when it opened.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.user_settings import FEED_WAIT_MINUTES, FEED_WAIT_STEP, SoundMode
from infant_massage.ui.common.choice_labels import (
    sound_mode_choices,
    text_size_choices,
    theme_choices,
)
from infant_massage.ui.common.settings_model import SettingsModel
from infant_massage.ui.common.text_format import fill, minutes_text


def applies_at_once() -> bool:
    """Whether this platform's settings windows apply a change at once and offer Close."""
    return sys.platform != "win32"


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: SettingsModel,
        parent: QWidget | None = None,
        describe=None,  # SoundMode -> text that says whether sound works here (CuePlayer)
        skin_tones: Sequence[tuple[str, str]] = (),  # (id, name) of the drawings' tones
        still_shown: Callable[[], bool] | None = None,  # whether the guides show still diagrams
        at_once: bool | None = None,  # None: as the platform does (applies_at_once)
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self._settings = settings
        self._still_shown = still_shown or (lambda: settings.still_diagrams(False))
        self._opened_with = settings.values
        self._at_once = applies_at_once() if at_once is None else at_once
        self.setWindowTitle(self.tr("Settings"))
        self.boxes: dict[str, QComboBox] = {}
        self.feed_wait = QSpinBox()
        self.feed_wait.setRange(*FEED_WAIT_MINUTES)
        self.feed_wait.setSingleStep(FEED_WAIT_STEP)
        self.feed_wait.setSuffix(self.tr(" min"))
        self.feed_wait.setAccessibleName(self.tr("Wait after a feed"))
        self.feed_wait.setMinimumHeight(40)
        self.feed_wait.valueChanged.connect(lambda v: settings.set("feed_wait_minutes", v))
        sounds = [
            (c.value, describe(c.value) if describe else c.label) for c in sound_mode_choices()
        ]
        self.sound = self._box("sound_mode", self.tr("Sound during sessions"), sounds)
        self.text_size = self._box("text_scale", self.tr("Text size"), text_size_choices())
        self.theme = self._box("theme", self.tr("Theme"), theme_choices())
        self.baby_tone = self._box("baby_skin_tone", self.tr("Baby's skin tone"), skin_tones)
        self.parent_tone = self._box("parent_skin_tone", self.tr("Parent's hands"), skin_tones)
        self.still = QCheckBox(self.tr("Still diagrams instead of motion (D)"))
        self.still.clicked.connect(lambda on: settings.set("still_diagrams", on))
        note = QLabel(
            fill(
                self.tr(
                    "Sources differ on how long to wait after a feed before a massage: from 30 "
                    "minutes to an hour. The app suggests %1."
                ),
                # The catalog's, as a first start has it.
                minutes_text(settings.defaults.feed_wait_minutes * 60),
            )
        )
        note.setWordWrap(True)
        note.setObjectName("subtle")
        note.setMinimumWidth(440)
        if not skin_tones:  # no drawings to colour (a test of the session's settings alone)
            self.baby_tone.hide()
            self.parent_tone.hide()
        # One form, so the boxes of both groups line up under one another.
        form = QFormLayout()
        form.addRow(self._heading(self.tr("Sessions")))
        for widget in (self.feed_wait, self.sound):
            form.addRow(widget.accessibleName(), widget)
        form.addRow(note)
        form.addRow(self._heading(self.tr("Look")))
        looks = [self.text_size, self.theme]
        if skin_tones:
            looks += [self.baby_tone, self.parent_tone]
        for widget in looks:
            form.addRow(widget.accessibleName(), widget)
        form.addRow(self.still)
        if self._at_once:
            buttons = QDialogButtonBox.StandardButton.Close
        else:
            buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)  # Close is the rejecting role too
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        # As large as its contents ask: left to Qt, a window with a wrapping note is made at
        # most two thirds of the screen wide, and at big text that cut the labels.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self._show_settings()
        settings.changed.connect(self._show_settings)
        self.finished.connect(lambda _result: settings.changed.disconnect(self._show_settings))

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        heading.setObjectName("fieldName")
        heading.setContentsMargins(0, 8, 0, 0)
        return heading

    def _box(self, field: str, name: str, choices: Sequence[tuple[object, str]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setMinimumHeight(40)
        for value, text in choices:
            box.addItem(text, value)
        box.currentIndexChanged.connect(
            lambda index: self._settings.set(field, box.itemData(index)) if index >= 0 else None
        )
        self.boxes[field] = box
        return box

    def _show_settings(self, _field: str = "") -> None:
        """Every control as the settings hold it: at the start, and after a change anywhere."""
        values = self._settings.values
        with QSignalBlocker(self.feed_wait):
            self.feed_wait.setValue(values.feed_wait_minutes)
        for field, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setCurrentIndex(max(0, box.findData(getattr(values, field))))
        with QSignalBlocker(self.still):
            self.still.setChecked(self._still_shown())

    def done(self, result: int) -> None:
        self.feed_wait.interpretText()  # a wait typed and not yet taken in counts
        if result == QDialog.DialogCode.Rejected and not self._at_once:
            self._put_back()
        super().done(result)

    def _put_back(self) -> None:
        """Cancel: the settings as they were when the dialog opened, field by field."""
        for field in type(self._opened_with).model_fields:
            self._settings.set(field, getattr(self._opened_with, field))

    @property
    def feed_wait_minutes(self) -> int:
        return self.feed_wait.value()

    @property
    def sound_mode(self) -> SoundMode:
        return SoundMode(self.sound.currentData())
