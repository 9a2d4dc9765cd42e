"""Finding what is on screen as a user (or a screen reader) does: by name and by text, and
acting on it as a user does: clicks, keys, typing, the mouse wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)


def named(page: QWidget, name: str) -> QWidget:
    """The one widget on screen that a screen reader names `name`."""
    found = [w for w in page.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, f"{len(found)} widgets on screen are named {name!r}"
    return found[0]


def is_named(page: QWidget, name: str) -> bool:
    """Whether a widget on screen is named `name` (a box of questions, a button)."""
    return any(w.accessibleName() == name and w.isVisible() for w in page.findChildren(QWidget))


def button(page: QWidget, text: str) -> QAbstractButton:
    """The one button on screen that reads `text`."""
    found = [b for b in page.findChildren(QAbstractButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, f"{len(found)} buttons on screen read {text!r}"
    return found[0]


def label(page: QWidget, text: str) -> QLabel:
    """The one label on screen that reads `text` (to see how big it is drawn)."""
    found = [w for w in page.findChildren(QLabel) if w.text() == text and w.isVisible()]
    assert len(found) == 1, f"{len(found)} labels on screen read {text!r}"
    return found[0]


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def texts_shown(page: QWidget) -> list[str]:
    """What the labels on screen read, once the events that show new ones have run."""
    QApplication.processEvents()  # a label added to a shown page appears at the next event
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


def page_shown(window: QWidget) -> QWidget:
    """The page the main window shows now (its one page at a time)."""
    return window.pages.currentWidget()


def choose(page: QWidget, name: str, text: str) -> None:
    """Pick the item that reads `text` in the box named `name` with the arrow keys."""
    box = named(page, name)
    assert isinstance(box, QComboBox)
    wanted = box.findText(text)
    assert wanted >= 0, f"{name!r} offers no {text!r}"
    key = Qt.Key.Key_Down if wanted > box.currentIndex() else Qt.Key.Key_Up
    for _ in range(box.count()):
        if box.currentIndex() == wanted:
            return
        QTest.keyClick(box, key)
    raise AssertionError(f"{name!r} shows {box.currentText()!r}, not {text!r}")


def type_into(widget: QWidget, text: str) -> None:
    """Click into a box and type."""
    click(widget)
    QTest.keyClicks(widget, text)


def wheel_to_the_end(area: QAbstractScrollArea, limit: int = 200) -> None:
    """Turn the mouse wheel over the area until it shows its bottom."""
    bar = area.verticalScrollBar()
    centre = QPointF(area.viewport().rect().center())
    for _ in range(limit):
        if bar.value() == bar.maximum():
            return
        event = QWheelEvent(
            centre,
            QPointF(area.viewport().mapToGlobal(centre.toPoint())),
            QPoint(),
            QPoint(0, -120),  # one notch towards the user: down the page
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(area.viewport(), event)
    raise AssertionError(f"the wheel never reached the end ({bar.value()} of {bar.maximum()})")
