"""Help > About: version, what the app is, and the licences of what ships inside it."""

from __future__ import annotations

import platform

import pydantic
import PySide6
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from infant_massage import __version__
from infant_massage.ui.labels import wrapped_label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Infant Massage Guide"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(self.tr("Infant Massage Guide"))
        title.setObjectName("title")
        layout.addWidget(title)
        layout.addWidget(wrapped_label(self.tr("Version %1").replace("%1", __version__)))
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Learn gentle massage for your baby: pick an area, follow the hand, "
                    "and stop whenever the baby has had enough. Everything stays on this "
                    "computer; the app never uses the network."
                )
            )
        )
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Massage is for comfort and closeness. It does not replace advice from "
                    "your midwife, health visitor or doctor."
                )
            )
        )
        layout.addWidget(wrapped_label(self._licences()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _licences(self) -> str:
        lines = [
            self.tr("Licences:"),
            self.tr("Infant Massage Guide, its texts and illustrations: MIT licence."),
            self.tr("Qt %1 and PySide6: LGPL version 3.").replace("%1", PySide6.__version__),
            self.tr("pydantic %1: MIT licence.").replace("%1", pydantic.VERSION),
            self.tr("platformdirs: MIT licence."),
            self.tr("Python %1: PSF licence.").replace("%1", platform.python_version()),
        ]
        return "\n".join(lines)
