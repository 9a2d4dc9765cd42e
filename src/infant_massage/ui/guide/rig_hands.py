"""The parent's hands of every guide: the jointed rig, both hands, and the skin's answers.

The guide painter hands this a moment of a guide; it asks domain.hand_choreography where each
hand is and in which pose, lays the arms out from the parent (domain.hand_placement) and draws
them in the parent's skin tone (ui.guide.hand_rig_painter), with a dimple under a pressing pad and a
fold of skin between pinching fingers in the baby's tone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QTransform

from infant_massage.domain.catalog import GuidePattern, GuidePhase, HandPose
from infant_massage.domain.guide import HAND_LENGTH, Guide, HandState
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
PALM_OPACITY = 0.62  # a flat palm gliding: the skin shows through it
HAND_OPACITY = 0.8
PRESSING = (GuidePhase.PRESS, GuidePhase.HOLD, GuidePhase.RELEASE)
PINCHING = (GuidePhase.PINCH, GuidePhase.LIFT)


class RigHands:
    """Draws both of the parent's hands for any guide; one per app, shared by every view."""

    def __init__(self, tones: SkinToneChoice | None = None, rig: HandRig | None = None) -> None:
        self.rig = rig or load_hand_rig()
        self.tones = tones
        self._painter = HandRigPainter()
        self._choreographies: dict[int, tuple[Guide, Choreography]] = {}

    # --- tones -------------------------------------------------------------------------------

    def parent_tone(self, fallback: SkinTone) -> SkinTone:
        return self.tones.parent_tone if self.tones is not None else fallback

    def choreography(self, guide: Guide) -> Choreography:
        found = self._choreographies.get(id(guide))
        if found is None or found[0] is not guide:
            if len(self._choreographies) > 64:
                self._choreographies.clear()
            found = (guide, Choreography(self.rig, guide))
            self._choreographies[id(guide)] = found
        return found[1]

    # --- what the guide painter calls --------------------------------------------------------

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
    ) -> list[PlacedHand]:
        """The skin's answers, then both hands, through `transform` (drawing -> painter)."""
        state = guide.pose_at(t, loop=loop)
        hands = self.placed(guide, t, loop)
        scale = hand_scale(self.rig)
        painter.save()
        painter.setTransform(transform, True)
        working = [h for h in hands if not h.rests and h.lift == 0]
        self._press(painter, guide, state, working, baby, scale)
        look = self.opacity(guide, state) if opacity is None else opacity
        self._painter.paint(painter, hands, self.parent_tone(baby), look, scale, against=baby.fill)
        # The fold stands up between the fingertips, so it is drawn over them.
        self._fold(painter, guide, state, working, baby, scale)
        painter.restore()
        return hands

    def _press(
        self,
        painter: QPainter,
        guide: Guide,
        state: HandState,
        hands: list[PlacedHand],
        baby: SkinTone,
        scale: float,
    ) -> None:
        """Under a pressing pad: a dimple and a soft shadow, growing with the pressure."""
        pattern = guide.tracks[state.movement].movement.pattern
        if pattern != GuidePattern.PRESS or state.phase not in PRESSING:
            return
        for hand in hands:
            paint_press(painter, QPointF(*hand.contact), PAD_MM * scale, state.pressure, baby)

    def _fold(
        self,
        painter: QPainter,
        guide: Guide,
        state: HandState,
        hands: list[PlacedHand],
        baby: SkinTone,
        scale: float,
    ) -> None:
        """Between a pinching thumb and its fingers: the fold of skin they hold and roll."""
        pattern = guide.tracks[state.movement].movement.pattern
        if pattern != GuidePattern.PINCH_ROLL or state.phase not in PINCHING:
            return
        for hand in hands:
            thumb = QPointF(*hand.anchors["thumb_pad"])
            fingers = QPointF(*hand.anchors["index_pad"])
            lift = 0.35 + 0.65 * state.grip  # re-gripping, the fold sinks a little
            if state.phase == GuidePhase.LIFT:
                lift = 1.0
            paint_fold(painter, thumb, fingers, FOLD_MM * scale, lift, baby)
