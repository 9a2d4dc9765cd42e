"""What a guide says under the moving hand: the phase's caption and the repetition counter.

The captions themselves are catalog data (each movement's captions per phase); this is the one
place for the words round them, shared by the guide screen, the session and class mode's wall.
"""

from __future__ import annotations

from functools import cache
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject

from infant_massage.domain.catalog import GuidePattern, GuidePhase
from infant_massage.domain.guide import Guide, HandState
from infant_massage.ui.common.text_format import fill

SAMPLE_SECONDS = 0.25  # shorter than any stroke, press or pass of the catalog: every count is seen


class GuideCaptions(QObject):
    # A QObject so that lupdate sees self.tr and gives these words their own context.
    def __init__(self) -> None:
        super().__init__()
        self._shown: WeakKeyDictionary[Guide, tuple[frozenset[str], frozenset[str]]] = (
            WeakKeyDictionary()
        )

    def shown(self, guide: Guide) -> tuple[frozenset[str], frozenset[str]]:
        """Every caption and every counter the guide shows as it plays (and as a still
        diagram), found once per guide by sampling it: a page sized for the longest keeps its
        picture still while the words change."""
        found = self._shown.get(guide)
        if found is None:
            states = [
                guide.pose_at(n * SAMPLE_SECONDS, loop=False)
                for n in range(int(guide.duration / SAMPLE_SECONDS) + 2)
            ]
            shown = {self.caption_for(guide, state) for state in states}
            counted = {self.counter_for(guide, state) for state in states}
            shown.add(self.still_caption())
            counted.add(guide.technique.repetitions_text(guide.count))
            found = self._shown[guide] = (frozenset(shown), frozenset(counted))
        return found

    def caption_for(self, guide: Guide | None, state: HandState) -> str:
        if state.phase == GuidePhase.DONE:
            return self.tr("Done: well done")
        return str(state.caption) if state.caption is not None else ""

    def still_caption(self) -> str:
        return self.tr("Follow the numbers and the arrows")

    def counter_for(self, guide: Guide | None, state: HandState) -> str:
        """'Circle 4 of 20': the counted strokes, circles, presses or passes of the guide."""
        if guide is None:
            return ""
        track = guide.tracks[state.movement]
        if not state.counted:
            if track.counted_before == 0:
                return self.tr("Getting ready")
            return self.tr("To finish")
        pattern = track.movement.pattern
        texts = {
            GuidePattern.GLIDE: self.tr("Stroke %1 of %2"),
            GuidePattern.CIRCLE: self.tr("Circle %1 of %2"),
            GuidePattern.PRESS: self.tr("Press %1 of %2"),
            GuidePattern.PINCH_ROLL: self.tr("Pass %1 of %2"),
            GuidePattern.REST: self.tr("Stroke %1 of %2"),
        }
        text = fill(texts[pattern], state.repetition, state.repetitions)
        if state.points and state.point_number:
            text = fill(
                self.tr("%1 · point %2 of %3"), text, str(state.point_number), str(state.points)
            )
        if pattern == GuidePattern.PINCH_ROLL and state.special:
            text = fill(self.tr("%1 · last pass: pinch three, lift once"), text)
        return text

    def current_step(self, guide: Guide | None, state: HandState) -> int | None:
        """Which how-to step (0-based) the hand is doing now, for the highlight."""
        return state.step if guide is not None else None


@cache
def captions() -> GuideCaptions:
    return GuideCaptions()


def counter_text(guide: Guide, state: HandState) -> str:
    return captions().counter_for(guide, state)
