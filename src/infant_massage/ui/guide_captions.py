"""What a guide says under the moving hand: the phase's caption and the repetition counter.

One place for these words, shared by the guide screen and class mode's wall.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from infant_massage.domain.catalog import GuidePattern, GuidePhase
from infant_massage.domain.guide import Guide, HandState


class GuideCaptions(QObject):
    # A QObject so that lupdate sees self.tr and gives these words their own context.
    def caption_for(self, guide: Guide | None, state: HandState) -> str:
        captions = {
            GuidePhase.GLIDE: self.tr("Push steadily")
            if guide and guide.technique.id == "pushing"
            else self.tr("Glide slowly"),
            GuidePhase.RETURN: self.tr("Lift and return"),
            GuidePhase.CIRCLE: self.tr("Circle gently"),
            GuidePhase.PRESS: self.tr("Press"),
            GuidePhase.HOLD: self.tr("Hold"),
            GuidePhase.RELEASE: self.tr("Release"),
            GuidePhase.MOVE: self.tr("Move to the next point"),
            GuidePhase.PINCH: self.tr("Pinch and roll upward"),
            GuidePhase.LIFT: self.tr("Lift once"),
            GuidePhase.DONE: self.tr("Done: well done"),
        }
        return captions[state.phase]

    def still_caption(self) -> str:
        return self.tr("Follow the numbers and the arrows")

    def counter_for(self, guide: Guide | None, state: HandState) -> str:
        pattern = guide.spec.pattern if guide else GuidePattern.GLIDE
        texts = {
            GuidePattern.GLIDE: self.tr("Stroke %1 of %2"),
            GuidePattern.CIRCLE: self.tr("Circle %1 of %2"),
            GuidePattern.PRESS: self.tr("Press %1 of %2"),
            GuidePattern.PINCH_ROLL: self.tr("Pass %1 of %2"),
        }
        text = texts[pattern].replace("%1", str(state.repetition))
        text = text.replace("%2", str(state.repetitions))
        if pattern == GuidePattern.PRESS and guide is not None:
            points = len(guide.points)
            point = (state.repetition - 1) % points + 1
            text = (
                self.tr("%1 · point %2 of %3")
                .replace("%1", text)
                .replace("%2", str(point))
                .replace("%3", str(points))
            )
        if pattern == GuidePattern.PINCH_ROLL and state.special:
            text = self.tr("%1 · last pass: pinch three, lift once").replace("%1", text)
        return text

    def current_step(self, guide: Guide | None, state: HandState) -> int | None:
        """Which how-to step (0-based) the hand is doing now, for the highlight."""
        if guide is None:
            return None
        current = guide.spec.phase_steps.get(state.phase)
        if state.special and state.phase == GuidePhase.PINCH:
            # The last pass is the "pinch three, lift once" one: its own step stays lit.
            current = guide.spec.phase_steps.get(GuidePhase.LIFT, current)
        return current


_shared: GuideCaptions | None = None


def captions() -> GuideCaptions:
    global _shared
    if _shared is None:
        _shared = GuideCaptions()
    return _shared
