"""Paint time per frame of every guide at 1920x1080 offscreen, and CPU use of 10 s of playback.

Run: .venv/bin/python bench/guide_frames.py [--frames 240] [--playback-seconds 10]
Each frame is painted into a QImage by the real GuideView.paintEvent after stepping a manual
clock by 1/60 s; the first frames (which render the cached close-up) are reported separately.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QImage

from infant_massage import load_catalog
from infant_massage.app.qt_app import get_application
from infant_massage.domain.clock import ManualClock, Playback
from infant_massage.domain.guide import Guide
from infant_massage.ui.guide_view import GuideView
from infant_massage.ui.hand_art import HandArt
from infant_massage.ui.illustrations import Illustrations

WIDTH, HEIGHT = 1920, 1080


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def paint_times(view: GuideView, clock: ManualClock, frames: int) -> tuple[float, list[float]]:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    timer = QElapsedTimer()
    times = []
    first = 0.0
    for k in range(frames + 1):
        clock.advance(1 / 60)
        timer.start()
        view.render(image)
        elapsed = timer.nsecsElapsed() / 1e6
        if k == 0:
            first = elapsed
        else:
            times.append(elapsed)
    return first, times


def playback_cpu(app, view: GuideView, seconds: float) -> tuple[float, int]:
    frames = 0

    def count() -> None:
        nonlocal frames
        frames += 1

    view.stateChanged.connect(count)
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    view.play()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    view.pause()
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start
    return 100 * cpu / wall, frames


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=240)
    parser.add_argument("--playback-seconds", type=float, default=10.0)
    args = parser.parse_args()
    app = get_application("en")
    catalog = load_catalog()
    illustrations, hands = Illustrations(), HandArt()
    all_times: list[float] = []
    print(f"paint time per frame at {WIDTH}x{HEIGHT}, {args.frames} frames each (ms)")
    print(f"{'guide':28s} {'first':>7s} {'median':>7s} {'p99':>7s}")
    for technique in catalog.techniques:
        for application in technique.applications:
            clock = ManualClock()
            view = GuideView(illustrations, hands, Playback(clock))
            view.resize(WIDTH, HEIGHT)
            guide = Guide(technique, application, illustrations.views[application.guide.view])
            view.set_guide(guide)
            view.playback.play()
            first, times = paint_times(view, clock, args.frames)
            all_times += times
            name = f"{technique.id}/{application.area}"
            print(
                f"{name:28s} {first:7.2f} {statistics.median(times):7.2f} "
                f"{percentile(times, 0.99):7.2f}"
            )
    print(
        f"{'all guides':28s} {'':7s} {statistics.median(all_times):7.2f} "
        f"{percentile(all_times, 0.99):7.2f}"
    )

    technique = catalog.technique("kneading")
    application = technique.application_for("abdomen")
    view = GuideView(illustrations, hands)
    view.resize(WIDTH, HEIGHT)
    view.set_guide(Guide(technique, application, illustrations.views["front"]))
    view.show()
    cpu, frames = playback_cpu(app, view, args.playback_seconds)
    print(
        f"playback of kneading/abdomen for {args.playback_seconds:g} s on screen: "
        f"{cpu:.1f} % of one core, {frames} frames"
    )
    cpu_idle_start, wall_idle_start = time.process_time(), time.perf_counter()
    QTimer.singleShot(int(args.playback_seconds * 1000), app.quit)
    app.exec()
    idle = 100 * (time.process_time() - cpu_idle_start) / (time.perf_counter() - wall_idle_start)
    print(f"paused for {args.playback_seconds:g} s: {idle:.2f} % of one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
