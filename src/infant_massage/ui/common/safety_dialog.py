"""Help > Safety rules (F1): the rules that matter most first, then every rule by kind, each with
its reason and where it comes from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Safety, SafetyKind, SafetyRule
from infant_massage.ui.common import text_facts
from infant_massage.ui.common.labels import wrapped_label
from infant_massage.ui.common.text_format import fill


class SafetyDialog(QDialog):
    def __init__(self, safety: Safety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety rules"))
        self.resize(660, 680)
        headings = {
            SafetyKind.STOP_NOW: self.tr("Stop at once"),
            SafetyKind.DO_NOT_MASSAGE: self.tr("Do not massage"),
            SafetyKind.ASK_FIRST: self.tr("Ask a professional first"),
            SafetyKind.HANDLING: self.tr("Holding and touching safely"),
            SafetyKind.SLEEP: self.tr("Sleep"),
            SafetyKind.OIL: self.tr("Oil"),
            SafetyKind.PREPARATION: self.tr("Before you start"),
        }
        content = QWidget()
        self._layout = layout = QVBoxLayout(content)
        layout.setSpacing(6)
        # The few rules that matter most come first, in their order; the rest follow by kind.
        first = safety.most_important
        self._section(self.tr("Most important"), first)
        for kind, heading in headings.items():
            self._section(heading, [r for r in safety.of_kind(kind) if r not in first])
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _section(self, heading: str, rules: list[SafetyRule]) -> None:
        if not rules:
            return
        title = QLabel(heading)
        title.setObjectName("cardTitle")
        self._layout.addSpacing(6)
        self._layout.addWidget(title)
        facts = text_facts.shared().facts()  # the wait after a feed as the settings chose it
        for rule in rules:
            line = wrapped_label(f"•  {rule.said('text', facts)}")
            line.setProperty("rule", rule.id)
            self._layout.addWidget(line)
            for part in ("why", "detail", "sources_differ"):
                extra = rule.said(part, facts)
                if extra is not None:
                    self._note(extra, "subtle")
            # "Source:" for one, "Sources:" for several; the data names each (no "source" in it).
            label = self.tr("Source(s): %1", "", len(rule.sources))
            self._note(fill(label, "; ".join(rule.sources)), "source")

    def _note(self, text: str, role: str) -> None:
        note = wrapped_label(text, "subtle")
        note.setIndent(22)
        if role == "source":
            font = note.font()
            font.setItalic(True)
            note.setFont(font)
        self._layout.addWidget(note)

    def rule_order(self) -> list[str]:
        """The rules' ids in the order the dialog shows them (for tests and the a11y tree)."""
        labels = self.findChildren(QLabel)
        return [label.property("rule") for label in labels if label.property("rule")]
