"""The parent's hands of every guide: the jointed rig, both hands, and the skin's answers.

The guide painter hands this a moment of a guide; it asks domain.hand_choreography where each
hand is and in which pose, lays the arms out from the parent (domain.hand_placement) and draws
them in the parent's skin tone (ui.guide.hand_rig_painter), with a dimple under a pressing pad and a
fold of skin between pinching fingers in the baby's tone. Over the baby's features on the area
being massaged (the eyes, nose and mouth of a close-up of the face: rig.toml's see_through) the
hands are cut away, so the picture never hides them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QRegion, QTransform

from infant_massage.domain.catalog import GuidePattern, GuidePhase, HandPose
from infant_massage.domain.geometry import Point
from infant_massage.domain.guide import HAND_LENGTH, Guide, HandState, Route
from infant_massage.domain.hand_choreography import Choreography, hand_scale
from infant_massage.domain.hand_placement import PlacedHand, place
from infant_massage.domain.hand_rig import HandRig
from infant_massage.domain.skin_tone import SkinTone
from infant_massage.ui.common.skin_tone_choice import SkinToneChoice
from infant_massage.ui.guide.hand_rig_painter import HandRigPainter, load_hand_rig
from infant_massage.ui.guide.skin_response_painter import paint_fold, paint_press

PAD_MM = 9.0  # the radius of a pressing pad's dimple
FOLD_MM = 34.0  # the length of a pinched fold of skin
# On a small area the hand would hide what it does: it is drawn more see-through there.
SMALL_AREA_HANDS = 1.3  # an area narrower than this many hand lengths counts as small
SMALL_AREA_OPACITY = 0.5
PALM_OPACITY = 0.8  # a flat palm gliding: the skin shows through it, a little
HAND_OPACITY = 0.88
PRESSING = (GuidePhase.PRESS, GuidePhase.HOLD, GuidePhase.RELEASE)
PINCHING = (GuidePhase.PINCH, GuidePhase.LIFT)
EVERYWHERE = 100_000  # device pixels: a region wider than any picture
KEPT_GUIDES = 64  # guides whose choreography and cut-away are kept (a session uses a few)


class _GuideHands:
    """What does not change while one guide plays: its choreography and its cut-away."""

    def __init__(self, rig: HandRig, guide: Guide) -> None:
        self.guide = guide
        self.choreography = Choreography(rig, guide)
        self.discs = _cut_away(rig, guide)
        self.cut_away: QPainterPath | None = None
        if self.discs:
            path = QPainterPath()
            for x, y, r in self.discs:
                path.addEllipse(QPointF(x, y), r, r)
            self.cut_away = path.simplified()


def _cut_away(rig: HandRig, guide: Guide) -> list[tuple[float, float, float]]:
    """Discs (centre and radius, drawing units) round the baby's features inside the area
    being massaged."""
    see = rig.data.see_through
    margin = see.margin * hand_scale(rig)
    discs = []
    for name in see.landmarks:
        landmark = guide.body.landmarks.get(name)
        if landmark is not None and guide.region.contains(landmark.center):
            discs.append((*landmark.center, landmark.radius + margin))
    return discs


def _regions(painter: QPainter, discs: list[tuple[float, float, float]]) -> tuple[QRegion, QRegion]:
    """The cut-away discs on the painter's device, and everything else, as regions of pixels:
    a region clip keeps the hand's blits fast where a path clip made every pixel a masked one.
    (A view only scales and turns by half turns, so a disc stays a disc.)"""
    transform = painter.transform()
    scale = math.hypot(transform.m11(), transform.m12())
    inside = QRegion()
    for x, y, r in discs:
        c = transform.map(QPointF(x, y))
        box = QRectF(c.x() - r * scale, c.y() - r * scale, 2 * r * scale, 2 * r * scale)
        inside = inside.united(QRegion(box.toAlignedRect(), QRegion.RegionType.Ellipse))
    everywhere = QRegion(QRect(-EVERYWHERE, -EVERYWHERE, 3 * EVERYWHERE, 3 * EVERYWHERE))
    return everywhere.subtracted(inside), inside


class RigHands:
    """Draws both of the parent's hands for any guide; one per app, shared by every view."""

    def __init__(self, tones: SkinToneChoice | None = None, rig: HandRig | None = None) -> None:
        self.rig = rig or load_hand_rig()
        self.tones = tones
        self.scale = hand_scale(self.rig)
        self._painter = HandRigPainter()
        self._guides: dict[int, _GuideHands] = {}

    @property
    def renders(self) -> int:
        """Hand pictures drawn so far; playing a guide draws few (every other frame copies)."""
        return self._painter.renders

    # --- tones -------------------------------------------------------------------------------

    def parent_tone(self, fallback: SkinTone) -> SkinTone:
        return self.tones.parent_tone if self.tones is not None else fallback

    def _for(self, guide: Guide) -> _GuideHands:
        found = self._guides.get(id(guide))
        if found is None or found.guide is not guide:
            if len(self._guides) > KEPT_GUIDES:
                self._guides.clear()
            found = _GuideHands(self.rig, guide)
            self._guides[id(guide)] = found
        return found

    def choreography(self, guide: Guide) -> Choreography:
        return self._for(guide).choreography

    def cut_away(self, guide: Guide) -> QPainterPath | None:
        """Where the hands are cut away on this guide (drawing units), or None."""
        return self._for(guide).cut_away

    # --- what the guide painter calls --------------------------------------------------------

    def routes(self, guide: Guide) -> list[Route]:
        """The dotted paths of both hands (the guide's, and a mirrored hand's own)."""
        return self.choreography(guide).routes()

    def stroke_at(self, guide: Guide, t: float, loop: bool = True) -> HandState:
        """Where the stroke is at this moment: the spot the ring and the trail mark."""
        return self.choreography(guide).stroke_at(t, loop)

    def key_points(self, guide: Guide) -> list[list[Point]]:
        """Where each stroking hand touches at each of the still diagram's key moments."""
        return self.choreography(guide).key_points()

    def still_times(self, guide: Guide) -> list[float]:
        """The moments a still diagram draws both hands at."""
        return self.choreography(guide).still_times()

    def placed(self, guide: Guide, t: float, loop: bool = True) -> list[PlacedHand]:
        """Both hands at this moment, laid out in the drawing's units (tests look at these)."""
        return [place(self.rig, p) for p in self.choreography(guide).hands_at(t, loop)]

    def opacity(self, guide: Guide, state: HandState) -> float:
        box = guide.box
        small = max(box.width, box.height) < SMALL_AREA_HANDS * HAND_LENGTH
        if small:
            return SMALL_AREA_OPACITY
        if state.pose == HandPose.PALM and state.phase == GuidePhase.GLIDE:
            return PALM_OPACITY
        return HAND_OPACITY

    def draw_moment(
        self,
        painter: QPainter,
        transform: QTransform,
        guide: Guide,
        t: float,
        baby: SkinTone,
        loop: bool = True,
        opacity: float | None = None,
        under: tuple[QImage, QPointF] | None = None,
        marks: Callable[[QPainter], None] | None = None,
        page: QRegion | None = None,
    ) -> list[PlacedHand]:
        """The skin's answers, then both hands, through `transform` (drawing -> painter).

        `under` is the picture the hands are drawn on (the guide's cached close-up and where it
        lies in the painter's units): over the baby's features it is laid back over the hands
        in one cheap copy, then `marks` (what the guide drew on it before the hands: the trail,
        the contact ring, in the painter's units) and the hands' outlines over a nearly clear
        skin are drawn again there, so a cut-away hides the hand's skin and nothing else.
        Without `under` the hands are drawn twice, clipped. `page` (device pixels) is the page
        round the baby: there the hands' skin is solid, since only the page would show through."""
        state = guide.pose_at(t, loop=loop)
        hands = self.placed(guide, t, loop)
        pattern = guide.tracks[state.movement].movement.pattern
        working = [h for h in hands if not h.rests and h.lift == 0]
        look = self.opacity(guide, state) if opacity is None else opacity
        tone = self.parent_tone(baby)
        discs = self._for(guide).discs
        outer = painter.transform()
        painter.save()
        painter.setTransform(transform, True)
        pressing = pattern == GuidePattern.PRESS and state.phase in PRESSING
        if pressing:
            self._press(painter, working, state.pressure, baby)
        if discs and under is None:
            self._clipped(painter, discs, hands, tone, look, baby)
        elif page is not None:
            self._solid_on_page(painter, page, hands, tone, look, baby)
        else:
            self._painter.paint(painter, hands, tone, look, self.scale, against=baby.fill)
        if discs and under is not None:
            inside = _regions(painter, discs)[1]
            painter.save()
            painter.resetTransform()  # the region is in the device's own pixels
            painter.setClipRegion(inside, Qt.ClipOperation.IntersectClip)
            painter.setTransform(outer)
            painter.drawImage(under[1], under[0])  # the baby's features, as drawn
            if marks is not None:
                marks(painter)
            painter.setTransform(transform, True)
            if pressing:
                self._press(painter, working, state.pressure, baby)
            # Of the hand's skin `clear` is left; its outline stays, so its shape reads on.
            # Turned as it is drawn: only the discs' few pixels are turned, where a turned copy
            # kept for the whole hand would cost a picture's turn each time the hand turns.
            clear = [replace(hand, turning=True) for hand in hands]
            self._painter.paint(painter, clear, tone, self._clear, self.scale, against=baby.fill)
            painter.restore()
        if pattern == GuidePattern.PINCH_ROLL and state.phase in PINCHING:
            # The fold stands up between the fingertips, so it is drawn over them.
            self._fold(painter, working, state, baby)
        painter.restore()
        return hands

    @property
    def _clear(self) -> float:
        return self.rig.data.see_through.opacity

    def _clipped(
        self,
        painter: QPainter,
        discs: list[tuple[float, float, float]],
        hands: list[PlacedHand],
        tone: SkinTone,
        look: float,
        baby: SkinTone,
    ) -> None:
        """The hands drawn twice: as usual round the features, nearly clear over them."""
        for region, skin in zip(_regions(painter, discs), (look, self._clear), strict=True):
            painter.save()
            transform = painter.transform()
            painter.resetTransform()  # the regions are in the device's own pixels
            painter.setClipRegion(region, Qt.ClipOperation.IntersectClip)
            painter.setTransform(transform)
            self._painter.paint(painter, hands, tone, skin, self.scale, against=baby.fill)
            painter.restore()

    def _solid_on_page(
        self,
        painter: QPainter,
        page: QRegion,
        hands: list[PlacedHand],
        tone: SkinTone,
        look: float,
        baby: SkinTone,
    ) -> None:
        """The hands see-through over the baby and solid over the page round it: drawn as
        usual, then solid again clipped to the page (one clipped pass: clipping the usual one to
        the baby as well cost a frame about 1 ms more)."""
        self._painter.paint(painter, hands, tone, look, self.scale, against=baby.fill)
        painter.save()
        transform = painter.transform()
        painter.resetTransform()  # the region is in the device's own pixels
        painter.setClipRegion(page, Qt.ClipOperation.IntersectClip)
        painter.setTransform(transform)
        self._painter.paint(painter, hands, tone, 1.0, self.scale, against=baby.fill)
        painter.restore()

    def _press(
        self, painter: QPainter, hands: list[PlacedHand], pressure: float, baby: SkinTone
    ) -> None:
        """Under a pressing pad: a dimple and a soft shadow, growing with the pressure."""
        for hand in hands:
            paint_press(painter, QPointF(*hand.contact), PAD_MM * self.scale, pressure, baby)

    def _fold(
        self, painter: QPainter, hands: list[PlacedHand], state: HandState, baby: SkinTone
    ) -> None:
        """Between a pinching thumb and its fingers: the fold of skin they hold and roll."""
        # Re-gripping, the fold sinks a little; lifted, it stands at its highest.
        lift = 1.0 if state.phase == GuidePhase.LIFT else 0.35 + 0.65 * state.grip
        for hand in hands:
            thumb = QPointF(*hand.anchors["thumb_pad"])
            fingers = QPointF(*hand.anchors["index_pad"])
            paint_fold(painter, thumb, fingers, FOLD_MM * self.scale, lift, baby)
