"""Class mode as a nurse meets it: F5 opens it, clicker keys move through the plan, the wall
blacks out and comes back, a paused guide steps by a tenth of a second, a practice round is
doll practice, and nothing private is on any window while it is on."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from infant_massage.app.window_factory import build_main_window, make_window
from infant_massage.domain.class_plan import plan_from_area, plan_from_routine
from infant_massage.domain.clock import ManualClock
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import SessionKind, SessionRecord, StepRecord
from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import open_history
from infant_massage.ui.class_mode.mode import FRAME_STEP_SECONDS
from infant_massage.ui.class_mode.stage import WALL_MIN_LINE
from infant_massage.ui.guide.panel import SPEEDS
from infant_massage.ui.profiles.age_text import age_text
from infant_massage.ui.shell.main_window import MainWindow

NAME = "Philippa"
NOTE = "Philippa loved the tummy circles after her bath"


@pytest.fixture
def data(tmp_path: Path):
    return open_data_dir(tmp_path / "data")


@pytest.fixture
def opened(data):
    opened = open_history(data)
    yield opened
    opened.store.close()


@pytest.fixture
def baby(opened) -> BabyProfile:
    baby = BabyProfile(
        name=NAME, birth_date=date.today() - timedelta(days=200), notes="Dry skin on the legs"
    )
    opened.store.save_profile(baby)
    started = datetime.now(UTC) - timedelta(days=1)
    opened.store.finish(
        SessionRecord(
            baby_id=baby.id,
            kind=SessionKind.AREA,
            started_at=started,
            ended_at=started + timedelta(minutes=2),
            planned_seconds=60,
            steps=[
                StepRecord(
                    area="abdomen", technique="kneading", planned_seconds=60, done_seconds=60
                )
            ],
            outcome="completed",
            note=NOTE,
        )
    )
    return baby


@pytest.fixture
def window(qtbot, catalog, data, opened, baby):
    win = build_main_window(catalog, data, opened=opened)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.profile_switcher.reload(choose=baby.id, announce=True)
    yield win
    if win.class_mode is not None:
        win.class_mode.close()


def class_window(win: MainWindow) -> QWidget:
    """The window the clicker's keys reach: the single window, or the presenter view."""
    windows = win.class_mode.windows()
    assert windows, "class mode has no window"
    return win.class_mode.single or win.class_mode.presenter


def open_class_mode(qtbot, win: MainWindow) -> QWidget:
    qtbot.keyClick(win, Qt.Key.Key_F5)
    assert win.class_mode is not None and win.class_mode.is_open
    target = class_window(win)
    qtbot.waitExposed(target)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is target)
    return target


def texts_of(widget: QWidget) -> list[str]:
    found = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        found.append(widget.text())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    return found


def everything_shown() -> list[str]:
    """Every text of every window on screen, and of every widget in it, shown or not."""
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts += texts_of(top)
        for child in top.findChildren(QWidget):
            texts += texts_of(child)
    return texts


def test_in_class_mode_no_window_shows_the_babys_name_age_or_notes(qtbot, window, baby):
    age = age_text(baby, date.today())
    before = " ".join(everything_shown())
    assert NAME in before and age in before  # the home screen shows them: the test can fail
    target = open_class_mode(qtbot, window)
    assert not window.isVisible()
    # Walk the plans and the practice round too: every text the class windows can show.
    mode = window.class_mode.mode
    for _ in range(3):
        qtbot.keyClick(target, Qt.Key.Key_PageDown)
    qtbot.keyClick(target, Qt.Key.Key_S)
    shown = everything_shown()
    assert shown, "nothing on screen at all"
    for text in shown:
        assert NAME not in text and age not in text, text
        assert NOTE not in text and "Dry skin" not in text, text
    assert mode.practising
    window.show_history()  # H from the home window's menu while class mode is on: refused
    assert not window.isVisible()


def test_clicker_keys_move_through_the_plan(qtbot, window, catalog):
    target = open_class_mode(qtbot, window)
    mode = window.class_mode.mode
    plan = plan_from_routine(catalog, catalog.routines.routines[0].id)
    mode.set_plan(plan)
    stage = window.class_mode.single.stage
    for key, expected in [
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_Left, 0),  # the first step stays the first
    ]:
        qtbot.keyClick(target, key)
        assert mode.index == expected
        step = plan.steps[expected]
        assert str(catalog.technique(step.technique).name) in stage.title.text()
        assert stage.view.guide.area_id == step.area
        assert stage.step_of.text() == f"Step {expected + 1} of {len(plan.steps)}"
    for _ in range(len(plan.steps) + 2):
        qtbot.keyClick(target, Qt.Key.Key_PageDown)
    assert mode.index == len(plan.steps) - 1


def _is_black(widget: QWidget) -> bool:
    image = widget.grab().toImage()
    points = [
        (x, y) for x in (5, image.width() // 2, image.width() - 5) for y in (5, image.height() // 2)
    ]
    return all(image.pixelColor(x, y).name() == "#000000" for x, y in points)


def test_blackout_hides_the_wall_and_the_same_key_brings_it_back(qtbot, window):
    target = open_class_mode(qtbot, window)
    stage = window.class_mode.single.stage
    assert not _is_black(stage)
    qtbot.keyClick(target, Qt.Key.Key_B)
    assert stage.blackout.isVisible() and _is_black(stage)
    qtbot.keyClick(target, Qt.Key.Key_B)
    assert not stage.blackout.isVisible() and not _is_black(stage)
    qtbot.keyClick(target, Qt.Key.Key_Period)
    assert _is_black(stage)
    qtbot.keyClick(target, Qt.Key.Key_Period)
    assert not _is_black(stage)


def test_brackets_move_a_paused_guide_by_exactly_a_tenth_of_a_second(qtbot, catalog, data):
    clock = ManualClock()
    win = make_window(catalog, session_clock=clock)
    qtbot.addWidget(win)
    win.show()
    win.presentation_action.setChecked(True)
    target = class_window(win)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is target)
    mode = win.class_mode.mode
    view = win.class_mode.single.stage.view
    # Into the first stroke: a guide may begin by laying the hands still (holding the foot).
    moving = next(t.start for t in view.guide.tracks if t.movement.counted)
    clock.advance(moving + 1.234)
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert not mode.playing and not view.playback.playing
    start = view.playback.time()
    assert start == pytest.approx(moving + 1.234)
    clock.advance(5.0)  # a paused guide does not move by itself
    assert view.playback.time() == start
    qtbot.keyClick(target, Qt.Key.Key_BracketRight)
    assert view.playback.time() - start == pytest.approx(FRAME_STEP_SECONDS, abs=1e-12)
    assert FRAME_STEP_SECONDS == 0.1
    pose_after = view.current_state()
    qtbot.keyClick(target, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(target, Qt.Key.Key_BracketLeft)
    assert view.playback.time() - start == pytest.approx(-0.1, abs=1e-12)
    assert view.current_state() != pose_after  # the picture moved with the clock
    # `]` on a playing guide pauses it first, then steps.
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert mode.playing
    clock.advance(2.0)
    moving = view.playback.time()
    qtbot.keyClick(target, Qt.Key.Key_BracketRight)
    assert not mode.playing
    assert view.playback.time() - moving == pytest.approx(0.1, abs=1e-12)
    win.class_mode.close()


def test_plus_and_minus_change_the_speed_down_to_a_quarter(qtbot, window):
    target = open_class_mode(qtbot, window)
    mode = window.class_mode.mode
    for _ in range(len(SPEEDS) + 1):
        qtbot.keyClick(target, Qt.Key.Key_Minus)
    assert mode.speed == min(SPEEDS) == 0.25
    assert "0.25× speed" in window.class_mode.single.stage.state.text()
    qtbot.keyClick(target, Qt.Key.Key_Plus)
    assert mode.speed == SPEEDS[1]


def test_esc_leaves_class_mode_and_brings_back_the_home_window(qtbot, window):
    target = open_class_mode(qtbot, window)
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    qtbot.keyClick(target, Qt.Key.Key_Escape)  # twice: see test_class_leaving
    assert not window.class_mode.is_open and window.class_mode.windows() == []
    assert window.isVisible() and not window.presentation_action.isChecked()
    assert window.profile_switcher.isVisible()
    assert NAME in window.profile_switcher.baby_box.currentText()


def test_a_practice_round_is_doll_practice_with_a_countdown_on_the_wall(qtbot, window, opened):
    target = open_class_mode(qtbot, window)
    mode = window.class_mode.mode
    stage = window.class_mode.single.stage
    qtbot.keyClick(target, Qt.Key.Key_S)
    assert mode.practising and stage.ring.isVisible()
    seconds = math.ceil(mode.step_remaining()[1] - 1e-6)  # a countdown shows a started second
    assert stage.ring.text() == f"{seconds // 60}:{seconds % 60:02d}"
    qtbot.keyClick(target, Qt.Key.Key_PageDown)
    assert mode.index == 1 and mode.session.index == 1
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    records = [r for r in opened.store.sessions() if r.practice]
    assert len(records) == 1
    assert records[0].baby_id is None and records[0].outcome == "stopped"


WALL_SIZES = ((1280, 720), (1920, 1080), (1024, 768), (3840, 2160))


def test_the_wall_is_legible_from_the_back_of_the_room(qtbot, catalog):
    """Every line on the wall is at least WALL_MIN_LINE of its picture's height (40 px a metre
    of a 2 m image at 1080 lines), at any size; on a 4:3 wall, of a 16:9 picture as wide."""
    from PySide6.QtCore import QSize

    from infant_massage.ui.class_mode.mode import ClassMode
    from infant_massage.ui.class_mode.stage import ClassStage
    from infant_massage.ui.common.scaled_words import wall_height
    from infant_massage.ui.guide.rig_hands import RigHands

    illustrations = _illustrations()
    win = make_window(catalog, illustrations)
    qtbot.addWidget(win)
    mode = ClassMode(catalog, win.guide_for, plan_from_area(catalog, "back"))
    stage = ClassStage(mode, illustrations, RigHands())
    qtbot.addWidget(stage)
    mode.start_practice()
    for size in WALL_SIZES:
        stage.resize(*size)
        stage.show()
        QApplication.processEvents()
        least = WALL_MIN_LINE * wall_height(QSize(*size))
        assert least >= WALL_MIN_LINE * min(size[1], size[0] * 9 / 16) - 1
        for label in stage.labels():
            if label.isVisible() and label.text():
                assert label.fontMetrics().height() >= least - 1, label.text()
    mode.stop_practice()


def test_every_word_of_every_guide_fits_the_wall(qtbot, catalog):
    """At every wall size, every caption and how-to step of every guide shows whole, with the
    title, the count and "Paused": no label is shorter or narrower than its words need."""
    from infant_massage.domain.class_plan import ClassPlan, ClassStep
    from infant_massage.ui.class_mode.mode import ClassMode
    from infant_massage.ui.class_mode.stage import ClassStage
    from infant_massage.ui.guide.rig_hands import RigHands

    illustrations = _illustrations()
    win = make_window(catalog, illustrations)
    qtbot.addWidget(win)
    steps = [
        ClassStep(area=application.area, technique=technique.id)
        for technique in catalog.techniques
        for application in technique.applications
    ]
    mode = ClassMode(catalog, win.guide_for, ClassPlan(name="Every guide", steps=steps))
    stage = ClassStage(mode, illustrations, RigHands())
    qtbot.addWidget(stage)
    stage.show()
    mode.set_playing(False)
    cut = []
    for size in WALL_SIZES:
        stage.resize(*size)
        for index in range(len(steps)):
            mode.go(index)
            guide = stage.view.guide
            seen = set()  # each how-to step with each of its captions, once
            for tenth in range(int(guide.duration * 10)):
                state = guide.pose_at(tenth / 10, loop=True)
                if (state.step, str(state.caption)) in seen:
                    continue
                seen.add((state.step, str(state.caption)))
                stage.view.seek(tenth / 10)
                for _ in range(3):
                    QApplication.processEvents()
                for label in stage.labels():
                    if not label.isVisible() or not label.text():
                        continue
                    need = label.heightForWidth(label.width())
                    wide = label.minimumSizeHint().width()
                    if need > label.height() + 1 or wide > label.width() + 1:
                        cut.append(f"{size} {steps[index]}: {label.text()!r} {label.size()}")
    assert not cut, "\n".join(cut)


def test_a_resize_that_changes_no_size_restyles_no_word_on_the_wall(qtbot, catalog):
    from PySide6.QtCore import QEvent, QObject

    from infant_massage.ui.class_mode.mode import ClassMode
    from infant_massage.ui.class_mode.stage import ClassStage
    from infant_massage.ui.guide.rig_hands import RigHands

    class Restyles(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.StyleChange:
                self.count += 1
            return False

    illustrations = _illustrations()
    win = make_window(catalog, illustrations)
    qtbot.addWidget(win)
    mode = ClassMode(catalog, win.guide_for, plan_from_area(catalog, "abdomen"))
    stage = ClassStage(mode, illustrations, RigHands())
    qtbot.addWidget(stage)
    stage.resize(1920, 1080)
    stage.show()
    QApplication.processEvents()
    restyles = Restyles()
    for label in stage.labels():
        label.installEventFilter(restyles)
    stage.resize(1921, 1080)  # the same picture height: the same sizes
    QApplication.processEvents()
    assert restyles.count == 0
    stage.resize(1920, 1200)  # a taller wall of the same width: the words keep their size
    QApplication.processEvents()
    assert restyles.count == 0
    stage.resize(2560, 1440)
    QApplication.processEvents()
    assert restyles.count >= len(stage.labels())


def test_plans_are_chosen_saved_and_come_back(qtbot, window, catalog, data):
    open_class_mode(qtbot, window)
    picker = window.class_mode.single.picker
    wanted = f"Area: {catalog.area('abdomen').name}"
    assert picker.combo.currentText() != wanted
    for _ in range(picker.combo.count()):  # the arrow keys walk the plans, as a nurse does
        qtbot.keyClick(picker.combo, Qt.Key.Key_Down)
        if picker.combo.currentText() == wanted:
            break
    mode = window.class_mode.mode
    assert [s.area for s in mode.plan.steps] == ["abdomen"] * len(catalog.techniques_on("abdomen"))
    assert picker.save("Tuesday tummy class")
    assert ClassPlanStore(data, catalog).names() == ["Tuesday tummy class"]
    assert picker.combo.currentText() == "Saved: Tuesday tummy class"


def _illustrations():
    from infant_massage.ui.body_map.illustrations import Illustrations

    return Illustrations()


def test_the_readme_lists_every_class_key():
    """The README's table of class keys is the key list, row for row."""
    from infant_massage.ui.class_mode.keys import class_keys

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Class mode") : readme.index("## Command line")]
    table = section[section.index("| key | what it does |") :].split("\n\n")[0]
    rows = [line.split("|")[1].strip().replace("`", "") for line in table.splitlines()[2:]]
    assert rows == [entry.label for entry in class_keys()]


def test_each_class_key_is_named_by_exactly_its_keys(qtbot, catalog):
    """The presenter's key list names each entry's keys, all of them and no other (read back
    as the platform names keys), and every key the class windows bind is named once."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeySequence

    from infant_massage.ui.class_mode.keys import class_keys, install_class_keys
    from infant_massage.ui.class_mode.mode import ClassMode

    win = make_window(catalog, _illustrations())
    qtbot.addWidget(win)
    mode = ClassMode(catalog, win.guide_for, plan_from_area(catalog, "abdomen"))
    target = QWidget()
    qtbot.addWidget(target)
    bound = install_class_keys(target, mode).bound()
    named = []
    native = QKeySequence.SequenceFormat.NativeText
    joined = QCoreApplication.translate("ClassKeys", "%1 or %2")
    between = joined[joined.index("%1") + 2 : joined.index("%2")]  # " or " in English
    for entry in class_keys():
        read = tuple(
            QKeySequence.fromString(name, native)[0].key() for name in entry.label.split(between)
        )
        assert read == entry.keys + entry.arrows, entry.label
        named += read
    assert sorted(named) == sorted(bound)
    assert len(set(named)) == len(named)


def test_the_class_windows_fit_a_small_laptop_with_the_largest_text(qtbot, catalog):
    from infant_massage.ui.class_mode.mode import ClassMode
    from infant_massage.ui.class_mode.presenter import PresenterWindow
    from infant_massage.ui.class_mode.windows import SingleScreenWindow
    from infant_massage.ui.common import theme
    from infant_massage.ui.guide.rig_hands import RigHands

    app = QApplication.instance()
    theme.apply(app, text_scale=max(theme.TEXT_SCALES))
    try:
        illustrations = _illustrations()
        win = make_window(catalog, illustrations)
        qtbot.addWidget(win)
        mode = ClassMode(catalog, win.guide_for, plan_from_routine(catalog, "infant_touch"))
        for kind in (SingleScreenWindow, PresenterWindow):
            window = kind(mode, illustrations, RigHands(), None)
            qtbot.addWidget(window)
            window.resize(1024, 768)
            window.show()
            QApplication.processEvents()
            assert window.width() <= 1024 and window.height() <= 768, kind.__name__
    finally:
        theme.apply(app, text_scale=1.0)


def test_f5_again_leaves_class_mode(qtbot, window):
    target = open_class_mode(qtbot, window)
    qtbot.keyClick(target, Qt.Key.Key_F5)
    qtbot.keyClick(target, Qt.Key.Key_F5)
    assert not window.class_mode.is_open and window.isVisible()


def _ink_share(image, ink) -> float:
    """The share of the picture drawn in the guide's ink (path, arrows, trail, contact ring)."""
    small = image.convertToFormat(image.Format.Format_RGB32)
    # Near the ink only: the hands' dark outline lies within 40 of a dark ink in every channel,
    # and a forearm's long edge would count as path.
    near = 24
    hits = total = 0
    step = max(1, small.width() // 640)  # the same grid of samples at every size
    for y in range(0, small.height(), step):
        for x in range(0, small.width(), step):
            colour = small.pixelColor(x, y)
            total += 1
            if (
                abs(colour.red() - ink.red()) < near
                and abs(colour.green() - ink.green()) < near
                and abs(colour.blue() - ink.blue()) < near
            ):
                hits += 1
    return hits / total


def test_line_widths_on_the_wall_scale_with_its_size(qtbot, catalog):
    """Rendered at 1280x720 and at 3840x2160, the path, arrows and ring cover the same share
    of the wall: their widths grow with it (fixed pixel widths would cover a third)."""
    from infant_massage.ui.class_mode.mode import ClassMode
    from infant_massage.ui.class_mode.windows import AudienceWindow
    from infant_massage.ui.guide.rig_hands import RigHands

    illustrations = _illustrations()
    win = make_window(catalog, illustrations)
    qtbot.addWidget(win)
    mode = ClassMode(catalog, win.guide_for, plan_from_area(catalog, "abdomen"), ManualClock())
    mode.set_high_contrast(True)
    mode.go(next(i for i, s in enumerate(mode.plan.steps) if s.technique == "kneading"))
    mode.toggle_pause()
    mode.playback.seek(1.0)
    wall = AudienceWindow(mode, illustrations, RigHands())
    qtbot.addWidget(wall)
    shares = []
    for size in ((1280, 720), (3840, 2160)):
        wall.resize(*size)
        wall.show()
        QApplication.processEvents()
        view = wall.stage.view
        view.refresh()
        ink = view.guide_style().ink()
        shares.append(_ink_share(view.grab().toImage(), ink))
    assert shares[0] > 0.002, "no path drawn at all"
    assert 0.8 < shares[1] / shares[0] < 1.25, shares


def test_v_turns_the_wall_as_the_class_sees_the_nurse(qtbot, window):
    from infant_massage.domain.viewpoint import Viewpoint

    target = open_class_mode(qtbot, window)
    view = window.class_mode.single.stage.view
    assert view.viewpoint == Viewpoint.PARENT
    qtbot.keyClick(target, Qt.Key.Key_V)
    assert view.viewpoint == Viewpoint.CLASS and view.viewpoint.degrees == 180
    qtbot.keyClick(target, Qt.Key.Key_V)
    assert view.viewpoint == Viewpoint.PARENT


def test_the_key_on_each_class_button_does_what_the_button_does(qtbot, catalog):
    """Each button names its key (read back as the platform names keys); pressing that key
    does to the class what clicking the button does."""
    from PySide6.QtGui import QKeySequence

    from infant_massage.ui.class_mode.controls import ClassControls
    from infant_massage.ui.class_mode.keys import class_keys
    from infant_massage.ui.class_mode.mode import ClassMode

    win = make_window(catalog, _illustrations())
    qtbot.addWidget(win)
    plan = plan_from_area(catalog, "abdomen")
    clicked, keyed = (ClassMode(catalog, win.guide_for, plan, ManualClock()) for _ in range(2))
    controls = ClassControls(clicked)
    qtbot.addWidget(controls)
    by_key = {key: entry.action for entry in class_keys() for key in entry.keys}
    left = []
    for mode in (clicked, keyed):
        mode.leaveRequested.connect(lambda mode=mode: left.append(mode))

    def state(mode: ClassMode) -> tuple:
        time = round(mode.playback.time(), 3)
        shown = (mode.index, mode.playing, mode.speed, mode.blackout, mode.high_contrast)
        return (*shown, mode.practising, time)

    c = controls
    order = [
        *(c.next_button, c.previous_button, c.next_button, c.pause_button, c.on_frame),
        *(c.on_frame, c.back_frame, c.slower, c.faster, c.blackout_button, c.blackout_button),
        *(c.contrast_box, c.practice_button, c.practice_button, c.pause_button, c.leave_button),
    ]
    native = QKeySequence.SequenceFormat.NativeText
    for button in order:
        name = button.text().rsplit("(", 1)[1].removesuffix(")")
        key = QKeySequence.fromString(name, native)[0].key()
        assert key in by_key, button.text()
        before = state(clicked)
        button.click()
        by_key[key](keyed)
        if button is c.leave_button:
            by_key[key](keyed)  # the key leaves when pressed twice, the button at once
        assert state(clicked) == state(keyed), button.text()
        assert state(clicked) != before or button is c.leave_button, button.text()
    assert left == [clicked, keyed]
