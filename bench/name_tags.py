"""The body map's name tags: what laying them out costs at the sizes that matter.

For each case (the map's size in the window, its font) and view, in CPU time, the least of a
few runs, through the widget as a paint asks for them:
- first: the tags of the first paint, the picture made afresh for the size (the drawing's
  cells are shipped ready and kept per view, so they cost it nothing);
- hover: the pointer moved onto one area (the tags stay where they are, laid out once per view
  and size, so this should cost next to nothing), the worst and the mean over every area.
The sizes are the body map's in the main window (1024x768 at the Largest text, 1920x1080 at
normal text) and the map's minimum, 240x320, at both texts. Run:
PYTHONPATH=src .venv/bin/python bench/name_tags.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QApplication

# (what, the map's size, its font's point size): measured in the main window (1.8 = Largest).
CASES = [
    ("1024x768 Largest", (393, 344), 20.7),
    ("1920x1080 normal", (752, 832), 11.5),
    ("minimum, Largest", (240, 320), 20.7),
    ("minimum, normal", (240, 320), 11.5),
]


def _ms(since: float) -> float:
    return (time.process_time() - since) * 1000


def _hover(body_map, area: str | None) -> None:
    point = body_map.point_in(area) if area else QPointF(1, 1)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        point,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(body_map, move)


def measure(body_map, view: str, size, points: float) -> tuple[float, list[float]]:
    """The first paint's tags (the picture made afresh) and each hover's, in ms."""
    font = QFont(body_map.font())
    font.setPointSizeF(points)
    body_map.setFont(font)
    body_map.set_view(view)
    body_map.resize(size[0] + 1, size[1])  # another size first: the picture is made afresh
    _hover(body_map, None)
    body_map.name_tags()  # ...and laid out there, so that nothing is kept for this size
    body_map.resize(*size)
    started = time.process_time()
    body_map.name_tags()
    first = _ms(started)
    hovers = []
    for area in body_map.region_order():
        _hover(body_map, area)
        started = time.process_time()
        body_map.name_tags()
        hovers.append(_ms(started))
    return first, hovers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    app = QApplication([])  # noqa: F841 (kept alive while the widgets live)
    from infant_massage import load_catalog
    from infant_massage.ui.body_map.body_map_widget import BodyMap
    from infant_massage.ui.body_map.illustrations import VIEWS, Illustrations

    body_map = BodyMap(Illustrations(), load_catalog())
    print(f"{'case':<20}{'view':<7}{'first ms':>10}{'worst hover':>13}{'mean hover':>12}")
    for name, size, points in CASES:
        for view in VIEWS:
            samples = [measure(body_map, view, size, points) for _ in range(runs)]
            first = min(s[0] for s in samples)
            hovers = [min(s[1][i] for s in samples) for i in range(len(samples[0][1]))]
            print(
                f"{name:<20}{view:<7}{first:>10.1f}{max(hovers):>13.1f}"
                f"{sum(hovers) / len(hovers):>12.1f}"
            )


if __name__ == "__main__":
    main()
