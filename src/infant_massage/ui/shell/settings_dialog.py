"""File > Settings: the few choices that differ between families (and between sources).

A view of the settings model: it shows the model's values, and OK puts the choices into it
(which saves them and tells every page); Cancel changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
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
from infant_massage.ui.common.choice_labels import sound_mode_choices
from infant_massage.ui.common.settings_model import SettingsModel
from infant_massage.ui.common.text_format import fill, minutes_text


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: SettingsModel,
        parent: QWidget | None = None,
        describe=None,  # SoundMode -> text that says whether sound works here (CuePlayer)
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.feed_wait = QSpinBox()
        self.feed_wait.setRange(*FEED_WAIT_MINUTES)
        self.feed_wait.setSingleStep(FEED_WAIT_STEP)
        self.feed_wait.setSuffix(self.tr(" min"))
        self.feed_wait.setValue(settings.feed_wait_minutes)
        self.feed_wait.setMinimumHeight(40)
        self.sound = QComboBox()
        for choice in sound_mode_choices():
            self.sound.addItem(choice.label, choice.value)
        if describe is not None:
            for index in range(self.sound.count()):
                self.sound.setItemText(index, describe(self.sound.itemData(index)))
        self.sound.setCurrentIndex(max(0, self.sound.findData(settings.sound_mode)))
        self.sound.setAccessibleName(self.tr("Sound during sessions"))
        self.feed_wait.setAccessibleName(self.tr("Wait after a feed"))
        self.sound.setMinimumHeight(40)
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
        form = QFormLayout()
        form.addRow(self.tr("Wait after a feed"), self.feed_wait)
        form.addRow(self.tr("Sound during sessions"), self.sound)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)  # accept() puts the choices into the model
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # As large as its contents ask: left to Qt, a window with a wrapping note is made at
        # most two thirds of the screen wide, and at big text that cut the labels.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.set("feed_wait_minutes", self.feed_wait_minutes)
        self._settings.set("sound_mode", self.sound_mode)
        super().accept()

    @property
    def feed_wait_minutes(self) -> int:
        return self.feed_wait.value()

    @property
    def sound_mode(self) -> SoundMode:
        return SoundMode(self.sound.currentData())
