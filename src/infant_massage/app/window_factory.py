"""Builds the main window: the composition root of the window's services (the settings, the
guide library, the skin tones, the history, the class plans, the session's clock, sink and cues),
each made once here and handed to the shell, which builds its pages from them on first use.

There is one way to build a window, make_window; build_main_window gives it the data folder's
settings file, history and class plans, as the app starts. A rendering, a screenshot or a test
calls make_window itself, with the clocks, sink, cues or history it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.clock import Clock, Playback, system_clock
from infant_massage.domain.guide_library import GuideLibrary
from infant_massage.domain.session_record import SessionSink
from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.storage.data_dir import DataDir
from infant_massage.storage.history.opening import OpenedHistory, open_history
from infant_massage.storage.history.store import HistoryStore
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common import text_facts
from infant_massage.ui.common.settings_model import settings_for
from infant_massage.ui.common.skin_tone_choice import SkinToneChoice
from infant_massage.ui.shell.main_window import MainWindow
from infant_massage.ui.shell.pages import Services

if TYPE_CHECKING:
    from infant_massage.ui.session.cues import CuePlayer

SETTINGS_FILE = "settings.ini"


def open_settings(data_dir: DataDir) -> QSettings | None:
    """Settings live in the data folder (never the platform's registry or ~/.config)."""
    if not data_dir.writable:
        return None
    return QSettings(str(data_dir.file(SETTINGS_FILE)), QSettings.Format.IniFormat)


def make_window(
    catalog: Catalog,
    illustrations: Illustrations | None = None,
    *,
    settings_file: QSettings | None = None,
    storage_problem: str = "",
    reduced_motion: bool = False,
    history: HistoryStore | None = None,
    class_plans: ClassPlanStore | None = None,
    sink: SessionSink | None = None,
    cues: CuePlayer | None = None,
    session_clock: Clock = system_clock,
    playback: Playback | None = None,
) -> MainWindow:
    """A main window and its services.

    settings_file holds both the user's settings and where the window was (None: the defaults,
    nothing remembered: what a rendering must show); storage_problem is why nothing can be
    saved; reduced_motion is the desktop's wish for less motion. Without a history there are
    no babies and no History page, and sessions are recorded to sink (kept in memory if None).
    session_clock times sessions and class mode, playback drives the guides (tests step both).
    """
    illustrations = illustrations or Illustrations()
    user_settings = settings_for(catalog, illustrations.skin_tones, settings_file)
    facts = text_facts.shared()  # the texts every page shows fill in the settings' numbers
    facts.set_catalog(catalog)
    facts.follow(user_settings)
    services = Services(
        catalog,
        illustrations,
        user_settings,
        GuideLibrary(catalog, illustrations.views),
        SkinToneChoice(illustrations.skin_tones, user_settings, user_settings),
        history=history,
        class_plans=class_plans,
        sink=sink,
        cues=cues,
        session_clock=session_clock,
        playback=playback,
        reduced_motion=reduced_motion,
    )
    return MainWindow(services, settings_file, storage_problem)


def build_main_window(
    catalog: Catalog,
    data_dir: DataDir,
    illustrations: Illustrations | None = None,
    reduced_motion: bool = False,
    opened: OpenedHistory | None = None,
) -> MainWindow:
    """The app's main window, with its settings, history and class plans in the data folder."""
    opened = opened or open_history(data_dir)
    return make_window(
        catalog,
        illustrations,
        settings_file=open_settings(data_dir),
        storage_problem=data_dir.problem,
        reduced_motion=reduced_motion,
        history=opened.store,
        class_plans=ClassPlanStore(data_dir, catalog),
    )
