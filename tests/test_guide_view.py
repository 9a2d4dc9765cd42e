"""The guide screen as a parent or a class uses it: stepped clock, keys, captions, no idle CPU."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from test_command_line import run_app

from infant_massage.app.window_factory import build_main_window, make_window
from infant_massage.domain.catalog import GuidePhase
from infant_massage.domain.clock import ManualClock, Playback
from infant_massage.domain.guide import Viewpoint
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


def step(window: MainWindow, clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds)
    window.guide_panel.view.refresh()


def test_the_card_button_opens_the_guide_and_it_plays(qtbot, window, clock, catalog) -> None:
    window.select_area("abdomen")
    card = next(c for c in window.home.technique_panel.cards if c.technique.id == "kneading")
    qtbot.mouseClick(card.guide_button, Qt.MouseButton.LeftButton)
    view = window.guide_panel.view
    assert window.pages.currentWidget() is window.guide_panel
    assert view.guide.technique.id == "kneading" and view.guide.area_id == "abdomen"
    assert view.playback.playing and view.timer_running
    names = (catalog.technique("kneading").name, catalog.area("abdomen").name)
    assert window.guide_panel.title.text() == "{} · {}".format(*names)
    guide = view.guide
    circle = next(t for t in guide.tracks if t.movement.pattern == "circle")
    # First the hands are placed (the data's rest), then the circles begin.
    step(window, clock, 0.5)
    assert window.guide_panel.caption.text() == str(guide.tracks[0].movement.captions["rest"])
    assert window.guide_panel.counter.text() == "Getting ready"
    assert window.guide_panel.current_step() == guide.tracks[0].movement.step
    step(window, clock, circle.start - 0.5 + 0.1)
    start = view.hand_point()
    step(window, clock, 0.5)
    assert view.hand_point() != start
    assert window.guide_panel.caption.text() == str(circle.movement.captions["circle"])
    count = guide.spec.count()
    assert window.guide_panel.counter.text() == f"Circle 1 of {count}"
    step(window, clock, circle.movement.stroke_seconds)
    assert window.guide_panel.counter.text() == f"Circle 2 of {count}"


def test_space_pauses_time_and_stops_the_timer(qtbot, window, clock) -> None:
    window.open_guide("stroking", "legs")
    view = window.guide_panel.view
    step(window, clock, 1.0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.playback.playing and not view.timer_running
    held = view.hand_point()
    step(window, clock, 3.0)
    assert view.hand_point() == held
    assert view.guide_time() == pytest.approx(1.0)
    assert window.guide_panel.play_button.text() == "Play (Space)"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.playback.playing and view.timer_running
    assert window.guide_panel.play_button.text() == "Pause (Space)"


def test_slow_motion_for_a_class(qtbot, window, clock) -> None:
    window.open_guide("pushing", "back")
    panel = window.guide_panel
    panel.speed.setCurrentIndex(0)  # 0.25×
    step(window, clock, 2.0)
    assert panel.view.guide_time() == pytest.approx(0.5)
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert panel.view.playback.speed == 0.5


def test_pressing_captions_and_the_highlighted_step_follow_the_motion(window, clock) -> None:
    window.open_guide("pressing", "feet")
    panel = window.guide_panel
    press = panel.view.guide.tracks[0].movement
    seen = []
    for _ in range(round(press.cycle_seconds / 0.1) - 1):  # one press, hold, release and move
        step(window, clock, 0.1)
        if not seen or seen[-1][0] != panel.caption.text():
            seen.append((panel.caption.text(), panel.current_step()))
    phases = [GuidePhase.PRESS, GuidePhase.HOLD, GuidePhase.RELEASE, GuidePhase.MOVE]
    assert [c for c, _ in seen] == [str(press.captions[p]) for p in phases]
    assert [s for _, s in seen] == [press.step_for(p) for p in phases]
    count, points = panel.view.guide.spec.count(), len(press.path)
    assert panel.counter.text() == f"Press 1 of {count}"  # moving on: no point is pressed
    step(window, clock, 0.2)
    assert panel.counter.text() == f"Press 2 of {count} · point 2 of {points}"


def test_spinal_pinching_counts_passes_and_says_pinch_three_lift_once(window, clock) -> None:
    window.open_guide("spinal_pinching", "back")
    panel = window.guide_panel
    guide = panel.view.guide
    first, last = guide.tracks[1], guide.tracks[-1]
    count = guide.spec.count()
    step(window, clock, first.start + 1.0)
    assert panel.counter.text() == f"Pass 1 of {count}"
    assert panel.caption.text() == str(first.movement.captions["pinch"])
    step(window, clock, last.start - first.start)
    assert panel.counter.text() == f"Pass {count} of {count} · last pass: pinch three, lift once"
    assert panel.current_step() == last.movement.step  # the "pinch three, lift once" step


def test_leaving_the_guide_stops_every_timer(qtbot, window, clock) -> None:
    window.open_guide("stroking", "face")
    view = window.guide_panel.view
    assert view.timer_running
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 0
    assert not view.timer_running and not view.playback.playing


def test_a_hidden_guide_runs_no_timer(window) -> None:
    window.open_guide("stroking", "face")
    window.hide()
    assert not window.guide_panel.view.timer_running


def test_still_diagram_shows_key_poses_without_motion(qtbot, window, clock) -> None:
    window.open_guide("kneading", "abdomen")
    panel = window.guide_panel
    panel.still_box.setChecked(True)
    assert not panel.view.timer_running and not panel.view.playback.playing
    panel.view.play()
    assert not panel.view.timer_running
    assert panel.caption.text() == "Follow the numbers and the arrows"
    image = panel.view.grab().toImage()
    step(window, clock, 1.0)
    assert panel.view.grab().toImage() == image


def test_view_and_loop_controls(qtbot, window, clock) -> None:
    window.open_guide("kneading", "abdomen")
    panel = window.guide_panel
    step(window, clock, 1.0)
    before = panel.view.hand_point()
    parent_steps = [label.text() for label in panel.step_labels]
    assert any("(your left)" in text for text in parent_steps)
    qtbot.keyClick(panel.view, Qt.Key.Key_V)  # the class's view: the same picture turned round
    assert panel.view.viewpoint == Viewpoint.CLASS
    assert panel.view_choice.currentData() == Viewpoint.CLASS
    after = panel.view.hand_point()
    centre = QRectF(panel.view.rect()).center()  # exact: QRect.center() rounds down
    assert after.x() == pytest.approx(2 * centre.x() - before.x(), abs=1)
    assert after.y() == pytest.approx(2 * centre.y() - before.y(), abs=1)
    assert not any("(your" in label.text() for label in panel.step_labels)
    qtbot.keyClick(panel.view, Qt.Key.Key_V)
    assert panel.view.viewpoint == Viewpoint.PARENT
    assert [label.text() for label in panel.step_labels] == parent_steps
    assert not hasattr(panel, "mirror_button")
    window.open_guide("stroking", "arms")
    qtbot.keyClick(panel.view, Qt.Key.Key_L)
    assert not panel.view.loop
    step(window, clock, panel.view.guide.duration + 5)
    assert panel.view.current_state().phase == GuidePhase.DONE
    assert not panel.view.playback.playing and not panel.view.timer_running


def test_frames_differ_half_a_second_apart_on_screen(window, clock) -> None:
    window.open_guide("pressing", "hands")
    view = window.guide_panel.view
    step(window, clock, 0.7)
    first = view.grab().toImage()
    step(window, clock, 0.5)
    assert view.grab().toImage() != first


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
    window.guide_panel.view.pause()
    window.guide_panel.view.seek(2.5)
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
    assert window.guide_panel.view.reduced_motion and window.still_action.isChecked()
    assert not window.guide_panel.view.timer_running


def test_the_desktops_wish_for_still_diagrams_is_not_saved_as_the_users_choice(
    qtbot, catalog, tmp_path
):
    data = tmp_path / "d"
    stilled = build_main_window(catalog, open_data_dir(data), reduced_motion=True)
    qtbot.addWidget(stilled)
    stilled.show()
    stilled.open_guide("stroking", "legs")
    assert stilled.guide_panel.still_box.isChecked()
    stilled.close()
    # The desktop stops asking: the guides move again, since the user never chose stills.
    moving = build_main_window(catalog, open_data_dir(data))
    qtbot.addWidget(moving)
    moving.show()
    moving.open_guide("stroking", "legs")
    assert not moving.guide_panel.still_box.isChecked() and not moving.still_action.isChecked()
    assert moving.guide_panel.view.timer_running


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
