"""From the back of the room the path and its arrowheads on the wall stand out from the skin:
teal on skin is under 3:1 in every theme, so the wall draws an edge of its background round
them, and the ink's edges meet at least 3:1 (WCAG's least for graphics) nearly all round."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from infant_massage.app.window_factory import make_window
from infant_massage.domain.class_plan import plan_from_area
from infant_massage.domain.clock import ManualClock
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.class_mode.mode import ClassMode
from infant_massage.ui.class_mode.windows import AudienceWindow
from infant_massage.ui.common import theme
from infant_massage.ui.guide.rig_hands import RigHands

LEAST_CONTRAST = 3.0
NEAR = 24  # a pixel within this of the ink in every channel is ink


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def edge_contrasts(image: QImage, ink: QColor) -> list[float]:
    """For each edge of the ink, the contrast of the ink with what lies just beyond it (two
    pixels past the edge, clear of the anti-aliasing)."""

    def is_ink(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return all(abs(a - b) < NEAR for a, b in zip(c.getRgb()[:3], ink.getRgb()[:3], strict=True))

    found = []
    margin = 14
    for y in range(margin, image.height() - margin, 2):
        for x in range(margin, image.width() - margin, 2):
            if not is_ink(x, y):
                continue
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                k = 1
                while k < 10 and is_ink(x + dx * k, y + dy * k):
                    k += 1
                if 1 < k < 10:  # an edge of the ink, not its middle or a lone pixel
                    found.append(
                        contrast(ink, image.pixelColor(x + dx * (k + 2), y + dy * (k + 2)))
                    )
    return found


@pytest.mark.parametrize("theme_name", ["light", "dark"])
@pytest.mark.parametrize(("technique", "area"), [("kneading", "abdomen"), ("stroking", "legs")])
def test_the_path_on_the_wall_stands_out_from_the_skin(qtbot, catalog, theme_name, technique, area):
    app = QApplication.instance()
    theme.apply(app, theme_name)
    try:
        illustrations = Illustrations()
        win = make_window(catalog, illustrations)
        qtbot.addWidget(win)
        mode = ClassMode(catalog, win.guide_for, plan_from_area(catalog, area), ManualClock())
        mode.go(next(i for i, s in enumerate(mode.plan.steps) if s.technique == technique))
        mode.toggle_pause()
        mode.playback.seek(2.0)
        wall = AudienceWindow(mode, illustrations, RigHands())
        qtbot.addWidget(wall)
        wall.resize(1280, 720)
        wall.show()
        QApplication.processEvents()
        view = wall.stage.view
        view.refresh()
        found = edge_contrasts(view.grab().toImage(), view.guide_style().ink())
        assert len(found) > 200, "hardly any path drawn"
        share = sum(c >= LEAST_CONTRAST for c in found) / len(found)
        assert share >= 0.75, share
    finally:
        theme.apply(app, "system")
