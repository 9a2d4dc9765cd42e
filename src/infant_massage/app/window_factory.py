"""Builds the main window from the catalog and the data folder: the composition root of the
window's services (the settings, the guide library, the history, the class plans), each made
once here and handed to the shell, which builds its pages from them on first use."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.guide_library import GuideLibrary
from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.storage.data_dir import DataDir
from infant_massage.storage.history.opening import OpenedHistory, open_history
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common.settings_model import settings_for
from infant_massage.ui.common.skin_tone_choice import SkinToneChoice
from infant_massage.ui.shell.main_window import MainWindow
from infant_massage.ui.shell.pages import Services

SETTINGS_FILE = "settings.ini"


def open_settings(data_dir: DataDir) -> QSettings | None:
    """Settings live in the data folder (never the platform's registry or ~/.config)."""
    if not data_dir.writable:
        return None
    return QSettings(str(data_dir.file(SETTINGS_FILE)), QSettings.Format.IniFormat)


def build_main_window(
    catalog: Catalog,
    data_dir: DataDir,
    illustrations: Illustrations | None = None,
    reduced_motion: bool = False,
    opened: OpenedHistory | None = None,
) -> MainWindow:
    """The main window with its settings and its history, both kept in the data folder."""
    opened = opened or open_history(data_dir)
    illustrations = illustrations or Illustrations()
    settings_file = open_settings(data_dir)
    user_settings = settings_for(catalog, illustrations.skin_tones, settings_file)
    services = Services(
        catalog,
        illustrations,
        user_settings,
        GuideLibrary(catalog, illustrations.views),
        SkinToneChoice(illustrations.skin_tones, user_settings, user_settings),
        history=opened.store,
        class_plans=ClassPlanStore(data_dir, catalog),
    )
    return MainWindow(
        catalog,
        illustrations,
        settings_file,
        storage_problem=data_dir.problem,
        reduced_motion=reduced_motion,
        services=services,
    )
