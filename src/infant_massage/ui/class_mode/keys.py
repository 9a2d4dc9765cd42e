"""Class mode's keys: what presentation clickers send, and a few for the nurse at the laptop.

One table: the shortcuts of every class window and the key list the presenter view shows,
whose names come from the keys themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from infant_massage.ui.class_mode.mode import ClassMode
from infant_massage.ui.common.text_format import fill


@dataclass(frozen=True)
class ClassKey:
    name: str  # what the key is for, for the buttons that show it (class_key)
    keys: tuple[Qt.Key, ...]
    what: str
    action: Callable[[ClassMode], None]
    # Keys a focused list or field uses itself (Up and Down walk the plan list): they act
    # only when the widget with the focus leaves them alone, so they are not shortcuts.
    arrows: tuple[Qt.Key, ...] = ()

    @property
    def label(self) -> str:
        """The keys as the nurse reads them ("PgDown or Right"), named as the platform's
        menus name them, so a changed key can never leave an old name beside it."""
        names = [key_name(key) for key in self.keys + self.arrows]
        label = names[0]
        for name in names[1:]:
            label = fill(QCoreApplication.translate("ClassKeys", "%1 or %2"), label, name)
        return label

    @property
    def first_key(self) -> str:
        """The first key's name, for a button ("Next (PgDown)")."""
        return key_name(self.keys[0])


def class_key(name: str) -> ClassKey:
    return next(entry for entry in class_keys() if entry.name == name)


def key_name(key: Qt.Key) -> str:
    """One key's name in the platform's words (QKeySequence's native text)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def class_keys() -> list[ClassKey]:
    return [
        ClassKey(
            "next",
            (Qt.Key.Key_PageDown, Qt.Key.Key_Right),
            QCoreApplication.translate("ClassKeys", "next step of the plan"),
            ClassMode.next,
            arrows=(Qt.Key.Key_Down,),  # what some clickers send instead of PgDown
        ),
        ClassKey(
            "previous",
            (Qt.Key.Key_PageUp, Qt.Key.Key_Left),
            QCoreApplication.translate("ClassKeys", "previous step"),
            ClassMode.previous,
            arrows=(Qt.Key.Key_Up,),
        ),
        ClassKey(
            "blackout",
            (Qt.Key.Key_B, Qt.Key.Key_Period),
            QCoreApplication.translate("ClassKeys", "black out the wall, and bring it back"),
            ClassMode.toggle_blackout,
        ),
        ClassKey(
            "pause",
            (Qt.Key.Key_Space,),
            QCoreApplication.translate("ClassKeys", "pause or go on"),
            ClassMode.toggle_pause,
        ),
        ClassKey(
            "frame_back",
            (Qt.Key.Key_BracketLeft,),
            QCoreApplication.translate("ClassKeys", "a tenth of a second back (pauses)"),
            lambda mode: mode.step_frame(-1),
        ),
        ClassKey(
            "frame_on",
            (Qt.Key.Key_BracketRight,),
            QCoreApplication.translate("ClassKeys", "a tenth of a second on (pauses)"),
            lambda mode: mode.step_frame(+1),
        ),
        ClassKey(
            "slower",
            (Qt.Key.Key_Minus,),
            QCoreApplication.translate("ClassKeys", "slower (down to 0.25×)"),
            lambda m: m.change_speed(-1),
        ),
        ClassKey(
            "faster",
            (Qt.Key.Key_Plus, Qt.Key.Key_Equal),
            QCoreApplication.translate("ClassKeys", "faster"),
            lambda m: m.change_speed(+1),
        ),
        ClassKey(
            "turn",
            (Qt.Key.Key_V,),
            QCoreApplication.translate(
                "ClassKeys", "turn the picture round: as the class sees you, or the parent's view"
            ),
            ClassMode.toggle_viewpoint,
        ),
        ClassKey(
            "contrast",
            (Qt.Key.Key_C,),
            QCoreApplication.translate("ClassKeys", "high contrast on the wall, or not"),
            ClassMode.toggle_high_contrast,
        ),
        ClassKey(
            "practice",
            (Qt.Key.Key_S,),
            QCoreApplication.translate(
                "ClassKeys", "start or stop a practice round with a countdown (doll practice)"
            ),
            ClassMode.toggle_practice,
        ),
        ClassKey(
            "leave",
            (Qt.Key.Key_Escape, Qt.Key.Key_F5),
            QCoreApplication.translate(
                "ClassKeys", "stop a practice round; pressed twice, leave class mode"
            ),
            ClassMode.leave,
        ),
    ]


# What a class-mode dialog (her own plan, saving it) keeps: the nurse can black out the wall
# and stop at any moment, while every other key edits the dialog as usual.
DIALOG_KEYS = ("blackout", "leave")


@dataclass(frozen=True)
class InstalledKeys:
    shortcuts: list[QShortcut]
    arrows: ArrowKeys

    def bound(self) -> list[Qt.Key]:
        """Every key that acts in the window, shortcut or arrow."""
        return [s.key()[0].key() for s in self.shortcuts] + list(self.arrows.actions)


class ArrowKeys(QObject):
    """Up and Down reach the window only when the focused widget does not use them (Qt passes
    an unused key on to the parents): a plan list walks its plans, elsewhere the class moves."""

    def __init__(self, window: QWidget, mode: ClassMode) -> None:
        super().__init__(window)
        self._mode = mode
        self.actions = {key: entry.action for entry in class_keys() for key in entry.arrows}
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self.actions.get(Qt.Key(event.key()))
            if action is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                action(self._mode)
                return True
        return False


def install_class_keys(window: QWidget, mode: ClassMode) -> InstalledKeys:
    """The keys work wherever the focus is in the window (a clicker types into any of them)."""
    shortcuts = []
    for entry in class_keys():
        shortcuts += _shortcuts(window, mode, entry)
    return InstalledKeys(shortcuts, ArrowKeys(window, mode))


def install_dialog_keys(dialog: QDialog, mode: ClassMode) -> list[QShortcut]:
    """A class-mode dialog keeps blackout and Esc. B and "." are shortcuts of the dialog, so
    a text field with the focus takes them as letters (Qt lets a field claim the keys it
    types): the plan's name can be "Group B.", and anywhere else in the dialog they black
    out. Esc closes the dialog and counts as the class's Esc (it stops a practice round)."""
    shortcuts = []
    for entry in class_keys():
        if entry.name in DIALOG_KEYS:
            made = _shortcuts(dialog, mode, entry)
            if entry.name == "leave":
                for shortcut in made:
                    shortcut.activated.connect(dialog.reject)
            shortcuts += made
    return shortcuts


def _shortcuts(window: QWidget, mode: ClassMode, entry: ClassKey) -> list[QShortcut]:
    shortcuts = []
    for key in entry.keys:
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        # What a key does beyond its own work (forget a first Esc, clear "Round finished") the
        # mode does itself, so the strip's buttons and a click on the black do it too.
        shortcut.activated.connect(lambda action=entry.action: action(mode))
        shortcuts.append(shortcut)
    return shortcuts
