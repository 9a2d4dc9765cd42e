"""Where the main window was and what it showed, kept in the data folder's settings file.

The user's settings (theme, text size, sound...) are the settings model's; this is the window's
own memory: its place on each screen, the side of the baby and the area last chosen.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen

if TYPE_CHECKING:
    from infant_massage.ui.shell.main_window import MainWindow


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
    # A settings file edited by hand (or damaged) must never stop the app from starting.
    view = settings.value("window/view")
    if view in ("front", "back"):
        w.home.set_view(view)
    area = settings.value("window/area")
    if isinstance(area, str) and area in w.catalog.area_ids:
        w.select_area(area)
        if view in ("front", "back"):
            w.home.set_view(view)


def save_window_state(w: MainWindow, settings: QSettings) -> None:
    settings.setValue(screen_key(w.screen()), w.saveGeometry())
    settings.setValue("window/view", w.home.view)
    if w.home.selected_area:
        settings.setValue("window/area", w.home.selected_area)
    settings.sync()
