"""The two text blocks every panel uses: a wrapping label and the warm 'take care' box."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


def wrapped_label(text: str = "", name: str = "") -> QLabel:
    """A label that wraps; name is its style role (e.g. "title", "subtle", "fieldName")."""
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def warning_box(heading: str, lines: Iterable[object]) -> QFrame:
    """A heading and a bulleted list in the red-orange box reserved for cautions."""
    box = QFrame()
    box.setObjectName("warningBox")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.addWidget(wrapped_label(heading, "fieldName"))
    for line in lines:
        layout.addWidget(wrapped_label(f"•  {line}", "warningText"))
    return box
