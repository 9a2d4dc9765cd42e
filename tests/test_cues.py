"""Chimes and spoken cues: real Qt sound where the system has it, silence if not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QFile, QUrl

from infant_massage.ui.session.cues import CuePlayer, SoundMode, sound_url


def multimedia():
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:
        pytest.skip("QtMultimedia needs the system package libpulse0 (apt install libpulse0)")
    return QSoundEffect


def test_the_chime_is_a_bundled_sound_played_through_qsoundeffect(qtbot) -> None:
    multimedia()
    assert sound_url("chime") == QUrl("qrc:/assets/sounds/chime.wav")
    assert QFile(":/assets/sounds/chime.wav").exists()
    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: True)
    with qtbot.waitSignal(cues.played) as played:
        cues.step_changed("Now Legs: Stroking.")  # returns at once, with or without a sound card
    assert played.args == ["chime"]


def test_the_mock_speech_engine_speaks_without_blocking(qtbot) -> None:
    multimedia()
    cues = CuePlayer(SoundMode.VOICE, speech_engine="mock")
    with qtbot.waitSignal(cues.spoken):
        cues.step_changed("Now Feet: Pressing. Then the end.")
    cues.shut_down()


def test_silent_mode_makes_no_sound_and_flashes(qtbot) -> None:
    cues = CuePlayer(SoundMode.SILENT)
    with (
        qtbot.waitSignal(cues.flash),
        qtbot.assertNotEmitted(cues.spoken),
        qtbot.assertNotEmitted(cues.played),
    ):
        cues.step_changed("Now Face: Stroking.")


def test_without_a_sound_device_the_flash_takes_over_and_the_mode_says_so(qtbot) -> None:
    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: False)
    assert cues.visual_cue
    assert "No sound device" in cues.describe(SoundMode.SOFT)
    assert "No sound device" not in cues.describe(SoundMode.SILENT)
    described = [cues.describe(mode) for mode in SoundMode]
    assert len(set(described)) == len(described)  # the sound box never lists one line twice
    with qtbot.waitSignal(cues.flash), qtbot.assertNotEmitted(cues.played):
        cues.step_changed("Now Legs: Stroking.")  # nothing tried to play


def test_with_a_sound_device_a_chime_and_no_flash(qtbot) -> None:
    multimedia()
    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: True)
    assert "No sound device" not in cues.describe(SoundMode.SOFT)
    with qtbot.assertNotEmitted(cues.flash), qtbot.waitSignal(cues.played) as played:
        cues.step_changed("Now Legs: Stroking.")
    assert played.args == ["chime"]


def test_the_session_page_shows_what_works(qtbot, catalog) -> None:
    from infant_massage.app.window_factory import make_window

    state = {"audio": False}
    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: state["audio"])
    window = make_window(catalog, cues=cues)
    qtbot.addWidget(window)
    box = window.session_flow.run_page.sound
    assert "No sound device" in box.currentText()
    state["audio"] = True
    cues.recheck()  # a headset plugged in
    assert "No sound device" not in box.currentText()


def test_the_settings_say_what_works_before_any_session(qtbot, catalog) -> None:
    """File > Settings names each sound as it will be, even before the first session."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from infant_massage.app.window_factory import make_window
    from infant_massage.ui.shell.settings_dialog import SettingsDialog

    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: False)
    window = make_window(catalog, cues=cues)
    qtbot.addWidget(window)
    window.show()
    offered: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        offered.extend(dialog.sound.itemText(i) for i in range(dialog.sound.count()))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.show_settings()
    assert offered == [cues.describe(mode) for mode in SoundMode]
    assert any("No sound device" in text for text in offered)
