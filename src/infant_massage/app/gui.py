"""Starting the interactive app: load everything, show the window, run the event loop."""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QMessageBox

from infant_massage import load_catalog
from infant_massage.app.cli import fail
from infant_massage.app.qt_app import get_application
from infant_massage.app.system_preferences import prefers_reduced_motion
from infant_massage.app.window_factory import build_main_window
from infant_massage.domain.catalog_loader import CatalogError
from infant_massage.resources import ResourceError
from infant_massage.storage.data_dir import open_data_dir


def run_gui(args: argparse.Namespace) -> int:
    app = get_application(args.language)
    try:
        catalog = load_catalog()
    except (CatalogError, ResourceError) as exc:
        QMessageBox.critical(
            None,
            app.translate("Startup", "Infant Massage Guide cannot start"),
            app.translate("Startup", "The app's content could not be loaded:\n%1").replace(
                "%1", str(exc)
            ),
        )
        return fail(f"cannot load the content: {exc}")
    if args.area and args.area not in catalog.area_ids:
        return fail(f"unknown area '{args.area}' (choose from: {', '.join(catalog.area_ids)})")
    data_dir = open_data_dir(args.data_dir)
    window = build_main_window(catalog, data_dir, reduced_motion=prefers_reduced_motion())
    if args.area:
        window.select_area(args.area)
    if args.fullscreen:
        window.fullscreen_action.setChecked(True)
    else:
        window.show()
    return app.exec()
