"""The guide page shows all that its motion uses: the area the hands work on, and both hands whole
(palms, fingers and thumbs; only the forearms run off the edge, towards the parent), at every
moment of every guide, on a 1024x768 laptop with the largest text and on a 1920x1080 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from infant_massage.ui.common import theme

SCREENS = {
    "1024x768 largest": ((1024, 740), theme.TEXT_SCALES[-1]),
    "1920x1080": ((1920, 1050), 1.0),
}
PICTURE_SHARE = 0.45  # of the guide page's height, at least
MOMENTS = 24  # a stroke, a press or a pass lasts longer than a 24th of any guide


def worked_outlines(guide):
    """The outlines of the area the guide works on (one hand of the two, one foot...)."""
    box = guide.box
    for polygon in guide.region.polygons:
        b = polygon.bounds
        inside = b.left >= box.left - 0.5 and b.right <= box.right + 0.5
        if inside and b.top >= box.top - 0.5 and b.bottom <= box.bottom + 0.5:
            yield polygon.points


def outside(view, points) -> list[tuple[float, float]]:
    shown = QRectF(view.rect()).adjusted(-1, -1, 1, 1)
    transform = view.view_transform()
    return [p for p in points if not shown.contains(transform.map(QPointF(*p)))]


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_guide_shows_its_area_and_both_hands_whole(app_window, screen) -> None:
    window = app_window.window
    size, scale = SCREENS[screen]
    window.set_text_scale(scale)
    window.resize(*size)
    found = []
    try:
        for technique in window.catalog.techniques:
            for application in technique.applications:
                window.open_guide(technique.id, application.area)
                view = window.guide_panel.view
                view.pause()
                for _ in range(3):
                    QApplication.processEvents()
                guide, name = view.guide, f"{technique.id} on {application.area}"
                for points in worked_outlines(guide):
                    if outside(view, points):
                        found.append(f"{name}: the area is cut at {view.size().toTuple()}")
                hands = view.painter.hands
                for moment in range(MOMENTS + 1):
                    t = guide.duration * moment / MOMENTS
                    for hand in hands.placed(guide, t, loop=False):
                        for part in hand.parts:
                            if part.kind != "forearm" and outside(view, part.outline):
                                found.append(
                                    f"{name}: the {hand.side} {part.name} is cut at {t:.1f}s"
                                )
    finally:
        window.set_text_scale(theme.TEXT_SCALES[0])
    assert not found, "\n".join(sorted(set(found)))


def test_the_picture_keeps_its_share_of_a_small_screen_with_the_largest_text(app_window):
    """At 1024x768 with the largest text the caption and the controls go along the bottom; the
    caption, read close up there, leaves the picture PICTURE_SHARE of the page's height (at
    twice the text, its two lines left the back's guides 36% to 41%)."""
    window = app_window.window
    window.set_text_scale(theme.TEXT_SCALES[-1])
    window.resize(*SCREENS["1024x768 largest"][0])
    short = []
    try:
        for technique in window.catalog.techniques:
            for application in technique.applications:
                window.open_guide(technique.id, application.area)
                panel = window.guide_panel
                panel.view.pause()
                for _ in range(3):
                    QApplication.processEvents()
                if panel.view.height() < PICTURE_SHARE * panel.height():
                    name = f"{technique.id} on {application.area}"
                    short.append(f"{name}: {panel.view.height()} px of {panel.height()}")
    finally:
        window.set_text_scale(theme.TEXT_SCALES[0])
    assert not short, "\n".join(short)
