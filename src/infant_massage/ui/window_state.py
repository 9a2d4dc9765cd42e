"""What the main window remembers between runs, kept in the data folder's settings file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from infant_massage.ui import theme
from infant_massage.ui.cues import SoundMode

if TYPE_CHECKING:
    from infant_massage.ui.main_window import MainWindow


def _number(value) -> float | None:
    # A settings file edited by hand (or damaged) must never stop the app from starting.
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def restore_window_state(w: MainWindow, settings: QSettings) -> None:
    geometry = settings.value("window/geometry")
    if geometry is not None:
        w.restoreGeometry(geometry)
    tone = settings.value("appearance/skin_tone")
    if isinstance(tone, str) and tone in {t.id for t in w.illustrations.skin_tones}:
        w.set_skin_tone(tone)
    wait = settings.value("session/feed_wait_minutes")
    mode = settings.value("session/sound_mode")
    if str(wait).isdigit() or mode in set(SoundMode):
        w.apply_settings(
            int(wait) if str(wait).isdigit() else w.feed_wait_minutes(),
            SoundMode(mode) if mode in set(SoundMode) else w.session_flow.cues.mode,
        )
    scale = _number(settings.value("appearance/text_scale"))
    if scale in theme.TEXT_SCALES:
        w.set_text_scale(scale)
    still = settings.value("appearance/still_diagrams")
    if still in ("true", "false"):  # the user's own choice wins over the system's
        w.still_action.setChecked(still == "true")
    view = settings.value("window/view")
    if view in ("front", "back"):
        w.body_map.set_view(view)
    area = settings.value("window/area")
    if isinstance(area, str) and area in w.catalog.area_ids:
        w.select_area(area)
        if view in ("front", "back"):
            w.body_map.set_view(view)


def save_window_state(w: MainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", w.saveGeometry())
    settings.setValue("window/view", w.body_map.view)
    settings.setValue("appearance/text_scale", theme.text_scale())
    if w.still_action.isChecked() != w._system_reduced_motion:
        settings.setValue(
            "appearance/still_diagrams",
            "true" if w.still_action.isChecked() else "false",
        )
    checked = w.skin_tone_actions.checkedAction()
    if checked is not None:
        settings.setValue("appearance/skin_tone", checked.data())
    if w.body_map.selected_area:
        settings.setValue("window/area", w.body_map.selected_area)
    settings.sync()
