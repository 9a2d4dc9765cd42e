"""Class mode's keys: what presentation clickers send, and a few for the nurse at the laptop.

One table: the shortcuts of every class window and the key list the presenter view shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from infant_massage.ui.class_mode.mode import ClassMode


@dataclass(frozen=True)
class ClassKey:
    keys: tuple[Qt.Key, ...]
    label: str  # the keys as written for the nurse
    what: str
    action: Callable[[ClassMode], None]


def _t(text: str) -> str:
    return QCoreApplication.translate("ClassKeys", text)


def class_keys() -> list[ClassKey]:
    return [
        ClassKey(
            (Qt.Key.Key_PageDown, Qt.Key.Key_Right),
            _t("Page Down or →"),
            _t("next step of the plan"),
            ClassMode.next,
        ),
        ClassKey(
            (Qt.Key.Key_PageUp, Qt.Key.Key_Left),
            _t("Page Up or ←"),
            _t("previous step"),
            ClassMode.previous,
        ),
        ClassKey(
            (Qt.Key.Key_B, Qt.Key.Key_Period),
            _t("B or ."),
            _t("black out the wall, and bring it back"),
            ClassMode.toggle_blackout,
        ),
        ClassKey((Qt.Key.Key_Space,), _t("Space"), _t("pause or go on"), ClassMode.toggle_pause),
        ClassKey(
            (Qt.Key.Key_BracketLeft,),
            "[",
            _t("a tenth of a second back (pauses)"),
            lambda mode: mode.step_frame(-1),
        ),
        ClassKey(
            (Qt.Key.Key_BracketRight,),
            "]",
            _t("a tenth of a second on (pauses)"),
            lambda mode: mode.step_frame(+1),
        ),
        ClassKey(
            (Qt.Key.Key_Minus,), "−", _t("slower (down to 0.25×)"), lambda m: m.change_speed(-1)
        ),
        ClassKey(
            (Qt.Key.Key_Plus, Qt.Key.Key_Equal),
            "+",
            _t("faster"),
            lambda m: m.change_speed(+1),
        ),
        ClassKey(
            (Qt.Key.Key_V,),
            "V",
            _t("turn the picture round: as the class sees you, or the parent's view"),
            ClassMode.toggle_viewpoint,
        ),
        ClassKey(
            (Qt.Key.Key_C,),
            "C",
            _t("high contrast on the wall, or not"),
            ClassMode.toggle_high_contrast,
        ),
        ClassKey(
            (Qt.Key.Key_S,),
            "S",
            _t("start or stop a practice round with a countdown (doll practice)"),
            ClassMode.toggle_practice,
        ),
        ClassKey(
            (Qt.Key.Key_Escape, Qt.Key.Key_F5),
            _t("Esc or F5"),
            _t("leave class mode"),
            ClassMode.leave,
        ),
    ]


def install_class_keys(window: QWidget, mode: ClassMode) -> list[QShortcut]:
    """The keys work wherever the focus is in the window (a clicker types into any of them)."""
    shortcuts = []
    for entry in class_keys():
        for key in entry.keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda action=entry.action: action(mode))
            shortcuts.append(shortcut)
    return shortcuts
