"""--self-test: start the whole app headless, check every asset, wait for the first paint, exit.

It is also the smoke test of installed bundles, so it must be quick and say in one line what broke.
"""

from __future__ import annotations

import argparse
import time

from PySide6.QtCore import QTimer
from PySide6.QtSvg import QSvgRenderer

from infant_massage import load_catalog, resources
from infant_massage.app import startup_trace
from infant_massage.app.command_line import PROG, fail, force_headless
from infant_massage.app.first_paint import after_first_paint

FIRST_PAINT_TIMEOUT_MS = 15_000


def check_assets() -> int:
    """Load every bundled asset the way the app uses it; raise with the first that fails."""
    names = resources.list_files()
    if not names:
        raise RuntimeError("no bundled assets found")
    for name in names:
        data = resources.read_bytes(name)
        if not data:
            raise RuntimeError(f"asset '{name}' is empty")
        if name.endswith(".svg") and not QSvgRenderer(data).isValid():
            raise RuntimeError(f"asset '{name}' is not a valid SVG")
    return len(names)


def check_drawings(catalog, illustrations) -> None:
    """Every area is on the views it claims, and every guide's hand starts on its area."""
    from infant_massage.domain.guide import Guide

    for area in catalog.areas:
        drawn = illustrations.views_with(area.id)
        if sorted(drawn) != sorted(area.views):
            raise RuntimeError(
                f"area '{area.id}' is drawn on {drawn}, the catalog says {area.views}"
            )
    for technique in catalog.techniques:
        for application in technique.applications:
            guide = Guide(technique, application, illustrations.views[application.guide.view])
            if not guide.region.contains(guide.pose_at(0).point):
                raise RuntimeError(
                    f"the {technique.id} guide on {application.area} starts off the area"
                )


def check_hands() -> None:
    """The hand drawings load (the home screen shows none, so the window alone would not tell)."""
    from infant_massage.ui.guide.rig_hands import RigHands

    RigHands()


def check_panel(window, catalog) -> None:
    """Every area offers a technique, and the panel shows an area's techniques as cards.

    The panel is tried on one area, the last (the first screen showed another): its cards come
    from the same code whatever the area, and rebuilding them for every area under the app's
    style sheet took longer than all the other checks (tests/test_startup.py walks them all).
    """
    for area in catalog.areas:
        if not catalog.techniques_on(area.id):
            raise RuntimeError(f"area '{area.id}' offers no technique")
    area_id = catalog.area_ids[-1]
    window.select_area(area_id)
    if len(window.home.technique_panel.cards) != len(catalog.techniques_on(area_id)):
        raise RuntimeError(f"the panel for '{area_id}' shows the wrong techniques")


def run_self_test(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    force_headless()
    from infant_massage.app.qt_app import get_application
    from infant_massage.app.window_factory import build_main_window
    from infant_massage.storage.data_dir import open_data_dir
    from infant_massage.storage.history.opening import open_history
    from infant_massage.ui.body_map.illustrations import Illustrations

    startup_trace.mark("imports")
    try:
        app = get_application(args.language)
        startup_trace.mark("qt application")
        catalog = load_catalog()
        startup_trace.mark("catalog")
        illustrations = Illustrations()
        data_dir = open_data_dir(args.data_dir)
        opened = open_history(data_dir)
        window = build_main_window(catalog, data_dir, illustrations, opened=opened)
        startup_trace.mark("window")
    except Exception as exc:  # the one-line reason is the whole point here
        return fail(f"self-test failed: {exc}")

    # The first paint is timed as a user meets it, before the checks below add their work.
    painted = after_first_paint(window, app.quit)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    elapsed_ms = (time.perf_counter() - started) * 1000
    startup_trace.mark("first paint")
    window.hide()
    if not painted.seen:
        return fail("self-test failed: the main window was never painted")
    try:
        asset_count = check_assets()
        check_drawings(catalog, illustrations)
        check_hands()
        check_panel(window, catalog)
    except Exception as exc:
        return fail(f"self-test failed: {exc}")
    startup_trace.mark("checks")
    note = "" if data_dir.writable else f"; warning: {data_dir.problem}"
    history = window.history
    # What the history found at start (a damaged file repaired, rows skipped) is news too.
    shown = [n for n in opened.notices if history is None or n != history.notice]
    note += "".join(f"; warning: {notice.english()}" for notice in shown)
    if history is not None:
        if history.saving:
            note = f"; history: {history.count_sessions()} sessions" + note
        elif data_dir.writable and history.notice is not None:
            note += f"; warning: the history is not being saved ({history.notice.english()})"
        history.close()
    print(
        f"{PROG}: self-test passed: {asset_count} assets, {len(catalog.areas)} areas, "
        f"{len(catalog.techniques)} techniques, first paint after {elapsed_ms:.0f} ms{note}"
    )
    startup_trace.mark("closed")
    return 0
