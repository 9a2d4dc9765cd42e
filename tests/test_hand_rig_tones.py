"""View > Skin tone: the baby's and the parent's tones, chosen apart and remembered."""

from __future__ import annotations

from pathlib import Path

from test_settings import colours

from infant_massage.app.window_factory import build_main_window
from infant_massage.storage.data_dir import open_data_dir


def _drawn_in(window, widget, tone_id: str) -> bool:
    """Whether the baby on this map is drawn in that tone (its skin's own colour is on it)."""
    tone = next(t for t in window.illustrations.skin_tones if t.id == tone_id)
    return tone.fill in colours(widget)


def _menu_action(window, section: str, name: str):
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    tones = next(a.menu() for a in view.actions() if a.text() == "&Skin tone")
    current = None
    for action in tones.actions():
        if action.isSeparator():
            current = action.text()
        elif current == section and action.text() == name:
            return action
    raise AssertionError(f"no '{name}' under '{section}'")


def test_the_menu_sets_baby_and_parent_apart_and_the_next_start_remembers(
    qtbot, catalog, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    window = build_main_window(catalog, open_data_dir(data))
    qtbot.addWidget(window)
    window.show()
    was = window.skin_tones.baby.id
    assert was != "medium" and _drawn_in(window, window.home.body_map, was)
    _menu_action(window, "Parent's hands", "Deep").trigger()
    _menu_action(window, "Baby", "Medium").trigger()
    assert window.skin_tones.parent_tone.id == "deep"
    assert window.skin_tones.baby.id == "medium"
    assert _drawn_in(window, window.home.body_map, "medium")
    assert not _drawn_in(window, window.home.body_map, was)
    window.start_session()  # the safety check's small map too
    assert _drawn_in(window, window.session_flow.setup_page.skin_map, "medium")
    assert _menu_action(window, "Baby", "Medium").isChecked()
    assert not _menu_action(window, "Baby", "Deep").isChecked()
    assert _menu_action(window, "Parent's hands", "Deep").isChecked()
    window.close()

    again = build_main_window(catalog, open_data_dir(data))
    qtbot.addWidget(again)
    assert (again.skin_tones.baby.id, again.skin_tones.parent_tone.id) == ("medium", "deep")
    assert _menu_action(again, "Parent's hands", "Deep").isChecked()
    again.show()
    assert _drawn_in(again, again.home.body_map, "medium")
