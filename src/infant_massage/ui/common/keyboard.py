"""Keyboard rules the whole window shares: Return presses, Tab leaves text boxes.

- Return (or Enter) on a focused button presses it, as Space does; a page's default button
  (set_default_buttons) answers Return in the page's boxes, e.g. from a spin box.
- In a note box Tab and Shift+Tab move on (a note is plain text, it needs no tab character);
  Return there presses the page's default button and Shift+Return starts a new line.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
BOXES = (QAbstractSpinBox, QLineEdit, QComboBox)  # Return there means "go on": the default


_defaults: dict[int, tuple[QAbstractButton, ...]] = {}


def set_default_buttons(page: QWidget, *buttons: QAbstractButton) -> None:
    """Return on this page presses the first of these buttons that is shown and enabled."""
    key = id(page)
    _defaults[key] = buttons
    page.destroyed.connect(lambda *_: _defaults.pop(key, None))


def default_button(widget: QWidget | None) -> QAbstractButton | None:
    """The default button of the nearest page round widget that is visible and enabled."""
    while widget is not None:
        for button in _defaults.get(id(widget), ()):
            if button.isVisible() and button.isEnabled():
                return button
        widget = widget.parentWidget()
    return None


def plain_text_box(box: QPlainTextEdit) -> None:
    """A note box that Tab leaves; Return submits (see KeyboardRules), Shift+Return breaks."""
    box.setTabChangesFocus(True)


class KeyboardRules(QObject):
    """An event filter on the widget that has the keyboard focus; install it once with
    install(app), and it follows the focus from widget to widget.

    A key goes to the focus widget first, so that is the one place the rules need to look.
    An application-wide filter would see every event of every object too, and PySide wraps
    each one in Python to hand it over: about 100 ms of CPU to build the History page alone.
    """

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            with contextlib.suppress(RuntimeError):  # the old widget may be being deleted
                old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if watched is not QApplication.focusWidget():
            return False  # only the key's first stop: not each parent it bubbles through
        key, modifiers = event.key(), event.modifiers()
        if isinstance(watched, (QPlainTextEdit, QTextEdit)):
            return self._text_box_key(watched, key, modifiers)
        if key not in RETURN_KEYS or modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if isinstance(watched, QAbstractButton):
            if watched.isEnabled():
                watched.click()
            return True
        if not isinstance(watched, BOXES) or (
            isinstance(watched, QComboBox) and watched.view().isVisible()
        ):
            return False  # the body map, lists and open drop-downs use Return themselves
        button = default_button(watched)
        if button is None:
            return False
        button.click()
        return True

    def _text_box_key(self, box: QWidget, key: int, modifiers) -> bool:
        if key == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ControlModifier:
            box.focusNextChild()  # Ctrl+Tab leaves too, never types a tab
            return True
        if key not in RETURN_KEYS:
            return False
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            return False  # a line break, as the parent asked
        button = default_button(box)
        if button is None:
            return False
        button.click()
        return True


_rules: KeyboardRules | None = None


def install(app: QApplication) -> None:
    global _rules
    if _rules is None:
        _rules = KeyboardRules(app)
        app.focusChanged.connect(_rules.follow_focus)
        _rules.follow_focus(None, app.focusWidget())
