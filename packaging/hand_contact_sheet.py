"""Contact sheets of the hand rig, to look at with fresh eyes.

- the rig: every pose (rows) in every parent skin tone (columns) at a large size, the same poses
  small (as on an old laptop's guide), a few in-between blends and two hands with their arms;
- --guides: one sheet per technique, a row per area with the guide's key moments as the app
  draws them (both hands, the skin's answers, the caption of each moment), each technique in
  another pair of baby and parent tones.

Run: PYTHONPATH=src .venv/bin/python packaging/hand_contact_sheet.py [--out FILE.png] [--guides]
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
from infant_massage.ui.guide.hand_rig_painter import HandRigPainter, load_hand_rig

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


GUIDE_CELL = (420, 315)
CAPTION = 40
# (baby, parent) tones per technique: together the sheets show every tone on both sides.
TONE_PAIRS = [
    ("light", "medium_deep"),
    ("medium", "light"),
    ("deep", "light_medium"),
    ("light_medium", "deep"),
    ("medium_deep", "medium"),
]


def render_guides(folder: Path) -> list[Path]:
    """One sheet per technique: its key moments on every area, as the guide draws them."""
    from infant_massage import load_catalog
    from infant_massage.domain.guide import Guide, Viewpoint
    from infant_massage.ui.body_map.illustrations import Illustrations
    from infant_massage.ui.common.skin_tone_choice import SkinToneChoice
    from infant_massage.ui.guide.painter import GuidePainter, GuideStyle
    from infant_massage.ui.guide.rig_hands import RigHands

    get_application("en")
    catalog = load_catalog()
    illustrations = Illustrations()
    tones = SkinToneChoice(illustrations.skin_tones)
    painter = GuidePainter(illustrations, RigHands(tones))
    written = []
    width, height = GUIDE_CELL
    font = QFont()
    font.setPixelSize(15)
    for index, technique in enumerate(catalog.techniques):
        baby, parent = TONE_PAIRS[index % len(TONE_PAIRS)]
        tones.set_parent(parent)
        rows = []
        for application in technique.applications:
            guide = Guide(technique, application, illustrations.views[application.guide.view])
            rows.append((application.area, guide, guide.key_times()[:6]))
        columns = max(len(times) for _, _, times in rows)
        image = QImage(
            columns * width, len(rows) * (height + CAPTION) + 30, QImage.Format.Format_RGB32
        )
        image.fill(BACKGROUND)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(font)
        p.setPen(QColor(40, 40, 40))
        p.drawText(
            QRectF(8, 0, image.width(), 28),
            Qt.AlignmentFlag.AlignVCenter,
            f"{technique.name}: baby {baby}, parent {parent}",
        )
        for row, (area, guide, times) in enumerate(rows):
            top = 30 + row * (height + CAPTION)
            for col, t in enumerate(times):
                rect = QRectF(col * width, top + CAPTION, width - 6, height - 6)
                painter.paint(
                    p, rect, guide, t, Viewpoint.PARENT, GuideStyle(), loop=False, tone=baby
                )
                state = guide.pose_at(t, loop=False)
                caption = str(state.caption) if state.caption is not None else ""
                p.setPen(QColor(40, 40, 40))
                p.drawText(
                    QRectF(col * width + 4, top, width - 10, CAPTION),
                    Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                    f"{area} {t:.1f} s: {caption}",
                )
        p.end()
        out = folder / f"guide_{technique.id}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out))
        written.append(out)
    return written


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--guides", action="store_true", help="one sheet per technique as well")
    args = parser.parse_args()
    print(render(args.out))
    if args.guides:
        for path in render_guides(args.out.parent):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
