"""The main window's actions as one table: the menus and the window-wide keys are built from it.

Each row says what the action is called, where it sits in the menus, which keys fire it (the
README's first, then the platform's own) and which of the window's methods it calls. The keys
work on every page of the main window; tests/test_readme_keys.py reads them from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey
Key = str | QKeySequence.StandardKey  # a str in Qt's portable text: "T", "Ctrl+=", "F11"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    label: str  # translated: the table is made when the menus are built
    menu: str  # a menus() id: where the action sits, in the order of entries()
    handler: str  # the window's method; a checkable action passes its new state
    keys: tuple[Key, ...] = ()
    checkable: bool = False
    separator_before: bool = False
    needs_history: bool = False  # only in a window that keeps a history

    def shortcuts(self) -> list[QKeySequence]:
        """The keys the README documents first, then the platform's own, each once."""
        found: list[QKeySequence] = []
        for key in self.keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences = QKeySequence.keyBindings(key)
            else:
                sequences = [QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText)]
            for sequence in sequences:
                if not sequence.isEmpty() and sequence not in found:
                    found.append(sequence)
        return found


@dataclass(frozen=True)
class MenuSpec:
    id: str
    label: str
    parent: str | None = None  # a submenu's menu


def menus() -> tuple[MenuSpec, ...]:
    """The menus in the order they appear; a submenu sits in its parent where entries() puts it."""
    return (
        MenuSpec("file", QCoreApplication.translate("MainWindow", "&File")),
        MenuSpec("view", QCoreApplication.translate("MainWindow", "&View")),
        MenuSpec(
            "skin_tone", QCoreApplication.translate("MainWindow", "&Skin tone"), parent="view"
        ),
        MenuSpec(
            "text_size", QCoreApplication.translate("MainWindow", "Text si&ze"), parent="view"
        ),
        MenuSpec("theme", QCoreApplication.translate("MainWindow", "T&heme"), parent="view"),
        MenuSpec("session", QCoreApplication.translate("MainWindow", "&Session")),
        MenuSpec("help", QCoreApplication.translate("MainWindow", "&Help")),
    )


def entries() -> tuple[ActionSpec | str, ...]:
    """Every action, and each submenu by its id, in menu order. A submenu's own choices (skin
    tones, text sizes, themes) are the settings' choices: main_menus fills those."""
    return (
        ActionSpec(
            "settings",
            QCoreApplication.translate("MainWindow", "&Settings…"),
            "file",
            "show_settings",
            # Preferences is empty on Linux and Windows: Ctrl+, is what most desktop apps use.
            ("Ctrl+,", StandardKey.Preferences),
        ),
        ActionSpec(
            "handout",
            QCoreApplication.translate("MainWindow", "&Handout for this area (PDF)…"),
            "file",
            "save_handout",
            (StandardKey.Print,),
        ),
        ActionSpec(
            "quit",
            QCoreApplication.translate("MainWindow", "&Quit"),
            "file",
            "close",
            (StandardKey.Quit,),
            separator_before=True,
        ),
        ActionSpec(
            "turn",
            QCoreApplication.translate("MainWindow", "&Turn the baby over"),
            "view",
            "turn_baby_over",
            ("T",),
        ),
        "skin_tone",
        ActionSpec(
            "still",
            QCoreApplication.translate("MainWindow", "Still &diagrams instead of motion"),
            "view",
            "set_still_diagrams",
            ("D",),  # D for diagram; the guide's "Still diagram" box says so
            checkable=True,
        ),
        "text_size",
        ActionSpec(
            "bigger_text",
            QCoreApplication.translate("MainWindow", "Bigger text"),
            "text_size",
            "bigger_text",
            # Ctrl+= is the key most keyboards give for "Ctrl and +" without Shift.
            ("Ctrl+=", "Ctrl++", StandardKey.ZoomIn),
            separator_before=True,
        ),
        ActionSpec(
            "smaller_text",
            QCoreApplication.translate("MainWindow", "Smaller text"),
            "text_size",
            "smaller_text",
            ("Ctrl+-", StandardKey.ZoomOut),
        ),
        ActionSpec(
            "normal_text",
            QCoreApplication.translate("MainWindow", "Normal text size"),
            "text_size",
            "normal_text",
            ("Ctrl+0",),
        ),
        "theme",
        ActionSpec(
            "fullscreen",
            QCoreApplication.translate("MainWindow", "&Full screen"),
            "view",
            "set_fullscreen",
            ("F11", StandardKey.FullScreen),
            checkable=True,
            separator_before=True,
        ),
        ActionSpec(
            "class_mode",
            QCoreApplication.translate(
                "MainWindow", "&Class mode for a projector (nothing personal shown)"
            ),
            "view",
            "set_presentation",
            ("F5",),
            checkable=True,
        ),
        ActionSpec(
            "start_session",
            QCoreApplication.translate("MainWindow", "&Start a session…"),
            "session",
            "start_session",
            ("S",),
        ),
        ActionSpec(
            "history",
            QCoreApplication.translate("MainWindow", "&History"),
            "session",
            "show_history",
            ("H",),
            needs_history=True,
        ),
        ActionSpec(
            "safety_rules",
            QCoreApplication.translate("MainWindow", "&Safety rules"),
            "help",
            "show_safety_rules",
            ("F1", StandardKey.HelpContents),
        ),
        ActionSpec(
            "about",
            QCoreApplication.translate("MainWindow", "&About Infant Massage Guide"),
            "help",
            "show_about",
        ),
    )


def actions() -> tuple[ActionSpec, ...]:
    return tuple(entry for entry in entries() if isinstance(entry, ActionSpec))
