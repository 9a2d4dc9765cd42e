"""The main window as a parent uses it: pick an area, read the techniques that suit it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from infant_massage import __version__
from infant_massage.app.window_factory import SETTINGS_FILE, build_main_window
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.ui.common.about_dialog import AboutDialog
from infant_massage.ui.shell.main_window import MainWindow

AREAS = ["face", "chest", "abdomen", "back", "arms", "hands", "legs", "feet"]


def click_area(qtbot, window: MainWindow, area_id: str) -> None:
    body_map = window.home.body_map
    if area_id not in body_map.region_order():
        body_map.toggle_view()
    point = body_map.point_in(area_id).toPoint()
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize("area_id", AREAS)
def test_clicking_an_area_shows_exactly_its_techniques(qtbot, window, catalog, area_id) -> None:
    click_area(qtbot, window, area_id)
    shown = [card.technique.id for card in window.home.technique_panel.cards]
    assert shown == [t.id for t in catalog.techniques_for(area_id)]
    assert window.home.technique_panel.area_id == area_id
    panel_text = texts(window.home.technique_panel)
    assert str(catalog.area(area_id).name) in panel_text
    for card in window.home.technique_panel.cards:
        app = card.application
        card_text = texts(card)
        facts = window.catalog.text_facts()
        for expected in (app.purpose, app.direction, card.technique.pressure):
            assert str(expected) in card_text
        assert app.step_text(0, facts) in card_text
        for caution in app.cautions:
            assert str(caution) in card_text


def test_the_panel_says_how_long(qtbot, window) -> None:
    """The card's time and count are the guide's tempo times its repetitions (test_guide_truth
    checks every pair); here one of each wording, read as a parent reads it."""
    click_area(qtbot, window, "abdomen")
    kneading = window.home.technique_panel.cards[1]
    spec = kneading.application.guide
    assert f"about {round(spec.duration() / 60)} minute" in texts(kneading)
    assert f"about {spec.count()} circles" in texts(kneading)
    click_area(qtbot, window, "face")
    face = window.home.technique_panel.cards[0].application.guide
    assert f"about {round(face.duration())} seconds, about {face.count()} strokes" in texts(
        window.home.technique_panel
    )


def test_the_map_and_the_panel_agree_in_both_views(qtbot, window) -> None:
    click_area(qtbot, window, "back")
    assert window.home.body_map.view == "back"
    assert window.home.body_map.selected_area == "back"
    click_area(qtbot, window, "feet")
    assert window.home.body_map.view == "back"
    assert window.home.technique_panel.area_id == "feet"


def test_a_technique_too_old_for_the_baby_can_be_watched_but_not_massaged(qtbot, window) -> None:
    click_area(qtbot, window, "back")
    window.home.technique_panel.set_age_months(3)
    cards = {c.technique.id: c for c in window.home.technique_panel.cards}
    later = cards["spinal_pinching"]
    months = window.catalog.technique("spinal_pinching").min_age_months
    assert f"For later, from about {months} months. You can watch it now." in texts(later)
    assert not later.session_button.isEnabled()
    assert all(c.session_button.isEnabled() for k, c in cards.items() if k != "spinal_pinching")
    # Watching is always allowed: the demonstration opens for a baby too young to have it.
    assert later.guide_button.isEnabled()
    qtbot.mouseClick(later.guide_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.guide_panel
    shown = window.guide_panel.title_text()  # "Spinal pinching · Back", also in the status bar
    assert shown.startswith(str(window.catalog.technique("spinal_pinching").name))


def test_menus_status_bar_and_about(qtbot, window) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "View", "Session", "Help"]
    click_area(qtbot, window, "back")
    assert window.statusBar().currentMessage() == "Back, 4 techniques"
    about = AboutDialog(window)
    qtbot.addWidget(about)
    about_text = texts(about)
    assert f"Version {__version__}" in about_text
    assert "LGPL" in about_text and "MIT" in about_text


def test_the_window_remembers_the_area_in_the_data_folder(qtbot, catalog, tmp_path) -> None:
    data = open_data_dir(tmp_path / "data")
    first = build_main_window(catalog, data)
    qtbot.addWidget(first)
    first.select_area("feet")
    first.close()
    settings = QSettings(str(tmp_path / "data" / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert settings.value("window/area") == "feet"
    second = build_main_window(catalog, data)
    qtbot.addWidget(second)
    assert second.home.technique_panel.area_id == "feet"


def test_an_unwritable_data_folder_shows_a_warning_and_the_app_runs(qtbot, catalog, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    win = build_main_window(catalog, open_data_dir(blocker / "data"))
    qtbot.addWidget(win)
    win.select_area("hands")
    assert "Not saving: cannot create" in texts(win.statusBar())
    win.close()


def test_a_damaged_settings_file_does_not_stop_the_app(qtbot, catalog, tmp_path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / SETTINGS_FILE).write_text(
        "[appearance]\ntext_scale=huge\nskin_tone=green\n"
        "[session]\nfeed_wait_minutes=soon\nsound_mode=loud\n"
        "[window]\narea=belly\nview=sideways\ngeometry=@ByteArray(garbage)\n",
        encoding="utf-8",
    )
    window = build_main_window(catalog, open_data_dir(data))
    qtbot.addWidget(window)
    window.show()
    assert window.home.body_map.view == "front" and window.home.body_map.selected_area is None
    assert window.user_settings.values == window.user_settings.defaults


def test_a_guide_is_built_once_by_the_windows_guide_library(qtbot, window) -> None:
    click_area(qtbot, window, "abdomen")
    window.open_guide("stroking", "abdomen")
    first = window.guide_panel.view.guide
    window.show_home()
    window.open_guide("stroking", "abdomen")
    assert window.guide_panel.view.guide is first is window.guides.guide("stroking", "abdomen")
