"""The user's settings as a user meets them: chosen in a menu or the settings dialog, shown in
every menu and page, kept in the data folder's settings file, and never trusted blindly."""

from __future__ import annotations

from pathlib import Path

import pytest
from on_screen import named
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMenu,
)
from safety_check import FEED

from infant_massage.app.window_factory import SETTINGS_FILE, build_main_window
from infant_massage.domain.user_settings import FEED_WAIT_MINUTES, TEXT_SCALES, SoundMode
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.ui.common import theme
from infant_massage.ui.common.text_format import minutes_text
from infant_massage.ui.shell.main_window import MainWindow
from infant_massage.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def _plain_look_after():
    """A test here changes the app-wide theme and text size: the next test starts plain."""
    yield
    if theme.chosen_name() != "system" or theme.text_scale() != TEXT_SCALES[0]:
        theme.apply(QApplication.instance(), forced="system", text_scale=TEXT_SCALES[0])


def menu_action(window: MainWindow, *path: str) -> QAction:
    """The action reached through the menu bar by these titles (without the '&' marks)."""
    actions = window.menuBar().actions()
    for depth, title in enumerate(path):
        found = next(a for a in actions if a.text().replace("&", "") == title)
        if depth == len(path) - 1:
            return found
        menu = found.menu()
        assert isinstance(menu, QMenu), title
        actions = menu.actions()
    raise AssertionError(path)


def checked(window: MainWindow, *path: str) -> list[str]:
    menu = menu_action(window, *path).menu()
    return [a.text() for a in menu.actions() if a.isCheckable() and a.isChecked()]


def colours(widget) -> set[str]:
    """The colours on screen in the widget (every fourth pixel each way)."""
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }


def closing_button(dialog: SettingsDialog):
    """The button that closes the dialog keeping the choices: Close, or OK on Windows."""
    box = dialog.findChild(QDialogButtonBox)
    found = box.button(QDialogButtonBox.StandardButton.Close) or box.button(
        QDialogButtonBox.StandardButton.Ok
    )
    assert found is not None and found.isVisible()
    return found


def fill_settings_dialog(qtbot, minutes: int, sound: SoundMode) -> list[SettingsDialog]:
    """Answer the settings dialog once it is open (it is modal): type the wait, pick the sound
    with the keyboard, press Close (OK on Windows)."""
    seen: list[SettingsDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog)
        dialog.feed_wait.selectAll()
        qtbot.keyClicks(dialog.feed_wait, str(minutes))
        box = dialog.sound
        box.setFocus()
        while box.currentData() != sound:
            qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.mouseClick(closing_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_settings_chosen_in_the_menus_and_the_dialog_are_there_at_the_next_start(
    qtbot, catalog, tmp_path: Path
) -> None:
    data = open_data_dir(tmp_path / "data")
    first = build_main_window(catalog, data)
    qtbot.addWidget(first)
    first.show()
    default_wait = catalog.safety.check.feed_wait_minutes
    wait = min(default_wait + 15, FEED_WAIT_MINUTES[1])
    menu_action(first, "View", "Theme", "Dark").trigger()
    menu_action(first, "View", "Text size", "Larger").trigger()
    menu_action(first, "View", "Still diagrams instead of motion").trigger()
    menu_action(first, "View", "Skin tone", "Deep").trigger()  # the baby's (first section)
    assert theme.chosen_name() == "dark" and theme.text_scale() == TEXT_SCALES[2]
    seen = fill_settings_dialog(qtbot, wait, SoundMode.SILENT)
    menu_action(first, "File", "Settings…").trigger()
    assert seen, "File > Settings opened no dialog"
    first.close()
    theme.apply(QApplication.instance(), forced="light", text_scale=TEXT_SCALES[0])

    second = build_main_window(catalog, data)  # a fresh start from the same settings file
    qtbot.addWidget(second)
    second.show()
    assert theme.chosen_name() == "dark" and theme.text_scale() == TEXT_SCALES[2]
    assert checked(second, "View", "Theme") == ["Dark"]
    assert checked(second, "View", "Text size") == ["Larger"]
    assert menu_action(second, "View", "Still diagrams instead of motion").isChecked()
    assert "Deep" in checked(second, "View", "Skin tone")
    deep = next(t for t in second.illustrations.skin_tones if t.id == "deep")
    assert deep.fill in colours(second.home.body_map)  # the baby is drawn in the remembered tone
    # The wait and the sound show where a parent meets them: the safety check and the session.
    second.start_session()
    setup = second.session_flow.setup_page
    assert named(setup, FEED).text() == "Not sure"  # nothing preset about the last feed
    reminder = [t for t in setup.effect_texts() if "last fed" in t]
    assert reminder and f"at least {minutes_text(wait * 60)} ago" in reminder[0]
    assert second.session_flow.cues.mode == SoundMode.SILENT
    assert second.session_flow.run_page.sound.currentData() == SoundMode.SILENT
    # The dialog opens on what the settings hold, and says the catalog's default.
    dialog = SettingsDialog(second.user_settings, second)
    qtbot.addWidget(dialog)
    assert dialog.feed_wait.value() == wait and dialog.sound_mode == SoundMode.SILENT
    suggests = f"suggests {minutes_text(default_wait * 60)}."
    assert any(suggests in label.text() for label in dialog.findChildren(QLabel))


def test_a_change_made_elsewhere_shows_in_the_menus_and_the_dialog(qtbot, catalog, tmp_path):
    window = build_main_window(catalog, open_data_dir(tmp_path / "data"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.home.body_map.setFocus()
    QApplication.processEvents()
    assert checked(window, "View", "Text size") == ["Normal"]
    qtbot.keyClick(window.home.body_map, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert checked(window, "View", "Text size") == ["Large"]
    assert theme.text_scale() == TEXT_SCALES[1]
    # The guide page's own "Still diagram" box is the same setting as the View menu's.
    window.open_guide("stroking", "abdomen")
    still = menu_action(window, "View", "Still diagrams instead of motion")
    was = still.isChecked()
    qtbot.mouseClick(window.guide_panel.still_box, Qt.MouseButton.LeftButton)
    assert still.isChecked() is not was
    # A sound chosen during a session is the setting the dialog shows next.
    window.show_home()
    run_page = window.session_flow.run_page
    run_page.sound.setCurrentIndex(run_page.sound.findData(SoundMode.VOICE))
    assert window.user_settings.sound_mode == SoundMode.VOICE
    dialog = SettingsDialog(window.user_settings, window)
    qtbot.addWidget(dialog)
    assert dialog.sound_mode == SoundMode.VOICE


GARBAGE = (
    "[appearance]\n"
    "text_scale=1.3\n"  # not one of the sizes offered
    "theme=neon\n"
    "skin_tone=green\n"
    "parent_skin_tone=@ByteArray(\\x01\\x02)\n"
    "still_diagrams=maybe\n"
    "[session]\n"
    "feed_wait_minutes={wait}\n"
    "sound_mode=loud\n"
)


def test_a_garbage_settings_file_falls_back_to_the_defaults(qtbot, catalog, tmp_path):
    # Each kind of bad value, field by field, is in test_user_settings; here the whole path.
    data = tmp_path / "data"
    data.mkdir()
    (data / SETTINGS_FILE).write_text(GARBAGE.format(wait=FEED_WAIT_MINUTES[1] + 1), "utf-8")
    window = build_main_window(catalog, open_data_dir(data))
    qtbot.addWidget(window)
    window.show()
    settings = window.user_settings
    assert settings.values == settings.defaults
    assert settings.feed_wait_minutes == catalog.safety.check.feed_wait_minutes
    assert checked(window, "View", "Theme") == ["As the system"]
    assert checked(window, "View", "Text size") == ["Normal"]
    first_tone = window.illustrations.skin_tones[0].id
    assert window.skin_tones.baby.id == window.skin_tones.parent_tone.id == first_tone
    # The file is still usable: a new choice is written over the garbage and read back.
    last_tone = window.illustrations.skin_tones[-1]
    menu_action(window, "View", "Skin tone", last_tone.name).trigger()
    window.close()
    again = build_main_window(catalog, open_data_dir(data))
    qtbot.addWidget(again)
    assert again.skin_tones.baby == last_tone


def test_a_settings_file_of_random_bytes_does_not_stop_the_app(qtbot, catalog, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / SETTINGS_FILE).write_bytes(bytes(range(256)) * 8)
    window = build_main_window(catalog, open_data_dir(data))
    qtbot.addWidget(window)
    window.show()
    assert window.user_settings.values == window.user_settings.defaults


def open_settings_with_keys(qtbot, window: MainWindow, act) -> list[SettingsDialog]:
    """Ctrl+, on the home screen opens the settings; `act(dialog)` runs while it is open, then
    its closing button is clicked."""
    seen: list[SettingsDialog] = []

    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):  # the key press is still on its way
            QTimer.singleShot(10, inside)
            return
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            qtbot.mouseClick(closing_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, inside)
    window.activateWindow()  # back from a dialog closed before
    window.home.body_map.setFocus()
    QApplication.processEvents()  # the focus arrives, as a user's click gives it
    qtbot.keyClick(window.home.body_map, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+, opened no settings"
    return seen


def shown(box) -> str:
    return box.currentText()


def test_the_settings_dialog_and_the_view_menu_show_one_state(qtbot, catalog, tmp_path) -> None:
    window = build_main_window(catalog, open_data_dir(tmp_path / "data"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    last_tone = window.illustrations.skin_tones[-1]
    errors: list[str] = []

    def act(dialog: SettingsDialog) -> None:
        # A proper window: its title, and an edge of its own drawn round it.
        assert dialog.windowTitle() == "Settings"
        image = dialog.grab().toImage()
        middle = image.height() // 2
        assert image.pixelColor(0, middle) != image.pixelColor(6, middle), "no edge"
        # Chosen in the dialog: the menus show it at once.
        choose(qtbot, dialog, "Theme", "Dark")
        choose(qtbot, dialog, "Baby's skin tone", last_tone.name)
        qtbot.mouseClick(named_box(dialog, "Still diagrams instead of motion (D)"), LEFT)
        if checked(window, "View", "Theme") != ["Dark"]:
            errors.append(f"theme menu shows {checked(window, 'View', 'Theme')}")
        if theme.chosen_name() != "dark":
            errors.append("the dark theme is not applied")
        if last_tone.name not in checked(window, "View", "Skin tone"):
            errors.append("the skin tone menu does not show the dialog's tone")
        if not menu_action(window, "View", "Still diagrams instead of motion").isChecked():
            errors.append("the still diagrams item is not checked")
        # Chosen in the menu while the dialog is open: the dialog shows it at once.
        menu_action(window, "View", "Text size", "Largest").trigger()
        menu_action(window, "View", "Still diagrams instead of motion").trigger()
        if shown(dialog.text_size) != "Largest":
            errors.append(f"the dialog's text size shows {shown(dialog.text_size)}")
        if named_box(dialog, "Still diagrams instead of motion (D)").isChecked():
            errors.append("the dialog's still diagrams box is still checked")

    open_settings_with_keys(qtbot, window, act)
    assert not errors, errors
    # Closed, the choices stay: they were the settings' all along.
    assert window.user_settings.theme == "dark" and theme.text_scale() == TEXT_SCALES[-1]
    assert window.skin_tones.baby == last_tone
    # Opened again, the dialog shows what the menus show.
    again: list[str] = []
    open_settings_with_keys(
        qtbot, window, lambda d: again.extend([shown(d.theme), shown(d.text_size)])
    )
    assert again == checked(window, "View", "Theme") + checked(window, "View", "Text size")


def test_cancel_on_an_ok_cancel_dialog_puts_back_what_the_settings_held(qtbot, catalog, tmp_path):
    window = build_main_window(catalog, open_data_dir(tmp_path / "data"))
    qtbot.addWidget(window)
    window.show()
    before = window.user_settings.values
    dialog = SettingsDialog(window.user_settings, window, at_once=False)  # as on Windows
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Ok) is not None
    choose(qtbot, dialog, "Text size", "Larger")
    choose(qtbot, dialog, "Theme", "High contrast")
    assert checked(window, "View", "Text size") == ["Larger"]  # seen while choosing
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert window.user_settings.values == before
    assert checked(window, "View", "Text size") == ["Normal"]


LEFT = Qt.MouseButton.LeftButton


def named_box(dialog: SettingsDialog, text: str):
    found = [w for w in dialog.findChildren(QCheckBox) if w.text() == text and w.isVisible()]
    assert len(found) == 1, text
    return found[0]


def choose(qtbot, dialog: SettingsDialog, name: str, text: str) -> None:
    """Pick `text` in the dialog's box named `name` with the keyboard, as a user would."""
    box = next(b for b in dialog.findChildren(QComboBox) if b.accessibleName() == name)
    wanted = box.findText(text)
    assert wanted >= 0, f"{name} offers no {text}"
    box.setFocus()
    key = Qt.Key.Key_Down if wanted > box.currentIndex() else Qt.Key.Key_Up
    for _ in range(box.count()):
        if box.currentIndex() == wanted:
            break
        qtbot.keyClick(box, key)
    assert box.currentIndex() == wanted
