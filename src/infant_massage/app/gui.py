"""Starting the interactive app: load everything, show the window, run the event loop."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from infant_massage import load_catalog
from infant_massage.app import start_collector, startup_trace
from infant_massage.app.catalog_ids import unknown_ids
from infant_massage.app.command_line import EXIT_USAGE, fail
from infant_massage.app.first_paint import after_first_paint
from infant_massage.app.history_check import HistoryCheckAfterPaint
from infant_massage.app.qt_app import get_application
from infant_massage.app.system_preferences import prefers_reduced_motion
from infant_massage.app.window_factory import build_main_window
from infant_massage.domain.catalog_loader import CatalogError
from infant_massage.resources import ResourceError
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import open_history
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.history.start_dialog import HistoryStartDialog


def asked_in_background(question: Callable[[], bool]) -> Callable[[], bool]:
    """Start answering `question` in a thread now; calling the result waits for the answer."""
    answer: list[bool] = []
    thread = threading.Thread(target=lambda: answer.append(question()), daemon=True)
    thread.start()

    def result() -> bool:
        thread.join()
        return bool(answer and answer[0])  # a question that failed says no

    return result


def run_gui(args: argparse.Namespace) -> int:
    startup_trace.mark("imports")
    # Asking the desktop runs a program (gsettings, 40-60 ms here): meanwhile the content loads.
    reduced_motion = asked_in_background(prefers_reduced_motion)
    app = get_application(args.language)
    startup_trace.mark("qt application")
    try:
        catalog = load_catalog()
        startup_trace.mark("catalog")
    except (CatalogError, ResourceError) as exc:
        QMessageBox.critical(
            None,
            app.translate("Startup", "Infant Massage Guide cannot start"),
            fill(app.translate("Startup", "The app's content could not be loaded:\n%1"), str(exc)),
        )
        return fail(f"cannot load the content: {exc}")
    problem = unknown_ids(catalog, area=args.area)
    if problem:
        return fail(problem, EXIT_USAGE)
    data_dir = open_data_dir(args.data_dir)
    opened = open_history(data_dir)
    startup_trace.mark("history")
    window = build_main_window(catalog, data_dir, reduced_motion=reduced_motion(), opened=opened)
    startup_trace.mark("window")
    start_collector.resume_after_first_paint(window)
    # Silent damage under an unchanged file: read through in the background, after the paint.
    HistoryCheckAfterPaint(window, opened.store, data_dir.path)  # kept by the window
    if startup_trace.enabled():  # the benchmark: stop once the home screen is on screen
        after_first_paint(window, lambda: (startup_trace.mark("first paint"), window.close()))
    if args.area:
        window.select_area(args.area)
    if args.present:
        window.presentation_action.setChecked(True)  # class mode: the home window stays hidden
    elif args.fullscreen:
        window.fullscreen_action.setChecked(True)
    else:
        window.show()
    # In class mode that notice waits: it may name a baby, and the room must not see it.
    if not args.present and HistoryStartDialog.needed(opened):
        # A session cut short last time, or a damaged history file: say so before anything else.
        dialog = HistoryStartDialog(opened, catalog, window)
        dialog.exec()
        if dialog.show_session_id:
            window.show_history(dialog.show_session_id)
    code = app.exec()
    opened.store.close()
    startup_trace.mark("closed")
    return code
