"""The main window's menus, built from the action table (actions.py); the choice menus (skin
tone, text size, theme) are filled from the settings' choices, and every checked state follows
the settings model, so a choice made anywhere shows here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from infant_massage.ui.common.choice_labels import (
    skin_tone_choices,
    text_size_choices,
    theme_choices,
)
from infant_massage.ui.shell.actions import ActionSpec, entries, menus

if TYPE_CHECKING:
    from infant_massage.ui.shell.main_window import MainWindow


@dataclass
class Menus:
    actions: dict[str, QAction] = field(default_factory=dict)  # by ActionSpec id
    groups: dict[str, QActionGroup] = field(default_factory=dict)  # each choice menu's choices


def build_menus(w: MainWindow) -> Menus:
    built = Menus()
    made: dict[str, QMenu] = {}
    specs = {spec.id: spec for spec in menus()}
    for spec in specs.values():
        if spec.parent is None:
            made[spec.id] = w.menuBar().addMenu(spec.label)
    for entry in entries():
        if isinstance(entry, str):  # a choice menu, where the table puts it
            submenu = specs[entry]
            assert submenu.parent is not None
            made[entry] = made[submenu.parent].addMenu(submenu.label)
            CHOICE_MENUS[entry](w, made[entry], built)
            continue
        if entry.needs_history and w.history is None:
            continue
        menu = made[entry.menu]
        if entry.separator_before:
            menu.addSeparator()
        built.actions[entry.id] = action = _action(w, entry)
        menu.addAction(action)
    still = built.actions["still"]
    _follow(w, "still_diagrams", lambda: _show_checked(still, w.still_diagrams()))
    return built


def _show_checked(action: QAction, on: bool) -> None:
    """The menu shows what the guides do without choosing it: still diagrams the desktop asks
    for are not the user's choice, and saving them as one would outlast the desktop's wish."""
    with QSignalBlocker(action):
        action.setChecked(on)


def _action(w: MainWindow, spec: ActionSpec) -> QAction:
    action = QAction(spec.label, w)
    action.setObjectName(spec.id)
    action.setShortcuts(spec.shortcuts())
    handler = getattr(w, spec.handler)
    if spec.checkable:
        action.setCheckable(True)
        action.toggled.connect(handler)
    else:
        action.triggered.connect(lambda _checked=False: handler())
    return action


def _choices(
    w: MainWindow,
    menu: QMenu,
    choices: Sequence[tuple[object, str]],
    choose: Callable[[object], None],
) -> QActionGroup:
    group = QActionGroup(w)
    for value, name in choices:
        action = QAction(name, w, checkable=True)
        action.setData(value)
        action.triggered.connect(lambda _=False, v=value: choose(v))
        group.addAction(action)
        menu.addAction(action)
    return group


def _skin_tone_menu(w: MainWindow, menu: QMenu, built: Menus) -> None:
    """The baby's tone and the parent's, chosen apart; the settings model keeps them."""
    tones = skin_tone_choices(w.skin_tones.tones)
    for group_id, title, field_name in (
        ("skin_tone", w.tr("Baby"), "baby_skin_tone"),
        ("parent_tone", w.tr("Parent's hands"), "parent_skin_tone"),
    ):
        menu.addSection(title)
        group = built.groups[group_id] = _choices(
            w, menu, tones, lambda v, f=field_name: w.user_settings.set(f, v)
        )
        _follow(w, field_name, lambda g=group, f=field_name: _check(g, getattr(w.user_settings, f)))


def _text_size_menu(w: MainWindow, menu: QMenu, built: Menus) -> None:
    group = built.groups["text_size"] = _choices(w, menu, text_size_choices(), w.set_text_scale)
    _follow(w, "text_scale", lambda: _check(group, w.user_settings.text_scale))


def _theme_menu(w: MainWindow, menu: QMenu, built: Menus) -> None:
    group = built.groups["theme"] = _choices(w, menu, theme_choices(), w.set_theme)
    _follow(w, "theme", lambda: _check(group, w.user_settings.theme))


CHOICE_MENUS = {"skin_tone": _skin_tone_menu, "text_size": _text_size_menu, "theme": _theme_menu}


def _follow(w: MainWindow, field_name: str, show: Callable[[], None]) -> None:
    """A menu's checked state shows the setting, now and after a change made anywhere."""
    w.user_settings.changed.connect(lambda changed: show() if changed == field_name else None)
    show()


def _check(group: QActionGroup, value: object) -> None:
    for action in group.actions():
        action.setChecked(action.data() == value)
