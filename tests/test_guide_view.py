"""The guide screen as a parent or a class uses it: stepped clock, keys, captions, no idle CPU."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from on_screen import button, choose, click, named, page_shown, texts_shown
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication
from test_command_line import run_app

from infant_massage.app.window_factory import build_main_window, make_window
from infant_massage.domain.catalog import GuidePhase
from infant_massage.domain.clock import ManualClock, Playback
from infant_massage.domain.viewpoint import Viewpoint
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.ui.shell.main_window import MainWindow


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def window(qtbot, catalog, tmp_path: Path, clock: ManualClock) -> MainWindow:
    win = make_window(catalog, playback=Playback(clock))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def step(panel, clock: ManualClock, seconds: float) -> None:
    """Time passes: the clock moves on and the picture draws its next frame, as its timer does."""
    clock.advance(seconds)
    panel.view.refresh()


def caption_shown(panel, movement) -> str:
    """Which of the movement's captions the page shows under the picture now."""
    shown = set(texts_shown(panel)) & {str(c) for c in movement.captions.values()}
    assert len(shown) == 1, shown
    return shown.pop()


def numbered_steps(panel) -> list[str]:
    """The how-to steps beside the picture, as they read ("1.  Place ...")."""
    return [t for t in texts_shown(panel) if re.match(r"\d+\.  ", t)]


def test_the_card_button_opens_the_guide_and_it_plays(qtbot, window, clock, catalog) -> None:
    window.select_area("abdomen")
    card = named(window.home, str(catalog.technique("kneading").name))
    click(button(card, "Watch the hand move"))
    panel = page_shown(window)
    assert panel is window.guide_panel
    view = panel.view
    assert view.guide.technique.id == "kneading" and view.guide.area_id == "abdomen"
    assert view.playback.playing and view.timer_running
    names = (catalog.technique("kneading").name, catalog.area("abdomen").name)
    assert "{} · {}".format(*names) in texts_shown(panel)
    guide = view.guide
    circle = next(t for t in guide.tracks if t.movement.pattern == "circle")
    # First the hands are placed (the data's rest), then the circles begin.
    step(panel, clock, 0.5)
    first = guide.tracks[0].movement
    assert caption_shown(panel, first) == str(first.captions["rest"])
    assert "Getting ready" in texts_shown(panel)
    assert panel.current_step() == first.step
    step(panel, clock, circle.start - 0.5 + 0.1)
    start = view.hand_point()
    step(panel, clock, 0.5)
    assert view.hand_point() != start
    assert caption_shown(panel, circle.movement) == str(circle.movement.captions["circle"])
    count = guide.spec.count()
    assert f"Circle 1 of {count}" in texts_shown(panel)
    step(panel, clock, circle.movement.stroke_seconds)
    assert f"Circle 2 of {count}" in texts_shown(panel)


def test_space_pauses_time_and_stops_the_timer(qtbot, window, clock) -> None:
    window.open_guide("stroking", "legs")
    panel = page_shown(window)
    view = panel.view
    step(panel, clock, 1.0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.playback.playing and not view.timer_running
    held = view.hand_point()
    step(panel, clock, 3.0)
    assert view.hand_point() == held
    assert view.guide_time() == pytest.approx(1.0)
    assert button(panel, "Play (Space)").isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.playback.playing and view.timer_running
    assert button(panel, "Pause (Space)").isVisible()


def test_slow_motion_for_a_class(qtbot, window, clock) -> None:
    window.open_guide("pushing", "back")
    panel = page_shown(window)
    choose(panel, "Speed", "0.25× speed (+ −)")
    step(panel, clock, 2.0)
    assert panel.view.guide_time() == pytest.approx(0.5)
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert panel.view.playback.speed == 0.5
    assert named(panel, "Speed").currentText() == "0.5× speed (+ −)"


def test_pressing_captions_and_the_highlighted_step_follow_the_motion(window, clock) -> None:
    window.open_guide("pressing", "feet")
    panel = page_shown(window)
    press = panel.view.guide.tracks[0].movement
    seen = []
    for _ in range(round(press.cycle_seconds / 0.1) - 1):  # one press, hold, release and move
        step(panel, clock, 0.1)
        caption = caption_shown(panel, press)
        if not seen or seen[-1][0] != caption:
            seen.append((caption, panel.current_step()))
    phases = [GuidePhase.PRESS, GuidePhase.HOLD, GuidePhase.RELEASE, GuidePhase.MOVE]
    assert [c for c, _ in seen] == [str(press.captions[p]) for p in phases]
    assert [s for _, s in seen] == [press.step_for(p) for p in phases]
    count, points = panel.view.guide.spec.count(), len(press.path)
    assert f"Press 1 of {count}" in texts_shown(panel)  # moving on: no point is pressed
    step(panel, clock, 0.2)
    assert f"Press 2 of {count} · point 2 of {points}" in texts_shown(panel)


def test_pressing_says_it_lifts_off_on_its_way_back_to_the_first_point(window, clock) -> None:
    window.open_guide("pressing", "hands")
    panel = page_shown(window)
    guide = panel.view.guide
    track = next(t for t in guide.tracks if len(t.points) > 1 and t.repetitions > len(t.points))
    m = track.movement
    last = len(track.points) - 1  # the last point's press, then back to the first
    release_end = 2 * m.stroke_seconds + m.hold_seconds
    step(panel, clock, track.start + last * track.cycle + release_end + m.return_seconds / 2)
    assert caption_shown(panel, m) == str(m.captions[GuidePhase.RETURN])
    assert panel.current_step() == m.step_for(GuidePhase.RETURN)


def test_spinal_pinching_counts_passes_and_says_pinch_three_lift_once(window, clock) -> None:
    window.open_guide("spinal_pinching", "back")
    panel = page_shown(window)
    guide = panel.view.guide
    first, last = guide.tracks[1], guide.tracks[-1]
    count = guide.spec.count()
    step(panel, clock, first.start + 1.0)
    assert f"Pass 1 of {count}" in texts_shown(panel)
    assert caption_shown(panel, first.movement) == str(first.movement.captions["pinch"])
    step(panel, clock, last.start - first.start)
    assert f"Pass {count} of {count} · last pass: pinch three, lift once" in texts_shown(panel)
    assert panel.current_step() == last.movement.step  # the "pinch three, lift once" step


def test_leaving_the_guide_stops_every_timer(qtbot, window, clock) -> None:
    window.open_guide("stroking", "face")
    view = page_shown(window).view
    assert view.timer_running
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert page_shown(window) is window.home
    assert not view.timer_running and not view.playback.playing


def test_a_hidden_guide_runs_no_timer(window) -> None:
    window.open_guide("stroking", "face")
    view = page_shown(window).view
    window.hide()
    assert not view.timer_running


def test_still_diagram_shows_key_poses_without_motion(qtbot, window, clock) -> None:
    window.open_guide("kneading", "abdomen")
    panel = page_shown(window)
    click(button(panel, "Still diagram (D)"))
    assert not panel.view.timer_running and not panel.view.playback.playing
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)  # asked to play, a still diagram stays still
    assert not panel.view.timer_running and not panel.view.playback.playing
    assert "Follow the numbers and the arrows" in texts_shown(panel)
    image = panel.view.grab().toImage()
    step(panel, clock, 1.0)
    assert panel.view.grab().toImage() == image


def test_view_and_loop_controls(qtbot, window, clock) -> None:
    window.open_guide("kneading", "abdomen")
    panel = page_shown(window)
    step(panel, clock, 1.0)
    parent_steps = numbered_steps(panel)  # read once the page has settled, then the hand
    before = panel.view.hand_point()
    assert any("(your left)" in text for text in parent_steps)
    qtbot.keyClick(panel.view, Qt.Key.Key_V)  # the class's view: the same picture turned round
    assert panel.view.viewpoint == Viewpoint.CLASS
    assert named(panel, "View (V)").currentData() == Viewpoint.CLASS
    after = panel.view.hand_point()
    centre = QRectF(panel.view.rect()).center()  # exact: QRect.center() rounds down
    assert after.x() == pytest.approx(2 * centre.x() - before.x(), abs=1)
    assert after.y() == pytest.approx(2 * centre.y() - before.y(), abs=1)
    assert len(numbered_steps(panel)) == len(parent_steps)
    assert not any("(your" in text for text in numbered_steps(panel))
    qtbot.keyClick(panel.view, Qt.Key.Key_V)
    assert panel.view.viewpoint == Viewpoint.PARENT
    assert numbered_steps(panel) == parent_steps
    assert not any("mirror" in b.text().lower() for b in panel.findChildren(QAbstractButton))
    window.open_guide("stroking", "arms")
    qtbot.keyClick(panel.view, Qt.Key.Key_L)
    assert not panel.view.loop and not button(panel, "Loop (L)").isChecked()
    step(panel, clock, panel.view.guide.duration + 5)
    assert panel.view.current_state().phase == GuidePhase.DONE
    assert not panel.view.playback.playing and not panel.view.timer_running


def test_frames_differ_half_a_second_apart_on_screen(window, clock) -> None:
    window.open_guide("pressing", "hands")
    panel = page_shown(window)
    step(panel, clock, 0.7)
    first = panel.view.grab().toImage()
    step(panel, clock, 0.5)
    assert panel.view.grab().toImage() != first


def test_render_at_shows_exactly_that_frame(qtbot, tmp_path, catalog) -> None:
    out = tmp_path / "frame.png"
    result = run_app(
        "render",
        "--out",
        str(out),
        "--area",
        "back",
        "--technique",
        "spinal_pinching",
        "--at",
        "2.5",
        "--size",
        "1024x768",
    )
    assert result.returncode == 0, result.stderr
    window = build_main_window(catalog, open_data_dir(tmp_path / "d"))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.open_guide("spinal_pinching", "back")
    view = page_shown(window).view
    view.pause()
    view.seek(2.5)  # the frame the render was asked for
    for _ in range(3):  # as the render does: the wrapped steps settle
        QApplication.processEvents()
    qtbot.wait(10)
    expected = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    actual = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    assert actual.size() == expected.size()
    assert actual == expected


def test_reduced_motion_follows_the_system_and_the_override() -> None:
    from infant_massage.app.system_preferences import prefers_reduced_motion

    assert prefers_reduced_motion({"INFANT_MASSAGE_REDUCED_MOTION": "1"}) is True
    assert prefers_reduced_motion({"INFANT_MASSAGE_REDUCED_MOTION": "0"}) is False


def test_kde_animation_factor_zero_means_reduced_motion(tmp_path, monkeypatch) -> None:
    import sys

    from infant_massage.app import system_preferences

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(system_preferences.shutil, "which", lambda name: None)
    (tmp_path / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0\n")
    assert system_preferences.prefers_reduced_motion({"XDG_CONFIG_HOME": str(tmp_path)})
    (tmp_path / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=1\n")
    assert not system_preferences.prefers_reduced_motion({"XDG_CONFIG_HOME": str(tmp_path)})


def test_a_window_started_with_reduced_motion_shows_still_diagrams(qtbot, catalog, tmp_path):
    window = build_main_window(catalog, open_data_dir(tmp_path / "d"), reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.open_guide("pushing", "arms")
    view = page_shown(window).view
    assert view.reduced_motion and window.still_action.isChecked()
    assert button(page_shown(window), "Still diagram (D)").isChecked()
    assert not view.timer_running


def test_the_desktops_wish_for_still_diagrams_is_not_saved_as_the_users_choice(
    qtbot, catalog, tmp_path
):
    data = tmp_path / "d"
    stilled = build_main_window(catalog, open_data_dir(data), reduced_motion=True)
    qtbot.addWidget(stilled)
    stilled.show()
    stilled.open_guide("stroking", "legs")
    assert button(page_shown(stilled), "Still diagram (D)").isChecked()
    stilled.close()
    # The desktop stops asking: the guides move again, since the user never chose stills.
    moving = build_main_window(catalog, open_data_dir(data))
    qtbot.addWidget(moving)
    moving.show()
    moving.open_guide("stroking", "legs")
    panel = page_shown(moving)
    assert (
        not button(panel, "Still diagram (D)").isChecked() and not moving.still_action.isChecked()
    )
    assert panel.view.timer_running


GUIDE_PLAYING_AT_EXIT = """
from infant_massage import load_catalog
from infant_massage.app.qt_app import get_application
from infant_massage.domain.guide import Guide
from infant_massage.ui.guide.view import GuideView
from infant_massage.ui.guide.rig_hands import RigHands
from infant_massage.ui.body_map.illustrations import Illustrations

app = get_application("en")
catalog = load_catalog()
illustrations = Illustrations()
technique = catalog.techniques[0]
application = technique.applications[0]
view = GuideView(illustrations, RigHands())
view.set_guide(Guide(technique, application, illustrations.views[application.guide.view]))
view.show()
view.play()
app.processEvents()
print("still playing at exit", flush=True)
"""


def test_a_guide_still_playing_when_python_exits_does_not_crash() -> None:
    # PySide destroys a window still on screen after Python's own shutdown has begun; its Hide
    # event once reached the repaint timer's Python filter there and killed the process.
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", GUIDE_PLAYING_AT_EXIT],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.stdout.strip() == "still playing at exit"
    assert result.returncode == 0, result.stderr[-800:]
