"""Help > Safety rules: the catalog's rules, grouped, always one menu click away."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Safety, SafetyKind
from infant_massage.ui.labels import wrapped_label


class SafetyDialog(QDialog):
    def __init__(self, safety: Safety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety rules"))
        self.resize(620, 640)
        headings = {
            SafetyKind.STOP_NOW: self.tr("Stop at once"),
            SafetyKind.DO_NOT_MASSAGE: self.tr("Do not massage"),
            SafetyKind.OIL: self.tr("Oil"),
            SafetyKind.PREPARATION: self.tr("Before you start"),
        }
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(8)
        for kind, heading in headings.items():
            rules = safety.of_kind(kind)
            if not rules:
                continue
            title = QLabel(heading)
            title.setObjectName("cardTitle")
            layout.addWidget(title)
            for rule in rules:
                layout.addWidget(wrapped_label(f"•  {rule.text}"))
                for extra in (rule.detail, rule.sources_differ):
                    if extra is not None:
                        note = wrapped_label(str(extra))
                        note.setObjectName("subtle")
                        note.setIndent(22)
                        layout.addWidget(note)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
