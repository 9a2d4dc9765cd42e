"""Pressing as the words say it: press, hold and release at each point, the hand lifted between
points and lifted on its way back to the first one; the still diagram's numbers clear of the
points they number. Every expected value is read from the catalog."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from infant_massage.domain.body_map import BodyView, parse_body_view
from infant_massage.domain.catalog import Catalog, GuidePattern, GuidePhase
from infant_massage.domain.guide import Guide, Track
from infant_massage.domain.hand_choreography import Choreography
from infant_massage.domain.hand_rig import HandRig, parse_rig

ASSETS = Path(__file__).resolve().parent.parent / "assets"
RIG = HandRig(parse_rig((ASSETS / "hands" / "rig.toml").read_text("utf-8")))


@pytest.fixture(scope="module")
def views() -> dict[str, BodyView]:
    return {
        v: parse_body_view(v, (ASSETS / "illustrations" / f"baby_{v}.svg").read_text("utf-8"))
        for v in ("front", "back")
    }


def pressing_guides(catalog: Catalog, views) -> list[Guide]:
    """Every guide with a pressing movement, whichever technique it belongs to."""
    found = []
    for technique in catalog.techniques:
        for application in technique.applications:
            spec = application.guide
            if any(m.pattern == GuidePattern.PRESS for m in spec.movements):
                found.append(Guide(technique, application, views[spec.view]))
    return found


def press_tracks(guide: Guide) -> list[Track]:
    return [t for t in guide.tracks if t.movement.pattern == GuidePattern.PRESS]


def gap(track: Track, number: int) -> tuple[float, float]:
    """When the hand is between press `number` (0-based) and the next, in guide seconds."""
    m = track.movement
    begin = track.start + number * track.cycle + 2 * m.stroke_seconds + m.hold_seconds
    return begin, begin + m.return_seconds


def test_the_catalog_has_pressing_guides_that_go_back_to_the_first_point(catalog, views) -> None:
    tracks = [t for g in pressing_guides(catalog, views) for t in press_tracks(g)]
    assert any(t.repetitions > len(t.points) > 1 for t in tracks)


def test_between_points_and_back_to_the_first_the_hand_is_lifted_and_says_so(
    catalog, views
) -> None:
    for guide in pressing_guides(catalog, views):
        hands = Choreography(RIG, guide)
        for track in press_tracks(guide):
            m, points = track.movement, track.points
            for number in range(track.repetitions):
                begin, end = gap(track, number)
                index = number % len(points)
                last_press = number == track.repetitions - 1
                if last_press:
                    wanted = GuidePhase.RELEASE  # let go, nowhere further to go in this movement
                elif index == len(points) - 1 and len(points) > 1:
                    wanted = GuidePhase.RETURN  # from the last point back to the first
                else:
                    wanted = GuidePhase.MOVE
                for k in range(1, 10):
                    t = begin + (end - begin) * k / 10
                    state = guide.pose_at(t, loop=False)
                    where = (guide.area_id, track.index, number, round(t, 3))
                    assert state.phase == wanted, where
                    assert not state.contact and state.pressure == 0, where
                    assert state.caption == m.captions[wanted], where
                    assert state.caption.get("en"), where
                    drawn = [h for h in hands.hands_at(t, loop=False) if not h.rests]
                    assert drawn and all(h.lift == 1.0 for h in drawn), where
                    if last_press:
                        assert state.point == points[index], where  # lifted, not sliding on
                # Once the gap is over the hand is at the point the data names next.
                after = guide.pose_at(end + 1e-3, loop=False)
                if not last_press:
                    assert math.dist(after.point, points[(number + 1) % len(points)]) < 1e-6


def test_the_hand_only_touches_the_skin_standing_still_on_a_point(catalog, views) -> None:
    """Press, hold, release: straight down on a point of the data, never sliding while on it."""
    for guide in pressing_guides(catalog, views):
        for track in press_tracks(guide):
            samples = round(track.duration * 20)
            previous = None
            for k in range(samples):
                state = guide.pose_at(track.start + track.duration * k / samples, loop=False)
                if state.contact:
                    assert min(math.dist(state.point, p) for p in track.points) < 1e-6
                    if previous is not None and previous.contact:
                        assert state.point == previous.point, (guide.area_id, k)
                previous = state
