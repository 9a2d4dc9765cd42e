"""--self-test: start the whole app headless, check every asset, wait for the first paint, exit.

It is also the smoke test of installed bundles, so it must be quick and say in one line what broke.
"""

from __future__ import annotations

import argparse
import time

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtSvg import QSvgRenderer

from infant_massage import load_catalog, resources
from infant_massage.app.cli import PROG, fail, force_headless

FIRST_PAINT_TIMEOUT_MS = 15_000


class _FirstPaint(QObject):
    def __init__(self, on_paint) -> None:
        super().__init__()
        self._on_paint = on_paint
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self._on_paint)
        return False


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


def run_self_test(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    force_headless()
    from infant_massage.app.qt_app import get_application
    from infant_massage.app.window_factory import build_main_window
    from infant_massage.storage.data_dir import open_data_dir

    try:
        app = get_application(args.language)
        asset_count = check_assets()
        catalog = load_catalog()
        for area in catalog.areas:
            for technique in catalog.techniques_on(area.id):
                technique.application_for(area.id)
        data_dir = open_data_dir(args.data_dir)
        window = build_main_window(catalog, data_dir)
        for area_id in catalog.area_ids:
            window.select_area(area_id)
            if len(window.technique_panel.cards) != len(catalog.techniques_on(area_id)):
                raise RuntimeError(f"the panel for '{area_id}' shows the wrong techniques")
    except Exception as exc:  # the one-line reason is the whole point here
        return fail(f"self-test failed: {exc}")

    watchdog = QElapsedTimer()
    watchdog.start()
    painted = _FirstPaint(app.quit)
    window.installEventFilter(painted)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    window.removeEventFilter(painted)
    window.hide()
    if not painted.seen:
        return fail("self-test failed: the main window was never painted")
    elapsed_ms = (time.perf_counter() - started) * 1000
    note = "" if data_dir.writable else f"; warning: {data_dir.problem}"
    print(
        f"{PROG}: self-test passed: {asset_count} assets, {len(catalog.areas)} areas, "
        f"{len(catalog.techniques)} techniques, first paint after {elapsed_ms:.0f} ms{note}"
    )
    return 0
