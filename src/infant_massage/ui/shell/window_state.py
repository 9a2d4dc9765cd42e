"""What the main window remembers between runs, kept in the data folder's settings file."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen

from infant_massage.ui.common import theme
from infant_massage.ui.session.cues import SoundMode

if TYPE_CHECKING:
    from infant_massage.ui.shell.main_window import MainWindow


def _number(value) -> float | None:
    # A settings file edited by hand (or damaged) must never stop the app from starting.
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


PREFERRED_SIZE = QSize(1200, 800)
# Room for the title bar and the frame, which Qt only knows once the window is shown.
FRAME_ALLOWANCE = QSize(16, 48)
TITLE_BAR = 40


def fitted_rect(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """A first window on a screen: the preferred size, at most the work area, centred."""
    width = min(preferred.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(preferred.height(), available.height() - FRAME_ALLOWANCE.height())
    # The whole frame centred: the title bar above the client area, the border round it.
    left = available.left() + (available.width() - width) // 2
    top = available.top() + (available.height() - height - FRAME_ALLOWANCE.height()) // 2
    return QRect(left, top + TITLE_BAR, max(1, width), max(1, height))


def clamped_rect(rect: QRect, available: QRect) -> QRect:
    """A remembered window moved and shrunk until it lies on the work area (screens change)."""
    side = FRAME_ALLOWANCE.width() // 2
    bottom = FRAME_ALLOWANCE.height() - TITLE_BAR
    width = min(rect.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(rect.height(), available.height() - FRAME_ALLOWANCE.height())
    left = max(available.left() + side, min(rect.left(), available.right() - side - width + 1))
    top = max(
        available.top() + TITLE_BAR, min(rect.top(), available.bottom() - bottom - height + 1)
    )
    return QRect(left, top, max(1, width), max(1, height))


def screen_key(screen: QScreen | None) -> str:
    """One settings key per screen (name and size): a laptop and its projector each keep theirs."""
    if screen is None:
        return "window/geometry"
    size = screen.size()
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", screen.name()) or "screen"
    return f"window/geometry_{name}_{size.width()}x{size.height()}"


def fit_to_screen(w: MainWindow, settings: QSettings | None, screen: QScreen | None = None) -> None:
    """Place the window on its screen: where it was on that screen, else fitted and centred."""
    screen = screen or w.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    w.setMinimumSize(
        QSize(
            min(w.minimumWidth(), available.width() - FRAME_ALLOWANCE.width()),
            min(w.minimumHeight(), available.height() - FRAME_ALLOWANCE.height()),
        )
    )
    geometry = settings.value(screen_key(screen)) if settings is not None else None
    if geometry is not None and w.restoreGeometry(geometry):
        if not w.isMaximized() and not w.isFullScreen():
            w.setGeometry(clamped_rect(w.geometry(), available))
        return
    w.setGeometry(fitted_rect(available))


def restore_window_state(w: MainWindow, settings: QSettings) -> None:
    wait = settings.value("session/feed_wait_minutes")
    mode = settings.value("session/sound_mode")
    if str(wait).isdigit() or mode in set(SoundMode):
        w.apply_settings(
            int(wait) if str(wait).isdigit() else w.feed_wait_minutes(),
            SoundMode(mode) if mode in set(SoundMode) else w.sound_mode(),
        )
    chosen_theme = settings.value("appearance/theme")
    if chosen_theme in theme.CHOICES:
        w.set_theme(chosen_theme)
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
    settings.setValue(screen_key(w.screen()), w.saveGeometry())
    settings.setValue("window/view", w.body_map.view)
    settings.setValue("appearance/text_scale", theme.text_scale())
    settings.setValue("appearance/theme", theme.chosen_name())
    if w.still_action.isChecked() != w._system_reduced_motion:
        settings.setValue(
            "appearance/still_diagrams",
            "true" if w.still_action.isChecked() else "false",
        )
    if w.body_map.selected_area:
        settings.setValue("window/area", w.body_map.selected_area)
    settings.sync()
