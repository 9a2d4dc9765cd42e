"""File > Settings: the few choices that differ between families (and between sources)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from infant_massage.ui.session.cues import SoundMode


class SettingsDialog(QDialog):
    def __init__(
        self,
        feed_wait_minutes: int,
        sound_mode: SoundMode,
        parent: QWidget | None = None,
        describe=None,  # SoundMode -> text that says whether sound works here (CuePlayer)
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        self.feed_wait = QSpinBox()
        self.feed_wait.setRange(15, 120)
        self.feed_wait.setSingleStep(5)
        self.feed_wait.setSuffix(self.tr(" min"))
        self.feed_wait.setValue(feed_wait_minutes)
        self.feed_wait.setMinimumHeight(40)
        self.sound = QComboBox()
        self.sound.addItem(self.tr("Soft chimes"), SoundMode.SOFT)
        self.sound.addItem(self.tr("Chimes and voice"), SoundMode.VOICE)
        self.sound.addItem(self.tr("Silent (the screen flashes)"), SoundMode.SILENT)
        if describe is not None:
            for index in range(self.sound.count()):
                self.sound.setItemText(index, describe(self.sound.itemData(index)))
        self.sound.setCurrentIndex(max(0, self.sound.findData(sound_mode)))
        self.sound.setAccessibleName(self.tr("Sound during sessions"))
        self.feed_wait.setAccessibleName(self.tr("Wait after a feed"))
        self.sound.setMinimumHeight(40)
        note = QLabel(
            self.tr(
                "Sources differ on how long to wait after a feed before a massage: from 30 "
                "minutes to an hour. The app suggests 45."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("subtle")
        form = QFormLayout()
        form.addRow(self.tr("Wait after a feed"), self.feed_wait)
        form.addRow(self.tr("Sound during sessions"), self.sound)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @property
    def feed_wait_minutes(self) -> int:
        return self.feed_wait.value()

    @property
    def sound_mode(self) -> SoundMode:
        return SoundMode(self.sound.currentData())
