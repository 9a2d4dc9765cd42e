"""Safety rules on screen: the warm 'take care' box with each rule and, beneath it, its why."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from infant_massage.domain.catalog import SafetyRule
from infant_massage.ui.common import text_facts
from infant_massage.ui.common.labels import wrapped_label


def rules_box(
    heading: str,
    rules: Iterable[SafetyRule],
    extra_lines: Iterable[object] = (),
    parent: QWidget | None = None,
) -> QFrame:
    """A heading, then each rule as a bullet with its reason under it, then plain cautions.

    Made in the parent it will stay in, when there is one: moving it there later would restyle
    every line of it again.
    """
    box = QFrame(parent)
    box.setObjectName("warningBox")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(4)
    layout.addWidget(wrapped_label(heading, "fieldName"))
    facts = text_facts.shared().facts()
    for rule in rules:
        line = wrapped_label(f"•  {rule.said('text', facts)}", "warningText")
        line.setProperty("rule", rule.id)
        layout.addWidget(line)
        why = wrapped_label(rule.said("why", facts) or "", "subtle")
        why.setIndent(18)
        why.setProperty("rule_why", rule.id)
        layout.addWidget(why)
    for text in extra_lines:
        layout.addWidget(wrapped_label(f"•  {text}", "warningText"))
    return box
