"""The whole app with its history: sessions land in the store, babies drive what is offered,
presentation mode hides personal data, and a killed app's session comes back as interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from on_screen import texts_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel
from safety_check import (
    CORD,
    FEED,
    UNWELL,
    VACCINATED,
    age_shown,
    answer,
    answer_shown,
    type_number,
)

from infant_massage.app.window_factory import build_main_window
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import Outcome
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import open_history


@pytest.fixture
def opened(tmp_path: Path):
    opened = open_history(open_data_dir(tmp_path / "data"))
    yield opened
    opened.store.close()


@pytest.fixture
def window(qtbot, catalog, tmp_path, opened):
    win = build_main_window(catalog, open_data_dir(tmp_path / "data"), opened=opened)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_finished_session_is_in_the_history_for_the_chosen_baby(qtbot, window, opened):
    store = opened.store
    baby = BabyProfile(name="Mia", birth_date=date.today() - timedelta(days=240))
    store.save_profile(baby)
    window.profile_switcher.reload(choose=baby.id, announce=True)
    window.start_session()
    setup = window.session_flow.setup_page
    type_number(setup, FEED, 120)
    answer(setup, UNWELL, yes=False)
    answer(setup, VACCINATED, yes=False)
    # The profile gives no date for the cord: the age only suggests it, so the parent answers.
    assert answer_shown(setup, CORD) is None
    hint = "A guess from the age only (240 days old)"
    assert [text for text in texts_shown(setup) if text.startswith(hint)]
    assert not setup.start_button.isEnabled()
    answer(setup, CORD, yes=True)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = window.session_flow.run_page
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    end = window.session_flow.end_page
    asleep = next(b for b in end.reason_buttons.buttons() if b.property("value") == "asleep")
    qtbot.mouseClick(asleep, Qt.MouseButton.LeftButton)
    safe_sleep = window.catalog.safety.rule("safe_sleep")
    assert end.advice.isVisible() and str(safe_sleep.text) in end.advice.text()
    qtbot.mouseClick(end.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(end.done_button, Qt.MouseButton.LeftButton)
    records = list(store.sessions())
    assert len(records) == 1
    assert records[0].baby_id == baby.id and records[0].outcome == Outcome.STOPPED
    assert records[0].stop_reason == "asleep"
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.pages.currentWidget() is window.history_panel
    assert window.history_panel.model.rowCount() == 1


def test_the_chosen_baby_decides_what_is_offered(qtbot, window, opened):
    young = BabyProfile(name="Leo", birth_date=date.today() - timedelta(days=90))
    opened.store.save_profile(young)
    window.profile_switcher.reload(choose=young.id, announce=True)
    window.select_area("back")
    cards = {c.technique.id: c for c in window.home.technique_panel.cards}
    assert not cards["spinal_pinching"].session_button.isEnabled()
    assert cards["spinal_pinching"].guide_button.isEnabled()  # watching is always allowed
    window.start_session()
    # Under three months the age is given in weeks: 90 days.
    assert age_shown(window.session_flow.setup_page) == (str(round(90 / 7)), "weeks")


def test_presentation_mode_shows_no_personal_data(qtbot, window, opened):
    baby = BabyProfile(name="Ava", birth_date=date.today() - timedelta(days=100))
    opened.store.save_profile(baby)
    window.profile_switcher.reload(choose=baby.id, announce=True)
    window.presentation_action.setChecked(True)
    assert not window.profile_switcher.isVisible()
    window.show_history()
    assert window.pages.currentWidget() is not window.history_panel
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    shown += [b.currentText() for b in window.findChildren(QComboBox) if b.isVisible()]
    assert not any("Ava" in text for text in shown)
    window.presentation_action.setChecked(False)
    assert window.profile_switcher.isVisible()


KILLED_APP = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from infant_massage import load_catalog
    from infant_massage.app.qt_app import get_application
    from infant_massage.app.window_factory import build_main_window
    from infant_massage.storage.data_dir import open_data_dir

    app = get_application("en")
    sys.path.insert(0, sys.argv[2])
    from safety_check import answer_everything

    window = build_main_window(load_catalog(), open_data_dir(sys.argv[1]))
    window.show()
    window.start_session()
    setup = window.session_flow.setup_page
    answer_everything(setup)
    setup.start_button.click()
    page = window.session_flow.run_page

    def two_steps_on():
        page.go_next()
        page.go_next()
        print("running", flush=True)

    QTimer.singleShot(1500, two_steps_on)
    app.exec()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killing_the_app_mid_session_keeps_the_session_as_interrupted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_APP, str(data), str(Path(__file__).parent)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "running", child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    reopened = open_history(open_data_dir(data))
    try:
        assert len(reopened.interrupted) == 1
        record = reopened.interrupted[0]
        assert record.outcome == Outcome.INTERRUPTED
        assert record.steps[0].done_seconds > 1.0  # the first step ran for about 1.5 s
        assert record.steps[0].skipped and record.steps[1].skipped
        stored = reopened.store.session(record.id)
        assert stored is not None and stored.outcome == Outcome.INTERRUPTED
    finally:
        reopened.store.close()


def test_a_newborn_profile_without_a_healed_cord_leaves_the_tummy_out(qtbot, window, opened):
    newborn = BabyProfile(name="Noa", birth_date=date.today() - timedelta(days=6))
    opened.store.save_profile(newborn)
    window.profile_switcher.reload(choose=newborn.id, announce=True)
    window.start_session()
    setup = window.session_flow.setup_page
    assert answer_shown(setup, CORD) is None  # a guess is never given as an answer
    assert [text for text in texts_shown(setup) if "may not have healed yet" in text]
    assert "Tummy is left out until the navel has healed." in setup.effect_texts()
    healed = BabyProfile(
        name="Eli",
        birth_date=date.today() - timedelta(days=12),
        cord_healed_on=date.today() - timedelta(days=2),
    )
    opened.store.save_profile(healed)
    qtbot.keyClick(setup, Qt.Key.Key_Escape)  # the check is cancelled, as the README says
    assert window.pages.currentWidget() is not setup
    window.profile_switcher.reload(choose=healed.id, announce=True)
    window.start_session()
    # Twelve days old would guess "not healed yet", but the profile says healed: it wins.
    assert answer_shown(setup, CORD) is True
    assert texts_shown(setup).count("From Eli's profile.") == 2  # the age's and the cord's
    assert "Tummy is left out until the navel has healed." not in setup.effect_texts()
