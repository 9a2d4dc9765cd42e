"""The main window's menus: every action with its shortcut, wired to the window's slots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from infant_massage.ui.common import theme

if TYPE_CHECKING:
    from infant_massage.ui.shell.main_window import MainWindow


def build_menus(w: MainWindow) -> None:
    file_menu = w.menuBar().addMenu(w.tr("&File"))
    settings_action = QAction(w.tr("&Settings…"), w)
    settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
    settings_action.triggered.connect(w.show_settings)
    file_menu.addAction(settings_action)
    w.handout_action = QAction(w.tr("&Handout for this area (PDF)…"), w)
    w.handout_action.setShortcut(QKeySequence.StandardKey.Print)
    w.handout_action.triggered.connect(lambda: w.save_handout())
    file_menu.addAction(w.handout_action)
    file_menu.addSeparator()
    quit_action = QAction(w.tr("&Quit"), w)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(w.close)
    file_menu.addAction(quit_action)

    view_menu = w.menuBar().addMenu(w.tr("&View"))
    turn_action = QAction(w.tr("&Turn the baby over"), w)
    turn_action.setShortcut(QKeySequence(Qt.Key.Key_T))
    turn_action.triggered.connect(w.turn_baby_over)
    view_menu.addAction(turn_action)
    _skin_tone_menu(w, view_menu.addMenu(w.tr("&Skin tone")))
    w.still_action = QAction(w.tr("Still &diagrams instead of motion"), w)
    w.still_action.setCheckable(True)
    w.still_action.setChecked(w.still_diagrams())
    w.still_action.toggled.connect(w.set_still_diagrams)
    _follow(w, "still_diagrams", lambda: w.still_action.setChecked(w.still_diagrams()))
    view_menu.addAction(w.still_action)
    _text_size_menu(w, view_menu.addMenu(w.tr("Text si&ze")))
    _theme_menu(w, view_menu.addMenu(w.tr("T&heme")))
    view_menu.addSeparator()
    w.fullscreen_action = QAction(w.tr("&Full screen"), w)
    w.fullscreen_action.setCheckable(True)
    w.fullscreen_action.setShortcuts(
        _with_standard(QKeySequence(Qt.Key.Key_F11), QKeySequence.StandardKey.FullScreen)
    )
    w.fullscreen_action.toggled.connect(w._set_fullscreen)
    view_menu.addAction(w.fullscreen_action)

    session_menu = w.menuBar().addMenu(w.tr("&Session"))
    start_action = QAction(w.tr("&Start a session…"), w)
    start_action.setShortcut(QKeySequence(Qt.Key.Key_S))
    start_action.triggered.connect(lambda: w.start_session())
    session_menu.addAction(start_action)
    if w.history is not None:
        history_action = QAction(w.tr("&History"), w)
        history_action.setShortcut(QKeySequence(Qt.Key.Key_H))
        history_action.triggered.connect(lambda: w.show_history())
        session_menu.addAction(history_action)
    w.presentation_action = QAction(w.tr("&Class mode for a projector (nothing personal shown)"), w)
    w.presentation_action.setCheckable(True)
    w.presentation_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    w.presentation_action.toggled.connect(w.set_presentation)
    view_menu.addAction(w.presentation_action)

    help_menu = w.menuBar().addMenu(w.tr("&Help"))
    safety_action = QAction(w.tr("&Safety rules"), w)
    safety_action.setShortcuts(
        _with_standard(QKeySequence(Qt.Key.Key_F1), QKeySequence.StandardKey.HelpContents)
    )
    safety_action.triggered.connect(w.show_safety_rules)
    help_menu.addAction(safety_action)
    about_action = QAction(w.tr("&About Infant Massage Guide"), w)
    about_action.triggered.connect(w.show_about)
    help_menu.addAction(about_action)


def _skin_tone_menu(w: MainWindow, menu: QMenu) -> None:
    """The baby's tone and the parent's, chosen apart; the window's SkinToneChoice keeps them."""
    names = {
        "light": w.tr("Light"),
        "light_medium": w.tr("Light medium"),
        "medium": w.tr("Medium"),
        "medium_deep": w.tr("Medium deep"),
        "deep": w.tr("Deep"),
    }
    choice = w.skin_tones
    groups = []
    for title, setter, current in (
        (w.tr("Baby"), choice.set_baby, lambda: choice.baby),
        (w.tr("Parent's hands"), choice.set_parent, lambda: choice.parent_tone),
    ):
        menu.addSection(title)
        group = QActionGroup(w)
        for tone in choice.tones:
            action = QAction(names.get(tone.id, tone.name), w, checkable=True)
            action.setData(tone.id)
            action.triggered.connect(lambda _=False, t=tone.id, s=setter: s(t))
            group.addAction(action)
            menu.addAction(action)
        groups.append((group, current))

    def show_choice() -> None:
        for group, current in groups:
            for action in group.actions():
                action.setChecked(action.data() == current().id)

    choice.changed.connect(show_choice)
    show_choice()
    w.skin_tone_actions, w.parent_tone_actions = (g for g, _ in groups)


def _theme_menu(w: MainWindow, menu: QMenu) -> None:
    names = {
        "system": w.tr("As the system"),
        "light": w.tr("Light"),
        "dark": w.tr("Dark"),
        "high_contrast": w.tr("High contrast"),
    }
    w.theme_actions = QActionGroup(w)
    for name in theme.CHOICES:
        action = QAction(names[name], w, checkable=True)
        action.setData(name)
        action.triggered.connect(lambda _=False, n=name: w.set_theme(n))
        w.theme_actions.addAction(action)
        menu.addAction(action)
    _follow(w, "theme", lambda: _check(w.theme_actions, w.user_settings.theme))


def _text_size_menu(w: MainWindow, menu: QMenu) -> None:
    names = [w.tr("Normal"), w.tr("Large"), w.tr("Larger"), w.tr("Largest")]
    w.text_size_actions = QActionGroup(w)
    for scale, name in zip(theme.TEXT_SCALES, names, strict=True):
        action = QAction(name, w, checkable=True)
        action.setData(scale)
        action.triggered.connect(lambda _=False, v=scale: w.set_text_scale(v))
        w.text_size_actions.addAction(action)
        menu.addAction(action)
    _follow(w, "text_scale", lambda: _check(w.text_size_actions, w.user_settings.text_scale))
    menu.addSeparator()
    ctrl = Qt.Modifier.CTRL
    bigger = QAction(w.tr("Bigger text"), w)
    # Ctrl+= is the key most keyboards give for "Ctrl and +" without Shift.
    bigger.setShortcuts(
        _with_standard(
            QKeySequence(ctrl | Qt.Key.Key_Equal),
            QKeySequence(ctrl | Qt.Key.Key_Plus),
            QKeySequence.StandardKey.ZoomIn,
        )
    )
    bigger.triggered.connect(lambda: w._step_text_scale(+1))
    smaller = QAction(w.tr("Smaller text"), w)
    smaller.setShortcuts(
        _with_standard(QKeySequence(ctrl | Qt.Key.Key_Minus), QKeySequence.StandardKey.ZoomOut)
    )
    smaller.triggered.connect(lambda: w._step_text_scale(-1))
    normal = QAction(w.tr("Normal text size"), w)
    normal.setShortcut(QKeySequence(ctrl | Qt.Key.Key_0))
    normal.triggered.connect(lambda: w.set_text_scale(theme.TEXT_SCALES[0]))
    for action in (bigger, smaller, normal):
        menu.addAction(action)


def _follow(w: MainWindow, field: str, show) -> None:
    """A menu's checked state shows the setting, now and after a change made anywhere."""
    w.user_settings.changed.connect(lambda changed: show() if changed == field else None)
    show()


def _check(group: QActionGroup, value: object) -> None:
    for action in group.actions():
        action.setChecked(action.data() == value)


def _with_standard(*keys: QKeySequence | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The keys the README documents first, then the platform's own, each once."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found
