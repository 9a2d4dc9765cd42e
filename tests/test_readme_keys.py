"""The README's key table is the truth: each key is pressed where it says and must do something.

A key counts as bound when pressing it fires exactly the action or shortcut that carries it (an
ambiguous key fires nothing, so two bindings fighting over one key fail here too). The keys that
work anywhere are the window's action table's (ui/shell/actions.py): the README lists exactly
the keys the table names. The body map's keys are not shortcuts: there the test checks what the
key changed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QPushButton,
    QWidget,
)
from safety_check import answer_everything

from infant_massage.app.window_factory import build_main_window
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.ui.shell.actions import actions
from infant_massage.ui.shell.main_window import MainWindow

README = Path(__file__).resolve().parent.parent / "README.md"
ARROWS = {"→": "Right", "←": "Left", "↑": "Up", "↓": "Down"}


def readme_keys() -> list[tuple[str, str, str]]:
    """(key, what it does, where) for every key in the README's table of keys."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Keys", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| `"):
            continue
        keys, what, where = (cell.strip() for cell in line.strip().strip("|").split("|"))
        rows += [(key, what, where) for key in re.findall(r"`([^`]+)`", keys)]
    return rows


KEYS = readme_keys()


def test_the_readme_lists_the_keys_the_issue_names() -> None:
    anywhere = {key for key, _what, where in KEYS if where == "anywhere"}
    documented = {"T", "S", "H", "F1", "F5", "F11", "Ctrl+=", "Ctrl++", "Ctrl+-", "Ctrl+0"}
    assert documented <= anywhere
    assert all(QKeySequence.fromString(ARROWS.get(k, k)).count() == 1 for k, _, _ in KEYS)


def table_keys() -> dict[QKeySequence, str]:
    """Every key the action table binds (the platform's own included), with its action's id."""
    return {key: spec.id for spec in actions() for key in spec.shortcuts()}


def test_the_keys_that_work_anywhere_are_the_action_tables() -> None:
    anywhere = {sequence(key) for key, _what, where in KEYS if where == "anywhere"}
    assert anywhere <= set(table_keys()), "a README key no action carries"
    # The keys the table names itself (not the platform's standard ones) are all documented.
    named = {sequence(key) for spec in actions() for key in spec.keys if isinstance(key, str)}
    assert named <= anywhere, "an action's key the README does not list"


@pytest.fixture
def window(qtbot, catalog, tmp_path, monkeypatch) -> MainWindow:
    # Keys that open a modal dialog or a file chooser must not block the test.
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    win = build_main_window(catalog, open_data_dir(tmp_path / "data"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def start_a_session(window: MainWindow) -> QWidget:
    window.start_session()
    setup = window.session_flow.setup_page
    answer_everything(setup, age=8, feed=90)
    setup.start_button.click()
    return window.session_flow.run_page


def keyboard_on(page: QWidget) -> QWidget:
    """Where the keyboard is once the page has opened: on the page, as a user finds it."""
    QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None and (widget is page or page.isAncestorOf(widget)), widget
    return widget


def go_to(window: MainWindow, where: str) -> QWidget:
    """Open the page the README names and return the widget that has the keyboard there."""
    if where == "body map":
        window.show_home()
        window.select_area("abdomen")
        return window.home.body_map
    if where == "home card":  # "anywhere": from a technique card, far from the body map
        window.show_home()
        window.select_area("abdomen")
        return window.home.technique_panel.cards[0].findChildren(QPushButton)[0]
    if where == "guide":
        window.open_guide("stroking", "abdomen")
        return keyboard_on(window.guide_panel)
    if where == "safety check":
        window.start_session()
        return keyboard_on(window.session_flow.setup_page)
    if where == "session":
        return start_a_session(window)
    if where == "after a session":
        start_a_session(window).stop()
        return window.session_flow.end_page.reason_buttons.buttons()[0]
    raise AssertionError(f"the README names a place the test does not know: {where!r}")


def sequence(key: str) -> QKeySequence:
    return QKeySequence.fromString(ARROWS.get(key, key), QKeySequence.SequenceFormat.PortableText)


def press(widget: QWidget, key: QKeySequence) -> None:
    combination = key[0]
    widget.setFocus()
    QApplication.processEvents()
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def bindings(window: MainWindow, key: QKeySequence) -> list:
    exact = QKeySequence.SequenceMatch.ExactMatch
    found: list = [a for a in window.findChildren(QAction) if key in a.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        sequences = list(shortcut.keys())  # a QShortcut's keys, not a mapping's
        if any(s.matches(key) == exact for s in sequences):
            found.append(shortcut)
    return found


@pytest.mark.parametrize(("key", "what", "where"), KEYS, ids=[f"{w}:{k}" for k, _, w in KEYS])
def test_every_key_in_the_readme_is_bound(qtbot, window, key, what, where) -> None:
    target = go_to(window, "body map" if where == "anywhere" else where)
    combination = sequence(key)
    if where == "body map":
        body_map = window.home.body_map
        before = (body_map.focused_area, body_map.selected_area)
        body_map.select_area("chest")
        press(body_map, QKeySequence(Qt.Key.Key_Right))  # focus leaves the selected area
        before = (body_map.focused_area, body_map.selected_area)
        press(body_map, combination)
        assert (body_map.focused_area, body_map.selected_area) != before, f"{key}: {what}"
        return
    candidates = bindings(window, combination)
    assert candidates, f"nothing in the window carries {key} ({what})"
    if where == "anywhere":  # the action the table builds for it, and no other
        names = [c.objectName() for c in candidates if isinstance(c, QAction)]
        assert table_keys()[combination] in names, f"{key}: {names}"
    fired: list = []
    for item in candidates:
        signal = item.triggered if isinstance(item, QAction) else item.activated
        signal.connect(lambda *_, i=item: fired.append(i))
    places = ["home card", "guide", "body map"] if where == "anywhere" else [where]
    for place in places:
        fired.clear()
        press(go_to(window, place) if place != where else target, combination)
        assert len(fired) == 1, f"{key} ({what}) on the {place} page fired {fired}"
        if window.presentation_action.isChecked():  # F5 opened class mode: back to the window
            window.presentation_action.setChecked(False)
            window.show()
            window.activateWindow()


def written_keys(page: QWidget) -> set[str]:
    """The keys written in brackets on the page's visible controls ("Restart (R)", "(+ −)")."""
    texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisible()]
    texts += [box.currentText() for box in page.findChildren(QComboBox) if box.isVisible()]
    written = set()
    for text in texts:
        for inside in re.findall(r"\(([^)]*)\)", text):
            written |= {key.replace("−", "-") for key in inside.split()}  # a minus sign is "-"
    return written


def test_the_guides_keys_are_written_on_its_controls(window) -> None:
    text = README.read_text(encoding="utf-8").split("### Keys", 1)[1].split("\n## ", 1)[0]
    wanted = set()
    for line in text.splitlines():
        if line.startswith("| `") and line.rstrip().endswith("| guide |"):
            keys = line.strip("| \n").split("|")[0]
            # "`+` or `=`, `-`": one key for each thing the row does, alternatives after "or".
            wanted |= {re.findall(r"`([^`]+)`", group)[0] for group in keys.split(",")}
    assert {"Space", "R", "+", "-", "L", "V", "Esc"} <= wanted
    go_to(window, "guide")
    shown = written_keys(window.guide_panel)
    assert wanted <= shown, f"keys not written on the guide: {wanted - shown}"
    # Still diagrams have a key of their own, written on the guide's box too.
    still = next(spec for spec in actions() if spec.id == "still")
    assert set(still.keys) <= shown


def test_d_turns_still_diagrams_on_and_off_on_the_guide_and_in_the_menu(qtbot, window) -> None:
    keyboard = go_to(window, "guide")
    box = next(b for b in window.guide_panel.findChildren(QAbstractButton) if "(D)" in b.text())
    before = box.isChecked()
    assert window.still_action.isChecked() is before
    press(keyboard, sequence("D"))
    assert box.isChecked() is not before and window.still_action.isChecked() is not before
    assert window.guide_panel.view.reduced_motion is not before
    press(keyboard, sequence("D"))
    assert box.isChecked() is before and window.still_action.isChecked() is before
