"""A whole session with the keyboard alone, as a parent with oily hands or a blind parent does it.

Only key events: home -> an area -> its guide -> back -> a session with its safety check ->
Esc -> why it stopped -> how the baby responded -> a note -> Save -> Done -> History. After
each page change the focus must sit on the obvious next control, never nowhere.
"""

from __future__ import annotations

from on_screen import named
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from safety_check import (
    AGE,
    CORD,
    FEED,
    UNWELL,
    VACCINATED,
    answer_everything,
    answer_shown,
    no_and_yes,
)

from infant_massage.domain.session_record import Outcome


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), k, modifier)


def shown_speed(page: QWidget) -> int:
    """Which of the speeds the page's speed box shows (0: the slowest)."""
    box = named(page, "Speed")
    assert isinstance(box, QComboBox)
    return box.currentIndex()


def tab_to(qtbot, wanted: QWidget, limit: int = 60) -> None:
    for _ in range(limit):
        if focused() is wanted:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted!r}; it stopped at {focused()!r}")


def test_a_new_window_starts_with_the_keyboard_on_the_baby(qtbot, app_window, catalog) -> None:
    window = app_window.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert focused() is window.home.body_map
    key(qtbot, Qt.Key.Key_Right)  # the arrows walk the areas at once, Return chooses
    key(qtbot, Qt.Key.Key_Return)
    assert window.home.technique_panel.area_id == window.home.body_map.focused_area is not None


def test_a_whole_session_by_keyboard_alone(qtbot, app_window, catalog) -> None:
    window, store = app_window.window, app_window.store
    window.show_home()
    assert focused() is window.home.body_map  # home: the keyboard starts on the baby

    # An area: the arrows walk the regions, Return chooses.
    while window.home.body_map.focused_area != "abdomen":
        key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Return)
    assert window.home.technique_panel.area_id == "abdomen"

    # One Tab leaves the map (no walk through every area) and reaches the technique cards.
    card = window.home.technique_panel.cards[0]
    watch = card.guide_button
    tab_to(qtbot, watch, limit=6)
    key(qtbot, Qt.Key.Key_Return)  # Return presses "Watch the hand move", as Space does
    assert window.pages.currentWidget() is window.guide_panel
    assert window.guide_panel.isAncestorOf(focused()) or focused() is window.guide_panel
    speed = shown_speed(window.guide_panel)
    key(qtbot, Qt.Key.Key_Equal)  # unshifted "=" speeds the guide up
    assert shown_speed(window.guide_panel) == speed + 1
    key(qtbot, Qt.Key.Key_Escape)  # back on the button that opened the guide, not the map
    assert window.pages.currentIndex() == 0 and focused() is watch

    # A session: S from anywhere, then the safety check by keys.
    key(qtbot, Qt.Key.Key_S)
    setup = window.session_flow.setup_page
    assert window.pages.currentWidget() is setup
    # No profile, so nothing is preset: the keyboard starts on the age.
    assert focused() is named(setup, AGE)
    focused().selectAll()
    qtbot.keyClicks(focused(), "4")
    assert named(setup, AGE).value() == 4
    for question, answer in ((UNWELL, "no"), (VACCINATED, "no"), (CORD, "yes")):
        no, yes = no_and_yes(setup, question)
        tab_to(qtbot, no, limit=8)
        if answer == "yes":
            key(qtbot, Qt.Key.Key_Right)  # the arrows move between No and Yes
            assert focused() is yes and answer_shown(setup, question) is None
        key(qtbot, Qt.Key.Key_Return)
        assert answer_shown(setup, question) is (answer == "yes")
    tab_to(qtbot, named(setup, FEED), limit=10)
    focused().selectAll() if isinstance(focused(), QAbstractSpinBox) else None
    qtbot.keyClicks(focused(), "90")
    assert named(setup, FEED).value() == 90
    assert setup.start_button.isEnabled()
    key(qtbot, Qt.Key.Key_Return)  # Return in a box presses the page's default: Start

    page = window.session_flow.run_page
    assert window.pages.currentWidget() is page
    assert focused() is page.pause_button
    key(qtbot, Qt.Key.Key_Space)  # pause
    key(qtbot, Qt.Key.Key_Space)  # and on
    key(qtbot, Qt.Key.Key_Escape)  # stop at once

    end = window.session_flow.end_page
    assert window.pages.currentWidget() is end
    assert focused() is end.reason_box  # after Esc: the question, so Space answers nothing
    asleep = [b.property("value") for b in end.reason_buttons.buttons()].index("asleep") + 1
    assert f"({asleep})" in end.reason_buttons.buttons()[asleep - 1].text()
    key(qtbot, getattr(Qt.Key, f"Key_{asleep}"))  # the number shown on the button
    assert focused() is end.response_box  # after a reason: the next question
    key(qtbot, Qt.Key.Key_1)
    chosen = end.response_buttons.checkedButton()
    assert chosen is end.response_buttons.buttons()[0]

    tab_to(qtbot, end.note, limit=8)
    qtbot.keyClicks(end.note, "Slept well")
    key(qtbot, Qt.Key.Key_Tab)  # Tab leaves the note, it types no tab
    assert end.note.toPlainText() == "Slept well"
    assert focused() is end.save_button
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is end.done_button
    key(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == 0 and focused() is window.home.body_map

    key(qtbot, Qt.Key.Key_H)
    assert window.pages.currentWidget() is window.history_panel
    assert window.history_panel.isAncestorOf(focused())
    record = next(iter(store.sessions()))
    assert record.outcome == Outcome.STOPPED and record.note == "Slept well"
    assert record.stop_reason.value == "asleep"


def test_in_the_note_return_saves_shift_return_breaks_ctrl_tab_leaves(qtbot, app_window) -> None:
    window = app_window.window
    flow = window.session_flow
    window.start_session()
    answer_everything(flow.setup_page, age=4, feed=90)  # no profile: the age must be given
    flow.setup_page.start_button.click()
    flow.run_page.stop()
    end = flow.end_page
    end.skip_reason_button.click()
    end.note.setFocus()
    qtbot.keyClicks(end.note, "one")
    qtbot.keyClick(end.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(end.note, "two")
    qtbot.keyClick(end.note, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert end.note.toPlainText() == "one\ntwo"
    assert focused() is not end.note
    end.note.setFocus()
    qtbot.keyClick(end.note, Qt.Key.Key_Return)
    assert end.done_button.isVisible()  # Return saved


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot, app_window) -> None:
    window = app_window.window
    flow = window.session_flow
    pages = []
    window.select_area("abdomen")
    pages.append("home")
    window.start_session()
    pages.append("safety check")
    unnamed = set()

    def look() -> None:
        for widget in window.findChildren(QWidget):
            controls = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit)
            kinds = (*controls, QGroupBox, QAbstractItemView)  # a question's pair, a table
            if not widget.isVisible() or not isinstance(widget, kinds):
                continue
            if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox, QAbstractItemView)):
                continue  # a box's own text field, a table's header: the reader sees the whole
            interface = QAccessible.queryAccessibleInterface(widget)
            if not interface.text(QAccessible.Text.Name).strip():
                unnamed.add(f"{type(widget).__name__} {widget.objectName()!r} {widget.parent()}")

    look()
    group = QAccessible.queryAccessibleInterface(named(flow.setup_page, UNWELL))
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(QAccessible.Text.Name) == "Is the baby unwell or feverish today?"
    no = no_and_yes(flow.setup_page, UNWELL)[0]
    assert "arrow keys" in QAccessible.queryAccessibleInterface(no).text(
        QAccessible.Text.Description
    )
    answer_everything(flow.setup_page, age=None, feed=90)
    flow.setup_page.start_button.click()
    look()
    flow.run_page.stop()
    look()
    flow.end_page.skip_reason_button.click()
    look()
    window.show_home()
    window.show_history()
    look()
    assert not unnamed, "\n".join(sorted(unnamed))
