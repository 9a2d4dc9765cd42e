"""Draw every pose of the hand rig on one sheet, to look at: each pose (rows) in every parent skin
tone (columns) at a large size, the same poses small (as on an old laptop's guide), both hands
with their forearms running off the frame, and a few in-between blends.

Run: PYTHONPATH=src .venv/bin/python packaging/hand_contact_sheet.py [--out FILE.png]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from infant_massage import resources
from infant_massage.app.qt_app import get_application
from infant_massage.domain.hand_placement import HandPlacement, place
from infant_massage.domain.hand_rig import HandRig, blend
from infant_massage.domain.skin_tone import parse_skin_tones
from infant_massage.ui.hand_rig_painter import HandRigPainter, load_hand_rig

OUT = Path(__file__).resolve().parent / "screenshots" / "hands" / "rig_contact_sheet.png"
CELL = 220  # a large cell: a hand about 190 px long
SMALL = 90  # a small cell: a hand about 70 px long, as in a small guide window
LABEL = 150
BACKGROUND = QColor("#fbf7f0")
SKIN = QColor("#f2c7a5")


def _frame(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
    painter.setBrush(SKIN.lighter(108))
    painter.drawRect(rect)


def _hand_in(
    painter: QPainter,
    rig: HandRig,
    rect: QRectF,
    pose,
    tone,
    side: str = "right",
    opacity: float = 1.0,
) -> None:
    """One hand in a cell, its contact point a little above the middle, its arm off the bottom."""
    scale = rect.height() / 230.0
    point = (rect.center().x(), rect.top() + rect.height() * 0.42)
    shoulder = (rect.center().x() + (40 if side == "right" else -40) * scale, rect.bottom() + 400)
    hand = place(rig, HandPlacement(side, pose, point, 0.0, shoulder, scale))
    painter.save()
    painter.setClipRect(rect)
    HandRigPainter().paint(painter, [hand], tone, opacity, scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(20, 120, 110))
    painter.drawEllipse(QPointF(*hand.contact), 2.5, 2.5)  # where the pose touches the skin
    painter.restore()


def render(out: Path) -> Path:
    get_application("en")
    rig = load_hand_rig()
    tones = parse_skin_tones(resources.read_text("illustrations/skin_tones.json"))
    names = list(rig.poses)
    columns = len(tones)
    width = LABEL + columns * CELL + len(names) * SMALL // 2 + 40
    blends = [("flat_palm", "cup"), ("pinch_open", "pinch"), ("finger_pads", "thumb_pad")]
    height = len(names) * CELL + 2 * CELL + 60
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(16)
    painter.setFont(font)
    for row, name in enumerate(names):
        top = row * CELL + 20
        painter.setPen(QColor(40, 40, 40))
        painter.drawText(QRectF(10, top, LABEL - 20, CELL), Qt.AlignmentFlag.AlignVCenter, name)
        for col, tone in enumerate(tones):
            rect = QRectF(LABEL + col * CELL, top, CELL - 8, CELL - 8)
            _frame(painter, rect)
            _hand_in(painter, rig, rect, rig.pose(name), tone, opacity=1.0 if col else 0.8)
        for k, tone in enumerate((tones[0], tones[-1])):
            rect = QRectF(LABEL + columns * CELL + 10 + k * (SMALL + 6), top, SMALL, SMALL)
            _frame(painter, rect)
            _hand_in(painter, rig, rect, rig.pose(name), tone)
    top = len(names) * CELL + 30
    painter.setPen(QColor(40, 40, 40))
    painter.drawText(QRectF(10, top, LABEL - 20, CELL), Qt.AlignmentFlag.AlignVCenter, "blends")
    for col, (a, b) in enumerate(blends):
        for k, fraction in enumerate((0.0, 0.5, 1.0)):
            rect = QRectF(LABEL + col * 3 * 120 + k * 116, top, 112, CELL - 8)
            _frame(painter, rect)
            pose = blend(rig.pose(a), rig.pose(b), fraction)
            _hand_in(painter, rig, rect, pose, tones[2])
    top += CELL
    painter.drawText(QRectF(10, top, LABEL - 20, CELL), Qt.AlignmentFlag.AlignVCenter, "two hands")
    rect = QRectF(LABEL, top, 3 * CELL, CELL - 8)
    _frame(painter, rect)
    scale = rect.height() / 260.0
    for side, dx, pose, heading in (("left", -70, "flat_palm", 12), ("right", 70, "cup", -12)):
        hand = place(
            rig,
            HandPlacement(
                side,
                rig.pose(pose),
                (rect.center().x() + dx * scale * 1.2, rect.top() + 110),
                heading,
                (rect.center().x() + dx * 4, rect.bottom() + 500),
                scale,
            ),
        )
        painter.save()
        painter.setClipRect(rect)
        HandRigPainter().paint(painter, [hand], tones[3], 0.85, scale)
        painter.restore()
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    print(render(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
