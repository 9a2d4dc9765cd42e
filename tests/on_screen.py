"""Finding what is on screen as a user (or a screen reader) does: by name and by text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def named(page: QWidget, name: str) -> QWidget:
    """The one widget on screen that a screen reader names `name`."""
    found = [w for w in page.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, f"{len(found)} widgets on screen are named {name!r}"
    return found[0]


def button(page: QWidget, text: str) -> QAbstractButton:
    """The one button on screen that reads `text`."""
    found = [b for b in page.findChildren(QAbstractButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, f"{len(found)} buttons on screen read {text!r}"
    return found[0]


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def texts_shown(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
