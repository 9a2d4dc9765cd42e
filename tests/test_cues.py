"""Chimes and spoken cues: real Qt sound where the system has it, silence if not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from infant_massage.ui.cues import CuePlayer, SoundMode


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
