"""Chimes and spoken cues: real Qt sound where the system has it, silence if not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from infant_massage.ui.session.cues import CuePlayer, SoundMode


def multimedia():
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:
        pytest.skip("QtMultimedia needs the system package libpulse0 (apt install libpulse0)")
    return QSoundEffect


def test_the_chime_is_a_bundled_sound_played_through_qsoundeffect(qtbot) -> None:
    sound_effect = multimedia()
    cues = CuePlayer(SoundMode.SOFT)
    effect = cues._effect("chime")
    assert isinstance(effect, sound_effect)
    assert effect.source() == QUrl("qrc:/assets/sounds/chime.wav")
    cues.step_changed("Now Legs: Stroking.")  # returns at once, with or without a sound card


def test_the_mock_speech_engine_speaks_without_blocking(qtbot) -> None:
    multimedia()
    cues = CuePlayer(SoundMode.VOICE, speech_engine="mock")
    with qtbot.waitSignal(cues.spoken):
        cues.step_changed("Now Feet: Pressing. Then the end.")
    cues.shut_down()


def test_silent_mode_makes_no_sound_and_flashes(qtbot) -> None:
    cues = CuePlayer(SoundMode.SILENT)
    with qtbot.waitSignal(cues.flash), qtbot.assertNotEmitted(cues.spoken):
        cues.step_changed("Now Face: Stroking.")
    assert cues._effects == {}


def test_without_a_sound_device_the_flash_takes_over_and_the_mode_says_so(qtbot) -> None:
    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: False)
    assert not cues.sound_available and cues.visual_cue
    assert "No sound device" in cues.describe(SoundMode.SOFT)
    assert "No sound device" not in cues.describe(SoundMode.SILENT)
    with qtbot.waitSignal(cues.flash):
        cues.step_changed("Now Legs: Stroking.")
    assert cues._effects == {}  # nothing tried to play


def test_with_a_sound_device_a_chime_and_no_flash(qtbot) -> None:
    multimedia()
    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: True)
    assert "No sound device" not in cues.describe(SoundMode.SOFT)
    with qtbot.assertNotEmitted(cues.flash):
        cues.step_changed("Now Legs: Stroking.")
    assert "chime" in cues._effects


def test_the_session_page_shows_what_works(qtbot, catalog) -> None:
    from infant_massage.ui.body_map.illustrations import Illustrations
    from infant_massage.ui.shell.main_window import MainWindow

    state = {"audio": False}
    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: state["audio"])
    window = MainWindow(catalog, Illustrations(), settings=None, cues=cues)
    qtbot.addWidget(window)
    box = window.session_flow.run_page.sound
    assert "No sound device" in box.currentText()
    state["audio"] = True
    cues.recheck()  # a headset plugged in
    assert "No sound device" not in box.currentText()
