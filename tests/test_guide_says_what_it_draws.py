"""The animated guide does what the words beside it say: a parent copies the picture.

The hand a caption or the highlighted step names is the hand drawn on the skin; hand over hand,
the highlight, the caption and the counter follow the hand that strokes; the class's turned view
names the baby's sides alone. Every expected value is read from the catalog.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from on_screen import page_shown, texts_shown
from PySide6.QtCore import Qt

from infant_massage.app.window_factory import make_window
from infant_massage.domain.body_map import parse_body_view
from infant_massage.domain.catalog import Catalog, GuidePhase, TwoHands
from infant_massage.domain.clock import ManualClock, Playback
from infant_massage.domain.guide import HAND_LENGTH, Guide
from infant_massage.domain.hand_choreography import SAME_SPOT, Choreography
from infant_massage.domain.hand_placement import normalize, place
from infant_massage.domain.hand_rig import HandRig, parse_rig
from infant_massage.domain.viewpoint import Viewpoint

ASSETS = Path(__file__).resolve().parent.parent / "assets"
RIG = HandRig(parse_rig((ASSETS / "hands" / "rig.toml").read_text("utf-8")))
VIEWS = {
    v: parse_body_view(v, (ASSETS / "illustrations" / f"baby_{v}.svg").read_text("utf-8"))
    for v in ("front", "back")
}
SAMPLE = 0.25  # seconds between looks: shorter than any stroke, press or rest
NAMED_HAND = re.compile(r"\b(left|right) hand", re.IGNORECASE)
PARENTS_SIDE = re.compile(r"\byour (left|right)\b(?! hand)", re.IGNORECASE)
AT_WORK = (GuidePhase.RETURN, GuidePhase.MOVE, GuidePhase.DONE)  # phases a hand is not at work


def guides(catalog: Catalog) -> list[Guide]:
    return [Guide(t, a, VIEWS[a.guide.view]) for t in catalog.techniques for a in t.applications]


def named_hands(text: str) -> set[str]:
    return {side.lower() for side in NAMED_HAND.findall(text)}


def moments(guide: Guide) -> list[float]:
    return [k * SAMPLE for k in range(int(guide.duration / SAMPLE))]


def hands_at_work(choreography: Choreography, t: float) -> set[str]:
    """The sides of the hands on the skin doing the movement (not lifted, not holding still)."""
    return {h.side for h in choreography.hands_at(t, loop=False) if h.lift == 0 and not h.rests}


def test_the_hand_the_words_name_is_the_hand_drawn(catalog) -> None:
    """In every movement of every guide, at rest and moving: where the caption or the
    highlighted step names a left or a right hand, the hand on the skin is that hand."""
    checked, wrong = 0, []
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        steps = guide.application.step_texts(catalog.text_facts())
        for t in moments(guide):
            state = guide.pose_at(t, loop=False)
            if state.phase in AT_WORK:
                continue
            drawn = hands_at_work(choreography, t)
            for text in (str(state.caption), steps[state.step]):
                named = named_hands(text)
                if not named:
                    continue
                checked += 1
                if not drawn or not drawn <= named:
                    where = f"{guide.technique.id}/{guide.area_id}"
                    wrong.append((where, round(t, 2), text, sorted(drawn)))
    assert not wrong, wrong[:6]
    assert checked > 50  # the tummy's strokes and circles name their hands


def alternating(catalog) -> list[Guide]:
    found = [
        g
        for g in guides(catalog)
        if any(t.movement.hands.together == TwoHands.ALTERNATE for t in g.tracks)
    ]
    assert found
    return found


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def window(qtbot, catalog, clock: ManualClock):
    win = make_window(catalog, playback=Playback(clock))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def strokes_seen(panel, clock) -> list[tuple[str, int | None, str, str]]:
    """Step the guide's clock through it once: for each stroke a parent sees (a hand gliding on
    the skin), which hand, the step highlighted, the words under the picture."""
    guide = panel.view.guide
    choreography = Choreography(RIG, guide)
    seen: list[tuple[str, int | None, str, str]] = []
    gliding_before = False
    for _ in range(int(guide.duration / 0.1) - 1):
        clock.advance(0.1)
        panel.view.refresh()
        state = panel.view.current_state()
        gliding = state is not None and state.phase == GuidePhase.GLIDE
        if gliding and not gliding_before:
            (hand,) = hands_at_work(choreography, panel.view.guide_time())
            texts = texts_shown(panel)
            counter = next(t for t in texts if t.startswith("Stroke "))
            caption = next((t for t in texts if named_hands(t) and "." not in t[:3]), "")
            seen.append((hand, panel.current_step(), caption, counter))
        gliding_before = gliding
    return seen


def test_hand_over_hand_the_highlight_caption_and_counter_follow_the_stroking_hand(
    window, clock, catalog
) -> None:
    """Stroking the tummy hand over hand: the card's count, the counter and the strokes a
    parent sees are one number; each stroke highlights the step of the hand that strokes, and
    the caption names that hand."""
    for guide in alternating(catalog):
        window.open_guide(guide.technique.id, guide.area_id)
        panel = page_shown(window)
        steps = guide.application.step_texts(catalog.text_facts())
        seen = strokes_seen(panel, clock)
        count = guide.spec.count()
        assert len(seen) == count  # every stroke of either hand counts once
        assert [c for *_, c in seen] == [f"Stroke {n} of {count}" for n in range(1, count + 1)]
        assert {hand for hand, *_ in seen} == {"left", "right"}
        for hand, current, caption, _ in seen:
            assert current is not None
            assert named_hands(steps[current]) == {hand}, (hand, steps[current])
            assert named_hands(caption) == {hand}, (hand, caption)
        window.show_home()


def test_the_turned_view_names_the_babys_sides_alone(catalog) -> None:
    """As the class sees the nurse, the picture is turned round: 'your left' would point at the
    screen's right. Every step and caption of every guide names the baby's side there."""
    facts = catalog.text_facts(turned=True)
    for guide in guides(catalog):
        texts = list(guide.application.step_texts(facts))
        for track in guide.tracks:
            m = track.movement
            texts += [str(c) for c in (*m.captions.values(), *m.hands.other_captions.values())]
        for text in texts:
            assert not PARENTS_SIDE.search(text), (guide.technique.id, guide.area_id, text)


def test_tummy_stroking_names_the_babys_side_in_both_views(qtbot, window, clock) -> None:
    window.open_guide("stroking", "abdomen")
    panel = page_shown(window)
    clock.advance(0.5)
    panel.view.refresh()
    parent = [t for t in texts_shown(panel) if re.match(r"\d+\.  ", t)]
    assert any("(your left)" in t and "left hand" in t for t in parent)  # the parent's own view
    qtbot.keyClick(panel.view, Qt.Key.Key_V)
    assert panel.view.viewpoint == Viewpoint.CLASS
    turned = [t for t in texts_shown(panel) if re.match(r"\d+\.  ", t)]
    assert len(turned) == len(parent)
    assert not any(PARENTS_SIDE.search(t) for t in turned), turned
    assert any("the baby's right side" in t for t in turned)
    assert not any(PARENTS_SIDE.search(t) for t in texts_shown(panel))


HEAD_BEGINS = 0.3  # hand lengths above the base of the neck: the back of the head, in the drawing


def test_stroking_the_back_starts_with_the_palm_below_the_neck_not_on_the_head(catalog) -> None:
    """'Lay your palm flat below the neck, the fingers towards the shoulder':
    the hand laid at the start lies below the head, its fingers turned out from the spine line."""
    technique = catalog.technique("stroking")
    guide = Guide(technique, technique.application_for("back"), VIEWS["back"])
    rest = next(t for t in guide.tracks if t.movement.pattern.value == "rest")
    choreography = Choreography(RIG, guide)
    (hand,) = [h for h in choreography.hands_at(rest.start + 0.1, loop=False) if not h.rests]
    placed = place(RIG, hand)
    neck = guide.body.landmarks["neck"]
    highest = min(y for part in placed.parts[1:] for _, y in part.outline)
    assert highest > neck.y - HEAD_BEGINS * HAND_LENGTH, highest
    outward = -1 if hand.point[0] < neck.x else 1  # the fingers point away from the spine
    assert normalize(placed.heading) * outward > 20, placed.heading


@pytest.mark.parametrize("technique_id", ["stroking", "pushing"])
def test_every_step_of_the_legs_is_highlighted_and_captioned(window, clock, technique_id) -> None:
    """'Hold the foot loosely' is a step a parent does first: the guide shows it (the holding
    hand on the foot, the other on the thigh), highlights it and says it, as every other step."""
    window.open_guide(technique_id, "legs")
    panel = page_shown(window)
    guide = panel.view.guide
    highlighted, captions = set(), set()
    for _ in range(int(guide.duration / 0.1) - 1):
        clock.advance(0.1)
        panel.view.refresh()
        highlighted.add(panel.current_step())
        state = panel.view.current_state()
        if state is not None and state.caption is not None:
            captions.add((state.step, str(state.caption)))
    assert highlighted >= set(range(len(guide.application.steps)))
    assert {step for step, _ in captions} >= set(range(len(guide.application.steps)))


def test_a_limb_stroke_runs_in_one_straight_line_to_the_holding_hand(catalog) -> None:
    """'In a straight line from the thigh to your holding hand': on the legs and the arms each
    stroke down the limb is one straight line (no bend at the knee), and it runs towards the
    holding hand: the hand's grip lies on, or just beside, the stroke's line carried on."""
    checked = 0
    for guide in guides(catalog):
        if guide.area_id not in ("legs", "arms"):
            continue
        for track in guide.tracks:
            hands = track.movement.hands
            if track.movement.pattern.value != "glide" or not hands.meets_rest:
                continue
            assert len(track.points) == 2, (guide.technique.id, guide.area_id, track.points)
            (ax, ay), (bx, by) = track.points
            rx, ry = track.resolve(hands.rest_at)
            length = math.hypot(bx - ax, by - ay)
            off_line = abs((bx - ax) * (ry - ay) - (by - ay) * (rx - ax)) / length
            ahead = ((rx - ax) * (bx - ax) + (ry - ay) * (by - ay)) / length
            assert ahead > length, (guide.technique.id, guide.area_id)  # beyond the stroke's end
            assert off_line < 0.1 * HAND_LENGTH, (guide.technique.id, guide.area_id, off_line)
            checked += 1
    assert checked >= 8


def test_the_still_diagram_numbers_each_hands_stroke_on_its_own_side(catalog) -> None:
    """Hand over hand on each side of the navel, the still diagram numbers both hands' strokes,
    each on its own side, and no two numbers stand on one spot."""
    for guide in guides(catalog):
        if not any(t.movement.hands.own_sides for t in guide.tracks):
            continue
        points = [p for key in Choreography(RIG, guide).key_points() for p in key]
        middle = guide.tracks[0].box.center[0]
        assert any(x < middle for x, _ in points) and any(x > middle for x, _ in points), points
        for i, a in enumerate(points):
            for b in points[i + 1 :]:
                assert math.dist(a, b) > SAME_SPOT, (guide.area_id, a, b)


def test_the_ring_and_the_trail_mark_the_hand_that_strokes(catalog) -> None:
    """The ring on the spot and the fading trail follow the stroke: at every moment a hand is
    on the skin, some hand at work lies on the marked spot (hand over hand, the right hand's
    strokes are marked on the right, not on the left hand's empty path)."""
    wrong, checked = [], 0
    for guide in guides(catalog):
        choreography = Choreography(RIG, guide)
        for t in moments(guide):
            state = choreography.stroke_at(t, loop=False)
            together = guide.tracks[state.movement].movement.hands.together
            if not state.contact or state.phase in AT_WORK or together == TwoHands.MIRRORED:
                continue  # mirrored thumbs lie apart, either side of the marked middle
            hands = [h for h in choreography.hands_at(t, loop=False) if h.lift == 0]
            checked += 1
            if not any(math.dist(h.point, state.point) <= SAME_SPOT for h in hands):
                wrong.append((guide.technique.id, guide.area_id, round(t, 2)))
            trail = guide.trail(t, 0.5, 4, loop=False, pose=choreography.stroke_at)
            assert trail and trail[0][0] == state.point
    assert not wrong, wrong[:8]
    assert checked > 500
