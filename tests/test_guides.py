"""The hand's motion for every technique on every area: pure geometry, stepped time."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infant_massage.domain.body_map import BodyView, parse_body_view
from infant_massage.domain.catalog import Catalog, GuidePhase
from infant_massage.domain.clock import ManualClock, Playback
from infant_massage.domain.geometry import Polygon
from infant_massage.domain.guide import Guide

ASSETS = Path(__file__).resolve().parent.parent / "assets"


@pytest.fixture(scope="module")
def views() -> dict[str, BodyView]:
    return {
        v: parse_body_view(v, (ASSETS / "illustrations" / f"baby_{v}.svg").read_text("utf-8"))
        for v in ("front", "back")
    }


def all_pairs(catalog: Catalog) -> list[tuple[str, str]]:
    return [(t.id, a.area) for t in catalog.techniques for a in t.applications]


def make_guide(catalog: Catalog, views, technique_id: str, area_id: str) -> Guide:
    technique = catalog.technique(technique_id)
    application = technique.application_for(area_id)
    return Guide(technique, application, views[application.guide.view])


def test_every_allowed_pair_has_a_guide(catalog, views) -> None:
    pairs = all_pairs(catalog)
    assert len(pairs) == sum(len(catalog.techniques_on(area.id)) for area in catalog.areas)
    for technique_id, area_id in pairs:
        guide = make_guide(catalog, views, technique_id, area_id)
        assert guide.duration > 0
        first = guide.spec.movements[0]
        assert guide.pose_at(0).pose == (first.pose or guide.technique.hand_pose)


def test_the_hand_stays_on_the_area_at_all_times(catalog, views) -> None:
    for technique_id, area_id in all_pairs(catalog):
        guide = make_guide(catalog, views, technique_id, area_id)
        for k in range(60):
            t = guide.duration * k / 60
            state = guide.pose_at(t)
            assert guide.region.contains(state.point), (technique_id, area_id, t, state)


def track_of(guide: Guide, pattern: str, index: int = 0):
    return [t for t in guide.tracks if t.movement.pattern == pattern][index]


def test_kneading_the_tummy_goes_clockwise_and_never_onto_the_navel(catalog, views) -> None:
    guide = make_guide(catalog, views, "kneading", "abdomen")
    navel = views["front"].landmarks["navel"]
    circle = track_of(guide, "circle")
    stroke = circle.movement.stroke_seconds
    # One round, sampled: y grows downward, so a positive signed area is clockwise on screen.
    one_round = [guide.pose_at(circle.start + stroke * k / 40).point for k in range(40)]
    assert Polygon(tuple(one_round)).signed_area() > 0
    ring = next(r for r in guide.routes() if r.closed)
    assert Polygon(tuple(ring.points)).signed_area() > 0
    for k in range(400):
        state = guide.pose_at(guide.duration * k / 400)
        assert math.dist(state.point, navel.center) > navel.radius
    # The fingers point at the navel, so the palm stays outside the ring, off the navel.
    for k in range(36):
        state = guide.pose_at(circle.start + stroke * k / 36)
        towards = math.degrees(math.atan2(navel.x - state.x, -(navel.y - state.y)))
        assert abs((state.angle - towards + 180) % 360 - 180) < 1e-6
    # It starts on the baby's right, which is the viewer's left in the front view.
    start = guide.pose_at(0)
    assert start.x < navel.x and abs(start.y - navel.y) < 3
    assert math.dist(guide.pose_at(circle.start).point, start.point) < 1  # no jump


def test_spinal_pinching_moves_from_tailbone_to_neck_on_both_sides(catalog, views) -> None:
    guide = make_guide(catalog, views, "spinal_pinching", "back")
    tailbone, neck = views["back"].landmarks["tailbone"], views["back"].landmarks["neck"]
    assert math.dist(guide.pose_at(0).point, tailbone.center) < 25
    sides = set()
    for track in (t for t in guide.tracks if t.movement.pattern == "pinch_roll"):
        pass_seconds = track.movement.stroke_seconds
        poses = [guide.pose_at(track.start + pass_seconds * k / 100) for k in range(100)]
        ys = [p.y for p in poses]
        assert all(b <= a + 1e-9 for a, b in itertools.pairwise(ys))  # only upward
        assert math.dist(poses[0].point, tailbone.center) < 25
        end = guide.pose_at(track.start + pass_seconds * 0.999)
        assert math.dist(end.point, neck.center) < 25
        # Beside the spine, never on it: the fold is lifted next to the spine line.
        assert all(6 <= abs(p.x - tailbone.x) <= 25 for p in poses)
        sides.add(poses[0].x < tailbone.x)
        assert guide.pose_at(track.start + pass_seconds + 0.2).phase == GuidePhase.RETURN
    assert sides == {True, False}  # "on one side of the spine and then the other"


def test_spinal_pinching_lifts_once_every_three_pinches_on_the_last_pass_only(
    catalog, views
) -> None:
    guide = make_guide(catalog, views, "spinal_pinching", "back")
    passes = [
        (track.start + k * track.cycle, track.movement.stroke_seconds)
        for track in guide.tracks
        if track.movement.pattern == "pinch_roll"
        for k in range(track.repetitions)
    ]

    def phases(start: float, seconds: float) -> set[GuidePhase]:
        return {guide.pose_at(start + seconds * k / 200).phase for k in range(200)}

    for start, seconds in passes[:-1]:
        assert GuidePhase.LIFT not in phases(start, seconds)
    assert GuidePhase.LIFT in phases(*passes[-1])
    assert guide.pose_at(passes[-1][0] + 0.1).special


def test_pressing_has_distinct_press_hold_and_release_phases(catalog, views) -> None:
    guide = make_guide(catalog, views, "pressing", "feet")
    track = track_of(guide, "press")
    samples = [guide.pose_at(track.start + track.cycle * k / 200) for k in range(200)]
    order = []
    for state in samples:
        if not order or order[-1] != state.phase:
            order.append(state.phase)
    assert order == [GuidePhase.PRESS, GuidePhase.HOLD, GuidePhase.RELEASE, GuidePhase.MOVE]
    press = [s for s in samples if s.phase == GuidePhase.PRESS]
    hold = [s for s in samples if s.phase == GuidePhase.HOLD]
    release = [s for s in samples if s.phase == GuidePhase.RELEASE]
    assert [s.pressure for s in press] == sorted(s.pressure for s in press)
    assert len({s.pressure for s in hold}) == 1 and hold[0].pressure == track.movement.pressure
    assert [s.pressure for s in release] == sorted((s.pressure for s in release), reverse=True)
    assert len({s.point for s in press + hold + release}) == 1  # straight down, no sliding
    assert not any(s.contact for s in samples if s.phase == GuidePhase.MOVE)


def test_strokes_lift_and_return(catalog, views) -> None:
    guide = make_guide(catalog, views, "stroking", "back")
    track = track_of(guide, "glide")
    m = track.movement
    during = guide.pose_at(track.start + m.stroke_seconds / 2)
    after = guide.pose_at(track.start + m.stroke_seconds + m.return_seconds / 2)
    assert during.contact and during.phase == GuidePhase.GLIDE
    assert not after.contact and after.phase == GuidePhase.RETURN and after.pressure == 0


def test_frames_half_a_second_apart_differ(catalog, views) -> None:
    for technique_id, area_id in all_pairs(catalog):
        guide = make_guide(catalog, views, technique_id, area_id)
        moving = [t for t in guide.tracks if t.movement.pattern != "rest"]
        for track in moving:
            for t in (0.0, 0.7, track.duration / 2):
                moment = track.start + t
                if moment + 0.5 < track.end:
                    assert guide.pose_at(moment) != guide.pose_at(moment + 0.5), (
                        technique_id, area_id, moment,
                    )  # fmt: skip


def test_every_movement_step_is_shown_in_order(catalog, views) -> None:
    """Each step the movements name lights up, never going back to an earlier one."""
    for technique_id, area_id in all_pairs(catalog):
        guide = make_guide(catalog, views, technique_id, area_id)
        lit = []
        for k in range(800):
            step = guide.pose_at(guide.duration * k / 800).step
            if not lit or lit[-1] != step:
                lit.append(step)
        named = sorted({m.step for m in guide.spec.movements})
        assert set(named) <= set(lit), (technique_id, area_id, lit)
        firsts = [lit.index(s) for s in named]
        assert firsts == sorted(firsts), (technique_id, area_id, lit)


def test_both_sides_where_the_direction_says_both(catalog, views) -> None:
    for technique_id, area_id in all_pairs(catalog):
        technique = catalog.technique(technique_id)
        app = technique.application_for(area_id)
        texts = " ".join(str(s) for s in app.steps) + " " + str(app.direction)
        if not any(w in texts for w in ("both sides", "the other side", "other arm", "other leg")):
            continue
        guide = make_guide(catalog, views, technique_id, area_id)
        middle = views[guide.view].width / 2
        touching = [guide.pose_at(guide.duration * k / 600) for k in range(600)]
        sides = {s.x < middle for s in touching if s.contact}
        assert sides == {True, False}, (technique_id, area_id)


def test_kneading_works_down_the_back(catalog, views) -> None:
    guide = make_guide(catalog, views, "kneading", "back")
    for track in (t for t in guide.tracks if t.movement.pattern == "circle"):
        top = track.circle_centre(0.0)
        bottom = track.circle_centre(track.duration)
        assert bottom[1] - top[1] > 0.5 * guide.box.height


def test_without_loop_the_guide_ends_lifted_and_done(catalog, views) -> None:
    guide = make_guide(catalog, views, "pushing", "legs")
    end = guide.pose_at(guide.duration + 10, loop=False)
    assert end.phase == GuidePhase.DONE and not end.contact
    assert guide.pose_at(guide.duration + 1.0) == guide.pose_at(1.0)  # looping


@settings(max_examples=200, deadline=None)
@given(t=st.floats(min_value=0, max_value=2000, allow_nan=False), pair=st.integers(0, 15))
def test_any_moment_is_a_sound_pose(catalog, views, t, pair) -> None:
    technique_id, area_id = all_pairs(catalog)[pair]
    guide = make_guide(catalog, views, technique_id, area_id)
    state = guide.pose_at(t)
    assert 0 <= state.pressure <= 1
    assert state.contact == (state.pressure > 0)
    assert 1 <= state.repetition <= state.repetitions == guide.application.repetitions
    assert 0 <= state.step < len(guide.application.steps)
    assert state.caption is not None


def test_pause_stops_time_and_speed_scales_it() -> None:
    clock = ManualClock()
    playback = Playback(clock)
    playback.play()
    clock.advance(2.0)
    assert playback.time() == pytest.approx(2.0)
    playback.pause()
    clock.advance(5.0)
    assert playback.time() == pytest.approx(2.0)
    playback.set_speed(0.25)
    playback.play()
    clock.advance(4.0)
    assert playback.time() == pytest.approx(3.0)
    playback.set_speed(1.5)
    clock.advance(2.0)
    assert playback.time() == pytest.approx(6.0)
    with pytest.raises(ValueError):
        playback.set_speed(3.0)
    with pytest.raises(ValueError):
        clock.advance(-1)


@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["play", "pause", "advance", "speed"]), st.floats(0, 5)),
        max_size=30,
    )
)
def test_playback_time_never_runs_backwards(steps) -> None:
    clock = ManualClock()
    playback = Playback(clock)
    last = 0.0
    for action, value in steps:
        if action == "play":
            playback.play()
        elif action == "pause":
            playback.pause()
        elif action == "advance":
            clock.advance(value)
        else:
            playback.set_speed(min(1.5, max(0.25, value)))
        now = playback.time()
        assert now >= last - 1e-9
        last = now
