"""The rig drawn with QPainter: the parent's tone, a forearm to the edge, even translucency."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from infant_massage import resources
from infant_massage.domain.hand_placement import HandPlacement, PlacedHand, place
from infant_massage.domain.skin_tone import SkinTone, parse_skin_tones
from infant_massage.ui.guide.hand_rig_painter import HandRigPainter, load_hand_rig

ROOT = Path(__file__).resolve().parent.parent
SIZE = 400
BACKGROUND = QColor("#fbf7f0")
TONES = parse_skin_tones(resources.read_text("illustrations/skin_tones.json"))
RIG = load_hand_rig()


def _distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def _draw(
    tone: SkinTone,
    pose: str = "flat_palm",
    opacity: float = 1.0,
    scale: float = 1.4,
    background: QColor = BACKGROUND,
) -> tuple[QImage, PlacedHand]:
    hand = place(
        RIG,
        HandPlacement("right", RIG.pose(pose), (200, 150), 0.0, (230, SIZE + 600), scale),
    )
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(background)
    painter = QPainter(image)
    HandRigPainter().paint(painter, [hand], tone, opacity, scale)
    painter.end()
    return image, hand


def _pixel(image: QImage, point: tuple[float, float]) -> QColor:
    return image.pixelColor(round(point[0]), round(point[1]))


@pytest.mark.parametrize("tone", TONES, ids=[t.id for t in TONES])
def test_the_hand_is_drawn_in_the_parents_tone_with_its_arm_off_the_edge(tone: SkinTone) -> None:
    image, hand = _draw(tone)
    assert _distance(_pixel(image, hand.contact), QColor(tone.fill)) < 40
    assert _pixel(image, (10, 10)) == BACKGROUND
    # The bottom row of the picture crosses the forearm: skin, with an outline on both sides.
    colours = {
        "background": BACKGROUND,
        "skin": QColor(tone.fill),
        "shade": QColor(tone.shade),
        "outline": QColor(tone.outline),
    }
    row = [image.pixelColor(x, SIZE - 1) for x in range(SIZE)]
    nearest = [min(colours, key=lambda k, c=c: _distance(c, colours[k])) for c in row]
    assert sum(k in ("skin", "shade") for k in nearest) > 40
    arm = [x for x, k in enumerate(nearest) if k != "background"]
    assert "outline" in nearest[arm[0] : arm[0] + 3]
    assert "outline" in nearest[arm[-1] - 2 : arm[-1] + 1]


def test_a_translucent_hand_is_even_where_its_parts_overlap() -> None:
    """Drawn as one layer: the finger roots under the palm do not show through darker."""
    black = QColor(0, 0, 0)
    image, hand = _draw(TONES[0], opacity=0.5, background=black)
    index = next(p for p in hand.parts if p.name == "index")
    root = (
        (index.outline[0][0] + index.outline[-1][0]) / 2,
        (index.outline[0][1] + index.outline[-1][1]) / 2,
    )
    palm = _pixel(image, hand.contact)
    assert 20 < palm.red() < QColor(TONES[0].fill).red() * 0.6  # see-through, not opaque
    assert _distance(_pixel(image, root), palm) < 14


def test_a_small_hand_keeps_a_visible_outline() -> None:
    tone = TONES[0]
    image, _ = _draw(tone, scale=0.35)
    outline = QColor(tone.outline)
    found = sum(
        _distance(image.pixelColor(x, y), outline) < 45
        for x in range(150, 250)
        for y in range(80, 200)
    )
    assert found > 40


def test_the_contact_sheet_draws_every_pose(tmp_path: Path) -> None:
    out = tmp_path / "sheet.png"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "hand_contact_sheet.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.height() > len(RIG.poses) * 200


def _painted(painter: HandRigPainter, hand: PlacedHand) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    p = QPainter(image)
    painter.paint(p, [hand], TONES[2], 0.8, 1.4)
    p.end()
    return image


def test_a_hand_that_keeps_its_angle_is_drawn_once_and_then_only_copied() -> None:
    painter = HandRigPainter()
    hand = place(
        RIG, HandPlacement("left", RIG.pose("cup"), (200, 150), 17.0, (150, SIZE + 600), 1.4)
    )
    frames, kept = [], []
    for _ in range(3):  # turned while it first shows, then a turned copy kept and reused
        frames.append(_painted(painter, hand))
        kept.append(painter.cache_bytes)
    assert painter.renders == 1 and kept[0] == kept[1] == kept[2]  # nothing new after the first
    # A hand turning frame after frame (round a circle) keeps only its upright picture: the
    # held hand's extra memory is its one turned copy.
    turning = HandRigPainter()
    _painted(turning, replace(hand, turning=True))
    assert turning.renders == 1 and 0 < turning.cache_bytes < kept[0]
    for x, y in (hand.contact, hand.anchors["thumb_pad"], hand.anchors["index_pad"]):
        assert _distance(_pixel(frames[0], (x, y)), _pixel(frames[2], (x, y))) < 12


def _lightness(c: QColor) -> int:
    return c.red() + c.green() + c.blue()


@pytest.mark.parametrize("deviation", [-18.0, 0.0, 24.0])
def test_the_palm_and_the_forearm_meet_at_the_wrist_with_one_even_outline(
    deviation: float,
) -> None:
    """Round each end of the palm's wrist edge the outline is as heavy as along the straight
    forearm (no thicker stub where the palm's outline ends, no notch), and along that edge no
    light seam shows the baby through between palm and arm, whichever way the wrist bends."""
    scale = 2.0  # px per mm: the outline is a few pixels wide, so a stub shows in a count
    tone = TONES[2]
    hand = place(
        RIG,
        HandPlacement("right", RIG.pose("flat_palm"), (200, 120), deviation, (200, 9000), scale),
    )
    assert abs(hand.wrist_deviation - deviation) < 1.0
    image = QImage(SIZE, SIZE + 100, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    HandRigPainter().paint(painter, [hand], tone, 0.8, scale)
    painter.end()
    outline, fill = QColor(tone.outline), QColor(tone.fill)

    def ink(centre: tuple[float, float], radius: float) -> int:
        """How much outline there is within a disc (pixels nearer its colour than the skin's)."""
        cx, cy = centre
        r = math.ceil(radius)
        return sum(
            _distance(c, outline) < _distance(c, fill)
            for x in range(round(cx) - r, round(cx) + r + 1)
            for y in range(round(cy) - r, round(cy) + r + 1)
            if (x - cx) ** 2 + (y - cy) ** 2 <= radius**2
            for c in [image.pixelColor(x, y)]
        )

    palm = hand.parts[1]
    assert palm.kind == "palm"
    corners = (palm.outline[0], palm.outline[-1])
    arm = hand.forearm.outline
    half = len(arm) // 2
    radius = 7 * scale
    for side in (arm[:half], arm[half:][::-1]):  # each side of the arm, from the wrist
        corner = min(corners, key=lambda c, s=side[0]: math.dist(c, s))
        # The same disc on the forearm's edge further down, where it runs straight.
        (x0, y0), (x1, y1) = corner, side[-1]
        d = math.hypot(x1 - x0, y1 - y0)
        straight = (x0 + (x1 - x0) * 30 * scale / d, y0 + (y1 - y0) * 30 * scale / d)
        at_wrist, along_arm = ink(corner, radius), ink(straight, radius)
        assert along_arm > 2 * radius * 1.5  # a line of outline is really there
        # Measured: 1.1-1.25 where the wrist bends; 1.4-1.75 with the stub of the old join.
        assert 0.8 * along_arm <= at_wrist <= 1.3 * along_arm, (at_wrist, along_arm)
    # Along the wrist edge, no lighter line than the skin on either side of it.
    (ax, ay), (bx, by) = corners
    nx, ny = -(by - ay), bx - ax
    n = math.hypot(nx, ny)
    nx, ny = nx / n * 3, ny / n * 3
    for k in (0.2, 0.35, 0.5, 0.65, 0.8):
        x, y = ax + (bx - ax) * k, ay + (by - ay) * k
        seam = _lightness(_pixel(image, (x, y)))
        sides = [_lightness(_pixel(image, (x + s * nx, y + s * ny))) for s in (-1, 1)]
        assert seam <= max(sides) + 6, (k, seam, sides)
