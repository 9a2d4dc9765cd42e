"""Frame time, CPU share and memory growth of every guide, playing in a shown window.

Run under a display (a real one, or a virtual screen):
    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python bench/guide_frames.py [--seconds 60]
Without a display it falls back to Qt's offscreen platform (still a shown window with a
backing store, but no X server round trips).

For each technique on each area the real guide page (GuidePanel) is shown at 1920x1080 and plays
the guide from the wall clock for --seconds, with the parent's hands the app draws (the jointed
rig, both hands, the skin's answers). To compare two versions of the code, run this file from
each checkout one after the other in the same session (the machine's load is printed at the start
and the end: frame times only compare under a similar load). The clock runs a little faster
than real time by an irrational factor, so the hand never lands on exactly the angles of an
earlier loop: a cache that only works because the same angles come round again is not measured
as a good cache.

A frame is the guide's refresh (pose, captions, counters) plus its paint, timed inside the
event loop. Reported per guide: median, p99 and worst frame time, frames over 16 ms, the share of
one core the process used while playing, and how much the resident memory grew over the run
(measured after the first second, once the close-up and first hand pictures are drawn).
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import statistics
import sys
import time

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

from infant_massage import load_catalog
from infant_massage.app.qt_app import get_application
from infant_massage.domain.clock import Playback
from infant_massage.domain.guide import Guide
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.guide.panel import GuidePanel
from infant_massage.ui.guide.rig_hands import RigHands

WIDTH, HEIGHT = 1920, 1080
CLOCK_FACTOR = math.sqrt(2) / 1.4  # about 1.0102: never a whole number of frames per loop
WARM_UP_SECONDS = 1.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def skewed_clock() -> float:
    return time.monotonic() * CLOCK_FACTOR


class FrameTimer:
    """Times the guide's refresh and paint of each frame from inside the running event loop."""

    def __init__(self, panel: GuidePanel) -> None:
        self.frames: list[float] = []
        self.pending = 0.0
        self.counting = False
        view = panel.view
        timer = QElapsedTimer()
        original_refresh = view.refresh
        original_paint = view.paintEvent

        def refresh() -> None:
            timer.start()
            original_refresh()
            self.pending += timer.nsecsElapsed() / 1e6

        def paint(event) -> None:
            timer.start()
            original_paint(event)
            if self.counting:
                self.frames.append(self.pending + timer.nsecsElapsed() / 1e6)
            self.pending = 0.0

        view.timer.timeout.disconnect()
        view.timer.timeout.connect(refresh)
        view.paintEvent = paint


def wait(app, seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def measure(app, panel: GuidePanel, guide: Guide, area_name: str, seconds: float) -> dict:
    frames = FrameTimer(panel)
    panel.show_guide(guide, area_name)
    panel.view.play()
    wait(app, WARM_UP_SECONDS)
    frames.counting = True
    memory_start = resident_mb()
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    wait(app, seconds)
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start
    memory_end = resident_mb()
    panel.view.pause()
    times = frames.frames or [0.0]
    return {
        "frames": len(frames.frames),
        "median": statistics.median(times),
        "p99": percentile(times, 0.99),
        "worst": max(times),
        "over16": sum(1 for t in times if t > 16.0),
        "cpu": 100 * cpu / wall,
        "growth": memory_end - memory_start,
        "rss": memory_end,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="playback per guide")
    parser.add_argument("--only", metavar="TECHNIQUE/AREA", help="measure just this guide")
    args = parser.parse_args()
    app = get_application("en")
    catalog = load_catalog()
    illustrations = Illustrations()
    panel = GuidePanel(illustrations, RigHands(), Playback(skewed_clock))
    panel.resize(WIDTH, HEIGHT)
    wait(app, 0.5)
    platform = app.platformName()
    print(
        f"{platform} window {WIDTH}x{HEIGHT}, {args.seconds:g} s of playback per guide "
        f"(frame = refresh + paint, ms; CPU = % of one core; memory growth in MB); "
        f"load average {_load()}"
    )
    print(
        f"{'guide':26s} {'frames':>6s} {'median':>7s} {'p99':>7s} {'worst':>7s} "
        f"{'>16ms':>5s} {'CPU %':>6s} {'growth':>7s} {'RSS':>6s}"
    )
    medians: list[float] = []
    p99s: list[float] = []
    for technique in catalog.techniques:
        for application in technique.applications:
            name = f"{technique.id}/{application.area}"
            if args.only and args.only != name:
                continue
            guide = Guide(technique, application, illustrations.views[application.guide.view])
            panel.show()
            result = measure(
                app, panel, guide, str(catalog.area(application.area).name), args.seconds
            )
            panel.hide()
            medians.append(result["median"])
            p99s.append(result["p99"])
            print(
                f"{name:26s} {result['frames']:6d} {result['median']:7.2f} "
                f"{result['p99']:7.2f} {result['worst']:7.2f} {result['over16']:5d} "
                f"{result['cpu']:6.1f} {result['growth']:+7.1f} {result['rss']:6.0f}",
                flush=True,
            )
    if medians:
        print(
            f"{'all guides, median of medians':26s} {'':6s} "
            f"{statistics.median(medians):7.2f} {max(p99s):7.2f} (worst p99)"
        )
    panel.show()
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    wait(app, 5.0)
    idle = 100 * (time.process_time() - cpu_start) / (time.perf_counter() - wall_start)
    print(f"paused, shown, for 5 s: {idle:.2f} % of one core; load average {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
